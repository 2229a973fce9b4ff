//! meaning-drift examples of stance and scope shifts taken by the curated
//! two-author rule: a whole made partial or a part made whole through a noun
//! phrase ("its entire flock" → "most of its flock", "part of the grant" →
//! "the whole grant").

use super::*;

/// A whole told as a part of it, or a part as the whole, with the marker
/// moved around the noun; a part kept in other words, or membership, passes.
#[test]
fn a_whole_or_a_part_of_a_noun_phrase_turned() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The outbreak forced the supplier to cull its entire flock last week.",
                "The outbreak forced the supplier to cull most of its flock last week.",
                "most of",
            ),
            (
                "Councillors fear that part of the grant could be lost if work stalls.",
                "Councillors fear the whole grant could be lost if work stalls.",
                "whole",
            ),
            (
                "Vell said the policy would cover only part of the loss.",
                "Vell said the policy would cover the full loss.",
                "full",
            ),
            (
                "Councillors fear that part of the grant could be lost if work stalls.",
                "Councillors fear some of the grant could be lost if work stalls.",
                "",
            ),
            (
                "The trust promised to digitise the entire collection within three years.",
                "The trust promised to digitise the whole collection within three years.",
                "",
            ),
        ],
    );
}

/// A hard thing told as impossible; an inability restated, or a word
/// changed inside a kept quotation (misquote's), passes.
#[test]
fn a_hard_thing_told_as_impossible() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The board rejected a wider ban, saying it would be hard to enforce.",
                "The board rejected a wider ban, saying it would be impossible to enforce.",
                "impossible",
            ),
            (
                "Whitcombe said he feared the conditions would be difficult to enforce.",
                "Whitcombe said he feared the conditions would be impossible to enforce.",
                "impossible",
            ),
            (
                "The board rejected a wider ban, saying it could not be enforced.",
                "The board rejected a wider ban, saying it would be impossible to enforce.",
                "",
            ),
            (
                "\"The pattern is hard to ignore,\" said Dr Vance, who led the study.",
                "\"The pattern is impossible to ignore,\" said Dr Vance, who led the study.",
                "",
            ),
        ],
    );
}

/// A supposition or a fear told as certainty; a fear told as worry, or
/// "worse than feared" as "worse than expected", passes.
#[test]
fn a_supposition_or_a_fear_told_as_certainty() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Mr Doyle said he assumed the light was a satellite.",
                "Mr Doyle said he was certain the light was a satellite.",
                "certain",
            ),
            (
                "Whitcombe said he feared the conditions would be ignored.",
                "Whitcombe said he was certain the conditions would be ignored.",
                "certain",
            ),
            (
                "Whitcombe said he feared the conditions would be ignored.",
                "Whitcombe said he was worried the conditions would be ignored.",
                "",
            ),
            (
                "Sales were worse than analysts had feared.",
                "Sales were worse than analysts had expected.",
                "",
            ),
        ],
    );
}

/// A doubt told as a denial by a verb of saying; the question kept, or a
/// doubt told as not everyone convinced, passes.
#[test]
fn a_doubt_told_as_a_denial() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Traders questioned whether the bollards could cope with delivery lorries.",
                "Traders warned that the bollards could not cope with delivery lorries.",
                "warned",
            ),
            (
                "Campaigners questioned whether data wiping would be thorough.",
                "Campaigners said data wiping would not be thorough.",
                "said",
            ),
            (
                "Some analysts questioned whether the pace could last.",
                "Not all analysts were convinced the pace could last.",
                "",
            ),
            (
                "Campaigners questioned whether data wiping would be thorough.",
                "Campaigners asked whether data wiping would be thorough.",
                "",
            ),
        ],
    );
}

/// A guarded reaction told as a warm one or the reverse with the words
/// reordered, so the aligner pairs no replacement; a degree kept by a word
/// of its own class, or a warm reaction denied, passes.
#[test]
fn a_reaction_degree_turned_with_its_words_reordered() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Patient groups gave the findings a cautious welcome on Monday.",
                "Patient groups enthusiastically welcomed the findings on Monday.",
                "enthusiastically",
            ),
            (
                "The scheme has been welcomed cautiously by the Wexmoor Textile Care Guild.",
                "The Wexmoor Textile Care Guild warmly welcomed the scheme.",
                "warmly",
            ),
            (
                "Shopkeepers strongly backed the plan at the meeting.",
                "At the meeting, the plan won tentative backing from shopkeepers.",
                "tentative",
            ),
            (
                "Disability groups gave the campaign a cautious welcome.",
                "Disability groups gave the campaign a guarded welcome.",
                "",
            ),
            (
                "Residents gave the decision a cautious welcome.",
                "Residents welcomed the decision cautiously.",
                "",
            ),
            (
                "Residents gave the decision a cautious welcome.",
                "Residents did not warmly welcome the decision.",
                "",
            ),
        ],
    );
}
