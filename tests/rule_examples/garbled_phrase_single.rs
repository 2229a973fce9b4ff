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
