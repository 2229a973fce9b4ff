//! meaning-drift examples of plans and intentions: a plan stated as done, under
//! way or in the simple past, an intention or proposal told as a pledge or
//! promise, a denied plan told as a refusal.

use super::*;

#[test]
fn plans_made_certain_and_loaded_verbs_of_anger_are_meaning_drift() {
    let flagged = [
        (
            "The department planned to fill 40 posts.",
            "The department will fill 40 posts.",
        ),
        (
            "The group's chair said the plan was reckless.",
            "The group's chair fumed that the plan was reckless.",
        ),
    ];
    assert_flagged("meaning-drift", &flagged);
    assert!(
        findings_of(
            "meaning-drift",
            "The department had filled 40 posts.",
            "The department filled 40 posts."
        )
        .is_empty()
    );
}

#[test]
fn a_plan_stated_as_done_is_flagged() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The university also plans to freeze hiring until 2027, a spokeswoman said.",
                "The university has also frozen hiring until 2027, a spokeswoman said.",
                "has also frozen",
            ),
            (
                "The operator said it would hold public meetings in each town before flights began.",
                "The operator said it had already held public meetings in each town before flights began.",
                "had already held",
            ),
        ],
    );
    // An act the source states as done too passes.
    assert_clean(
        "meaning-drift",
        &[(
            "The council will review the scheme, which it has reviewed every year.",
            "The council has reviewed the scheme every year and will review it again.",
        )],
    );
}

#[test]
fn a_proposal_made_a_promise_is_meaning_drift_and_a_moved_word_no_swap() {
    let source = "She said the freeze depends on the 4.5% rise in funding that Governor Paul Dennehy has proposed.";
    assert_cases(
        "meaning-drift",
        &[(
            source,
            "She said the freeze depends on the 4.5% rise in funding that Governor Paul Dennehy has promised.",
            "promised",
        )],
    );
    assert_clean(
        "garbled-phrase",
        &[
            (
                source,
                "She said the freeze depends on the 4.5% rise in funding that Governor Paul Dennehy has promised.",
            ),
            (
                "The ministry said it was monitoring the situation but had no plans to intervene.",
                "The ministry said it was monitoring the situation but had no intention of intervening.",
            ),
        ],
    );
}

#[test]
fn a_stated_intention_told_as_a_pledge_is_meaning_drift_unless_the_source_binds() {
    assert_cases(
        "meaning-drift",
        &[(
            "The ferry operator said it would try to keep the winter timetable.",
            "The ferry operator has pledged to keep the winter timetable.",
            "has pledged",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The ferry operator said it had committed to keep the winter timetable and would publish it soon.",
            "The ferry operator has pledged to keep the winter timetable and will publish it soon.",
        )],
    );
}

#[test]
fn plan_stated_as_under_way_is_meaning_drift() {
    let flagged = [
        (
            "The district plans to shut two fire stations next spring.",
            "The district is shutting two fire stations next spring.",
        ),
        (
            "The board is proposing to raise parking fees by 8%.",
            "The board is raising parking fees by 8%.",
        ),
    ];
    assert_flagged("meaning-drift", &flagged);
    let clean = [(
        "The district plans to shut two fire stations next spring.",
        "The district intends to shut two fire stations next spring.",
    )];
    assert_clean("meaning-drift", &clean);
}

#[test]
fn meaning_plan_done_with_a_participle_spelt_as_the_verb() {
    // "would set up" → "has set up": "set" is its own participle.
    assert_cases(
        "meaning-drift",
        &[(
            "The harbour trust said it would set up a review panel next month.",
            "The harbour trust has set up a review panel.",
            "has set",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[
            // Told as what will happen, no plan done (session 48: the
            // reported intention itself drifts once "said" is gone; see
            // meaning_drift_recall.rs).
            (
                "The harbour trust said it would set up a review panel next month.",
                "The harbour trust said it will set up a review panel next month.",
            ),
            (
                "The harbour trust has set up a review panel and would set up another.",
                "The harbour trust has set up a review panel and would set up another.",
            ),
        ],
    );
}

#[test]
fn meaning_passive_plan_stated_done_takes_in_its_participle() {
    // "would be assessed" → "had been ruled out": the finding reaches the act.
    assert_cases(
        "meaning-drift",
        &[(
            "Coach Dana Hill said the winger was questionable for Sunday and would be assessed on Friday.",
            "Coach Dana Hill said the winger had been ruled out of Sunday's game.",
            "had been ruled",
        )],
    );
}

#[test]
fn will_is_no_plan_made_certain_where_the_source_or_a_forecast_has_it() {
    // "Under the plan, … will be moved": the certainty is the source's own.
    // "predicts … will generate": the "will" tells what is forecast.
    assert_sentences(
        "meaning-drift",
        &[
            (
                "Under the plan, the library will be moved to the old town hall.",
                "It'll move to the old town hall, under the plan.",
            ),
            (
                "The firm expects annual sales of the new engine to reach 300 million euros by 2030.",
                "The firm predicts the new engine will generate annual sales of 300 million euros by 2030.",
            ),
        ],
        &[(
            "The airline plans to add four aircraft by March, and may open two routes.",
            "The airline will add four aircraft by March, and could open two routes.",
        )],
    );
}

/// A planned or scheduled act told in the simple past is stated as done; not
/// where the copy still tells something to come, nor a polite "I would urge".
#[test]
fn a_plan_told_in_the_simple_past() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The harbour board said the new channel would open to shipping in April.",
                "The harbour board said the new channel opened to shipping in April.",
                "opened",
            ),
            (
                "The two sides said the agreement will be signed on Thursday.",
                "The two sides said the agreement was signed on Thursday.",
                "was signed",
            ),
            (
                "The hospital board is due to vote on the merger next week.",
                "The hospital board voted on the merger last week.",
                "voted",
            ),
            (
                "The gallery, which drew 90,000 visitors last year, aims to attract 120,000 by 2027.",
                "The gallery attracted 90,000 visitors last year and is aiming for 120,000 by 2027.",
                "",
            ),
            (
                "\"I would urge drivers to avoid the area,\" the inspector said.",
                "The inspector urged drivers to avoid the area.",
                "",
            ),
            (
                "The trust will replace about 70 kilometres of old pipes.",
                "The trust's programme will see about 70 kilometres of old pipes replaced.",
                "",
            ),
        ],
    );
}

#[test]
fn meaning_a_reported_intention_told_as_a_promise_of_its_clause_is_flagged() {
    assert_sentences(
        "meaning-drift",
        &[
            (
                "The council promised that no pupil would have to travel more than three miles.",
                "The council guaranteed that no pupil would have to travel more than three miles.",
            ),
            (
                "The mill said it would reopen the east gate in June.",
                "The east gate will reopen in June, the mill said.",
            ),
        ],
        &[
            (
                "The council said no pupil would have to travel more than three miles.",
                "The council guaranteed that no pupil would have to travel more than three miles.",
            ),
            (
                "Mayor Ilse Brandt said the town would set up a relief fund for traders.",
                "Mayor Ilse Brandt promised the town would set up a relief fund for traders.",
            ),
            (
                "The new lamps would cut lighting bills by about a fifth, the treasurer said.",
                "The new lamps would cut lighting bills by about a fifth, the treasurer guaranteed.",
            ),
            (
                "The ministry said it would assess the damage but made no commitment on aid.",
                "The ministry pledged to assess the damage.",
            ),
        ],
    );
}

#[test]
fn meaning_a_plan_told_done_beside_a_plant_or_the_month_of_may_is_flagged() {
    assert_sentences(
        "meaning-drift",
        &[
            (
                "The operator said it would restore the early sailing in May.",
                "The operator said it would bring back the early sailing in May.",
            ),
            (
                "The firm said it would close its bottling plant in Carrow.",
                "The firm said it would shut its bottling plant in Carrow.",
            ),
        ],
        &[
            (
                "The operator said it would restore the early sailing in May.",
                "The operator restored the early sailing in May.",
            ),
            (
                "The firm said it would close its bottling plant in Carrow by December.",
                "The firm closed its bottling plant in Carrow in December.",
            ),
        ],
    );
}

/// A plan the source denies, told as a refusal or a pledge, drifts; a denied
/// intention told as "won't", or the plan kept, passes.
#[test]
fn a_denied_plan_told_as_a_settled_refusal_drifts() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The buyer said it had no plans to change the dairy's name.",
                "The buyer said it would not change the dairy's name.",
                "would not change",
            ),
            (
                "The group said it had no plans to close any of its 40 depots.",
                "The group promised not to shut any of its 40 depots.",
                "promised not to shut",
            ),
            (
                "The group said it had no plans to close any of its 40 depots.",
                "The group said it was not planning to close any of its 40 depots.",
                "",
            ),
            (
                "The mill, which employs 90 people, said it did not intend to appeal.",
                "The mill, which employs 90 people, says it won't appeal.",
                "",
            ),
        ],
    );
}

/// A pledge whose object is a word of what the source only said would be
/// ("said they will keep beds free" → "have guaranteed beds") binds the speaker.
#[test]
fn an_intention_told_as_a_pledge_of_its_object_drifts() {
    let source =
        "Two hospitals have said they will keep beds free for flood victims, the council said.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "Two hospitals have guaranteed beds for flood victims, the council said.",
                "have guaranteed",
            ),
            (
                source,
                "Two hospitals have said they will hold beds free for flood victims, the council said.",
                "",
            ),
        ],
    );
}

/// A wish or willingness told as a commitment made ("wants" → "has
/// committed to", "were willing to" → "agreed to") drifts; a plan told as
/// an intention passes.
#[test]
fn a_wish_told_as_a_commitment_made_drifts() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The club has said it wants half its pitches to be floodlit by 2028.",
                "The club has committed to making half its pitches floodlit by 2028.",
                "committed to",
            ),
            (
                "Local shops were willing to contribute to the cost of the lights.",
                "Local shops agreed to contribute to the cost of the lights.",
                "agreed",
            ),
            (
                "The trust plans to open the tea room on Sundays from May.",
                "The trust intends to open the tea room on Sundays from May.",
                "",
            ),
        ],
    );
}
