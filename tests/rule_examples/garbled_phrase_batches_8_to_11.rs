//! garbled-phrase: the eighth to eleventh and the insurer batches of curated
//! spinner swaps are garbled.

use super::*;

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
