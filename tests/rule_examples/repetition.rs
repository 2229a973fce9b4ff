//! repetition examples: each test is a table of source/suspect cases and what the rule must flag or pass.

use super::*;

/// A doubled "had" before a past participle is a slip; before a noun or a
/// participle used as an adjective it is English.
#[test]
fn had_had_before_a_participle_is_repetition() {
    assert_cases(
        "repetition",
        &[
            ("", "Sales had had fallen by a third.", "had"),
            ("", "Sales had had dropped sharply.", "had"),
            ("", "Sales had had a bad year.", ""),
            ("", "The firm had had mixed results.", ""),
        ],
    );
}

#[test]
fn a_currency_prefix_is_no_doubled_word() {
    assert_cases(
        "repetition",
        &[
            ("", "The study was funded by a A$3.4 million grant.", ""),
            ("", "The study was funded by a a grant.", "a"),
        ],
    );
}

#[test]
fn a_particle_doubled_after_a_plain_verb_is_repetition() {
    assert_cases(
        "repetition",
        &[
            ("", "The hearing is due to happen in in March.", "in"),
            ("", "The scheme was brought in in 2018.", ""),
        ],
    );
}
