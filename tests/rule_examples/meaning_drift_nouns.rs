//! meaning-drift examples of a stance word read as a noun: "a rise in
//! claims", "its order book", "studies have shown" name a thing, and a
//! synonym put for it shifts no stance; the verb swapped still does.

use super::*;

#[test]
fn a_stance_word_read_as_a_noun_shifts_no_stance() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The insurer said the increase reflected a sharp rise in costs.",
                "The insurer claims the increase reflected a sharp rise in costs.",
                "claims",
            ),
            (
                "The judge ordered the firm to pay the fees.",
                "The judge asked the firm to pay the fees.",
                "asked",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "The insurer said the increase reflected a sharp rise in claims across the sector.",
                "The insurer said the increase mirrored a steep rise in asserts across the sector.",
            ),
            (
                "Its order book still holds three vessels, the yard said.",
                "Its request book still holds three vessels, the yard said.",
            ),
            (
                "Bacteria can pass to owners through close contact, studies have shown.",
                "Bacteria can pass to owners through close contact, research has shown.",
            ),
        ],
    );
}
