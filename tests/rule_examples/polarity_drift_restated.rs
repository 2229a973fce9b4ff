//! polarity-drift: careful restatements of a negation that must pass, each
//! beside the flip that must still be flagged (session 40's probes).

use super::*;

/// "fewer than" told as a denied equal comparison ("not as many as") is
/// no flip of "fewer" into "many".
#[test]
fn an_inferior_comparison_restated_as_a_denied_equal_one_passes() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "Fewer than 200 residents responded to the consultation.",
                "Not as many as 200 residents responded to the consultation.",
            ),
            (
                "Not as many as 200 residents responded to the consultation.",
                "Fewer than 200 residents responded to the consultation.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "As many as 200 residents responded to the consultation.",
            "Fewer than 200 residents responded to the consultation.",
        )],
    );
}

/// A vote tally or manner between the verb of deciding and its "against"
/// keeps the decision against the act a denial of it.
#[test]
fn a_tallied_vote_against_an_act_denies_it() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The council's finance committee voted 7 to 4 against releasing the money.",
                "By 7 votes to 4, the council's finance committee chose not to release the money.",
            ),
            (
                "The board voted unanimously against raising fees.",
                "The board unanimously decided not to raise fees.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "The council's finance committee voted 7 to 4 against releasing the money.",
            "By 7 votes to 4, the council's finance committee chose to release the money.",
        )],
    );
}

/// A short verb held back by its gerund ("cut", "cutting") is found by its
/// base form, not only by four shared letters.
#[test]
fn a_short_verb_held_back_restates_its_denial() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The central bank did not cut rates in June.",
                "The central bank refrained from cutting rates in June.",
            ),
            (
                "The firm did not pay the fine in March.",
                "The firm held off paying the fine in March.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "The central bank did not cut rates in June.",
            "The central bank went ahead with cutting rates in June.",
        )],
    );
}

/// An act held back told by its noun after "off on" restates the denied
/// verb of that root; the act told as going ahead does not.
#[test]
fn an_act_held_off_by_its_noun_restates_its_denial() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Buckley said the club was not celebrating yet.",
                "Buckley said the club was holding off on any celebrations for now.",
                "",
            ),
            (
                "Buckley said the club was not celebrating yet.",
                "Buckley said the club was going ahead with its celebrations.",
                "celebrations",
            ),
        ],
    );
}

/// "less than half" told as the figure denied ("not even half") passes;
/// a figure that was above it or exact is still flagged.
#[test]
fn a_figure_denied_restates_less_than_it() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "Less than half of the budget was spent.",
                "Not even half of the budget was spent.",
            ),
            (
                "Turnout was low, with fewer than a third of voters casting a ballot.",
                "Turnout was low, with not even a third of voters casting a ballot.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[
            (
                "More than half of the budget was spent.",
                "Not even half of the budget was spent.",
            ),
            (
                "Half of the budget was spent.",
                "Not even half of the budget was spent.",
            ),
        ],
    );
}

/// Abstaining is not voting: "abstained" → "did not vote" passes, and so
/// do "abstentions" and "refrained from voting"; a vote cast for a denied
/// one is still flagged.
#[test]
fn an_abstention_restates_a_denied_vote() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "Two members abstained in the vote.",
                "Two members did not vote.",
            ),
            (
                "The council approved the plan by 23 votes to 14, with two abstentions.",
                "The council approved the plan by 23 votes to 14, and two members abstained.",
            ),
            (
                "Councillor Hume abstained in the vote.",
                "Councillor Hume refrained from voting.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[("Councillor Hume did not vote.", "Councillor Hume voted.")],
    );
}

/// Surviving and dying are opposites: "did not survive" → "died" passes,
/// "survived" → "died" is flagged.
#[test]
fn a_denied_survival_restated_as_death_passes() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The second climber did not survive the fall, police said.",
                "The second climber died in the fall, police said.",
            ),
            (
                "The second climber died in the fall, police said.",
                "The second climber did not survive the fall, police said.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "All four crew members survived the crash.",
            "All four crew members died in the crash.",
        )],
    );
}

/// "Before" an act restates "without" it ("spin without breaking up" →
/// "rotate before breaking apart"); "after" it is still flagged.
#[test]
fn before_an_act_restates_without_it() {
    assert_clean(
        "polarity-drift",
        &[(
            "Rubble piles are bound loosely by gravity, which limits how fast they can spin without breaking up.",
            "Rubble piles are loosely bound by gravity, which caps how quickly they can rotate before breaking apart.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "The man left the restaurant without paying the bill.",
            "The man left the restaurant after paying the bill.",
        )],
    );
}

/// "less" turned into "more" before the opposite of its word ("less safe"
/// → "more dangerous") turns twice and says the same; the degree turned
/// alone ("less safe" → "more safe") still flips.
#[test]
fn a_degree_turned_before_an_opposite_passes() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "Residents said the new road had made the village less safe for children.",
                "Residents said the new road had made the village more dangerous for children.",
            ),
            (
                "Engineers said the old bridge was more dangerous than the new one.",
                "Engineers said the old bridge was less safe than the new one.",
            ),
            (
                "Experts said a second outbreak was less likely this winter.",
                "Experts said a second outbreak was more unlikely this winter.",
            ),
        ],
        &[
            (
                "Residents said the new road had made the village less safe for children.",
                "Residents said the new road had made the village more safe for children.",
            ),
            (
                "Engineers said the old bridge was more dangerous than the new one.",
                "Engineers said the old bridge was less dangerous than the new one.",
            ),
        ],
    );
}

/// A converse verb whose "from" became "by" keeps the party after it the
/// giver ("heaters borrowed from the office" → "heaters lent by the
/// office"); turned to "to", the deal runs the other way.
#[test]
fn a_converse_with_from_turned_to_by_passes() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "Teachers have been using portable heaters borrowed from the district office.",
                "Teachers have been using portable heaters lent by the district office.",
            ),
            (
                "The club plays in shirts bought from a supplier in Leeds.",
                "The club plays in shirts sold by a supplier in Leeds.",
            ),
            (
                "The paintings, lent by the national gallery, will be shown until May.",
                "The paintings, borrowed from the national gallery, will be shown until May.",
            ),
        ],
        &[
            (
                "Teachers have been using portable heaters borrowed from the district office.",
                "Teachers have been using portable heaters lent to the district office.",
            ),
            (
                "The club plays in shirts bought from a supplier in Leeds.",
                "The club plays in shirts sold to a supplier in Leeds.",
            ),
        ],
    );
}

/// A rule not relaxed is a rule kept: "would not relax" restates "would
/// keep that rule in place"; "would relax" still flips it.
#[test]
fn a_rule_not_relaxed_told_as_kept_passes() {
    assert_clean(
        "polarity-drift",
        &[(
            "Ships must take a pilot on board, a rule the authority said it would not relax.",
            "Ships must carry a pilot, and the authority said it would keep that rule in place.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "Ships must take a pilot on board, a rule the authority said it would not relax.",
            "Ships must take a pilot on board, a rule the authority said it would relax.",
        )],
    );
}

#[test]
fn a_denied_ending_before_until_restated_by_another_ending_is_flagged() {
    // "not to cancel … until" → "to withdraw … until": one act of ending
    // for another, the denial dropped.
    let source =
        "She urged practices not to cancel orders until the outcome of the appeal was known.";
    let copy = "She urged practices to withdraw orders until the outcome of the appeal was known.";
    assert!(!findings_of("polarity-drift", copy, source).is_empty());
    // The denial kept, it passes.
    let kept =
        "She urged practices not to withdraw orders until the outcome of the appeal was known.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
}

#[test]
fn a_state_still_going_on_restated_as_not_yet_ended_passes() {
    let source = "The institute said its own inquiry was still under way and could take several more months.";
    let copy = "The institute said its own inquiry had not yet concluded and could take several more months.";
    assert!(findings_of("polarity-drift", copy, source).is_empty());
    // Without the source's "still", the added denial counts.
    let source =
        "The institute said its own inquiry was under way and could take several more months.";
    assert!(!findings_of("polarity-drift", copy, source).is_empty());
}

#[test]
fn an_adverb_restated_by_its_adjectives_denied_opposite_stays_clean() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The tent collapsed shortly after 2 a.m. on Sunday.",
                "The tent fell not long after 2 a.m. on Sunday.",
            ),
            (
                "He said many pensioners could not easily move ashore.",
                "He said many pensioners would find it hard to move ashore.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "The road will be reopened shortly after the repairs.",
            "The road will not be reopened shortly after the repairs.",
        )],
    );
}
