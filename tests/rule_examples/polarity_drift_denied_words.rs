//! polarity-drift examples of session 51: an act "beyond" rules out.

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
