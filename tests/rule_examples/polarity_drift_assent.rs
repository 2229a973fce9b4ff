//! polarity-drift examples of a verb of assent put for a verb of contest, or
//! the reverse ("respected the verdict" → "disputed the verdict"), and of
//! restatements that are no flip: an auxiliary "have", "un-…-able".

use super::*;

#[test]
fn assent_told_as_contest_is_flagged() {
    assert_flagged(
        "polarity-drift",
        &[
            (
                "The prosecutors said they respected the verdict but stood by the case.",
                "The prosecutors said they disputed the verdict but stood by the case.",
            ),
            (
                "The operations director said the company would comply with the order.",
                "The operations director said the company would contest the order.",
            ),
            (
                "He denied that the homes would add to flood risk.",
                "He conceded that the homes would add to flood risk.",
            ),
            (
                "Her evidence was contradicted by rota records and emails.",
                "Her evidence was confirmed by rota records and emails.",
            ),
        ],
    );
}

#[test]
fn assent_kept_within_its_family_stays_clean() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The prosecutors said they respected the verdict.",
                "The prosecutors said they accepted the verdict.",
            ),
            (
                "He denied that the homes would add to flood risk.",
                "He disputed that the homes would add to flood risk.",
            ),
            (
                "The council confirmed the date of the vote.",
                "The council has questions about the date of the vote.",
            ),
        ],
    );
}

/// "had" before a participle the other side's word restates is an
/// auxiliary, no "have" an opposite ("missed") flips; a new participle after
/// it still leaves the flip ("still lacked" → "had installed").
#[test]
fn auxiliary_have_is_no_opposite_of_a_restating_verb() {
    assert_clean(
        "polarity-drift",
        &[(
            "Jago Trethewey, a surf instructor, said he had fallen sick twice last August and had lost about two weeks of work.",
            "Jago Trethewey, a surf instructor, said he had fallen sick twice last August and missed roughly two weeks of work.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "The auditors noted that two of the five hospitals still lacked the electronic patient tracking systems the province required.",
            "The auditors noted that two of the five hospitals had installed the electronic patient tracking systems the province required.",
        )],
    );
}

/// "un-" before what a denied verb can do restates the denial ("could not
/// afford" → "unaffordable"); the other flip of the sentence stands.
#[test]
fn denied_verb_restated_as_un_able_adjective_passes() {
    assert_cases(
        "polarity-drift",
        &[(
            "Whitfield said the trust had not ruled out raising hourly pay, but added that it could not afford an increase before the new financial year in April.",
            "Whitfield said the trust had ruled out raising hourly pay, adding that an increase was unaffordable until the new financial year begins in April.",
            "ruled",
        )],
    );
}

/// A denied verb of contest told as assent restates it, whatever the tense
/// ("did not dispute" → "admitted", "did not object to" → "backed"); an
/// inserted denial of contest where the source contests nothing says assent.
/// That no contest is not support is meaning-drift's to judge.
#[test]
fn denied_contest_told_as_assent_stays_clean() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The trust said it did not dispute that some patients had waited longer than 12 hours.",
                "The trust said it admitted that some patients had waited longer than 12 hours.",
            ),
            (
                "The Environment Agency did not object to the application, its response said.",
                "The Environment Agency backed the application, its response said.",
            ),
            (
                "Haddad said she was pleased but that the club's need for better facilities was real.",
                "Haddad said she was pleased but did not dispute that the club needed better facilities.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "The council rejected that claim about the land.",
            "The council did not dispute that claim about the land.",
        )],
    );
}

/// An earliest time told as the time ("will not reopen before March 2026"
/// → "will reopen in March 2026") is meaning-drift's; "before" kept with
/// the denial dropped still flips.
#[test]
fn earliest_time_told_as_the_time_is_no_removed_negation() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The trust now says the platform will not reopen before March 2026.",
                "The trust now says the platform will reopen in March 2026.",
            ),
            (
                "Officials said full containment was not expected before Sept. 5.",
                "Officials expect full containment by Sept. 5.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "The new line will not be ready before March, officials said.",
            "The new line will be ready before March, officials said.",
        )],
    );
}

#[test]
fn an_option_weighed_told_as_dismissed_is_flagged() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The parish council said it would consider the proposal at its next meeting.",
                "The parish council said it had dismissed the proposal at its next meeting.",
                "dismissed",
            ),
            (
                "Members had also discussed moving the monthly market to the car park.",
                "Members had also rejected moving the monthly market to the car park.",
                "rejected",
            ),
            (
                "The board considered the bid but rejected it in March.",
                "The board rejected the bid in March.",
                "",
            ),
            (
                "The trustees said they would consider the request.",
                "The trustees said they would look at the request.",
                "",
            ),
        ],
    );
}
