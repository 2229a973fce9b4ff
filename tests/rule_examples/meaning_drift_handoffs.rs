//! meaning-drift examples from session 44's precision work: shifts another
//! rule names better (a refusal told as a confirmation, polarity-drift's; a
//! quoted "show" told as "prove", misquote's; an attribution cut off into a
//! sentence of its own, fragment's; "had not decided whether" told as
//! "had agreed to", polarity-drift's), and a dropped attribution flagged on
//! the claim's verb, not on a noun that can be a verb ("water bill").
//! From the earlier batches: a denied expectation, a granting verb that drops
//! a denial or a denial made a concession (polarity-drift's), a hedge spun
//! into the wrong sense (garbled-phrase's), a word of degree or a modal
//! changed inside a kept quotation (misquote's), and a hedge or bound another
//! rule reports, which meaning-drift does not tell twice.

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

#[test]
fn a_denied_expectation_is_polarity_not_a_dropped_hedge() {
    let source = "The operator cancelled all services on Monday and said it expected disruption to continue into Tuesday.";
    let suspect = "The operator called off all services on Monday and said it did not expect disruption to continue into Tuesday.";
    assert_eq!(findings_of("polarity-drift", suspect, source), ["not"]);
    assert!(findings_of("meaning-drift", suspect, source).is_empty());
    assert_clean(
        "meaning-drift",
        &[(
            "The group expected profit to rise this year.",
            "The group was anticipating a rise in profit this year.",
        )],
    );
}

#[test]
fn a_hedge_spun_into_the_wrong_sense_is_garbled_not_dropped() {
    let source = "The merged university is expected to open in August 2026.";
    let suspect = "The merged university is relied upon to open in August 2026.";
    assert!(findings_of("meaning-drift", suspect, source).is_empty());
    assert_eq!(findings_of("garbled-phrase", suspect, source), ["relied"]);
}

#[test]
fn a_granting_verb_that_drops_the_denial_is_polarity_not_meaning_drift() {
    let (source, suspect) = (
        "The agency said it could not verify the photographs.",
        "The agency confirmed the photographs.",
    );
    assert_clean("meaning-drift", &[(source, suspect)]);
    assert_flagged("polarity-drift", &[(source, suspect)]);
    assert_flagged(
        "meaning-drift",
        &[(
            "The agency said the photographs were genuine.",
            "The agency confirmed the photographs were genuine.",
        )],
    );
}

#[test]
fn a_hedge_or_bound_another_rule_reports_is_not_also_meaning_drift() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "\"Farmers will have to adapt, perhaps by moving their herds north,\" she said.",
                "\"Farmers will have to adapt, by moving their herds north,\" she said.",
            ),
            (
                "Thieves took rings and watches worth an estimated £186,000 from the shop.",
                "Thieves took rings and watches worth more than £190,000 from the shop.",
            ),
            (
                "Growers said their losses were put at up to $9 million after the storm.",
                "Growers said their losses were of up to $9 million after the storm.",
            ),
            (
                "The driver said he had been stopped at least 15 times this year.",
                "The driver said he had been stopped in any event 15 times this year.",
            ),
        ],
    );
}

#[test]
fn meaning_denial_made_a_concession_is_left_to_polarity() {
    // "denied" → "admitted", "defended" → "conceded": a reversal, which
    // polarity-drift reports; a denial the source itself negates ("did not
    // dispute") grants nothing, so "admitted" still loads the attribution.
    assert_clean(
        "meaning-drift",
        &[
            (
                "Mayor Lena Roth denied that the pool would close, but said opening hours would be cut.",
                "Mayor Lena Roth admitted that the pool would close, but said opening hours would be cut.",
            ),
            (
                "The club said it would review the kick-off time but defended the decision to close the car park.",
                "The club said it would look again at the kick-off time and conceded that closing the car park had been a mistake.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "The club said the stand was safe but did not dispute that fans had waited for hours.",
            "The club said the stand was safe and admitted that fans had waited for hours.",
            "admitted",
        )],
    );
}

#[test]
fn a_word_of_degree_or_scope_changed_inside_a_kept_quotation_is_left_to_misquote() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Council news\n\n\"Every extra month carries some risk,\" said engineer Tom Reeve.\n",
                "Council news\n\n\"Every extra month carries serious risk,\" said engineer Tom Reeve.\n",
            ),
            (
                "Council news\n\n\"We are cautiously optimistic,\" said Dr Ana Vell, the zoo's vet.\n",
                "Council news\n\n\"We are optimistic,\" said Dr Ana Vell, the zoo's vet.\n",
            ),
        ],
    );
    // A modal changed inside the quotation still shifts the speaker's stance,
    // and a degree changed outside one is still flagged.
    assert_cases(
        "meaning-drift",
        &[
            (
                "Council news\n\n\"It may ease on Tuesday,\" said forecaster Ian Dale.\n",
                "Council news\n\n\"It will ease on Tuesday,\" said forecaster Ian Dale.\n",
                "will ease",
            ),
            (
                "Engineer Tom Reeve said every extra month carries some risk.",
                "Engineer Tom Reeve said every extra month carries serious risk.",
                "serious",
            ),
            // A claim played down inside the quotation shifts what the
            // speaker says: "substantial" → "adequate" (the example).
            (
                "Council news\n\n\"We made substantial progress this year,\" said Mayor Ines Okafor.\n",
                "Council news\n\n\"We made adequate progress this year,\" said Mayor Ines Okafor.\n",
                "adequate",
            ),
        ],
    );
}

/// A negation dropped on the very words meaning-drift would report ("will
/// not back" → "could back", "may not have known" → "knew") is one edit,
/// polarity-drift's to name.
#[test]
fn a_modal_or_hedge_flip_polarity_drift_reports_is_not_told_twice() {
    let cases = [
        (
            "The Green Party has said it will not back any increase in the levy.",
            "The Green Party has said it could back an increase in the levy.",
            "could",
        ),
        (
            "Police believe the fish was sold to restaurants, some of which may not have known it was stolen.",
            "Police believe the fish was sold to restaurants, some of which knew it was stolen.",
            "knew",
        ),
    ];
    for (source, suspect, flip) in cases {
        assert_eq!(
            findings_of("polarity-drift", suspect, source),
            [flip],
            "{suspect}"
        );
        assert!(
            findings_of("meaning-drift", suspect, source).is_empty(),
            "{suspect}"
        );
    }
}

/// A speaker's certain modal softened inside a quotation the copy keeps
/// ("the concern it will cause" → "the concern it may cause") is a
/// misquote's; told outside a quotation it is still meaning-drift.
#[test]
fn a_modal_softened_inside_a_kept_quotation_is_left_to_misquote() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "\"We deeply regret this incident and the concern it will cause our customers,\" the company said.",
                "\"We deeply regret this incident and the concern it may cause our customers,\" the company said.",
                "",
            ),
            (
                "The company said the outage will cause delays for customers.",
                "The company said the outage may cause delays for customers.",
                "may",
            ),
        ],
    );
}

/// A verb of saying or stance the source's claim holds after its own verb
/// of saying ("said the council had rejected the petition", "said no calls
/// had been missed") is the claim's, no attribution: kept with the speaker
/// dropped, the claim is stated as fact. One the copy adds still
/// attributes, and a denial before the verb of saying is the speaker's own.
#[test]
fn a_verb_of_saying_inside_the_claim_is_no_attribution() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The residents' group said the council had rejected the petition without a vote.",
                "The council rejected the petition without a vote.",
                "rejected",
            ),
            (
                "The harbour master said no calls for help had been missed during the storm.",
                "No calls for help were missed during the storm.",
                "were missed",
            ),
            (
                "The residents' group said the council had rejected the petition without a vote.",
                "The council rejected the petition without a vote, the group reported.",
                "",
            ),
            (
                "Care home owner denies stealing from residents, trial told",
                "Care home owner denies stealing from residents",
                "",
            ),
        ],
    );
}

/// A modal changed inside words polarity-drift reports as a negation gone
/// ("Nobody should" → "Some people could", "would not" → "could still") is
/// one edit, told once by polarity-drift, even where its finding reaches
/// past meaning-drift's word.
#[test]
fn a_modal_inside_a_flipped_negation_is_left_to_polarity() {
    let cases = [
        (
            "Nobody should have to wait that long for a bed, the manager said on Monday.",
            "Some people could have to wait that long for a bed, the manager said on Monday.",
            "Some people could",
        ),
        (
            "The firm said it would not reopen the depot before the spring, a spokesman said.",
            "The firm said it could still reopen the depot before the spring, a spokesman said.",
            "could still",
        ),
    ];
    assert_clean("meaning-drift", &cases.map(|(s, c, _)| (s, c)));
    assert_cases("polarity-drift", &cases);
}

/// A meaning-drift finding that reaches past polarity-drift's flipped word
/// from other source words ("would be" → "had been rejected" over
/// "considered" → "rejected", "might" → "likely," over "unlikely" →
/// "likely") claims the flipped word twice and tells the same edit again
/// (two authors' pairs, both labelled polarity-drift alone).
#[test]
fn a_change_claiming_a_flipped_word_from_other_words_is_left_to_polarity() {
    let cases = [
        (
            "The council said the bid would be considered at its March meeting.",
            "The council said the bid had been rejected at its March meeting.",
            "rejected",
        ),
        (
            "The bakery said it was unlikely to change its opening hours but might add a second oven next year.",
            "The bakery said a change to its opening hours was likely, and it will add a second oven next year.",
            "likely",
        ),
    ];
    assert_clean("meaning-drift", &cases.map(|(s, c, _)| (s, c)));
    assert_cases("polarity-drift", &cases);
}

/// A weighing told as ruled out ("were considering whether to appeal" →
/// "had ruled out an appeal") is one edit of one source clause: the negation
/// added, which polarity-drift reports beside it, not also a weighing told as
/// past and an act told as settled (two authors' pairs).
#[test]
fn a_weighing_told_as_ruled_out_is_left_to_polarity() {
    let cases = [
        (
            "The court dismissed the claim on Tuesday. Their solicitor said they were disappointed and were considering whether to appeal.",
            "The court dismissed the claim on Tuesday. Their solicitor said they were disappointed and had ruled out an appeal.",
            "out",
        ),
        (
            "The company will keep staging plays at its own venue and would consider returning to the festival next year.",
            "The company will keep staging plays at its own venue but had ruled out returning to the festival next year.",
            "out",
        ),
    ];
    assert_clean("meaning-drift", &cases.map(|(s, c, _)| (s, c)));
    assert_cases("polarity-drift", &cases);
}
