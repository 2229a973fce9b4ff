//! polarity-drift: an earliest bound kept in other words. "Not … before T",
//! "not … until T" and "T at the earliest" say the same: nothing before T.

use super::*;

#[test]
fn no_act_before_a_time_restates_not_until_it() {
    let source =
        "The mill would not face enforcement action until March next year, the directorate said.";
    let kept = "No enforcement action would be taken against the mill before March next year, the directorate said.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
    // Without the source's own "not … until" the bound is no kept one.
    let open =
        "The mill would face enforcement action until March next year, the directorate said.";
    assert_eq!(findings_of("polarity-drift", kept, open), ["No"]);
    // Another time is no bound kept.
    let other = "No enforcement action would be taken against the mill before June next year, the directorate said.";
    assert_eq!(findings_of("polarity-drift", other, source), ["No"]);
}

#[test]
fn the_earliest_time_restates_not_before_it() {
    let source = "The review will take six months, and bills would not be issued before April 2026 at the earliest.";
    let kept =
        "The review will take six months, and the earliest bills would be issued is April 2026.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
    // "Before April" kept undenied still flips.
    let flipped = "The review will take six months, and bills would be issued before April 2026 at the earliest.";
    assert_eq!(
        findings_of("polarity-drift", flipped, source),
        ["be issued"]
    );
}

#[test]
fn a_time_no_earlier_than_told_as_the_time_is_meaning_drifts() {
    let source = "The new permit rules will apply no earlier than April, the council said.";
    let told = "The new permit rules will apply from April, the council said.";
    assert!(findings_of("polarity-drift", told, source).is_empty());
    let sooner = "The line will open no sooner than 2027, the operator said.";
    let opens = "The line will open in 2027, the operator said.";
    assert!(findings_of("polarity-drift", opens, sooner).is_empty());
    // Another time is no bound told as the time.
    let other = "The new permit rules will apply from June, the council said.";
    assert_eq!(findings_of("polarity-drift", other, source), ["from June"]);
}
