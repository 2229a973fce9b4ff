//! garbled-phrase: the twenty-eighth batch of curated spinner swaps is
//! garbled.

use super::*;

/// The twenty-eighth batch of spinner swaps, by the same rule with
/// `t2416`–`t2433` newly readable (session 54).
#[test]
fn twenty_eighth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Entry to the open day is free for children under 12.",
                "Entry to the open day is liberated for children under 12.",
                "liberated",
            ),
            (
                "The clubs agreed to pool the money into a hardship fund.",
                "The clubs agreed to puddle the money into a hardship fund.",
                "puddle",
            ),
            (
                "The boatyard is privately owned and does not publish its accounts.",
                "The boatyard is secretly owned and does not publish its accounts.",
                "secretly",
            ),
            (
                "Raw sewage flowed into the brook for two days.",
                "Crude sewage flowed into the brook for two days.",
                "Crude",
            ),
            (
                "Traders gave the plan a cautious welcome.",
                "Traders gave the plan a careful greeting.",
                "careful greeting",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense, and "liberated" in
/// its right sense ("freed from" told as "liberated from", kept by the
/// entry's context word), pass.
#[test]
fn twenty_eighth_batch_rewordings_that_keep_the_sense_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Entry to the open day is free for children under 12.",
                "Entry to the open day costs nothing for children under 12.",
            ),
            (
                "The volunteers were freed from the duty of staffing the gate.",
                "The volunteers were liberated from the duty of staffing the gate.",
            ),
            (
                "The clubs agreed to pool the money into a hardship fund.",
                "The clubs agreed to combine the money into a hardship fund.",
            ),
            (
                "The boatyard is privately owned and does not publish its accounts.",
                "The boatyard is in private hands and does not publish its accounts.",
            ),
            (
                "Raw sewage flowed into the brook for two days.",
                "Untreated sewage flowed into the brook for two days.",
            ),
            (
                "Traders gave the plan a cautious welcome.",
                "Traders welcomed the plan cautiously.",
            ),
        ],
    );
}
