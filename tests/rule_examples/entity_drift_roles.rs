//! entity-drift: names keep their roles through voice changes, converses and passives, and a swap
//! of roles or relatives is flagged.

use super::*;

/// Other rules' context checks: (source, suspect, flagged text or "" for clean).
#[test]
fn voice_changes_and_cut_off_sentences() {
    assert_cases(
        "entity-drift",
        &[
            (
                "PORT ELLAN, Nov 19 (Wire) – Authorities raised the alert level on Monday.",
                "PORT ELLAN, 19 Nov (Wire) – Officials raised the alert level on Monday.",
                "",
            ),
            (
                "\"It is a merger of equals,\" she said. Savings will come from payroll and IT.",
                "Savings will come from payroll and IT. \"It is a merger of equals,\" she said.",
                "",
            ),
            (
                "Recycling fell short of the European Union goal, the minister said.",
                "Recycling fell short of the EU's goal, the minister said.",
                "",
            ),
            (
                "Bleaching was milder around the Whitsundays, the authority said.",
                "Bleaching was milder around the Whitsunday Islands, the authority said.",
                "",
            ),
            (
                "The club's Manager Stefan Kovac said the fee was fair.",
                "The club's manager Stefan Kovac said the fee was fair.",
                "",
            ),
            (
                "NASA has been asked by Congress to find 90% of such objects, officials said.",
                "Congress has asked NASA to find 90% of such objects, officials said.",
                "",
            ),
            (
                "The Alder Street Theatre in Glasgow reopened on Friday after a restoration.",
                "Glasgow's Alder Street Theatre reopened on Friday after a restoration.",
                "",
            ),
            (
                "Mayor Lisa Gutierrez said the lanes would stay, and Prof Ann Lee agreed.",
                "The mayor, Lisa Gutierrez, said the lanes would stay, and Professor Ann Lee agreed.",
                "",
            ),
            (
                "The deal needs approval from the U.S. Department of Justice this year.",
                "The deal needs approval from the US Department of Justice this year.",
                "",
            ),
            (
                "State Energy Minister Colin Baptiste said the mine would be monitored.",
                "Colin Baptiste, the state's energy minister, said the mine would be monitored.",
                "",
            ),
            (
                "Their lawyer, Ana Ruiz of Ruiz & Dowell, said her clients were relieved.",
                "Their lawyer, Ana Dowell of Ruiz & Dowell, said her clients were relieved.",
                "Dowell",
            ),
        ],
    );
    assert_eq!(
        findings_of(
            "entity-drift",
            "Portugal's Rui Matos finished second and Ethiopia's Abel Tesfaye third.",
            "Ethiopia's Abel Tesfaye finished second and Portugal's Rui Matos third.",
        ),
        ["Portugal's Rui Matos", "Ethiopia's Abel Tesfaye"]
    );
    assert_cases(
        "fragment",
        &[
            (
                "A preliminary report is expected within 30 days. Officials declined to comment.",
                "A preliminary report is expected within. Officials declined to comment.",
                "A preliminary report is expected within.",
            ),
            (
                "She finished fourth at last year's world championships. Her coach was delighted.",
                "She finished fourth at last year's. Her coach was delighted.",
                "She finished fourth at last year's.",
            ),
            (
                "The ferries will run on batteries, with a backup diesel generator. Crews train in May.",
                "The ferries will run on batteries, with a backup. Crews train in May.",
                "The ferries will run on batteries, with a backup.",
            ),
            (
                "Margins held, Laura Chen said on a call with analysts. Shares rose.",
                "Margins held, Laura Chen told analysts on a call. Shares rose.",
                "",
            ),
            (
                "She said she waited 16 days for a call from her insurer. Claims rose.",
                "She said it was 16 days before her insurer first called her. Claims rose.",
                "",
            ),
            (
                "The answers lie within, the coach said. Talks continue.",
                "The coach said the answers lie within. Talks continue.",
                "",
            ),
            (
                "The agency plans to launch a second satellite, Aurora-2, in 2027. It declined to say more.",
                "The agency plans to launch a second satellite, Aurora-2, in. It declined to say more.",
                "The agency plans to launch a second satellite, Aurora-2, in.",
            ),
            (
                "Many homes have fewer bedrooms than the standard requires. Rents rose.",
                "Many homes have fewer bedrooms than the standard calls for. Rents rose.",
                "",
            ),
        ],
    );
}

#[test]
fn names_restated_around_their_noun_keep_their_role() {
    assert_cases(
        "entity-drift",
        &[
            (
                "A Halden spokeswoman, Ines Kowalczyk, said the offer was under review.",
                "Ines Kowalczyk, a spokeswoman for Halden, said the offer was under review.",
                "",
            ),
            (
                "The rest of the cuts will fall across the United States and Europe, Orbis said.",
                "The rest of the cuts will fall across Europe and the United States, Orbis said.",
                "",
            ),
            (
                "Critics noted that Ma, despite no longer being an Alibaba executive, still held sway.",
                "Critics noted that despite Alibaba not being an executive, Ma still held sway.",
                "Alibaba",
            ),
        ],
    );
}

#[test]
fn a_converse_or_a_passive_keeps_the_roles_a_swap_does_not() {
    assert_clean(
        "entity-drift",
        &[
            (
                "Norwick Estates leased the warehouse to Pellam Logistics last spring.",
                "Pellam Logistics leased the warehouse from Norwick Estates last spring.",
            ),
            (
                "The Falcons defeated the Rovers 2-0 at home on Sunday.",
                "The Rovers were defeated by the Falcons 2-0 at home on Sunday.",
            ),
        ],
    );
    assert_flagged(
        "entity-drift",
        &[
            (
                "Norwick Estates leased the warehouse to Pellam Logistics last spring.",
                "Pellam Logistics leased the warehouse to Norwick Estates last spring.",
            ),
            (
                "The Falcons defeated the Rovers 2-0 at home on Sunday.",
                "The Rovers defeated the Falcons 2-0 at home on Sunday.",
            ),
            (
                "The Rovers were defeated by the Falcons 2-0 at home on Sunday.",
                "The Falcons were defeated by the Rovers 2-0 at home on Sunday.",
            ),
        ],
    );
}

#[test]
fn entity_names_traded_round_a_turned_relation_pass() {
    assert_sentences(
        "entity-drift",
        &[
            (
                "Dunmore Foods bought the Ashby dairy from Pellow Farms for 9 million pounds.",
                "Pellow Farms sold the Ashby dairy to Dunmore Foods for 9 million pounds.",
            ),
            (
                "Harlow Bank lent 4 million pounds to Dunmore to fund the purchase.",
                "Dunmore borrowed 4 million pounds from Harlow Bank to fund the purchase.",
            ),
            (
                "Fares in Kelby were higher than in Ormsley last winter, the council said.",
                "Fares in Ormsley were lower than in Kelby last winter, the council said.",
            ),
        ],
        &[
            (
                "Dunmore Foods bought the Ashby dairy from Pellow Farms for 9 million pounds.",
                "Pellow Farms bought the Ashby dairy from Dunmore Foods for 9 million pounds.",
            ),
            (
                "Fares in Kelby were higher than in Ormsley last winter, the council said.",
                "Fares in Ormsley were higher than in Kelby last winter, the council said.",
            ),
        ],
    );
}

/// One side of a contest told by the other with a converse verb keeps the
/// facts; the same verb with the other side's name does not.
#[test]
fn the_other_side_told_with_a_converse_verb_is_the_same_fact() {
    let source =
        "Fenmoor Town beat Dalby Athletic 2-1 on Saturday. Dalby trailed from the 20th minute.";
    assert_sentences(
        "entity-drift",
        &[(
            source,
            "Fenmoor Town beat Dalby Athletic 2-1 on Saturday. Fenmoor led from the 20th minute.",
        )],
        &[(
            source,
            "Fenmoor Town beat Dalby Athletic 2-1 on Saturday. Fenmoor trailed from the 20th minute.",
        )],
    );
}

#[test]
fn a_relative_put_for_another_is_entity_drift() {
    assert_cases(
        "entity-drift",
        &[
            (
                "Farmer Ewan Tolley, who runs the herd with his son, said prices were ruinous.",
                "Farmer Ewan Tolley, who runs the herd with his brother, said prices were ruinous.",
                "brother",
            ),
            (
                "Police said the woman's daughter raised the alarm at 6am.",
                "Police said the woman's son raised the alarm at 6am.",
                "son",
            ),
            // The same relative in other words.
            (
                "Farmer Ewan Tolley, who runs the herd with his wife, said prices were ruinous.",
                "Farmer Ewan Tolley, who runs the herd with his spouse, said prices were ruinous.",
                "",
            ),
            (
                "Police said the woman's daughter raised the alarm at 6am.",
                "Police said the woman's child raised the alarm at 6am.",
                "",
            ),
        ],
    );
}
