//! meaning-drift examples of a comparison's margin restated: a narrow
//! margin told wide or a wide one narrow on the same side of its mark
//! ("slightly more than" → "well over", "shortly after" → "well after");
//! a margin kept in other words, one added where the source tells none,
//! and "under way before" pass.

use super::*;

#[test]
fn a_comparison_margin_restated_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Turnout was slightly higher than at the last election.",
                "Turnout was well above the last election's.",
                "well above",
            ),
            (
                "The ferry docked shortly after midnight.",
                "The ferry docked well after midnight.",
                "well after",
            ),
            (
                "The repair bill came to well over 8,000 pounds.",
                "The repair bill came to slightly more than 8,000 pounds.",
                "slightly more",
            ),
            (
                "The new kiln burns noticeably more wood than the old one.",
                "The new kiln burns slightly more wood than the old one.",
                "slightly more",
            ),
            (
                "The works ran well beyond the agreed deadline.",
                "The works ran slightly beyond the agreed deadline.",
                "slightly beyond",
            ),
        ],
    );
}

#[test]
fn a_comparison_margin_kept_or_added_passes() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Turnout was slightly higher than at the last election.",
                "Turnout was marginally above the last election's.",
            ),
            (
                "The ferry docked shortly after midnight.",
                "The ferry docked just after midnight.",
            ),
            (
                "The region had less snow this winter.",
                "The region had much less snow this winter.",
            ),
            (
                "Work already slightly behind schedule before July will be reviewed.",
                "Work already under way before July will be reviewed.",
            ),
        ],
    );
}
