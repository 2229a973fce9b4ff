//! garbled-phrase: the curated tables read British "-ise" and "-yse"
//! spellings as their American "-ize" and "-yze" ones, so that a swap listed
//! once matches in either spelling; spelling knows more British spellings.

use super::*;

/// A listed swap, phrase or fixed term matches in the other spelling of its
/// words: "employs" → "utilizes" is listed, "utilises" is the same swap.
#[test]
fn listed_swaps_match_in_either_spelling() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The quarry employs 38 people and supplies stone to the region.",
                "The quarry utilises 38 people and supplies stone to the region.",
                "utilises",
            ),
            (
                "The insurer agreed to settle the claim within a month.",
                "The insurer agreed to colonise the claim within a month.",
                "colonise",
            ),
            (
                "The guild, which represents 38 towers in the district, backed the plan.",
                "The guild, which symbolizes 38 towers in the district, backed the plan.",
                "symbolizes",
            ),
            (
                "The firm specializes in roof repairs for listed buildings.",
                "The firm has practical experience in roof repairs for listed buildings.",
                "has practical experience",
            ),
            (
                "Police said the gang was linked to organised crime in the port.",
                "Police said the gang was linked to coordinated crime in the port.",
                "coordinated",
            ),
        ],
    );
}

/// A word respelt the other way, or a right-sense rewording, passes.
#[test]
fn respellings_and_right_sense_rewordings_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The quarry employs 38 people and supplies stone to the region.",
                "The quarry has 38 staff and supplies stone to the region.",
            ),
            (
                "The firm specialises in roof repairs for listed buildings.",
                "The firm specializes in roof repairs for listed buildings.",
            ),
            (
                "Police said the gang was linked to organised crime in the port.",
                "Police said the gang was linked to organized crime in the port.",
            ),
        ],
    );
}

/// British spellings the American dictionary lacks are spelt right; a
/// misspelling of one is not.
#[test]
fn british_spellings_of_practise_counsellor_and_worshipped_are_known() {
    assert_clean(
        "spelling",
        &[
            (
                "The team trained for eight months before the attempt.",
                "The team practised for eight months before the attempt.",
            ),
            (
                "The school hired an adviser for pupils last year.",
                "The school hired a counsellor for pupils last year.",
            ),
            (
                "Families prayed at the chapel for decades.",
                "Families worshipped at the chapel for decades.",
            ),
            (
                "A plough cleared the lane before dawn.",
                "A snowplough cleared the lane before dawn.",
            ),
        ],
    );
    assert_cases(
        "spelling",
        &[(
            "The team trained for eight months before the attempt.",
            "The team practissed for eight months before the attempt.",
            "practissed",
        )],
    );
}
