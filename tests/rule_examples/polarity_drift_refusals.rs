//! polarity-drift: refusals and verbs of refusal, with particles split off after
//! the object ("turned the request down"), denying their verb or a curated phrase.

use super::*;

#[test]
fn refusals_without_to_bounds_and_news_opposites_flip() {
    let flagged = [
        (
            "The judge refused a prosecution request.",
            "The judge granted a prosecution request.",
            "granted",
        ),
        (
            "The tank had failed an inspection.",
            "The tank had passed an inspection.",
            "passed",
        ),
        (
            "The bridge is closed to trucks over 10 tonnes.",
            "The bridge is closed to trucks under 10 tonnes.",
            "under",
        ),
        (
            "The margin was within the 2% threshold.",
            "The margin was beyond the 2% threshold.",
            "beyond",
        ),
        (
            "The drug was generally well tolerated.",
            "The drug was generally poorly tolerated.",
            "poorly",
        ),
    ];
    assert_cases("polarity-drift", &flagged);
    let clean = [
        (
            "Firefighters brought them down over nearly two hours.",
            "Firefighters brought them down in just under two hours.",
        ),
        (
            "She missed last year's semi-final with a knee injury.",
            "She sat out last year's semi-final with a knee injury.",
        ),
        (
            "The line opens in June but has not yet received national funding.",
            "The line opens in June, but it is still waiting for national funding.",
        ),
    ];
    assert_clean("polarity-drift", &clean);
}

#[test]
fn a_negation_dropped_beside_a_carried_not_until_and_requests_declined_flip() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The regulator said the damage posed no immediate danger to passengers but that \
the vessel could not return to service until repairs were completed.",
                "According to the regulator, it posed an immediate danger to passengers, and the \
vessel will stay out of service until repairs have been completed.",
                "an",
            ),
            (
                "He was given a lawyer after he had asked for one.",
                "He was given a lawyer after he had declined one.",
                "declined",
            ),
            (
                "The union welcomed the findings on Tuesday.",
                "The union dismissed the findings on Tuesday.",
                "dismissed",
            ),
        ],
    );
}

#[test]
fn neglected_to_denies_as_failed_to_does() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "Landlords who fail to register a deposit face a fine of up to £5,000.",
                "Landlords who neglect to register a deposit face a fine of up to £5,000.",
            ),
            (
                "The contractor neglected to seal the joints, the inspectors found.",
                "The contractor did not seal the joints, the inspectors found.",
            ),
        ],
        &[(
            "The contractor neglected to seal the joints, the inspectors found.",
            "The contractor sealed the joints, the inspectors found.",
        )],
    );
}

/// A particle after the object ("turned the request down") carries the
/// denial of its verb; so do "dismissed", "vetoed" and "broken".
#[test]
fn denials_carried_by_split_particles_and_verbs_of_refusal() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The ministry did not approve the request for extra funding.",
                "The ministry turned the request for extra funding down.",
            ),
            (
                "The court did not allow the appeal.",
                "The court dismissed the appeal.",
            ),
            (
                "The governor vetoed the bill.",
                "The governor refused to sign the bill.",
            ),
            (
                "The school's heating was not working.",
                "The school's heating was broken.",
            ),
        ],
        &[(
            "The president signed the trade bill into law.",
            "The president vetoed the trade bill.",
        )],
    );
}

/// A refusal denies a curated phrase ("refused to rule out" → "left open"),
/// and "not as much as" is "less than".
#[test]
fn refusals_deny_phrases_and_less_than_restates_not_as_much() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The finance minister refused to rule out a rise in fuel duty.",
                "The finance minister left open the possibility of a rise in fuel duty.",
            ),
            (
                "Prices did not fall as much as hoped.",
                "Prices fell less than hoped.",
            ),
        ],
        &[
            (
                "Ministers ruled out a second vote.",
                "Ministers kept open the option of a second vote.",
            ),
            (
                "Prices fell more than hoped.",
                "Prices fell less than hoped.",
            ),
        ],
    );
}

/// A curated phrase with its particle after the object ("turned the offer
/// from the board down") is that phrase, flipped when undenied.
#[test]
fn a_curated_phrase_split_round_its_object() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The players did not accept the pay offer.",
            "The players turned the pay offer down.",
        )],
        &[(
            "The players accepted the offer from the board.",
            "The players turned the offer from the board down.",
        )],
    );
}

/// A particle may follow a long object ("turned the application for a new
/// bridge over the river down"), and "missing from" describes what is absent
/// as "absent from" does; a flip on either is still flagged.
#[test]
fn long_split_particles_and_missing_from_keep_polarity() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The planning board did not approve the application for a new footbridge over the Marl.",
                "The planning board turned the application for a new footbridge over the Marl down.",
            ),
            (
                "Inspectors found 12,000 pounds missing from the charity's accounts.",
                "Inspectors found 12,000 pounds absent from the charity's accounts.",
            ),
        ],
        &[
            (
                "The planning board did not approve the application for a new footbridge over the Marl.",
                "The planning board approved the application for a new footbridge over the Marl.",
            ),
            (
                "The striker kept missing the target in the second half.",
                "The striker kept hitting the target in the second half.",
            ),
        ],
    );
}

#[test]
fn refused_a_thing_carries_a_denial() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The developer was refused planning permission for the tower.",
            "The developer was not given planning permission for the tower.",
        )],
        &[(
            "The developer was refused planning permission for the tower.",
            "The developer was granted planning permission for the tower.",
        )],
    );
}

/// Session 66: "refusing to" and "declining to" deny as "refused to" and
/// "failing to" do, so a refusal restated in another form passes and one
/// dropped is flagged.
#[test]
fn refusing_to_denies_as_refused_to_does() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "A harbourmaster was sacked after refusing to let a cruise ship berth in a gale.",
                "A harbourmaster was sacked after she refused to allow a cruise ship to berth in a gale.",
            ),
            (
                "The mayor left the meeting, declining to answer questions.",
                "The mayor left the meeting after he declined to answer questions.",
            ),
        ],
        &[(
            "A harbourmaster was sacked after refusing to let a cruise ship berth in a gale.",
            "A harbourmaster was sacked after she agreed to let a cruise ship berth in a gale.",
        )],
    );
}
