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

#[test]
fn a_swap_merged_with_the_next_clause_across_a_comma_flips() {
    // The diff ran "would be considered, but" → "had been rejected, adding"
    // as one replaced run; the comma both keep splits it.
    let source =
        "Kitto said the request would be considered, but that the board would be kept small.";
    assert_eq!(
        findings_of(
            "polarity-drift",
            "Kitto said the request had been rejected, adding that the board would be kept small.",
            source
        ),
        vec!["rejected"]
    );
    assert!(
        findings_of(
            "polarity-drift",
            "Kitto said the request would be weighed, adding that the board would be kept small.",
            source
        )
        .is_empty()
    );
}

#[test]
fn a_negative_word_swapped_among_kept_words_answers_no_denial_elsewhere() {
    // "steady" → "consistent" beside "showed" → "had shown": one plain
    // swap, so the "yet to" added in the next clause still counts.
    let source =
        "The accounts showed steady profits and the estate had agreed to extend the tenancy.";
    assert_eq!(
        findings_of(
            "polarity-drift",
            "The accounts had shown consistent profits and the estate had yet to agree to extend the tenancy.",
            source
        ),
        vec!["yet"]
    );
    // "in other towns" → "elsewhere" is no one-word swap: the denial told
    // as "keep it off" still passes.
    assert!(
        findings_of(
            "polarity-drift",
            "The group said the mixture left a residue on paths elsewhere and urged the council to keep it off shared paths.",
            "The group said the mixture left a residue on paths in other towns and asked the council not to use it on shared paths."
        )
        .is_empty()
    );
}
