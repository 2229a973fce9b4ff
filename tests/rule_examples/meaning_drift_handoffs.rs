//! meaning-drift examples from session 44's precision work: shifts another
//! rule names better (a refusal told as a confirmation, polarity-drift's; a
//! quoted "show" told as "prove", misquote's; an attribution cut off into a
//! sentence of its own, fragment's; "had not decided whether" told as
//! "had agreed to", polarity-drift's), and a dropped attribution flagged on
//! the claim's verb, not on a noun that can be a verb ("water bill").

use super::*;

/// "declined to say how many" → "confirmed that": the refusal reversed is
/// polarity-drift's, not an attribution made affirming (two authors' pairs).
#[test]
fn a_refusal_told_as_a_confirmation_is_left_to_polarity() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Kelford Taxis said the marshals would start in May. She declined to say how many officers would be on duty.",
                "Kelford Taxis said the marshals would start in May. She confirmed that officers would be on duty.",
            ),
            (
                "The nursery paid the fine. It declined to say whether any staff had been dismissed.",
                "The nursery paid the fine. It confirmed that no staff had been dismissed.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "The nursery paid the fine. It said that two staff had been dismissed.",
            "The nursery paid the fine. It confirmed that two staff had been dismissed.",
            "confirmed",
        )],
    );
}

/// "show" → "prove" inside a quotation the copy keeps is a quoted word
/// changed, misquote's; outside one it still drifts.
#[test]
fn a_proof_made_inside_a_kept_quotation_is_left_to_misquote() {
    assert_clean(
        "meaning-drift",
        &[(
            "\"The numbers show people are using it,\" she said.",
            "\"The numbers prove people are using it,\" she said.",
        )],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "The numbers show people are using the lane, she said.",
            "The numbers prove people are using the lane, she said.",
            "prove",
        )],
    );
}

/// "…, according to the Coastal Monitoring Office" → "… . According to
/// the.": the attribution stands cut off beside the claim, which fragment
/// reports; dropped whole, it is still a claim stated as fact.
#[test]
fn an_attribution_cut_off_into_its_own_sentence_is_no_attribution_dropped() {
    let source = "Saltby's cliffs are made of soft clay and are among the fastest-eroding in Europe, according to the Coastal Monitoring Office.";
    assert_clean(
        "meaning-drift",
        &[(
            source,
            "Saltby's cliffs are made of soft clay and are among the fastest-eroding in Europe. According to the.",
        )],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            source,
            "Saltby's cliffs are made of soft clay and are among the fastest-eroding in Europe.",
        )],
    );
}

/// "has not yet decided whether to fund" → "has agreed to fund": a decision
/// whose negation was dropped, like "has decided to fund", polarity-drift's.
#[test]
fn an_undecided_act_told_as_agreed_is_left_to_polarity() {
    let source = "The trust has not yet decided whether to fund the scheme.";
    assert_clean(
        "meaning-drift",
        &[(source, "The trust has agreed to fund the scheme.")],
    );
    assert_flagged(
        "meaning-drift",
        &[(source, "The trust will fund the scheme.")],
    );
}

/// "The council's water bill … has more than doubled": "water" can be a
/// verb, but before the clause's auxiliary it heads the subject.
#[test]
fn a_dropped_attribution_is_flagged_on_the_auxiliary_after_a_noun_subject() {
    assert_cases(
        "meaning-drift",
        &[(
            "Town clerk Bernard Akinsola said the council's water bill for the three sites had more than doubled in four years.",
            "The council's water bill for the three sites has more than doubled in four years.",
            "has",
        )],
    );
}
