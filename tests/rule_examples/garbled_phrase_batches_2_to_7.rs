//! garbled-phrase: the second to seventh batches of curated spinner swaps are garbled.

use super::*;

/// Swaps seen garbled across authors either way round, never clean, to a
/// word rarely a careful replacement for any word, are garbled wherever
/// they stand (the second batch, session 43).
#[test]
fn second_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The council said the estate would get 40 new homes.",
                "The council said the domain would get 40 new homes.",
                "domain",
            ),
            (
                "The heritage grant will pay for the repairs, the trust said.",
                "The legacy grant will pay for the repairs, the trust said.",
                "legacy",
            ),
            (
                "A cabinet member said the plan would be published in May.",
                "A bureau member said the plan would be published in May.",
                "bureau",
            ),
        ],
    );
}

/// The third batch of spinner swaps, by the same rule on word-level labels
/// (session 43).
#[test]
fn third_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "She runs the tearoom opposite the station, she said.",
                "She runs the tearoom inverse the station, she said.",
                "inverse",
            ),
            (
                "The charity said it had raised 40,000 pounds for the boat.",
                "The philanthropy said it had raised 40,000 pounds for the boat.",
                "philanthropy",
            ),
            (
                "The city's backups were stored on a separate system.",
                "The city's reinforcements were stored on a separate system.",
                "reinforcements",
            ),
        ],
    );
}

/// The fourth batch of spinner swaps, by the same rule with `t1820`–`t1857`
/// readable (session 44), and "tender" → "delicate" beside "contract" (left
/// then to the table of swaps wrong near a word of their sense; listed with
/// the swaps wrong in every sense since session 46).
#[test]
fn fourth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The insurer raised the club's annual premium by a fifth, the treasurer said.",
                "The insurer raised the club's annual bonus by a fifth, the treasurer said.",
                "bonus",
            ),
            (
                "Walkers have used the rights of way across the farm for a century.",
                "Walkers have used the privileges of way across the farm for a century.",
                "privileges",
            ),
            (
                "Neighbours complained about the noise from the quarry at night.",
                "Neighbours complained about the commotion from the quarry at night.",
                "commotion",
            ),
            (
                "Volunteers will spread fresh gravel on the path this week, the trust said.",
                "Volunteers will spread crisp gravel on the path this week, the trust said.",
                "crisp",
            ),
            (
                "Bus fares will rise by ten pence in April, the operator said.",
                "Bus tolls will rise by ten pence in April, the operator said.",
                "tolls",
            ),
            (
                "The current contract ends in June, the council said.",
                "The flow contract ends in June, the council said.",
                "flow",
            ),
            (
                "The library said its collection of maps would move to the new archive.",
                "The library said its assortment of maps would move to the new archive.",
                "assortment",
            ),
            (
                "The council put the bin contract out to tender last month.",
                "The council put the bin contract out to delicate last month.",
                "delicate",
            ),
        ],
    );
}

/// The fifth batch of spinner swaps, by the same rule with `t1860`–`t1897`
/// readable and swaps grouped by WordNet lemma (session 45), and four
/// swaps that the table of swaps wrong near a word of their sense held,
/// now labelled garbled in three or more authors' pairs without such a word
/// ("a combined total", "an outbreak of starfish") and never clean.
#[test]
fn fifth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The club said its members had fished the river since 1954.",
                "The club said its limbs had fished the river since 1954.",
                "limbs",
            ),
            (
                "The council said it would review safety at venues run by contractors.",
                "The council said it would review safety at scenes run by contractors.",
                "scenes",
            ),
            (
                "Payments will be made to shareholders' bank accounts by April 30.",
                "Payments will be made to shareholders' bank narratives by April 30.",
                "narratives",
            ),
            (
                "Operators in other towns have reported mixed results, the council said.",
                "Operators in other towns have reported blended results, the council said.",
                "blended",
            ),
            (
                "The port said the upgrade would keep it competitive with larger rivals.",
                "The port said the upgrade would keep it aggressive with larger rivals.",
                "aggressive",
            ),
            (
                "The firm applied the wrong standing charge to 4,000 customers.",
                "The firm applied the wrong standing accusation to 4,000 customers.",
                "accusation",
            ),
            (
                "The leak was found by a caretaker early on Sunday, the archive said.",
                "The leak was found by a guardian early on Sunday, the archive said.",
                "guardian",
            ),
            (
                "Cases rose at a similar rate in the other two districts, the board said.",
                "Cases rose at a comparative rate in the other two districts, the board said.",
                "comparative",
            ),
            (
                "The firm admitted two breaches of dust regulations, the court heard.",
                "The firm admitted two ruptures of dust regulations, the court heard.",
                "ruptures",
            ),
            (
                "The turbines have a combined capacity of 6.9 megawatts, the cooperative said.",
                "The turbines have a joined capacity of 6.9 megawatts, the cooperative said.",
                "joined",
            ),
            (
                "Coral cover fell after an outbreak of crown-of-thorns starfish, the survey said.",
                "Coral cover fell after an eruption of crown-of-thorns starfish, the survey said.",
                "eruption",
            ),
        ],
    );
}

/// The sixth batch of spinner swaps, by the same rule with `t1900`–`t1911`
/// and `t1920`–`t1937` newly readable (session 46), and "tender" →
/// "delicate", moved from the table of swaps wrong near a word of their
/// sense: three authors label it garbled with no word of a contract near.
#[test]
fn sixth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The trust launched an appeal for £40,000 to repair the chapel roof, the vicar said.",
                "The trust propelled an appeal for £40,000 to repair the chapel roof, the vicar said.",
                "propelled",
            ),
            (
                "Passengers were stuck for two hours after a signal failure near the junction, the operator said.",
                "Passengers were stuck for two hours after a signal disappointment near the junction, the operator said.",
                "disappointment",
            ),
            (
                "The lock gates were left in the closed position for a week, the trust said.",
                "The lock gates were left in the closed posture for a week, the trust said.",
                "posture",
            ),
            (
                "The orchestra's strings section will tour Norway in the spring, its manager said.",
                "The orchestra's cords section will tour Norway in the spring, its manager said.",
                "cords",
            ),
            (
                "The council said the median rent in the town had risen to £820 a month.",
                "The council said the middle rent in the town had risen to £820 a month.",
                "middle",
            ),
            (
                "Growers said the tender rules had shut small stallholders out of the market.",
                "Growers said the delicate rules had shut small stallholders out of the market.",
                "delicate",
            ),
            (
                "Boats on the river include pleasure cruisers and rowing eights, the club said.",
                "Boats on the river include delight cruisers and rowing eights, the club said.",
                "delight",
            ),
            (
                "The pump failed twice last week, leaving the estate without water.",
                "The pump flopped twice last week, leaving the estate without water.",
                "flopped",
            ),
            (
                "The fund's assets rose to £2.1bn at the end of March, the trustees said.",
                "The fund's resources rose to £2.1bn at the end of March, the trustees said.",
                "resources",
            ),
            (
                "The ward manager said staff had been moved from the day unit.",
                "The ward director said staff had been moved from the day unit.",
                "director",
            ),
            (
                "Classes run in two sessions a day during the holidays, the school said.",
                "Classes run in two meetings a day during the holidays, the school said.",
                "meetings",
            ),
            (
                "The closure meant longer journeys for patients in the valley, the board said.",
                "The closure implied longer journeys for patients in the valley, the board said.",
                "implied",
            ),
        ],
    );
}

/// The seventh batch of spinner swaps, by the same rule with `t1940`–`t1951`
/// and `t1960`–`t1977` newly readable (session 47).
#[test]
fn seventh_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The bakery kept its sourdough starter in a cool room behind the shop, the owner said.",
                "The bakery kept its sourdough beginner in a cool room behind the shop, the owner said.",
                "beginner",
            ),
            (
                "The council set aside a contingency fund of £50,000 for repairs to the bridge.",
                "The council set aside a possibility fund of £50,000 for repairs to the bridge.",
                "possibility",
            ),
            (
                "She is the fourth generation of her family to farm the land, the trust said.",
                "She is the fourth era of her family to farm the land, the trust said.",
                "era",
            ),
            (
                "The plan drew criticism from shopkeepers on the high street, the paper said.",
                "The plan drew analysis from shopkeepers on the high street, the paper said.",
                "analysis",
            ),
            (
                "The road was closed by flooding on three occasions last winter, the council said.",
                "The road was closed by flooding on three events last winter, the council said.",
                "events",
            ),
            (
                "Engineers will replace a worn bearing on the swing bridge next month.",
                "Engineers will replace a donned bearing on the swing bridge next month.",
                "donned",
            ),
            (
                "The pump failed an inspection in March and was taken out of service.",
                "The pump fizzled an inspection in March and was taken out of service.",
                "fizzled",
            ),
            (
                "The lane is too narrow for lorries, residents said.",
                "The lane is too slender for lorries, residents said.",
                "slender",
            ),
            (
                "An amateur choir from the village will sing at the opening, organisers said.",
                "A beginner choir from the village will sing at the opening, organisers said.",
                "beginner",
            ),
            (
                "The insurer said the policy did not cover flood damage to outbuildings.",
                "The insurer said the strategy did not cover flood damage to outbuildings.",
                "strategy",
            ),
        ],
    );
}
