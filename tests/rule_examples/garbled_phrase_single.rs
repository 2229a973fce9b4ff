//! garbled-phrase examples of single words swapped by spinners: each test is a
//! table of source/suspect cases and what the rule must flag or pass.

use super::*;

/// A curated spinner's swap beside a change of stance is still garbled; the
/// verb of a shifted modal, reworded with it, is left to meaning-drift.
#[test]
fn a_spinners_swap_beside_a_stance_shift_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The cooperative said olive yields could fall by a third this year.",
                "The cooperative said olive surrenders will fall by a third this year.",
                "surrenders",
            ),
            (
                "The levy could lead some owners to sell, the federation said.",
                "The levy will drive some owners to sell, the federation said.",
                "",
            ),
        ],
    );
}

/// A hyphenated word marks the sense of a swap wrong in one sense only, as a
/// whole as well as by its parts.
#[test]
fn a_hyphenated_word_marks_the_sense() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The carrier runs year-round services to Dublin and Amsterdam.",
                "The carrier runs year-round ceremonies to Dublin and Amsterdam.",
                "ceremonies",
            ),
            (
                "The vicar holds services in the old chapel on Sundays.",
                "The vicar holds ceremonies in the old chapel on Sundays.",
                "",
            ),
        ],
    );
}

/// Common spinner swaps wrong in the sense a nearby word marks: flagged there,
/// passed in the sense where the substitute is right.
#[test]
fn spinner_swaps_in_a_marked_sense_are_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The maker recalled 40,000 kettles after reports of overheating.",
                "The maker recollected 40,000 kettles after reports of overheating.",
                "recollected",
            ),
            (
                "She recalled the night the river burst its banks.",
                "She recollected the night the river burst its banks.",
                "",
            ),
            (
                "The striker passed a medical on Monday before signing.",
                "The striker elapsed a medical on Monday before signing.",
                "elapsed",
            ),
            (
                "Two years have passed since the mill closed.",
                "Two years have elapsed since the mill closed.",
                "",
            ),
            (
                "The council plans to convert the old mill into flats.",
                "The council plans to convert the aged mill into flats.",
                "aged",
            ),
            (
                "The bakery chain will open nine shops next year.",
                "The bakery sequence will open nine shops next year.",
                "sequence",
            ),
            (
                "A chain of events led to the delay, the inquiry found.",
                "A sequence of events led to the delay, the inquiry found.",
                "",
            ),
            (
                "The scheme is aimed at cutting waiting times, the trust said.",
                "The scheme is purified at cutting waiting times, the trust said.",
                "purified",
            ),
            (
                "The council will introduce a levy on workplace parking.",
                "The council will present a levy on workplace parking.",
                "present",
            ),
        ],
    );
}

/// A curated swap that also breaks a strong collocation ("aimed at" →
/// "purified at") vouches for a broken phrase beside it, as any broken
/// phrase does.
#[test]
fn a_curated_swap_that_breaks_a_phrase_vouches_for_its_neighbour() {
    assert_eq!(
        findings_of(
            "garbled-phrase",
            "The plan was purified at faster growth and underscores the group's attention on exports, the firm said.",
            "The plan was aimed at faster growth and underscores the group's focus on exports, the firm said.",
        ),
        ["purified", "attention"]
    );
}

/// An adjective left heading a noun phrase before "of", where a noun or a
/// quantifier stood, is garbled whatever its meaning; a superlative, a
/// quantifier, a word mostly used as a noun and one sharing a noun sense
/// with the original ("option" → "alternative") can head one.
#[test]
fn an_adjective_heading_a_noun_phrase_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Many of the town's traders backed the scheme, the council said.",
                "Numerous of the town's traders backed the scheme, the council said.",
                "Numerous",
            ),
            (
                "Only 14 permits were approved in the whole of 2023, the board said.",
                "Only 14 permits were approved in the entire of 2023, the board said.",
                "entire",
            ),
            (
                "Many of the town's traders backed the scheme, the council said.",
                "Several of the town's traders backed the scheme, the council said.",
                "",
            ),
            (
                "The best of the entries will be shown at the library in June.",
                "The finest of the entries will be shown at the library in June.",
                "",
            ),
            (
                "Prices for the type of chips the plant makes fell by a fifth.",
                "Prices for the kind of chips the plant makes fell by a fifth.",
                "",
            ),
            (
                "The club was offered the option of capping attendance at 600.",
                "The club was offered the alternative of capping attendance at 600.",
                "",
            ),
        ],
    );
}

/// A common verb that makes no phrasal verb with any particle, put for one
/// that made a phrasal verb with the particle kept, strands the particle; a
/// verb that makes phrasal verbs with other particles may be a writer's
/// phrasal verb WordNet lacks.
#[test]
fn a_particle_left_to_a_verb_that_takes_none_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The injury left the sprinter on crutches, ruling her out of the final in June.",
                "The injury left the sprinter on crutches, deciding her out of the final in June.",
                "deciding",
            ),
            (
                "The theft forced the charity to cut back its home nursing service for a year.",
                "The theft forced the charity to scale back its home nursing service for a year.",
                "",
            ),
        ],
    );
}

/// A word only ever a noun or adjective, put for a verb between "to" or a
/// modal and its object, stands where only a verb can; after "to" an
/// article may follow a noun.
#[test]
fn a_noun_where_only_a_verb_can_stand_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The unit needs four more nurses to staff it at night, the trust said.",
                "The unit needs four more nurses to personnel it at night, the trust said.",
                "personnel",
            ),
            (
                "The board will review the plan in June, the chairman said.",
                "The board will inspection the plan in June, the chairman said.",
                "inspection",
            ),
            (
                "The unit needs four more nurses to staff it at night, the trust said.",
                "The unit needs four more nurses to crew it at night, the trust said.",
                "",
            ),
            (
                "The driver returned to work the next day, the company said.",
                "The driver returned to employment the next day, the company said.",
                "",
            ),
        ],
    );
}

/// The verb of a phrasal verb WordNet lists ("fended off", "staved off") is
/// rare alone, and its rarity is no slip; the same rare verb without its
/// particle is still flagged.
#[test]
fn a_rare_verb_leading_a_phrasal_verb_is_no_slip() {
    assert_sentences(
        "garbled-phrase",
        &[
            (
                "The 24-year-old saved three break points in the final set, the club said.",
                "The 24-year-old fended off three break points in the final set, the club said.",
            ),
            (
                "The champion held off a late charge from the Kenyan to win the race.",
                "The champion fended off a late charge from the Kenyan to win the race.",
            ),
        ],
        &[(
            "The 24-year-old saved three break points in the final set, the club said.",
            "The 24-year-old fended three break points in the final set, the club said.",
        )],
    );
}

/// "Roughly" → "generally" loses the approximation of a figure; before
/// anything else it keeps its sense ("roughly stable" → "generally steady").
#[test]
fn an_approximation_swapped_is_garbled_only_before_a_figure() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The closures represent roughly a fifth of the bank's branches.",
                "The closures represent generally a fifth of the bank's branches.",
                "generally",
            ),
            (
                "Truffle numbers remained roughly stable over the period.",
                "Truffle numbers remained generally stable over the period.",
                "",
            ),
        ],
    );
}

/// Spinner swaps seen garbled in several authors' copies and never in a
/// careful one are garbled wherever they stand.
#[test]
fn spinner_swaps_seen_across_authors_are_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The trust's senior ecologist said numbers had fallen by a third.",
                "The trust's elder ecologist said numbers had fallen by a third.",
                "elder",
            ),
            (
                "The ferry operator said sailings would resume on Friday.",
                "The ferry administrator said sailings would resume on Friday.",
                "administrator",
            ),
            (
                "Works are scheduled to start in the spring, the council said.",
                "Works are booked to start in the spring, the council said.",
                "booked",
            ),
        ],
    );
}

/// A word of a name in the source sentence ("Stock Exchange") is no word the
/// copy took over: a spinner's swap of the same stem is still garbled.
#[test]
fn a_name_in_the_source_sentence_does_not_excuse_a_swap() {
    assert_cases(
        "garbled-phrase",
        &[(
            "The stock rose 7% in afternoon trading on the New York Stock Exchange.",
            "The stock rose 7% in afternoon exchanging on the New York Stock Exchange.",
            "exchanging",
        )],
    );
}

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

/// "welcomed" → "greeted" is labelled clean in one tune pair (t180) and
/// garbled in two, so the rule no longer keeps it: greeting news or data is
/// a careful rewrite.
#[test]
fn greeted_for_welcomed_is_not_a_curated_swap() {
    assert_clean(
        "garbled-phrase",
        &[(
            "Doctors welcomed the data, saying the vaccine could ease winter pressure.",
            "Doctors greeted the data positively, saying the vaccine could ease winter pressure.",
        )],
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

/// Right rewrites of another form of a curated swap's words pass: "appeal"
/// → "allure" is listed but "appealing" → "alluring" is not flagged, and
/// "aware" → "bear in mind" is not taken for "aware" → "mindful".
#[test]
fn swaps_whose_stems_reach_a_right_rewrite_are_not_curated() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The council said the new design was appealing to visitors.",
                "The council said the new design was alluring to visitors.",
            ),
            (
                "Residents should be aware of the flood risk this winter, the council said.",
                "Residents should bear in mind the flood risk this winter, the council said.",
            ),
        ],
    );
}

/// The curated swaps match a word's inflections by WordNet lemma, not by
/// stem: "legal" → "lawful" is flagged, while a rewrite to "law" (which
/// "lawful" stems to) passes; "written" → "composed" is flagged, "wrote" →
/// "composed" (another irregular form of "write") passes.
#[test]
fn curated_swaps_match_inflections_not_stems() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The council faces legal costs of £40,000 after the ruling.",
                "The council faces lawful costs of £40,000 after the ruling.",
                "lawful",
            ),
            (
                "Landlords are obliged by law to fit smoke alarms.",
                "Landlords are required by law to fit smoke alarms.",
                "",
            ),
            (
                "Landlords face a legal duty to fit smoke alarms.",
                "Landlords face a duty in law to fit smoke alarms.",
                "",
            ),
            (
                "The museum raised £2m through a public appeal.",
                "The museum raised £2m through a public allure.",
                "allure",
            ),
            (
                "The MP has written to the transport secretary.",
                "The MP has composed to the transport secretary.",
                "composed",
            ),
            (
                "Marchbank wrote the symphony in 1893.",
                "Marchbank composed the symphony in 1893.",
                "",
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

/// The eighth batch of spinner swaps, by the same rule with `t2000`–`t2035`
/// newly readable (session 47).
#[test]
fn eighth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Flooding killed about 300 sheep on the marsh farms, the union said.",
                "Flooding murdered about 300 sheep on the marsh farms, the union said.",
                "murdered",
            ),
            (
                "The firm has 40 outstanding orders for its boats, the owner said.",
                "The firm has 40 exceptional orders for its boats, the owner said.",
                "exceptional",
            ),
            (
                "Thieves took shoes and trainers from the sports shop overnight, police said.",
                "Thieves took shoes and coaches from the sports shop overnight, police said.",
                "coaches",
            ),
            (
                "Power tools were taken from the garden shed, police said.",
                "Power instruments were taken from the garden shed, police said.",
                "instruments",
            ),
            (
                "The council will repair the roof of the east block of the flats in May.",
                "The council will repair the roof of the east square of the flats in May.",
                "square",
            ),
            (
                "The society was formed in 1962 by a group of local walkers.",
                "The society was framed in 1962 by a group of local walkers.",
                "framed",
            ),
            (
                "The ministry issued guidance to schools on heating last winter.",
                "The ministry issued direction to schools on heating last winter.",
                "direction",
            ),
            (
                "The council will offer secondary glazing to 30 homes near the road.",
                "The council will offer auxiliary glazing to 30 homes near the road.",
                "auxiliary",
            ),
            (
                "Staff brought in electric fans to cool the ward, the hospital said.",
                "Staff brought in electric admirers to cool the ward, the hospital said.",
                "admirers",
            ),
            (
                "The builder went into administration in March, owing suppliers £2m.",
                "The builder went into management in March, owing suppliers £2m.",
                "management",
            ),
            (
                "New staff receive two weeks of training before starting on the wards.",
                "New staff receive two weeks of preparation before starting on the wards.",
                "preparation",
            ),
            (
                "The horse was treated for heat stress after the race, the vet said.",
                "The horse was treated for heat pressure after the race, the vet said.",
                "pressure",
            ),
            (
                "The village hall will close for repairs until the spring, the parish council said.",
                "The village lobby will close for repairs until the spring, the parish council said.",
                "lobby",
            ),
            (
                "Residents were given no warning before the water was cut off, the council admitted.",
                "Residents were given no admonition before the water was cut off, the council admitted.",
                "admonition",
            ),
        ],
    );
}

/// The ninth batch of spinner swaps and fixed terms, by the same rule with
/// `t2040`–`t2075` newly readable (session 47).
#[test]
fn ninth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The closure of the ward came as a shock to staff, the union said.",
                "The closure of the ward came as a stun to staff, the union said.",
                "stun",
            ),
            (
                "Three of those arrested were aged under 18, police said.",
                "Three of those arrested were matured under 18, police said.",
                "matured",
            ),
            (
                "The club will replace its three ageing boats next year, the secretary said.",
                "The club will replace its three maturing boats next year, the secretary said.",
                "maturing",
            ),
            (
                "Natural England, the government's nature adviser, did not object to the plans.",
                "Natural England, the government's nature counsellor, did not object to the plans.",
                "counsellor",
            ),
            (
                "The shop delivers about 200 orders a month to homes in the town.",
                "The shop delivers about 200 commands a month to homes in the town.",
                "commands",
            ),
            (
                "The club has ordered timber from a sawmill in Latvia to build a new boat.",
                "The club has commanded timber from a sawmill in Latvia to build a new boat.",
                "commanded",
            ),
            (
                "Wardens issued 300 fixed penalty notices for littering last year, the council said.",
                "Wardens issued 300 fixed punishment notices for littering last year, the council said.",
                "punishment",
            ),
            (
                "The farm will supply fresh produce to 14 schools under the contract.",
                "The farm will supply new produce to 14 schools under the contract.",
                "new",
            ),
        ],
    );
}

/// The tenth batch of spinner swaps, fixed terms and one spinner's phrase,
/// by the same rule with `t1980`–`t1991` and `t2080`–`t2097` newly readable
/// (session 48).
#[test]
fn tenth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The restaurant will offer outdoor dining on the quay from May, the owner said.",
                "The restaurant will offer outdoor feasting on the quay from May, the owner said.",
                "feasting",
            ),
            (
                "The unit's head of health protection said the risk to the public was low.",
                "The unit's head of health security said the risk to the public was low.",
                "security",
            ),
            (
                "House prices rose by a modest 0.4 percent in March, the lender said.",
                "House prices rose by a humble 0.4 percent in March, the lender said.",
                "humble",
            ),
            (
                "The council will hire outside experts to review the contract, the leader said.",
                "The council will hire exterior experts to review the contract, the leader said.",
                "exterior",
            ),
            (
                "The grant will pay for loft insulation in 200 homes, the council said.",
                "The grant will pay for loft protection in 200 homes, the council said.",
                "protection",
            ),
            (
                "Parents formed a campaign group after the council announced the closure.",
                "Parents shaped a campaign group after the council announced the closure.",
                "shaped",
            ),
            (
                "A judge dismissed the appeal on Tuesday, the court said.",
                "A judge expelled the appeal on Tuesday, the court said.",
                "expelled",
            ),
            (
                "The park has hosted the festival since 1998, organisers said.",
                "The park has entertained the festival since 1998, organisers said.",
                "entertained",
            ),
            (
                "Network Rail will close the level crossing for three nights next week.",
                "Network Rail will close the level intersection for three nights next week.",
                "intersection",
            ),
            (
                "Heavy machinery will be used to clear the site from Monday, the firm said.",
                "Heavy apparatus will be used to clear the site from Monday, the firm said.",
                "apparatus",
            ),
            (
                "The pier is the town's main attraction in the summer, the council said.",
                "The pier is the town's main fascination in the summer, the council said.",
                "fascination",
            ),
            (
                "Engineers found corrosion on two of the bridge's cables during an inspection.",
                "Engineers found erosion on two of the bridge's cables during an inspection.",
                "erosion",
            ),
            (
                "The driver was taken to hospital, where he is in a stable condition.",
                "The driver was taken to hospital, where he is in a constant condition.",
                "constant",
            ),
            (
                "The railway's chief mechanical engineer said the boiler would be replaced.",
                "The railway's main mechanical engineer said the boiler would be replaced.",
                "main",
            ),
            (
                "A mountain rescue team carried the walker down the hill, police said.",
                "A mountain salvage group carried the walker down the hill, police said.",
                "salvage group",
            ),
        ],
    );
}

/// The eleventh batch of spinner swaps and spinners' phrases, by the same rule
/// with `t2110`–`t2145` newly readable (session 48).
#[test]
fn eleventh_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The cafe was closed for a week after water from a leaking pipe reached the kitchen.",
                "The cafe was closed for a week after water from a spilling pipe reached the kitchen.",
                "spilling",
            ),
            (
                "Ecologists found a colony of rare bats in the church roof, the diocese said.",
                "Ecologists found a settlement of rare bats in the church roof, the diocese said.",
                "settlement",
            ),
            (
                "Farmers will be able to claim compensation for crops lost to flooding.",
                "Farmers will be able to claim remuneration for crops lost to flooding.",
                "remuneration",
            ),
            (
                "The zoo said the two lions would move into a larger enclosure in June.",
                "The zoo said the two lions would move into a larger nook in June.",
                "nook",
            ),
            (
                "Several councillors questioned the cost of the scheme at Tuesday's meeting.",
                "Several councillors interrogated the cost of the scheme at Tuesday's meeting.",
                "interrogated",
            ),
            (
                "The museum will install a new climate control system in the archive.",
                "The museum will install a new atmosphere control system in the archive.",
                "atmosphere",
            ),
            (
                "The repairs will take at least four months, the council said.",
                "The repairs will take at any rate four months, the council said.",
                "at any rate",
            ),
            (
                "The surface cracked during last summer's heatwave, inspectors said.",
                "The surface cracked during last summer's warmth wave, inspectors said.",
                "warmth wave",
            ),
        ],
    );
}

/// A later batch of spinner swaps by the same rule with `t2146`–`t2169`
/// newly readable (session 48): an insurer is no guarantor, in the singular
/// or the plural.
#[test]
fn insurer_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The church's insurer has been told of the theft, the vicar said.",
                "The church's guarantor has been told of the theft, the vicar said.",
                "guarantor",
            ),
            (
                "Insurers have been informed, but the park does not yet know the cost.",
                "Guarantors have been informed, but the park does not yet know the cost.",
                "Guarantors",
            ),
        ],
    );
}
