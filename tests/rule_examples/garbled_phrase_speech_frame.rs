//! garbled-phrase: a verb of speech swapped, where it reports a saying, for
//! a word that reports nothing.

use super::*;

/// "Added" before "that" or a colon reports a saying; "included" there
/// reports nothing (tune pairs of ten authors).
#[test]
fn a_verb_of_speech_swapped_for_one_that_reports_nothing_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The council said the wall would close. It added that it would review the grant.",
                "The council said the wall would close. It included that it would review the grant.",
                "included",
            ),
            (
                "The trust bought the boat in 1998. He added: \"It was the last of its kind.\"",
                "The trust bought the boat in 1998. He included: \"It was the last of its kind.\"",
                "included",
            ),
        ],
    );
}

/// Another verb of saying or knowing keeps the frame, and "added" in its
/// other sense may become "included".
#[test]
fn a_reporting_verb_or_the_other_sense_passes() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The club said the match would go ahead. She added that tickets were sold out.",
                "The club said the match would go ahead. She continued that tickets were sold out.",
            ),
            (
                "The firm closed the depot in May. It said that staff would be moved.",
                "The firm closed the depot in May. It announced that staff would be moved.",
            ),
            (
                "The museum added a new wing to the hall last year.",
                "The museum included a new wing in the hall last year.",
            ),
        ],
    );
}
