//! polarity-drift examples of denials said by a word of negative meaning:
//! "falls outside" (not within), "delayed beyond" (did not happen by), "at
//! its own expense" (at no cost to another), "replaced … with" (instead
//! of) and a shortfall measured ("missed by £4m").

use super::*;

/// Each restatement passes; the same sentence dropping a denial elsewhere,
/// or saying the opposite, is still flagged: (source, suspect, flagged).
#[test]
fn denials_said_by_a_negative_word_restate_them() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Dredging of the harbour did not begin on Monday as planned, the port authority said.",
                "Dredging of the harbour was delayed beyond its planned Monday start, the port authority said.",
                "",
            ),
            (
                "Dredging did not begin on Monday as planned, and the crew was not paid.",
                "Dredging was delayed beyond its planned Monday start, and the crew was paid.",
                "paid",
            ),
            (
                "Wholemeal flour is already exempt from the rules.",
                "Wholemeal flour already falls outside the rules.",
                "",
            ),
            (
                "Wholemeal flour is already exempt from the rules.",
                "Wholemeal flour already falls under the rules.",
                "falls under",
            ),
            (
                "The contract requires it to put right any failures at its own expense.",
                "The contract requires it to fix any failures at no cost to the council.",
                "",
            ),
            (
                "The contract requires it to put right any failures at no cost to the council.",
                "The contract requires it to fix any failures at a cost to the council.",
                "a",
            ),
        ],
    );
}

/// A thing put in place of another named after "with" (or "for" after
/// "swap") restates "instead of"; "to replace the buses" names no other
/// and answers no dropped denial.
#[test]
fn a_replacement_naming_what_it_replaces_restates_instead_of() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The restaurant switched its recipe to use a cheaper peanut paste instead of almond powder but had not updated its allergen chart.",
                "The restaurant switched its recipe, replacing almond powder with a cheaper peanut paste, but had failed to update its allergen chart.",
                "",
            ),
            (
                "He said the pilot was not a replacement for buses but could fill gaps the council could no longer afford.",
                "He said the pilot was intended to replace the buses, filling gaps the council could no longer afford.",
                "intended to replace the",
            ),
            // A replacement restated by a swap answers nothing either way.
            (
                "Screenings must still finish by 10 p.m. and the operator replaces its speakers with a radio broadcast.",
                "Screenings would no longer need to finish by 10 p.m. and the operator swaps its speakers for a radio broadcast.",
                "no",
            ),
        ],
    );
}

/// "Missed by" an amount measures a shortfall, as "fell short by" does;
/// "missed forecasts" for "met forecasts" is still flagged.
#[test]
fn a_shortfall_measured_by_missed_is_no_added_denial() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Analysts said the results were weaker than expected.",
                "Analysts said the numbers fell short of expectations, so the results missed by about 4.4 million pounds.",
                "",
            ),
            (
                "Analysts said the results met forecasts.",
                "Analysts said the results missed forecasts.",
                "missed",
            ),
        ],
    );
}

/// "Said no" restates a refusal; said for an agreement it is still flagged.
#[test]
fn said_no_restates_a_refusal() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The station had invited the developer to take part, but the company had declined.",
                "The station had asked the developer to take part, but the company had said no.",
                "",
            ),
            (
                "The station had invited the developer to take part, and the company had agreed.",
                "The station had asked the developer to take part, but the company had said no.",
                "no",
            ),
        ],
    );
}
