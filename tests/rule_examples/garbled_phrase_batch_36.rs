//! garbled-phrase: the thirty-sixth batch of curated spinner swaps is
//! garbled.

use super::*;

/// The thirty-sixth batch of spinner swaps and phrases, by the same rule
/// with `t2536`–`t2553` newly readable (session 58).
#[test]
fn thirty_sixth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "A model railway layout worth 18,000 pounds was stolen from the club van.",
                "A model railway format worth 18,000 pounds was stolen from the club van.",
                "format",
            ),
            (
                "The project is run by the county's civic society.",
                "The project is run by the county's municipal society.",
                "municipal",
            ),
            (
                "Wren told a packed meeting in the main auditorium that the offer was going well.",
                "Wren told a stuffed meeting in the main auditorium that the offer was going well.",
                "stuffed",
            ),
            (
                "Both will study for a qualification in cinema operations at the college.",
                "Both will study for a capability in cinema operations at the college.",
                "capability",
            ),
            (
                "It is one of only a handful of bell foundries still working in Britain.",
                "It is one of only a fistful of bell foundries still working in Britain.",
                "fistful of",
            ),
            (
                "He is one of a handful of craftsmen who still work on oak hulls.",
                "He is one of a modest bunch of craftsmen who still work on oak hulls.",
                "modest bunch",
            ),
            (
                "The ban was heavy-handed, said Maureen Askew, the society's secretary.",
                "The ban was heavy-handed, said Maureen Askew, the general public's secretary.",
                "general public's",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass, and so do the
/// right senses: "municipal buildings" for civic ones, "stuffed with" for
/// "packed with", "by the fistful" for a hand's fill.
#[test]
fn thirty_sixth_batch_rewordings_and_right_senses_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "A model railway layout worth 18,000 pounds was stolen from the club van.",
                "A model railway worth 18,000 pounds was stolen from the club van.",
            ),
            (
                "The project is run by the county's civic society.",
                "The project is run by the county's heritage group.",
            ),
            (
                "The council's civic buildings will close on Friday.",
                "The council's municipal buildings will close on Friday.",
            ),
            (
                "Wren told a packed meeting in the main auditorium that the offer was going well.",
                "Wren told a crowded meeting in the main auditorium that the offer was going well.",
            ),
            (
                "The van was packed with equipment for the show.",
                "The van was stuffed with equipment for the show.",
            ),
            (
                "Both will study for a qualification in cinema operations at the college.",
                "Both will study for a diploma in cinema operations at the college.",
            ),
            (
                "It is one of only a handful of bell foundries still working in Britain.",
                "It is one of only a few bell foundries still working in Britain.",
            ),
            (
                "Wardens saw people ripping whole plants out by the handful.",
                "Wardens saw people ripping whole plants out by the fistful.",
            ),
            (
                "The ban was heavy-handed, said Maureen Askew, the society's secretary.",
                "The ban was heavy-handed, said Maureen Askew, the association's secretary.",
            ),
        ],
    );
}
