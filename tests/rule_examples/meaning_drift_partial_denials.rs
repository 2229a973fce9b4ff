//! meaning-drift examples of a whole denial told as a partial one: an adverb
//! of completeness put into a denial the source states outright ("had not
//! consulted" → "had not properly consulted").

use super::*;

#[test]
fn a_denial_made_partial_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The inspectors found that the landlord had not repaired the roof.",
                "The inspectors found that the landlord had not fully repaired the roof.",
                "fully",
            ),
            (
                "Parents said they had not been consulted about the new timetable.",
                "Parents said they had not been properly consulted about the new timetable.",
                "properly",
            ),
        ],
    );
}

#[test]
fn a_partial_denial_the_source_states_passes() {
    assert_clean(
        "meaning-drift",
        &[
            // The source's completeness word, told as an adverb.
            (
                "The report said the firm had failed to check its records properly.",
                "The report said the firm had not properly checked its records.",
            ),
            (
                "Residents had not been adequately consulted, the report found.",
                "Residents had not been properly consulted, the report found.",
            ),
            // No denial in the source to soften.
            (
                "There was one blemish on an otherwise smooth day.",
                "The day was not entirely smooth.",
            ),
        ],
    );
}
