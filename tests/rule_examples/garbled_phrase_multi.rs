//! garbled-phrase examples of multi-word swaps: terms and phrases a spinner
//! rebuilt word by word. Each test is a table of source/suspect cases and what
//! the rule must flag or pass.

use super::*;

/// A noun term whose words were each swapped for one the known tortured
/// phrases put for it is garbled, though WordNet lists only one of the two
/// swaps; an adjective swapped with its noun is as often a careful choice.
#[test]
fn a_noun_term_swapped_as_tortured_phrases_swap_it_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Residents said the noise level near the depot rose sharply after midnight.",
                "Residents said the upheaval stage near the depot rose sharply after midnight.",
                "upheaval stage",
            ),
            (
                "The trade association will meet the minister in Calderbury next week.",
                "The commerce affiliation will meet the minister in Calderbury next week.",
                "commerce affiliation",
            ),
            (
                "The total cost of the footbridge was put at 4 million pounds.",
                "The complete expense of the footbridge was put at 4 million pounds.",
                "",
            ),
        ],
    );
}

/// A verb idiom WordNet lists with its noun swapped while the verb stays is
/// garbled; one reworded into another listed idiom passes.
#[test]
fn a_wordnet_verb_idiom_with_its_noun_swapped_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The ballot of dock workers took place on Monday at the Harwell yard.",
                "The ballot of dock workers took spot on Monday at the Harwell yard.",
                "spot",
            ),
            (
                "Members said the merger made sense for both clubs.",
                "Members said the merger made feeling for both clubs.",
                "feeling",
            ),
            (
                "The old bus depot will make way for 40 new homes.",
                "The old bus depot will make room for 40 new homes.",
                "",
            ),
        ],
    );
}
/// A compound word split in two with its first part swapped is garbled; one
/// spelt out as a compound WordNet lists passes.
#[test]
fn a_compound_word_split_with_its_first_part_swapped_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Storm winds damaged the scoreboard at Hallam Park on Friday.",
                "Storm winds damaged the tally board at Hallam Park on Friday.",
                "tally board",
            ),
            (
                "The plant's workforce will shrink by 200 next year.",
                "The plant's labor force will shrink by 200 next year.",
                "",
            ),
        ],
    );
}

/// A listed term, or one led by a noun, whose words were each swapped for a
/// word only the Moby thesaurus links with it is garbled; an adjective's
/// loose synonym before its noun's, outside a listed term, passes.
#[test]
fn a_term_swapped_through_a_loose_thesaurus_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The fire brigade was called to the warehouse in Calderbury on Monday.",
                "The blaze squad was called to the warehouse in Calderbury on Monday.",
                "blaze squad",
            ),
            (
                "A search party set out from the village before dawn.",
                "A quest faction set out from the village before dawn.",
                "quest faction",
            ),
            // "trade" → "commerce" is a curated spinner's swap, flagged
            // alone, which the loose-thesaurus test of the term then passes
            // over ("bad weather" → "poor climate" is a careful rewording
            // beside a curated "climate").
            (
                "Exhibitors at the trade fair reported brisk orders.",
                "Exhibitors at the commerce exhibition reported brisk orders.",
                "commerce",
            ),
            (
                "The total bill for the repairs reached 80,000 pounds.",
                "The complete invoice for the repairs reached 80,000 pounds.",
                "",
            ),
        ],
    );
}

/// One part of a hyphenated compound swapped for a much rarer word is
/// garbled; a common word for a common one, or a figure's compound, passes.
#[test]
fn a_hyphenated_compound_with_a_part_made_rare_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Officers did not switch on their body-worn cameras during the raid.",
                "Officers did not switch on their body-donned cameras during the raid.",
                "body-donned",
            ),
            (
                "The council said the bet on the site was long-term and would pay off.",
                "The council said the bet on the site was long-lasting and would pay off.",
                "long-lasting",
            ),
            (
                "The family-owned bakery opened a second shop in the town.",
                "The family-run bakery opened a second shop in the town.",
                "",
            ),
            (
                "The bank became the third-largest lender in the region.",
                "The bank became the third-biggest lender in the region.",
                "",
            ),
        ],
    );
}

/// One part of a hyphenated compound put for a synonym that makes another
/// WordNet term of another sense is garbled.
#[test]
fn a_hyphenated_compound_made_another_term_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The players began their warm-up an hour before kick-off.",
                "The players began their heat-up an hour before kick-off.",
                "heat-up",
            ),
            (
                "Both nights of the premiere were sold-out within a week.",
                "Both nights of the premiere were sold-off within a week.",
                "sold-off",
            ),
            (
                "Passengers in first-class seats were moved to another train.",
                "Passengers in first-rate seats were moved to another train.",
                "first-rate",
            ),
        ],
    );
}

/// The first word of a compound noun WordNet lists swapped for a much rarer
/// word is garbled alone; a common word there, or a rarer head, passes.
#[test]
fn a_compound_modifier_made_much_rarer_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "A warning light on the steriliser had been ignored for weeks.",
                "A cautioning light on the steriliser had been ignored for weeks.",
                "cautioning",
            ),
            (
                "The shares ended at a closing price of 412 pence on Friday.",
                "The shares ended at a shutting price of 412 pence on Friday.",
                "shutting",
            ),
            (
                "The freight trains will run at night from March.",
                "The cargo trains will run at night from March.",
                "",
            ),
            (
                "Passengers face a price increase of 8 percent from April.",
                "Passengers face a price hike of 8 percent from April.",
                "",
            ),
        ],
    );
}

/// Multi-word swaps that spinners made in two or more authors' tune pairs and
/// careful writers never did, from the curated tables: a spinner's phrase for
/// a term, a swap wrong beside a word of the source word's sense, a set term
/// broken at its first word or head; a listed fixed term put for an idiom's
/// word passes as an established variant.
#[test]
fn set_terms_and_phrases_spinners_broke_are_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The firm's market share fell to 12% last year, the report said.",
                "The firm's piece of the pie fell to 12% last year, the report said.",
                "piece of the pie",
            ),
            (
                "A hard frost overnight damaged the blossom across the valley.",
                "A difficult frost overnight damaged the blossom across the valley.",
                "difficult",
            ),
            (
                "The exam was hard, several students said afterwards.",
                "The exam was difficult, several students said afterwards.",
                "",
            ),
            (
                "Buses are packed during the morning rush on the main road.",
                "Buses are packed during the morning hurry on the main road.",
                "hurry",
            ),
            (
                "The club agreed to pay the legal costs of the appeal.",
                "The club agreed to pay the lawful costs of the appeal.",
                "lawful",
            ),
            (
                "Patients on the waiting list face delays of up to a year.",
                "Patients on the waiting rundown face delays of up to a year.",
                "rundown",
            ),
            (
                "The bypass runs across a peat bog east of the village.",
                "The bypass runs across a peat swamp east of the village.",
                "swamp",
            ),
            (
                "The mayor spoke at a press conference on Monday afternoon.",
                "The mayor spoke at a news conference on Monday afternoon.",
                "",
            ),
        ],
    );
}

/// Session 45's spinner phrases and fixed terms, by the same rule (garbled
/// in two or more authors' tune pairs, never clean): a phrase put for a word
/// ("raised" → "brought up", "highest" → "most elevated") and a term's first
/// word swapped ("covered market" → "sheltered market").
#[test]
fn session_45_spinner_phrases_and_terms_are_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The race raised an estimated 410,000 euros for local charities.",
                "The race brought up an estimated 410,000 euros for local charities.",
                "brought up",
            ),
            (
                "Turnout was the highest in the village's history, organisers said.",
                "Turnout was the most elevated in the village's history, organisers said.",
                "most elevated",
            ),
            (
                "Tallis, who served as county treasurer from 2014, admitted fraud.",
                "Tallis, who filled in as county treasurer from 2014, admitted fraud.",
                "filled in",
            ),
            (
                "Retailers were still working through stock built up last year, she said.",
                "Retailers were as yet working through stock built up last year, she said.",
                "as yet",
            ),
            (
                "Traders in the covered market will move out in May, the council said.",
                "Traders in the sheltered market will move out in May, the council said.",
                "sheltered",
            ),
            (
                "Growers said a late frost had damaged the blossom across the valley.",
                "Growers said a belated frost had damaged the blossom across the valley.",
                "belated",
            ),
            (
                "The plan received a cautious welcome from stallholders, the paper said.",
                "The plan received a careful welcome from stallholders, the paper said.",
                "careful",
            ),
        ],
    );
}

/// Session 46's fixed term, by the same rule: "ancient woodland" broken at
/// its first word in two authors' tune pairs and never in a clean one.
#[test]
fn session_46_fixed_term_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[(
            "Campaigners said the road would cut through ancient woodland near the village.",
            "Campaigners said the road would cut through antique woodland near the village.",
            "antique",
        )],
    );
}

/// Session 47's fixed terms, by the same rule: "local councillor" and "local MP"
/// broken at their first word ("nearby") in two authors' tune pairs each and
/// never in a clean one.
#[test]
fn session_47_fixed_terms_are_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Local councillor Anna Reed said residents had waited two years for the repairs.",
                "Nearby councillor Anna Reed said residents had waited two years for the repairs.",
                "Nearby",
            ),
            (
                "The local MP said she would raise the closure with the minister next week.",
                "The nearby MP said she would raise the closure with the minister next week.",
                "nearby",
            ),
        ],
    );
}

/// Either word of a compound noun WordNet lists swapped for a word only ever
/// a verb, the other word kept, is garbled alone; a past participle there
/// reads as an adjective or a clause and passes.
#[test]
fn a_verb_put_into_a_compound_noun_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The sport's governing body said the rink would reopen in May.",
                "The sport's overseeing body said the rink would reopen in May.",
                "overseeing",
            ),
            (
                "A security guard saw the tent start to lift in the wind.",
                "A security protect saw the tent start to lift in the wind.",
                "protect",
            ),
            (
                "The endangered species was found breeding on the island.",
                "The imperiled species was found breeding on the island.",
                "",
            ),
            (
                "Cascade Valley Air, based in Boise, serves 31 cities.",
                "Cascade Valley Air, headquartered in Boise, serves 31 cities.",
                "",
            ),
        ],
    );
}
