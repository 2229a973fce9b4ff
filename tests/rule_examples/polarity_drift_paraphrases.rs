//! polarity-drift: hard paraphrases of a negation that must pass clean: litotes,
//! conditions turned round, failures told as alternatives, states and distances.

use super::*;

#[test]
fn hard_negation_paraphrases_pass_clean() {
    let cases = [
        (
            "The drug did not reduce the use of painkillers.",
            "The drug failed, however, to reduce the use of painkillers.",
        ),
        (
            "She said the change was not harmless.",
            "She said the change was far from harmless.",
        ),
        (
            "Police urged people not to drive through floodwater.",
            "Police warned against driving through floodwater.",
        ),
        (
            "The club wants a forward on a permanent deal rather than a loan.",
            "The club would rather sign a forward permanently than on loan.",
        ),
        (
            "The retrial is expected to begin no earlier than January.",
            "The retrial is not expected to start before January.",
        ),
        (
            "The judge had wrongly admitted the evidence.",
            "The judge should not have admitted the evidence.",
        ),
        (
            "The rule means no search takes place without a warrant.",
            "The rule means every search now requires a warrant.",
        ),
        (
            "The motion was passed unanimously.",
            "The motion was passed without a single vote against.",
        ),
        (
            "The firm weighs cutting up to 600 jobs.",
            "The firm will cut 600 jobs.",
        ),
    ];
    assert_clean("polarity-drift", &cases);
    // The same words still count where they deny nothing.
    assert_eq!(
        findings_of(
            "polarity-drift",
            "Police said they would take action against the group.",
            "Police said they would not take any action against the group."
        ),
        ["take"]
    );
}

#[test]
fn litotes_silence_sidelining_and_decisions_still_pending_restate_a_negation() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "Waits were not unlike those seen at the height of the pandemic.",
                "Waits were similar to those seen at the height of the pandemic.",
            ),
            (
                "Delaine did not speak at the hearing.",
                "Delaine stayed silent at the hearing.",
            ),
            (
                "The agency said it had not yet decided whether to appeal.",
                "The agency said it was still deciding whether to appeal.",
            ),
        ],
    );
    // The litotes' own denial dropped is still a flip.
    assert_cases(
        "polarity-drift",
        &[(
            "He said a single stuck gate in a first trial was not unusual.",
            "He said a single stuck gate in a first trial was unusual.",
            "unusual",
        )],
    );
}

#[test]
fn a_failure_restated_as_its_opposite_phrase_is_clean() {
    // "most hospitals still failed to meet targets" → "still fell short of
    // their targets", in a whole article whose other edits leave the
    // negation count to this phrase alone.
    let found = eval_pair_findings("polarity-drift", "t781-hospital-waiting-list");
    assert!(!found.iter().any(|t| t == "fell short of"), "{found:?}");
}

#[test]
fn an_opposite_phrase_the_source_also_states_is_no_flip() {
    assert_clean(
        "polarity-drift",
        &[(
            "The planning board rejected a request to extend opening hours but approved a new car park.",
            "The planning board turned down a bid to extend opening hours while backing a new car park.",
        )],
    );
}

#[test]
fn cleared_of_a_charge_restates_found_not_guilty() {
    assert_clean(
        "polarity-drift",
        &[(
            "The harbour master was found not guilty of theft on Friday after a two-week trial.",
            "The harbour master was cleared of theft on Friday after a two-week trial.",
        )],
    );
}

#[test]
fn a_negation_restated_as_a_state_or_a_distance_passes_polarity_drift() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The mural had not been shown in public since 1962.",
                "The mural had been out of public sight since 1962.",
            ),
            (
                "The blaze had not been brought under control by Friday night.",
                "The blaze was still raging out of control on Friday night.",
            ),
            (
                "The mayor said the new bridge would not open for at least three years.",
                "The mayor said the new bridge was at least three years away.",
            ),
            (
                "The chef had no previous convictions, the court heard.",
                "The chef had a clean record, the court heard.",
            ),
            (
                "The win ended a nine-year run without a trophy for the village side.",
                "The win ended a nine-year wait for a trophy for the village side.",
            ),
        ],
    );
    // "out of" after a verb it completes, or before a determiner, is no state.
    assert_flagged(
        "polarity-drift",
        &[(
            "The club said it would not withdraw from the league.",
            "The club said it would pull out of the league.",
        )],
    );
}

#[test]
fn an_opposite_moved_beside_one_shared_word_is_polarity_drift() {
    assert_cases(
        "polarity-drift",
        &[(
            "The union said that conditions at four of the depots had worsened.",
            "The union said that conditions had improved at four of the depots.",
            "improved",
        )],
    );
    // The source sentence holds both sides: "backed" may restate either.
    assert_clean(
        "polarity-drift",
        &[(
            "Members rejected a longer season but approved a new trophy.",
            "Members voted down a longer season but backed a new trophy.",
        )],
    );
}

#[test]
fn a_failed_condition_restated_as_an_alternative_is_clean() {
    let source = "The company has 120 days to comply. If it fails to do so, the permit will lapse.";
    assert_clean(
        "polarity-drift",
        &[(
            source,
            "The company has 120 days to comply, or the permit will lapse.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            source,
            "The company has 120 days to comply. If it does so, the permit will lapse.",
        )],
    );
}

#[test]
fn without_being_restated_as_before_being_keeps_polarity() {
    assert_clean(
        "polarity-drift",
        &[(
            "The share of callers who hung up without being answered fell to 6%.",
            "Fewer callers, 6%, hung up before being answered.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "The share of callers who hung up without being answered fell to 6%.",
            "The share of callers who hung up after being answered fell to 6%.",
        )],
    );
}

#[test]
fn polarity_nowhere_near_denies_as_not_does() {
    assert_clean(
        "polarity-drift",
        &[(
            "The grant was not enough to cover the repairs to the pier, the council said.",
            "The grant was nowhere near enough to cover the repairs to the pier, the council said.",
        )],
    );
}

#[test]
fn polarity_missed_before_a_noun_describes() {
    assert_clean(
        "polarity-drift",
        &[(
            "The regulator fined the rail operator over missed punctuality targets.",
            "The rail operator was fined by the regulator over punctuality targets.",
        )],
    );
}

#[test]
fn polarity_litotes_and_graded_superlatives_pass() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The bypass plan is not without its critics.",
                "The bypass plan has its critics.",
            ),
            (
                "River levels have not been this low since 2015.",
                "River levels are at their lowest since 2015.",
            ),
        ],
        &[(
            "The bypass plan is without its critics.",
            "The bypass plan has its critics.",
        )],
    );
}

/// A litotes beside another restated negation: together they still
/// restate; the litotes undone is flagged.
#[test]
fn polarity_a_litotes_beside_a_carried_negation() {
    assert_clean(
        "polarity-drift",
        &[(
            "Officers said the turbines would not be visible from the village and that the scheme was not without risks to birds.",
            "Officers said the turbines would be hidden from the village and that the scheme carried some risks to birds.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "Officers said the turbines would not be visible from the village and that the scheme was not without risks to birds.",
            "Officers said the turbines would be hidden from the village and that the scheme was without risks to birds.",
        )],
    );
}

/// A condition turned round with a denial in what it governs restates
/// ("if funding is secured" → "unless funding falls short").
#[test]
fn a_condition_turned_round_with_its_condition_denied() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The course will run if funding is secured.",
            "The course will run unless funding falls short.",
        )],
        &[(
            "The bridge will reopen if repairs are finished.",
            "The bridge will reopen unless repairs are finished.",
        )],
    );
}

/// "Flawed" and "sound" are opposites: a denied flaw restated as soundness
/// passes, as "did not approve" → "rejected" does; a flaw made sound is flagged.
#[test]
fn a_denied_flaw_restated_as_sound() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The auditors said the tender process had not been flawed.",
            "The auditors said the tender process had been sound.",
        )],
        &[(
            "The auditors said the tender process had been flawed.",
            "The auditors said the tender process had been sound.",
        )],
    );
}

#[test]
fn missed_describing_the_object_of_an_infinitive_passes() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The courier will install 900 lockers in the region's towns, the company said.",
            "The courier will install 900 lockers in the region's towns to cut missed deliveries, the company said.",
        )],
        &[(
            "The courier said its drivers were expected to reach every address on time.",
            "The courier said its drivers were expected to have missed some addresses.",
        )],
    );
}

#[test]
fn a_why_question_restated_as_no_reason_passes() {
    let rewritten = "The driver said the roads were empty and he saw no reason to stop. \"The light was green,\" he said.";
    let asked = "\"The roads were empty, so I thought, why stop?\" the driver said. \"The light was green.\"";
    assert!(findings_of("polarity-drift", rewritten, asked).is_empty());
    let stopped =
        "\"The roads were empty, so I stopped,\" the driver said. \"The light was green.\"";
    assert!(!findings_of("polarity-drift", rewritten, stopped).is_empty());
}

#[test]
fn far_from_restating_a_denied_adjective_and_adverbs_of_negative_words_pass() {
    let source = "The minister said the settlement was not perfect but called it fair.";
    let far = "The minister said the settlement was far from perfect but called it fair.";
    assert!(findings_of("polarity-drift", far, source).is_empty());
    let source = "A resident who spoke anonymously said the gates had been left open.";
    let without = "A resident, speaking without giving a name, said the gates had been left open.";
    assert!(findings_of("polarity-drift", without, source).is_empty());
}
