//! garbled-phrase: a common word done again, put for another word of doing
//! again, is not a much rarer word.

use super::*;

/// A much rarer substitute is garbled, with "re-" too where the word after
/// the prefix is itself rare.
#[test]
fn a_much_rarer_word_is_garbled_even_done_again() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Bikes worth 5,000 pounds were stolen from the shed on Friday.",
                "Bikes worth 5,000 pounds were pilfered from the shed on Friday.",
                "pilfered",
            ),
            (
                "Sales re-accelerated in the spring after a weak winter.",
                "Sales re-reverberated in the spring after a weak winter.",
                "re-reverberated",
            ),
        ],
    );
}

/// A common word with "re-" before it, put for another word of doing again
/// (tune pairs of three authors), is rare only for its prefix.
#[test]
fn a_common_word_done_again_for_another_passes() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Around 60 households on the route will need to be relocated.",
                "Around 60 households on the route will need to be rehoused.",
            ),
            (
                "The firm offered to reseed two stretches of verge at its own cost.",
                "The firm offered to resow two stretches of verge at its own cost.",
            ),
            (
                "The beginners' evenings will resume next month, the club said.",
                "The beginners' evenings will recommence next month, the club said.",
            ),
        ],
    );
}
