//! garbled-phrase: the thirteenth to sixteenth batches of curated spinner
//! swaps are garbled.

use super::*;

/// The thirteenth batch of spinner swaps, by the same rule with `t2098`–`t2109`
/// and `t2170`–`t2187` newly readable (session 49).
#[test]
fn thirteenth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The school said the new contract would cut food miles and give pupils fresher meals.",
                "The school said the new contract would cut nourishment miles and give pupils fresher meals.",
                "nourishment",
            ),
            (
                "Three firefighters were treated for smoke inhalation after the blaze, the service said.",
                "Three firefighters were treated for smoke breathing after the blaze, the service said.",
                "breathing",
            ),
            (
                "The care home, which has 40 beds, will close in the spring, the trust said.",
                "The care home, which has 40 berths, will close in the spring, the trust said.",
                "berths",
            ),
            (
                "The county council said the authority would appeal against the ruling.",
                "The county council said the specialist would appeal against the ruling.",
                "specialist",
            ),
            (
                "The depot on the edge of the town will be sold next year, the firm said.",
                "The depot on the brink of the town will be sold next year, the firm said.",
                "brink",
            ),
            (
                "Engineers said the bridge had cracked under the load of heavy lorries.",
                "Engineers said the bridge had cracked under the burden of heavy lorries.",
                "burden",
            ),
            (
                "The council served an enforcement notice on the owner of the site in May.",
                "The council served an implementation notice on the owner of the site in May.",
                "implementation",
            ),
            (
                "The pool has been closed indefinitely after cracks were found in the roof.",
                "The pool has been closed uncertainly after cracks were found in the roof.",
                "uncertainly",
            ),
            (
                "Crews took two hours to bring the fire under control, the service said.",
                "Crews took two hours to bring the fire under management, the service said.",
                "management",
            ),
            (
                "The council lifted the ban on barbecues on the beach last week.",
                "The council elevated the ban on barbecues on the beach last week.",
                "elevated",
            ),
        ],
    );
}

/// The fourteenth batch of spinner swaps, by the same rule with `t2200`–`t2223`
/// newly readable (session 49).
#[test]
fn fourteenth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Volunteers said dismantling the old stage would take about two weeks.",
                "Volunteers said destroying the old stage would take about two weeks.",
                "destroying",
            ),
            (
                "The council approved the scheme for 40 new homes in March.",
                "The council approved the conspiracy for 40 new homes in March.",
                "conspiracy",
            ),
            (
                "Residents want the library listed as an asset of community value.",
                "Residents want the library listed as an asset of community esteem.",
                "esteem",
            ),
            (
                "The firm said development costs for the new bridge had doubled.",
                "The firm said improvement costs for the new bridge had doubled.",
                "improvement",
            ),
            (
                "Workers put up crash barriers around the track before the race.",
                "Workers put up crash obstructions around the track before the race.",
                "obstructions",
            ),
            (
                "Most of the fans arrived by special train from the city on Saturday.",
                "Most of the fans arrived by extraordinary train from the city on Saturday.",
                "extraordinary",
            ),
            (
                "Parking on surrounding streets was the main worry raised by residents.",
                "Parking on encompassing streets was the main worry raised by residents.",
                "encompassing",
            ),
            (
                "The parish council lets the hall to the club for a nominal fee of £1.",
                "The parish council lets the hall to the club for an ostensible fee of £1.",
                "ostensible",
            ),
        ],
    );
}

/// The fourteenth batch's spinner phrase: "older" put as "more seasoned".
#[test]
fn fourteenth_batch_spinner_phrase_is_garbled() {
    assert_flagged(
        "garbled-phrase",
        &[(
            "The charity said the cuts would hit older and disabled residents hardest.",
            "The charity said the cuts would hit more seasoned and disabled residents hardest.",
        )],
    );
}

/// The fifteenth batch of spinner swaps, by the same rule with `t2224`–`t2241`
/// newly readable (session 49).
#[test]
fn fifteenth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The judge said the firm's safety culture had been complacent.",
                "The judge said the firm's safety civilization had been complacent.",
                "civilization",
            ),
            (
                "The shop is one of three branches on the Netherfield estate.",
                "The shop is one of three branches on the Netherfield bequest.",
                "bequest",
            ),
            (
                "The stylist applied permanent dye without a skin allergy test.",
                "The stylist applied perpetual dye without a skin allergy test.",
                "perpetual",
            ),
        ],
    );
}

/// The sixteenth batch of spinner swaps, by the same rule with `t2242`–`t2259`
/// newly readable (session 49).
#[test]
fn sixteenth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The club said three league fixtures had been postponed because of the snow.",
                "The club said three league installations had been postponed because of the snow.",
                "installations",
            ),
            (
                "Residents collected 900 signatures on a petition against the closure.",
                "Residents collected 900 autographs on a petition against the closure.",
                "autographs",
            ),
            (
                "The developer agreed to leave a strip of ancient woodland untouched.",
                "The developer agreed to leave a strip of antique woodland untouched.",
                "antique",
            ),
            (
                "The complaint was passed to the council's environmental health team.",
                "The complaint was passed to the council's ecological health team.",
                "ecological",
            ),
            (
                "The trust said volunteers would work in pairs on the night shifts.",
                "The trust said volunteers would work in couples on the night shifts.",
                "couples",
            ),
            (
                "The home side scored a second goal just before half-time.",
                "The home side scored a moment goal just before half-time.",
                "moment",
            ),
            (
                "The chief executive said the hospital was under severe pressure this winter.",
                "The chief executive said the hospital was under severe weight this winter.",
                "weight",
            ),
        ],
    );
}
