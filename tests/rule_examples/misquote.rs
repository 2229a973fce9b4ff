//! misquote examples: each test is a table of source/suspect cases and what the rule must flag or pass.

use super::*;

#[test]
fn an_unclosed_quotation_kept_word_for_word_is_no_misquote() {
    let source =
        "\"We raised this in writing, and nobody listened,\" said branch secretary Marta Quiroga.";
    let kept =
        "\"We raised this in writing, and nobody listened, branch secretary Marta Quiroga said.";
    assert!(findings_of("misquote", kept, source).is_empty());
    assert_eq!(findings_of("punctuation", kept, source).len(), 1);
    let changed =
        "\"We raised this in writing, and everybody listened, branch secretary Marta Quiroga said.";
    assert_eq!(findings_of("misquote", changed, source).len(), 1);
}

#[test]
fn an_unclosed_mark_after_a_quoted_title_is_no_misquote() {
    assert_clean(
        "misquote",
        &[
            (
                "The studio said preorders for \"Ashen Tide\" would remain open until the new date.",
                "The studio said preorders for \"Ashen Tide would stay open until the new date.",
            ),
            (
                "The company did not say how many copies the game has sold.",
                "The company did not say how many copies \"the game has sold.",
            ),
        ],
    );
}

#[test]
fn a_hedge_dropped_at_a_partial_quotation_edge_is_a_misquote() {
    let source = "Dr Hale said the drought was \"probably the main reason for the losses\" \
this year. He said the outlook \"looks stable for now\" after the rains.";
    assert_cases(
        "misquote",
        &[
            (
                source,
                "Dr Hale said the drought was \"the main reason for the losses\" this year.",
                "the main reason for the losses",
            ),
            (
                source,
                "He said the rain meant the outlook \"looks stable for now\".",
                "",
            ),
            (
                source,
                "He said the drought was probably \"the main reason for the losses\".",
                "",
            ),
        ],
    );
    assert_cases(
        "misquote",
        &[(
            "He said the outlook for farmers \"looks stable for now\".",
            "He said the outlook for farmers \"looks stable\".",
            "",
        )],
    );
    assert_cases(
        "misquote",
        &[(
            "He said: \"The outlook looks stable for now.\"",
            "He said: \"The outlook looks stable.\"",
            "The outlook looks stable.",
        )],
    );
}

/// A quotation its attribution interrupts may be quoted whole, the
/// attribution moved before it; a word changed in it is still a misquote.
#[test]
fn interrupted_quotations_may_be_joined() {
    let source = "\"We are ready,\" said coach Anna Berg. \"We have trained for this all year.\"";
    assert_cases(
        "misquote",
        &[
            (
                source,
                "Coach Anna Berg said: \"We are ready. We have trained for this all year.\"",
                "",
            ),
            (
                source,
                "Coach Anna Berg said: \"We are ready. We have trained for this all season.\"",
                "We are ready. We have trained for this all season.",
            ),
        ],
    );
}
