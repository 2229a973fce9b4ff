//! polarity-drift: a predicate adjective after "be" told by a thesaurus kin
//! of its WordNet opposite ("uncommon" → "frequent", by way of "common").

use super::*;

#[test]
fn a_predicate_told_by_kin_of_its_opposite_is_flagged() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The warden said breakdowns of the lift were uncommon.",
                "The warden said breakdowns of the lift were frequent.",
                "frequent",
            ),
            (
                "Inspectors found the fire exits to be adequate.",
                "Inspectors found the fire exits to be insufficient.",
                "insufficient",
            ),
            (
                "A surveyor said the cracking was normal for a wall of that age.",
                "A surveyor said the cracking was unusual for a wall of that age.",
                "unusual",
            ),
        ],
    );
}

#[test]
fn a_synonym_participle_or_change_of_degree_passes() {
    assert_clean(
        "polarity-drift",
        &[
            // A synonym of the source's word.
            (
                "The warden said breakdowns of the lift were uncommon.",
                "The warden said breakdowns of the lift were rare.",
            ),
            // A passive participle, not a predicate adjective.
            (
                "The patients were moved to a ward on the second floor.",
                "The patients were taken to a ward on the second floor.",
            ),
            // Not after "be".
            (
                "Inspectors called the fire exits adequate.",
                "Inspectors called the fire exits insufficient.",
            ),
        ],
    );
    // A change of degree is meaning-drift's to judge.
    assert_cases(
        "polarity-drift",
        &[(
            "The effect on sales was modest, the chain said.",
            "The effect on sales was sharp, the chain said.",
            "",
        )],
    );
}
