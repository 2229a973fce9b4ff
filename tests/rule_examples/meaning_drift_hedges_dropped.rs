//! meaning-drift examples of a hedge dropped: a suspicion, hope, fear, risk,
//! confidence or belief told as fact or as more certain, a possibility told as
//! expected, a modal dropped beside an approximated share.

use super::*;

#[test]
fn suspicion_association_and_rank_stated_as_fact_are_meaning_drift() {
    let flagged = [
        (
            "A man was arrested on suspicion of arson.",
            "A man was arrested for the arson.",
            "for the arson",
        ),
        (
            "Drinking coffee was linked to a lower risk of stroke.",
            "Drinking coffee cuts the risk of stroke.",
            "cuts",
        ),
        (
            "Atrial fibrillation is a leading cause of stroke.",
            "Atrial fibrillation is the leading cause of stroke.",
            "the leading",
        ),
    ];
    assert_cases("meaning-drift", &flagged);
    assert!(
        findings_of(
            "meaning-drift",
            "Atrial fibrillation is one of the leading causes of stroke.",
            "Atrial fibrillation is a leading cause of stroke."
        )
        .is_empty()
    );
}

#[test]
fn suspicion_dropped_and_talks_made_a_deal_are_meaning_drift() {
    let flagged = [
        (
            "Growers filed 41 complaints of suspected herbicide drift.",
            "Growers filed 41 complaints of herbicide drift.",
        ),
        (
            "Brewer Hallam is in talks to buy rival Kettle Lane.",
            "Brewer Hallam agrees to buy rival Kettle Lane.",
        ),
    ];
    assert_flagged("meaning-drift", &flagged);
    assert!(
        findings_of(
            "meaning-drift",
            "Police are investigating suspected arson.",
            "Police are investigating a suspected arson attack."
        )
        .is_empty()
    );
}

#[test]
fn hope_fear_or_risk_dropped_is_a_hedge_dropped() {
    let flagged = [
        (
            "Park staff said they hoped the footbridge would reopen in June.",
            "Park staff said the footbridge would reopen in June.",
        ),
        (
            "Traders told him they feared the market would never return.",
            "Traders told him the market would never return.",
        ),
        (
            "The audit found the museum was at risk of missing its opening date.",
            "The audit found the museum would miss its opening date.",
        ),
    ];
    assert_flagged("meaning-drift", &flagged);
    let clean = [
        (
            "Park staff said they hoped the footbridge would reopen in June.",
            "Park staff said they were hopeful the footbridge would reopen in June.",
        ),
        (
            "The company hopes to open the depot in June.",
            "The company aims to open the depot in June.",
        ),
    ];
    assert_clean("meaning-drift", &clean);
}

#[test]
fn meaning_possibility_told_as_expected_or_scheduled() {
    // "could open" → "is set to open", "may stay" → "are due to stay": a
    // possibility told as the outcome expected.
    assert_cases(
        "meaning-drift",
        &[
            (
                "The new terminal could open in March, the airport said.",
                "The new terminal is set to open in March, the airport said.",
                "set to",
            ),
            (
                "Food prices may stay high until the summer, the bank warned.",
                "Food prices are due to stay high until the summer, the bank warned.",
                "due to",
            ),
        ],
    );
}

/// Confidence raised to certainty and a warning told as a remark drift; a
/// hope restated as hopeful and a caution told as a note pass.
#[test]
fn confidence_made_certainty_and_a_warning_made_a_remark_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "\"I am confident we will reopen the mill next spring,\" Harrow said.",
                "\"I am certain we will reopen the mill next spring,\" Harrow said.",
                "certain",
            ),
            (
                "The ferry operator warned that crossings could be cut by half over the winter.",
                "The ferry operator noted that crossings could be cut by half over the winter.",
                "noted",
            ),
            (
                "The mayor said she hoped the pool would be finished by 2029.",
                "The mayor said she was hopeful the pool would be finished by 2029.",
                "",
            ),
            (
                "The board cautioned that the figures had not yet been audited.",
                "The board noted that the figures had not yet been audited.",
                "",
            ),
        ],
    );
}

#[test]
fn a_confidence_dropped_is_meaning_drift_but_kept_as_a_noun_passes() {
    assert_flagged(
        "meaning-drift",
        &[(
            "Council news\n\nThe contractor said it was confident of meeting the schedule.\n",
            "Council news\n\nThe contractor said it would meet the schedule.\n",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "Council news\n\nThe contractor said it was confident that the bridge would reopen in May.\n",
            "Council news\n\nThe contractor expressed confidence that the bridge would reopen in May.\n",
        )],
    );
}

/// A belief told as a statement by the same holder ("Police believe" →
/// "Police say") and an estimate told as confidence drift; a statement by
/// another speaker, or an estimate told as an expectation, does not.
#[test]
fn a_belief_told_as_a_statement_and_an_estimate_as_confidence_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Police believe the same crew stole 30 bicycles from sheds across the county.",
                "Police say the same crew stole 30 bicycles from sheds across the county.",
                "say",
            ),
            (
                "Officials estimate the new toll will raise around £90,000 a year.",
                "Officials are confident the new toll will raise around £90,000 a year.",
                "confident",
            ),
            (
                "Officials estimate the new toll will raise around £90,000 a year.",
                "Officials expect the new toll to raise around £90,000 a year.",
                "",
            ),
            (
                "We think demand will stay strong through the summer, Marsh said.",
                "Marsh said she thought demand would stay strong through the summer.",
                "",
            ),
        ],
    );
}

/// A hedge dropped where the rewrite put a denied ability elsewhere in the
/// sentence ("blocked from selling" → "cannot sell"): a denied ability is
/// certain and keeps no hedge, unless it tells a denied permission ("may
/// not sell").
#[test]
fn a_denied_ability_keeps_no_hedge() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "A judge on Monday temporarily blocked the council from selling the depot, ruling that officials had likely breached planning rules.",
                "The council cannot, for now, sell the depot, a judge ruled on Monday, finding that officials had breached planning rules.",
                "breached",
            ),
            (
                "The council may not sell the depot until the hearing, the judge said.",
                "The council cannot sell the depot until the hearing, the judge said.",
                "",
            ),
        ],
    );
}

/// An approximation of a share exchanged ("about a third" → "roughly a
/// third") keeps no other hedge; a modal dropped with its verb restated in
/// the same run ("drug may reduce" → "medicine reduces") is placed on that verb.
#[test]
fn a_modal_dropped_beside_an_approximated_share_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "A cheap drug may reduce headaches in some patients by about a third, researchers said.",
                "An inexpensive medicine reduces headaches in some patients by roughly a third, researchers said.",
                "reduces",
            ),
            (
                "A cheap drug may reduce headaches in some patients by about a third, researchers said.",
                "An inexpensive medicine may reduce headaches in some patients by roughly a third, researchers said.",
                "",
            ),
        ],
    );
}

/// A hope cut from its "to" by the edit ("said it hopes | to buy" → "agreed
/// to buy") and a fear of an act to come ("feared losing" → "would lose")
/// are dropped hedges; a wish for a hope ("wanted to") and a worry for a
/// fear keep them.
#[test]
fn a_hope_or_fear_of_an_act_dropped_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The town museum has said it hopes to buy the silver coins.",
                "The town museum has agreed to buy the silver coins.",
                "agreed",
            ),
            (
                "The firm said it hoped to open ten stores next year.",
                "The firm said it wanted to open ten stores next year.",
                "",
            ),
            (
                "One baker said he feared losing customers to the new bypass.",
                "One baker said he would lose customers to the new bypass.",
                "would lose",
            ),
            (
                "One baker said he feared losing customers to the new bypass.",
                "One baker said he was worried about losing customers to the new bypass.",
                "",
            ),
        ],
    );
}
