//! garbled-phrase: a verb whose object fixes its sense ("raised £500",
//! "lodged an appeal"), swapped for a verb of another of its senses.

use super::*;

/// Money or a concern is raised, not lifted, elevated or increased; an appeal
/// is lodged, not housed (tune and blind pairs of eleven authors).
#[test]
fn a_verb_swapped_for_a_sense_its_object_rules_out_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The village fete raised 6,300 pounds for the church roof this summer.",
                "The village fete elevated 6,300 pounds for the church roof this summer.",
                "elevated",
            ),
            (
                "Volunteers hope to raise £38,000 before the winter.",
                "Volunteers hope to increase £38,000 before the winter.",
                "increase",
            ),
            (
                "Residents have raised concerns about the new car park.",
                "Residents have lifted concerns about the new car park.",
                "lifted",
            ),
            (
                "The owners said they would lodge an appeal against the refusal.",
                "The owners said they would house an appeal against the refusal.",
                "house",
            ),
        ],
    );
}

/// A verb of the same sense passes, and so does the verb's other sense where
/// its object is another ("raised prices" → "increased prices", "raised
/// fares by £1" → "lifted fares by £1").
#[test]
fn a_verb_of_the_same_sense_or_another_object_passes() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The village fete raised 6,300 pounds for the church roof this summer.",
                "The village fete collected 6,300 pounds for the church roof this summer.",
            ),
            (
                "The owners said they would lodge an appeal against the refusal.",
                "The owners said they would file an appeal against the refusal.",
            ),
            (
                "The operator raised prices twice last year.",
                "The operator increased prices twice last year.",
            ),
            (
                "The council raised fares by £1 in April.",
                "The council lifted fares by £1 in April.",
            ),
        ],
    );
}
