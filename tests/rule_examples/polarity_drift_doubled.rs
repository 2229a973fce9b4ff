//! Polarity-drift examples of session 49: two flips that restate each other
//! a questioned claim told as denied, and a passive without "by".

use super::{assert_cases, assert_clean, findings_of};

#[test]
fn an_amount_or_condition_flipped_with_what_it_governs_restates() {
    let cases = [
        (
            "Inspectors found that fewer than half the kitchens had working extractor fans.",
            "Inspectors found that more than half the kitchens lacked working extractor fans.",
            "",
        ),
        (
            "Night buses will be banned unless the county renews its subsidy.",
            "Night buses will only be allowed if the county renews its subsidy.",
            "",
        ),
        // The amount flipped alone still counts.
        (
            "Inspectors found that fewer than half the kitchens had working extractor fans.",
            "Inspectors found that more than half the kitchens had working extractor fans.",
            "more",
        ),
    ];
    assert_cases("polarity-drift", &cases);
    // Two movements flipped are two flips.
    assert_eq!(
        findings_of(
            "polarity-drift",
            "Takings fell after the bridge closed, traders said.",
            "Takings rose after the bridge reopened, traders said.",
        ),
        ["fell", "closed"]
    );
}

#[test]
fn a_questioned_claim_told_as_denied_is_left_to_meaning_drift() {
    let cases = [
        (
            "Stallholders questioned whether the new sockets could power their ovens.",
            "Stallholders warned that the new sockets could not power their ovens.",
            "",
        ),
        (
            "Parents questioned whether the trust had responded quickly enough.",
            "Parents accused the trust of responding too slowly.",
            "",
        ),
        // A plain claim denied is a flip.
        (
            "Stallholders said the new sockets could power their ovens.",
            "Stallholders warned that the new sockets could not power their ovens.",
            "not",
        ),
        // The question kept, its claim denied: a flip.
        (
            "Stallholders questioned whether the new sockets could power their ovens.",
            "Stallholders questioned whether the new sockets could not power their ovens.",
            "not",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}

#[test]
fn a_passive_without_by_keeps_the_parties() {
    let cases = [
        (
            "Zoo delays penguin pool opening as costs climb to £2 million",
            "Penguin pool opening delayed at zoo as bill rises to £2 million",
            "",
        ),
        // The same verb with its object swapped in the same voice counts.
        (
            "The Hawks defeated the Lions on Saturday.",
            "The Lions defeated the Hawks on Saturday.",
            "defeated",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}

/// A litotes stands for its stem ("not uncommon" is "common"): read against
/// a source word that stem opposes ("rare"), or a synonym of its opposite
/// ("not unusual": "usual" shares a sense with "common"), it is a flip; for
/// the stem itself it restates.
#[test]
fn a_litotes_against_the_source_is_flagged() {
    let source = "Officials said such delays at the border were rare.";
    assert_eq!(
        findings_of(
            "polarity-drift",
            "Officials said such delays at the border were not uncommon.",
            source
        ),
        ["not"]
    );
    assert_eq!(
        findings_of(
            "polarity-drift",
            "Officials said such delays at the border were not unusual.",
            source
        ),
        ["not"]
    );
    assert_clean(
        "polarity-drift",
        &[(
            "Officials said such delays at the border were common.",
            "Officials said such delays at the border were not uncommon.",
        )],
    );
}

/// A "without" that a negation several words before it denies through a
/// verb group, or that a verb of prohibition governs, states a requirement:
/// two negations that restate one with none.
#[test]
fn a_requirement_told_through_without_restates() {
    let source = "The councillor said the council would hold a public consultation before any final decision.";
    let picking =
        "Commercial picking is banned without written permission from the forest authority.";
    let cases = [
        (
            source,
            "The councillor said no final decision would be taken without a public consultation.",
            "",
        ),
        (
            picking,
            "Picking for sale requires written permission from the forest authority.",
            "",
        ),
        // The requirement dropped is a flip.
        (
            source,
            "The councillor said a final decision would be taken without a public consultation.",
            "without",
        ),
        // A denied prohibition leaves its "without" to the denial.
        (
            "Commercial picking requires written permission from the forest authority.",
            "Picking for sale is not banned without written permission from the forest authority.",
            "not",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}
