//! meaning-drift inside a quotation misquote reports: a figure's "about",
//! a move, a rank, an attempt or a cause changed there is left to misquote,
//! while a modal changed or a hedge dropped there still drifts.

use super::*;

/// Changes other than a modal, belief or evidence word or a dropped hedge,
/// inside a quotation that misquote flags, are misquote's alone.
#[test]
fn other_changes_inside_a_misquoted_quotation_are_left_to_misquote() {
    let cases = [
        (
            "The theatre has too few chaperones. Its director, Ann Lyle, said it would \"always try to favour pupils from local schools\" when places were short.",
            "The theatre has too few chaperones. Its director, Ann Lyle, said it would \"always favour pupils from local schools\" when places were short.",
        ),
        (
            "The brewery switched boreholes last year. \"Nitrate levels crept up for years. This spring they stopped creeping and started climbing,\" said the manager, Jo Pike.",
            "The brewery switched boreholes last year. \"Nitrate levels crept up for years. This spring they stopped creeping and started soaring,\" said the manager, Jo Pike.",
        ),
        (
            "The trust has a deficit. \"Rinks are among the most costly buildings a town owns,\" said its head, Sam Ode.",
            "The trust has a deficit. \"Rinks are some of the most costly buildings a town owns,\" said its head, Sam Ode.",
        ),
        (
            "The report was published on Monday. \"Ozone is the pollutant most closely tied to asthma attacks,\" said the author, Kim Rowe.",
            "The report was published on Monday. \"Ozone is the pollutant that causes most asthma attacks,\" said the author, Kim Rowe.",
        ),
    ];
    assert_clean("meaning-drift", &cases);
    assert_flagged("misquote", &cases);
}

/// The same changes outside quotation marks still drift, and a modal
/// changed inside a misquoted quotation drifts as well as misquoting.
#[test]
fn the_same_changes_unquoted_and_a_quoted_modal_still_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The trust said the centre would close in June. Its chair, Ann Lyle, said the trust would try to prioritise the pool and the gym.",
                "The trust said the centre would close in June. Its chair, Ann Lyle, said the trust would prioritise the pool and the gym.",
                "prioritise",
            ),
            (
                "The council said the works would start in May. \"The works may close the road for a week,\" said the engineer, Tom Hale.",
                "The council said the works would start in May. \"The works will close the road for a week,\" said the engineer, Tom Hale.",
                "will close",
            ),
        ],
    );
}
