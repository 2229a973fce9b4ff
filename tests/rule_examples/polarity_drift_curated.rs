//! polarity-drift examples of sessions 46, 47 and 51: curated opposite phrases and
//! words chosen by the written rule (labelled polarity-drift in two or more
//! authors' tune pairs, never clean, no tune false alarm).

use super::*;

#[test]
fn an_expected_outcome_told_as_a_surprise_is_flagged() {
    let source =
        "The union's regional officer said the ruling was disappointing but not unexpected.";
    let suspect =
        "The union's regional officer said the ruling was disappointing and came as a surprise.";
    assert_eq!(
        findings_of("polarity-drift", suspect, source),
        ["came as a surprise"]
    );
    // The same outcome, still expected, in other words.
    let clean =
        "The union's regional officer said the ruling was disappointing but came as no surprise.";
    assert!(findings_of("polarity-drift", clean, source).is_empty());
    let clean = "The union's regional officer said the ruling was disappointing but not unexpected, and came as a surprise to nobody.";
    assert!(findings_of("polarity-drift", clean, source).is_empty());
}

#[test]
fn an_exemption_told_as_covered_is_flagged() {
    let source = "Annual permits, now £40, were not affected by the decision.";
    let suspect = "The decision also covered annual permits, which now cost £40.";
    assert_eq!(
        findings_of("polarity-drift", suspect, source),
        ["also covered"]
    );
    let clean = "Annual permits, which now cost £40, remain unaffected by the decision.";
    assert!(findings_of("polarity-drift", clean, source).is_empty());
}

/// Session 47, by the same rule: a cost absorbed told as one passed on
/// (t866, t1855).
#[test]
fn a_cost_absorbed_told_as_passed_on_is_flagged() {
    let source = "The cost of the new meters would be absorbed by the council.";
    let suspect = "The cost of the new meters would be passed on to the allotment committees.";
    assert_eq!(
        findings_of("polarity-drift", suspect, source),
        ["passed on"]
    );
    let clean = "The council would absorb the cost of the new meters.";
    assert!(findings_of("polarity-drift", clean, source).is_empty());
}

/// Session 51, by the same rule: approval told as doubt (t2225, t2323).
#[test]
fn approval_told_as_doubt_is_flagged() {
    let source = "The federation said it supported the aim of the rules.";
    let suspect = "The federation said it questioned the aim of the rules.";
    assert_eq!(
        findings_of("polarity-drift", suspect, source),
        ["questioned"]
    );
    let clean = "The federation said it backed the aim of the rules.";
    assert!(findings_of("polarity-drift", clean, source).is_empty());
}

/// Session 53: a giving-up, a taking of sides and a backing down against
/// their opposite states (t1937, t2109): denied, the opposite restates them.
#[test]
fn giving_up_taking_sides_and_backing_down_have_opposites() {
    let source = "The council said it was disappointed but would not give up.";
    let suspect = "The council said it was disappointed but would give up.";
    let flipped = "The council said it was disappointed but would persevere.";
    assert_eq!(
        findings_of("polarity-drift", flipped, suspect),
        ["persevere"]
    );
    assert!(findings_of("polarity-drift", flipped, source).is_empty());
    let source = "The group said it was not taking sides but urged both parties to talk.";
    let clean = "The group said it was neutral but urged both parties to talk.";
    assert!(findings_of("polarity-drift", clean, source).is_empty());
    let source = "The union backed down over the new rota, its leader said.";
    let suspect = "The union stood firm over the new rota, its leader said.";
    assert_eq!(
        findings_of("polarity-drift", suspect, source),
        ["stood firm"]
    );
    let source = "The union refused to back down over the new rota, its leader said.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
}

/// Session 62, by the same rule: a service free of charge told as one a fee
/// is charged for (t2551, t2634).
#[test]
fn a_free_service_told_as_charged_for_is_flagged() {
    let source = "Residents can drop off garden waste at the depot free of charge.";
    let suspect = "Residents can drop off garden waste at the depot, which charges a fee.";
    assert_eq!(
        findings_of("polarity-drift", suspect, source),
        ["charges a fee"]
    );
    let clean = "Residents can drop off garden waste at the depot at no cost.";
    assert!(findings_of("polarity-drift", clean, source).is_empty());
}

/// Session 65: a denied delay restated as pressing ahead passes, as two
/// authors label it clean (t2496, t2631); a delay told as pressing ahead is
/// flagged.
#[test]
fn a_denied_delay_told_as_pressing_ahead_passes() {
    let source = "The council said it would not delay the January deadline for drivers.";
    let clean = "The council said it would press ahead with the January deadline for drivers.";
    assert!(findings_of("polarity-drift", clean, source).is_empty());
    let clean = "The council said it would hold firm on the January deadline for drivers.";
    assert!(findings_of("polarity-drift", clean, source).is_empty());
    let source = "The council said it would delay the January deadline for drivers.";
    assert_eq!(
        findings_of("polarity-drift", clean, source),
        ["hold firm on"]
    );
}
