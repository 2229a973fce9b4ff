//! meaning-drift examples of a claim given to another party where neither
//! speaker is a name: "the club said" → "the council said" is flagged; a
//! synonym or a role word for the same party passes.

use super::*;

/// A story in which the club and the council are separate parties.
const SOURCE: &str = "The council has ordered the rowing club to cut noise at its boathouse. \
The club said it had already moved its launch point further from the homes.";

#[test]
fn a_claim_given_to_another_body_of_the_story_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[(
            SOURCE,
            "The council has ordered the rowing club to cut noise at its boathouse. \
The council said it had already moved its launch point further from the homes.",
            "The council",
        )],
    );
}

#[test]
fn a_speaker_restated_by_a_synonym_or_a_role_word_passes() {
    assert_clean(
        "meaning-drift",
        &[
            (
                SOURCE,
                "The council has ordered the rowing club to cut noise at its boathouse. \
A club spokesman said it had already moved its launch point further from the homes.",
            ),
            (
                "The company opened a depot in the town. The company said it would hire 40 drivers.",
                "The company opened a depot in the town. The firm said it would hire 40 drivers.",
            ),
            (
                "The council closed the lane. The council said the work would last a week.",
                "The council closed the lane. The authority said the work would last a week.",
            ),
        ],
    );
}
