//! meaning-drift examples of a speaker's own belief about something else
//! ("said they did not expect the review to delay completion") stated as
//! fact with the verb of saying and the belief both gone; a self-report of
//! the speaker's own act restated plainly, and the belief kept by a verb of
//! belief, pass.

use super::*;

#[test]
fn a_speakers_own_belief_stated_as_fact_is_meaning_drift() {
    let flagged = [
        (
            "Lawyers for the buyer said they did not expect the review to delay completion.",
            "The review will not delay completion.",
            "will",
        ),
        (
            "It said it did not expect the change to lead to higher rents.",
            "The change will not lead to higher rents.",
            "will",
        ),
    ];
    assert_cases("meaning-drift", &flagged);
    assert_clean(
        "meaning-drift",
        &[
            // A self-report of the speaker's own act, restated plainly.
            (
                "The council said it had spoken to 22 groomers during the consultation.",
                "The council spoke to 22 groomers during the consultation.",
            ),
            // The belief kept by a verb of belief of another form.
            (
                "Lawyers for the buyer said they did not expect the review to delay completion.",
                "Lawyers for the buyer do not think the review will delay completion.",
            ),
        ],
    );
}
