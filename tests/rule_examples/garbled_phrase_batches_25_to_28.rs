//! garbled-phrase: the twenty-fifth and later batches of curated spinner
//! swaps are garbled.

use super::*;

/// The twenty-fifth batch of spinner swaps, by the same rule with
/// `t2374`–`t2385` newly readable (session 53).
#[test]
fn twenty_fifth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Rangers dealt with several serious falls on the cliff path last year.",
                "Rangers dealt with several genuine falls on the cliff path last year.",
                "genuine",
            ),
            (
                "The trust will apply to the heritage fund for a grant to repair the roof.",
                "The trust will apply to the heritage fund for an allowance to repair the roof.",
                "allowance",
            ),
            (
                "The council will pay the tenants' removal costs.",
                "The council will pay the tenants' expulsion costs.",
                "expulsion",
            ),
            (
                "Work will stop in March to avoid disturbance to nesting birds.",
                "Work will stop in March to avoid aggravation to nesting birds.",
                "aggravation",
            ),
            (
                "The tenants will be offered first refusal on the new units.",
                "The tenants will be offered first rejection on the new units.",
                "rejection",
            ),
            (
                "Volunteers will patrol the reserve at weekends.",
                "Volunteers will patrol the reserve at ends of the week.",
                "ends of the week",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense, and the spinner's
/// words where the source had another word (real fears told as genuine),
/// pass.
#[test]
fn twenty_fifth_batch_rewordings_that_keep_the_sense_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Rangers dealt with several serious falls on the cliff path last year.",
                "Rangers dealt with several bad falls on the cliff path last year.",
            ),
            (
                "Residents said their fears were real.",
                "Residents said their fears were genuine.",
            ),
            (
                "The trust will apply to the heritage fund for a grant to repair the roof.",
                "The trust will ask the heritage fund for money to repair the roof.",
            ),
            (
                "The council will pay the tenants' removal costs.",
                "The council will pay the tenants' moving costs.",
            ),
            (
                "The tenants will be offered first refusal on the new units.",
                "The tenants will be offered the first chance to take the new units.",
            ),
            (
                "Volunteers will patrol the reserve at weekends.",
                "Volunteers will patrol the reserve on Saturdays and Sundays.",
            ),
        ],
    );
}

/// The twenty-sixth batch of spinner swaps, by the same rule with
/// `t2386`–`t2403` newly readable (session 53).
#[test]
fn twenty_sixth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The council will pay for the hire of portable toilets at the market.",
                "The council will pay for the hire of convenient toilets at the market.",
                "convenient",
            ),
            (
                "Inspectors found no serious breaches during the trial.",
                "Inspectors found no genuine breaches during the trial.",
                "genuine",
            ),
            (
                "The owner never applied for listed building consent for the sign.",
                "The owner never applied for listed building assent for the sign.",
                "assent",
            ),
            (
                "Vans were seen parked near school entrances on most weekdays.",
                "Vans were seen parked near school passageways on most weekdays.",
                "passageways",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense, and "genuine" in
/// its right sense for "serious" (a genuine offer, kept by the entry's
/// context words), pass.
#[test]
fn twenty_sixth_batch_rewordings_that_keep_the_sense_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The council will pay for the hire of portable toilets at the market.",
                "The council will pay for the hire of mobile toilets at the market.",
            ),
            (
                "Inspectors found no serious breaches during the trial.",
                "Inspectors found no major breaches during the trial.",
            ),
            (
                "The club has received a serious offer for the ground.",
                "The club has received a genuine offer for the ground.",
            ),
            (
                "The owner never applied for listed building consent for the sign.",
                "The owner never applied for listed building permission for the sign.",
            ),
            (
                "Vans were seen parked near school entrances on most weekdays.",
                "Vans were seen parked near school gates on most weekdays.",
            ),
        ],
    );
}

/// The twenty-seventh batch of spinner swaps, by the same rule with
/// `t2404`–`t2415` newly readable (session 54).
#[test]
fn twenty_seventh_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The committee refused a temporary events permit for the hall.",
                "The committee refused a short-lived events permit for the hall.",
                "short-lived",
            ),
            (
                "She said the tours had been popular, selling out most nights.",
                "She said the tours had been prevalent, selling out most nights.",
                "prevalent",
            ),
            (
                "The report said the devices had no clear effect on the fish.",
                "The report said the devices had no transparent effect on the fish.",
                "transparent",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense, and the spinner's
/// words where the source had another word in their right sense (a brief
/// revival, a common disease, an open process), pass.
#[test]
fn twenty_seventh_batch_rewordings_that_keep_the_sense_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The committee refused a temporary events permit for the hall.",
                "The committee turned down a temporary events permit for the hall.",
            ),
            (
                "The revival of the festival was brief.",
                "The revival of the festival was short-lived.",
            ),
            (
                "She said the tours had been popular, selling out most nights.",
                "She said the tours had been well liked, selling out most nights.",
            ),
            (
                "The disease is common among older seals.",
                "The disease is prevalent among older seals.",
            ),
            (
                "The report said the devices had no clear effect on the fish.",
                "The report said the devices had no obvious effect on the fish.",
            ),
            (
                "The council promised an open process.",
                "The council promised a transparent process.",
            ),
        ],
    );
}
