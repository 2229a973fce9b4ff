//! meaning-drift examples of an unnamed speaker's claim given to a named
//! person: the speaker is tied to the person by its head noun, not by a
//! modifier another sentence names ("A board spokesman" is not "Board chair
//! Lorraine Fetherby").

use super::*;

#[test]
fn a_spokesman_claim_given_to_a_person_named_with_the_modifier_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[(
            "Board chair Lorraine Fetherby said the trial would last two terms. \
A board spokesman said head teachers at the six schools had been consulted.",
            "Board chair Lorraine Fetherby said the trial would last two terms. \
Fetherby said head teachers at the six schools had been consulted.",
            "Fetherby",
        )],
    );
}

#[test]
fn a_spokesman_named_with_the_head_noun_passes() {
    assert_clean(
        "meaning-drift",
        &[(
            "Lorraine Fetherby, the board's spokesman, said the trial would last two terms. \
A board spokesman said head teachers at the six schools had been consulted.",
            "Lorraine Fetherby, the board's spokesman, said the trial would last two terms. \
Fetherby said head teachers at the six schools had been consulted.",
        )],
    );
}
