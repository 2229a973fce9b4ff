//! polarity-drift: a removed negation whose scope an inserted "only", "all"
//! or "every" now tells the other way round is flagged through that word.

use super::*;

#[test]
fn a_dropped_denial_restated_by_an_inserted_only_is_flagged_through_it() {
    let source = "Ferries will not sail at weekends during the winter, the operator said.";
    let suspect = "Ferries will sail only at weekends during the winter, the operator said.";
    assert_eq!(
        findings_of("polarity-drift", suspect, source),
        ["sail only"]
    );
    // The denial kept: nothing turned round.
    let kept = "Ferries will not sail at weekends in the winter, the operator said.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
}

#[test]
fn a_dropped_no_restated_by_an_inserted_all_is_flagged_through_it() {
    let source = "No resident who wrote to the council in March supported the new car park.";
    let suspect = "The residents who wrote to the council in March all supported the new car park.";
    assert_eq!(
        findings_of("polarity-drift", suspect, source),
        ["The residents who wrote to the council in March all"]
    );
}

#[test]
fn a_scope_word_the_source_already_had_does_not_move_the_finding() {
    // "every" restates the source's "all": the finding stays on the clause
    // that stood where the denial did.
    let source = "The driver, who admitted all the offences, showed no remorse in court.";
    let suspect = "The driver, who admitted every offence, broke down in tears in court.";
    assert_eq!(
        findings_of("polarity-drift", suspect, source),
        ["broke down in tears"]
    );
}
