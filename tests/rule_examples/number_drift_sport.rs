//! number-drift in sport: placings and ranks, minutes of play, halves and extra time, race times,
//! goals and runs of wins.

use super::*;

#[test]
fn changed_placings_and_ranks_in_words_are_number_drift() {
    assert_cases(
        "number-drift",
        &[
            (
                "Okafor won the sprint. She finished second at the national trials in June.",
                "Okafor won the sprint. She was third at the national trials in June.",
                "third",
            ),
            (
                "The club had never gone beyond the second round of the cup before this year.",
                "The club had never got past the first round of the cup before this year.",
                "first",
            ),
            // A rank stated again in another sentence still counts as changed here.
            (
                "The club had never gone beyond the second round. It lost the second leg 2-0.",
                "The club had never got past the first round. It lost the second leg 2-0.",
                "first",
            ),
            // An adverb between the placing word and the rank.
            (
                "Her crew had finished only fifth at last year's regatta in Turin.",
                "Her crew had completed just third at last year's regatta in Turin.",
                "third",
            ),
            // Restyled, not changed.
            (
                "Her crew had finished only fifth at last year's regatta in Turin.",
                "Last year in Turin her crew came just fifth.",
                "",
            ),
            (
                "Okafor won the sprint. Lindqvist finished second in the final.",
                "Okafor won the sprint. Lindqvist was runner-up in the final.",
                "",
            ),
            (
                "Lindqvist finished 2nd and Moreau third in the final on Sunday.",
                "Lindqvist was second in the final on Sunday, with Moreau third.",
                "",
            ),
            (
                "Ruiz finished second in 2:06:10, with Moreau third in 2:07:02.",
                "Ruiz clocked 2:06:10 and Moreau was third in 2:07:02.",
                "",
            ),
        ],
    );
}

/// "After half-time" and "into the second half" name the same part of a
/// match; "halfway" is the half of a course.
#[test]
fn halves_of_a_match_or_course() {
    assert_clean(
        "number-drift",
        &[
            (
                "Okafor scored again four minutes after half-time to settle the tie.",
                "Okafor scored again four minutes into the second half to settle the tie.",
            ),
            (
                "She dropped out just after the halfway point with a hamstring injury.",
                "She dropped out just after half of the course with a hamstring injury.",
            ),
            // A half that is a part of a place, not a share.
            (
                "Dry weather stunted crops across the western half of the state, officials said.",
                "Dry weather stunted crops across western Dakota, officials said.",
            ),
        ],
    );
    let source = "Okafor scored again four minutes after the restart to settle the tie.";
    let suspect = "Okafor scored again four minutes into the second half to settle the tie.";
    assert_eq!(findings_of("number-drift", suspect, source), ["second"]);
}

/// "After 23 minutes" restates "the 23rd minute" and uses it up, so a later
/// "his second" is not taken for a changed "23rd".
#[test]
fn minute_of_play_after_minutes_is_used() {
    let source = "Ivanov struck in the 23rd minute and again on 58 minutes.";
    let suspect = "Ivanov struck after 23 minutes and got his second on 58 minutes.";
    let messages: Vec<String> = findings(suspect, source)
        .into_iter()
        .filter(|f| f.rule == "number-drift")
        .map(|f| f.message)
        .collect();
    assert_eq!(messages, ["\"second\" is not in the source"]);
    let suspect = "Ivanov struck after 28 minutes and got his second on 58 minutes.";
    assert_eq!(
        findings_of("number-drift", suspect, source),
        ["28 minutes", "second"]
    );
}

/// "Doubled the lead" tells a second goal in words.
#[test]
fn second_goal_told_as_doubled_lead() {
    assert_clean(
        "number-drift",
        &[(
            "Lindqvist doubled the lead with a volley just before the interval.",
            "Lindqvist scored her second with a volley just before the interval.",
        )],
    );
    let source = "Lindqvist extended the lead with a volley just before the interval.";
    let suspect = "Lindqvist scored her second with a volley just before the interval.";
    assert_eq!(findings_of("number-drift", suspect, source), ["second"]);
}

#[test]
fn race_times_and_unscaled_degrees_restyle() {
    assert_cases(
        "number-drift",
        &[
            (
                "The crew finished in 6 minutes 12.8 seconds to take the title.",
                "The crew stopped the clock at 6:12.8 to take the title.",
                "",
            ),
            (
                "The crew finished in 6 minutes 12.8 seconds to take the title.",
                "The crew stopped the clock at 6:21.8 to take the title.",
                "6:21.8",
            ),
            (
                "Forecasters expect the valley to reach 104 degrees on Friday.",
                "Forecasters expect the valley to reach 40C on Friday.",
                "",
            ),
            (
                "Forecasters expect the valley to reach 104 degrees on Friday.",
                "Forecasters expect the valley to reach 46C on Friday.",
                "46C",
            ),
        ],
    );
}

#[test]
fn race_times_with_units_written_onto_the_figures_restyle() {
    let source = "Moreau won the hill climb in 1 hour 4 minutes and 37 seconds, 52 seconds ahead of Lund, with Ortega third at 1:32.";
    assert_cases(
        "number-drift",
        &[
            (
                source,
                "Moreau won the hill climb in 1hr 4min 37sec, 52sec ahead of Lund, with Ortega third at 1min 32sec.",
                "",
            ),
            (
                source,
                "Moreau won the hill climb in 1hr 4min 39sec, 52sec ahead of Lund, with Ortega third at 1min 32sec.",
                "1hr 4min 39sec",
            ),
            (
                source,
                "Moreau won the hill climb in 1hr 4min 37sec, 52sec ahead of Lund, with Ortega third at 1min 23sec.",
                "1min 23sec",
            ),
            (
                "Okoro missed the national record by three hundredths of a second, clocking 10.07 seconds.",
                "Okoro clocked 10.07sec, just 0.03sec outside the national record.",
                "",
            ),
            (
                "Okoro missed the national record by three hundredths of a second, clocking 10.07 seconds.",
                "Okoro clocked 10.07sec, just 0.3sec outside the national record.",
                "0.3sec",
            ),
        ],
    );
}

#[test]
fn the_next_win_of_a_run_being_chased_counts_one_past_the_run() {
    let source = "Dunmore Rovers go into Saturday's final as favourites, having won the last two editions of the cup.";
    assert_clean(
        "number-drift",
        &[
            (
                source,
                "Dunmore Rovers go into Saturday's final as favourites, chasing a third straight cup win.",
            ),
            (
                "Dunmore Rovers have won two consecutive cup finals and meet Kells on Saturday.",
                "Dunmore Rovers, bidding for a third consecutive cup, meet Kells on Saturday.",
            ),
        ],
    );
    assert_flagged(
        "number-drift",
        &[
            (
                source,
                "Dunmore Rovers go into Saturday's final as favourites, chasing a fourth straight cup win.",
            ),
            // A run already won is no run chased.
            (
                source,
                "Dunmore Rovers go into Saturday's final as favourites after a third straight cup win.",
            ),
        ],
    );
}

#[test]
fn a_minute_of_play_counted_from_the_end_is_the_same_minute() {
    assert_clean(
        "number-drift",
        &[
            (
                "Okoye made it 2-0 with a header in the 84th minute, the club said.",
                "Okoye made it 2-0 with a header six minutes from time, the club said.",
            ),
            (
                "Vance equalised four minutes before the end of normal time to force extra time.",
                "Vance equalised in the 86th minute to force extra time.",
            ),
        ],
    );
    assert_flagged(
        "number-drift",
        &[(
            "Okoye made it 2-0 with a header in the 84th minute, the club said.",
            "Okoye made it 2-0 with a header three minutes from time, the club said.",
        )],
    );
}

#[test]
fn a_race_time_worked_out_from_a_margin_is_no_drift() {
    assert_clean(
        "number-drift",
        &[(
            "Okafor won the Lakeside marathon in 2:11:14, six seconds ahead of Brandt, and cut 19 seconds off the race record.",
            "Okafor won the Lakeside marathon in 2:11:14, beating Brandt's 2:11:20 and the old race record of 2:11:33.",
        )],
    );
    assert_cases(
        "number-drift",
        &[(
            "Okafor won the Lakeside marathon in 2:11:14, six seconds ahead of Brandt, and cut 19 seconds off the race record.",
            "Okafor won the Lakeside marathon in 2:11:14, beating Brandt's 2:11:20 and the old race record of 2:11:43.",
            "2:11:43",
        )],
    );
}

#[test]
fn minutes_after_half_time_name_a_minute_of_play() {
    assert_clean(
        "number-drift",
        &[(
            "Athletic pulled one back with a header seven minutes after half-time.",
            "Athletic pulled one back with a header in the 52nd minute.",
        )],
    );
    assert_flagged(
        "number-drift",
        &[(
            "Athletic pulled one back with a header seven minutes after half-time.",
            "Athletic pulled one back with a header in the 57th minute.",
        )],
    );
}

#[test]
fn minutes_left_restate_the_minute_of_play() {
    assert_clean(
        "number-drift",
        &[(
            "Okoro scored the winner in the 84th minute.",
            "With six minutes left, Okoro scored the winner.",
        )],
    );
}

/// "The second" in a race may name the runner-up.
#[test]
fn the_runner_up_is_the_second() {
    assert_clean(
        "number-drift",
        &[(
            "She finished well clear of runner-up Mia Roth of the harbour club.",
            "She finished well clear of the second, Mia Roth of the harbour club.",
        )],
    );
}

#[test]
fn the_extra_thirty_minutes_of_a_match_told_as_extra_time_is_kept() {
    let (before, after) = (
        "The game went to penalties after the",
        "failed to separate the sides.",
    );
    assert_cases(
        "number-drift",
        &[
            (
                &format!("{before} extra 30 minutes {after}"),
                &format!("The game went to penalties after extra time {after}"),
                "",
            ),
            (
                &format!("{before} extra 15 minutes {after}"),
                &format!("The game went to penalties after extra time {after}"),
                "time",
            ),
        ],
    );
}

#[test]
fn after_the_break_is_the_second_half() {
    assert_sentences(
        "number-drift",
        &[(
            "Diaz scored twice in the first half, and Kemp added a third after the break.",
            "Diaz struck twice before half-time and Kemp made it three in the second half.",
        )],
        &[],
    );
}

#[test]
fn a_side_left_with_ten_men_is_a_man_down() {
    let sent_off = |left: &str, now: &str| {
        (
            format!(
                "Weller was sent off in the 71st minute, leaving his side with {left} for the rest of the game."
            ),
            format!(
                "Weller was sent off in the 71st minute, leaving his team {now} for the rest of the game."
            ),
        )
    };
    let (kept, lost) = (
        sent_off("10 men", "a man down"),
        sent_off("nine men", "a man down"),
    );
    assert_sentences("number-drift", &[(&kept.0, &kept.1)], &[(&lost.0, &lost.1)]);
    // The other way round: the side's ten men worked out from the sending-off.
    let source = "Rovers had Weller sent off for a second booking in stoppage time.";
    assert_sentences(
        "number-drift",
        &[(
            source,
            "Rovers finished with 10 men after Weller was shown a second yellow card.",
        )],
        &[(
            source,
            "Rovers finished with eight men after Weller was shown a second yellow card.",
        )],
    );
}
