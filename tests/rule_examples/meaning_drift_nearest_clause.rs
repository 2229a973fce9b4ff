//! meaning-drift examples of a claim told before an attribution that closes
//! its sentence ("…, and 300 passengers missed connections, according to the
//! harbour office"): stated as fact, the finding stands on the clause nearest
//! the attribution where the copy joins its clauses as the source does, and
//! on the sentence's first verb otherwise.

use super::*;

#[test]
fn a_closing_attribution_flags_the_clause_nearest_it() {
    let flagged = [
        (
            "The ferry was delayed by fog, and about 300 passengers missed their connections, according to the harbour office.",
            "The ferry was held up by fog, and about 300 passengers missed their connections.",
            "missed",
        ),
        (
            "The bakery opened in March and has sold more than 4,000 loaves, the owners said.",
            "The bakery opened in March and has sold over 4,000 loaves.",
            "has sold",
        ),
        (
            "The pool closed early on Sunday, but the gym stayed open until ten, a spokesman said.",
            "The pool shut early on Sunday, but the gym stayed open until ten.",
            "stayed",
        ),
    ];
    assert_cases("meaning-drift", &flagged);
}

#[test]
fn a_copy_that_splits_the_clauses_flags_its_first_verb() {
    let flagged = [(
        "The pool closed early on Sunday, but the gym stayed open until ten, a spokesman said.",
        "The pool shut early on Sunday. The gym stayed open until ten.",
        "shut",
    )];
    assert_cases("meaning-drift", &flagged);
}
