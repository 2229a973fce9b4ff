//! Negations carried inside the words of a changed edit: "could lose power"
//! → "might be without power", "would not revise the forecast" → "would
//! keep the forecast".

use super::implied::implied;
use super::negation::Changed;
use crate::align::AlignedPair;
use crate::align::units::Units;
use crate::lexicon::negation::kept_as_denied_change;
use crate::text::Document;

/// For each changed edit, whether it carries its missing negations inside
/// its words.
///
/// As many negations on each side balance, unless a flip answers one of
/// them in its own clause ("was too short" → "was not long enough") and so
/// leaves the other standing ("who was not involved" → "who was involved").
/// So does a negation carried inside a word of its own edit ("could lose
/// power" → "might be without power"), which leaves the other standing
/// ("did not expect outages" → "expected outages").
pub(super) fn carried(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    changed: &[Changed],
) -> Vec<bool> {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    changed
        .iter()
        .map(|(e, added, na)| {
            // A keeping word in another sentence of the pair ("Fares frozen"
            // headline aligned with "fares will not rise") says nothing of
            // the denial in this one.
            let (ts_own, os_own) = (
                own_sentence(src, theirs, pair.source_tokens(src), e.source.start),
                own_sentence(doc, ours, pair.suspect_tokens(doc), e.suspect.start),
            );
            let (tw, ow) = (ts_own.words(), os_own.words());
            let (ts, os) = (
                theirs.slice(e.source.clone()),
                ours.slice(e.suspect.clone()),
            );
            // "would not revise the forecast" → "would keep the forecast";
            // "no posts would be cut" → "every post would be kept", where
            // the kept word and the change fall in later edits.
            let end = pair.source_tokens(src).end.min(e.source.end + KEPT_REACH);
            let rest = theirs.slice(e.source.start..end);
            // "fares will be frozen" → "fares will not rise": the source
            // keeps what the suspect denies changing.
            let end = pair.suspect_tokens(doc).end.min(e.suspect.end + KEPT_REACH);
            let ours_rest = ours.slice(e.suspect.start..end);
            let kept = || {
                (added.len() + 1 == *na
                    && (kept_as_denied_change(&os.words(), &ts.words(), &tw)
                        || kept_as_denied_change(&ours.words(), &rest.words(), &tw)))
                    || (*na + 1 == added.len()
                        && (kept_as_denied_change(&ts.words(), &os.words(), &ow)
                            || kept_as_denied_change(&theirs.words(), &ours_rest.words(), &ow)))
            };
            implied(&ts, &os, *na, added.len()) || kept()
        })
        .collect()
}

/// Tokens after an edit's dropped negation searched for the change a kept
/// word elsewhere in the sentence restates.
const KEPT_REACH: usize = 8;

/// The units of the sentence holding token `t`, within the pair's tokens
/// `range` (whose units are `units`).
fn own_sentence(doc: &Document, units: &Units, range: std::ops::Range<usize>, t: usize) -> Units {
    let sentence = doc
        .sentence_of(t)
        .map_or(range.clone(), |i| doc.sentences[i].tokens.clone());
    let start = sentence.start.max(range.start);
    units.slice(start..sentence.end.min(range.end).max(start))
}
