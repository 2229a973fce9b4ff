//! garbled-phrase: a two-word fixed term with its head word, or both words,
//! swapped is garbled unless the new words are a fair variant listed for the term.

use super::*;

/// The head of a listed term swapped for a noun between kept neighbours is
/// garbled (session 61); a fair variant careful writers put passes.
#[test]
fn a_term_head_swapped_is_garbled_unless_a_fair_variant() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Drivers caught in the bus lane on Mill Road will be fined from June.",
                "Drivers caught in the bus path on Mill Road will be fined from June.",
                "path",
            ),
            (
                "Visitors can climb the control tower at the old airfield this summer.",
                "Visitors can climb the control turret at the old airfield this summer.",
                "turret",
            ),
            (
                "The hospital will reopen its maternity ward on Monday after repairs.",
                "The hospital will reopen its maternity unit on Monday after repairs.",
                "",
            ),
            (
                "Ministers said the budget deficit would narrow next year.",
                "Ministers said the budget shortfall would narrow next year.",
                "",
            ),
        ],
    );
}

/// Variants added in session 62 pass: rewordings authors wrote clean
/// ("heating bills" → "heating costs") and established ones of the same
/// kind ("flood warning" → "flood alert"), for a swapped first word too
/// ("cautious welcome" → "guarded welcome"); a head no table lists for the
/// term stays garbled.
#[test]
fn session_62_variants_pass_and_other_heads_stay_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The zoo said its heating bills had doubled since the autumn.",
                "The zoo said its heating costs had doubled since the autumn.",
                "",
            ),
            (
                "The agency issued a flood warning for the lower valley on Sunday.",
                "The agency issued a flood alert for the lower valley on Sunday.",
                "",
            ),
            (
                "Police launched a murder inquiry after the body was found.",
                "Police launched a murder investigation after the body was found.",
                "",
            ),
            (
                "Residents gave the plans a cautious welcome at the meeting.",
                "Residents gave the plans a guarded welcome at the meeting.",
                "",
            ),
            (
                "The town council will vote on the plan next month.",
                "The town chamber will vote on the plan next month.",
                "chamber",
            ),
        ],
    );
}

/// A term swapped word for word passes when the new pair is a variant the
/// table lists for it ("round trip" → "return journey"), as does a head a
/// clean rewording put ("school holidays" → "school vacations"); a pair the
/// table does not list stays garbled ("heating system" → "warming framework").
#[test]
fn listed_variants_pass_for_a_term_swapped_word_for_word() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Pupils face a round trip of forty miles to the nearest pool.",
                "Pupils face a return journey of forty miles to the nearest pool.",
                "",
            ),
            (
                "The pool will run extra sessions during the school holidays.",
                "The pool will run extra sessions during the school vacations.",
                "",
            ),
            (
                "The chapel's heating system failed again in January.",
                "The chapel's warming framework failed again in January.",
                "warming framework",
            ),
        ],
    );
}

#[test]
fn a_listed_fixed_term_swapped_word_for_word_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The finance director of the chain said sales had risen in the spring.",
                "The money chief of the chain said sales had risen in the spring.",
                "money chief",
            ),
            (
                "The chief inspector of the force said the raid had gone to plan.",
                "The boss examiner of the force said the raid had gone to plan.",
                "boss examiner",
            ),
            // A fair variant listed for the term is a careful rewording.
            (
                "Nurses at the hospital were offered a pay rise of four per cent this week.",
                "Nurses at the hospital were offered a salary hike of four per cent this week.",
                "",
            ),
        ],
    );
}
