//! meaning-drift examples of a share changed: a "no" before a noun told as a
//! little of it, or the reverse ("no" told as "a few" is polarity-drift's;
//! "little" told as "hardly any" and "no more than" pass), and a main share
//! told as the only one.

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

/// "mainly" or "most" told as "only" makes a main share the whole
/// ("happen mainly when" → "happen only when"); "entirely" → "solely" and
/// "few" → "only a handful" keep the scope, and the source's "only" limits a
/// claim, a rank or a figure ("not the only reason" → "one of several").
#[test]
fn a_main_share_told_as_the_only_one_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The deaths happen mainly when low cloud scatters the beam, the study said.",
                "The deaths happen only when low cloud scatters the beam, the study said.",
                "only",
            ),
            (
                "He said losing night cover would be felt most in remote farming areas.",
                "He said losing night cover would be felt only in remote farming areas.",
                "only",
            ),
            (
                "The restoration was funded entirely by private donors, the trust said.",
                "The restoration was funded solely by private donors, the trust said.",
                "",
            ),
            (
                "Holt said the weaker pound was not the only reason for the shortfall.",
                "Holt said the weaker pound was one of several reasons for the shortfall.",
                "",
            ),
            (
                "Few cottages in the village had ovens of their own, the museum said.",
                "Only a handful of cottages in the village had their own ovens, the museum said.",
                "",
            ),
        ],
    );
}
