//! polarity-drift: converse verbs and parties swapped ("beat" / "lost to", "pay" /
//! "receive", from and to): a flip unless the parties changed sides with the verb or voice.

use super::*;

#[test]
fn a_converse_verb_with_its_parties_swapped_or_its_voice_changed_is_no_flip() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The trust bought the land from three farming families in 2016.",
                "Three farming families sold the land to the trust in 2016.",
            ),
            (
                "Patients given the drug had fewer attacks.",
                "Patients who took the drug had fewer attacks.",
            ),
            // The party named before the verb follows it as a pronoun.
            (
                "The two boats are owned by the club, which bought them from a local builder in 1989.",
                "The two boats belong to the club; a local builder sold them to it in 1989.",
            ),
        ],
    );
    // The same parties on the same sides: the deal went the other way.
    assert_cases(
        "polarity-drift",
        &[(
            "The trust bought the land from three farming families in 2016.",
            "The trust sold the land to three farming families in 2016.",
            "sold",
        )],
    );
}

#[test]
fn beat_and_lost_to_flip_unless_the_teams_changed_sides() {
    let source =
        "The Harbour Lions beat the Northgate Rovers 3-1 on Saturday to reach the cup final.";
    assert_cases(
        "polarity-drift",
        &[
            (
                source,
                "The Harbour Lions lost to the Northgate Rovers 3-1 on Saturday to reach the cup final.",
                "lost",
            ),
            (
                source,
                "The Northgate Rovers lost 3-1 to the Harbour Lions on Saturday.",
                "",
            ),
        ],
    );
}

#[test]
fn pay_and_receive_flip_unless_payer_and_payee_changed_sides() {
    let source = "Tervana must pay Quellix a break fee of $40 million if the deal collapses.";
    assert_cases(
        "polarity-drift",
        &[
            (
                source,
                "Tervana will receive a break fee of $40 million from Quellix if the deal collapses.",
                "receive",
            ),
            (
                source,
                "Quellix would receive a break fee of $40 million from Tervana if the deal collapses.",
                "",
            ),
        ],
    );
}

#[test]
fn from_and_to_swapped_before_the_same_party_flip() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Skyreach leased two aircraft from Solmar last year.",
                "Skyreach leased two aircraft to Solmar last year.",
                "to",
            ),
            (
                "Shippers diverted cargo to the rival port of Castrelo.",
                "Shippers diverted cargo from the rival port of Castrelo.",
                "from",
            ),
            // "from 2019 to 2023" restyled keeps its ends.
            (
                "Prices rose from 2019 to 2023.",
                "Prices rose between 2019 and 2023.",
                "",
            ),
        ],
    );
}

#[test]
fn relative_position_with_parties_swapped_is_no_flip() {
    assert_clean(
        "polarity-drift",
        &[(
            "In the junior race, Tomas Ferreira won in 31:02, finishing 14 seconds ahead of last year's winner Ivo Marsh of Dunmore.",
            "Tomas Ferreira won the junior race in 31:02. Dunmore's Ivo Marsh, last year's winner, finished 14 seconds behind him.",
        )],
    );
    assert_cases(
        "polarity-drift",
        &[(
            "In the junior race, Tomas Ferreira finished 14 seconds ahead of last year's winner Ivo Marsh.",
            "In the junior race, Tomas Ferreira finished 14 seconds behind last year's winner Ivo Marsh.",
            "behind",
        )],
    );
}

#[test]
fn polarity_converse_verbs_with_an_unnamed_party_or_both_passive() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "Harwick led 3-1 at the interval, and Dunmore did not score until late.",
                "Dunmore trailed 3-1 at the interval, and did not score until late.",
            ),
            (
                "The tablet was given twice a day for six months.",
                "The tablet was taken twice a day for six months.",
            ),
        ],
    );
    assert_cases(
        "polarity-drift",
        &[(
            "Harwick led 3-1 at the interval against Dunmore.",
            "Harwick trailed 3-1 at the interval against Dunmore.",
            "trailed",
        )],
    );
}

/// The same verb with its parties swapped says the reverse; a passive, a
/// shared act or two movements told in another order restate.
#[test]
fn polarity_parties_of_one_verb_swapped() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The Hawks defeated the Lions in the final on Sunday.",
                "The Lions defeated the Hawks in the final on Sunday.",
                "defeated",
            ),
            (
                "The ruling favoured owners over tenants, the court said.",
                "The ruling favoured tenants over owners, the court said.",
                "favoured",
            ),
        ],
    );
    assert_clean(
        "polarity-drift",
        &[
            (
                "The Hawks defeated the Lions in the final on Sunday.",
                "The Lions were defeated by the Hawks in the final on Sunday.",
            ),
            (
                "Mole met Hart in the final on Sunday.",
                "Hart met Mole in the final on Sunday.",
            ),
            (
                "Arco rose 3% and Bexa fell 2% on Monday.",
                "Bexa fell 2% and Arco rose 3% on Monday.",
            ),
        ],
    );
}

/// Two-word names count as one party; a verb that may be a noun ("beat")
/// counts between two names; the voice turned with the parties in place is
/// a flip, turned with them swapped a restatement.
#[test]
fn polarity_named_parties_and_voice() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Kestrel Vale beat Oakhurst 2-0 in the regional cup final on Sunday.",
                "Oakhurst beat Kestrel Vale 2-0 in the regional cup final on Sunday.",
                "beat",
            ),
            (
                "The Hawks defeated the Lions in the final on Sunday.",
                "The Hawks were defeated by the Lions in the final on Sunday.",
                "defeated",
            ),
        ],
    );
    assert_clean(
        "polarity-drift",
        &[
            (
                "Kestrel Vale beat Oakhurst in the regional cup final on Sunday.",
                "Oakhurst was beaten by Kestrel Vale in the regional cup final on Sunday.",
            ),
            (
                "The team measured how starlight filtered through its atmosphere.",
                "The team measured how the starlight was filtered by its atmosphere.",
            ),
        ],
    );
}

/// Converse verbs of order and trade, and the agent noun of a converse of
/// handing over, restate with the parties swapped.
#[test]
fn polarity_more_converses() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The electric buses will follow the diesel fleet onto the routes in April.",
                "The diesel fleet will precede the electric buses onto the routes in April.",
            ),
            (
                "The chief executive said the company had not been looking to sell.",
                "The chief executive said the company had not been seeking a buyer.",
            ),
        ],
    );
    assert_cases(
        "polarity-drift",
        &[(
            "The electric buses will follow the diesel fleet onto the routes in April.",
            "The electric buses will precede the diesel fleet onto the routes in April.",
            "precede",
        )],
    );
}

/// The giver and the receiver of one verb swapped ("A lent money to B" →
/// "B lent money to A") is a flip; the converse verb restates.
#[test]
fn polarity_giver_and_receiver_swapped() {
    assert_cases(
        "polarity-drift",
        &[(
            "Lanbridge Bank lent 40 million euros to the Ostrava shipyard on Tuesday.",
            "The Ostrava shipyard lent 40 million euros to Lanbridge Bank on Tuesday.",
            "lent",
        )],
    );
    assert_clean(
        "polarity-drift",
        &[(
            "Lanbridge Bank lent 40 million euros to the Ostrava shipyard on Tuesday.",
            "The Ostrava shipyard borrowed 40 million euros from Lanbridge Bank on Tuesday.",
        )],
    );
}

#[test]
fn a_handing_over_told_from_the_other_side_is_no_reversal() {
    assert_clean(
        "polarity-drift",
        &[(
            "Hollin Group leased the depot to Crane Haulage in 2021, the filing shows.",
            "Crane Haulage leased the depot from Hollin Group in 2021, the filing shows.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "Hollin Group leased the depot to Crane Haulage in 2021, the filing shows.",
            "Crane Haulage leased the depot to Hollin Group in 2021, the filing shows.",
        )],
    );
}

#[test]
fn polarity_a_converse_in_the_other_voice_keeps_its_parties_in_place() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The harbour trust was lent 12 million by the regional bank.",
                "The harbour trust borrowed 12 million from the regional bank.",
            ),
            (
                "The regional bank lent 12 million to the harbour trust.",
                "The harbour trust borrowed 12 million from the regional bank.",
            ),
        ],
        &[(
            "The harbour trust was lent 12 million by the regional bank.",
            "The regional bank borrowed 12 million from the harbour trust.",
        )],
    );
}

#[test]
fn handing_over_is_the_converse_of_taking() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The trust took over the ferry service from the county council.",
            "The county council handed the ferry service to the trust.",
        )],
        &[(
            "The trust took over the ferry service from the county council.",
            "The trust handed the ferry service to the county council.",
        )],
    );
}

#[test]
fn a_pronoun_is_the_party_of_a_converse_verb() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The coach praised his squad, saying they had beaten the Falcons twice.",
            "The coach praised his squad, noting that the Falcons had lost to them twice.",
        )],
        &[(
            "The coach praised his squad, saying they had lost only three of their 20 games.",
            "The coach praised his squad, pointing out that they had won only three of their 20 games.",
        )],
    );
}

#[test]
fn a_progressive_is_active_and_a_name_is_entity_drifts() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "Potato growers are receiving the lowest prices for their crop in four years.",
                "Potato growers are being paid less for their crop than at any time in four years.",
            ),
            (
                "The appeal was lodged by the campaign group Heathwatch North on Monday.",
                "The appeal was lodged by the campaign group Heathwatch South on Monday.",
            ),
        ],
        &[
            (
                "Potato growers are receiving the lowest prices for their crop in four years.",
                "Potato growers are paying the lowest prices for their crop in four years.",
            ),
            (
                "The campaign group said the north side of the valley would flood first.",
                "The campaign group said the south side of the valley would flood first.",
            ),
        ],
    );
}

#[test]
fn opposite_verbs_paired_by_their_object_across_voices_are_flagged() {
    let source = "Members approved a new pension scheme, and rejected by 61% to 39% a motion to merge the two branches.";
    let backed = "Members endorsed a new pension scheme, while a motion to merge the two branches was backed 61% to 39%.";
    assert_eq!(findings_of("polarity-drift", backed, source), ["backed"]);
    let kept = "Members endorsed a new pension scheme, while a motion to merge the two branches was rejected 61% to 39%.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
    let source = "Members approved a motion to merge the two branches.";
    let passive = "A motion to merge the two branches was rejected by members.";
    assert_eq!(findings_of("polarity-drift", passive, source), ["rejected"]);
}
