//! meaning-drift examples of a "no" before a noun told as a little of it,
//! or the reverse; "no" told as "a few" (polarity-drift), "little" told as
//! "hardly any" and "no more than" pass.

use super::*;

#[test]
fn none_told_as_a_little_or_the_reverse_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "An internal review had found no evidence that the judges acted improperly.",
                "An internal review had found little evidence that the judges acted improperly.",
                "little evidence",
            ),
            (
                "She said no jobs would be lost at the depot.",
                "She said few jobs would be lost at the depot.",
                "few jobs",
            ),
            (
                "The lights were tested last year and drew few complaints.",
                "The lights were tested last year and drew no complaints.",
                "no complaints",
            ),
            (
                "Quayle said he had no regrets about the sale.",
                "Quayle said he had a few regrets about the sale.",
                "",
            ),
            (
                "The charity said it had little spare capacity for more horses.",
                "The charity said it had hardly any spare capacity for more horses.",
                "",
            ),
            (
                "The fine was no more than a warning, the court said.",
                "The fine was little more than a warning, the court said.",
                "",
            ),
        ],
    );
}
