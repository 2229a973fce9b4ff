//! garbled-phrase: the forty-sixth batch of curated idioms, one word swapped
//! with the rest kept, is garbled.

use super::*;

/// Idioms and set phrases a spinner broke in two or more authors' tune
/// pairs and no author swapped clean (session 64).
#[test]
fn an_idiom_of_the_forty_sixth_batch_with_one_word_swapped_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The trust said it had no choice but to close the ward.",
                "The trust said it had no decision but to close the ward.",
                "decision",
            ),
            (
                "The Wenning burst its banks after two days of rain.",
                "The Wenning blasted its banks after two days of rain.",
                "blasted",
            ),
            (
                "The driver pleaded guilty to careless driving.",
                "The driver pleaded blameworthy to careless driving.",
                "blameworthy",
            ),
            (
                "Entry to the gallery is free of charge on Sundays.",
                "Entry to the gallery is free of accusation on Sundays.",
                "accusation",
            ),
            (
                "The inspectors stopped short of blaming the operator.",
                "The inspectors halted short of blaming the operator.",
                "halted",
            ),
        ],
    );
}

/// The same idioms put in another listed wording, or reworded whole, pass.
#[test]
fn an_idiom_of_the_forty_sixth_batch_in_a_listed_wording_passes() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The trust said it had no choice but to close the ward.",
                "The trust said it had no option but to close the ward.",
            ),
            (
                "The trust said it had no choice but to close the ward.",
                "The trust said it had no alternative but to close the ward.",
            ),
            (
                "The Wenning burst its banks after two days of rain.",
                "The Wenning broke its banks after two days of rain.",
            ),
            (
                "The Wenning burst its banks after two days of rain.",
                "The Wenning overflowed its banks after two days of rain.",
            ),
            (
                "The driver pleaded guilty to careless driving.",
                "The driver admitted careless driving.",
            ),
            (
                "Entry to the gallery is free of charge on Sundays.",
                "Entry to the gallery is free on Sundays.",
            ),
        ],
    );
}
