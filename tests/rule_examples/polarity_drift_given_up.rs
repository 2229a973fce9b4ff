//! polarity-drift examples of an act given up or ruled out in the copy that
//! the source leaves open or going on: "was considering whether to take the
//! case" → "had ruled out taking the case".

use super::*;

#[test]
fn an_act_given_up_or_ruled_out_against_an_open_source_is_flagged() {
    assert_flagged(
        "polarity-drift",
        &[
            (
                "The council was considering whether to take the case to the Supreme Court.",
                "The council had ruled out taking the case to the Supreme Court.",
            ),
            (
                "The mayor said the city was still pursuing the rest of the money.",
                "The mayor said the city had given up pursuing the rest of the money.",
            ),
            (
                "The report acknowledged that other changes may also have played a part.",
                "The report, ruling out that other changes had played a part, was published.",
            ),
        ],
    );
}

#[test]
fn an_act_given_up_restated_or_left_open_stays_clean() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The council said it would not take the case any further.",
                "The council said it had ruled out taking the case any further.",
            ),
            (
                "The owners did not rule out selling the site next year.",
                "The owners said they might sell the site next year.",
            ),
            (
                "The owners have ruled out selling the site next year.",
                "The owners will not sell the site next year.",
            ),
            (
                "The firm gave up trying to sell the site.",
                "The firm stopped trying to sell the site.",
            ),
        ],
    );
}

#[test]
fn an_open_possibility_told_as_a_plain_denial_or_the_reverse_is_flagged() {
    assert_flagged(
        "polarity-drift",
        &[
            (
                "The council said it could not rule out compulsory redundancies.",
                "The council said there would be no compulsory redundancies.",
            ),
            (
                "Ostrander said the family had no intention of moving.",
                "Ostrander said the family had not ruled out moving.",
            ),
        ],
    );
    assert_clean(
        "polarity-drift",
        &[
            (
                "Kowalczyk did not rule out selling a minority stake.",
                "Kowalczyk did not preclude selling a minority stake.",
            ),
            (
                "The trust has not ruled out cancelling some non-urgent operations.",
                "The trust said it may cancel some non-urgent operations.",
            ),
            (
                "The council would not rule out closing the library.",
                "The council would not exclude closing the library.",
            ),
        ],
    );
}

#[test]
fn a_named_act_ruled_out_against_an_open_source_is_flagged() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Their lawyer said the family were considering whether to appeal.",
                "Their lawyer said the family had ruled out an appeal.",
                "out",
            ),
            (
                "The company said it remained open to talks with the union.",
                "The company said it had ruled out further talks with the union.",
                "out",
            ),
            (
                "Vale had a goal disallowed for offside before the break.",
                "Vale had a goal ruled out for offside before the break.",
                "",
            ),
            (
                "The striker will sit on the bench for Game 6 after a knock.",
                "The striker was ruled out of Game 6 after a knock.",
                "",
            ),
            (
                "The club said it had ruled out an appeal.",
                "The club said it would not appeal.",
                "",
            ),
            (
                "Whether the scheme saved money remains open to question.",
                "Whether the scheme saved money has not been settled.",
                "",
            ),
        ],
    );
}
