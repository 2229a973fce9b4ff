//! garbled-phrase examples of single words swapped by spinners: each test is a
//! table of source/suspect cases and what the rule must flag or pass.

use super::*;

/// A curated spinner's swap beside a change of stance is still garbled; the
/// verb of a shifted modal, reworded with it, is left to meaning-drift.
#[test]
fn a_spinners_swap_beside_a_stance_shift_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The cooperative said olive yields could fall by a third this year.",
                "The cooperative said olive surrenders will fall by a third this year.",
                "surrenders",
            ),
            (
                "The levy could lead some owners to sell, the federation said.",
                "The levy will drive some owners to sell, the federation said.",
                "",
            ),
        ],
    );
}

/// A hyphenated word marks the sense of a swap wrong in one sense only, as a
/// whole as well as by its parts.
#[test]
fn a_hyphenated_word_marks_the_sense() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The carrier runs year-round services to Dublin and Amsterdam.",
                "The carrier runs year-round ceremonies to Dublin and Amsterdam.",
                "ceremonies",
            ),
            (
                "The vicar holds services in the old chapel on Sundays.",
                "The vicar holds ceremonies in the old chapel on Sundays.",
                "",
            ),
        ],
    );
}
