//! polarity-drift examples of an option framed by a noun or given a
//! subject: "did not believe it was started deliberately" → "had not ruled
//! out the possibility that it was started deliberately", "has not ruled
//! out selling" → "has abandoned the idea of selling", "conceded that the
//! vote could slip" → "ruled out the vote slipping".

use super::*;

#[test]
fn a_framed_or_subjected_option_turned_round_is_flagged() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Police said they did not believe the fire was started deliberately.",
                "Police said they had not ruled out the possibility that the fire was started deliberately.",
                "not ruled out the possibility that the fire",
            ),
            (
                "The club has not ruled out selling its ground.",
                "The club has abandoned the idea of selling its ground.",
                "abandoned",
            ),
            (
                "The minister conceded that the vote could slip into next year.",
                "The minister ruled out the vote slipping into next year.",
                "out",
            ),
        ],
    );
}

#[test]
fn a_framed_or_subjected_option_restated_stays_clean() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "Police said they could not rule out the possibility that the fire was started deliberately.",
                "Police said they had not ruled out the possibility that the fire was started deliberately.",
            ),
            (
                "The club has not ruled out selling its ground.",
                "The club has not abandoned the idea of selling its ground.",
            ),
            (
                "The minister said the vote would not slip into next year.",
                "The minister ruled out the vote slipping into next year.",
            ),
        ],
    );
}
