//! garbled-phrase: the thirty-fourth batch of curated spinner swaps is
//! garbled.

use super::*;

/// The thirty-fourth batch of spinner swaps and one fixed term, by the same
/// rule with `t2506`–`t2523` newly readable (session 57).
#[test]
fn thirty_fourth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The chain withdrew the product in February after complaints.",
                "The chain retreated the product in February after complaints.",
                "retreated",
            ),
            (
                "It took four fire crews nearly five hours to bring the fire under control.",
                "It took four fire crews nearly five hours to bring the fire under command.",
                "command",
            ),
            (
                "The glassworks did not respond to a request for comment.",
                "The glassworks did not respond to a solicitation for comment.",
                "solicitation",
            ),
            (
                "At least four landlords had already told him they would not pay.",
                "At least four landowners had already told him they would not pay.",
                "landowners",
            ),
            (
                "Adjudicators from the society will count heads during the attempt.",
                "Adjudicators from the society will count skulls during the attempt.",
                "skulls",
            ),
            (
                "Investigators were examining an electrical panel near one of the cold rooms.",
                "Investigators were examining an electrical panel near one of the chilly rooms.",
                "chilly",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass.
#[test]
fn thirty_fourth_batch_rewordings_that_keep_the_sense_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The chain withdrew the product in February after complaints.",
                "The chain pulled the product in February after complaints.",
            ),
            (
                "It took four fire crews nearly five hours to bring the fire under control.",
                "It took four fire crews nearly five hours to put the fire out.",
            ),
            (
                "The glassworks did not respond to a request for comment.",
                "The glassworks did not respond when asked for comment.",
            ),
            (
                "At least four landlords had already told him they would not pay.",
                "At least four publicans had already told him they would not pay.",
            ),
            (
                "Adjudicators from the society will count heads during the attempt.",
                "Adjudicators from the society will count the singers during the attempt.",
            ),
            (
                "Investigators were examining an electrical panel near one of the cold rooms.",
                "Investigators were examining an electrical panel near one of the walk-in fridges.",
            ),
        ],
    );
}
