//! number-drift: shares, fractions, percentages, percentage points and ratios, restated, bounded or
//! worked out.

use super::*;

/// A figure said with a fraction ("two and a quarter million") is rounded to
/// that fraction, hedged or not; beyond half a step it is a changed figure.
#[test]
fn spoken_fractions_round_the_figure() {
    assert_clean(
        "number-drift",
        &[
            (
                "The trust has been given $2.23 million for the new ward.",
                "The trust has been given two and a quarter million dollars for the new ward.",
            ),
            (
                "The scheme is $5.4 million short of its goal.",
                "The scheme is nearly five and a half million dollars short of its goal.",
            ),
        ],
    );
    let source = "The trust has been given $2.4 million for the new ward.";
    let suspect = "The trust has been given two and a quarter million dollars for the new ward.";
    assert_eq!(
        findings_of("number-drift", suspect, source),
        ["two and a quarter million dollars"]
    );
}

/// A percentage restated as "one in N" is the same share (5% is one in 20,
/// 0.5% one in 200); a share that does not work out is still flagged.
#[test]
fn a_share_restated_as_one_in_n_passes() {
    assert_clean(
        "number-drift",
        &[
            (
                "The insurer will cut 600 jobs, or 5% of its staff, by March.",
                "The insurer will cut 600 jobs, roughly one in 20 of its staff, by March.",
            ),
            (
                "Officials said 940 ballots, about 0.5% of those cast, were spoiled.",
                "Officials said 940 ballots, about one in 200 of those cast, were spoiled.",
            ),
        ],
    );
    assert_flagged(
        "number-drift",
        &[(
            "The insurer will cut 600 jobs, or 8% of its staff, by March.",
            "The insurer will cut 600 jobs, roughly one in 20 of its staff, by March.",
        )],
    );
}

/// "Almost" or "nearly" a fraction holds a share just below it ("almost a
/// third" for 31%), not one above it nor one far below ("nearly half" for 41%).
#[test]
fn almost_a_fraction_holds_a_share_just_below_it() {
    assert_cases(
        "number-drift",
        &[
            (
                "Patients filled 31% of the hospital's 220 beds on Monday.",
                "Patients filled almost a third of the hospital's 220 beds on Monday.",
                "",
            ),
            (
                "Patients filled 36% of the hospital's 220 beds on Monday.",
                "Patients filled almost a third of the hospital's 220 beds on Monday.",
                "a third",
            ),
            (
                "Growers said 46% of the crop was lost to the frost.",
                "Growers said nearly half of the crop was lost to the frost.",
                "",
            ),
            (
                "Growers said 41% of the crop was lost to the frost.",
                "Growers said nearly half of the crop was lost to the frost.",
                "half",
            ),
        ],
    );
}

/// A share in words stated as a bound holds a percentage another source
/// sentence gives, and "more than half" holds a part of three-fifths.
#[test]
fn number_bounded_share_elsewhere_and_round_fractions() {
    assert_cases(
        "number-drift",
        &[
            (
                "Harlow Mills said its output fell sharply. The 29% drop followed a strike.",
                "Harlow Mills said its output fell by nearly a third. The 29% drop followed a strike.",
                "",
            ),
            (
                "Harlow Mills said its output fell sharply. The 29% drop followed a strike.",
                "Harlow Mills said its output fell by more than a third. The 29% drop followed a strike.",
                "a third",
            ),
            (
                "The new pier cost $59 million. The town paid $36 million and a state fund the rest.",
                "The new pier cost $59 million. The town paid $36 million, more than half the total, and a state fund the rest.",
                "",
            ),
            (
                "The new pier cost $59 million. The town paid $36 million and a state fund the rest.",
                "The new pier cost $59 million. The town paid $36 million, less than half the total, and a state fund the rest.",
                "half",
            ),
        ],
    );
}

#[test]
fn number_share_in_words_rounds_a_percentage() {
    assert_cases(
        "number-drift",
        &[
            (
                "Some 59% of the orchard's trees were lost to the frost in April.",
                "Three in five of the orchard's trees were lost to the frost in April.",
                "",
            ),
            (
                "The ferry company cut its timetable by 39% over the winter.",
                "The ferry company cut its timetable by two-fifths over the winter.",
                "",
            ),
            (
                "The ferry company cut its timetable by 39% over the winter.",
                "The ferry company cut its timetable by three-fifths over the winter.",
                "three-fifths",
            ),
            (
                "At least 38% of the seats must go to local members, the rules say.",
                "At least a third of the seats must go to local members, the rules say.",
                "a third",
            ),
        ],
    );
}

#[test]
fn a_share_of_a_grouped_count_is_worked_out_not_read_as_a_year() {
    assert_clean(
        "number-drift",
        &[(
            "About 1,900 of the 31,500 starters did not finish.",
            "Around 1,900 of the 31,500 who started, about 6%, failed to finish.",
        )],
    );
}

#[test]
fn a_fraction_after_close_to_is_a_share() {
    assert_clean(
        "number-drift",
        &[(
            "Operating profit shrank by almost a third to 212 million euros.",
            "Operating profit fell by close to a third to €212 million.",
        )],
    );
}

#[test]
fn a_fraction_stated_as_a_bound_of_a_share_passes() {
    assert_clean(
        "number-drift",
        &[(
            "Only 29% of homes that can get full fibre have signed up for it.",
            "Fewer than a third of homes able to get full fibre, 29%, have subscribed.",
        )],
    );
    // A bound in digits is a figure of its own.
    assert_cases(
        "number-drift",
        &[(
            "The vaccine is offered to children under 10.",
            "The vaccine is offered to children under 12.",
            "12",
        )],
    );
}

#[test]
fn basis_points_and_a_half_hour_in_one_word_restate_their_figures() {
    assert_clean(
        "number-drift",
        &[
            (
                "Markets now price a 70% chance of a quarter-point cut in July.",
                "Markets now price a 70% chance of a 25-basis-point cut in July.",
            ),
            (
                "Parking will stay free for the first 30 minutes.",
                "Parking will stay free for the first half-hour.",
            ),
        ],
    );
}

#[test]
fn a_share_worked_out_from_a_figure_of_another_sentence_is_no_drift() {
    let source = "HARWICK (Wire) - The county approved a $2.5 billion budget on Monday after a long debate.\n\n\
                  Schools will receive $500 million, the largest share, officials said.";
    let suspect = "HARWICK (Wire) - The county approved a $2.5 billion budget on Monday after a long debate.\n\n\
                   Schools will receive $500 million, a fifth of the total and the largest share, officials said.";
    assert_clean("number-drift", &[(source, suspect)]);
    let wrong = suspect.replace("a fifth", "a quarter");
    assert_cases("number-drift", &[(source, &wrong, "a quarter")]);
}

#[test]
fn a_share_of_a_term_in_other_units_is_worked_out() {
    assert_clean(
        "number-drift",
        &[(
            "The treasurer was given four years in jail, of which 24 months were suspended.",
            "The treasurer was given a four-year jail term, half of it suspended.",
        )],
    );
    assert_flagged(
        "number-drift",
        &[(
            "The treasurer was given four years in jail, of which 12 months were suspended.",
            "The treasurer was given a four-year jail term, half of it suspended.",
        )],
    );
}

#[test]
fn a_share_stated_as_a_bound_between_two_figures_holds() {
    assert_clean(
        "number-drift",
        &[(
            "The new bridge cuts the crossing to 25 minutes, from about 55 minutes by ferry.",
            "The crossing now takes 25 minutes, less than half the roughly 55 minutes the ferry needs.",
        )],
    );
    assert_cases(
        "number-drift",
        &[(
            "The new bridge cuts the crossing to 35 minutes, from about 55 minutes by ferry.",
            "The crossing now takes 35 minutes, less than half the roughly 55 minutes the ferry needs.",
            "half",
        )],
    );
}

#[test]
fn one_of_n_things_is_a_share_of_them() {
    assert_clean(
        "number-drift",
        &[(
            "The cuts forced the council to close one of its four depots, it said.",
            "The cuts forced the council to shut a quarter of its depots, it said.",
        )],
    );
    assert_cases(
        "number-drift",
        &[(
            "The cuts forced the council to close one of its four depots, it said.",
            "The cuts forced the council to shut a third of its depots, it said.",
            "a third",
        )],
    );
}

#[test]
fn a_gap_in_points_between_shares_of_two_sentences_is_worked_out() {
    assert_clean(
        "number-drift",
        &[(
            "In 2010, about 57% of the town's households recycled their glass. In 2024 the figure was 81%, the survey found.",
            "In 2010, about 57% of the town's households recycled their glass. In 2024 the figure was 81%, 24 percentage points higher, the survey found.",
        )],
    );
}

#[test]
fn a_count_stated_as_a_percentage_is_drift() {
    // "12 volunteers left" → "12% left": the same number, another figure.
    assert_cases(
        "number-drift",
        &[
            (
                "Side effects were rare, and 12 volunteers left the study early because of headaches.",
                "Side effects were rare, and 12% left the study early because of headaches.",
                "12%",
            ),
            (
                "About 30% of members voted against the deal.",
                "About 30 members voted against the deal.",
                "30",
            ),
            (
                "Side effects were rare, and 12 volunteers left the study early because of headaches.",
                "Side effects were rare, and 12 volunteers quit the study early because of headaches.",
                "",
            ),
        ],
    );
}

/// A share judged by a quantifier ("nearly half" → "most") changed in
/// degree, meaning-drift's to judge, and a group named by its share ("the
/// largest 10 percent" → "the biggest tenth") keeps it: no figure missing.
/// A headline leaves figures out, the body telling them.
#[test]
fn shares_judged_or_named_and_headlines_lose_no_figure() {
    assert_clean(
        "number-drift",
        &[
            (
                "Nearly half of the lost hours were at Kell Hospital, the report said. The union said 41 of its 65 members backed the strike.",
                "Most of the lost hours were at Kell Hospital, the report said. The union said nearly all of its 65 members backed the strike.",
            ),
            (
                "The largest 10 percent of recipients collect almost half of the total.",
                "Nearly half of the money goes to the biggest tenth of recipients.",
            ),
            (
                "Police recover stolen paintings after 14-month search\n\nPolice have recovered four paintings stolen from the Harlow gallery.",
                "Stolen paintings recovered by police\n\nPolice have recovered four paintings stolen from the Harlow gallery.",
            ),
        ],
    );
    // A count with no share in it, softened to "many", is still lost.
    assert_eq!(
        findings_of(
            "number-drift",
            "The storm damaged many homes and cut power to 50,000 people.",
            "The storm damaged 1,140 homes and cut power to 50,000 people."
        ),
        ["many"]
    );
}

#[test]
fn number_a_ratio_with_its_noun_inside_is_one_share() {
    assert_sentences(
        "number-drift",
        &[(
            "The operator said it may have to cancel up to one in ten summer sailings.",
            "As many as one summer sailing in ten may have to be cancelled, the operator said.",
        )],
        &[(
            "The operator said it may have to cancel up to one in ten summer sailings.",
            "As many as one summer sailing in five may have to be cancelled, the operator said.",
        )],
    );
}

#[test]
fn number_bare_points_between_two_percentages_are_percentage_points() {
    assert_sentences(
        "number-drift",
        &[(
            "Reservoir levels stood at 54%, against 79% at the same point last year.",
            "Reservoirs were 54% full, against 79% a year ago, a fall of 25 points.",
        )],
        &[(
            "Reservoir levels stood at 54%, against 79% at the same point last year.",
            "Reservoirs were 54% full, against 79% a year ago, a fall of 35 points.",
        )],
    );
}
