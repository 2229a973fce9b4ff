//! garbled-phrase: the nineteenth batch of curated spinner swaps is garbled.

use super::*;

/// The nineteenth batch of spinner swaps, by the same rule with `t2290`–`t2307`
/// newly readable (session 50).
#[test]
fn nineteenth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Engineers said the crack had been caused by heat stress on the glass.",
                "Engineers said the crack had been caused by heat anxiety on the glass.",
                "anxiety",
            ),
            (
                "Visitors were told to keep the leaflets in a cool, dry place.",
                "Visitors were told to keep the leaflets in a cool, arid place.",
                "arid",
            ),
            (
                "Drivers were warned to take care in icy conditions on the moor road.",
                "Drivers were warned to take care in icy circumstances on the moor road.",
                "circumstances",
            ),
            (
                "The steel mast buckled in high winds on Sunday night.",
                "The steel mast clasped in high winds on Sunday night.",
                "clasped",
            ),
            (
                "Engineers found a worn gear in the lift motor last week.",
                "Engineers found an exhausted gear in the lift motor last week.",
                "exhausted",
            ),
            (
                "Adult tickets will cost £5, and children will travel free.",
                "Grown-up tickets will cost £5, and children will travel free.",
                "Grown-up",
            ),
        ],
    );
}

/// The batch's spinner's words stand for other source words unflagged: each
/// entry is the source word's swap, not a ban on the word.
#[test]
fn nineteenth_batch_words_for_other_words_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Parents voiced worry about the new route, the council said.",
                "Parents voiced anxiety about the new route, the council said.",
            ),
            (
                "The club said its players were tired after the long journey.",
                "The club said its players were exhausted after the long journey.",
            ),
        ],
    );
}
