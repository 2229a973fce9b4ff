//! meaning-drift examples of advice told as a duty or a duty as advice
//! ("advised stables to" → "told stables they must", "owners must register"
//! → "urges owners to register"); advice or a duty kept in other words
//! passes.

use super::*;

#[test]
fn advice_told_as_a_duty_or_the_reverse_is_flagged() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The federation advised stables to fit smoke alarms in every barn by the spring.",
                "The federation told stables they must fit smoke alarms in every barn by the spring.",
                "must",
            ),
            (
                "The association's guidance recommends two weeks' notice before any sale of goods.",
                "The association's guidance requires two weeks' notice before any sale of goods.",
                "requires",
            ),
            (
                "Under the new rules, dog owners must register each animal with the parish office.",
                "Under the new rules, the parish urges dog owners to register each animal with its office.",
                "urges",
            ),
        ],
    );
}

#[test]
fn advice_or_a_duty_kept_in_other_words_passes() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "The federation advised stables to fit smoke alarms in every barn by the spring.",
                "The federation urged stables to fit smoke alarms in every barn by the spring.",
            ),
            (
                "Under the new rules, dog owners must register each animal with the parish office.",
                "Under the new rules, dog owners are required to register each animal with the parish office.",
            ),
            (
                "The association's guidance recommends two weeks' notice before any sale of goods.",
                "The association's guidance advises two weeks' notice before any sale of goods.",
            ),
        ],
    );
}
