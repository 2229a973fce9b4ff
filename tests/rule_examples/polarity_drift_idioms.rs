//! polarity-drift: idioms restated in other words of the same meaning
//! (session 42), each beside the flip that must still be flagged.

use super::*;

/// "up" and "down" after different verbs, one of them a phrasal verb with no
/// sense of movement, are no opposites; a movement reversed still is.
#[test]
fn a_surrender_told_with_the_other_particle_passes() {
    assert_clean(
        "polarity-drift",
        &[(
            "The club said it would not give up without a fight.",
            "The club said it would not go down without a fight.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[
            (
                "Prices went up sharply in March.",
                "Prices came down sharply in March.",
            ),
            (
                "The club said it would not give up without a fight.",
                "The club said it would not give down without a fight.",
            ),
        ],
    );
}

/// A thing "missing" is a thing not found: "has yet to be found" restates
/// "remains missing"; "is not missing" still flips it.
#[test]
fn a_thing_missing_told_as_not_yet_found_passes() {
    assert_clean(
        "polarity-drift",
        &[(
            "Police have recovered 23 of the 31 trees, but a juniper more than 200 years old remains missing.",
            "Police have recovered 23 of the 31 trees, but a juniper more than 200 years old has yet to be found.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "Police have recovered 23 of the 31 trees, but a juniper more than 200 years old remains missing.",
            "Police have recovered 23 of the 31 trees, but a juniper more than 200 years old is not missing.",
        )],
    );
}

/// A litotes across a participle ("was not approved without opposition")
/// affirms what it was without: stated plainly, it passes; with one of its
/// two denials dropped, it flips.
#[test]
fn a_litotes_across_a_participle_told_plainly_passes() {
    assert_clean(
        "polarity-drift",
        &[(
            "The deal was not approved without opposition.",
            "The deal faced opposition before it was approved.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "The deal was not approved without opposition.",
            "The deal was approved without opposition.",
        )],
    );
}

/// A denied dismissal told by its plain opposite is a litotes restated
/// ("not taken lightly" is "weighed carefully"), either way round; the
/// dismissal kept undenied, or a plain denial dropped, still flips.
#[test]
fn a_denied_dismissal_told_by_its_opposite_passes() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The chief executive said the decision had not been taken lightly.",
                "The chief executive said the decision had been weighed carefully.",
            ),
            (
                "The chief executive said the decision had been weighed carefully.",
                "The chief executive said the decision had not been taken lightly.",
            ),
            (
                "\"This is not a decision we have taken lightly,\" the chairman said.",
                "\"This is a decision we have considered seriously,\" the chairman said.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[
            (
                "The chief executive said the decision had not been taken lightly.",
                "The chief executive said the decision had been taken lightly.",
            ),
            (
                "The chief executive said the plan was not approved.",
                "The chief executive said the plan was approved.",
            ),
        ],
    );
}

/// A claim denied told as a claim not disputed is a concession, flagged; a
/// denial restated as another passes.
#[test]
fn a_denial_told_as_no_dispute_is_flagged() {
    assert_flagged(
        "polarity-drift",
        &[
            (
                "The council denied this, saying it had spent 2.4 million pounds on maintenance.",
                "The council did not dispute this, saying it had spent 2.4 million pounds on maintenance.",
            ),
            (
                "The council rejected that claim, saying the plans had been in the papers.",
                "The council did not dispute that claim, saying the plans had been in the papers.",
            ),
        ],
    );
    assert_clean(
        "polarity-drift",
        &[(
            "The council denied this, saying it had spent 2.4 million pounds on maintenance.",
            "The council rejected this, saying it had spent 2.4 million pounds on maintenance.",
        )],
    );
}

/// "raising fears" and "easing fears" move the fears opposite ways: every
/// inflection of a movement word counts, "-ing" forms too.
#[test]
fn a_movement_in_its_ing_form_reversed_is_flagged() {
    assert_flagged(
        "polarity-drift",
        &[(
            "Gritting depots are running low, raising fears of closures.",
            "Gritting depots are running low, easing fears of closures.",
        )],
    );
    assert_clean(
        "polarity-drift",
        &[(
            "Gritting depots are running low, raising fears of closures.",
            "Gritting depots are running low, heightening fears of closures.",
        )],
    );
}

/// A decision against advice told as one in line with it is flagged;
/// "in line with" kept passes.
#[test]
fn against_told_as_in_line_with_is_flagged() {
    assert_flagged(
        "polarity-drift",
        &[(
            "The committee approved the lorry park against the advice of its own officers.",
            "The committee approved the lorry park in line with the advice of its own officers.",
        )],
    );
    assert_clean(
        "polarity-drift",
        &[(
            "The committee approved the lorry park in line with the advice of its own officers.",
            "The committee approved the lorry park in keeping with the advice of its own officers.",
        )],
    );
}

#[test]
fn ing_forms_opposite_only_as_adjectives_pass_as_verbs() {
    assert_clean(
        "polarity-drift",
        &[(
            "Priya Halloran, who was standing for the first time, won 40 votes.",
            "Priya Halloran, who was running for the first time, won 40 votes.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[
            (
                "The pond has standing water.",
                "The pond has running water.",
            ),
            (
                "The team was winning at half-time.",
                "The team was losing at half-time.",
            ),
            (
                "He said the loan book was performing well.",
                "He said the loan book was underperforming.",
            ),
        ],
    );
}

#[test]
fn come_and_go_before_different_words_are_phrases_of_their_own() {
    let source =
        "Her group sent samples to Edinburgh while waiting for the microscope to come online.";
    let cases = [(
        source,
        "Her group sent samples to Edinburgh while waiting for the microscope to go live.",
        "",
    )];
    assert_cases("polarity-drift", &cases);
    // The same phrase turned round is flagged.
    assert_eq!(
        findings_of(
            "polarity-drift",
            "Prices came down in the spring, the bakery said.",
            "Prices went up in the spring, the bakery said.",
        ),
        ["came", "down"]
    );
}

/// A phrasal verb's "up" with no sense of movement ("given up", "dried up")
/// told by another word is no opposite of it, nor is a "campaigned for"
/// that tells how long; one of holding out ("held up") still stands
/// against a fall, and a side taken turned round is still flagged.
#[test]
fn particles_of_idioms_and_spans_of_time_are_no_sides() {
    let cases = [
        (
            "The bakery had lost a week's trade during the roadworks, its owner said.",
            "The bakery had given up a week's trade during the roadworks, its owner said.",
            "",
        ),
        (
            "Orders fell away after the holidays, the firm said.",
            "Orders dried up after the holidays, the firm said.",
            "",
        ),
        (
            "Fishermen have long campaigned against the new quotas.",
            "Fishermen have campaigned for years against the new quotas.",
            "",
        ),
        (
            "Sales had held up despite the price rises, the firm said.",
            "Sales had weakened despite the price rises, the firm said.",
            "weakened",
        ),
        (
            "Fishermen have campaigned against the new quotas.",
            "Fishermen have campaigned for the new quotas.",
            "campaigned for",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}

/// A "near miss" is a noun, no denial; a verb "misses" still denies, and a
/// denied near miss is flagged.
#[test]
fn a_near_miss_denies_nothing() {
    let cases = [
        (
            "Cyclists complained of near misses with buses on the bridge.",
            "Cyclists reported close calls with buses on the bridge.",
            "",
        ),
        (
            "The courier service often misses its delivery slots, customers said.",
            "The courier service often keeps to its delivery slots, customers said.",
            "keeps to",
        ),
        (
            "Cyclists reported near misses with buses on the bridge.",
            "Cyclists reported no near misses with buses on the bridge.",
            "no",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}
