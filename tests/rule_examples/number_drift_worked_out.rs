//! number-drift: figures worked out from the source (sums, totals, gaps, steps, parts of a total)
//! pass clean.

use super::*;

#[test]
fn figures_worked_out_from_the_source_pass_clean() {
    let cases = [
        (
            "The grocer will refit a third of its 312 shops.",
            "The grocer will refit 104 of the 312 shops it runs.",
        ),
        (
            "The annual bill will rise by £87.40 to £1,871.",
            "The annual bill will go up from £1,783.60 to £1,871.",
        ),
        (
            "The change will save £420,000 a year.",
            "The change will save £35,000 a month.",
        ),
        (
            "Online sales doubled in the last quarter.",
            "Online sales rose 100% in the last quarter.",
        ),
        (
            "The studios employ about 2,600 of its 7,900 staff.",
            "The studios employ roughly a third of its 7,900 workers.",
        ),
        (
            "Health takes 41 cents of every dollar the province spends.",
            "Health takes 41% of what the province spends.",
        ),
        (
            "The game sold 9.4 million copies against a target of 6 million.",
            "The game beat its target of 6 million by 3.4 million copies, selling 9.4 million.",
        ),
    ];
    assert_clean("number-drift", &cases);
    assert!(
        findings_of(
            "number-drift",
            "The glacier could vanish within three to four decades.",
            "The glacier could vanish within 30 to 40 years."
        )
        .is_empty()
    );
    assert_clean(
        "number-drift",
        &[
            (
                "Finishers rose to 31,240 from 27,900 last year.",
                "Finishers rose to 31,240, a rise of about 12% on last year's 27,900.",
            ),
            (
                "Net profit fell 18% to 214 million euros.",
                "Net profit fell 18% to 214 million euros, from about 261 million euros.",
            ),
        ],
    );
    // A currency changed is no sum: "$4,000" gives no "€4,000".
    assert_eq!(
        findings_of(
            "number-drift",
            "Loans of up to 15,000 soles (about €4,000) at 3.5%.",
            "Loans of up to 15,000 soles (about $4,000) at 3.5%."
        ),
        ["€4,000"]
    );
    // Chance sums of counts, or of a figure with a tiny one, explain nothing.
    assert_eq!(
        findings_of(
            "number-drift",
            "A crowd of 58,142 saw the 2 goals.",
            "A crowd of 58,412 saw the 2 goals."
        ),
        ["58,142"]
    );
}

#[test]
fn point_gaps_duration_gaps_money_changes_and_ratios_worked_out_pass_clean() {
    let cases = [
        (
            "Produce made up 38% of sales, up from 34% a year ago.",
            "Produce made up 38% of sales, a rise of four percentage points on a year ago.",
        ),
        (
            "Margin narrowed to 24.1% from 24.6%.",
            "Margin narrowed by half a percentage point, to 24.1%.",
        ),
        (
            "The tram cuts the trip to 19 minutes, from about 45 minutes by bus.",
            "The tram cuts the trip to 19 minutes, a saving of about 26 minutes on the bus.",
        ),
        (
            "Road repairs get $3.2 million, up from $2.5 million last year.",
            "Road repairs get $3.2 million, a 28% increase on last year's $2.5 million.",
        ),
        (
            "Waits were 31 days in the north and 12 days in the city.",
            "Waits in the north, at 31 days, were more than two and a half times the city's 12 days.",
        ),
        // A count and a duration that merely swapped sentence order.
        (
            "He admitted to 12 counts of fraud. He had faced a maximum of 10 years.",
            "He, who had faced up to 10 years, admitted 12 counts of fraud.",
        ),
    ];
    assert_clean("number-drift", &cases);
    // A frequency is no difference of two others; a wrong ratio is a wrong figure.
    assert_cases(
        "number-drift",
        &[
            (
                "Images will come every five minutes, against every 15 minutes now.",
                "Images will come every ten minutes, against every 15 minutes now.",
                "ten minutes",
            ),
            (
                "Waits were 31 days in the north and 12 days in the city.",
                "Waits in the north, at 31 days, were 3.6 times the city's 12 days.",
                "3.6",
            ),
        ],
    );
}

#[test]
fn a_figure_worked_out_from_a_figure_merged_in_from_another_sentence_passes_clean() {
    let source = "Hospitals in the region admitted 1,470 patients with influenza in the week \
to January 5, the highest weekly total in five years, the health authority said on Thursday. \
That was up from 1,050 the previous week and more than double the 690 recorded in the same \
week last winter.";
    let suspect = |change: &str| {
        format!(
            "Influenza admissions to hospitals in the region climbed to 1,470 in the week to \
January 5, a {change} jump from 1,050 a week earlier and the highest weekly figure in five \
years, the health authority said on Thursday. The total was more than double the 690 \
recorded a year earlier."
        )
    };
    assert_clean("number-drift", &[(source, &suspect("40%"))]);
    // The merged figure must be the source's own: a wrong change is still wrong.
    assert_cases("number-drift", &[(source, &suspect("30%"), "30%")]);
}

#[test]
fn a_gap_worked_out_from_a_figure_of_another_sentence_passes() {
    assert_clean(
        "number-drift",
        &[
            (
                "The museum drew 1.46 million visitors last year. Attendance in 2023 was 1.19 million, and the previous record was 1.31 million, set in 2019.",
                "The museum drew 1.46 million visitors last year. That was 270,000 more than the 1.19 million who came in 2023, and 150,000 above the record of 1.31 million set in 2019.",
            ),
            (
                "The new timetable will cut the fastest journey to 1 hour 48 minutes. The fastest journey currently takes 2 hours 15 minutes.",
                "The new timetable will cut the fastest journey to 1 hour 48 minutes. That is 27 minutes faster than the current best of 2 hours 15 minutes.",
            ),
        ],
    );
    // A gap that no source figure gives is still flagged.
    assert_cases(
        "number-drift",
        &[(
            "The museum drew 1.46 million visitors last year. Attendance in 2023 was 1.19 million.",
            "The museum drew 1.46 million visitors last year. That was 320,000 more than the 1.19 million who came in 2023.",
            "320,000",
        )],
    );
}

#[test]
fn totals_stated_beside_their_parts_are_worked_out() {
    assert_clean(
        "number-drift",
        &[
            (
                "The jury convicted Marsh on 9 counts of theft and four counts of forgery.",
                "The jury found Marsh guilty on 13 counts, 9 of theft and four of forgery.",
            ),
            (
                "The firm was fined £1.2 million. It must also pay £84,000 in costs and a £190 surcharge.",
                "The firm was fined £1.2 million. It must also pay £84,000 in costs and a £190 surcharge, bringing the total to £1,284,190.",
            ),
        ],
    );
}

/// A figure the source gives for each of a group, made the total ("£900
/// each" → "£900 in total"), is flagged.
#[test]
fn a_figure_for_each_made_the_total_is_flagged() {
    assert_cases(
        "number-drift",
        &[
            (
                "The council compensated 14 families, paying £900 each, it said.",
                "The council paid £900 in total to 14 families, it said.",
                "£900",
            ),
            (
                "The council compensated 14 families, paying £900 each, it said.",
                "The council paid 14 families £900 each, it said.",
                "",
            ),
        ],
    );
}

#[test]
fn a_figure_worked_out_in_steps_leaves_no_operand_missing() {
    let term = "The jury heard that Marlow was jailed for eight years in 2019.";
    let votes = "A total of 48,200 people voted in the election.";
    let (half, post) = (
        format!("{term} He was freed after serving half of that term."),
        format!("{votes} Of those, 4,830 voted by post."),
    );
    assert_clean(
        "number-drift",
        &[
            (
                &half,
                &format!("{term} He was freed after serving four years."),
            ),
            (
                &post,
                &format!("{votes} About one in 10 of them voted by post."),
            ),
        ],
    );
    // Worked out wrong, the figure is new and its operand still lost.
    let wrong = format!("{term} He was freed after serving five years.");
    assert_eq!(
        findings_of("number-drift", &wrong, &half),
        ["five years", "five years"]
    );
    let wrong = format!("{votes} About one in 5 of them voted by post.");
    assert_eq!(
        findings_of("number-drift", &wrong, &post),
        ["one in 5", "them"]
    );
}

#[test]
fn number_half_of_a_total_stated_before_is_worked_out() {
    let source = "The trial followed 6,200 patients for a year. Half were given the drug and half a dummy pill.";
    assert_cases(
        "number-drift",
        &[
            (
                &article(source),
                &article(
                    "The trial followed 6,200 patients for a year. Some 3,100 were given the drug and the other 3,100 a dummy pill.",
                ),
                "",
            ),
            (
                &article(source),
                &article(
                    "The trial followed 6,200 patients for a year. Some 3,400 were given the drug and the rest a dummy pill.",
                ),
                "3,400",
            ),
            (
                &article("Rovers led 15-6 and scored two tries early in the second half."),
                &article("Rovers led 15-6 and scored three tries early in the second half."),
                "three",
            ),
        ],
    );
}

/// A rate per day totalled over the week ("2,300 visits a day last week" →
/// "16,100 in all") is worked out from the source; a wrong total is not.
#[test]
fn a_daily_rate_totalled_over_the_week_is_worked_out() {
    assert_sentences(
        "number-drift",
        &[(
            "Emergency departments saw an average of 2,300 visits a day last week.",
            "Emergency departments handled an average of 2,300 visits a day last week, roughly 16,100 in all.",
        )],
        &[(
            "Emergency departments saw an average of 2,300 visits a day last week.",
            "Emergency departments handled an average of 2,300 visits a day last week, roughly 19,600 in all.",
        )],
    );
}
