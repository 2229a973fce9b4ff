//! polarity-drift examples of session 53: sentence shapes that turn a
//! statement round without a plain opposite.

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
