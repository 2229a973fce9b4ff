//! polarity-drift: bounds, shortfalls and excesses of a figure or an expectation
//! turned to the other side, or restated on the same side.

use super::*;

#[test]
fn opposite_bounds_and_news_opposites_flip() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The arena will now open no earlier than the start of 2028.",
                "The arena will now open no later than the start of 2028.",
                "later",
            ),
            (
                "Retailer Ovo lost 54 million crowns last year.",
                "Retailer Ovo earned 54 million crowns last year.",
                "earned",
            ),
            (
                "Prices fell because of a glut of chips.",
                "Prices fell because of a shortage of chips.",
                "shortage",
            ),
        ],
    );
}

#[test]
fn a_shortfall_restated_as_a_need_for_more_keeps_polarity() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "Cyclists praised the new lanes but said the scheme did not go far enough.",
                "Cyclists praised the new lanes but said the scheme ought to go further.",
            ),
            (
                "Parents said the school had not done enough to stop bullying.",
                "Parents said the school had to do more to stop bullying.",
            ),
        ],
    );
}

#[test]
fn polarity_barely_before_an_amount_measures() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The reservoir held about 30 days of water, the utility said.",
                "The reservoir held barely 30 days of water, the utility said.",
            ),
            (
                "The hall was running at about 55 percent of capacity, the trust said.",
                "The hall was barely half full, the trust said.",
            ),
        ],
    );
    assert_cases(
        "polarity-drift",
        &[(
            "Ticket prices rose sharply after the merger, the regulator said.",
            "Ticket prices barely rose after the merger, the regulator said.",
            "barely",
        )],
    );
}

#[test]
fn a_fall_to_an_amount_is_no_refusal() {
    assert_clean(
        "polarity-drift",
        &[(
            "Quarterly sales at the Orlen bakery chain fell to 42 million pounds from 50 million pounds.",
            "Quarterly sales at the Orlen bakery chain declined to 42 million pounds from 50 million pounds.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "The Orlen bakery chain agreed to name the buyer of its flagship store.",
            "The Orlen bakery chain declined to name the buyer of its flagship store.",
        )],
    );
}

#[test]
fn polarity_an_upper_bound_or_a_wait_carries_a_denial() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "Rainfall did not exceed 40 millimetres in any county.",
                "Rainfall was 40 millimetres or less in every county.",
            ),
            (
                "The library has not yet opened its new reading room.",
                "The library's new reading room is still to open.",
            ),
        ],
        &[(
            "Rainfall did not exceed 40 millimetres in any county.",
            "Rainfall exceeded 40 millimetres in every county.",
        )],
    );
}

/// A denied "more than" restated as an upper bound ("at most") passes; a
/// denied shelving restated as abandonment is flagged, restated denied it
/// passes.
#[test]
fn polarity_bounds_and_shelving_restated() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The fever, which did not last more than two days, was mild.",
                "The fever, which lasted two days at most, was mild.",
            ),
            (
                "Officials said the census report would not be shelved.",
                "Officials said the census report would not be abandoned.",
            ),
        ],
    );
    assert_cases(
        "polarity-drift",
        &[(
            "Officials said the census report would not be shelved.",
            "Officials said the census report would be abandoned.",
            "be abandoned",
        )],
    );
}

/// A figure's bound turned to the other side in other words is a flip; the
/// same side in other words, or a denied bound restated, is not.
#[test]
fn a_bound_turned_to_the_other_side_is_polarity_drift() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Fewer than 40 of the painter's works are known to survive, the curator said.",
                "Over 40 of the painter's works are known to survive, the curator said.",
                "Over",
            ),
            (
                "The scheme pays out only when losses exceed 30 percent of a harvest.",
                "The scheme pays out only when losses fall below 30 percent of a harvest.",
                "below",
            ),
            (
                "Turnout was just short of the 95 percent needed to pass the motion.",
                "Turnout was just above the 95 percent needed to pass the motion.",
                "above",
            ),
            (
                "Fewer than 40 of the painter's works are known to survive, the curator said.",
                "Under 40 of the painter's works are known to survive, the curator said.",
                "",
            ),
            (
                "No more than 40 of the painter's works are known to survive, the curator said.",
                "Under 40 of the painter's works are known to survive, the curator said.",
                "",
            ),
            (
                "The scheme pays out only when losses exceed 30 percent of a harvest.",
                "The scheme pays out only when losses are above 30 percent of a harvest.",
                "",
            ),
            (
                "The drug was not effective in children under five, the trial found.",
                "The trial found the drug was ineffective in children under 5.",
                "",
            ),
            (
                "Rents rose over the 12 months to March, the agency said.",
                "Rents rose in the 12 months to March, though under 12 agencies reported.",
                "",
            ),
        ],
    );
}

#[test]
fn polarity_a_denied_expectation_restated_as_exceeded_passes() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "Traders had not expected the drop in orders to be so sharp.",
                "The drop in orders was sharper than traders had expected.",
            ),
            (
                "Brokers did not anticipate such a steep rise in rents.",
                "Rents rose more steeply than brokers had anticipated.",
            ),
        ],
        &[
            (
                "Traders had not expected the drop in orders to be so sharp.",
                "Traders had expected the drop in orders to be so sharp.",
            ),
            (
                "The drop in orders was not sharper than traders had expected.",
                "The drop in orders was sharper than traders had expected.",
            ),
        ],
    );
}

#[test]
fn polarity_an_excess_told_as_a_sufficiency_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The grant was too small to cover the repairs.",
                "The grant was not large enough to cover the repairs.",
            ),
            (
                "The photographs were sharp enough to identify the driver.",
                "The photographs were not too blurred to identify the driver.",
            ),
        ],
        &[
            (
                "Tenants called the freeze welcome but too modest to halt years of increases.",
                "Tenants called the freeze welcome and enough to halt years of increases.",
            ),
            (
                "The photographs were sharp enough to identify the driver.",
                "The photographs were too blurred to identify the driver.",
            ),
        ],
    );
}

#[test]
fn a_shortfall_below_a_figure_restated_as_a_denied_size_passes() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Spring rainfall in the valley was 40 millimetres, less than half the usual amount, the weather office said.",
            "Spring rainfall in the valley was 40 millimetres, not a large share of the usual amount, the weather office said.",
        )],
        &[(
            "Spring rainfall in the valley was 40 millimetres, more than half the usual amount, the weather office said.",
            "Spring rainfall in the valley was 40 millimetres, not a large share of the usual amount, the weather office said.",
        )],
    );
}

#[test]
fn a_denied_attainment_told_as_a_shortfall_passes() {
    let source = "Harlow Mills said annual sales did not reach the 90 million euros it had forecast, coming in at 84 million.";
    let below = "Harlow Mills said annual sales came in at 84 million euros, below the 90 million it had forecast.";
    assert!(findings_of("polarity-drift", below, source).is_empty());
    let short = "Harlow Mills said annual sales fell short of the 90 million euros it had forecast, coming in at 84 million.";
    assert!(findings_of("polarity-drift", short, source).is_empty());
    // The mark attained after all is still a flip.
    let reached = "Harlow Mills said annual sales reached the 90 million euros it had forecast, coming in at 84 million.";
    assert!(!findings_of("polarity-drift", reached, source).is_empty());
}

#[test]
fn barely_restates_a_small_amount_stated_by_an_adverb() {
    let source = "In the other schools the truancy rate dipped slightly, from 12.1% to 11.9%.";
    let barely =
        "In the other schools the truancy rate barely moved, edging down from 12.1% to 11.9%.";
    assert!(findings_of("polarity-drift", barely, source).is_empty());
    let source = "In the other schools the truancy rate dipped, from 12.1% to 11.9%.";
    let added = "In the other schools the truancy rate did not move, from 12.1% to 11.9%.";
    assert!(!findings_of("polarity-drift", added, source).is_empty());
}
