//! Opposites either side of a "not … until": "did not reopen until Friday"
//! → "stayed shut until Friday" says when the state ended, the same way;
//! "was restored until Friday" for "was not restored until Friday" says the
//! opposite.

use super::cancelled::flip_units;
use super::restated::ending;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::negation::{denied_until, is_negator, until_denials};
use crate::text::Document;
use crate::text::words::{is_stopword, shares_root};

/// Words after "not" within which its "until" is looked for.
const UNTIL_REACH: usize = 6;

/// Whether flip `flip` restates, its word denied by a "not … until" on one
/// side only ("did not reopen until Friday" → "stayed shut until Friday"; not
/// "did not reopen until Friday" → "did not shut until Friday").
pub(super) fn restated_until(doc: &Document, pair: &AlignedPair, flip: &Diagnostic) -> bool {
    let Some((i, j)) = flip_units(doc, pair, flip) else {
        return false;
    };
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let (tw, ow) = (theirs.words(), ours.words());
    let until = |w: &[&str]| w.contains(&"until");
    until(&tw) && until(&ow) && denied_until(&tw, j) != denied_until(&ow, i)
}

/// A "not … until" dropped with its verb and its "until" kept ("was not
/// fully restored until late on 4 October" → "was fully restored until late
/// on 4 October"): the state now said to last up to the time it began.
/// A "before" in place of the "until" says so too ("will not decide until"
/// → "will decide before"). Flagged on the suspect's verb; a "not … until"
/// kept on the suspect side,
/// or a word the source denied missing before "until" ("could not return
/// to service until" → "will stay out of service until"), is left alone.
pub(super) fn dropped_until(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let (tw, ow) = (theirs.words(), ours.words());
    // "will not decide until the count is in" → "will decide before the
    // count is in": the time that ended the wait told as a deadline.
    let bound = |w: &&str| matches!(*w, "until" | "before");
    if !tw.contains(&"until") || !ow.iter().any(bound) || until_denials(&tw) == 0 {
        return;
    }
    if until_denials(&ow) > 0 || (0..ow.len()).any(|k| is_negator(&ow, k, false)) {
        return;
    }
    // "not to cancel orders until" → "to withdraw orders until": one act of
    // ending restates another.
    let same_act =
        |w: &str, d: &str| shares_root(w, d) || (ending(w).is_some() && ending(d).is_some());
    for k in (0..tw.len()).filter(|&k| matches!(tw[k], "not" | "never")) {
        let Some(u) = (k + 1..tw.len().min(k + 1 + UNTIL_REACH)).find(|&u| tw[u] == "until") else {
            continue;
        };
        let denied: Vec<&str> = tw[k + 1..u]
            .iter()
            .copied()
            .filter(|w| !is_stopword(w))
            .collect();
        let Some(&verb) = denied.last() else {
            continue;
        };
        // The suspect's "until" with the same time after it, every word the
        // source denied among the few before it.
        let kept = (0..ow.len()).find_map(|x| {
            if !bound(&ow[x]) || ow.get(x + 1) != tw.get(u + 1) {
                return None;
            }
            let before = x.saturating_sub(UNTIL_REACH)..x;
            if !denied
                .iter()
                .all(|d| ow[before.clone()].iter().any(|w| same_act(w, d)))
            {
                return None;
            }
            before.rev().find(|&v| same_act(ow[v], verb))
        });
        if let Some(v) = kept {
            let t = ours.token[v];
            let (start, end) = doc.token_span(t..t + 1);
            out.push(
                Diagnostic::new(
                    start,
                    end,
                    "negation removed: the source says \"not … until\"".to_string(),
                )
                .evidence(src.span_text(pair.source_tokens(src))),
            );
            return;
        }
    }
}
