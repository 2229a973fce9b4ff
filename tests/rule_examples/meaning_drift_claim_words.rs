//! meaning-drift examples of where a claim stated without its attribution is
//! flagged: on the claim's own verb, not on a participle after it ("the error
//! came from a template supplied to" → "The error originated in a template
//! supplied to" flags "originated"), and on the words after an attribution
//! between commas when the claim has no verb of its own.

use super::*;

#[test]
fn a_participle_after_the_claims_verb_is_not_flagged() {
    let flagged = [(
        "The manager said the fault came from a part supplied to the plant by a contractor.",
        "The fault originated in a part supplied to the plant by a contractor.",
        "originated",
    )];
    assert_cases("meaning-drift", &flagged);
}

#[test]
fn a_verbless_claim_after_a_speaker_is_flagged_on_its_words() {
    let flagged = [(
        "Tickets will cost £12, more than last year but, the organisers say, cheaper than any rival festival.",
        "Tickets will cost £12, more than last year but cheaper than any rival festival.",
        "cheaper",
    )];
    assert_cases("meaning-drift", &flagged);
}
