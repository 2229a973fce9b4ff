//! polarity-drift: comparisons and superlatives turned round, denied or restated
//! ("the largest" → "no other as large"), with their parties and figures.

use super::*;

/// A superlative restated as a denied comparative keeps its meaning; a
/// superlative denied on one side only is a flip.
#[test]
fn polarity_superlative_as_denied_comparative() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The fine is the largest ever imposed on a bus operator, the regulator said.",
                "No bus operator has ever been fined more heavily, the regulator said.",
                "",
            ),
            (
                "Twenty schools will get music teachers for the first time, the ministry said.",
                "Twenty schools that have never had music teachers before will get them, the ministry said.",
                "",
            ),
            (
                "The fine is the largest ever imposed on a bus operator, the regulator said.",
                "The fine is not the largest ever imposed on a bus operator, the regulator said.",
                "not",
            ),
        ],
    );
}

#[test]
fn a_denied_equal_comparison_is_flagged_on_the_comparative() {
    assert_cases(
        "polarity-drift",
        &[(
            "The mill said it would hire 40 workers this year and would not cut costs as deeply as in the past.",
            "The mill said it would hire 40 workers this year and would cut costs more deeply than before.",
            "more deeply",
        )],
    );
}

#[test]
fn a_figure_bound_is_no_comparative_restating_a_superlative() {
    assert_cases(
        "polarity-drift",
        &[(
            "The early search covered more than 40 miles but failed to find the boat, and it ended in May.",
            "The first search covered over 40 miles but managed to find the boat, and it ended in May.",
            "managed",
        )],
    );
}

#[test]
fn polarity_less_restates_a_denied_equal_comparison() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Some residents were less enthusiastic about the depot.",
            "Not every resident was as enthusiastic about the depot.",
        )],
        &[(
            "Residents were less enthusiastic about the depot.",
            "Residents were not enthusiastic about the depot.",
        )],
    );
}

#[test]
fn polarity_a_comparison_turned_round_with_its_figures_restates() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Hart's campaign raised $1.2 million, less than half the $2.6 million raised by Moss.",
            "Moss's campaign raised $2.6 million, more than twice the $1.2 million raised by Hart.",
        )],
        &[(
            "Hart's campaign raised $1.2 million, less than half the $2.6 million raised by Moss.",
            "Hart's campaign raised $1.2 million, more than half the $2.6 million raised by Moss.",
        )],
    );
}

#[test]
fn polarity_opposites_standing_by_their_own_figures_are_no_flip() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "Exports totalled 4.2 billion euros in May, while imports rose 3% to 3.9 billion euros.",
                "Imports climbed 3% to 3.9 billion euros in May, while exports came to 4.2 billion euros.",
            ),
            (
                "Demand reached 9,100 MW, about 6% above the usual June peak but well below the record of 11,800 MW set in 2019.",
                "Demand hit 9,100 MW, some 6% higher than a normal June peak but short of the record 11,800 MW set in 2019.",
            ),
        ],
        &[(
            "Exports totalled 4.2 billion euros in May, while imports rose 3% to 3.9 billion euros.",
            "Imports totalled 4.2 billion euros in May, while exports rose 3% to 3.9 billion euros.",
        )],
    );
}

#[test]
fn polarity_rather_than_a_figure_phrase_compares_figures() {
    // "rather than the earlier estimate of 310 million" sets two figures side
    // by side, as "rather than 310 million" does; it denies nothing.
    assert_sentences(
        "polarity-drift",
        &[(
            "The new bridge will cost 420 million pounds, up from an earlier estimate of 310 million, the council said.",
            "The new bridge will cost 420 million pounds rather than the earlier estimate of 310 million, the council said.",
        )],
        &[],
    );
}

/// Converse verbs with parties told apart by a modifier, comparisons turned
/// round with their parties, a deal told from the other side with its
/// prepositions, and words that carry a denial pass; the same words with
/// the parties kept are flagged.
#[test]
fn converses_comparisons_turned_round_and_carried_denials_pass() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The Liberal candidate led the Labour candidate by four points in the latest poll.",
                "The Labour candidate trailed the Liberal candidate by four points in the latest poll.",
            ),
            (
                "The home side trailed 2-0 at half-time.",
                "The visitors led 2-0 at half-time.",
            ),
            (
                "Prices in Northvale were higher than in Southmere last year.",
                "Prices in Southmere were lower than in Northvale last year.",
            ),
            (
                "Inflation was lower in May than in April, the statistics office said.",
                "Inflation in April was higher than in May, the statistics office said.",
            ),
            (
                "The museum received a grant from the lottery fund.",
                "The lottery fund gave a grant to the museum.",
            ),
            (
                "The museum received a grant from the lottery fund.",
                "The lottery fund awarded a grant to the museum.",
            ),
            (
                "The factory has been idle since March.",
                "The factory has not operated since March.",
            ),
            (
                "The regulator did not approve the merger, saying it would harm competition.",
                "The regulator blocked the merger, saying it would harm competition.",
            ),
            (
                "The hospital has not been able to recruit enough nurses.",
                "The hospital has struggled to recruit enough nurses.",
            ),
            (
                "The minister admitted the scheme had not worked.",
                "The minister acknowledged the scheme had failed.",
            ),
            (
                "The referee did not award a penalty.",
                "The referee turned down appeals for a penalty.",
            ),
            (
                "The goalkeeper kept a clean sheet.",
                "The goalkeeper did not concede a goal.",
            ),
            (
                "The rescue was nothing but a success, the coastguard said.",
                "The rescue was a complete success, the coastguard said.",
            ),
        ],
        &[
            (
                "The Liberal candidate led the Labour candidate by four points in the latest poll.",
                "The Liberal candidate trailed the Labour candidate by four points in the latest poll.",
            ),
            (
                "The home side trailed 2-0 at half-time.",
                "The home side led 2-0 at half-time.",
            ),
            (
                "Prices in Northvale were higher than in Southmere last year.",
                "Prices in Northvale were lower than in Southmere last year.",
            ),
            (
                "The museum received a grant from the lottery fund.",
                "The museum gave a grant to the lottery fund.",
            ),
            (
                "The minister admitted the scheme had failed to work.",
                "The minister acknowledged the scheme had worked.",
            ),
        ],
    );
}

/// Opposite parties of a comparison turned round pass; the same
/// comparison with only its parties swapped is flagged.
#[test]
fn opposite_parties_of_a_comparison_turned_round() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Turnout intentions were higher in the northern wards than in the southern wards.",
            "Turnout intentions were lower in the southern wards than in the northern wards.",
        )],
        &[(
            "Migraine is about three times more common in women than in men, the survey found.",
            "Migraine is about three times more common in men than in women, the survey found.",
        )],
    );
}

#[test]
fn polarity_more_than_any_other_restated_as_no_other_as_much_passes() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The Kessel field produces more gas than any other in the basin.",
            "No other field in the basin produces as much gas as Kessel.",
        )],
        &[(
            "The Kessel field produces more gas than any other in the basin.",
            "The Kessel field does not produce more gas than any other in the basin.",
        )],
    );
}

#[test]
fn polarity_a_denied_equal_comparison_or_change_restated_passes() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "Grain prices had not climbed as fast as traders expected.",
                "Grain prices had climbed more slowly than traders expected.",
            ),
            (
                "Bus services on Sundays will not be reduced, the operator said.",
                "Bus services on Sundays will stay the same, the operator said.",
            ),
        ],
        &[
            (
                "Grain prices had not climbed as slowly as traders expected.",
                "Grain prices had climbed more slowly than traders expected.",
            ),
            (
                "Bus services on Sundays will not be reduced, the operator said.",
                "Bus services on Sundays will be reduced, the operator said.",
            ),
        ],
    );
}

/// A comparison with the present turned round ("lower than at the last
/// census" → "higher at the last census than this year") states the same
/// relation; the comparative flipped in place, or against another past
/// party, is flagged.
#[test]
fn a_comparison_with_the_present_turned_round() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Membership of the angling club was lower than at the previous annual meeting.",
            "Membership of the angling club was higher at the previous annual meeting than this year.",
        )],
        &[
            (
                "Membership of the angling club was lower than at the previous annual meeting.",
                "Membership of the angling club was higher than at the previous annual meeting.",
            ),
            (
                "Membership of the angling club was lower than at the previous annual meeting.",
                "Membership of the angling club was higher at the previous annual meeting than at the first.",
            ),
        ],
    );
}

#[test]
fn a_comparison_turned_the_other_way_in_other_words_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "About a third of callers waited longer than the ten-minute target.",
                "About a third of callers waited more than the ten minutes set as the target.",
            ),
            (
                "The harbour board reported fewer than 40 landings in March.",
                "The harbour board reported less than 40 landings in March.",
            ),
        ],
        &[
            (
                "About a third of callers waited longer than the ten-minute target.",
                "About a third of callers waited less than the ten minutes set as the target.",
            ),
            (
                "The new hall holds more than the old one did.",
                "The new hall holds fewer than the old one did.",
            ),
            (
                "Turnout was higher than the county average.",
                "Turnout was smaller than the county average.",
            ),
        ],
    );
}

#[test]
fn a_comparison_before_the_same_than_reworded_at_length_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Engineers said the old pier was weaker than inspections had shown.",
            "Engineers said the old pier turned out to be in poorer condition than inspections had shown.",
        )],
        &[(
            "Engineers said the old pier was worse than inspections had shown.",
            "Engineers said the old pier turned out to be in better shape than inspections had shown.",
        )],
    );
}

#[test]
fn a_switch_restated_with_rather_than_passes() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The county will move its grit stores from the old quarry to the new depot.",
            "The county's grit will be kept at the new depot rather than the old quarry.",
        )],
        &[(
            "The county will keep its grit stores at the old quarry and the new depot.",
            "The county's grit will be kept at the new depot rather than the old quarry.",
        )],
    );
}

#[test]
fn a_denied_equal_comparison_with_an_expectation_denies_the_comparison() {
    let source =
        "Quarterly sales at the Brenton glassworks were not as bad as analysts had expected.";
    let better =
        "Quarterly sales at the Brenton glassworks were better than analysts had expected.";
    assert!(findings_of("polarity-drift", better, source).is_empty());
    let worse = "Quarterly sales at the Brenton glassworks were worse than analysts had expected.";
    assert!(!findings_of("polarity-drift", worse, source).is_empty());
}
