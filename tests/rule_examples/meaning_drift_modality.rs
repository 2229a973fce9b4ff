//! meaning-drift examples of modality, tense and condition: a conditional made
//! certain, a condition dropped, a requirement made advice; modals restated,
//! reordered or under a kept hedge, and the tense of reported speech, pass.

use super::*;

#[test]
fn a_conditional_made_certain_is_meaning_drift_but_reported_speech_is_not() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The wall was finished in March. This plan would reduce flood risk for 3,400 homes.",
                "The wall was finished in March. This plan will reduce flood risk for 3,400 homes.",
                "will",
            ),
            (
                "The agency said the plan would reduce flood risk for 3,400 homes.",
                "The agency said the plan will reduce flood risk for 3,400 homes.",
                "",
            ),
            (
                "The operator had yet to decide whether the sailings would go ahead.",
                "The operator has yet to decide whether the sailings will go ahead.",
                "",
            ),
        ],
    );
}

#[test]
fn a_requirement_made_advice_and_the_only_one_made_one_of_several_are_flagged() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The fine was the largest ever imposed by the office, the judge said.",
                "The fine was one of the largest ever imposed by the office, the judge said.",
                "one of the largest",
            ),
            (
                "Visits to the bathhouse must be booked in advance, the trust said.",
                "Visits to the bathhouse should be booked in advance, the trust said.",
                "should",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The fine was one of the largest ever imposed by the office.",
            "The fine ranks among the largest the office has ever imposed.",
        )],
    );
}

#[test]
fn a_condition_stated_as_a_given_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The bank could cut rates again in June if inflation keeps easing, analysts said.",
                "The bank could cut rates again in June as inflation eases, analysts said.",
                "as",
            ),
            (
                "Work would begin in 2026 if the state legislature approves funding.",
                "Work would begin in 2026 once the state legislature approves funding.",
                "once",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "Work would begin in 2026 if the state legislature approves funding.",
                "Work would begin in 2026 should the state legislature approve funding.",
            ),
            (
                "The union would strike in May if no deal was reached.",
                "The union would strike in May without a deal.",
            ),
            (
                "Officials asked if the plant could reopen as early as June.",
                "Officials asked when the plant could reopen, possibly in June.",
            ),
        ],
    );
}

#[test]
fn a_condition_deleted_whole_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The council said it would open the new library in March if the budget is approved.",
                "The council said it would open the new library in March.",
                "would open",
            ),
            (
                "Unless the talks collapse, the strike will end on Friday, the union said.",
                "The strike will end on Friday, the union said.",
                "will end",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "The school would close in June unless a buyer was found.",
                "The school would close in June unless a buyer came forward.",
            ),
            (
                "The school would close in June if no buyer was found.",
                "Without a buyer, the school would close in June.",
            ),
        ],
    );
}

#[test]
fn modals_reordered_across_clauses_keep_their_strength() {
    // "the ratio could drop …, which would trigger a review" → "the ratio
    // might fall …, a level that would prompt a review", in the whole
    // article, where the word diff pairs "would" with "might".
    let found = eval_pair_findings("meaning-drift", "t784-pension-fund-loss");
    assert!(!found.iter().any(|t| t == "might"), "{found:?}");
}

#[test]
fn would_after_a_present_report_is_no_reported_tense() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The union says the new rota would cut rest breaks for drivers.",
                "The union says the new rota will cut rest breaks for drivers.",
                "will",
            ),
            (
                "The firm asked state regulators to approve a rise that would add $6 to bills.",
                "The firm asked state regulators to approve a rise that will add $6 to bills.",
                "will",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The union said the new rota would cut rest breaks for drivers.",
            "The union said the new rota will cut rest breaks for drivers.",
        )],
    );
}

#[test]
fn a_permission_restated_by_may_or_could_is_no_possibility() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Shops will be allowed to open on Sundays until six.",
                "Shops may open on Sundays until six.",
            ),
            (
                "Tenants would still be permitted to sublet a single room.",
                "Tenants could still sublet a single room.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "Shops will open on Sundays until six.",
            "Shops may open on Sundays until six.",
            "may",
        )],
    );
}

#[test]
fn meaning_equivalent_modals_and_kept_doubts_pass() {
    assert_clean(
        "meaning-drift",
        &[
            // "would" of a reported outcome restated as "should".
            (
                "The coach said tests on Friday would give a clearer picture.",
                "The coach said Friday's tests should make things clearer.",
            ),
            // The hedge qualified a doubt the copy still states.
            (
                "The firm said there could be no certainty that a deal would be agreed.",
                "The firm said there was no certainty that a deal would be agreed.",
            ),
            // The source's "may" kept in a sentence split off from the same one.
            (
                "The ferry line employs about 600 people. The company said no jobs would be lost as a result of the reduced timetable, though some crew may be offered fewer sailings.",
                "The company, which employs about 600 people, said the reduced timetable would cost no jobs. Though some crew may be offered fewer sailings.",
            ),
            // A plan denied by "no" turned into one weighed: polarity-drift's.
            (
                "The board voted to start the school year in August. The board has committed to reviewing the change after three years. Neighbouring Ashford district said it had no plans to follow suit.",
                "The board voted to begin the school year in August. The board has promised to review the change after three years. Neighbouring Ashford district said it was considering a similar move.",
            ),
        ],
    );
}

#[test]
fn a_modal_weakened_under_a_hedge_the_source_already_states_passes() {
    // The source's "would" tells only the consequence of what it already
    // calls possible ("could reopen … would end", "it is possible that …
    // will"); the copy's "possibly" or "may" claims no less. A hedge after
    // the modal, in a clause of its own, qualifies that clause only.
    let clean = [
        (
            "The Kestle bridge could reopen in May. That would end a year of detours for drivers from Ambry.",
            "The Kestle bridge may reopen in May, possibly ending a year of detours for drivers from Ambry.",
        ),
        (
            "It is possible that the vote on the Grange estate will be delayed until May.",
            "The vote on the Grange estate may be delayed until May.",
        ),
    ];
    let flagged = [(
        "The association warned that staff shortages would limit how many operations hospitals could perform.",
        "The association warned that staff shortages might limit how many operations hospitals could perform.",
    )];
    assert_sentences("meaning-drift", &clean, &flagged);
}

#[test]
fn a_hedge_put_before_the_modal_in_its_clause_scopes_over_it() {
    // "may close" → "there is a possibility that … will close": the hedge
    // moved to the front of the clause; "in all likelihood" is "probably".
    let clean = [
        (
            "The Ormsby plant may close next year.",
            "There is a possibility that the Ormsby plant will close next year.",
        ),
        (
            "The Ormsby plant will probably close next year.",
            "The Ormsby plant will in all likelihood close next year.",
        ),
    ];
    let flagged = [(
        "The Ormsby plant may close next year.",
        "The Ormsby plant will close next year.",
    )];
    assert_sentences("meaning-drift", &clean, &flagged);
}

#[test]
fn a_denied_impossibility_restated_as_could_keeps_the_possibility() {
    assert_clean(
        "meaning-drift",
        &[(
            "Engineers said it is not impossible that the bridge would reopen in March.",
            "Engineers said the bridge could reopen in March.",
        )],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "Engineers said the bridge would reopen in March.",
            "Engineers said the bridge could reopen in March.",
        )],
    );
}

/// The tense of reported speech and restated warnings and expectations
/// shift no stance; a past plan not reported, or a conditional whose
/// condition went, still does.
#[test]
fn reported_tense_and_restated_warnings_pass() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The medical director said the company planned to meet regulators in the spring.",
                "The company intends to meet regulators in the spring, the medical director said.",
                "",
            ),
            (
                "The company had planned to meet regulators in the spring.",
                "The company intends to meet regulators in the spring.",
                "intends",
            ),
            (
                "The White House has said the president would sign the bill if it reached his desk.",
                "The White House has said the president will sign the bill if it reaches his desk.",
                "",
            ),
            (
                "The new levy would raise 40 million pounds a year if it were approved.",
                "The new levy will raise 40 million pounds a year.",
                "will",
            ),
            (
                "Chipmaker warns of slower growth as demand cools",
                "Chipmaker flags slower growth as demand cools",
                "",
            ),
            (
                "The bank is expected to raise interest rates on Thursday.",
                "The bank is widely tipped to raise interest rates on Thursday.",
                "",
            ),
            (
                "Residents said they feared the factory would close within a year.",
                "Residents said they were worried the factory would close within a year.",
                "",
            ),
            (
                "Officials in the town expect a record tourist season this summer.",
                "The town is bracing for a record tourist season this summer.",
                "",
            ),
        ],
    );
}

/// An ability restated as capacity, a likelihood as being on course, a
/// state told in reported speech's past and a past habit's "would" keep their
/// stance.
#[test]
fn capacity_course_and_a_reported_state_pass() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The company said the new plant could produce 5,000 cars a year.",
                "The new plant has the capacity to produce 5,000 cars a year, the company said.",
                "",
            ),
            (
                "The airline is likely to post a loss for the year.",
                "The airline is on course to post a loss for the year.",
                "",
            ),
            (
                "The coach said his side would need to improve before the final.",
                "The coach said his side needed to improve before the final.",
                "",
            ),
            (
                "In the 1990s, fishermen would land more than 500 tonnes a week at the port.",
                "In the 1990s, fishermen landed more than 500 tonnes a week at the port.",
                "",
            ),
            (
                "The coach said his side would change its formation before the final.",
                "The coach said his side changed its formation before the final.",
                "changed",
            ),
        ],
    );
}
