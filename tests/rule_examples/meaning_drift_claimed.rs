//! meaning-drift examples of "claimed" put mid-sentence for a "said" the
//! rewrite also moved: it reports a clause, so it loads the attribution; a
//! thing claimed, a passive or an adjective does not.

use super::*;

#[test]
fn claimed_reporting_a_clause_for_a_moved_said_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The quarry's owner, Brenmoor Stone, said the blasting was safe for nearby homes.",
                "Brenmoor Stone, which owns the quarry, claimed the blasting was safe for nearby homes.",
                "claimed",
            ),
            (
                "The ferry's operator, Skelt Lines, said that the crossing would resume on Friday.",
                "Skelt Lines, which runs the ferry, claimed that the crossing would resume on Friday.",
                "claimed",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "The harbour club, the team's owner, said its rowers won the regional cup on Sunday.",
                "The team's owner, the harbour club, said its rowers claimed the regional cup on Sunday.",
            ),
            (
                "The mill's owner, Arden Textiles, said savings of £2 million were expected.",
                "Arden Textiles, which owns the mill, said the claimed savings were £2 million.",
            ),
            (
                "The mill's owner, Arden Textiles, claimed the savings were needed.",
                "Arden Textiles, which owns the mill, claimed the savings were needed.",
            ),
        ],
    );
}
