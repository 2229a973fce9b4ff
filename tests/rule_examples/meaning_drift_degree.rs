//! meaning-drift examples of degree shifted: a stage, frequency or move
//! overstated (a narrow win told as a rout, a slowing told as steep, concern
//! raised to alarm, an adverb of habit added) or lowered (a sharp rise told as
//! steady).

use super::*;

#[test]
fn a_stage_or_degree_overstated_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The two councils are in early talks about sharing a depot.",
                "The two councils are in advanced talks about sharing a depot.",
                "advanced",
            ),
            (
                "The new stores sold slightly more per customer than the old ones.",
                "The new stores sold far more per customer than the old ones.",
                "far",
            ),
            (
                "The boatyard made a small profit of £85,000 the previous year.",
                "The boatyard made a healthy profit of £85,000 the previous year.",
                "healthy",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "The two councils are in early talks about sharing a depot.",
                "The two councils are in preliminary talks about sharing a depot.",
            ),
            (
                "The boatyard made a healthy profit of £85,000 the previous year.",
                "The boatyard turned a healthy profit of £85,000 the previous year.",
            ),
        ],
    );
}

#[test]
fn frequency_gap_and_broad_qualifier_overstated_are_meaning_drift() {
    let flagged = [
        (
            "Faulty points have caused frequent delays on the line.",
            "Faulty points have caused constant delays on the line.",
        ),
        (
            "Turnout was below the council's target of 40%.",
            "Turnout was well below the council's target of 40%.",
        ),
        (
            "The new ramps would broadly offset the lost parking.",
            "The new ramps would offset the lost parking.",
        ),
    ];
    assert_flagged("meaning-drift", &flagged);
    let clean = [
        (
            "Faulty points have caused frequent delays on the line.",
            "Faulty points have often caused delays on the line.",
        ),
        (
            "Turnout was well below the council's target of 40%.",
            "Turnout was far below the council's target of 40%.",
        ),
        (
            "Reviewers were broadly positive about the plan.",
            "Reviewers were generally positive about the plan.",
        ),
    ];
    assert_clean("meaning-drift", &clean);
}

#[test]
fn a_narrow_win_told_as_a_rout_is_flagged() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Carrow Rovers edged past Dunmore Town 2-1 after extra time on Saturday.",
                "Carrow Rovers thrashed Dunmore Town 2-1 after extra time on Saturday.",
                "thrashed",
            ),
            (
                "Vessen Harriers edged Marlow 24-21 in the semi-final.",
                "Vessen Harriers stormed past Marlow 24-21 in the semi-final.",
                "stormed",
            ),
        ],
    );
    // A narrow win restated, a move "edged up", or a passive passes.
    assert_clean(
        "meaning-drift",
        &[
            (
                "Carrow Rovers edged past Dunmore Town 2-1 after extra time on Saturday.",
                "Carrow Rovers narrowly beat Dunmore Town 2-1 after extra time on Saturday.",
            ),
            (
                "Vessen Harriers edged Marlow 24-21 in the semi-final.",
                "Vessen Harriers squeezed past Marlow 24-21 in the semi-final.",
            ),
        ],
    );
}

#[test]
fn a_slowing_or_gentle_move_told_in_the_progressive_as_steep_is_flagged() {
    assert_cases(
        "meaning-drift",
        &[(
            "Household spending was slowing in the third quarter, the central bank said.",
            "Household spending was collapsing in the third quarter, the central bank said.",
            "collapsing",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "Household spending was slowing in the third quarter, the central bank said.",
            "Household spending was weakening in the third quarter, the central bank said.",
        )],
    );
}

#[test]
fn concern_raised_to_alarm_is_flagged() {
    assert_sentences(
        "meaning-drift",
        &[(
            "The pilots' union said the rise in near misses was concerning.",
            "The pilots' union said the rise in near misses was worrying.",
        )],
        &[(
            "The pilots' union said the rise in near misses was concerning.",
            "The pilots' union called the rise in near misses alarming.",
        )],
    );
}

#[test]
fn meaning_a_guarded_stance_made_whole_is_flagged() {
    assert_sentences(
        "meaning-drift",
        &[(
            "The union said it was cautiously supportive of the plan.",
            "The union said it was cautiously in favour of the plan.",
        )],
        &[
            (
                "The union said it was cautiously supportive of the plan.",
                "The union said it was supportive of the plan.",
            ),
            (
                "The union was cautiously supportive but said rents had risen to about 2,300 euros a month.",
                "The union was supportive but said rents had climbed to about 2,300 euros a month.",
            ),
        ],
    );
}

/// Displeasure raised is flagged ("said it was disappointed" → "said it was
/// furious"); a floor told as "north of" passes.
#[test]
fn displeasure_raised_drifts_and_a_floor_north_of_a_figure_passes() {
    assert_flagged(
        "meaning-drift",
        &[(
            "The club said it was disappointed by the referee's decision.",
            "The club said it was furious about the referee's decision.",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "The club said it was disappointed by the referee's decision.",
                "The club said it was unhappy with the referee's decision.",
            ),
            (
                "More than 300 people attended the meeting.",
                "North of 300 people attended the meeting.",
            ),
        ],
    );
}

/// An adverb of habit put in where the source states none drifts; one
/// exchanged for another of the same habit does not.
#[test]
fn an_adverb_of_habit_added_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Drivers worked shifts of up to 11 hours, the tribunal heard.",
                "Drivers routinely worked shifts of up to 11 hours, the tribunal heard.",
                "routinely",
            ),
            (
                "Drivers regularly worked long shifts, the tribunal heard.",
                "Drivers routinely worked long shifts, the tribunal heard.",
                "",
            ),
        ],
    );
}

/// A steep move told as a steady one is a degree lowered ("risen sharply" →
/// "risen steadily"); "gradually" → "steadily" keeps the degree.
#[test]
fn a_sharp_rise_told_as_steady_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Thefts of farm diesel have risen sharply since the spring, police said.",
                "Thefts of farm diesel have risen steadily since the spring, police said.",
                "steadily",
            ),
            (
                "Thefts of farm diesel have risen gradually since the spring, police said.",
                "Thefts of farm diesel have risen steadily since the spring, police said.",
                "",
            ),
        ],
    );
}

/// "badly", "extremely" and "hugely" are adverbs of a high degree: added
/// where the source has none, or put for a low one ("slightly hurt" →
/// "badly hurt"), they overstate; a denied high degree ("had not played
/// badly") told as a low one ("reasonably well") restates it.
#[test]
fn a_high_degree_adverb_overstates() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Engineers found the sluice hinges were corroded.",
                "Engineers found the sluice hinges were badly corroded.",
                "badly",
            ),
            (
                "Otters remain rare on the upper river, the trust said.",
                "Otters remain extremely rare on the upper river, the trust said.",
                "extremely",
            ),
            (
                "Two keepers were slightly hurt when the fence gave way.",
                "Two keepers were badly hurt when the fence gave way.",
                "badly",
            ),
            (
                "The coach said his team had not played badly in the first half.",
                "The coach said his team had played reasonably well in the first half.",
                "",
            ),
        ],
    );
}

#[test]
fn next_to_keeps_a_near_statement() {
    let source = "The turbine earned almost nothing for five months.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "The turbine earned next to nothing for five months.",
                "",
            ),
            (
                source,
                "The turbine earned nothing for five months.",
                "nothing",
            ),
        ],
    );
}

#[test]
fn a_degree_the_source_states_of_the_same_word_is_no_degree_added() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The work must be done while reservoir levels are high enough to cover the loss.",
                "The work must be done while reservoir levels are sufficiently high to make up for the loss.",
                "",
            ),
            (
                "The work must be done while reservoir levels are high to cover the loss.",
                "The work must be done while reservoir levels are sufficiently high to make up for the loss.",
                "sufficiently",
            ),
            // "dramatic" of the society states no degree of the musical.
            (
                "The amateur dramatic society cancelled a popular musical.",
                "The amateur dramatic society cancelled a hugely popular musical.",
                "hugely",
            ),
        ],
    );
}

#[test]
fn a_mild_condition_told_as_severe_is_a_degree_raised() {
    // Session 65: "mild hypothermia" → "severe hypothermia" is meaning-drift's
    // degree swap, not polarity-drift's opposite.
    let pair = (
        "Two of the runners were treated for mild hypothermia at the finish.",
        "Two of the runners were treated for severe hypothermia at the finish.",
    );
    assert_cases("meaning-drift", &[(pair.0, pair.1, "severe")]);
    assert_clean("polarity-drift", &[pair]);
}

#[test]
fn a_narrow_vote_told_as_comfortable_is_a_degree_raised() {
    // Session 65: "voted narrowly" → "voted comfortably" is meaning-drift's
    // degree swap, not polarity-drift's opposite.
    let pair = (
        "The planning committee narrowly approved the floodlights for a trial year.",
        "The planning committee comfortably approved the floodlights for a trial year.",
    );
    assert_cases("meaning-drift", &[(pair.0, pair.1, "comfortably")]);
    assert_clean("polarity-drift", &[pair]);
    assert_clean(
        "meaning-drift",
        &[(
            "Turnout was well above the council's target of 40%.",
            "Turnout was comfortably above the council's target of 40%.",
        )],
    );
}
