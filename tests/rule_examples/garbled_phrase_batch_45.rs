//! garbled-phrase: the forty-fifth batch of curated spinner swaps is garbled.

use super::*;

/// The forty-fifth batch of spinner swaps by the same rule with
/// `t2704`–`t2733` newly readable (session 64).
#[test]
fn forty_fifth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "He said he hoped the dispute could be settled without going to court.",
                "He said he hoped the dispute could be settled without going to courtroom.",
                "courtroom",
            ),
            (
                "The choir will give its first performance in the parish church.",
                "The choir will give its first execution in the parish church.",
                "execution",
            ),
            (
                "Building could begin in the autumn if the remaining money is secured.",
                "Building could begin in the autumn if the remaining money is fastened.",
                "fastened",
            ),
            (
                "Volunteers run the steam railway through the valley every summer.",
                "Volunteers run the vapour railway through the valley every summer.",
                "vapour",
            ),
            (
                "Neighbours objected to the height of the new training tower.",
                "Neighbours objected to the stature of the new training tower.",
                "stature",
            ),
            (
                "The band will play a concert at the community centre on Friday.",
                "The band will play a concert at the local area centre on Friday.",
                "local area",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass, and so do the
/// right senses: a ladder fastened to a wall and water vapour.
#[test]
fn forty_fifth_batch_rewordings_and_right_senses_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The ladder was secured to the wall with two brackets.",
                "The ladder was fastened to the wall with two brackets.",
            ),
            (
                "Clouds of steam rose from the cooling pond at dawn.",
                "Clouds of water vapour rose from the cooling pond at dawn.",
            ),
            (
                "Building could begin in the autumn if the remaining money is secured.",
                "Building could begin in the autumn if the remaining money is raised.",
            ),
            (
                "The choir will give its first performance in the parish church.",
                "The choir will give its first concert in the parish church.",
            ),
            (
                "The band will play a concert at the community centre on Friday.",
                "The band will play a concert at the village centre on Friday.",
            ),
        ],
    );
}
