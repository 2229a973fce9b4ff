//! meaning-drift examples of legitimate paraphrase of attribution,
//! modality and degree that the rule once misread (session 51), each with
//! the shift it still flags.

use super::*;

#[test]
fn a_pledge_word_denied_or_modifying_a_noun_is_no_pledge() {
    assert_cases(
        "meaning-drift",
        &[(
            "The council said it would review the parking fees.",
            "The council promised to review the parking fees.",
            "promised",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "The authority said it would consider the request in November, but made no promises.",
                "The authority said it would consider the request in November, but gave no guarantees.",
            ),
            // A spinner's wrong sense of "bonded", garbled-phrase's to report.
            (
                "The council said new surfaces would be made of bonded wood chip.",
                "The council said new surfaces would be made of guaranteed wood chip.",
            ),
        ],
    );
}
