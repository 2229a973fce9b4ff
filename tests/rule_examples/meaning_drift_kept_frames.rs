//! meaning-drift examples of a claim's frame the copy keeps with a word
//! swapped (session 53): an estimate told as the claim of the speaker an
//! "according to" names, and an accusation whose "of" or "with" still holds
//! the act; each with the shift it still flags.

use super::*;

#[test]
fn an_estimate_told_after_according_to_its_speaker_keeps_the_hedge() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The county surveyor estimated that repairing the bridge would cost about 90,000 pounds.",
                "Repairing the bridge would cost about 90,000 pounds.",
                "Repairing",
            ),
            (
                "The county surveyor estimated that repairing the bridge would cost about 90,000 pounds.",
                "Repairing the bridge will cost 90,000 pounds, the county surveyor said.",
                "will cost 90,000",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "The county surveyor estimated that repairing the bridge would cost about 90,000 pounds.",
                "According to the county surveyor, repairing the bridge would cost about 90,000 pounds.",
            ),
            (
                "Auctioneers Brisk and Tallow estimate the collection could fetch between 40,000 and 55,000 pounds.",
                "According to auctioneers Brisk and Tallow, the collection could fetch between 40,000 and 55,000 pounds.",
            ),
        ],
    );
}

#[test]
fn an_accusation_whose_preposition_still_holds_the_act_is_not_stated_as_fact() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "A former treasurer of the rowing club has been charged with fraud after an audit.",
                "A former treasurer of the rowing club has been found guilty of fraud after an audit.",
                "fraud",
            ),
            (
                "Two men were arrested on suspicion of theft and released on bail.",
                "Two men were arrested for theft and released on bail.",
                "for theft",
            ),
            (
                "The former treasurer went on trial accused of embezzling club funds.",
                "The former treasurer, who embezzled club funds, went on trial.",
                "embezzled club funds",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            // A spinner's wrong sense of "charged", garbled-phrase's to report.
            (
                "A former treasurer of the rowing club has been charged with fraud after an audit.",
                "A former treasurer of the rowing club has been billed with fraud after an audit.",
            ),
            (
                "Two men were arrested on suspicion of theft and released on bail.",
                "Two men were arrested on doubt of theft and released on bail.",
            ),
        ],
    );
}
