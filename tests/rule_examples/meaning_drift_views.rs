//! meaning-drift examples of a belief told by another verb of holding a view
//! ("cuts they believed were unsafe" → "cuts they considered unsafe", "had
//! assumed" → "had believed"), which passes; a belief told as knowledge, or a
//! hedge of another word dropped beside the restated view, is still flagged.

use super::*;

#[test]
fn belief_told_by_another_verb_of_view_passes() {
    let clean = [
        (
            "Tull said the council had asked them to approve cuts they believed were unsafe.",
            "Tull said the council had asked them to approve cuts they considered unsafe.",
        ),
        (
            "Their solicitor said they had assumed the limit applied only to nature reserves.",
            "Their solicitor said they had believed the limit covered only nature reserves.",
        ),
        (
            "Residents said they thought the crossing was too dangerous for children.",
            "Residents said they felt the crossing was too dangerous for children.",
        ),
    ];
    assert_clean("meaning-drift", &clean);
}

#[test]
fn belief_told_as_knowledge_or_beside_a_dropped_hedge_is_meaning_drift() {
    let flagged = [
        (
            "Their solicitor said they had believed the limit applied only to nature reserves.",
            "Their solicitor said they had known the limit applied only to nature reserves.",
            "known",
        ),
        (
            "Investigators believe the fire may have started in the kitchen.",
            "Investigators consider that the fire started in the kitchen.",
            "started",
        ),
        (
            "Police said officers believed at least two people were involved in the theft.",
            "Police said officers believe two people were involved in the theft.",
            "two",
        ),
    ];
    assert_cases("meaning-drift", &flagged);
}
