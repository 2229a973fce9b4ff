//! meaning-drift examples of a plain statement told as a suggestion of what
//! may be ("said the failures had left" → "suggested the failures may have
//! left"); a hedge or suggestion the source makes already, a suggestion
//! denied and another party's suggestion pass.

use super::*;

#[test]
fn a_statement_told_as_a_suggestion_of_what_may_be_is_flagged() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "District Judge Helen Marsh said the failures had left vulnerable people without meals.",
                "District Judge Helen Marsh suggested the failures may have left vulnerable people without meals.",
                "suggested the failures may",
            ),
            (
                "The county council said the old bridge was unsafe for lorries.",
                "The county council hinted that the old bridge might be unsafe for lorries.",
                "hinted that the old bridge might",
            ),
        ],
    );
}

#[test]
fn a_suggestion_the_source_makes_or_hedges_already_passes() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "The county council said the old bridge may be unsafe for lorries.",
                "The county council suggested the old bridge may be unsafe for lorries.",
            ),
            (
                "The county council suggested the old bridge could be unsafe for lorries.",
                "The county council hinted that the old bridge might be unsafe for lorries.",
            ),
            (
                "Engineers said the old bridge was unsafe for lorries.",
                "Residents suggested the old bridge might be unsafe for lorries.",
            ),
        ],
    );
}
