//! duplicate-sentence examples: each test is a table of source/suspect cases and what the rule must flag or pass.

use super::*;

#[test]
fn short_sentences_repeated_word_for_word_are_duplicates() {
    assert_cases(
        "duplicate-sentence",
        &[
            (
                "",
                "The roof collapsed overnight. No arrests have been made. Police are at the scene. No arrests have been made.",
                "No arrests have been made.",
            ),
            (
                "",
                "The roof collapsed overnight. Nobody was hurt. Police are at the scene. Nobody was hurt.",
                "",
            ),
        ],
    );
}
