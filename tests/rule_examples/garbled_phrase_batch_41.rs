//! garbled-phrase: the forty-first batch of curated spinner swaps is garbled.

use super::*;

/// The forty-first batch of spinner swaps by the same rule with
/// `t2614`–`t2625` newly readable (session 61).
#[test]
fn forty_first_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The committee voted five to two to close the library on Saturdays.",
                "The committee elected five to two to close the library on Saturdays.",
                "elected",
            ),
            (
                "Residents said the weekly trip to the market took most of a morning.",
                "Residents said the weekly stumble to the market took most of a morning.",
                "stumble",
            ),
            (
                "She has lived opposite the church for forty years.",
                "She has lived contrary the church for forty years.",
                "contrary",
            ),
            (
                "The plan was put forward by the town's chamber of trade.",
                "The plan was put onward by the town's chamber of trade.",
                "onward",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass, and so do the
/// right senses: a chairman elected, a rider who stumbled over a kerb,
/// contrary views.
#[test]
fn forty_first_batch_rewordings_and_right_senses_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The club voted in a new president at its annual meeting.",
                "The club elected a new president at its annual meeting.",
            ),
            (
                "Residents said the weekly trip to the market took most of a morning.",
                "Residents said the weekly journey to the market took most of a morning.",
            ),
            (
                "The rider tripped over a kerb and broke his wrist.",
                "The rider stumbled over a kerb and broke his wrist.",
            ),
            (
                "She has lived opposite the church for forty years.",
                "She has lived across from the church for forty years.",
            ),
            (
                "The two ministers hold opposite views on the tax.",
                "The two ministers hold contrary views on the tax.",
            ),
            (
                "The plan was put forward by the town's chamber of trade.",
                "The plan was proposed by the town's chamber of trade.",
            ),
        ],
    );
}

/// "Proceeds" as money raised, put as "continues", is garbled beside a word
/// of that sense (session 61).
#[test]
fn proceeds_as_money_put_as_continues_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[(
            "The cakes sold out, with the proceeds going to the hospice.",
            "The cakes sold out, with the continues going to the hospice.",
            "continues",
        )],
    );
}

/// The verb "proceed" put as "continue" is the right sense, and the money
/// reworded passes.
#[test]
fn proceeding_put_as_continuing_passes() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Work on the bridge proceeds on schedule, the council said.",
                "Work on the bridge continues on schedule, the council said.",
            ),
            (
                "The trust may proceed with the sale if the funds are found.",
                "The trust may continue with the sale if the funds are found.",
            ),
            (
                "The cakes sold out, with the proceeds going to the hospice.",
                "The cakes sold out, with the money going to the hospice.",
            ),
        ],
    );
}
