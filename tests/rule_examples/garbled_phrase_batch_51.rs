//! garbled-phrase: the fifty-first batch of curated spinner swaps is garbled.

use super::*;

/// The fifty-first batch of spinner swaps by the same rule with
/// `t2854`–`t2883` newly readable (session 69).
#[test]
fn fifty_first_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Fewer than ten buses failed the structural checks.",
                "Fewer than ten buses failed the structural cheques.",
                "cheques",
            ),
            (
                "The gauge gave early warning of floods in 2019.",
                "The gauge gave premature warning of floods in 2019.",
                "premature",
            ),
            (
                "Residents sent letters to the council opposing the plan.",
                "Residents sent characters to the council opposing the plan.",
                "characters",
            ),
            (
                "The agency and its partners will share the cost.",
                "The agency and its companions will share the cost.",
                "companions",
            ),
            (
                "The bequest came from a former hospital porter.",
                "The bequest came from a former hospital doorman.",
                "doorman",
            ),
            (
                "The cemetery sits on clay soil next to the river.",
                "The cemetery sits on clay dirt next to the river.",
                "dirt",
            ),
            (
                "Judges will mark the straightness of the furrows.",
                "Judges will mark the directness of the furrows.",
                "directness",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass, and a
/// premature birth or a hotel doorman is the right sense.
#[test]
fn fifty_first_batch_rewordings_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Fewer than ten buses failed the structural checks.",
                "Fewer than ten buses failed the structural inspections.",
            ),
            (
                "The baby was born early and spent a month in hospital.",
                "The baby was a premature birth and spent a month in hospital.",
            ),
            (
                "He worked for years as a hotel porter in the town.",
                "He worked for years as a hotel doorman in the town.",
            ),
        ],
    );
}
