//! garbled-phrase: the eighteenth batch of curated spinner swaps is garbled,
//! and the same source words put plainly are not.

use super::*;

/// The eighteenth batch of spinner swaps, by the same rule with `t2260`–`t2277`
/// newly readable (session 50).
#[test]
fn eighteenth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The marina said it would absorb part of the difference for the first year.",
                "The marina said it would absorb part of the distinction for the first year.",
                "distinction",
            ),
            (
                "The supplier sent certificates showing the fuel was made from waste oil.",
                "The supplier sent testaments showing the fuel was made from waste oil.",
                "testaments",
            ),
            (
                "The trust said the rents had not been reviewed for nine years.",
                "The trust said the rents had not been critiqued for nine years.",
                "critiqued",
            ),
            (
                "The guild, a trade body with 2,300 members, backed the claim.",
                "The guild, a trade physique with 2,300 members, backed the claim.",
                "physique",
            ),
            (
                "The caterer said it had changed its invoices this year.",
                "The caterer said it had changed its solicitations this year.",
                "solicitations",
            ),
            (
                "The firm now pays all service charges directly to staff.",
                "The firm now pays all service charges straightforwardly to staff.",
                "straightforwardly",
            ),
            (
                "The council said the smoke amounted to a statutory nuisance.",
                "The council said the smoke amounted to a statutory annoyance.",
                "annoyance",
            ),
        ],
    );
}

/// The same source words put plainly, and "nuisance" put as "annoyance"
/// where it is no wrong in law, pass.
#[test]
fn eighteenth_batch_source_words_put_plainly_pass() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The marina said it would absorb part of the difference for the first year.",
                "The marina said it would absorb part of the gap for the first year.",
                "",
            ),
            (
                "The trust said the rents had not been reviewed for nine years.",
                "The trust said the rents had not been looked at for nine years.",
                "",
            ),
            (
                "The firm now pays all service charges directly to staff.",
                "The firm now pays all service charges straight to staff.",
                "",
            ),
            (
                "Residents said the gulls had become a nuisance on the seafront.",
                "Residents said the gulls had become an annoyance on the seafront.",
                "",
            ),
        ],
    );
}

/// The eighteenth batch's spinner phrase: "take effect" put as "produce
/// results", in the present and the irregular past.
#[test]
fn eighteenth_batch_spinner_phrase_is_garbled() {
    assert_flagged(
        "garbled-phrase",
        &[
            (
                "The closures take effect in January, the bank said.",
                "The closures produce results in January, the bank said.",
            ),
            (
                "Under a law that took effect last October, employers must pass on all tips.",
                "Under a law that produced results last October, employers must pass on all tips.",
            ),
        ],
    );
}
