//! meaning-drift examples from session 46's attribution work: a source that
//! opens on its speaker, whose claim the copy states as fact in one clause
//! while naming the speaker only in another.

use super::*;

#[test]
fn a_speaker_named_only_in_another_clause_attributes_nothing() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The park said the elephants would stay in Rotterdam until April and that it would pay the costs of the Dutch zoo.",
                "The elephants will stay in Rotterdam until April, and the park will pay the costs of the Dutch zoo.",
                "will stay",
            ),
            (
                "The residents' association said the closure would coincide with the busiest weeks for hospital appointments and asked the council to delay the work.",
                "The closure will coincide with the busiest weeks for hospital appointments, and the residents' association has asked the council to delay the work.",
                "will coincide",
            ),
            (
                "The review said inspections were not skipped but found gaps in the maintenance records.",
                "Inspections were not skipped, though the review found gaps in the maintenance records.",
                "were",
            ),
            // A verb of saying anywhere in the sentence still attributes.
            (
                "The residents' association said the closure would coincide with the busiest weeks for hospital appointments and asked the council to delay the work.",
                "The closure will coincide with the busiest weeks for hospital appointments, the residents' association said, and it has asked the council to delay the work.",
                "",
            ),
            // A source whose speaker does not open it vouches for no one clause.
            (
                "Tortoises can live for more than 80 years, and several of the missing animals were over 50, according to the sanctuary's records.",
                "Tortoises can live beyond 80 years, and the sanctuary's records show that several of the missing animals were older than 50.",
                "",
            ),
        ],
    );
}

#[test]
fn a_claim_told_in_another_sentence_is_not_stated_here() {
    let source = "Rain came through the ceiling, but volunteers had covered the cases with sheeting, and curator Alwyn Deacon said no buttons had been lost.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "Rain came through the ceiling, but volunteers had covered the cases with sheeting.",
                "",
            ),
            (
                source,
                "Rain came through the ceiling, but volunteers had covered the cases with sheeting, and no buttons had been lost.",
                "had covered",
            ),
            // "said on Wednesday" holds no claim: the claim before it is stated.
            (
                "Sensors reduced collisions by 22 percent during their first winter, the roads agency said on Wednesday.",
                "Sensors reduced collisions by 22% in their first winter.",
                "reduced",
            ),
        ],
    );
}
