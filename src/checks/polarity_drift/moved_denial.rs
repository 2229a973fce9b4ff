//! A denial moved to another word both sentences name: "were postponed, not
//! cancelled" → "were cancelled, not postponed"; "accepts that the repairs
//! took too long but not that he ignored the council" → "accepted that he
//! ignored the council, though not that the repairs took too long". The
//! negations balance, but each side denies a word the other affirms; or a
//! denial dropped while another clause gained one ("did not produce
//! receipts or witnesses" → "produced receipts but no witnesses").
//! Also which changed edits' negations merely moved ("no one was hurt" →
//! "there were no injuries"), which the count then leaves alone.

use super::clause::same_clause;
use super::evidence::TELLING;
use super::negation::Changed;
use super::negators::{DENIED_REACH, content_after};
use crate::align::{AlignedPair, EditKind};
use crate::finding::Diagnostic;
use crate::lexicon::wordnet::share_lemma;
use crate::text::Document;
use crate::text::words::{same_stem, stem};
use std::ops::Range;

/// Words after a negator taken as under its denial when looking for the
/// same word affirmed.
const COVER_REACH: usize = 8;

/// Tokens from an affirmed word to the negator after it within which the
/// two make one construction ("cancelled, not postponed"), as they do in one
/// clause ("passed the costs on rather than absorbing them"): one finding.
const CONTRAST_REACH: usize = 3;

/// The word each negator denies, with the negator's token.
fn denied<'a>(
    doc: &'a Document,
    negators: &[usize],
    sentence: &Range<usize>,
) -> Vec<(usize, &'a str)> {
    negators
        .iter()
        .filter_map(|&t| {
            content_after(doc, t + 1..sentence.end, DENIED_REACH)
                .filter(|w| w.chars().all(char::is_alphabetic))
                .map(|w| (t, w))
        })
        .collect()
}

/// Whether two words are forms of one word: the same stem, or a base form
/// in common ("kept", "keep").
pub(super) fn same_word(a: &str, b: &str) -> bool {
    same_stem(a, b) || share_lemma(a, b)
}

/// Whether a form of `word` stands within reach after one of `negators`
/// in `sentence`: denied there.
fn covered_by(doc: &Document, negators: &[usize], sentence: &Range<usize>, word: &str) -> bool {
    negators.iter().any(|&t| {
        doc.words(t + 1..sentence.end)
            .take(COVER_REACH)
            .any(|(_, x)| same_word(&x.norm, word))
    })
}

/// Whether token `k` of `sentence` stands within reach after one of
/// `negators`: denied there.
fn denies(doc: &Document, negators: &[usize], sentence: &Range<usize>, k: usize) -> bool {
    negators.iter().any(|&t| {
        t < k
            && doc
                .words(t + 1..sentence.end)
                .take(COVER_REACH)
                .any(|(j, _)| j == k)
    })
}

/// The last word of the sentence of the same word as `word` outside every negator's
/// reach: stated, not denied.
fn affirmed(
    doc: &Document,
    negators: &[usize],
    sentence: &Range<usize>,
    word: &str,
) -> Option<usize> {
    doc.words(sentence.clone())
        .filter(|(k, t)| same_word(&t.norm, word) && !denies(doc, negators, sentence, *k))
        .last()
        .map(|(k, _)| k)
}

/// The two sides of a pair for the moved-denial tests: each document with
/// its sentence range, its negators and the word each negator denies.
struct Side<'a> {
    doc: &'a Document,
    span: Range<usize>,
    negators: &'a [usize],
    denied: Vec<(usize, &'a str)>,
}

impl<'a> Side<'a> {
    fn new(doc: &'a Document, span: Range<usize>, negators: &'a [usize]) -> Self {
        let denied = denied(doc, negators, &span);
        Side {
            doc,
            span,
            negators,
            denied,
        }
    }
}

/// Findings for a denial moved within a pair: swapped onto another word
/// both sides name (see [`swapped_denials`]) or lifted off a verb of
/// telling onto what it reported (see [`lifted_off_telling`]). The denied
/// words of each side are found once for both tests.
pub(super) fn moved_denials(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    src_negators: &[usize],
    sus_negators: &[usize],
) -> Vec<Diagnostic> {
    let source = Side::new(src, pair.source_tokens(src), src_negators);
    let suspect = Side::new(doc, pair.suspect_tokens(doc), sus_negators);
    let mut out = swapped_denials(&source, &suspect, pair);
    out.extend(lifted_off_telling(&source, &suspect));
    out
}

/// Findings for a denial swapped: each suspect negator denying a word the
/// source affirms, and the suspect word the source denied, now affirmed
/// (one finding when it stands right before the negator). Nothing unless
/// both happened.
fn swapped_denials(source: &Side, suspect: &Side, pair: &AlignedPair) -> Vec<Diagnostic> {
    let (src, theirs, src_negators, was) =
        (source.doc, &source.span, source.negators, &source.denied);
    let (doc, ours, sus_negators, now) = (
        suspect.doc,
        &suspect.span,
        suspect.negators,
        &suspect.denied,
    );
    // "no flights had been cancelled" → "there were no cancellations": a
    // word the other side's denial covers further on (its verb) is denied
    // there too.
    // "with nowhere to park" beside "the car park" kept word for word: the
    // affirmed word is the other side's own, unmoved.
    let unmoved = |k: usize, on_suspect: bool| {
        pair.edits.iter().any(|e| {
            // The word's place on the other side, read against that side's denials.
            let (mine, other, (side, negators, span)) = if on_suspect {
                (&e.suspect, &e.source, (src, src_negators, theirs))
            } else {
                (&e.source, &e.suspect, (doc, sus_negators, ours))
            };
            e.kind == EditKind::Equal
                && mine.contains(&k)
                && !denies(side, negators, span, other.start + k - mine.start)
        })
    };
    let lost: Vec<usize> = was
        .iter()
        .filter(|(_, d)| !now.iter().any(|(_, e)| same_word(e, d)))
        .filter(|(_, d)| !covered_by(doc, sus_negators, ours, d))
        .filter_map(|(_, d)| affirmed(doc, sus_negators, ours, d))
        .filter(|&k| !unmoved(k, true))
        .collect();
    let gained: Vec<usize> = now
        .iter()
        .filter(|(_, e)| !was.iter().any(|(_, d)| same_word(d, e)))
        .filter(|(_, e)| !covered_by(src, src_negators, theirs, e))
        .filter(|(_, e)| affirmed(src, src_negators, theirs, e).is_some_and(|j| !unmoved(j, false)))
        .map(|(t, _)| *t)
        .collect();
    if gained.is_empty() {
        return dropped_alone(source, suspect, pair, &lost);
    }
    if lost.is_empty() {
        return Vec::new();
    }
    let pairs = |k: usize, t: usize| {
        k < t && (t - k <= CONTRAST_REACH || same_clause(doc, k..k + 1, t..t + 1))
    };
    let joined = |k: usize| gained.iter().any(|&t| pairs(k, t));
    let spans = lost
        .iter()
        .filter(|&&k| !joined(k))
        .map(|&k| (k..k + 1, "negation moved: the source denies this word"))
        .chain(gained.iter().map(|&t| {
            let start = lost.iter().copied().find(|&k| pairs(k, t));
            (
                start.unwrap_or(t)..t + 1,
                "negation moved: the source affirms what this denies",
            )
        }));
    let evidence = src.span_text(theirs.clone());
    spans
        .map(|(span, message)| {
            let (start, end) = doc.token_span(span);
            Diagnostic::new(start, end, message).evidence(evidence)
        })
        .collect()
}

/// Findings for a denial dropped while the count balances: the copy's
/// extra negator stands in another clause, so it answers something else
/// ("is too slow …, could not guarantee" → "cannot keep up …, could
/// guarantee"). The affirmed word must stand at the edit that dropped a
/// source negator, and not in the clause of a copy's negator, which may be
/// the denial reworded. (A denial added alone is left: the source's extra
/// negator, "without" or "missed", is too often said another way.)
fn dropped_alone(
    source: &Side,
    suspect: &Side,
    pair: &AlignedPair,
    lost: &[usize],
) -> Vec<Diagnostic> {
    let doc = suspect.doc;
    let apart = |k: usize| {
        !suspect
            .negators
            .iter()
            .any(|&t| same_clause(doc, t..t + 1, k..k + 1))
    };
    let at_edit = |k: usize| {
        pair.edits.iter().any(|e| {
            e.kind != EditKind::Equal
                && e.suspect.start <= k
                && k <= e.suspect.end
                && source.negators.iter().any(|t| e.source.contains(t))
        })
    };
    let evidence = source.doc.span_text(source.span.clone());
    lost.iter()
        .filter(|&&k| apart(k) && at_edit(k))
        .map(|&k| {
            let (start, end) = doc.token_span(k..k + 1);
            Diagnostic::new(start, end, "negation removed: the source denies this word")
                .evidence(evidence)
        })
        .collect()
}

/// For each changed edit, whether its negation moved rather than changed.
///
/// "No one has been hurt" → "There have been no injuries": a negation
/// dropped in one edit and added in another of the same clause moved;
/// so did one that denies the same word on both sides ("have barely
/// changed, and stand at" → "stand at …, with waits little changed").
/// A "not" dropped right before a kept word that denies on its own now
/// ("had not yet reached" → "had yet to agree") moved into it.
pub(super) fn moved(
    doc: &Document,
    src: &Document,
    changed: &[Changed],
    (src_negators, sus_negators): (&[usize], &[usize]),
) -> Vec<bool> {
    let denial = |(e, added, _): &Changed| {
        let dropped = src_negators.iter().find(|t| e.source.contains(t));
        let denied = match (added.first(), dropped) {
            (Some(&t), _) => content_after(doc, t + 1..doc.tokens.len(), DENIED_REACH),
            (None, Some(&t)) => content_after(src, t + 1..src.tokens.len(), DENIED_REACH),
            (None, None) => None,
        };
        denied.map(stem)
    };
    let denials: Vec<_> = changed.iter().map(denial).collect();
    let moved = |i: usize| {
        let (e, added, na) = &changed[i];
        let sign = added.len() > *na;
        changed.iter().enumerate().any(|(j, (f, other, nf))| {
            j != i
                && (other.len() > *nf) != sign
                && other.len().abs_diff(*nf) == added.len().abs_diff(*na)
                && (same_clause(doc, e.suspect.clone(), f.suspect.clone())
                    || (denials[i].is_some() && denials[i] == denials[j]))
        })
    };
    // Suspect negators in no changed edit: kept words that deny here only.
    let kept_denial = |(e, added, na): &Changed| {
        added.is_empty()
            && *na == 1
            && sus_negators.iter().any(|&t| {
                t == e.suspect.end && !changed.iter().any(|(f, ..)| f.suspect.contains(&t))
            })
    };
    (0..changed.len())
        .map(|i| moved(i) || kept_denial(&changed[i]))
        .collect()
}

/// Verbs of telling whose denial says nothing of what was not told, so a
/// denial moved off one onto the verb it reported flips the claim ("did not
/// say whether it would sell" → "said it would not sell"); unlike verbs of
/// belief ("did not expect it to rise" → "expected it not to rise"): those
/// of evidence.rs ([`TELLING`]) and these.
const MORE_TELLING: &[&str] = &["confirm", "state", "comment"];

/// The verbs of telling whose denial moved onto the report flips it:
/// [`TELLING`] and [`MORE_TELLING`].
fn telling_verbs() -> impl Iterator<Item = &'static str> {
    TELLING.iter().chain(MORE_TELLING).copied()
}

/// Words after a denied verb of telling searched for the open question it
/// left untold ("did not comment on whether").
const QUESTION_REACH: usize = 3;

/// Whether an open question ("whether", "if") stands among the
/// [`QUESTION_REACH`] words after token `t`.
fn asks_after(doc: &Document, t: usize, end: usize) -> bool {
    doc.words(t + 1..end)
        .take(QUESTION_REACH)
        .any(|(_, w)| matches!(w.norm.as_str(), "whether" | "if"))
}

/// Findings for a denial moved off a verb of telling onto a word the source
/// reported under it: the suspect states the telling and denies the word.
fn lifted_off_telling(source: &Side, suspect: &Side) -> Vec<Diagnostic> {
    let (src, theirs) = (source.doc, &source.span);
    let (doc, ours, sus_negators) = (suspect.doc, &suspect.span, suspect.negators);
    let telling = |w: &str| telling_verbs().any(|v| same_word(v, w));
    // The copy tells, by the source's verb or another of telling ("did
    // not comment on whether" → "said").
    let tells = |d: &str| {
        let stated = |v: &str| {
            affirmed(doc, sus_negators, ours, v).is_some()
                && !covered_by(doc, sus_negators, ours, v)
        };
        stated(d) || telling_verbs().any(stated)
    };
    let told: Vec<(usize, &str)> = source
        .denied
        .iter()
        .copied()
        .filter(|(_, d)| telling(d))
        .filter(|(_, d)| tells(d))
        .collect();
    if told.is_empty() {
        return Vec::new();
    }
    // "did not say whether any staff had gone" → "said no staff had gone":
    // an open question left untold, so a denying determiner in the copy
    // is a claim of its own.
    let asked = told.iter().any(|&(t, d)| {
        src.words(t + 1..theirs.end)
            .find(|(_, x)| same_word(&x.norm, d))
            .is_some_and(|(k, _)| asks_after(src, k, theirs.end))
    });
    let evidence = src.span_text(theirs.clone());
    suspect
        .denied
        .iter()
        .copied()
        .filter(|(_, e)| !telling(e))
        // A verb denied in the reported clause; "did not announce any cuts"
        // → "announced no cuts" denies the same object.
        .filter(|&(t, _)| {
            let w = doc.tokens[t].norm.as_str();
            matches!(w, "not" | "never")
                || w.ends_with("n't")
                || (asked && matches!(w, "no" | "none" | "nobody" | "nothing"))
        })
        // The source reported the word under its denied telling.
        .filter(|(_, e)| {
            told.iter().any(|&(t, _)| {
                src.words(t + 1..theirs.end)
                    .take(COVER_REACH)
                    .any(|(_, x)| same_word(&x.norm, e))
            })
        })
        .map(|(t, e)| {
            let end = doc
                .words(t + 1..ours.end)
                .find(|(_, x)| x.norm == e)
                .map_or(t + 1, |(k, _)| k + 1);
            let (start, end) = doc.token_span(t..end);
            Diagnostic::new(
                start,
                end,
                "negation moved off a verb of telling: the source only did not say this",
            )
            .evidence(evidence)
        })
        .collect()
}
