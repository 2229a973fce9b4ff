//! garbled-phrase: the forty-ninth batch of curated spinner swaps is garbled.

use super::*;

/// The forty-ninth batch of spinner swaps by the same rule with
/// `t2824`–`t2835` newly readable (session 68).
#[test]
fn forty_ninth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Patients are taken to clinics in the county town each week.",
                "Patients are taken to clinics in the county township each week.",
                "township",
            ),
            (
                "The insurer offered a cheaper policy with a higher excess on each claim.",
                "The insurer offered a cheaper policy with a higher surplus on each claim.",
                "surplus",
            ),
            (
                "Adult passengers will pay a flat fare of £2 a journey.",
                "Adult passengers will pay a level fare of £2 a journey.",
                "level",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass, and a surplus
/// of heat or level ground is the right sense.
#[test]
fn forty_ninth_batch_rewordings_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Adult passengers will pay a flat fare of £2 a journey.",
                "Adult passengers will pay a fixed fare of £2 a journey.",
            ),
            (
                "The pool will be warmed by excess heat from the data centre.",
                "The pool will be warmed by surplus heat from the data centre.",
            ),
            (
                "Sunday's stage is a flat run along the coast to the port.",
                "Sunday's stage is a level run along the coast to the port.",
            ),
        ],
    );
}
