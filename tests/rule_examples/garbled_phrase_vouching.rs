//! garbled-phrase: which garbled words vouch for a weak finding nearby.

use super::*;

/// A much rarer word is as often a careful writer's one vivid choice: it
/// vouches for no compound's replaced modifier ("prison term" → "jail
/// term") and no broken collocation ("be eligible" → "be worthy"), be it
/// broken by a synonym ("founded in" → "instituted in") or by a word never
/// seen after the word before it ("final set" → "deciding set"), while a
/// look-alike beside any of them still does.
#[test]
fn a_much_rarer_word_vouches_for_no_broken_phrase_or_modifier() {
    let cases: [(&str, &str, &[&str]); 8] = [
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
        (
            "The mill was founded in 1820 after thieves stole the old fund.",
            "The mill was instituted in 1820 after thieves pilfered the old fund.",
            &["pilfered"],
        ),
        (
            "The mill was founded in 1820, and the fund opens next year.",
            "The mill was instituted in 1820, and the fount opens next year.",
            &["instituted", "fount"],
        ),
        (
            "She won the final set after thieves stole the old fund.",
            "She won the deciding set after thieves pilfered the old fund.",
            &["pilfered"],
        ),
        (
            "She won the final set, and the fund opens next year.",
            "She won the deciding set, and the fount opens next year.",
            &["deciding", "fount"],
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

/// A shared rare sense ("produces about" → "makes around") vouches for a
/// word never seen after the one before it ("final set" → "deciding set")
/// in its own paragraph only: one paragraph away, each is as often a careful
/// rewording of its own.
#[test]
fn a_rare_sense_vouches_for_an_unseen_word_in_its_own_paragraph_only() {
    let source = "She won the final set on Sunday.{}The mill, which produces about 40,000 tonnes of flour a year, backed her.";
    let suspect = "She won the deciding set on Sunday.{}The mill, which makes around 40,000 tonnes of flour a year, backed her.";
    for (gap, flagged) in [(" ", &["deciding"][..]), ("\n\n", &[][..])] {
        let (source, suspect) = (source.replace("{}", gap), suspect.replace("{}", gap));
        assert_eq!(
            findings_of("garbled-phrase", &suspect, &source),
            flagged,
            "{suspect}"
        );
    }
}
