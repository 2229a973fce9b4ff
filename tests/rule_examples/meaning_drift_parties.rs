//! meaning-drift examples of a claim given to another party where neither
//! speaker is a name: "the club said" → "the council said" is flagged; a
//! synonym or a role word for the same party passes. A speaker capitalised
//! only to open its sentence names no one, and a named body is a party.

use super::*;

/// A story in which the club and the council are separate parties.
const SOURCE: &str = "The council has ordered the rowing club to cut noise at its boathouse. \
The club said it had already moved its launch point further from the homes.";

#[test]
fn a_claim_given_to_another_body_of_the_story_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[(
            SOURCE,
            "The council has ordered the rowing club to cut noise at its boathouse. \
The council said it had already moved its launch point further from the homes.",
            "The council",
        )],
    );
}

#[test]
fn a_speaker_restated_by_a_synonym_or_a_role_word_passes() {
    assert_clean(
        "meaning-drift",
        &[
            (
                SOURCE,
                "The council has ordered the rowing club to cut noise at its boathouse. \
A club spokesman said it had already moved its launch point further from the homes.",
            ),
            (
                "The company opened a depot in the town. The company said it would hire 40 drivers.",
                "The company opened a depot in the town. The firm said it would hire 40 drivers.",
            ),
            (
                "The council closed the lane. The council said the work would last a week.",
                "The council closed the lane. The authority said the work would last a week.",
            ),
        ],
    );
}

/// A story in which campaigners and a named council are separate parties:
/// "Council" is a name word here.
const CAMPAIGN: &str = "Harwick Borough Council has put cameras on the high street. \
Privacy campaigners said the footage was kept for too long.";

/// A story in which the league and a club's captain are separate parties.
const LEAGUE: &str = "Rovers captain Anna Velt welcomed the grant from the Northern \
Combination League. League officials said the backlog could force four games in eight days.";

/// A claim of a council's officials, with "Council" a name word.
const OFFICIALS: &str = "The club has asked Harwick Borough Council for a new pitch. \
Council officials said the request would be considered in May.";

#[test]
fn a_speaker_capitalised_only_to_open_its_sentence_is_no_name() {
    assert_cases(
        "meaning-drift",
        &[
            (
                CAMPAIGN,
                "Harwick Borough Council has put cameras on the high street. \
Council officials said the footage was kept for too long.",
                "Council officials",
            ),
            (
                LEAGUE,
                "Rovers captain Anna Velt welcomed the grant from the Northern \
Combination League. Velt said the backlog could force four games in eight days.",
                "Velt",
            ),
        ],
    );
}

#[test]
fn a_named_body_for_an_unnamed_party_is_another_party() {
    assert_cases(
        "meaning-drift",
        &[(
            "The Environment Agency must approve the barrier. \
Council officers said the embankment option had been assessed.",
            "The Environment Agency must approve the barrier. \
The Environment Agency said the embankment option had been assessed.",
            "The Environment Agency",
        )],
    );
}

#[test]
fn the_same_party_reworded_or_shortened_passes() {
    assert_clean(
        "meaning-drift",
        &[
            (
                OFFICIALS,
                "The club has asked Harwick Borough Council for a new pitch. \
The request would be considered in May, said council officials.",
            ),
            (
                OFFICIALS,
                "The club has asked Harwick Borough Council for a new pitch. \
Officials said the request would be considered in May.",
            ),
            (
                LEAGUE,
                "Rovers captain Anna Velt welcomed the grant from the Northern \
Combination League. The backlog could force four games in eight days, league officials said.",
            ),
            (
                "The club has asked Dunmore County Council for a new pitch. \
The council said the request would be considered in May.",
                "The club has asked Dunmore County Council for a new pitch. \
Dunmore County Council said the request would be considered in May.",
            ),
            (
                "Coach Tom Hale and striker Ben Pike met the fans. \
Hale said the team would train on Sunday.",
                "Coach Tom Hale and striker Ben Pike met the fans. \
Pike said the team would train on Sunday.",
            ),
        ],
    );
}
