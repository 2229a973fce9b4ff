//! meaning-drift examples of careful restatements that must pass: a hedge
//! told in other words, a change another rule names, a stance lowered.

use super::*;

/// "thought about" restates "considered": a deliberation, not a belief put
/// in; "it is thought" still hedges a plain statement.
#[test]
fn thought_about_is_no_hedge_added() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Race director Alan Penhallow said organisers had considered neutralising the descent but decided the road was safe.",
                "Race director Alan Penhallow said organisers had thought about neutralising the descent but concluded the road was safe.",
                "",
            ),
            (
                "The fire started in the kitchen, the brigade said.",
                "The fire, it is thought, started in the kitchen, the brigade said.",
                "it",
            ),
        ],
    );
}

/// A warning of what may come told as a fear of it keeps the hedge ("warn
/// of reed shortage" → "fearing reed shortage"); told as what comes, it is
/// dropped.
#[test]
fn a_warning_told_as_a_fear_keeps_the_hedge() {
    let source = "Thatchers warn of reed shortage as wet summer ruins harvest";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "Wet summer wrecks harvest, leaving thatchers fearing reed shortage",
                "",
            ),
            (
                source,
                "Reed shortage hits thatchers as wet summer wrecks harvest",
                "Reed",
            ),
        ],
    );
}

/// A belief told as a weaker one claims no more ("was confident" →
/// "expected"); told as a stronger one it does ("hoped" → "was confident").
#[test]
fn a_belief_told_as_a_weaker_one_passes() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The developer said it was confident the scheme would be approved.",
                "The developer said it expected the scheme to be approved.",
                "",
            ),
            (
                "Blake said she was sure the museum would break even by 2027.",
                "Blake said she was confident the museum would break even by 2027.",
                "",
            ),
            (
                "Blake said she hoped the museum would break even by 2027.",
                "Blake said she was confident the museum would break even by 2027.",
                "confident",
            ),
        ],
    );
}

/// "sure" tells the same belief as "confident" ("confident the roller
/// would be found" → "sure"), and a stronger belief denied on both sides
/// claims no more ("not sure we would get there" → "not certain"); a belief
/// raised to certainty still drifts ("confident" → "certain").
#[test]
fn sure_is_as_confident_and_a_denied_belief_raised_passes() {
    let source = "The club said it was confident the roller would be found.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "The club said it was sure the roller would be found.",
                "",
            ),
            (
                source,
                "The club said it was certain the roller would be found.",
                "certain",
            ),
            (
                "The director said staff were not sure they would finish the mural by May.",
                "The director said staff were not certain they would finish the mural by May.",
                "",
            ),
        ],
    );
}

/// "would not be surprised if" hedges what follows: restated as an
/// expectation with a modal it puts in no hedge; dropped, it is dropped.
#[test]
fn not_being_surprised_if_is_a_hedge() {
    let source = "The board said it would not be surprised if waits rose again in winter.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "The board said it expected that waits might rise again in winter.",
                "",
            ),
            (
                source,
                "The board said waits would rise again in winter.",
                "would rise",
            ),
            (
                "The board said waits rose again in winter.",
                "The board said waits might rise again in winter.",
                "might",
            ),
        ],
    );
}

/// A quotation turned into another speaker's reported claim ("Fenn said" →
/// "The inspector noted"), which entity-drift gives to that speaker, is not
/// told again as meaning-drift's claim given to another party.
#[test]
fn a_claim_entity_drift_gives_to_another_speaker_is_left_to_it() {
    for (pair, speaker) in [
        ("t937-quarry-planning-appeal", "The inspector"),
        ("t924-forklift-death-fine", "Prosecutor Adrian Lusk"),
    ] {
        let name = speaker.to_string();
        assert!(eval_pair_findings("entity-drift", pair).contains(&name));
        assert!(!eval_pair_findings("meaning-drift", pair).contains(&name));
    }
}

/// An attribution lost with the tail of a sentence cut short is fragment's
/// to report; a cap lost from a figure that stands in for another figure is
/// number-drift's.
#[test]
fn a_cut_sentence_or_a_changed_figure_is_left_to_its_rule() {
    for (pair, rule, text) in [
        ("t621-listeria-fine", "fragment", "has"),
        ("t892-grocer-profit", "number-drift", "7"),
    ] {
        assert!(!eval_pair_findings(rule, pair).is_empty());
        assert!(!eval_pair_findings("meaning-drift", pair).contains(&text.to_string()));
    }
}

/// A count "according to police estimates" told "according to police
/// figures" is still the police's; told as fact it drops the estimate.
#[test]
fn estimates_told_as_the_same_source_s_figures_pass() {
    let source = "Around 120,000 spectators lined the streets, according to police estimates.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "Around 120,000 onlookers lined the roads, according to police figures.",
                "",
            ),
            (
                "The company expects sales to rise, according to analysts' estimates.",
                "Sales will rise, according to analysts.",
                "will rise",
            ),
        ],
    );
}

/// A floor under a negation ("not kept waiting for more than an hour") is a
/// cap, which "within" keeps; "within" for a floor not denied makes it a
/// cap, which polarity-drift reports.
#[test]
fn a_floor_restated_with_within_is_left_to_polarity_drift() {
    assert_sentences(
        "meaning-drift",
        &[
            (
                "Patients at the clinic were not kept waiting for more than an hour.",
                "Patients at the clinic were seen within an hour.",
            ),
            (
                "Nobody was held for more than 48 hours.",
                "Everyone held was released within 48 hours.",
            ),
            (
                "Patients at the clinic were kept waiting for more than an hour.",
                "Patients at the clinic were seen within an hour.",
            ),
        ],
        &[],
    );
}

/// "rejected claims that" restated as "denied that" keeps the claim a
/// denied one, whoever the pronoun names; the claim told as fact is still
/// flagged.
#[test]
fn a_rejected_claim_restated_as_denied_passes() {
    assert_sentences(
        "meaning-drift",
        &[
            (
                "He rejected claims that the company had delayed repairs to save money.",
                "He denied that the company had held back repairs to save money.",
            ),
            (
                "She dismissed claims that the board had ignored the warnings.",
                "She denied that the board had ignored the warnings.",
            ),
        ],
        &[(
            "He rejected claims that the company had delayed repairs to save money.",
            "The company had held back repairs to save money.",
        )],
    );
}

/// "may not" of permission told as a ban ("drones may not fly" → "the rules
/// bar drones from flying") keeps what the source says; a "may not" of
/// possibility made a plain denial is still a hedge dropped.
#[test]
fn a_denied_permission_restated_as_a_ban_passes() {
    assert_sentences(
        "meaning-drift",
        &[
            (
                "Under the new rules, drones may not fly within 150 metres of a school.",
                "The new rules bar drones from flying within 150 metres of a school.",
            ),
            (
                "Lorries may not use the bridge until the repairs are finished.",
                "Lorries are barred from the bridge until the repairs are finished.",
            ),
            (
                "Fishing boats may not enter the protected zone during the breeding season.",
                "Fishing boats are prohibited from entering the protected zone during the breeding season.",
            ),
        ],
        &[(
            "The new drug may not work for older patients, the researchers said.",
            "The new drug does not work for older patients, the researchers said.",
        )],
    );
}

#[test]
fn an_open_question_answered_with_its_verb_of_saying_kept_is_polarity_drift_alone() {
    // "did not say whether" → "said": the negation removed, which
    // polarity-drift reports on the same words; meaning-drift keeps quiet.
    let source = "The sisters lost their titles on Monday. They did not say whether they would challenge it.";
    let suspect = "The sisters lost their titles on Monday. They said they would challenge it.";
    assert!(findings_of("meaning-drift", suspect, source).is_empty());
    assert!(!findings_of("polarity-drift", suspect, source).is_empty());
    // Answered in other words, with no negation named, it stays meaning-drift.
    let source = "Penhallow did not say whether he would stay on as leader.";
    let suspect = "Penhallow confirmed he would stay on as leader.";
    assert_eq!(findings_of("meaning-drift", suspect, source), ["confirmed"]);
}
