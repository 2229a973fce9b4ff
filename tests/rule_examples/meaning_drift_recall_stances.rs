//! meaning-drift examples from the recall work (blind tune pairs) on stance and
//! degree: a bound on a multiple, a rank standing alone raised, an attempt told
//! as done, a possibility told as certain or as what happens, a part of a place
//! widened, a reception moved, a denial weakened, a rise or severity
//! overstated.

use super::*;

#[test]
fn a_multiple_just_under_made_a_floor() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The distillery has been given permission to almost double the water it takes from the burn.",
                "The distillery has been allowed to more than double the water it takes from the burn.",
                "more than double",
            ),
            (
                "Broadband take-up in the valley roughly doubled over the three years, the audit found.",
                "Broadband take-up in the valley more than doubled over the three years, the audit found.",
                "more than doubled",
            ),
            (
                "The distillery has been given permission to almost double the water it takes from the burn.",
                "The distillery has been allowed to nearly double the water it takes from the burn.",
                "",
            ),
        ],
    );
}

#[test]
fn a_rank_below_the_top_standing_alone_raised() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Scientists raised the alert level for the volcano to orange, the second-highest on a four-step scale.",
                "Scientists lifted the alert for the volcano to orange, the highest level on a four-tier scale.",
                "highest",
            ),
            (
                "Scientists raised the alert level for the volcano to orange, the second-highest on a four-step scale.",
                "Scientists lifted the alert for the volcano to orange, the second-highest level on a four-tier scale.",
                "",
            ),
        ],
    );
}

#[test]
fn an_attempt_told_as_done() {
    let source = "They argued that Arkwright had tried to conceal the sales by routing them through an account in his sister's name.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "They argued that Arkwright hid the sales by routing them through an account in his sister's name.",
                "hid",
            ),
            (
                source,
                "They argued that Arkwright had attempted to hide the sales by routing them through an account in his sister's name.",
                "",
            ),
            (
                source,
                "They argued that Arkwright, in a bid to hide the sales, routed them through an account in his sister's name.",
                "",
            ),
            (
                "They said Arkwright had not tried to conceal the sales from the firm's auditors.",
                "They said Arkwright had concealed the sales from the firm's auditors.",
                "",
            ),
        ],
    );
}

#[test]
fn a_possibility_told_as_all_but_certain() {
    let source = "Talks collapsed on Thursday, negotiators said, raising the possibility of a second election within a year.";
    // The collapse loses its speaker too ("negotiators said").
    let suspect =
        "Talks collapsed on Thursday, making a second election within a year all but certain.";
    assert_eq!(
        findings_of("meaning-drift", suspect, source),
        ["collapsed", "all but certain"]
    );
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "Talks collapsed on Thursday, negotiators said, making a second election within a year possible.",
                "",
            ),
            (
                "Coalition talks are almost certain to resume next week, negotiators said.",
                "Coalition negotiations are all but certain to resume next week, negotiators said.",
                "",
            ),
            (
                "The council may limit flights to certain hours, officials said.",
                "The council could restrict flights to certain hours, officials said.",
                "",
            ),
        ],
    );
}

#[test]
fn a_part_of_a_place_widened_to_the_whole() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Barley costs are up 20% following a poor harvest in parts of Europe, the company said.",
                "Barley costs are up 20% following a poor harvest across Europe, the company said.",
                "across Europe",
            ),
            (
                "Rural districts in the east lost as much as 11% of their population.",
                "Rural districts across the country lost as much as 11% of their population.",
                "across the country",
            ),
            // A count of places, a part kept in another form, a part of a name.
            (
                "The trial enrolled 412 patients in some clinics in nine countries.",
                "The trial enrolled 412 patients across nine countries.",
                "",
            ),
            (
                "The trust runs clubs in 14 towns in the north of England.",
                "The trust operates clubs in 14 towns across northern England.",
                "",
            ),
            (
                "Researchers from the Southern Cross Institute surveyed 146 sites on the reef.",
                "Researchers from the Southern Cross Institute surveyed 146 sites across the reef.",
                "",
            ),
        ],
    );
}

#[test]
fn a_reception_moved_to_or_from_a_split_or_lukewarm_one() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Local businesses have largely backed the trust's plan for the tower.",
                "Local businesses have been divided over the trust's plan for the tower.",
                "divided",
            ),
            (
                "Environmental groups welcomed the ruling but warned that pressure on the beds would persist.",
                "Environmental groups were lukewarm about the ruling and warned that pressure on the beds would persist.",
                "lukewarm",
            ),
            (
                "Residents at the meeting were divided over the barrier scheme.",
                "Residents at the meeting were largely opposed to the barrier scheme.",
                "opposed to",
            ),
            // Two words of one reception.
            (
                "Local businesses have largely backed the trust's plan for the tower.",
                "Local businesses have largely supported the trust's plan for the tower.",
                "",
            ),
            // Backing turned to opposition is an opposite, polarity-drift's.
            (
                "Most residents opposed the levy.",
                "Most residents backed the levy.",
                "",
            ),
        ],
    );
}

#[test]
fn a_tentative_finding_made_firm_in_the_base_form() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Figures from the survey suggest about one in eight new teachers leaves within two years.",
                "Figures from the survey show one in eight new teachers leaves within two years.",
                "show",
            ),
            (
                "The authors suggest that the scheme could work.",
                "The authors conclude that the scheme could work.",
                "conclude",
            ),
        ],
    );
}

#[test]
fn an_adjective_of_severity_put_before_a_plain_noun_is_degree_added() {
    // Session 42: "found rot" → "discovered severe rot".
    assert_cases(
        "meaning-drift",
        &[
            (
                "The horses were removed after inspectors found rot in the central pole.",
                "The horses were taken away when inspectors discovered severe rot in the central pole.",
                "severe",
            ),
            (
                "A new treasurer noticed discrepancies in the trust's accounts in 2021.",
                "A new treasurer spotted huge discrepancies in the trust's books in 2021.",
                "huge",
            ),
            // An adjective swapped, a comparative swapped, the source's own word.
            (
                "A hard frost in late April destroyed roughly 40% of the blossom.",
                "A severe frost at the end of April wiped out about 40% of the blossom.",
                "",
            ),
            (
                "Profit rose, helped by wider lending margins and lower loan losses.",
                "Profit rose, helped by more extensive lending margins and lower loan losses.",
                "",
            ),
            (
                "Port Alder won the cup after shoot-out drama at the Vessel ground.",
                "Port Alder won the cup after a dramatic shoot-out at the Vessel ground.",
                "",
            ),
        ],
    );
}

#[test]
fn a_weakened_denial_quotes_the_sources_modal() {
    let messages: Vec<String> = findings(
        "The grocer said it was unlikely to pursue a bid for the chain.",
        "The grocer said it would not pursue a bid for the chain.",
    )
    .into_iter()
    .filter(|f| f.rule == "meaning-drift")
    .map(|f| f.message)
    .collect();
    assert_eq!(
        messages,
        ["\"unlikely\": the source's denial is certain (\"would not\")"]
    );
}

#[test]
fn a_certain_denial_told_as_unlikely_is_weakened() {
    // Session 42: "would not take" → "was unlikely to take".
    assert_cases(
        "meaning-drift",
        &[
            (
                "Trading standards said it would not take any further action against the company.",
                "Trading standards said it was unlikely to take any further action against the company.",
                "unlikely",
            ),
            (
                "The grocer said it would not pursue a bid for the chain.",
                "The grocer said it was unlikely to pursue a bid for the chain.",
                "unlikely",
            ),
            // The source hedges already.
            (
                "The grocer said it probably would not pursue a bid for the chain.",
                "The grocer said it was unlikely to pursue a bid for the chain.",
                "",
            ),
        ],
    );
}

/// A plain rise told as soaring overstates it (four authors label "rising
/// rents" → "soaring rents" meaning-drift); a plain rise told as a jump,
/// with its figure kept, is common licence.
#[test]
fn a_plain_rise_told_as_soaring_is_overstated() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Landlords blamed rising rents for the closures.",
                "Landlords blamed soaring rents for the closures.",
                "soaring",
            ),
            (
                "Demand for school places rose faster than expected.",
                "Demand for school places soared.",
                "soared",
            ),
            ("Sales rose 9% last year.", "Sales jumped 9% last year.", ""),
        ],
    );
}

#[test]
fn a_possibility_told_as_what_happens() {
    let source = "Blue-green algae can irritate the skin of bathers who swim near the outflow, the agency said.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "Blue-green algae irritates the skin of bathers who swim near the outflow, the agency said.",
                "irritates",
            ),
            // An ability or a possibility still told passes.
            (
                source,
                "Blue-green algae is able to irritate the skin of bathers who swim near the outflow, the agency said.",
                "",
            ),
            (
                source,
                "Blue-green algae may irritate the skin of bathers who swim near the outflow, the agency said.",
                "",
            ),
            (
                "Mould in the vents can spread quickly if the filters are left unchanged.",
                "Mould in the vents spreads quickly if the filters are left unchanged.",
                "spreads",
            ),
            // A passive ability ("can be opened") and a purpose pass.
            (
                "Each locker can be opened with a code sent by text message.",
                "Each locker is opened with a code sent by text message.",
                "",
            ),
            (
                "The ward was cleared so that cleaners can disinfect it overnight.",
                "The ward was cleared so cleaners disinfect it overnight.",
                "",
            ),
        ],
    );
}
