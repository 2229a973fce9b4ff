use super::*;

#[test]
fn survives_reordering_and_splits() {
    let source = Document::new(
        "Harbor workers in Porto Vell walked out on Monday over pay. \
         The port authority said cargo traffic fell 12 percent, and ships queued outside.",
    );
    let suspect = Document::new(
        "The port authority stated cargo traffic fell 12 percent. \
         Ships queued outside. \
         On Monday, harbor workers in Porto Vell walked out over pay.",
    );
    let matches = align_sentences(&suspect, &source);
    assert_eq!(matches.len(), 2, "{matches:?}");
    assert_eq!(matches[0].suspect, 0..2);
    assert_eq!(matches[0].source, 1..2);
    assert_eq!(matches[1].suspect, 2..3);
    assert_eq!(matches[1].source, 0..1);
}

#[test]
fn unrelated_sentences_stay_unmatched() {
    let source = Document::new("The council approved the harbor budget on Tuesday.");
    let suspect = Document::new("A woman poses for a selfie next to a billboard.");
    assert!(align_sentences(&suspect, &source).is_empty());
    assert_eq!(uncovered_source(&[], 1), [0]);
}
