//! polarity-drift examples of session 43: a share's whole changed on one
//! side, and a process told as decided.

use super::*;

#[test]
fn a_share_of_a_changed_whole_is_no_remainder() {
    // Six less four is two, but "two of six dismissed" is no remainder of
    // "two of four upheld": the whole changed, the verdict flipped.
    let source = "The union said it had dealt with four signalling complaints in the past decade, two of which were upheld.";
    let suspect = "The union said it had handled six signalling complaints over the past ten years, two of which were dismissed.";
    assert_eq!(
        findings_of("polarity-drift", suspect, source),
        ["dismissed"]
    );
    // The same whole on both sides: the other share, told from the other side.
    let source = "Of the 90 candidates, 61 passed the exam.";
    let suspect = "Of the 90 candidates, 29 failed the exam.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
}

#[test]
fn a_process_told_as_decided_is_left_to_meaning_drift() {
    let source = "The residents' group said it was considering a legal challenge but had not decided whether to proceed.";
    let suspect = "The residents' group said it has decided to launch a legal challenge.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
    // Another act denied in the contrast still counts.
    let source = "Tate said the company was exploring a new vessel, but no order had been placed.";
    let suspect =
        "Tate said the company was looking into a new ship, and an order has already been placed.";
    assert!(!findings_of("polarity-drift", suspect, source).is_empty());
    // A plain undecided told as decided is a flip.
    let source = "The council has not decided whether to limit cruise ship calls.";
    let suspect = "The council has decided to limit cruise ship calls.";
    assert!(!findings_of("polarity-drift", suspect, source).is_empty());
}
