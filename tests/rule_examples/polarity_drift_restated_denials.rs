//! polarity-drift: a denial restated by a word that carries it in its meaning
//! ("did not have enough" → "lacked sufficient") is no flip.

use super::*;

#[test]
fn a_denied_word_restated_by_its_negative_opposite_passes() {
    assert_clean(
        "polarity-drift",
        &[(
            "The design was not in keeping with the countryside and the site did not have enough parking.",
            "The design was out of keeping with the countryside and the site lacked sufficient parking.",
        )],
    );
    // The same opposite for an undenied word is a flip.
    assert_cases(
        "polarity-drift",
        &[(
            "The design was not in keeping with the countryside and the site had enough parking.",
            "The design was out of keeping with the countryside and the site lacked enough parking.",
            "lacked",
        )],
    );
}
