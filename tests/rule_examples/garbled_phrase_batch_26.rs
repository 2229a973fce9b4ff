//! garbled-phrase: the twenty-sixth batch of curated spinner swaps is
//! garbled.

use super::*;

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
            (
                "Volunteers will patrol the park at weekends from next month.",
                "Volunteers will patrol the park at ends of the week from next month.",
                "ends of the week",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense, and "genuine" in
/// its right sense for "serious" (a genuine offer), pass.
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
            (
                "Volunteers will patrol the park at weekends from next month.",
                "Volunteers will patrol the park on Saturdays and Sundays from next month.",
            ),
        ],
    );
}
