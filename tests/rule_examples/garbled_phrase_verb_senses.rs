//! garbled-phrase: verbs swapped for a synonym of another of their senses
//! ("hit hardest" → "strike hardest"; session 66).

use super::*;

/// "hit" as affect badly, marked by "hardest" near it, put as "strike".
#[test]
fn hit_hardest_put_as_strike_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Campaigners said the fare rise would hit students hardest.",
                "Campaigners said the fare rise would strike students hardest.",
                "strike",
            ),
            (
                "The northern towns were hit hardest, with a fall of 27 percent.",
                "The northern towns were struck hardest, with a fall of 27 percent.",
                "struck",
            ),
        ],
    );
}

/// A storm, an outbreak or a car that hits something strikes it too.
#[test]
fn strike_for_hit_without_hardest_passes() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The storm was the worst to hit the valley in a decade.",
                "The storm was the worst to strike the valley in a decade.",
            ),
            (
                "Butchers cap orders after bird flu hits the county's largest supplier.",
                "Butchers cap orders after bird flu strikes the county's largest supplier.",
            ),
            (
                "Most of the owls were hit by cars on the bypass.",
                "Most of the owls were struck by cars on the bypass.",
            ),
        ],
    );
}
