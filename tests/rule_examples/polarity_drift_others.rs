//! polarity-drift examples of restatements the negation checks pass: a set
//! told by its complement (a denial of being alone, or of belonging, told
//! by "with others" or "anyone else") and a ruling out garbled by a
//! synonym, left to garbled-phrase.

use super::*;

#[test]
fn not_alone_told_as_with_others_restates() {
    let source = "Prosecutors said Lask had not acted alone.";
    assert!(
        findings_of(
            "polarity-drift",
            "Prosecutors said Lask had acted with others.",
            source
        )
        .is_empty()
    );
    // The denial dropped with "alone" kept still flips.
    assert_eq!(
        findings_of(
            "polarity-drift",
            "Prosecutors said Lask had acted alone.",
            source
        ),
        vec!["acted"]
    );
}

#[test]
fn non_members_told_as_anyone_else_restates() {
    let source = "Full images can be viewed by members, while non-members can buy copies of individual pages for two pounds each.";
    assert!(
        findings_of(
            "polarity-drift",
            "Members can see the full images, and anyone else can buy copies of single pages at 2 pounds each.",
            source
        )
        .is_empty()
    );
    // Members named where non-members stood, with no one else, still flips.
    assert_eq!(
        findings_of(
            "polarity-drift",
            "Members can see the full images, and members can buy copies of single pages at 2 pounds each.",
            source
        ),
        vec!["and members"]
    );
}

#[test]
fn a_ruling_out_garbled_by_a_synonym_is_left_to_garbled_phrase() {
    // "ruled out" → "governed out": the source's phrase in a wrong sense,
    // no act plainly denied.
    let source = "Pryce said the brewery had not ruled out returning as a sponsor in future.";
    assert!(
        findings_of(
            "polarity-drift",
            "Price said the brewery had not governed out returning as a sponsor in future.",
            source
        )
        .is_empty()
    );
    assert_eq!(
        findings_of(
            "garbled-phrase",
            "Price said the brewery had not governed out returning as a sponsor in future.",
            source
        ),
        vec!["governed"]
    );
    // The act plainly denied still turns the possibility round.
    assert_eq!(
        findings_of(
            "polarity-drift",
            "Price said the brewery would not be returning as a sponsor in future.",
            source
        ),
        vec!["not be returning"]
    );
}
