//! meaning-drift examples from session 45's stance work: a reaction moved
//! along the scale of feeling (approval made acceptance, guarded warmth made
//! delight, displeasure made fury), words of one level passing.

use super::*;

#[test]
fn a_reaction_moved_along_the_scale_of_feeling() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The hauliers' association said it was frustrated by the ruling.",
                "The hauliers' association said it understood the ruling.",
                "understood",
            ),
            (
                "The taxi firm welcomed the decision on Monday.",
                "The taxi firm accepted the decision on Monday.",
                "accepted",
            ),
            (
                "The union said it was cautiously optimistic about the offer.",
                "The union said it welcomed the offer wholeheartedly.",
                "welcomed",
            ),
            (
                "Parents expressed frustration at the timetable change.",
                "Parents were furious about the timetable change.",
                "were furious about",
            ),
            (
                "Shopkeepers reacted angrily to the new parking charges.",
                "Shopkeepers voiced mild concern about the new parking charges.",
                "voiced mild concern about",
            ),
            (
                "Neighbours had mixed feelings about the mast.",
                "Neighbours had strong objections to the mast.",
                "strong objections to",
            ),
            (
                "Villagers were relieved but still had questions about the dam.",
                "Villagers were satisfied with the answers about the dam.",
                "satisfied with the answers",
            ),
            // Words of one level.
            (
                "Residents were worried about the bridge.",
                "Residents were concerned about the bridge.",
                "",
            ),
            (
                "The coach said he was pleased with the draw.",
                "The coach said he was glad about the draw.",
                "",
            ),
            // Litotes: "not unhappy" is pleased.
            (
                "The owners were not unhappy with the result.",
                "The owners were pleased with the result.",
                "",
            ),
            // An opposite is polarity-drift's.
            (
                "The union welcomed the offer.",
                "The union criticised the offer.",
                "",
            ),
            // A comparison turned round is polarity-drift's.
            (
                "Tourism officials were less worried about bookings.",
                "Tourism officials were more concerned about bookings.",
                "",
            ),
        ],
    );
}

#[test]
fn support_and_opposition_sit_on_the_scale() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The council leader said she was open to the proposal.",
                "The council leader said she backed the proposal.",
                "backed",
            ),
            (
                "The closure went ahead despite opposition from parents.",
                "The closure went ahead despite fury from parents.",
                "fury",
            ),
            (
                "The committee supported the plan.",
                "The committee backed the plan.",
                "",
            ),
        ],
    );
}

#[test]
fn an_admission_told_as_a_doubted_claim() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The council will refund the fines after admitting that the signs were wrong.",
                "The council will refund the fines following claims that the signs were wrong.",
                "following claims",
            ),
            (
                "The owner conceded that the wall was unsafe.",
                "The owner acknowledged that the wall was unsafe.",
                "",
            ),
        ],
    );
}
