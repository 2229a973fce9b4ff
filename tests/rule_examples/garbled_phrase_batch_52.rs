//! garbled-phrase: the fifty-second batch of curated spinner swaps is garbled.

use super::*;

/// The fifty-second batch of spinner swaps by the same rule, each held
/// back before only by a right sense its context words now let pass
/// (session 69).
#[test]
fn fifty_second_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The supplier sells the paper from a single mill in Finland.",
                "The supplier sells the paper from a solitary mill in Finland.",
                "solitary",
            ),
            (
                "The pumps failed during the storm and the cellar flooded.",
                "The pumps flunked during the storm and the cellar flooded.",
                "flunked",
            ),
            (
                "The club will stage a memorial race in the spring.",
                "The club will phase a memorial race in the spring.",
                "phase",
            ),
            (
                "The board will review the ban after two years.",
                "The board will survey the ban after two years.",
                "survey",
            ),
        ],
    );
}

/// A solitary cub, a flunked test, work built in phases and a full survey
/// are the right sense and pass.
#[test]
fn fifty_second_batch_right_senses_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Keepers said a single cub was born at the zoo in May.",
                "Keepers said a solitary cub was born at the zoo in May.",
            ),
            (
                "The rider has never failed a drug test in her career.",
                "The rider has never flunked a drug test in her career.",
            ),
            (
                "The tunnel will be built in three stages over six years.",
                "The tunnel will be built in three phases over six years.",
            ),
            (
                "The firm said a full review would take several weeks.",
                "The firm said a full survey would take several weeks.",
            ),
        ],
    );
}
