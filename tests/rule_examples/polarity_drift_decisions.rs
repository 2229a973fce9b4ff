//! polarity-drift: decisions, votes and open questions: acts decided against, given
//! up, stopped short of or settled, and denials made admissions.

use super::*;

#[test]
fn votes_open_questions_particles_and_misaligned_opposites_pass_clean() {
    let cases = [
        (
            "Four councillors were among those voting against.",
            "Among the four who voted no were councillors.",
        ),
        (
            "Water may exist there, although the question remains open.",
            "Water may exist there, though the question has not been settled.",
        ),
        (
            "The clinics are aimed at easing pressure on emergency rooms.",
            "The clinics are meant to take pressure off emergency rooms.",
        ),
        (
            "The council approves a 4.9% tax rise, cuts library hours.",
            "The council backs a 4.9% tax increase and trims library hours.",
        ),
    ];
    assert_clean("polarity-drift", &cases);
    assert_eq!(
        findings_of(
            "polarity-drift",
            "Staff switched the lights off.",
            "Staff switched the lights on."
        ),
        ["off"]
    );
}

#[test]
fn unproven_cause_stated_as_fact_is_left_to_meaning_drift() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The council found that the rise in complaints coincided with the closure of six depots between 2018 and 2022, but said it could not establish that the closures were the main cause.",
                "The council found that the closure of six depots between 2018 and 2022 caused the rise in complaints.",
            ),
            (
                "Officials said the depot had logged two spills in March but that there was no evidence yet linking them to the fish deaths.",
                "Officials said two spills at the depot in March were behind the fish deaths.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "Inspectors found no evidence that the wiring had been tampered with.",
            "Inspectors found evidence that the wiring had been tampered with.",
        )],
    );
}

#[test]
fn a_denial_made_an_admission_is_polarity_drift() {
    assert_cases(
        "polarity-drift",
        &[(
            "The company denies the claim, the agency said.",
            "The company has acknowledged the claim, the agency said.",
            "acknowledged",
        )],
    );
    assert_cases(
        "polarity-drift",
        &[(
            "Officials said a decision was unlikely before 2026.",
            "Officials said a decision was expected before 2026.",
            "expected",
        )],
    );
}

#[test]
fn stopping_short_of_an_act_then_doing_it_is_polarity_drift() {
    assert_cases(
        "polarity-drift",
        &[(
            "The regulator stopped short of naming the firms involved, citing legal advice.",
            "The regulator named the firms involved, citing legal advice.",
            "named",
        )],
    );
    assert_clean(
        "polarity-drift",
        &[(
            "The regulator stopped short of naming the firms involved.",
            "The regulator did not name the firms involved.",
        )],
    );
}

#[test]
fn polarity_denied_giving_up_is_still_pursuing() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The club had not given up on the stadium plan, the chairman said.",
                "The club was still pursuing the stadium plan, the chairman said.",
                "",
            ),
            (
                "The rescuers did not stop the search overnight, the coastguard said.",
                "The rescuers continued the search overnight, the coastguard said.",
                "",
            ),
        ],
    );
}

#[test]
fn polarity_deciding_against_an_act_denies_it() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The members voted against striking before the summer.",
                "The members voted not to strike before the summer.",
            ),
            // A time between the verb and "against".
            (
                "Organisers decided on Tuesday afternoon not to return to the showground.",
                "Organisers chose on Tuesday afternoon against returning to the showground.",
            ),
        ],
        &[
            (
                "The members voted against striking before the summer.",
                "The members voted to strike before the summer.",
            ),
            (
                "Organisers decided on Tuesday afternoon to return to the showground.",
                "Organisers chose on Tuesday afternoon against returning to the showground.",
            ),
        ],
    );
}

#[test]
fn polarity_a_decision_against_an_effort_still_made_or_a_hold_carries_a_denial() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The regulator said it respected the ruling and would not appeal.",
                "The regulator said it respected the ruling and had decided against an appeal.",
            ),
            (
                "Detectives said they had not yet identified the lorry.",
                "Detectives said they were still trying to identify the lorry.",
            ),
            (
                "The brewer would not raise its final dividend, which it kept at 6p.",
                "The brewer held its final dividend at 6p.",
            ),
        ],
        &[
            (
                "The regulator said it respected the ruling and would not appeal.",
                "The regulator said it respected the ruling and had decided to appeal.",
            ),
            (
                "Detectives said they had not yet identified the lorry.",
                "Detectives said they had identified the lorry.",
            ),
            (
                "The board held the dividend at 2p, rather than cutting it as investors had feared.",
                "The board held the dividend at 2p, as investors had feared.",
            ),
        ],
    );
}

#[test]
fn polarity_a_motion_defeated_is_one_that_did_not_pass() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Opposition councillors proposed free Sunday parking, but the amendment was defeated.",
            "An amendment from opposition councillors proposing free Sunday parking did not pass.",
        )],
        &[(
            "Opposition councillors proposed free Sunday parking, and the amendment was passed.",
            "An amendment from opposition councillors proposing free Sunday parking did not pass.",
        )],
    );
}

/// A vote against that one side denies and the other states is a flip.
#[test]
fn polarity_a_denied_vote_against_stated() {
    assert_flagged(
        "polarity-drift",
        &[
            (
                "Senator Ruth Kaine, who had threatened to block the bill, did not vote against it.",
                "Senator Ruth Kaine, who had threatened to block the bill, voted against it.",
            ),
            (
                "Senator Ruth Kaine voted against the water bill on Wednesday.",
                "Senator Ruth Kaine did not vote against the water bill on Wednesday.",
            ),
        ],
    );
    assert_clean(
        "polarity-drift",
        &[(
            "Councillors voted unanimously on Tuesday to approve the housing plan.",
            "No councillor voted against the housing plan on Tuesday.",
        )],
    );
}

#[test]
fn polarity_an_open_question_settled_with_a_verb_of_settling_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The inspectors had not yet decided whether to close the mine or to fine its owner.",
            "The inspectors said they would fine the mine's owner rather than close the mine.",
        )],
        &[(
            "Ostrander said the firm had not yet determined whether the fault lay with the installer or with its own staff.",
            "Ostrander said the firm had established that the fault lay with the installer rather than its own staff.",
        )],
    );
}

#[test]
fn a_quote_recast_around_a_new_denial_is_left_to_misquote() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "\"The crews have worked hard, but the backlog is growing,\" the manager said.",
                "\"The crews have failed to keep up, and the backlog is growing,\" the manager said.",
                "",
            ),
            // A denial put before the speaker's own word is a flip.
            (
                "\"We can afford the repairs this year,\" the treasurer said.",
                "\"We cannot afford the repairs this year,\" the treasurer said.",
                "cannot",
            ),
            // Outside a quotation the new denial counts.
            (
                "The crews have worked hard, but the backlog is growing, the manager said.",
                "The crews have failed to keep up, and the backlog is growing, the manager said.",
                "failed",
            ),
        ],
    );
}
