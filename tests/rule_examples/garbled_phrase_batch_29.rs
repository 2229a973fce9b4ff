//! garbled-phrase: the twenty-ninth batch of curated spinner swaps is
//! garbled.

use super::*;

/// The twenty-ninth batch of spinner swaps, by the same rule with
/// `t2434`–`t2445` newly readable (session 55).
#[test]
fn twenty_ninth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Half of the boats belonging to the club were damaged.",
                "Half of the boats having a place with the club were damaged.",
                "having a place with",
            ),
            (
                "Tests showed the bones belonged to a young deer.",
                "Tests showed the bones had a place with a young deer.",
                "had a place with",
            ),
            (
                "The farm belongs to a family trust.",
                "The farm has a place with a family trust.",
                "has a place with",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass.
#[test]
fn twenty_ninth_batch_rewordings_that_keep_the_sense_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Half of the boats belonging to the club were damaged.",
                "Half of the boats owned by the club were damaged.",
            ),
            (
                "Tests showed the bones belonged to a young deer.",
                "Tests showed the bones came from a young deer.",
            ),
        ],
    );
}
