//! punctuation examples: each test is a table of source/suspect cases and what the rule must flag or pass.

use super::*;

#[test]
fn partial_quotes_left_open_and_doubled_marks_are_unpaired() {
    let text = "The judge said the ruling was \"unfair to tenants and that the council \
would appeal.\n\n\"We will not give up,\" she said.";
    assert_cases("punctuation", &[("", text, "\"")]);
    let found = findings("The mayor said: \"\"We are ready,\" and left.", "");
    let marks: Vec<usize> = found
        .iter()
        .filter(|f| f.rule == "punctuation")
        .map(|f| f.start)
        .collect();
    assert_eq!(marks, [17]);
    assert_clean(
        "punctuation",
        &[(
            "",
            "\u{201C}First part.\n\n\u{201C}Second part,\u{201D} she said.",
        )],
    );
}
