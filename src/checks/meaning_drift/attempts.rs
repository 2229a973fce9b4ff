//! An attempt told as done: "had tried to conceal the sales" → "hid the
//! sales", "sought to reduce costs" → "had reduced costs".

use super::flag_unit;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::negation::is_negator_word;
use crate::lexicon::wordnet::synonym_rank;
use crate::text::Document;
use crate::text::words::is_stopword;

/// Verbs of attempt that "to" and the act attempted follow ("tried to conceal").
const ATTEMPTS: &[&str] = &[
    "try",
    "tries",
    "tried",
    "trying",
    "attempt",
    "attempts",
    "attempted",
    "attempting",
    "seek",
    "seeks",
    "sought",
    "seeking",
];

/// Words by which a copy still tells an attempt, an aim or a wish ("in a bid
/// to", "looked to lessen", "had wanted the limit raised", "hunting for").
const STILL_AIMED: &[&str] = &[
    "effort",
    "efforts",
    "bid",
    "bidding",
    "aim",
    "aims",
    "aimed",
    "aiming",
    "want",
    "wants",
    "wanted",
    "look",
    "looks",
    "looked",
    "looking",
    "pursue",
    "pursued",
    "pursuing",
    "hunt",
    "hunting",
    "working",
    "strove",
    "striving",
    "endeavour",
    "endeavoured",
    "endeavor",
    "endeavored",
    "hope",
    "hoped",
    "hoping",
    "intended",
    "planned",
];

/// Senses within which a copy's verb tells the act attempted ("conceal", "hid").
const ACT_SENSES: u8 = 2;

/// An act the source only says was attempted ("Arkwright had tried to
/// conceal the sales") that the suspect tells as done ("Arkwright hid the
/// sales"), with no word of attempt or aim left; an attempt denied ("had
/// not tried to") is polarity-drift's.
pub fn attempt_done(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let Some(a) =
        (0..tw.len().saturating_sub(2)).find(|&i| ATTEMPTS.contains(&tw[i]) && tw[i + 1] == "to")
    else {
        return;
    };
    if ow
        .iter()
        .any(|w| ATTEMPTS.contains(w) || STILL_AIMED.contains(w))
        || tw[a.saturating_sub(2)..a]
            .iter()
            .any(|w| is_negator_word(w))
    {
        return;
    }
    let act = tw[a + 2];
    let tells = |k: usize| {
        let w = ow[k];
        // "would try to pay" → "redundancy pay, … would pay": not a
        // phrase of the source's own the copy keeps.
        (k == 0 || ow[k - 1] != "to" && !kept_phrase(tw, ow[k - 1], w))
            && !is_stopword(w)
            && synonym_rank(w, act).is_some_and(|(x, y)| x.max(y) <= ACT_SENSES)
    };
    let Some(k) = (0..ow.len()).find(|&k| tells(k)) else {
        return;
    };
    let attempt = format!("{} to {act}", tw[a]);
    flag_unit(
        doc,
        src,
        pair,
        k,
        |now| format!("\"{attempt}\" became \"{now}\": an attempt is told as done"),
        out,
    );
}

/// Whether the source `tw` has `before` and `word` side by side: a phrase
/// of its own the copy keeps ("statutory redundancy pay"), not the act
/// attempted ("would try to pay" → "would pay").
fn kept_phrase(tw: &[&str], before: &str, word: &str) -> bool {
    tw.windows(2).any(|x| x[0] == before && x[1] == word)
}
