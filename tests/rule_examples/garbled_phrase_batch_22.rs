//! garbled-phrase: the twenty-second batch of curated spinner swaps is
//! garbled.

use super::*;

/// The twenty-second batch of spinner swaps, by the same rule with
/// `t2326`–`t2343` newly readable (session 51).
#[test]
fn twenty_second_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The mill will supply carpets for a chain of hotels in the Gulf.",
                "The mill will supply carpets for a fetter of hotels in the Gulf.",
                "fetter",
            ),
            (
                "Objectors want the chimney kept as a memorial feature on the site.",
                "Objectors want the chimney kept as a memorial characteristic on the site.",
                "characteristic",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense, and the spinner's words
/// put for other words, pass.
#[test]
fn twenty_second_batch_rewordings_that_keep_the_sense_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The mill will supply carpets for a chain of hotels in the Gulf.",
                "The mill will supply carpets for a group of hotels in the Gulf.",
            ),
            (
                "Objectors want the chimney kept as a memorial feature on the site.",
                "Objectors want the chimney kept as a memorial on the site.",
            ),
            (
                "The prisoners were held in shackles for the journey.",
                "The prisoners were held in fetters for the journey.",
            ),
            (
                "The curator said the brushwork was typical of the painter.",
                "The curator said the brushwork was characteristic of the painter.",
            ),
        ],
    );
}
