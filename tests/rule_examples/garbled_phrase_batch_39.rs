//! garbled-phrase: the thirty-ninth batch of curated spinner swaps is
//! garbled.

use super::*;

/// The thirty-ninth batch of spinner swaps and phrases, by the same rule
/// with `t2584`–`t2595` newly readable (session 60).
#[test]
fn thirty_ninth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The agency said it had not seen evidence the ground could absorb the outflow.",
                "The agency said it had not seen evidence the ground could assimilate the outflow.",
                "assimilate",
            ),
            (
                "The company said it would not reverse the cut in the price it pays growers.",
                "The company said it would not invert the cut in the price it pays growers.",
                "invert",
            ),
            (
                "The council refused the plan, ruling that the site was too close to the stream.",
                "The council refused the plan, governing that the site was too close to the stream.",
                "governing",
            ),
            (
                "A fence panel fell onto the path in high winds on Sunday night.",
                "A fence panel fell onto the path in tall winds on Sunday night.",
                "tall",
            ),
            (
                "The mill presses about 45,000 tonnes of fruit each autumn.",
                "The mill presses about 45,000 tonnes of organic product each autumn.",
                "organic product",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass, and so does the
/// right sense: a ruling coalition is a governing one.
#[test]
fn thirty_ninth_batch_rewordings_and_right_senses_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The agency said it had not seen evidence the ground could absorb the outflow.",
                "The agency said it had not seen evidence the ground could soak up the outflow.",
            ),
            (
                "The company said it would not reverse the cut in the price it pays growers.",
                "The company said it would not undo the cut in the price it pays growers.",
            ),
            (
                "The council refused the plan, ruling that the site was too close to the stream.",
                "The council refused the plan, deciding that the site was too close to the stream.",
            ),
            (
                "The ruling coalition holds 91 of the 169 seats in parliament.",
                "The governing coalition holds 91 of the 169 seats in parliament.",
            ),
            (
                "A fence panel fell onto the path in high winds on Sunday night.",
                "A fence panel fell onto the path in strong winds on Sunday night.",
            ),
            (
                "The mill presses about 45,000 tonnes of fruit each autumn.",
                "The mill presses about 45,000 tonnes of apples each autumn.",
            ),
        ],
    );
}
