//! garbled-phrase: the seventeenth and later batches of curated spinner
//! swaps are garbled.

use super::*;

/// The seventeenth batch of spinner swaps, by the same rule with
/// `t2188`–`t2199` newly readable (session 50).
#[test]
fn seventeenth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The union urged both sides to seek help from the conciliation service.",
                "The union urged both sides to seek help from the appeasement service.",
                "appeasement",
            ),
            (
                "A private investment group has agreed to buy nine dental practices.",
                "A private speculation group has agreed to buy nine dental practices.",
                "speculation",
            ),
            (
                "The fee paid for each case has been frozen since 2019, the practice said.",
                "The fee paid for each case has been solidified since 2019, the practice said.",
                "solidified",
            ),
            (
                "Damage to the building, including ruined flooring and wiring, has been repaired.",
                "Damage to the building, including demolished flooring and wiring, has been repaired.",
                "demolished",
            ),
        ],
    );
}

/// The same sentences reworded with words that keep the sense pass.
#[test]
fn seventeenth_batch_rewordings_that_keep_the_sense_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The union urged both sides to seek help from the conciliation service.",
                "The union urged both sides to seek help from the conciliation body.",
            ),
            (
                "A private investment group has agreed to buy nine dental practices.",
                "A private investment firm has agreed to buy nine dental practices.",
            ),
            (
                "The fee paid for each case has been frozen since 2019, the practice said.",
                "The fee paid for each case has not changed since 2019, the practice said.",
            ),
            (
                "Damage to the building, including ruined flooring and wiring, has been repaired.",
                "Damage to the building, including wrecked flooring and wiring, has been repaired.",
            ),
        ],
    );
}

/// The nineteenth batch of spinner swaps, by the same rule with `t2290`–`t2307`
/// newly readable (session 50).
#[test]
fn nineteenth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Engineers said the crack had been caused by heat stress on the glass.",
                "Engineers said the crack had been caused by heat anxiety on the glass.",
                "anxiety",
            ),
            (
                "Visitors were told to keep the leaflets in a cool, dry place.",
                "Visitors were told to keep the leaflets in a cool, arid place.",
                "arid",
            ),
            (
                "Drivers were warned to take care in icy conditions on the moor road.",
                "Drivers were warned to take care in icy circumstances on the moor road.",
                "circumstances",
            ),
            (
                "The steel mast buckled in high winds on Sunday night.",
                "The steel mast clasped in high winds on Sunday night.",
                "clasped",
            ),
            (
                "Engineers found a worn gear in the lift motor last week.",
                "Engineers found an exhausted gear in the lift motor last week.",
                "exhausted",
            ),
            (
                "Adult tickets will cost £5, and children will travel free.",
                "Grown-up tickets will cost £5, and children will travel free.",
                "Grown-up",
            ),
        ],
    );
}

/// The batch's spinner's words stand for other source words unflagged: each
/// entry is the source word's swap, not a ban on the word.
#[test]
fn nineteenth_batch_words_for_other_words_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Parents voiced worry about the new route, the council said.",
                "Parents voiced anxiety about the new route, the council said.",
            ),
            (
                "The club said its players were tired after the long journey.",
                "The club said its players were exhausted after the long journey.",
            ),
        ],
    );
}

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

/// The twentieth batch of spinner swaps, by the same rule with `t2308`–`t2325`
/// newly readable (session 50).
#[test]
fn twentieth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[(
            "Border officers held the used medical devices at the port for a week.",
            "Border officers held the used medicinal devices at the port for a week.",
            "medicinal",
        )],
    );
}

/// The same sentence with a word that keeps the sense, and "medicinal" put for
/// another word, pass.
#[test]
fn twentieth_batch_rewordings_that_keep_the_sense_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Border officers held the used medical devices at the port for a week.",
                "Border officers held the used clinical devices at the port for a week.",
            ),
            (
                "The walled garden grows herbal plants for the hospice kitchen.",
                "The walled garden grows medicinal plants for the hospice kitchen.",
            ),
        ],
    );
}
