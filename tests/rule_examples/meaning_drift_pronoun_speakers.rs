//! meaning-drift examples of a claim whose speaker the source names by a
//! pronoun ("She said", "…, it said"): stated as fact it is flagged; kept by
//! another form of the pronoun, a verb of noting, a self-report or a
//! pronoun for a name the copy keeps, it passes.

use super::*;

#[test]
fn a_claim_of_a_pronoun_speaker_stated_as_fact_is_meaning_drift() {
    let flagged = [
        (
            "She said the old depot had failed two fire inspections.",
            "The old depot failed two fire inspections.",
            "failed",
        ),
        (
            "The new lanes saved most of the lost time, it said.",
            "The new lanes saved most of the lost time.",
            "saved",
        ),
    ];
    assert_cases("meaning-drift", &flagged);
}

#[test]
fn a_pronoun_speaker_kept_in_other_words_passes() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "She said the old depot had failed two fire inspections.",
                "In her view, the old depot failed two fire inspections.",
            ),
            (
                "He put the loss at 90,000 pounds, though he said many models were worth far more.",
                "He put the loss at 90,000 pounds, while noting that many models were worth far more.",
            ),
            (
                "She said she had written to the minister.",
                "She has written to the minister.",
            ),
            (
                "The judge reduced the fine by a third. She said the starting point had been higher.",
                "The judge cut the fine by a third from a higher starting point.",
            ),
        ],
    );
}

#[test]
fn a_noun_of_claiming_keeps_no_attribution() {
    let flagged = [
        (
            "Campaigners said the leak undermined the firm's claims of progress.",
            "The leak undermined the firm's claims of progress.",
            "undermined",
        ),
        (
            "Insurers said claims from the street had risen.",
            "Claims from the street have risen.",
            "have risen",
        ),
    ];
    assert_cases("meaning-drift", &flagged);
    assert_clean(
        "meaning-drift",
        &[
            (
                "The judge did not find that the agent had lied, and she dismissed the tenants' claim for costs.",
                "The judge did not find that the agent had lied, and she rejected the tenants' claim for costs.",
            ),
            (
                "Insurers said claims from the street had risen.",
                "Insurers' claims that payouts from the street have risen were noted.",
            ),
        ],
    );
}
