//! meaning-drift examples of a hedge or estimate kept by a noun or a figure:
//! the risk or warning of an event, a suspicion, target or aim, a burden or
//! reckoning, an estimate put at a figure; no hedge dropped.

use super::*;

#[test]
fn hedges_kept_in_other_words_and_claims_as_a_noun_pass_clean() {
    let cases = [
        (
            "Farmed oysters appeared to be largely unaffected.",
            "Farmed oysters seemed mostly unaffected.",
        ),
        (
            "Insurance claims are estimated at £35m, insurers said.",
            "Claims are put at £35m, according to insurers.",
        ),
        (
            "The reserve is below the level its auditors consider safe.",
            "The reserve is below what its auditors regard as safe.",
        ),
        (
            "The projection depends heavily on future emissions.",
            "The outlook hinges heavily on future emissions.",
        ),
        (
            "The museum expects about 450,000 visitors in its first year.",
            "The museum is expecting around 450,000 visitors in its first year.",
        ),
    ];
    assert_clean("meaning-drift", &cases);
}

#[test]
fn estimates_kept_in_other_words_and_misspelt_hedges_are_no_dropped_hedge() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Organisers said on Monday, estimating attendance at 212,000 across its 17 days.",
                "Organisers said on Monday, putting attendance at 212,000 over its 17 days.",
            ),
            (
                "Engineers estimate the repair will cost 4 million euros.",
                "Engineers gauge the repair will cost 4 million euros.",
            ),
            (
                "The firm kept its forecast for the year.",
                "The firm kept its forcast for the year.",
            ),
        ],
    );
}

#[test]
fn burdens_weights_estimates_put_at_and_denied_expectations_are_no_dropped_hedge() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Higher wages could weigh on margins this year.",
                "Higher wages could drag on margins this year.",
            ),
            (
                "The company estimated the recall would cost it between $14 million and $18 million.",
                "The company put the cost of the recall at between $14 million and $18 million.",
            ),
            (
                "Drones will carry packages weighing no more than 2.5 kilograms.",
                "Drones will carry packages of up to 2.5 kilograms.",
            ),
            (
                "Engineers did not consider the ridge a safe landing site.",
                "Engineers considered the ridge an unsafe landing site.",
            ),
        ],
    );
    // "not likely" still hedges as "unlikely" does.
    assert_clean(
        "meaning-drift",
        &[(
            "He warned that waits were unlikely to improve quickly.",
            "He warned that waits were not likely to improve quickly.",
        )],
    );
}

#[test]
fn an_estimate_put_at_a_figure_or_a_failure_to_consider_keeps_its_hedge() {
    assert_clean(
        "meaning-drift",
        &[(
            "The court ruled that the planning report had failed to consider the noise.",
            "The court found that the planning report had overlooked the noise.",
        )],
    );
    // Only the hedge that did go is flagged, not the estimate "put … at".
    assert_cases(
        "meaning-drift",
        &[(
            "The growers estimate their combined losses at $4.1 million, and the damage may be worse.",
            "The growers put their combined losses at $4.1 million, and the damage is worse.",
            "is",
        )],
    );
}

#[test]
fn an_estimate_told_as_an_approximation_keeps_its_hedge() {
    assert_clean(
        "meaning-drift",
        &[(
            "The association estimates that it costs 35 pence to make a litre of milk.",
            "The association approximates that it costs 35 pence to make a litre of milk.",
        )],
    );
}

#[test]
fn a_target_or_aim_keeps_an_expectations_hedge() {
    // A goal is no more asserted than an expectation.
    assert_sentences(
        "meaning-drift",
        &[(
            "The brewer expects to save 40 million euros a year from the merger.",
            "The brewer is targeting annual savings of 40 million euros from the merger.",
        )],
        &[],
    );
}

#[test]
fn a_noun_of_the_hedges_stem_keeps_it() {
    // "had expected" → "in line with … expectations".
    assert_sentences(
        "meaning-drift",
        &[(
            "Most analysts had expected the rate cut.",
            "The rate cut was in line with most analysts' expectations.",
        )],
        &[],
    );
}

#[test]
fn meaning_the_risk_of_an_event_hedges_it() {
    assert_sentences(
        "meaning-drift",
        &[(
            "The operator cut speeds because of the risk of rails buckling in the heat.",
            "The operator cut speeds because rails could buckle in the heat.",
        )],
        &[(
            "The operator cut speeds because rails buckled in the heat.",
            "The operator cut speeds because rails could buckle in the heat.",
        )],
    );
}

#[test]
fn meaning_a_warning_of_an_event_hedges_it() {
    assert_sentences(
        "meaning-drift",
        &[(
            "The operator warned that summer sailings could be cut.",
            "The operator warned of cuts to summer sailings.",
        )],
        &[(
            "The operator warned that summer sailings could be cut.",
            "The operator said summer sailings will be cut.",
        )],
    );
}

#[test]
fn a_burden_a_belief_a_possibility_and_a_reckoning_kept_in_other_words_pass() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Pharmacy profit falls as store closures weigh\n\nThe chain reported on Monday.\n",
                "Pharmacy earnings slide as store closures bite\n\nThe chain reported on Monday.\n",
            ),
            (
                "Council news\n\nFewer than 900 otters are thought to remain in the county, according to wildlife groups.\n",
                "Council news\n\nWildlife groups believe fewer than 900 otters remain in the county.\n",
            ),
            (
                "Council news\n\nThe director said the festival had been made possible by a sponsorship deal.\n",
                "Council news\n\nThe director said the festival had been made conceivable by a sponsorship deal.\n",
            ),
            (
                "Council news\n\nThe teachers' association estimated the award would cost 1.1 billion pounds a year.\n",
                "Council news\n\nThe teachers' association calculated the award would cost 1.1 billion pounds a year.\n",
            ),
        ],
    );
    // A deliberation dropped for a plain act, and an estimate of a figure
    // told as a calculated one, still drift.
    assert_flagged(
        "meaning-drift",
        &[
            (
                "Council weighs ferry levy\n\nThe council met on Monday.\n",
                "Council will impose ferry levy\n\nThe council met on Monday.\n",
            ),
            (
                "Council news\n\nThe change would save an estimated 1.2 million pounds.\n",
                "Council news\n\nThe change would save a calculated 1.2 million pounds.\n",
            ),
        ],
    );
}

/// "could be removed" → "risked removal": a danger ahead, no dropped hedge.
#[test]
fn a_possibility_told_as_a_risk_keeps_its_hedge() {
    assert_cases(
        "meaning-drift",
        &[(
            "The guidance warned drivers who refused jobs that they could be removed from the app.",
            "The guidance warned drivers who refused jobs that they risked removal from the app.",
            "",
        )],
    );
}

/// A noun of accusation keeps the suspicion the source hedges ("is suspected
/// of driving" → "on suspicion of driving").
#[test]
fn a_suspicion_told_by_its_noun_keeps_its_hedge() {
    let source = "Police said the driver, who was held at the scene, is suspected of speeding.";
    assert_cases(
        "meaning-drift",
        &[(
            source,
            "According to police, the driver was held at the scene on suspicion of speeding.",
            "",
        )],
    );
}

/// "raising the alarm" keeps the warning of "warning of" ("staff had been
/// warning of the problem" → "had been raising the alarm").
#[test]
fn raising_the_alarm_keeps_a_warning() {
    assert_clean(
        "meaning-drift",
        &[(
            "Its regional secretary said staff had been warning of the problem for years.",
            "Its regional secretary said staff had been raising the alarm about the problem for years.",
        )],
    );
}
