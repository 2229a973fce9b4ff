//! garbled-phrase: the thirty-second batch of curated spinner swaps is
//! garbled.

use super::*;

/// The thirty-second batch of spinner swaps, by the same rule with
/// `t2476`–`t2493` newly readable (session 56).
#[test]
fn thirty_second_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The practice has treated farm animals in the valley for a century.",
                "The exercise has treated farm animals in the valley for a century.",
                "exercise",
            ),
            (
                "Most mild infections clear up without treatment.",
                "Most mild infections tidy up without treatment.",
                "tidy",
            ),
            (
                "Each cabin will sleep up to four guests.",
                "Each cabin will slumber up to four guests.",
                "slumber",
            ),
            (
                "A campaign group has collected 900 signatures.",
                "A campaign cluster has collected 900 signatures.",
                "cluster",
            ),
            (
                "Riders would have to display a number on their craft.",
                "Riders would have to display a digit on their craft.",
                "digit",
            ),
            (
                "The decision was announced by the vice-chancellor on Monday.",
                "The decision was announced by the bad habit chancellor on Monday.",
                "bad habit",
            ),
            (
                "The petition was organised by the union's welfare officer.",
                "The petition was organised by the union's government assistance officer.",
                "government assistance",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass, and the
/// spinner's word in its right sense ("tidy up the litter", "a cluster of
/// cases") passes too.
#[test]
fn thirty_second_batch_rewordings_that_keep_the_sense_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The practice has treated farm animals in the valley for a century.",
                "The surgery has treated farm animals in the valley for a century.",
            ),
            (
                "Volunteers will clear up the litter on the beach.",
                "Volunteers will tidy up the litter on the beach.",
            ),
            (
                "Each cabin will sleep up to four guests.",
                "Each cabin will house up to four guests.",
            ),
            (
                "Doctors are studying a group of cases in the town.",
                "Doctors are studying a cluster of cases in the town.",
            ),
            (
                "Riders would have to display a number on their craft.",
                "Riders would have to show a number on their craft.",
            ),
            (
                "The decision was announced by the vice-chancellor on Monday.",
                "The decision was announced by the university's head on Monday.",
            ),
            (
                "The petition was organised by the union's welfare officer.",
                "The petition was organised by the union's wellbeing officer.",
            ),
        ],
    );
}
