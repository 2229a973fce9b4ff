//! garbled-phrase: a word put into a fixed term is judged even where the
//! source sentence holds it elsewhere.

use super::*;

/// A fixed term's word swapped for one the source sentence uses elsewhere,
/// the term's other words kept, is garbled (session 60); an opposite is
/// polarity-drift's.
#[test]
fn a_term_word_found_elsewhere_in_the_source_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Local councillor Ann Reid said people in nearby villages had complained.",
                "Nearby councillor Ann Reid said people in neighbouring villages had complained.",
                "Nearby",
            ),
            (
                "The chief constable said the main road would reopen on Friday.",
                "The main constable said the main road would reopen on Friday.",
                "main",
            ),
            (
                "Most posts will go through voluntary redundancy, though some compulsory redundancies are likely.",
                "Most posts will go through compulsory redundancy, though some compulsory redundancies are likely.",
                "",
            ),
        ],
    );
}
