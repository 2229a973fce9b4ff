//! polarity-drift: a removed negation flagged on the word or predicate it denied,
//! and denials the source states or merges not counted as added.

use super::*;

#[test]
fn a_negation_dropped_beside_one_an_opposite_answers_is_still_flagged() {
    let source = "Professor Otieno, who was not involved in the study, cautioned that the \
trial was too short to show whether the benefit lasts.";
    let suspect = "Professor Otieno, who was involved in the study, warned that the \
trial was not long enough to show whether the benefit lasts.";
    assert_eq!(findings_of("polarity-drift", suspect, source), ["involved"]);
    let kept = "Professor Otieno, who was not involved in the study, warned that the \
trial was not long enough to show whether the benefit lasts.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
}

#[test]
fn a_misspelt_negator_is_spelling_s_to_report() {
    assert_clean(
        "polarity-drift",
        &[(
            "Residents with disabled badges will be exempt from the levy.",
            "Residents with disabled badges will be exampt from the levy.",
        )],
    );
    assert_cases(
        "spelling",
        &[(
            "Residents with disabled badges will be exempt from the levy.",
            "Residents with disabled badges will be exampt from the levy.",
            "exampt",
        )],
    );
}

#[test]
fn a_removed_negation_is_flagged_on_the_word_it_denied() {
    // The rewrite moved the clause, so the edit holding the lost "not" is
    // long; the finding names the verb the source denied, not the stretch.
    assert_cases(
        "polarity-drift",
        &[(
            "Harlow & Finch, the largest bakery chain, said it would not lower the prices of its bread, which it raised by 6 percent in March despite cheaper wheat.",
            "Harlow & Finch, the largest bakery chain, raised the prices of its bread by 6 percent in March despite cheaper wheat, and said it would now lower them.",
            "lower",
        )],
    );
}

#[test]
fn a_negation_dropped_without_replacement_is_flagged_on_the_word_it_denied() {
    assert_cases(
        "polarity-drift",
        &[(
            "The minister said he was disappointed but not surprised by the result of the ballot.",
            "The result of the ballot had disappointed and surprised him, the minister said.",
            "surprised",
        )],
    );
}

#[test]
fn a_negation_the_source_states_with_the_same_word_is_not_added() {
    assert_clean(
        "polarity-drift",
        &[(
            "Dealers will replace the hinge with a stronger part, a repair that takes about an hour. Owners will be told by letter starting March 2, but parts for all models may not be available until the summer.",
            "Dealers will swap the hinge for a stronger part, a repair that takes about an hour. Owners will be told by letter starting March 2, but parts might not be available for all models until the summer.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "Dealers will replace the bracket. Owners will be told by mail from Nov. 14.",
            "Dealers will replace the bracket. Owners will not be told by mail from Nov. 14.",
        )],
    );
}

#[test]
fn a_removed_negation_is_flagged_in_its_own_clause() {
    assert_cases(
        "polarity-drift",
        &[(
            "The goalkeeper, who disputed both penalties, showed no anger when the whistle went.",
            "The goalkeeper, who contested each penalty, hurled abuse at the referee when the whistle went.",
            "hurled abuse at the referee",
        )],
    );
}

#[test]
fn a_removed_subject_quantifier_is_flagged_on_the_predicate() {
    assert_cases(
        "polarity-drift",
        &[(
            "The harbour master said none of the stranded sailors was in danger, and most had gone home by night.",
            "The harbour master said the stranded sailors were in danger, and most had gone home by night.",
            "were",
        )],
    );
}

#[test]
fn polarity_a_removed_negation_leaving_nothing_new_is_flagged_on_its_predicate() {
    let cases = [
        (
            "The inspectors said no urgent repairs were needed, but no action had been taken on the roof.",
            "The inspectors said no urgent repairs were needed, and had been dealt with on the roof.",
            "and had been dealt",
        ),
        (
            "The union said no compulsory redundancies are planned this year.",
            "The union said compulsary redundancies are planned this year.",
            "compulsary redundancies",
        ),
    ];
    let cases: Vec<(String, String, &str)> = cases
        .iter()
        .map(|(a, b, f)| (article(a), article(b), *f))
        .collect();
    let cases: Vec<(&str, &str, &str)> = cases
        .iter()
        .map(|(a, b, f)| (a.as_str(), b.as_str(), *f))
        .collect();
    assert_cases("polarity-drift", &cases);
}

#[test]
fn polarity_a_denial_merged_from_a_neighbouring_sentence_is_not_added() {
    let source = |denied: &str| {
        format!(
            "The inquest heard from six witnesses over two days. \"Having heard all of the evidence from every \
witness, I am satisfied that Mr Hale was {denied}driving carelessly,\" the coroner told the hearing. \"He was \
travelling at about 12 mph and had indicated for at least four seconds.\""
        )
    };
    let suspect = "The inquest heard from six witnesses over two days. The coroner found that Hale had not driven \
carelessly, had been travelling at about 12 mph and had indicated for at least four seconds.";
    assert_sentences(
        "polarity-drift",
        &[(&source("not "), suspect)],
        &[(&source(""), suspect)],
    );
}

#[test]
fn polarity_a_denial_moved_onto_another_form_of_a_verb_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The firm kept its profit forecast unchanged and said it would not raise fees this year.",
            "The firm held its profit forecast steady and said it would not raise fees this year.",
        )],
        &[(
            "The firm kept its profit forecast unchanged and said it would not raise fees this year.",
            "The firm did not keep its profit forecast unchanged and said it would raise fees this year.",
        )],
    );
}

#[test]
fn polarity_denial_covering_the_same_verb_did_not_move() {
    // "no flights had been cancelled" → "no cancellations": the suspect's
    // denied noun is the verb the source's denial covers; the affirmed
    // "cancelled" of the other clause is the source's affirmed one.
    assert_sentences(
        "polarity-drift",
        &[(
            "The airport said no flights had been cancelled because of the strike, unlike last year, when dozens of flights were cancelled.",
            "There were no cancellations caused by the strike, the airport said, in contrast to last year, when it cancelled dozens of flights.",
        )],
        &[],
    );
}

#[test]
fn a_denial_moved_off_a_verb_of_telling_is_flagged() {
    let source = "Tarrow Mills did not say whether it would sell its flour division.";
    let moved = "Tarrow Mills said it would not sell its flour division.";
    assert_eq!(findings_of("polarity-drift", moved, source), ["not sell"]);
    // A verb of belief raises its denial: "did not expect to" is "expected not to".
    let source = "Tarrow Mills did not expect to raise its flour prices this year.";
    let raised = "Tarrow Mills expected not to raise its flour prices this year.";
    assert!(findings_of("polarity-drift", raised, source).is_empty());
    // The same object denied: "did not announce any" is "announced no".
    let source = "Tarrow Mills did not announce any job cuts on Tuesday.";
    let object = "Tarrow Mills announced no job cuts on Tuesday.";
    assert!(findings_of("polarity-drift", object, source).is_empty());
}

#[test]
fn denial_of_the_act_restated_with_only_is_flagged() {
    let source = "The ministry said it had not consulted the fishing unions on the quota.";
    let briefly =
        "The ministry said it had only briefly consulted the fishing unions on the quota.";
    assert!(!findings_of("polarity-drift", briefly, source).is_empty());
    let source = "Inspectors found no working pumps at four of the stations.";
    let four = "Inspectors found working pumps at only four of the stations.";
    assert!(!findings_of("polarity-drift", four, source).is_empty());
    // A denial of what lies beyond a limit, an "only" of time, condition
    // or place, a sole one, and an "only" after a modal restate it.
    let source = "The union said it would not resume talks while the lockout continued.";
    let once = "The union said it would resume talks only once the lockout was over.";
    assert!(findings_of("polarity-drift", once, source).is_empty());
    let source = "The vaccine is not yet available outside hospitals.";
    let inside = "For now, the vaccine is available only in hospitals.";
    assert!(findings_of("polarity-drift", inside, source).is_empty());
    let source = "Councillor Ana Brell, who cast the lone no vote, said the plan was rushed.";
    let sole = "Councillor Ana Brell, the only member to vote against, said the plan was rushed.";
    assert!(findings_of("polarity-drift", sole, source).is_empty());
}

#[test]
fn denied_belief_lost_with_the_attribution_moved_is_flagged_on_the_clause() {
    let source = "\"We do not accept that the new timetable is unsafe for pupils,\" council leader Ana Brell said.";
    let suspect = "Council leader Ana Brell said that the new timetable was unsafe for pupils.";
    let found = findings_of("polarity-drift", suspect, source);
    assert!(found.iter().any(|f| f.contains("was unsafe")), "{found:?}");
    // A long attribution moved to the front: the "that" comes nine words on.
    let source = "\"We do not accept that the new timetable is unsafe for pupils,\" council leader Ana Brell said in a statement.";
    let suspect = "Council leader Ana Brell said in a statement that the new timetable was unsafe for pupils.";
    let found = findings_of("polarity-drift", suspect, source);
    assert!(found.iter().any(|f| f.contains("was unsafe")), "{found:?}");
}

#[test]
fn denied_clause_dropped_with_only_moved_words_in_its_place_is_not_flagged() {
    // The deliberation told as settled is meaning-drift's; the dropped
    // "no decision" clause is no flip of its own ("has" keeps nothing).
    let source = "Harbour officials said the port authority was weighing a second ferry berth for the island route, though no decision has been made.";
    let suspect = "The port authority has approved a second ferry berth for the island route, harbour officials said.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
    assert!(!findings_of("meaning-drift", suspect, source).is_empty());
}

#[test]
fn a_claim_left_untold_and_told_as_confirmed_is_flagged() {
    // The source denies a verb of saying or finding; the copy attributes the
    // claim as confirmed or found.
    let flagged = [
        (
            "Pellham Rail did not say whether the faulty brake was fitted to its other trains.",
            "Pellham Rail confirmed that the faulty brake was fitted to its other trains.",
        ),
        (
            "The mill's owner did not rule out further job losses at the Denholt site.",
            "The mill's owner confirmed that there would be further job losses at the Denholt site.",
        ),
    ];
    for (source, suspect) in flagged {
        assert!(
            !findings_of("polarity-drift", suspect, source).is_empty(),
            "{suspect}"
        );
    }
    // Kept uncommitted, the claim passes.
    let source =
        "Pellham Rail did not say whether the faulty brake was fitted to its other trains.";
    let kept =
        "Pellham Rail declined to confirm whether the faulty brake was fitted to its other trains.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
    let source = "The mill's owner did not rule out further job losses at the Denholt site.";
    let kept =
        "The mill's owner left open the possibility of further job losses at the Denholt site.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
}

#[test]
fn a_denial_dropped_while_another_clause_gains_one_is_flagged() {
    // The count balances ("no witnesses" is new), but the verb the source
    // denied is now stated as done.
    let source = "At the hearing the rider did not produce receipts or witnesses, and the \
panel did not accept his account.";
    let suspect = "At the hearing the rider produced receipts but no witnesses, and the \
panel did not accept his account.";
    assert_eq!(findings_of("polarity-drift", suspect, source), ["produced"]);
    assert_clean(
        "polarity-drift",
        &[
            // The denial moved onto the object, kept.
            (
                "At the hearing the rider did not produce receipts or witnesses to support his account.",
                "At the hearing the rider produced no receipts or witnesses to support his account.",
            ),
            // The denial kept in a merged sentence.
            (
                "The rider gave evidence at the hearing. He did not produce receipts or witnesses to support his account.",
                "The rider gave evidence at the hearing but did not produce receipts or witnesses to support his account.",
            ),
            // "not many" said as "few".
            (
                "Not many riders produced receipts at the hearing, and the panel did not call witnesses to support their accounts.",
                "Few riders produced receipts at the hearing, and the panel called no witnesses to support their accounts.",
            ),
        ],
    );
}
