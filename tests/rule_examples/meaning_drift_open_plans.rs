//! meaning-drift examples of an open option told as a plan, a decision or a
//! suspicion ("had not ruled out a legal challenge" → "was preparing a legal
//! challenge"); the option kept open in other words passes.

use super::*;

/// A denied ruling out or a "left open" told with a word of intention,
/// decision or belief before the same act drifts.
#[test]
fn an_open_option_told_as_a_plan_drifts() {
    assert_flagged(
        "meaning-drift",
        &[
            (
                "Warehouse row\n\nThe residents' group said it had not ruled out a legal challenge against the council.\n",
                "Warehouse row\n\nThe residents' group said it was preparing a legal challenge against the council.\n",
            ),
            (
                "Voting age\n\nThe main opposition party has said it is sceptical but has not ruled out backing the change.\n",
                "Voting age\n\nThe main opposition party has said it will back the change.\n",
            ),
            (
                "Barn fire\n\nInvestigators said they had not ruled out a faulty heater, but no conclusion had been reached.\n",
                "Barn fire\n\nInvestigators said they suspected a faulty heater, but no conclusion had been reached.\n",
            ),
            (
                "Rent cap\n\nThe landlords' association left open the possibility of a constitutional challenge to the law.\n",
                "Rent cap\n\nThe landlords' association said it would launch a constitutional challenge to the law.\n",
            ),
        ],
    );
}

/// The option kept open in other words, or told closed (polarity-drift's),
/// is no meaning drift.
#[test]
fn an_open_option_kept_open_passes() {
    let source = "Warehouse row\n\nThe residents' group said it had not ruled out a legal challenge against the council.\n";
    let copies = [
        "Warehouse row\n\nThe residents' group said it was still considering a legal challenge against the council.\n",
        "Warehouse row\n\nThe residents' group said it had kept a legal challenge against the council on the table.\n",
        "Warehouse row\n\nThe residents' group said it had not excluded a legal challenge against the council.\n",
        "Warehouse row\n\nThe residents' group left open the possibility of a legal challenge against the council.\n",
        "Warehouse row\n\nThe residents' group said a legal challenge against the council remained possible.\n",
        "Warehouse row\n\nThe residents' group said it might launch a legal challenge against the council.\n",
        "Warehouse row\n\nThe residents' group said it would not launch a legal challenge against the council yet.\n",
    ];
    let cases: Vec<(&str, &str)> = copies.iter().map(|c| (source, *c)).collect();
    assert_clean("meaning-drift", &cases);
    // An intention the source states already is no change.
    assert_clean(
        "meaning-drift",
        &[(
            "Strike talks\n\nThe union said it would ballot members and had not ruled out strike action in March.\n",
            "Strike talks\n\nThe union would ballot members and would not rule out strike action in March, it said.\n",
        )],
    );
}

/// A bid or talks under way ("is bidding for", "had begun talks with", "is
/// talking to") told as an outcome obtained drift; the bid or the talks
/// told in other words pass.
#[test]
fn a_bid_or_talks_told_as_obtained_drift() {
    let bid = "Pool funding\n\nThe trust is also bidding for a 400,000-pound grant from the lottery fund.\n";
    let talks =
        "Pool funding\n\nThe club had begun talks with two local charities about a joint lease.\n";
    let talking = "Pool funding\n\nThe museum is also talking to the college about running evening classes.\n";
    assert_cases(
        "meaning-drift",
        &[
            (
                bid,
                "Pool funding\n\nThe trust has also secured a 400,000-pound grant from the lottery fund.\n",
                "secured",
            ),
            (
                talks,
                "Pool funding\n\nThe club had secured a joint lease with two local charities.\n",
                "secured",
            ),
            (
                talking,
                "Pool funding\n\nThe museum has also agreed with the college to run evening classes.\n",
                "agreed",
            ),
            (
                bid,
                "Pool funding\n\nThe trust is also applying for a 400,000-pound grant from the lottery fund.\n",
                "",
            ),
            (
                talks,
                "Pool funding\n\nThe club had started discussions with two local charities about a joint lease.\n",
                "",
            ),
            (
                talking,
                "Pool funding\n\nThe museum is also in talks with the college about running evening classes.\n",
                "",
            ),
        ],
    );
}
