//! polarity-drift examples of session 53: sentence shapes that turn a
//! statement round without a plain opposite; and of session 68: a
//! superlative told by "least" and its opposite.

use super::*;

#[test]
fn an_open_question_settled_by_agreeing_to_the_act_is_flagged() {
    // Agreeing to the act settles the question the source left open.
    let source =
        "The council has not yet decided whether to fund the scheme beyond March next year.";
    let suspect = "The council has agreed to fund the scheme beyond March next year.";
    assert_eq!(findings_of("polarity-drift", suspect, source), ["agreed"]);
    // Still undecided in other words: the question stays open.
    let suspect = "The council has yet to agree whether to fund the scheme beyond March next year.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
}

#[test]
fn a_superlative_told_by_least_and_its_opposite_passes() {
    // "least expensive" restates "cheapest", as "less expensive" restates
    // "cheaper"; "most" and "least" before the same word still flip.
    assert_cases(
        "polarity-drift",
        &[
            (
                "Two refused to quote, and the cheapest of the remaining three offered a policy at 11,600 pounds.",
                "Two refused to quote, and the least expensive of the remaining three offered a policy at 11,600 pounds.",
                "",
            ),
            (
                "Two refused to quote, and the cheapest of the remaining three offered a policy at 11,600 pounds.",
                "Two refused to quote, and the most expensive of the remaining three offered a policy at 11,600 pounds.",
                "expensive",
            ),
            (
                "Men were the most likely to finish the course, the researchers found.",
                "Men were the least likely to finish the course, the researchers found.",
                "least",
            ),
        ],
    );
}
