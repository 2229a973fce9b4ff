//! polarity-drift: a trial told as lasting, the curated news opposites
//! "trial" / "permanent" and "trial" / "long-term".

use super::*;

#[test]
fn a_trial_told_as_lasting_is_flagged() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The council said it supported the ballot as a trial and would review the results in the autumn.",
                "The council said it backed the ballot as a permanent arrangement and would review the results in the autumn.",
                "permanent",
            ),
            (
                "The clinical director said the arrangement was a trial.",
                "The clinical director described the arrangement as long-term.",
                "long-term",
            ),
        ],
    );
}

#[test]
fn a_trial_told_as_a_pilot_passes() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The council said it supported the ballot as a trial and would review the results in the autumn.",
                "The council said it backed the ballot as a pilot and would look at the results in the autumn.",
            ),
            (
                "The council will run a six-month trial before deciding whether to make the change permanent.",
                "The council will hold a six-month pilot before it decides whether the change should be permanent.",
            ),
            (
                "The company, which faces permanent closure, went on trial in March over the spill.",
                "The company, which faces permanent closure, was tried in March over the spill.",
            ),
        ],
    );
}
