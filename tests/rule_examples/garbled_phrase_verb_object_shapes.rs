//! garbled-phrase: a verb whose object fixes its sense, swapped where the
//! object stands before it, as its passive's subject or the noun its
//! participle qualifies; and a verb of taking a side swapped for a verb of
//! rulings.

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

/// A plan, a fee or a sale that was "supported" is not "upheld", nor are
/// jobs or flights a place supports (tune and blind pairs of ten authors).
#[test]
fn a_stance_verb_swapped_for_a_rulings_verb_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The board chairman said the board supported the plan in principle.",
                "The board chairman said the board upheld the plan in principle.",
                "upheld",
            ),
            (
                "A beekeeper of twelve years said she supported the fee.",
                "A beekeeper of twelve years said she upheld the fee.",
                "upheld",
            ),
            (
                "The airfield supports around 35 jobs, including a workshop.",
                "The airfield upholds around 35 jobs, including a workshop.",
                "upholds",
            ),
        ],
    );
}

/// Backing a plan or sustaining jobs keeps the sense, and a court upholds a
/// conviction it supports ("support the conviction" → "uphold the
/// conviction"), an object the row does not list.
#[test]
fn a_stance_verb_kept_in_sense_or_a_conviction_upheld_passes() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The board chairman said the board supported the plan in principle.",
                "The board chairman said the board backed the plan in principle.",
            ),
            (
                "The airfield supports around 35 jobs, including a workshop.",
                "The airfield sustains around 35 jobs, including a workshop.",
            ),
            (
                "Prosecutors said the new evidence would support the conviction.",
                "Prosecutors said the new evidence would uphold the conviction.",
            ),
        ],
    );
}
