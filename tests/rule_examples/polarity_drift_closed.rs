//! polarity-drift examples of an open possibility told as closed: the
//! source denies a ruling out, the copy rules the act out in other words.

use super::*;

#[test]
fn an_open_possibility_told_as_closed_is_flagged() {
    assert_flagged(
        "polarity-drift",
        &[
            (
                "The union said it had not ruled out a legal challenge but would prefer to talk.",
                "The union said it had dismissed the idea of a legal challenge and would prefer to talk.",
            ),
            (
                "The regulator said it had not ruled out enforcement action against the firm.",
                "The regulator said it had set aside the possibility of enforcement action against the firm.",
            ),
            (
                "A public inquiry has not been ruled out, according to the council.",
                "A public inquiry remains off the table, according to the council.",
            ),
            (
                "The board did not exclude a sale of the stadium next year.",
                "The board rejected a sale of the stadium next year.",
            ),
            (
                "The minister left open the possibility of a fuel duty rise in the autumn.",
                "The minister dismissed the idea of a fuel duty rise in the autumn.",
            ),
        ],
    );
}

#[test]
fn an_open_possibility_kept_open_in_other_words_stays_clean() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The union said it had not ruled out a legal challenge.",
                "The union said it had not closed the door to a legal challenge.",
            ),
            (
                "The regulator said it had not ruled out enforcement action.",
                "The regulator said it was still considering enforcement action.",
            ),
            (
                "The club has not ruled out a move to a new ground.",
                "The club remains open to a move to a new ground.",
            ),
            (
                "A public inquiry has not been ruled out, the council said.",
                "A public inquiry is not off the table, the council said.",
            ),
            (
                "The union did not rule out a strike and rejected the pay offer.",
                "The union rejected the pay offer, and a strike remains possible.",
            ),
        ],
    );
}
