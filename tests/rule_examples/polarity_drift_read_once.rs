//! polarity-drift examples of one reversal read once: a source word already
//! reported reversed is not read again by another check at a nearby word.

use super::*;

#[test]
fn a_dropped_denial_is_reported_once_where_its_act_is_stated() {
    // "declined to say whether it would" → "confirmed it would": the
    // dropped denial is reported at the act, not again by the count at
    // "said".
    let source = "The health board said it would meet the families but declined to say whether it would reopen the ward.";
    let suspect =
        "The health board said it would meet the families and confirmed it would reopen the ward.";
    assert_eq!(
        findings_of("polarity-drift", suspect, source),
        vec!["and confirmed"]
    );
    // Left open in other words, it passes.
    let open = "The health board said it would meet the families but would not say whether it would reopen the ward.";
    assert!(findings_of("polarity-drift", open, source).is_empty());
}

#[test]
fn a_word_of_no_change_told_by_its_denial_is_not_read_as_a_movement() {
    // "stable" → "unstable": the antonym reports it; "recover" (for
    // "retrieve") is no movement told for the word of no change.
    let source = "The engineer said the bridge deck was stable but that the ramp would need repairs before traffic could return.";
    let suspect = "The engineer said the bridge deck was unstable and that the ramp would need repairs before traffic could recover.";
    assert_eq!(
        findings_of("polarity-drift", suspect, source),
        vec!["unstable"]
    );
    // No change told as a movement, with no word of no change, still flips.
    assert_eq!(
        findings_of(
            "polarity-drift",
            "Output recovered in March.",
            "Output was stable in March."
        ),
        vec!["recovered"]
    );
    // Told as stable, it passes.
    assert!(
        findings_of(
            "polarity-drift",
            "The engineer said the bridge deck was steady and that the ramp would need repairs before traffic could return.",
            source
        )
        .is_empty()
    );
}
