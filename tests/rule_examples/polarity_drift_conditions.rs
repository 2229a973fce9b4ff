//! polarity-drift examples of session 58: a condition turned round around a
//! kept act (one the act needs, an exception to it, one set aside).

use super::*;

#[test]
fn a_needed_condition_told_as_one_set_aside_is_flagged() {
    let source = "Photography will be allowed only with the written consent of the family.";
    let suspect = "Photography will be allowed even without the written consent of the family.";
    assert_eq!(
        findings_of("polarity-drift", suspect, source),
        ["even without"]
    );
    // Turned round with its act, the condition is the same.
    let suspect = "Photography will not be allowed without the written consent of the family.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
}

#[test]
fn a_needed_condition_told_as_an_exception_is_flagged() {
    // Opt-in told as opt-out.
    let source = "The landlord will be informed only with the client's consent.";
    let suspect = "The landlord will be informed unless the client objects.";
    assert_eq!(findings_of("polarity-drift", suspect, source), ["unless"]);
    // "Not … unless" is "only if".
    let source = "The bridge will not reopen unless the repairs are finished.";
    let suspect = "The bridge will reopen only if the repairs are finished.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
    // So is a ban with an exception.
    let source = "Grooming will be banned unless a member of staff stays in the room.";
    let suspect = "Grooming will be allowed only if a member of staff remains in the room.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
}

#[test]
fn a_condition_set_aside_told_as_an_exception_is_flagged() {
    let source =
        "An ambulance will be sent to every call regardless of whether a fire crew attends.";
    let suspect = "An ambulance will be sent to every call unless a fire crew attends.";
    assert_eq!(findings_of("polarity-drift", suspect, source), ["unless"]);
    // Rewordings within one kind pass.
    let suspect = "An ambulance will be sent to every call whether or not a fire crew attends.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
    let source = "The market will close unless the council steps in.";
    let suspect = "The market will close except if the council steps in.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
    // A bare "without" may be an exception.
    let source = "The plant would close without new funding.";
    let suspect = "The plant would close unless new funding arrived.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
}

/// A likelihood turned round with a denial in the act it weighs restates
/// ("unlikely to compete" → "likely to struggle to compete"); turned round
/// alone, or with its outcome before it, it is flagged.
#[test]
fn a_likelihood_turned_round_with_its_outcome_denied() {
    let source = "The study found that men were the least likely to finish the course.";
    let suspect = "The study found that men were the most likely to drop out of the course.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
    let suspect = "The study found that men were the most likely to finish the course.";
    assert_eq!(findings_of("polarity-drift", suspect, source), ["most"]);
    let source = "Traders said the wages on offer were unlikely to compete with warehouse jobs.";
    let suspect =
        "Traders said the wages on offer were likely to struggle to compete with warehouse jobs.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
    let suspect = "Traders said the wages on offer were likely to compete with warehouse jobs.";
    assert_eq!(findings_of("polarity-drift", suspect, source), ["likely"]);
    let source = "Analysts said a collapse of the coalition was unlikely in the short term.";
    let suspect = "Analysts said a breakdown of the coalition was likely in the near term.";
    assert_eq!(findings_of("polarity-drift", suspect, source), ["likely"]);
}
