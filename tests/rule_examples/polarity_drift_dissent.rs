//! polarity-drift examples of a denied word of dissent told as another word
//! of dissent: "raised no objections" → "opposed the plan".

use super::*;

#[test]
fn denied_dissent_told_as_another_word_of_dissent_is_flagged() {
    assert_flagged(
        "polarity-drift",
        &[
            (
                "Residents raised no objections to the plan for a new car park.",
                "Residents opposed the plan for a new car park.",
            ),
            (
                "Residents raised no objections to the plan for a new car park.",
                "Residents voiced opposition to the plan for a new car park.",
            ),
            (
                "There was no opposition to the plan from residents.",
                "Residents objected to the plan.",
            ),
        ],
    );
}

#[test]
fn denied_dissent_kept_denied_stays_clean() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "Residents raised no objections to the plan for a new car park.",
                "Residents did not oppose the plan for a new car park.",
            ),
            (
                "Residents raised no objections to the plan for a new car park.",
                "Residents had no opposition to the plan for a new car park.",
            ),
            (
                "The council would oppose any cuts to the library budget.",
                "The council would accept no cuts to the library budget.",
            ),
        ],
    );
}
