//! number-drift: counts of people, names and groups, ages, and figures resized into vague amounts.

use super::*;

#[test]
fn damage_in_a_repeated_sentence_is_reported_once() {
    let source = "Larchmont said it would invest £25 million over three years in its stores.\n\nThe sale is expected to close in June.";
    let suspect = "Larchmont said it would invest £25 million over two years in its stores.\n\nThe sale is expected to close in June.\n\nLarchmont said it would invest £25 million over two years in its stores.";
    assert_eq!(findings_of("number-drift", suspect, source), ["two years"]);
    assert_eq!(findings_of("duplicate-sentence", suspect, source).len(), 1);
}

/// A figure softened into a vague amount that covers it ("hundreds of" for
/// 640, "several" for 19) is no figure lost; a plural scale that does not
/// cover it is.
#[test]
fn figures_softened_into_vague_amounts() {
    assert_clean(
        "number-drift",
        &[
            (
                "Flooding forced 640 families from their homes in Marlow.",
                "Flooding forced hundreds of families from their homes in Marlow.",
            ),
            (
                "The ferry sat at the quay for 19 hours before it sailed.",
                "The ferry sat at the quay for several hours before it sailed.",
            ),
        ],
    );
    let source = "Flooding forced 64 families from their homes in Marlow.";
    let suspect = "Flooding forced thousands of families from their homes in Marlow.";
    assert_eq!(findings_of("number-drift", suspect, source), ["thousands"]);
}

/// A small count the source says twice and the suspect once is one count
/// lost: a figure of its unit that the source states elsewhere stands for it
/// ("the two upper decks" → "the three upper decks"), though it is not
/// reported missing on its own.
#[test]
fn a_repeated_count_said_fewer_times_can_be_the_changed_one() {
    let source =
        "Engineers found rust on the two upper decks. The garage has three exits and two lifts.";
    let suspect =
        "Engineers found rust on the three upper decks. The garage has three exits and two lifts.";
    assert_eq!(findings_of("number-drift", suspect, source), ["three"]);
    assert_clean(
        "number-drift",
        &[(
            "The council runs two depots. It will close the two depots in May.",
            "The council runs two depots. It will close them in May.",
        )],
    );
}

#[test]
fn a_count_restated_as_its_complement_with_the_opposite_verb_is_no_drift() {
    let source = "Okafor missed four of her nine penalty kicks in the shootout.";
    assert_cases(
        "number-drift",
        &[
            (
                source,
                "Okafor converted just five of her nine penalty kicks in the shootout.",
                "",
            ),
            (
                source,
                "Okafor converted just six of her nine penalty kicks in the shootout.",
                "six",
            ),
            (
                source,
                "Okafor missed five of her nine penalty kicks in the shootout.",
                "five",
            ),
        ],
    );
}

#[test]
fn a_count_of_the_names_listed_after_it_may_go_when_the_names_stay() {
    let source = "The 30-man squad for the Carlow trip includes two debutants, winger Tomas Rielly and prop Owen Marsh.";
    assert_clean(
        "number-drift",
        &[(
            source,
            "The 30-man squad for the Carlow trip includes debutants Tomas Rielly and Owen Marsh.",
        )],
    );
    assert_flagged(
        "number-drift",
        &[(
            source,
            "The 30-man squad for the Carlow trip includes debutants such as winger Tomas Rielly.",
        )],
    );
}

#[test]
fn an_age_given_as_a_bare_number_of_years_keeps_its_figure() {
    assert_clean(
        "number-drift",
        &[(
            "Admissions of infants under 12 months old fell by a third.",
            "Admissions of infants aged under one who fell ill dropped by a third.",
        )],
    );
    assert_cases(
        "number-drift",
        &[(
            "Admissions of infants under 12 months old fell by a third.",
            "Admissions of infants aged under two who fell ill dropped by a third.",
            "two",
        )],
    );
}

#[test]
fn the_first_time_restates_never_before_and_adds_no_figure() {
    assert_clean(
        "number-drift",
        &[(
            "The swimmer had never finished the race in under 58 seconds before.",
            "It was the first time the swimmer had finished the race in under 58 seconds.",
        )],
    );
    assert_flagged(
        "number-drift",
        &[(
            "The swimmer finished the race in under 58 seconds on Sunday.",
            "The swimmer finished the race in under 58 seconds for the first time on Sunday.",
        )],
    );
}

#[test]
fn the_other_members_of_a_group_are_counted_without_the_one_named() {
    assert_cases(
        "number-drift",
        &[
            (
                "Bus use fell most in Tarrow of the region's six biggest towns.",
                "Bus use fell more in Tarrow than in any of the region's other five biggest towns.",
                "",
            ),
            (
                "The group runs Oakfield Academy and three other schools in the district.",
                "The group runs four schools in the district, including Oakfield Academy.",
                "",
            ),
            (
                "The survey will be extended to three other rivers next year.",
                "The survey will be extended to four more rivers next year.",
                "four",
            ),
        ],
    );
}

#[test]
fn a_couple_resized_in_vague_words_is_number_drift() {
    assert_cases(
        "number-drift",
        &[
            (
                "A couple of lifeguards were hurt when the pier gave way.",
                "Several lifeguards were hurt when the pier gave way.",
                "Several",
            ),
            (
                "Staff moved a couple of hundred books to the annexe.",
                "Staff moved several hundred books to the annexe.",
                "several",
            ),
            // "two" said elsewhere ("two weeks") is no count of lifeguards.
            (
                "A couple of lifeguards were hurt after two weeks of storms, the mayor said.",
                "Several lifeguards were hurt after two weeks of storms, the mayor said.",
                "Several",
            ),
        ],
    );
    assert_clean(
        "number-drift",
        &[
            (
                "A couple of lifeguards were hurt when the pier gave way.",
                "Two lifeguards were hurt when the pier gave way.",
            ),
            (
                "Two lifeguards were hurt when the pier gave way.",
                "A couple of lifeguards were hurt when the pier gave way.",
            ),
            (
                "The pier may stay shut for a few months, the mayor said.",
                "The pier may stay shut for a couple of months, the mayor said.",
            ),
            (
                "A couple of lifeguards were hurt when the pier gave way.",
                "A handful of lifeguards were hurt when the pier gave way.",
            ),
            (
                "A dozen lifeguards were hurt when the pier gave way.",
                "Twelve lifeguards were hurt when the pier gave way.",
            ),
        ],
    );
}

/// An ordinal that numbers the next one after a count of the same noun is
/// worked out from it; one of another noun is still new.
#[test]
fn the_next_after_a_count_is_no_new_figure() {
    assert_clean(
        "number-drift",
        &[(
            "The coach, who left after four seasons, joined the club in 2015.",
            "The coach, who did not stay for a fifth season, joined the club in 2015.",
        )],
    );
    assert_flagged(
        "number-drift",
        &[(
            "The coach, who left after four seasons, joined the club in 2015.",
            "The coach, who did not stay for a fifth title, joined the club in 2015.",
        )],
    );
}

/// Ages given to other people ("Maya Lund, 31 … Tom Berg, 26" → "26-year-old
/// Maya Lund … Tom Berg, the 31-year-old") traded places.
#[test]
fn ages_given_to_other_people_are_flagged() {
    let source =
        "Ivo Marsh, 52, and Maya Lund, 31, were each fined, and driver Tom Berg, 26, was cleared.";
    let suspect = "Ivo Marsh, 52, and 26-year-old Maya Lund were each fined, while Tom Berg, the 31-year-old driver, was cleared.";
    let found = findings_of("number-drift", suspect, source);
    assert_eq!(found, ["26-year-old", "31-year-old"], "{found:?}");
    let kept = "Ivo Marsh, 52, and 31-year-old Maya Lund were each fined, while Tom Berg, the 26-year-old driver, was cleared.";
    assert!(findings_of("number-drift", kept, source).is_empty());
}

#[test]
fn the_two_companies_counts_the_names_before_it() {
    // "the companies" → "the two companies", two firms named just before.
    assert_sentences(
        "number-drift",
        &[(
            "Harbor Foods has agreed to buy rival baker Lund & Sons for 900 million dollars, the companies said on Monday.",
            "Harbor Foods will buy Lund & Sons, a rival baker, for 900 million dollars, the two companies announced on Monday.",
        )],
        &[(
            "Harbor Foods, Lund & Sons and Pike Mills have agreed to merge, the companies said on Monday.",
            "Harbor Foods, Lund & Sons and Pike Mills have agreed to merge, the two companies said on Monday.",
        )],
    );
}

#[test]
fn a_name_said_twice_is_one_name_of_a_counted_list() {
    assert_sentences(
        "number-drift",
        &[(
            "The discharges came from two treatment works, at Kelby and Stonehurst, and a monitor at Kelby had been switched off.",
            "The discharges came from the Kelby and Stonehurst treatment works, and a monitor at Kelby had been switched off.",
        )],
        &[],
    );
}

#[test]
fn number_one_standing_for_a_noun_is_no_count() {
    assert_sentences(
        "number-drift",
        &[(
            "It was the airline's second serious incident in 12 months.",
            "The incident was the airline's second serious one in a year.",
        )],
        &[(
            "Two of the five reactors were shut in 12 months.",
            "Only one of the five reactors was shut in a year.",
        )],
    );
}

#[test]
fn number_the_two_companies_after_a_dateline_count_the_names() {
    assert_sentences(
        "number-drift",
        &[(
            "LYON, May 3 (Wire) - Corvane, the rail operator, has ordered 12 trains worth $2 billion from Halstrom, the companies said on Monday.",
            "LYON, May 3 (Wire) - Corvane, the rail operator, has ordered 12 trains worth $2 billion from Halstrom, the two companies said on Monday.",
        )],
        &[(
            "LYON, May 3 (Wire) - Corvane, the rail operator, has ordered 12 trains worth $2 billion from Halstrom, the companies said on Monday.",
            "LYON, May 3 (Wire) - Corvane, the rail operator, has ordered 12 trains worth $2 billion from Halstrom, the four companies said on Monday.",
        )],
    );
}

#[test]
fn number_an_age_limit_told_as_the_oldest_age_let_in_passes() {
    assert_sentences(
        "number-drift",
        &[
            (
                "Entry will stay free for under-16s after the museum reopens.",
                "Children aged 15 and under will get in free after the museum reopens.",
            ),
            (
                "Players aged 17 or younger need a parent's consent, the club said.",
                "Players under 18 need a parent's consent, the club said.",
            ),
        ],
        &[(
            "Entry will stay free for under-16s after the museum reopens.",
            "Children aged 14 and under will get in free after the museum reopens.",
        )],
    );
}

#[test]
fn a_size_without_a_figure_moved_to_another_order_is_number_drift() {
    assert_cases(
        "number-drift",
        &[
            (
                "Each stolen part sells for several hundred pounds, detectives said.",
                "Each stolen part fetches several thousand pounds, detectives said.",
                "thousand",
            ),
            (
                "Hundreds of residents were moved out of the estate on Friday.",
                "Thousands of residents were moved out of the estate on Friday.",
                "Thousands",
            ),
            (
                "Some families could be out of their homes for weeks, the council said.",
                "Some families could be displaced for months, the council said.",
                "months",
            ),
            // The same size in other words.
            (
                "Some families could be out of their homes for weeks, the council said.",
                "Some families could be displaced for several weeks, the council said.",
                "",
            ),
            // A figure with its scale is matched as a figure, once.
            (
                "The scheme will cost 3 million pounds, the council said.",
                "The scheme will cost 3 billion pounds, the council said.",
                "3 billion pounds",
            ),
            // Inside a quotation misquote reports it.
            (
                "\"It took us years to find it,\" said Orla Quinn.",
                "\"It took us decades to find it,\" said Orla Quinn.",
                "",
            ),
        ],
    );
}

/// A count the source gives as a group of that size restates it; another
/// count does not.
#[test]
fn a_group_named_by_its_size_is_counted() {
    assert_clean(
        "number-drift",
        &[
            (
                "A pair of otter pups has been born at Fenwick Wildlife Park, keepers said.",
                "Two otter pups have been born at Fenwick Wildlife Park, keepers said.",
            ),
            (
                "The hospital said the triplets were doing well after the birth.",
                "The hospital said the three babies were doing well after the birth.",
            ),
        ],
    );
    assert_cases(
        "number-drift",
        &[(
            "A pair of otter pups has been born at Fenwick Wildlife Park, keepers said.",
            "Three otter pups have been born at Fenwick Wildlife Park, keepers said.",
            "Three",
        )],
    );
}
