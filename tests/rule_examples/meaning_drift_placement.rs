//! meaning-drift examples of where a finding is placed: a dropped hedge flagged
//! on the certainty, modal, verb or decision put in its place, a bound on its
//! figure, a shifted modal on its contraction, one finding for each kind of
//! shift.

use super::*;

/// A replaced run that shifts two kinds of stance gets a finding for each.
#[test]
fn one_replaced_run_can_shift_modality_and_scope() {
    assert_eq!(
        findings_of(
            "meaning-drift",
            "The councillor said the levy would drive many small shops out of the centre.",
            "The councillor said the levy could push some small shops out of the centre.",
        ),
        ["would drive", "many"]
    );
}

#[test]
fn a_dropped_hedge_is_flagged_on_the_certainty_that_replaced_it() {
    assert_cases(
        "meaning-drift",
        &[(
            "Chief executive Ama Oduya said the group expected cargo volumes to grow by 3% to 5% in 2025.",
            "Chief executive Ama Oduya guaranteed that cargo volumes would grow by 3% to 5% in 2025.",
            "guaranteed",
        )],
    );
}

#[test]
fn a_hedge_dropped_from_a_moved_clause_is_flagged_at_its_modal() {
    assert_cases(
        "meaning-drift",
        &[(
            "Some 40 stalls are expected to open when the market is rebuilt next spring.",
            "When the market is rebuilt next spring, some 40 stalls will open.",
            "will open",
        )],
    );
}

#[test]
fn a_hedge_dropped_before_a_restated_verb_is_flagged_at_that_verb() {
    assert_cases(
        "meaning-drift",
        &[(
            "Analysts said the jump in ticket sales appeared to be driven partly by a new dinosaur exhibition that opened in March.",
            "A new dinosaur exhibition that opened in March drove the jump in ticket sales, analysts said.",
            "drove",
        )],
    );
}

#[test]
fn a_bound_dropped_is_found_on_the_figure_not_in_a_name() {
    assert_cases(
        "meaning-drift",
        &[(
            "The launch of the Aurelis-3 satellite has been postponed for at least three weeks, the operator said.",
            "The operator has postponed the launch of the Aurelis-3 satellite by three weeks, it said.",
            "three",
        )],
    );
}

#[test]
fn a_dropped_hedge_points_at_the_certainty_put_beside_it() {
    assert_cases(
        "meaning-drift",
        &[(
            "Engineers said the heat was a likely factor in the pump failure.",
            "Engineers said the heat was almost certainly a factor in the pump failure.",
            "certainly",
        )],
    );
}

#[test]
fn a_dropped_hedge_with_no_verb_in_its_place_beside_another_finding_is_part_of_it() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The trade body estimated that the closure could cost the city up to 3 million pounds a week.",
                "According to the trade body, the closure is costing the city up to 3 million pounds a week.",
                "is costing",
            ),
            // The hedge stood after a copula: the copula names the place.
            (
                "Engineers said the bridge was probably the main weak point.",
                "Engineers said the bridge was the main weak point.",
                "was",
            ),
        ],
    );
}

#[test]
fn a_forecast_restated_with_a_bare_copula_is_flagged_at_the_copula() {
    assert_cases(
        "meaning-drift",
        &[(
            "The bakery said it now expected annual sales for the year to June of between £9m and £11m.",
            "The bakery said annual sales for the year to June were between £9m and £11m.",
            "were between",
        )],
    );
}

#[test]
fn a_dropped_hedge_or_a_shifted_degree_is_flagged_at_its_own_words() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The union said about 120 warehouse jobs could be at risk from the merger.",
                "The union said about 120 depot posts were at risk from the merger.",
                "were",
            ),
            (
                "The port will pay for 40% of the cost itself, with the rest expected from a federal grant.",
                "The port will pay for 40% of the cost itself, with the remainder coming from a federal grant.",
                "coming",
            ),
            (
                "The judge reduced the fine slightly because of the early guilty plea.",
                "The judge reduced the fine significantly to reflect the early guilty plea.",
                "significantly",
            ),
        ],
    );
}

#[test]
fn a_dropped_according_to_is_flagged_at_the_attribution_verb_put_in() {
    // The source named is made the subject of a verb of attribution: the
    // finding goes on that verb, not on the first word where "according to"
    // stood.
    let source = "Inspectors found cracks in two of the bearings under the bridge, according to a preliminary report by the county surveyor.";
    let suspect = "Inspectors found cracks in two of the bearings under the bridge, the county surveyor's final report showed.";
    let found = findings_of("meaning-drift", suspect, source);
    assert!(found.iter().any(|f| f == "showed"), "{found:?}");
    assert!(!found.iter().any(|f| f == "the"), "{found:?}");
}

#[test]
fn a_guessed_place_of_a_dropped_hedge_is_never_a_word_linking_clauses() {
    // The hedged claim stands elsewhere in the restructured sentence: "though"
    // and "with" name no claim, so no finding goes there.
    let cases = [
        (
            "The bakery said roughly 40 shifts could be affected but that it hoped to offer staff other hours.",
            "Around 40 shifts are on the line, the bakery said, though it hopes to offer staff other hours.",
            "",
        ),
        (
            "Economists said the gains for both towns were likely to be modest. A study by the Kessel Institute for Regional Research estimated that the merger would add 0.3% to Brant's budget and less than 0.1% to Ulm's over a decade.",
            "Economists expect only modest gains for both towns, with a study by the Kessel Institute for Regional Research showing that the merger will add 0.3% to Brant's budget and less than 0.1% to Ulm's over ten years.",
            // "modest" keeps a hedge of its own ("expect"): only the study's
            // estimate was made firm.
            "will add",
        ),
    ];
    assert_cases("meaning-drift", &cases);
}

#[test]
fn a_dropped_hedge_is_placed_on_the_claim_the_copy_keeps() {
    // The attribution moved to the end ("according to"): the claim the hedge
    // governed is still there, and the finding goes on it; after a verb of
    // saying put in ("adding that"), on the claim's verb group.
    let cases = [
        (
            "Dr. Ines Falk, a consultant at Harwell General Hospital, said longer clinics had probably helped stroke patients, but that it was too soon to judge any effect on survival.",
            "Longer clinics had helped stroke patients, according to Dr. Ines Falk, a consultant at Harwell General Hospital, though she said it was too early to judge any effect on survival.",
            "helped",
        ),
        (
            "Pay in the sector fell, and there are tentative signs that hiring is picking up, the economist said.",
            "Pay in the sector fell, the economist said, adding that hiring had picked up.",
            "had picked",
        ),
    ];
    assert_cases("meaning-drift", &cases);
}

#[test]
fn according_to_moved_to_a_reporting_verb_leaves_the_claims_verb_alone() {
    // "according to a study" became "researchers reported": the diff pairs
    // "according" with the claim's own "showed", but the attribution stands.
    let source = "Primary schools that moved lunch breaks to midday saw a small improvement in afternoon reading over one school year, according to a study published on Monday by researchers at Harwell University.";
    let moved = "Over one school year, afternoon reading showed a small improvement in primary schools that moved lunch breaks to midday, Harwell University researchers reported in a study released on Monday.";
    assert!(findings_of("meaning-drift", moved, source).is_empty());
    // With no attribution left, the study's claim told as shown is still drift.
    let dropped = "Over one school year, afternoon reading showed a small improvement in primary schools that moved lunch breaks to midday, a study by Harwell University researchers proved on Monday.";
    assert_eq!(findings_of("meaning-drift", dropped, source), ["showed"]);
}

/// A hedge deleted where the rewrite put in a decision elsewhere in the
/// sentence ("it would likely go to voters" → "the board has decided to put
/// it to voters") is placed on the decision.
#[test]
fn a_dropped_hedge_is_placed_on_a_decision_put_in() {
    assert_cases(
        "meaning-drift",
        &[(
            "If the full board approves the plan, it would likely go to voters in May, according to the county clerk.",
            "According to the county clerk, the board has decided to put the plan to voters in May if the full board approves it.",
            "decided",
        )],
    );
}

/// A modal shifted into a contraction ("might not" → "won't") is flagged on
/// the contraction, not on an empty span between its parts.
#[test]
fn a_modal_shift_into_a_contraction_is_flagged_on_it() {
    assert_cases(
        "meaning-drift",
        &[(
            "Shoppers might not come back to the high street, the traders said.",
            "Shoppers won't come back to the high street, the traders said.",
            "won't",
        )],
    );
}

#[test]
fn a_hedge_dropped_from_a_restructured_sentence_is_flagged_at_the_modal_on_its_verb() {
    assert_cases(
        "meaning-drift",
        &[(
            "The ferry company said no timetable had been agreed for the new route, whose sailings are expected to begin in April.",
            "A timetable for the new route had yet to be agreed, the ferry company said, though its sailings will begin in April.",
            "will begin",
        )],
    );
}
