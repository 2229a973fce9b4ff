//! Hand-offs between rules: a figure a reworded quotation adds or loses is
//! the misquote's, and a name or word inside a sentence with no counterpart
//! in the source is left to unsupported-content's finding on the sentence.

use super::*;

/// "lower emissions" → "zero emissions" inside a quotation: the misquote
/// reports the rewording; outside a quotation the figure added stays.
#[test]
fn a_figure_a_reworded_quotation_adds_is_left_to_misquote() {
    let source = "\"This project means lower emissions and fewer lorries,\" she said.";
    let quoted = "\"This project means zero emissions and fewer lorries,\" she said.";
    assert_cases("number-drift", &[(source, quoted, "")]);
    assert_cases(
        "misquote",
        &[(
            source,
            quoted,
            "This project means zero emissions and fewer lorries,",
        )],
    );
    assert_cases(
        "number-drift",
        &[(
            "She said the project means lower emissions and fewer lorries.",
            "She said the project means zero emissions and fewer lorries.",
            "zero",
        )],
    );
}

/// A word the dictionary lacks and a name styled otherwise, inside a
/// sentence the source has no counterpart for, are left to the sentence's
/// unsupported-content finding; in a sentence the source has they stay.
#[test]
fn words_of_an_unsupported_sentence_are_left_to_it() {
    let source = "Council news\n\nCastlemere College will open its library on Monday after a refit. The refit cost the college about £40,000, the council said.\n";
    let invented = "Council news\n\nCastlemere College will open its library on Monday after a refit. The refit cost the college about £40,000, the council said. Volunteers at Castlemere college hope to declutter the reading room over the summer holidays.\n";
    let found = findings(invented, source);
    assert!(
        found.iter().any(|f| f.rule == "unsupported-content"),
        "{found:?}"
    );
    assert_cases("spelling", &[(source, invented, "")]);
    assert_cases("entity-drift", &[(source, invented, "")]);
    assert_cases(
        "spelling",
        &[(
            source,
            "Council news\n\nCastlemere College will declutter its library on Monday after a refit. The refit cost the college about £40,000, the council said.\n",
            "declutter",
        )],
    );
}
