//! garbled-phrase: the forty-eighth batch of curated spinner swaps is garbled.

use super::*;

/// The forty-eighth batch of spinner swaps by the same rule with
/// `t2794`–`t2823` newly readable (session 67).
#[test]
fn forty_eighth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Both suppliers were already working at full capacity.",
                "Both suppliers were already working at full capability.",
                "capability",
            ),
            (
                "Buses may cross when the water is below a depth of 30 centimetres.",
                "Buses may cross when the water is below a profundity of 30 centimetres.",
                "profundity",
            ),
            (
                "Some parents said they were frustrated by the length of the closure.",
                "Some parents said they were thwarted by the length of the closure.",
                "thwarted",
            ),
            (
                "The club said its training slots had been protected.",
                "The club said its training grooves had been protected.",
                "grooves",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass, and a bid
/// thwarted is the right sense.
#[test]
fn forty_eighth_batch_rewordings_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Some parents said they were frustrated by the length of the closure.",
                "Some parents said they were annoyed by the length of the closure.",
            ),
            (
                "The club said its training slots had been protected.",
                "The club said its training sessions had been protected.",
            ),
            (
                "Objectors frustrated the bid to build on the field.",
                "Objectors thwarted the bid to build on the field.",
            ),
        ],
    );
}
