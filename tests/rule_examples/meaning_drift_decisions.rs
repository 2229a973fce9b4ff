//! meaning-drift examples of open matters told as settled: a decision still
//! weighed, a question left open, a review, examination or agreement in
//! principle told as decided; a deliberation kept in other words passes.

use super::*;

#[test]
fn a_decision_still_weighed_stated_as_taken_drifts_wherever_the_act_moved() {
    assert_cases(
        "meaning-drift",
        &[(
            "The firm said it would study the ruling before deciding whether to appeal.",
            "The firm said it would appeal the ruling.",
            "appeal",
        )],
    );
}

#[test]
fn a_question_left_open_stated_as_answered_is_meaning_drift() {
    let source = "She said the deal would not push up fares this year. The operator has not said whether fares will rise in 2026.";
    let suspect = "She said the deal would not push up fares this year. Fares will, however, rise in 2026, the operator said.";
    assert_eq!(findings_of("meaning-drift", suspect, source), ["Fares"]);
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
    assert_cases(
        "meaning-drift",
        &[
            (
                "Penhallow did not say whether he would stay on as leader.",
                "Penhallow confirmed he would stay on as leader.",
                "confirmed",
            ),
            // Still open in other words.
            (
                "Penhallow did not say whether he would stay on as leader.",
                "Penhallow did not say if he would stay on as leader.",
                "",
            ),
        ],
    );
    // A decision denied is a negation removed, for polarity-drift.
    assert_cases(
        "polarity-drift",
        &[(
            "The club said he had not decided whether to retire.",
            "The club said he had decided to retire.",
            "decided",
        )],
    );
}

#[test]
fn an_agreement_in_principle_stated_as_final_is_meaning_drift() {
    let source = "Kestonia has agreed in principle to sell 1.2 million tonnes of wheat to Marath, the ministry said.";
    assert_flagged(
        "meaning-drift",
        &[(
            source,
            "Kestonia has finalised a deal to sell 1.2 million tonnes of wheat to Marath, the ministry said.",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            source,
            "Kestonia has provisionally agreed to sell 1.2 million tonnes of wheat to Marath, the ministry said.",
        )],
    );
}

#[test]
fn a_review_or_an_open_question_told_as_decided_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The transport board said it would review the night bus timetable in March.",
                "The transport board said it would scrap the night bus timetable in March.",
                "scrap",
            ),
            (
                "The regulator said it was reviewing whether the merger would breach competition rules.",
                "The regulator said it had concluded that the merger would breach competition rules.",
                "had concluded that",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "The transport board said it would review the night bus timetable in March.",
                "The transport board said it would examine the night bus timetable in March.",
            ),
            (
                "The transport board said it would review the night bus timetable in March.",
                "The transport board said it would look over the night bus timetable in March.",
            ),
            (
                "Asked whether the union would call another strike this month, its leader declined to answer.",
                "Would the union call another strike this month? Its leader declined to answer.",
            ),
        ],
    );
}

#[test]
fn meaning_open_question_with_a_past_verb_stated_as_settled() {
    // "examining whether the pumps failed" → "said the pumps failed": the
    // open question's own past verb, kept without its "whether".
    assert_cases(
        "meaning-drift",
        &[
            (
                "The water board said it was examining whether the pumps failed during the storm.",
                "The water board said the pumps failed during the storm.",
                "failed",
            ),
            (
                "The regulator is reviewing whether the operator breached its licence.",
                "The regulator said the operator breached its licence.",
                "said",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The regulator is reviewing whether the operator breached its licence.",
            "The regulator is reviewing if the operator breached its licence.",
        )],
    );
}

#[test]
fn an_outcome_the_source_states_in_another_form_is_not_pending() {
    // "winning 44 percent" → "won": the source tells the vote's outcome.
    assert_sentences(
        "meaning-drift",
        &[(
            "Mayor Ortiz lost his bid for a second term, winning 44 percent of the vote against 53 percent for his rival.",
            "Mayor Ortiz was denied a second term as his rival won 53 percent of the vote to his 44 percent.",
        )],
        &[],
    );
}

#[test]
fn weighing_up_a_step_is_a_hedge() {
    // "weighing up strike action" deliberates; "weighing up to 40 kg" does not.
    let clean = [(
        "The union said it was considering strike action over the pay offer.",
        "The union said it was weighing up strike action over the pay offer.",
    )];
    let flagged = [(
        "The union said it was weighing up strike action over the pay offer.",
        "The union said it would strike over the pay offer.",
    )];
    assert_sentences("meaning-drift", &clean, &flagged);
}

#[test]
fn meaning_an_examination_told_as_decided_is_flagged() {
    assert_sentences(
        "meaning-drift",
        &[
            (
                "The agency said it was reviewing the request for a second wall.",
                "The agency said it was studying the request for a second wall.",
            ),
            (
                "The institute is seeking approval to begin the trial next year.",
                "The institute has applied for approval to begin the trial next year.",
            ),
            (
                "The board said it was reviewing the contract it signed in March.",
                "The board said it was examining the contract it signed in March.",
            ),
        ],
        &[
            (
                "The agency said it was reviewing the request for a second wall.",
                "The agency said it had approved the request for a second wall.",
            ),
            (
                "The port authority said it was considering the union's bid for extra breaks.",
                "The port authority said it had granted the union's bid for extra breaks.",
            ),
            (
                "A second link to the airport is under consideration, the mayor said.",
                "A second link to the airport has been approved, the mayor said.",
            ),
        ],
    );
}

/// A plan told as decided and a plain "more than" widened to "well over"
/// drift; a plan kept as planned and a plain bound kept pass.
#[test]
fn a_plan_made_a_decision_and_a_floor_widened_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The council also plans to close two of its recycling centres.",
                "The council has also decided to close two of its recycling centres.",
                "decided",
            ),
            (
                "The council also plans to close two of its recycling centres.",
                "The council is also planning to close two of its recycling centres.",
                "",
            ),
            (
                "The club has spent more than 40 million pounds on players since May.",
                "The club has spent well over 40 million pounds on players since May.",
                "well over",
            ),
            (
                "The club has spent more than 40 million pounds on players since May.",
                "The club has spent over 40 million pounds on players since May.",
                "",
            ),
        ],
    );
}

/// An open decision ("had not decided whether to") told as settled drifts;
/// told as "had decided to", the dropped negation is polarity-drift's.
#[test]
fn an_undecided_act_told_as_settled_drifts() {
    let source = "The museum said it had not yet decided whether to sell the tapestry.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "The museum said it would sell the tapestry.",
                "sell",
            ),
            (
                source,
                "The museum said it had decided to sell the tapestry.",
                "",
            ),
            (
                source,
                "The museum said it was still deciding whether to sell the tapestry.",
                "",
            ),
        ],
    );
}

#[test]
fn a_deliberation_in_another_form_and_a_report_moved_out_of_its_relative_pass() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Island council weighs ferry levy to fund harbour repairs\n\nThe council met on Monday.\n",
                "Island council mulls ferry levy to fund harbour repairs\n\nThe council met on Monday.\n",
            ),
            (
                "Council news\n\nThe report blamed a new booking system, which it said had caused \"considerable confusion\".\n",
                "Council news\n\nAccording to the report, the delays came from a new booking system, which had caused \"considerable confusion\", it said.\n",
            ),
        ],
    );
    // The report dropped with nothing put in its place still drifts.
    assert_cases(
        "meaning-drift",
        &[(
            "The trust, which says it has 1,800 members, said it would appeal.",
            "The trust, which has 1,800 members, said it would appeal.",
            "which has",
        )],
    );
}

/// A review told as its outcome by a phrasal verb ("was reviewing" → "was
/// scaling back") drifts; one of looking ("was looking over") does not.
#[test]
fn a_review_told_as_a_phrasal_outcome_drifts() {
    let source = "The director said the theatre was reviewing its winter season.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "The director said the theatre was scaling back its winter season.",
                "scaling back",
            ),
            (
                source,
                "The director said the theatre was looking over its winter season.",
                "",
            ),
        ],
    );
}

/// A review told as an investigation, which suspects wrongdoing, drifts;
/// a review told as an examination does not.
#[test]
fn a_review_made_an_investigation_is_meaning_drift() {
    let source = "The safety board said in August that it was reviewing the complaints.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "The safety board said in August that it was investigating the complaints.",
                "investigating",
            ),
            (
                source,
                "The safety board said in August that it was examining the complaints.",
                "",
            ),
        ],
    );
}

/// A deliberation restated by a verb of the same WordNet sense keeps the act
/// weighed ("would propose tying" → "would suggest tying"); cut, it does not.
#[test]
fn a_deliberation_restated_by_a_synonym_keeps_the_act_open() {
    let source =
        "Councillor Ana Ruiz said she would propose tying part of the police budget to compliance.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "Councillor Ana Ruiz stated she would suggest tying part of the police budget to compliance.",
                "",
            ),
            (
                source,
                "Councillor Ana Ruiz said she would tie part of the police budget to compliance.",
                "tie",
            ),
        ],
    );
}

/// A word that keeps a weighed act open does so before the act ("was
/// thinking about restoring"); after it, a modal or a word of examining
/// governs an act of its own, and the weighed act is told as settled.
#[test]
fn an_open_word_after_the_settled_act_keeps_it_open_no_longer() {
    let source =
        "Ferrante said the company would consider restoring credit once its position stabilised.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "Ferrante said the company would restore credit once its position stabilised, which he said could be in the spring.",
                "restore",
            ),
            (
                "Greaves said the group would consider whether to ask the council to review the licence.",
                "Greaves said the group would ask the council to look at the licence.",
                "ask",
            ),
            (
                source,
                "Ferrante said the company was thinking about restoring credit once its position stabilised.",
                "",
            ),
            // "planning" here names the permission, a word of intention, not
            // the weighed act settled.
            (
                "The offer would have allowed the firm to seek planning permission for 160 homes.",
                "The offer would have let the firm apply for planning permission for 160 homes.",
                "",
            ),
        ],
    );
}
