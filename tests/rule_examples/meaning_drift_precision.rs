//! meaning-drift examples of legitimate paraphrase of attribution,
//! modality and degree that the rule once misread (session 51), each with
//! the shift it still flags.

use super::*;

#[test]
fn a_pledge_word_denied_or_modifying_a_noun_is_no_pledge() {
    assert_cases(
        "meaning-drift",
        &[(
            "The council said it would review the parking fees.",
            "The council promised to review the parking fees.",
            "promised",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "The authority said it would consider the request in November, but made no promises.",
                "The authority said it would consider the request in November, but gave no guarantees.",
            ),
            // A spinner's wrong sense of "bonded", garbled-phrase's to report.
            (
                "The council said new surfaces would be made of bonded wood chip.",
                "The council said new surfaces would be made of guaranteed wood chip.",
            ),
        ],
    );
}

#[test]
fn a_plans_be_of_ability_or_progressive_is_not_stated_done_by_been() {
    assert_cases(
        "meaning-drift",
        &[(
            "The council said the footbridge would be repaired in the spring.",
            "The council said the footbridge had been repaired in the spring.",
            "had been repaired",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "Residents will be able to follow the gritters on a public map from Monday, after complaints that rural lanes were left uncleared for days.",
            "From Monday, residents will be able to track the gritters on a public map, following complaints that rural lanes had been left uncleared for days.",
        )],
    );
}

#[test]
fn getting_married_is_a_wedding_to_come_not_one_done() {
    let source =
        "Laura Bennet, who is due to marry in Harwick on June 21, said she had paid a deposit.";
    assert_cases(
        "meaning-drift",
        &[(
            source,
            "Laura Bennet, who married in Harwick on June 21, said she had paid a deposit.",
            "married",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            source,
            "Laura Bennet, who is getting married in Harwick on June 21, said she had paid a deposit.",
        )],
    );
}

#[test]
fn a_could_of_ability_told_by_a_word_of_ability_keeps_its_hedge() {
    let boat = "The charity's previous boat could take only one wheelchair.";
    let grant = "The diocese said the parish could apply for a grant from its churchyard fund.";
    assert_cases(
        "meaning-drift",
        &[
            (
                boat,
                "The charity's previous boat took only one wheelchair.",
                "took",
            ),
            (
                grant,
                "The diocese said the parish will apply for a grant from its churchyard fund.",
                "will apply",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                boat,
                "The charity's previous boat had room for just one wheelchair.",
            ),
            (
                grant,
                "The diocese said the parish is eligible to apply for a grant from its churchyard fund.",
            ),
            (
                "The centre closed in April so contractors could remove the old chillers.",
                "The centre shut in April to allow contractors to take out the old chillers.",
            ),
        ],
    );
}

#[test]
fn seeming_keeps_the_hedge_of_appeared() {
    let source = "Their report said residents appeared relaxed and well cared for.";
    assert_cases(
        "meaning-drift",
        &[(
            source,
            "Their report said residents were relaxed and well cared for.",
            "were",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            source,
            "The report described residents as seeming relaxed and well cared for.",
        )],
    );
}

#[test]
fn a_refusal_the_source_states_by_turned_down_may_be_told_as_refused() {
    assert_cases(
        "meaning-drift",
        &[(
            "A spokesman said the company did not want to comment on the invitation.",
            "A spokesman said the company refused to comment on the invitation.",
            "refused",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "A spokesman said the company had turned down the invitation because it did not want to comment.",
            "A spokesman said the company had refused the invitation because it was unwilling to comment.",
        )],
    );
}

#[test]
fn a_speakers_position_keeps_the_attribution_of_its_argument() {
    let source = "The club argues that Harwood Homes should have paid for protective netting.";
    assert_cases(
        "meaning-drift",
        &[(
            source,
            "Harwood Homes ought to have paid for protective netting.",
            "have paid",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            source,
            "The club's position is that Harwood Homes ought to have paid for protective netting.",
        )],
    );
}

#[test]
fn a_vote_on_the_act_leaves_it_open() {
    let source = "Keepers at the zoo will vote on whether to strike after talks broke down.";
    assert_cases(
        "meaning-drift",
        &[(
            source,
            "Keepers at the zoo will strike after talks broke down.",
            "strike",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                source,
                "Keepers at the zoo are to vote on strike action after talks broke down.",
            ),
            (
                "Members will vote next month on whether to open the sauna to day visitors.",
                "Members will vote next month on opening the sauna to day visitors.",
            ),
        ],
    );
}

#[test]
fn a_modal_restating_a_concern_of_the_source_is_no_hedge_added() {
    assert_cases(
        "meaning-drift",
        &[(
            "Wash from the laden barges damaged moored boats.",
            "Wash from the laden barges could damage moored boats.",
            "could",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "However, some boaters have raised concerns about wash from the laden barges damaging moored boats.",
            "However, some boaters have raised concerns that wash from the laden barges could damage moored boats.",
        )],
    );
}

#[test]
fn a_condition_told_by_inversion_as_a_counterfactual_keeps_the_source_condition() {
    assert_cases(
        "meaning-drift",
        &[(
            "He faced an unlimited fine.",
            "He could have faced an unlimited fine.",
            "could",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "He faced an unlimited fine if convicted.",
            "Had he been convicted, he could have faced an unlimited fine.",
        )],
    );
}

#[test]
fn rarely_more_than_is_a_cap_as_never_more_than_is() {
    let source = "The car park holds 210 cars and is rarely more than a third full on Sundays.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "The car park holds 210 cars and is never more than a third full on Sundays.",
                "never",
            ),
            (
                source,
                "The car park holds 210 cars and is rarely a third full on Sundays.",
                "a third",
            ),
        ],
    );
}

#[test]
fn thinking_about_an_act_keeps_it_under_consideration() {
    let source = "Tomasz Wielgosz said he had been quoted 41,500 pounds for a replacement machine and was considering applying.";
    assert_eq!(
        findings_of(
            "meaning-drift",
            "Tomasz Wielgosz said he had received a quote of 41,500 pounds for a replacement machine and had applied.",
            source,
        ),
        ["received", "had", "applied"],
    );
    assert_clean(
        "meaning-drift",
        &[(
            source,
            "Tomasz Wielgosz said he had received a quote of 41,500 pounds for a replacement machine and was thinking about applying.",
        )],
    );
}

/// "according to" after a verb with no comma between tells the verb's
/// manner ("fees set according to the size"), no speaker; after a comma it
/// still attributes.
#[test]
fn according_to_after_a_verb_is_no_attribution() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Under the scheme, stall fees are set according to the size of the pitch.",
                "Under the scheme, stall fees are set by how big each pitch is.",
            ),
            (
                "Under the scheme, traders are charged for each day, with fees set according to the complexity of the stall.",
                "Under the scheme, traders are charged for each day, with fees set by the intricacy of the stall.",
            ),
        ],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "Stall fees rose by 10 percent last year, according to the council.",
            "Stall fees rose by 10 percent last year.",
        )],
    );
}
