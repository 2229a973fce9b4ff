//! meaning-drift examples of a firm intention told as one weighed: "would
//! appeal" → "was considering an appeal"; a weighing the source states, or a
//! firm act denied, passes.

use super::*;

#[test]
fn a_firm_intention_told_as_weighed_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Her solicitor, Ewan Hale, said she would appeal the ruling.",
                "Her solicitor, Ewan Hale, said she was considering an appeal against the ruling.",
                "considering an appeal",
            ),
            (
                "The brewery said it would close two depots by the end of the year.",
                "The brewery said it was weighing closing two depots by the end of the year.",
                "weighing closing",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "Her solicitor said she would consider an appeal against the ruling.",
                "Her solicitor said she was considering an appeal against the ruling.",
            ),
            (
                "The brewery said it would close two depots and was not considering selling the site.",
                "The brewery said it would shut two depots and was not considering a sale of the site.",
            ),
        ],
    );
}
