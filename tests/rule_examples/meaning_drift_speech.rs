//! meaning-drift examples of verbs of speech: a plain verb made loaded ("said"
//! → "admitted", "called" → "hailed"), a statement made a confirmation, a claim
//! given to another party; verbs of contention, concession and judging kept
//! pass.

use super::*;

#[test]
fn a_plain_speech_verb_moved_and_made_loaded_is_meaning_drift() {
    let flagged = [
        (
            "\"We had no choice,\" said union leader Marta Olsen.",
            "\"We had no choice,\" union leader Marta Olsen conceded.",
            "conceded",
        ),
        (
            "Velmor said in a statement that the spray was safe.",
            "In a statement, Velmor insisted that the spray was safe.",
            "insisted",
        ),
    ];
    assert_cases("meaning-drift", &flagged);
    assert_clean(
        "meaning-drift",
        &[(
            "\"We had no choice,\" union leader Marta Olsen insisted.",
            "\"We had no choice,\" insisted union leader Marta Olsen.",
        )],
    );
}

#[test]
fn a_condemned_verdict_the_source_states_is_no_loaded_attribution() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "The tenants' union said the new rents were unfair.",
                "The tenants' union slammed the new rents as unfair.",
            ),
            (
                "A local trader said the notice period had been too brief.",
                "A local trader blasted the notice period as too brief.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "A local trader said the notice period would be hard on shops.",
            "A local trader blasted the notice period as hard on shops.",
            "blasted",
        )],
    );
}

#[test]
fn a_claim_given_to_another_party_is_meaning_drift() {
    let source = "Sales rose 12%, according to government estimates. The company said it would hire 200 staff.";
    assert_cases(
        "meaning-drift",
        &[(
            source,
            "Sales rose 12%, according to company estimates. The company said it would hire 200 staff.",
            "according to company estimates",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                source,
                "Sales rose 12%, according to estimates by the government. The company said it would hire 200 staff.",
            ),
            // A name swapped for a name is entity-drift's.
            (
                "Shares fell, according to data compiled by Lessing Research. Hollis Capital rates the stock a buy.",
                "Shares fell, according to figures compiled by Hollis Capital. Hollis Capital rates the stock a buy.",
            ),
        ],
    );
}

#[test]
fn a_loaded_verb_toned_down_passes_unless_an_allegation_became_a_statement() {
    assert_clean(
        "meaning-drift",
        &[(
            "Officials acknowledged the target would be hard to meet, the ministry said.",
            "Officials said the target would be hard to meet, the ministry said.",
        )],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "Prosecutors alleged that Teague steered contracts to his brother-in-law.",
            "Prosecutors said that Teague steered contracts to his brother-in-law.",
            "said",
        )],
    );
}

#[test]
fn verbs_of_contention_exchanged_keep_the_attribution() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "The mayor has argued that the cuts were needed to save the fund.",
                "The mayor has maintained that the cuts were needed to save the fund.",
            ),
            (
                "The coach insisted the squad was deep enough.",
                "The coach contended the squad was deep enough.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[
            (
                "The coach said the squad was deep enough.",
                "The coach insisted the squad was deep enough.",
                "insisted",
            ),
            (
                "The mayor has argued that the cuts were needed to save the fund.",
                "The mayor has claimed that the cuts were needed to save the fund.",
                "claimed",
            ),
        ],
    );
}

#[test]
fn a_statement_made_a_confirmation_is_meaning_drift_but_not_the_reverse() {
    assert_cases(
        "meaning-drift",
        &[(
            "Dunmore said a listing was one option the board was weighing.",
            "Dunmore confirmed a listing was one option the board was weighing.",
            "confirmed",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The ministry confirmed that two inspectors had been suspended.",
            "The ministry said that two inspectors had been suspended.",
        )],
    );
}

#[test]
fn a_statement_moved_and_closed_by_claimed_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[(
            "Ticket sales rose by a third, said the festival director, Ines Maro.",
            "Ticket sales rose by a third, the festival director, Ines Maro, claimed.",
            "claimed",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The harbour team won the regional cup on Sunday, the club said.",
            "The harbour team claimed the regional cup on Sunday, the club said.",
        )],
    );
}

#[test]
fn a_reported_claim_given_to_another_party_is_meaning_or_entity_drift() {
    let source = "Harlow Rovers beat Stanmere 21-18 on Saturday.\n\n\
        Rovers coach Alan Brisco said Tomas Kiel was doubtful for the final.\n\n\
        Club captain Ivo Pell said the squad was tired.";
    // A person's claim given to an institution, and to another person.
    let suspect = "Harlow Rovers beat Stanmere 21-18 on Saturday.\n\n\
        The club said Tomas Kiel was doubtful for the final.\n\n\
        Club captain Ivo Pell said the squad was tired.";
    assert_eq!(findings_of("meaning-drift", suspect, source), ["The club"]);
    let suspect = "Harlow Rovers beat Stanmere 21-18 on Saturday.\n\n\
        Club captain Ivo Pell said Tomas Kiel was doubtful for the final.\n\n\
        Club captain Ivo Pell said the squad was tired.";
    assert_eq!(
        findings_of("entity-drift", suspect, source),
        ["Club captain Ivo Pell"]
    );
    // The same speaker in other words, or a company's name for "the company".
    for suspect in [
        "Harlow Rovers beat Stanmere 21-18 on Saturday.\n\n\
        The coach said Tomas Kiel was doubtful for the final.\n\n\
        Club captain Ivo Pell said the squad was tired.",
        "Harlow Rovers beat Stanmere 21-18 on Saturday.\n\n\
        Tomas Kiel was doubtful for the final, Brisco said.\n\n\
        Club captain Ivo Pell said the squad was tired.",
    ] {
        assert!(findings_of("meaning-drift", suspect, source).is_empty());
        assert!(findings_of("entity-drift", suspect, source).is_empty());
    }
    let source = "Veritas Biologics opened a plant on Monday.\n\n\
        The company said it would hire 600 people by 2027.";
    let suspect = "Veritas Biologics opened a plant on Monday.\n\n\
        Veritas said it would hire 600 people by 2027.";
    assert!(findings_of("meaning-drift", suspect, source).is_empty());
}

#[test]
fn said_moved_into_admitted_is_loaded_attribution() {
    let flagged = [(
        "\"I was nervous in the first set,\" Okafor said after the match.",
        "Okafor admitted he had been nervous in the first set after the match.",
    )];
    assert_flagged("meaning-drift", &flagged);
    let clean = [
        (
            "\"I was nervous in the first set,\" Okafor conceded after the match.",
            "Okafor admitted he had been nervous in the first set after the match.",
        ),
        (
            "Two fans were taken to hospital, police said.",
            "Two fans were admitted to hospital, police said.",
        ),
    ];
    assert_clean("meaning-drift", &clean);
}

#[test]
fn a_judge_who_said_may_be_told_as_finding() {
    assert_clean(
        "meaning-drift",
        &[(
            "Judge Ann Ross said the landlord's failings were serious.",
            "The landlord's failings were serious, Judge Ann Ross found.",
        )],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "Prosecutors said the valve had been flagged in 2019.",
            "Prosecutors showed that the valve had been flagged in 2019.",
        )],
    );
}

#[test]
fn the_same_act_not_done_may_be_told_as_declined() {
    // "did not speak to reporters" → "declined to speak": news copy's way of
    // saying it; a refusal put for a reply not given, or "refused", hardens it.
    assert_cases(
        "meaning-drift",
        &[
            (
                "Drechsler, who left the port authority in 2021, did not speak to reporters as he left the courthouse.",
                "Drechsler, who left the port authority in 2021, declined to speak to reporters as he left the courthouse.",
                "",
            ),
            (
                "The bride and groom did not want to speak to reporters, but a family friend said the couple had danced on the lawn.",
                "The bride and groom declined to speak to reporters, but a family friend said the couple had danced on the lawn.",
                "",
            ),
            (
                "Novocrest and Sundell Medical did not respond to requests for comment.",
                "Novocrest and Sundell Medical declined to comment.",
                "declined",
            ),
            (
                "Halden did not say how many jobs would be cut.",
                "Halden refused to say how many jobs would be cut.",
                "refused",
            ),
        ],
    );
}

#[test]
fn a_concession_the_source_states_may_be_told_by_another_verb_of_concession() {
    // "admitted" → "conceded" restates the source's own concession; "said"
    // beside it did not become loaded.
    assert_cases(
        "meaning-drift",
        &[
            (
                "Its property manager, Simon Achebe, said the company was doing everything it could but admitted that the site had no guard on duty after midnight.",
                "Its property manager, Simon Achebe, said the company was doing everything it could but conceded that the site had no guard on duty after midnight.",
                "",
            ),
            (
                "Its property manager, Simon Achebe, said the company was doing everything it could and that the site had no guard on duty after midnight.",
                "Its property manager, Simon Achebe, insisted the company was doing everything it could and that the site had no guard on duty after midnight.",
                "insisted",
            ),
        ],
    );
}

#[test]
fn a_papers_scoop_told_as_its_report_is_no_weaker_claim() {
    // "can reveal" is the news idiom of a paper's own scoop: "has reported"
    // restates it. A plain "revealed" made "reported" still weakens it.
    let source =
        "The ferry operator will cut its winter timetable, the Harbour Gazette can reveal.";
    let suspect =
        "The ferry operator will cut its winter timetable, the Harbour Gazette has reported.";
    assert!(findings_of("meaning-drift", suspect, source).is_empty());
    let plain = "The ferry operator will cut its winter timetable, the Harbour Gazette revealed.";
    assert_eq!(findings_of("meaning-drift", suspect, plain), ["reported"]);
}

/// A claim told as said where the copy keeps its denial passes; one whose
/// denial is gone is still flagged.
#[test]
fn a_disputed_claim_said_passes() {
    assert_clean(
        "meaning-drift",
        &[(
            "Board member Tessa Varga claimed the tender had been rigged, an accusation the chairman denied.",
            "Board member Tessa Varga said the tender had been rigged, an accusation the chairman denied.",
        )],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "Board member Tessa Varga claimed the tender had been rigged.",
            "Board member Tessa Varga said the tender had been rigged.",
        )],
    );
}

/// A characterisation kept with a verb of judging "as" passes ("critics
/// called the scheme a \"waste of money\"" → "critics dismissed the scheme as
/// a waste of money"), as does "approved in principle" → "won outline
/// approval"; a nurse "dismissed for" what the trust called insubordination
/// still has it stated as fact.
#[test]
fn a_characterisation_judged_as_and_an_outline_approval_pass() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Critics called the scheme a \"waste of money\".",
                "Critics dismissed the scheme as a waste of money.",
            ),
            (
                "The plan was approved in principle.",
                "The plan won outline approval.",
            ),
        ],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "She was dismissed in April for what the hospital trust described as \"persistent insubordination\".",
            "She was dismissed in April for persistent insubordination.",
        )],
    );
}

/// "called" is a neutral verb of speech: "called the plan a partial success"
/// → "hailed the plan as a success" loads it; "described" keeps it neutral.
#[test]
fn a_verdict_called_then_hailed_is_loaded_speech() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Tenant groups called the ruling a partial success, the paper said.",
                "Tenant groups hailed the ruling as a success, the paper said.",
                "hailed",
            ),
            (
                "Tenant groups called the ruling a partial success, the paper said.",
                "Tenant groups described the ruling as a partial success, the paper said.",
                "",
            ),
        ],
    );
}
