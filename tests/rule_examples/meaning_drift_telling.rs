//! meaning-drift examples of an attribution the copy keeps by a verb of
//! telling or describing it puts in (session 61), with the drop it still flags.

use super::*;

#[test]
fn informed_or_describes_keeps_the_claim_its_speaker_s() {
    let told = "The company told farmers in May that it would pay 31 pence a litre from July.";
    assert_clean(
        "meaning-drift",
        &[
            (
                told,
                "The firm informed farmers in May that it would pay 31 pence a litre from July.",
            ),
            (
                "A small bakery has opened a second shop in Leeds, in what the company says is the biggest step in its history.",
                "Shoppers in Leeds will soon have a second branch of a small bakery, after the firm took what it describes as the biggest step in its history.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[(
            told,
            "The firm would pay 31 pence a litre from July.",
            "would pay",
        )],
    );
}
