//! meaning-drift examples of a word read in its sense in context: "claimed
//! more than 300 lives" takes lives, it says nothing; "had not yet decided"
//! is still weighing; "ruled that she should" orders, it does not hedge.

use super::*;

#[test]
fn claimed_taking_an_amount_of_lives_is_no_claim() {
    assert_cases(
        "meaning-drift",
        &[(
            "The parish said cholera killed more than 300 people in Stannock.",
            "The parish claimed cholera killed more than 300 people in Stannock.",
            "claimed",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "Cholera outbreaks killed more than 300 people in Stannock in the two decades before the waterworks opened, according to parish records.",
            "Parish records show that in the 20 years before the waterworks opened, cholera outbreaks in Stannock claimed more than 300 lives.",
        )],
    );
}

#[test]
fn not_yet_decided_told_as_weighing_passes_and_as_an_intention_is_flagged() {
    assert_cases(
        "meaning-drift",
        &[(
            "The owner said it had not yet decided whether to sell the building.",
            "The owner said it intends to sell the building.",
            "intends",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The owner said it had not yet decided what to do with the building.",
            "The owner said it was still weighing up what to do with the building.",
        )],
    );
}

#[test]
fn should_in_a_ruling_is_an_order_not_a_hedge() {
    assert_cases(
        "meaning-drift",
        &[(
            "The board said the dentist should be suspended for nine months.",
            "The board said the dentist will be suspended for nine months.",
            "will be",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "The tribunal refused to strike off the dentist, ruling instead that she should be suspended for nine months.",
                "The dentist will not be struck off, the tribunal ruled, instead ordering a nine-month suspension.",
            ),
            (
                "The tribunal ruled that she should be suspended for nine months.",
                "The tribunal suspended her for nine months.",
            ),
        ],
    );
}
