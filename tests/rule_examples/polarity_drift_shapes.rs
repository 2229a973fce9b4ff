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

#[test]
fn a_state_kept_on_both_sides_answers_no_denied_act() {
    // "kept on a lead" stands in both sentences: it restates nothing the
    // source denied, so the dropped denial of "enter" counts.
    let source = "Under the rules of the pilot, the dogs will not enter courtrooms and will be kept on a lead at all times.";
    let suspect = "Under the rules of the trial, the dogs will be allowed into courtrooms and will be kept on a lead at all times.";
    assert_eq!(
        findings_of("polarity-drift", suspect, source),
        ["be allowed into"]
    );
    // A state kept where the source denied the act still restates it.
    let source = "The ferry did not sail on Monday.";
    let suspect = "High winds kept the ferry in port on Monday.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
}

#[test]
fn only_within_the_bound_the_source_denied_is_flagged() {
    // "not present when" and "present only when" the same event are opposites.
    let source =
        "He had not taken part in the judging and had not been present when scores were totalled.";
    let suspect =
        "He had not taken part in the judging and had been present only when scores were totalled.";
    assert_eq!(
        findings_of("polarity-drift", suspect, source),
        ["been present"]
    );
    // The bound changed with the denial: the "only" restates it.
    let source = "The union said it would not resume talks while the lockout continued.";
    let suspect = "The union said it would resume talks only once the lockout was over.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
}
