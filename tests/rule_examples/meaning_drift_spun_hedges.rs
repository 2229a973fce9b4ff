//! meaning-drift examples from session 69: a hedge a spinner swapped for a
//! wrong-sense near-synonym ("provisional figures" → "temporary figures",
//! "estimates the cost will" → "appraises the cost will") is
//! garbled-phrase's alone, while a hedge simply dropped stays
//! meaning-drift's.

use super::*;

#[test]
fn a_provisional_result_told_as_temporary_is_garbled_not_dropped() {
    let source = "The provisional figures show turnout rose to 61 percent.";
    let suspect = "The temporary figures show turnout rose to 61 percent.";
    assert!(findings_of("meaning-drift", suspect, source).is_empty());
    assert_eq!(
        findings_of("garbled-phrase", suspect, source),
        ["temporary"]
    );
}

#[test]
fn an_estimate_told_as_appraised_is_garbled_not_dropped() {
    let source = "The trust estimates the repairs will cost about £9,000.";
    let suspect = "The trust appraises the repairs will cost about £9,000.";
    assert!(findings_of("meaning-drift", suspect, source).is_empty());
    assert_eq!(
        findings_of("garbled-phrase", suspect, source),
        ["appraises"]
    );
}

#[test]
fn a_hedge_simply_dropped_is_still_meaning_drift() {
    assert_flagged(
        "meaning-drift",
        &[(
            "The provisional figures show turnout rose to 61 percent.",
            "The figures show turnout rose to 61 percent.",
        )],
    );
}

#[test]
fn a_provisional_licence_told_as_temporary_passes() {
    assert_clean(
        "garbled-phrase",
        &[(
            "The provisional licence runs for a year.",
            "The temporary licence runs for a year.",
        )],
    );
}
