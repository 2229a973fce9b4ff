//! meaning-drift examples of an evaluative word swapped for a stronger or
//! weaker one of the same scale: harm (damage < destroy), an outcome (weak <
//! disastrous) and irritation told for anger; a swap inside one step of a
//! scale, and two words reordered, pass.

use super::*;

#[test]
fn a_step_up_or_down_a_scale_of_harm_outcome_or_feeling_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Forecasters said the storm could damage the pier.",
                "Forecasters said the storm could destroy the pier.",
                "destroy",
            ),
            (
                "Hauliers said the closure of the bridge was costly.",
                "Hauliers said the closure of the bridge was crippling.",
                "crippling",
            ),
            (
                "The van's windscreen was cracked by a stone.",
                "The van's windscreen was shattered by a stone.",
                "shattered",
            ),
            (
                "The fire destroyed the boathouse.",
                "The fire damaged the boathouse.",
                "damaged",
            ),
            (
                "The bakery chain reported a weak second quarter.",
                "The bakery chain reported a disastrous second quarter.",
                "disastrous",
            ),
            (
                "Residents reacted angrily to the plan.",
                "Residents reacted with irritation to the plan.",
                "with irritation",
            ),
        ],
    );
}

#[test]
fn a_swap_within_one_step_of_a_scale_or_two_words_reordered_pass() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Forecasters said the storm could destroy the pier.",
                "Forecasters said the storm could wreck the pier.",
            ),
            (
                "Hauliers said the closure of the bridge was costly.",
                "Hauliers said the closure of the bridge was expensive.",
            ),
            (
                "The bakery chain reported a weak second quarter.",
                "The bakery chain reported a poor second quarter.",
            ),
            (
                "Parents said they were angry about the closure.",
                "Parents said they were furious about the closure.",
            ),
            (
                "Some 40 homes were destroyed or damaged by the flood.",
                "Some 40 homes were damaged or destroyed by the flood.",
            ),
            (
                "The hall said it had postponed, not cancelled, the concert.",
                "The hall said it had cancelled, not postponed, the concert.",
            ),
        ],
    );
}
