//! polarity-drift examples of session 51: an act "beyond" rules out, an
//! opposite a negative word of its own side denies, and an order in time
//! told from its other end.

use super::*;

#[test]
fn an_act_beyond_doing_carries_its_denial() {
    // "beyond saving" is "could not be saved".
    let source = "Loss adjusters said the floor could not be saved and would have to be replaced.";
    let suspect = "Loss adjusters said the floor was beyond saving and would have to be replaced.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
    // A gerund describing a noun after "beyond" rules nothing out.
    let suspect =
        "Loss adjusters said the floor was beyond existing repairs and would have to be replaced.";
    assert_eq!(
        findings_of("polarity-drift", suspect, source),
        ["was beyond existing repairs"]
    );
}

#[test]
fn an_opposite_denied_on_its_own_side_restates() {
    let source = "The haulier kept its licence after the inquiry.";
    let suspect = "The haulier avoided losing its licence after the inquiry.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
    let source = "Porters will walk out unless the owner restores the premium.";
    let suspect = "Porters will walk out except if the owner restores the premium.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
    // Both sides denied: the opposite stands.
    let source = "The haulier avoided losing its licence after the inquiry.";
    let suspect = "The haulier avoided keeping its licence after the inquiry.";
    assert_eq!(findings_of("polarity-drift", suspect, source), ["keeping"]);
    // An adverb only restricts.
    let source = "The reward may be paid out, but only after the court case concludes.";
    let suspect = "The reward could be paid out even before the court case ends.";
    assert_eq!(findings_of("polarity-drift", suspect, source), ["before"]);
}

#[test]
fn an_order_told_from_its_other_end_restates() {
    let source = "Evensong had finished about half an hour before the storm broke, and the building was empty.";
    let suspect =
        "The storm broke about half an hour after Evensong had ended, when the building was empty.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
    // The events kept in place: the order is reversed.
    let suspect = "Evensong had finished about half an hour after the storm broke, and the building was empty.";
    assert_eq!(findings_of("polarity-drift", suspect, source), ["after"]);
}
