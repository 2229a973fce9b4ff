//! garbled-phrase: which garbled words vouch for a weak finding nearby.

use super::*;

/// A much rarer word is as often a careful writer's one vivid choice: it
/// vouches for no compound's replaced modifier ("prison term" → "jail
/// term") and no broken collocation ("be eligible" → "be worthy"), while a
/// look-alike beside either still does.
#[test]
fn a_much_rarer_word_vouches_for_no_broken_phrase_or_modifier() {
    let cases: [(&str, &str, &[&str]); 4] = [
        (
            "The treasurer was handed a prison term after she stole cash from the club, the court heard.",
            "The treasurer was handed a jail term after she pilfered cash from the club, the court heard.",
            &["pilfered"],
        ),
        (
            "The treasurer was handed a prison term after she took cash from the fund, the court heard.",
            "The treasurer was handed a jail term after she took cash from the fount, the court heard.",
            &["jail", "fount"],
        ),
        (
            "About 90,000 people are expected to be eligible for the grant after thieves stole the old fund.",
            "About 90,000 people are expected to be worthy for the grant after thieves pilfered the old fund.",
            &["pilfered"],
        ),
        (
            "About 90,000 people are expected to be eligible for the grant, and the fund opens next year.",
            "About 90,000 people are expected to be worthy for the grant, and the fount opens next year.",
            &["worthy", "fount"],
        ),
    ];
    for (source, suspect, flagged) in cases {
        assert_eq!(
            findings_of("garbled-phrase", suspect, source),
            flagged,
            "{suspect}"
        );
    }
}
