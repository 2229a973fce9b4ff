//! garbled-phrase: curated swaps whose substitute takes the right sense
//! beside words the table lists for it (session 67).

use super::*;

/// "engine" → "motor", "mobile" → "portable", "climb" → "ascend" and
/// "copies" → "duplicates" pass beside words of the substitute's right
/// sense (an engine's noise or type, a portable building, a physical
/// climb, a verb's passive), and stay garbled elsewhere.
#[test]
fn curated_swaps_beside_words_of_their_right_sense_pass() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The tug's old diesel engines will be replaced next year.",
                "The tug's old diesel motors will be replaced next year.",
                "",
            ),
            (
                "Residents said engine noise from the yard woke them at night.",
                "Residents said motor noise from the yard woke them at night.",
                "",
            ),
            (
                "The station houses two engines and a rescue boat.",
                "The station houses two motors and a rescue boat.",
                "motors",
            ),
            (
                "Pupils will be taught in a mobile classroom until the autumn.",
                "Pupils will be taught in a portable classroom until the autumn.",
                "",
            ),
            (
                "The shop repairs mobile phones for customers in the town.",
                "The shop repairs portable phones for customers in the town.",
                "portable",
            ),
            (
                "Walkers will climb the hill at dawn on Easter Sunday.",
                "Walkers will ascend the hill at dawn on Easter Sunday.",
                "",
            ),
            (
                "Visitor numbers climbed to a record last summer.",
                "Visitor numbers ascended to a record last summer.",
                "ascended",
            ),
            (
                "The carved panels will be copied by a joiner in oak.",
                "The carved panels will be duplicated by a joiner in oak.",
                "",
            ),
            (
                "The novel has sold two million copies since March.",
                "The novel has sold two million duplicates since March.",
                "duplicates",
            ),
        ],
    );
}

/// "route" → "course" after a race's or a measured length's word,
/// "replace" → "supplant" before "with" or after a word of gradual change,
/// and "legal" → "lawful" before an option pass; their news senses stay
/// garbled.
#[test]
fn race_courses_things_supplanted_and_lawful_options_pass() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Officials used a measured test route along the road.",
                "Officials used a measured test course along the road.",
                "",
            ),
            (
                "The bus route carries 1,100 passengers a week.",
                "The bus course carries 1,100 passengers a week.",
                "course",
            ),
            (
                "The marina will stop selling red diesel and replace it with a renewable fuel.",
                "The marina will stop selling red diesel and supplant it with a renewable fuel.",
                "",
            ),
            (
                "The trust hoped the method could eventually replace trapping.",
                "The trust hoped the method could eventually supplant trapping.",
                "",
            ),
            (
                "Engineers will replace the pipework over the summer.",
                "Engineers will supplant the pipework over the summer.",
                "supplant",
            ),
            (
                "Riders asked the council to work with them on a legal option.",
                "Riders asked the council to work with them on a lawful option.",
                "",
            ),
            (
                "The group said it would consider a legal challenge.",
                "The group said it would consider a lawful challenge.",
                "lawful",
            ),
        ],
    );
}

/// "raised" → "brought up" before a matter raised, "discount" → "rebate"
/// after an article or a percentage, "basic" → "fundamental" before safety
/// and "pleasure" → "delight" after "no" pass; their news senses stay
/// garbled.
#[test]
fn issues_brought_up_rebates_safety_and_no_delight_pass() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The councillor said she had raised the issue with the minister.",
                "The councillor said she had brought up the issue with the minister.",
                "",
            ),
            (
                "The appeal has raised £4,000 for the lifeboat station.",
                "The appeal has brought up £4,000 for the lifeboat station.",
                "brought up",
            ),
            (
                "Members who recycle their cans will receive a 30 percent discount.",
                "Members who recycle their cans will receive a 30 percent rebate.",
                "",
            ),
            (
                "Sales fell as shoppers turned to discount chains.",
                "Sales fell as shoppers turned to rebate chains.",
                "rebate",
            ),
            (
                "Inspectors said the heaters failed basic safety checks.",
                "Inspectors said the heaters failed fundamental safety checks.",
                "",
            ),
            (
                "The course teaches basic maths to adults.",
                "The course teaches fundamental maths to adults.",
                "fundamental",
            ),
            (
                "The captain said the team took no pleasure in the result.",
                "The captain said the team took no delight in the result.",
                "",
            ),
            (
                "The bridge swings open to let pleasure boats pass.",
                "The bridge swings open to let delight boats pass.",
                "delight",
            ),
        ],
    );
}

/// "sold" → "vended" after a stall or a booth, even across a comma, passes:
/// goods sold from a stall are vended; a firm sold stays garbled.
#[test]
fn stalls_vending_goods_pass() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Stalls selling fish and bread will move to the car park.",
                "Stalls vending fish and bread will move to the car park.",
                "",
            ),
            (
                "The market has six stalls, selling cheese and honey.",
                "The market has six stalls, vending cheese and honey.",
                "",
            ),
            (
                "The family sold the firm to a rival in 2019.",
                "The family vended the firm to a rival in 2019.",
                "vended",
            ),
        ],
    );
}

/// "shocked" → "stunned" after a form of "be" and "sale" → "deal" after
/// "the" pass; a shock that came as a stun, goods on deal, a cake deal and
/// "the sales" → "the deals" stay garbled.
#[test]
fn people_stunned_and_the_deal_pass() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Parents said they were shocked to learn the hall might close.",
                "Parents said they were stunned to learn the hall might close.",
                "",
            ),
            (
                "The chairman said the ruling had come as a shock to members.",
                "The chairman said the ruling had come as a stun to members.",
                "stun",
            ),
            (
                "The sale, worth a reported 260,000 pounds, would allow the brewery to build four houses.",
                "The deal, worth a reported 260,000 pounds, would allow the brewery to build four houses.",
                "",
            ),
            (
                "Season tickets go on sale on Monday at the club shop.",
                "Season tickets go on deal on Monday at the club shop.",
                "deal",
            ),
            (
                "The school raised 2,100 pounds through a cake sale.",
                "The school raised 2,100 pounds through a cake deal.",
                "deal",
            ),
            (
                "The sales rose by a fifth last year, the company said.",
                "The deals rose by a fifth last year, the company said.",
                "deals",
            ),
        ],
    );
}
