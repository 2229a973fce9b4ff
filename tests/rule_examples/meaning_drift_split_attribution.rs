//! meaning-drift examples of an attribution kept in a sentence split off
//! the same source sentence that matches no source sentence itself: the
//! claim stays the speaker's; a split-off sentence with no verb of saying
//! keeps nothing.

use super::*;

/// A source sentence whose claim the copy splits into three sentences.
const SOURCE: &str = "Kelbrook Mills to close Ashby plant\n\n\
    Kelbrook Mills said on Monday it will close its Ashby plant by the end of July.\n\n\
    The firm said the plant lost $2.2 million in the year to March, up from $1.4 million \
    a year earlier, as orders from its northern customers fell 12 percent.\n";

#[test]
fn an_attribution_kept_in_an_unmatched_split_off_sentence_is_kept() {
    let split = |first: &str| {
        format!(
            "Kelbrook Mills is closing its Ashby plant\n\n\
             Kelbrook Mills says it'll close its Ashby plant by the end of July.\n\n\
             {first} That's up from one point four million the year before. \
             Orders from its northern customers fell by twelve percent.\n"
        )
    };
    let kept = split("The company says the plant lost two point two million dollars last year.");
    assert!(findings_of("meaning-drift", &kept, SOURCE).is_empty());
    // With no verb of saying, the split-off sentences state the claim as fact.
    let dropped = split("The plant lost two point two million dollars last year.");
    assert_eq!(
        findings_of("meaning-drift", &dropped, SOURCE),
        ["That's up"]
    );
}
