//! polarity-drift: a lifted order told as extended, a thing kept told as withdrawn,
//! a thing continuing told as suspended or closed and a booking honoured told as
//! withdrawn or cancelled (the curated news opposites added by helper polrec12).

use super::*;

#[test]
fn a_kept_or_ended_arrangement_told_the_other_way_is_flagged() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The flood advice was lifted at 9 a.m. on Sunday, the agency said.",
                "The flood advice was extended at 9 a.m. on Sunday, the agency said.",
                "extended",
            ),
            (
                "Officials lifted evacuation orders for the town of Redfern on Tuesday.",
                "Officials widened evacuation orders for the town of Redfern on Tuesday.",
                "widened",
            ),
            (
                "The old launch tractor remained in service until the new one arrived.",
                "The old launch tractor was withdrawn from service until the new one arrived.",
                "withdrawn",
            ),
            (
                "The older trams will be withdrawn from service in November.",
                "The older trams will remain in service in November.",
                "remain",
            ),
            (
                "Lessons for younger swimmers will continue as normal during the walkout.",
                "Lessons for younger swimmers will be suspended during the walkout.",
                "suspended",
            ),
            (
                "Police said the investigation into the seizure was continuing.",
                "Police said the investigation into the seizure was closed.",
                "closed",
            ),
            (
                "The college said it would honour places already offered for September.",
                "The college said it would withdraw places already offered for September.",
                "withdraw",
            ),
            (
                "The new owners said all existing reservations would be honoured.",
                "The new owners said all existing reservations would be cancelled.",
                "cancelled",
            ),
        ],
    );
}

#[test]
fn a_kept_or_ended_arrangement_reworded_passes() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The flood advice was lifted at 9 a.m. on Sunday, the agency said.",
                "The agency said the flood advice was withdrawn at 9 a.m. on Sunday.",
            ),
            (
                "The old launch tractor remained in service until the new one arrived.",
                "The old launch tractor stayed in use until the new one arrived.",
            ),
            (
                "Police said the investigation into the seizure was continuing.",
                "Police said the investigation into the seizure was still going on.",
            ),
            (
                "The new owners said all existing reservations would be honoured.",
                "The new owners said every existing booking would be kept.",
            ),
        ],
    );
}
