//! A modal hedge dropped from the verb it governs while the sentence keeps
//! as many hedges on other words ("is banned from food because it may cause
//! cancer" → "may not be used in food because it causes cancer"): counted
//! per sentence the hedges balance, but the verb the aligner pairs with the
//! hedged one is stated plainly.

use super::keepers::keepers;
use super::words::hedges;
use crate::align::{AlignedPair, EditKind};
use crate::finding::Diagnostic;
use crate::lexicon::wordnet::{VERB, parts_of_speech};
use crate::text::Document;
use crate::text::words::{GROUP_LEADS, shares_root};

/// Modal hedges read per verb.
const MODALS: &[&str] = &["may", "might"];

/// The auxiliary of a plain denial ("do not apply"), which a denied modal
/// ("may not apply") may become.
const DO: &[&str] = &["do", "does", "did"];

/// Words before a modal within which a purpose or an open question governs
/// it ("so that it may rest", "whether it might move").
const PURPOSE_REACH: usize = 4;

/// Edits of `pair` whose source side ends with a modal hedge and the verb
/// it governs ("may cause") and whose suspect side ends with that verb
/// alone ("causes"), or whose source side ends with the modal and suspect
/// side with a plain denial's "do" before the same "not" and verb ("results
/// may" → "findings do", then "not apply"): the verb lost its hedge. The
/// suspect side holds no modal, hedge or word that keeps one.
pub(super) fn hedge_left_verb(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let theirs = &pair.source_units;
    if !theirs.text.iter().any(|w| MODALS.contains(&w.as_str())) {
        return;
    }
    for e in pair.edits.iter().filter(|e| e.kind == EditKind::Replace) {
        let (te, oe) = (
            pair.source_units.slice(e.source.clone()),
            pair.suspect_units.slice(e.suspect.clone()),
        );
        let Some(m) = te.text.iter().position(|w| MODALS.contains(&w.as_str())) else {
            continue;
        };
        let Some(last) = oe.text.last() else {
            continue;
        };
        let quoted = src.quotes.encloses(e.source.start) && doc.quotes.encloses(e.suspect.start);
        let at = theirs.token.iter().position(|&t| t == te.token[m]);
        let purpose = at.is_some_and(|k| {
            theirs.text[k.saturating_sub(PURPOSE_REACH)..k]
                .iter()
                .any(|w| matches!(w.as_str(), "whether" | "if" | "so" | "order"))
        });
        let plain = hedges(&oe.text) + keepers(&oe.text) == 0
            && !oe
                .text
                .iter()
                .any(|w| GROUP_LEADS.contains(&w.as_str()) && !DO.contains(&w.as_str()));
        if src.is_capitalized(te.token[m]) || quoted || purpose || !plain {
            continue;
        }
        let t = *oe.token.last().unwrap_or(&e.suspect.start);
        let lost = match &te.text[m + 1..] {
            // "results may not apply" → "findings do not apply".
            [] => {
                DO.contains(&last.as_str())
                    && doc.tokens.get(t + 1).is_some_and(|n| n.norm == "not")
                    && src.tokens.get(e.source.end).is_some_and(|n| n.norm == "not")
                    // "may not apply" → "do not necessarily apply" keeps it.
                    && doc.tokens.get(t + 2).map(|n| &n.norm)
                        == src.tokens.get(e.source.end + 1).map(|n| &n.norm)
            }
            // "it may cause cancer" → "it causes cancer".
            [verb] => {
                shares_root(verb, last)
                    && !DO.contains(&last.as_str())
                    && parts_of_speech(verb) & VERB != 0
            }
            _ => false,
        };
        if !lost {
            continue;
        }
        let (start, end) = doc.token_span(t..t + 1);
        out.push(
            Diagnostic::new(
                start,
                end,
                format!(
                    "a hedge was dropped: the source says \"{}\"",
                    src.span_text(te.token[m]..e.source.end)
                ),
            )
            .evidence(src.span_text(pair.source_tokens(src))),
        );
    }
}
