//! garbled-phrase: a verb whose object fixes its sense, swapped where the
//! object stands before it, as its passive's subject or the noun its
//! participle qualifies.

use super::*;

/// A van, barriers or fares that "could be hired" or "will be capped" are
/// not "employed" or "topped"; objections "may be lodged", not "stayed",
/// nor an application "lodged with" a register "housed" with it (tune and
/// blind pairs of five authors).
#[test]
fn a_verb_swapped_after_its_object_in_the_passive_or_a_participle_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Extra vans could be hired if the snow continues.",
                "Extra vans could be employed if the snow continues.",
                "employed",
            ),
            (
                "Objections may be lodged until the end of the month.",
                "Objections may be stayed until the end of the month.",
                "stayed",
            ),
            (
                "Fares will be capped at £2 for a single journey.",
                "Fares will be topped at £2 for a single journey.",
                "topped",
            ),
            (
                "The festival will go ahead, with numbers capped at 400.",
                "The festival will go ahead, with numbers topped at 400.",
                "topped",
            ),
            (
                "The application, lodged with the council in May, was refused.",
                "The application, housed with the council in May, was refused.",
                "housed",
            ),
        ],
    );
}

/// A verb of the same sense passes in the passive too, and so does a
/// passive whose subject is no object of the row ("the manager was hired"
/// → "the manager was employed").
#[test]
fn a_fair_verb_or_another_subject_in_the_passive_passes() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Extra vans could be hired if the snow continues.",
                "Extra vans could be rented if the snow continues.",
            ),
            (
                "Objections may be lodged until the end of the month.",
                "Objections may be submitted until the end of the month.",
            ),
            (
                "The new manager was hired in May after a long search.",
                "The new manager was employed in May after a long search.",
            ),
        ],
    );
}
