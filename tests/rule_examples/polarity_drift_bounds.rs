//! polarity-drift: a denial restated as a bound or an excess ("could not pay"
//! → "more than they could pay", "no member may serve more than two terms" →
//! "members may serve no more than two terms"), a floor told by "within" as
//! a cap, and a floor made a cap left to meaning-drift.

use super::*;

/// "more than X" restates "not X" where X is no figure and the rewrite
/// keeps no other denial ("could not pay the fee" → "the fee was more than
/// they could pay"); a figure after "more than", or a denial kept on the
/// same side, still counts.
#[test]
fn an_excess_restating_a_denial_passes() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "Many tenants said they could not pay the new service charge.",
                "Many tenants said the new service charge was more than they could pay.",
            ),
            (
                "Closing the footbridge is not a small nuisance for shoppers.",
                "Closing the footbridge is more than a small nuisance for shoppers.",
            ),
        ],
    );
    // A denial kept on the excess's own side: nothing restated.
    assert_clean(
        "polarity-drift",
        &[(
            "The drug did not ease pain more than a dummy pill in the trial.",
            "The drug was no better than a dummy pill at easing pain in the trial.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[
            (
                "Most patients did not wait 20 minutes for a bed.",
                "Most patients waited more than 20 minutes for a bed.",
            ),
            (
                "Most patients were not kept waiting for a bed.",
                "Most patients were kept waiting for more than an hour for a bed.",
            ),
        ],
    );
}

/// "at least" made "at most" is a floor told as a cap, which is
/// meaning-drift's; polarity-drift leaves it ("least" → "most" elsewhere
/// is still an opposite).
#[test]
fn a_floor_made_a_cap_is_left_to_meaning_drift() {
    let source = "Engineers said the repair would take at least three weeks.";
    let cap = "Engineers said the repair would take at most three weeks.";
    assert!(findings_of("polarity-drift", cap, source).is_empty());
    let meaning = findings(&article(cap), &article(source));
    assert!(meaning.iter().any(|f| f.rule == "meaning-drift"));
    let source = "The smallest club drew the most visitors.";
    let flipped = "The smallest club drew the least visitors.";
    assert_eq!(findings_of("polarity-drift", flipped, source), ["least"]);
}

/// A denial moved onto the bound it governed restates it ("no member may
/// serve more than two terms" → "members may serve no more than two
/// terms"); the denial dropped with the bound kept open is still flagged.
#[test]
fn a_denial_moved_onto_its_bound_passes() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "No member may serve more than two terms.",
                "Members may serve no more than two terms.",
            ),
            (
                "Members may not serve more than two terms.",
                "Members may serve no more than two terms.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "No member may serve more than two terms.",
            "Members may serve more than two terms.",
        )],
    );
}

/// A hedge's denial moved onto the bound it governed ("is unlikely to cost
/// more than £5m" → "will probably cost no more than £5m") restates it; the
/// hedge turned with the bound kept open is flagged at the hedge.
#[test]
fn a_hedge_denial_moved_onto_its_bound_passes() {
    assert_clean(
        "polarity-drift",
        &[(
            "The council said the new bridge is unlikely to cost more than £5m.",
            "The council said the new bridge will probably cost no more than £5m.",
        )],
    );
    let source = "The council said the new bridge is unlikely to cost more than £5m.";
    let flipped = "The council said the new bridge will probably cost more than £5m.";
    assert_eq!(findings_of("polarity-drift", flipped, source), ["probably"]);
}

/// A floor not denied told by "within" is a cap ("at least 28 days before"
/// → "within 28 days of", "in more than ten years" → "within the past ten
/// years"); a denied floor is a cap, which "within" keeps.
#[test]
fn a_floor_told_by_within_is_flagged() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Patients at the clinic were kept waiting for more than an hour.",
                "Patients at the clinic were seen within an hour.",
                "within an hour",
            ),
            (
                "Sellers must register at least 28 days before they start trading.",
                "Sellers must register within 28 days of starting to trade.",
                "within 28 days",
            ),
            (
                "A third of visitors had come to the centre in more than ten years.",
                "A third of visitors had come to the centre within the past ten years.",
                "within the past ten years",
            ),
        ],
    );
    assert_clean(
        "polarity-drift",
        &[
            (
                "Patients at the clinic were not kept waiting for more than an hour.",
                "Patients at the clinic were seen within an hour.",
            ),
            (
                "Sellers must register at least 28 days before they start trading.",
                "Sellers must register at least 28 days before starting to trade.",
            ),
        ],
    );
}
