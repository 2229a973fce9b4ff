//! polarity-drift examples of a verb of assent put for a verb of contest, or
//! the reverse: "respected the verdict" → "disputed the verdict".

use super::*;

#[test]
fn assent_told_as_contest_is_flagged() {
    assert_flagged(
        "polarity-drift",
        &[
            (
                "The prosecutors said they respected the verdict but stood by the case.",
                "The prosecutors said they disputed the verdict but stood by the case.",
            ),
            (
                "The operations director said the company would comply with the order.",
                "The operations director said the company would contest the order.",
            ),
            (
                "He denied that the homes would add to flood risk.",
                "He conceded that the homes would add to flood risk.",
            ),
            (
                "Her evidence was contradicted by rota records and emails.",
                "Her evidence was confirmed by rota records and emails.",
            ),
        ],
    );
}

#[test]
fn assent_kept_within_its_family_stays_clean() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The prosecutors said they respected the verdict.",
                "The prosecutors said they accepted the verdict.",
            ),
            (
                "He denied that the homes would add to flood risk.",
                "He disputed that the homes would add to flood risk.",
            ),
            (
                "The council confirmed the date of the vote.",
                "The council has questions about the date of the vote.",
            ),
        ],
    );
}
