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

/// Money is saved, not spared; a letter is signed, not marked; a show is
/// staged, not phased; a fine is faced, not confronted; a bell is cast, not
/// tossed; visitors are drawn, not pulled (tune pairs of two to six authors
/// each).
#[test]
fn a_verb_of_money_papers_or_events_swapped_for_another_sense_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The new boilers will save the school 4,000 pounds a year.",
                "The new boilers will spare the school 4,000 pounds a year.",
                "spare",
            ),
            (
                "More than 300 residents signed a letter opposing the closure.",
                "More than 300 residents marked a letter opposing the closure.",
                "marked",
            ),
            (
                "The drama group stages five shows a year in the old chapel.",
                "The drama group phases five shows a year in the old chapel.",
                "phases",
            ),
            (
                "Drivers who ignore the signs could face a fine of up to £500.",
                "Drivers who ignore the signs could confront a fine of up to £500.",
                "confront",
            ),
            (
                "The foundry has cast church bells in the town since 1780.",
                "The foundry has tossed church bells in the town since 1780.",
                "tossed",
            ),
            (
                "The annual show draws visitors from across the county.",
                "The annual show pulls visitors from across the county.",
                "pulls",
            ),
        ],
    );
}

/// The same objects with a verb of the same sense pass, and so do the verbs'
/// other objects ("draws water" → "pulls water").
#[test]
fn a_verb_of_money_papers_or_events_in_the_same_sense_passes() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The new boilers will save the school 4,000 pounds a year.",
                "The new boilers will cut the school's bills by 4,000 pounds a year.",
            ),
            (
                "More than 300 residents signed a letter opposing the closure.",
                "More than 300 residents endorsed a letter opposing the closure.",
            ),
            (
                "The drama group stages five shows a year in the old chapel.",
                "The drama group puts on five shows a year in the old chapel.",
            ),
            (
                "Drivers who ignore the signs could face a fine of up to £500.",
                "Drivers who ignore the signs could risk a fine of up to £500.",
            ),
            (
                "The annual show draws visitors from across the county.",
                "The annual show attracts visitors from across the county.",
            ),
            (
                "The pump draws water from the river.",
                "The pump pulls water from the river.",
            ),
        ],
    );
}
