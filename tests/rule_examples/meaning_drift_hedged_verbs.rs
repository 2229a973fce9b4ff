//! meaning-drift examples of a modal hedge dropped from the verb it governs
//! while the sentence keeps as many hedges on other words, and of a hedge
//! that moves with its verb.

use super::*;

#[test]
fn a_verb_that_lost_its_hedge_beside_another_hedge_is_meaning_drift() {
    let flagged = [
        (
            "The paint is banned from toys because it may harm children.",
            "The paint may not be used in toys because it harms children.",
            "harms",
        ),
        (
            "Officials said the pumps could fail in a flood and the repairs may not last.",
            "Officials said the pumps might fail in a flood and the repairs do not last.",
            "do",
        ),
    ];
    assert_cases("meaning-drift", &flagged);
}

#[test]
fn a_hedge_that_moves_with_its_verb_passes() {
    let clean = [
        (
            "The paint may harm children, and it is banned from toys.",
            "It is banned from toys, and the paint may harm children.",
        ),
        (
            "Officials said the pumps could fail and the repairs may not last.",
            "Officials said the pumps might fail and the repairs do not necessarily last.",
        ),
        (
            "The closure may cause delays, but the port is expected to reopen.",
            "The closure could cause delays, but the port is likely to reopen.",
        ),
    ];
    assert_clean("meaning-drift", &clean);
}
