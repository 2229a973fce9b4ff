//! meaning-drift examples of a claim a pronoun attributes ("She said the
//! samples showed", "…, it said") stated as fact, and of the same claim kept
//! in someone's voice.

use super::*;

#[test]
fn a_claim_a_pronoun_attributes_stated_as_fact_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Harbour news\n\nThe Harbour Trust owns the quay and the six kiosks. These payments covered some but not all of the lost income, it said.\n",
                "Harbour news\n\nThe Harbour Trust owns the quay and the six kiosks. These payments covered some but not all of the lost income.\n",
                "covered",
            ),
            (
                "Chapel news\n\nThe ecologist Jane Moss has surveyed the chapel roof twice. Applications typically take between 30 and 45 working days to decide, she said.\n",
                "Chapel news\n\nThe ecologist Jane Moss has surveyed the chapel roof twice. Applications typically take between 30 and 45 working days to decide.\n",
                "take",
            ),
        ],
    );
}

#[test]
fn a_claim_a_pronoun_attributes_kept_in_a_voice_passes() {
    assert_clean(
        "meaning-drift",
        &[
            // The sentence before reports it: news copy lets it carry over.
            (
                "Harbour news\n\nThe Harbour Trust said rents would rise next year. These payments covered some but not all of the lost income, it said.\n",
                "Harbour news\n\nThe Harbour Trust said rents would rise next year. These payments covered some but not all of the lost income.\n",
            ),
            // "In its view" is the owner's say.
            (
                "Allotment news\n\nThe federation represents about 1,100 tenants on 14 sites. It says the rise breaches the terms of tenancy agreements.\n",
                "Allotment news\n\nThe federation represents about 1,100 tenants on 14 sites. In its view, the rise breaches the terms of tenancy agreements.\n",
            ),
            // A pronoun after a relative word is no clause's opening speaker.
            (
                "River news\n\nThe judge granted the injunction on Friday. The company must truck its wastewater away, which it told the court would cost around £35,000 a week.\n",
                "River news\n\nThe judge granted the injunction on Friday. The company must truck its wastewater away at a cost of around £35,000 a week.\n",
            ),
        ],
    );
}
