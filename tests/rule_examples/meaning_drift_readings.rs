//! meaning-drift examples of a word read in its sense in context: "claimed
//! more than 300 lives" takes lives, it says nothing; "had not yet decided"
//! is still weighing.

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
