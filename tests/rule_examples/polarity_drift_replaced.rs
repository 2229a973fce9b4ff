//! polarity-drift examples of opposites the word diff puts each in place of
//! another word: each restates its own counterpart, and the two were never
//! swapped.

use super::*;

#[test]
fn a_phrase_in_place_of_its_synonym_flips_nothing() {
    // "turned down" replaced "rejected", "called" replaced "asked".
    let source =
        "Some head teachers whose bids were rejected have asked for a second round of funding.";
    assert!(
        findings_of(
            "polarity-drift",
            "Some head teachers whose bids were turned down have called for a second round of funding.",
            source
        )
        .is_empty()
    );
    // The opposite put in place of "asked for" still flips.
    assert_eq!(
        findings_of(
            "polarity-drift",
            "Some head teachers whose bids were rejected have turned down a second round of funding.",
            source
        ),
        vec!["turned down"]
    );
}

#[test]
fn an_opposite_word_in_place_of_another_flips_nothing() {
    // "able" replaced "that can", "shut out of" replaced "unable to use".
    let source = "The charity launched a trip boat that can carry up to six wheelchair users, ending a long wait for passengers who had been unable to use its fleet.";
    assert!(
        findings_of(
            "polarity-drift",
            "The charity unveiled a trip boat able to carry as many as six wheelchair users, ending a long wait for passengers who had been shut out of its fleet.",
            source
        )
        .is_empty()
    );
    // "able" in place of "unable" still flips.
    assert_eq!(
        findings_of(
            "polarity-drift",
            "The charity unveiled a trip boat that can carry as many as six wheelchair users, ending a long wait for passengers who had been able to join its fleet.",
            source
        ),
        vec!["able"]
    );
}
