//! Where a removed negation's finding goes: the word the negation denied, the
//! clause it stood in, or the predicate a removed quantifier denied.

use super::moved_clause::moved_clause;
use super::negation::Sides;
use super::negators::{DENIED_REACH, NEGATOR_TAILS, content_after};
use super::scope_word::through_scope_word;
use crate::align::{AlignedPair, Edit, EditKind};
use crate::checks::grammar::{AUXILIARIES, MODALS, verb_after};
use crate::finding::Diagnostic;
use crate::lexicon::dictionary::misspelling_of;
use crate::lexicon::wordnet::{are_antonyms, lemmas, synonym_rank};
use crate::text::Document;
use crate::text::tokens::TokenKind;
use crate::text::words::{is_stopword, shares_root, stem};
use std::ops::Range;

/// Edits longer than this many tokens, on either side, get a removed
/// negation's finding on the word it denied, not on the rewritten stretch.
pub(super) const LONG_EDIT: usize = 4;

/// A changed edit whose source side lost a negation, with the sentences
/// around it and the source's negators.
#[derive(Clone, Copy)]
struct Removal<'a> {
    doc: &'a Document,
    src: &'a Document,
    pair: &'a AlignedPair,
    edit: &'a Edit,
    negators: &'a [usize],
}

impl Removal<'_> {
    /// The first of the source's negators inside the edit.
    fn negator(&self) -> Option<usize> {
        self.negators
            .iter()
            .copied()
            .find(|t| self.edit.source.contains(t))
    }
}

/// In a long rewritten stretch, the suspect token standing for the word the
/// source's removed negation denied ("said it would not lower the prices" →
/// "raised …, said it would now lower them": "lower"), looked for in the
/// edit first, then in the sentence.
fn denied_word(r: Removal) -> Option<Range<usize>> {
    if !r.edit.suspect.is_empty() && r.edit.suspect.len().max(r.edit.source.len()) <= LONG_EDIT {
        return restated_apart(r);
    }
    let n = r.negator()?;
    let found = |word: &str| {
        let same = same_word(word);
        let find = |range: Range<usize>| {
            r.doc
                .words(range)
                .find(|(_, t)| same(&t.norm))
                .map(|(k, _)| k..k + 1)
        };
        find(r.edit.suspect.clone()).or_else(|| find(r.pair.suspect_tokens(r.doc)))
    };
    // "would not raise prices as aggressively" → "would raise prices more
    // aggressively": the comparison is what the negation denied.
    if let Some(span) = equal_compared(r.src, n + 1..r.pair.source_tokens(r.src).end)
        .and_then(&found)
        .map(|k| graded_by(r.doc, k))
    {
        return Some(span);
    }
    content_after(r.src, n + 1..r.edit.source.end, DENIED_REACH)
        .and_then(found)
        .or_else(|| restated_by_synonym(r))
}

/// A test for another form of `word`: the same stem or a shared lemma ("was
/// not yet proven" → "had proved the link").
fn same_word(word: &str) -> impl Fn(&str) -> bool {
    let root = stem(word);
    let bases = lemmas(word);
    move |w: &str| stem(w) == root || lemmas(w).iter().any(|l| bases.contains(l))
}

/// The denied words of the source's negators in the edit: the first word of
/// content after each, within the edit.
fn denied_in_edit<'a>(r: Removal<'a>) -> impl Iterator<Item = &'a str> {
    let Removal {
        src,
        edit,
        negators,
        ..
    } = r;
    negators
        .iter()
        .filter(|t| edit.source.contains(t))
        .filter_map(|&n| content_after(src, n + 1..edit.source.end, DENIED_REACH))
}

/// Suspect tokens of the sentence's rewritten edits other than `e`.
fn rewritten_elsewhere<'a>(pair: &'a AlignedPair, e: &'a Edit) -> impl Iterator<Item = usize> + 'a {
    pair.edits
        .iter()
        .filter(move |f| f.kind != EditKind::Equal && f.suspect != e.suspect)
        .flat_map(|f| f.suspect.clone())
}

/// A short edit that took the denied word with its negation and left only
/// function words in its place ("had found no breach of the limits" → "had
/// found that the limits had been breached": "no breach of" → "that"), and
/// another rewritten stretch of the sentence restating that word undenied:
/// the restating word.
fn restated_apart(r: Removal) -> Option<Range<usize>> {
    // Only function words took the negation's place; a word of content
    // there restates it ("not get" → "still be given").
    if !r
        .doc
        .words(r.edit.suspect.clone())
        .all(|(_, t)| is_stopword(&t.norm))
    {
        return None;
    }
    let same = same_word(denied_in_edit(r).next()?);
    rewritten_elsewhere(r.pair, r.edit)
        .find(|&k| r.doc.tokens[k].kind == TokenKind::Word && same(&r.doc.tokens[k].norm))
        .map(|k| k..k + 1)
}

/// In a long rewritten stretch with no other form of a denied word, a
/// WordNet synonym standing for it undenied in the rewritten words ("bookings
/// had not fallen" → "though bookings had dropped": "dropped").
fn restated_by_synonym(r: Removal) -> Option<Range<usize>> {
    let words: Vec<usize> = r
        .edit
        .suspect
        .clone()
        .chain(rewritten_elsewhere(r.pair, r.edit))
        .collect();
    denied_in_edit(r).find_map(|word| {
        words
            .iter()
            .find(|&&k| {
                let t = &r.doc.tokens[k];
                t.kind == TokenKind::Word
                    && !is_stopword(&t.norm)
                    && synonym_rank(word, &t.norm).is_some()
            })
            .map(|&k| k..k + 1)
    })
}

/// In a rewritten stretch, the suspect word that is the opposite of the
/// source's removed denying word ("$412 million, missing forecasts" →
/// "412 million dollars, beating forecasts": "beating").
fn opposite_of_negator(r: Removal) -> Option<Range<usize>> {
    let n = r.negator()?;
    let was = r.src.tokens[n].norm.as_str();
    r.doc
        .words(r.edit.suspect.clone())
        .find(|(_, t)| are_antonyms(was, &t.norm))
        .map(|(k, _)| k..k + 1)
}

/// Words after a negator searched for an equal comparison ("as … as").
const COMPARED_REACH: usize = 6;

/// The word of an equal comparison ("as aggressively as") among the first
/// words of `range`.
fn equal_compared(src: &Document, range: Range<usize>) -> Option<&str> {
    let words: Vec<&str> = src
        .words(range)
        .take(COMPARED_REACH + 2)
        .map(|(_, t)| t.norm.as_str())
        .collect();
    words
        .windows(3)
        .find(|w| w[0] == "as" && w[2] == "as" && !is_stopword(w[1]))
        .map(|w| w[1])
}

/// Span `k` widened to the "more" or "less" that grades it ("more aggressively").
fn graded_by(doc: &Document, k: Range<usize>) -> Range<usize> {
    let before = doc.norm_before(k.start, 1);
    if matches!(before, Some("more" | "less")) {
        k.start - 1..k.end
    } else {
        k
    }
}

/// Words after a kept "that" within which a denied clause's verb is looked for.
const CLAUSE_REACH: usize = 8;

/// Words of an attribution moved to the head of a sentence ("Chief
/// executive Ana Brell said in a statement") before its "that".
const ATTRIBUTION_REACH: usize = 12;

/// A removed denial of a verb taking a "that" clause, the verb itself gone
/// ("\"We do not accept that our model is unfair\", the chief said" → "The
/// chief said that the model was unfair"): the clause's verb, which now
/// stands as said, when what took the denial's place was moved from
/// elsewhere in the source's sentence.
fn denied_complement(r: Removal) -> Option<Range<usize>> {
    let n = r.negator()?;
    let sentence = r.pair.suspect_tokens(r.doc);
    let denied_that = r
        .src
        .words(n + 1..r.pair.source_tokens(r.src).end)
        .take(DENIED_REACH)
        .any(|(_, t)| t.norm == "that");
    // The stretch in the denial's place was moved from elsewhere in the
    // source's sentence (the attribution); no verb of its own answers it.
    let whole = r.pair.source_tokens(r.src);
    let moved = r.doc.words(r.edit.suspect.clone()).all(|(_, t)| {
        is_stopword(&t.norm)
            || r.src
                .words(whole.clone())
                .any(|(j, x)| !r.edit.source.contains(&j) && x.norm == t.norm)
    });
    // A denial cut from the head of the sentence leaves the attribution
    // moved to the front matched as kept words: the "that" comes after it.
    let at_head = r
        .doc
        .words(sentence.start..r.edit.suspect.start)
        .next()
        .is_none();
    let reach = match (r.edit.suspect.is_empty(), at_head) {
        (false, _) => 1,
        (true, true) => ATTRIBUTION_REACH,
        (true, false) => return None,
    };
    let mut after = r.doc.words(r.edit.suspect.end..sentence.end);
    if !denied_that || !moved || !after.by_ref().take(reach).any(|(_, t)| t.norm == "that") {
        return None;
    }
    let (k, _) = after.take(CLAUSE_REACH).find(|(_, t)| {
        let w = t.norm.as_str();
        w != "to" && (AUXILIARIES.contains(&w) || MODALS.contains(&w))
    })?;
    verb_after(r.doc, k..sentence.end)
}

/// Punctuation that splits a long edit into clauses.
const CLAUSE_MARKS: &[&str] = &[",", ";"];

/// In an edit that spans clauses on both sides, split alike by commas ("all
/// the charges, showed no reaction" → "every charge, broke down in tears"),
/// the suspect clause standing where the source's removed negation stood.
fn negated_clause(r: Removal) -> Option<Range<usize>> {
    let marks = |d: &Document, range: Range<usize>| -> Vec<usize> {
        range
            .filter(|&t| CLAUSE_MARKS.contains(&d.tokens[t].norm.as_str()))
            .collect()
    };
    let (theirs, ours) = (
        marks(r.src, r.edit.source.clone()),
        marks(r.doc, r.edit.suspect.clone()),
    );
    if theirs.is_empty() || theirs.len() != ours.len() {
        return None;
    }
    let n = r.negator()?;
    let i = theirs.partition_point(|&m| m < n);
    let start = if i == 0 {
        r.edit.suspect.start
    } else {
        ours[i - 1] + 1
    };
    let end = ours.get(i).copied().unwrap_or(r.edit.suspect.end);
    (start < end).then_some(start..end)
}

/// Tokens of kept subject within which a removed quantifier's predicate is
/// looked for.
const SUBJECT_REACH: usize = 4;

/// A removed quantifier of the subject ("said none of the runners was hurt"
/// → "said the runners were hurt") denied what the subject does: the
/// rewritten stretch right after the kept subject.
fn predicate_after(src: &Document, pair: &AlignedPair, e: &Edit) -> Option<Range<usize>> {
    // The quantifier opens a clause: first in the sentence, or after
    // punctuation or a verb of saying; "no longer" denies a verb instead.
    let opens = |k: usize| {
        let before = k.checked_sub(1).map(|p| &src.tokens[p]);
        let after = src.tokens.get(k + 1).map(|t| t.norm.as_str());
        before.is_none_or(|t| {
            t.kind != TokenKind::Word || matches!(t.norm.as_str(), "said" | "says" | "that")
        }) && !after.is_some_and(|w| NEGATOR_TAILS.contains(&w))
    };
    let quantifier = src
        .words(e.source.clone())
        .any(|(k, t)| matches!(t.norm.as_str(), "no" | "none") && opens(k));
    if !quantifier {
        return None;
    }
    pair.edits
        .iter()
        .find(|f| f.kind != EditKind::Equal && f.suspect.start > e.suspect.start)
        .map(|f| f.suspect.clone())
        .filter(|f| !f.is_empty() && f.start - e.suspect.start <= SUBJECT_REACH)
}

/// A removed negation whose edit left nothing new in its place, only
/// function words or misspellings of the source's words: the edit through
/// the predicate after it, which now stands undenied, when the denied word
/// went with the negation ("but no action had been taken" → "and had been
/// dealt with") or was misspelt ("no compulsory" → "compulsary"); not where
/// the denied word follows ("posed no immediate danger" → "posed an
/// immediate danger": "an").
fn through_predicate(r: Removal) -> Option<Range<usize>> {
    let theirs: Vec<&str> = r
        .src
        .words(r.edit.source.clone())
        .map(|(_, t)| t.norm.as_str())
        .collect();
    let misspelt = |w: &str| theirs.iter().any(|x| misspelling_of(w, x));
    let ours: Vec<&str> = r
        .doc
        .words(r.edit.suspect.clone())
        .map(|(_, t)| t.norm.as_str())
        .collect();
    if !ours.iter().all(|w| is_stopword(w) || misspelt(w)) {
        return None;
    }
    let n = r.negator()?;
    let sentence = r.pair.suspect_tokens(r.doc);
    let gone = content_after(r.src, n + 1..r.pair.source_tokens(r.src).end, DENIED_REACH)
        .is_none_or(|w| {
            !r.doc
                .words(sentence.clone())
                .any(|(_, t)| shares_root(&t.norm, w))
        });
    if !(gone || ours.iter().any(|w| misspelt(w))) {
        return None;
    }
    let predicate = verb_after(r.doc, r.edit.suspect.end..sentence.end)?;
    Some(r.edit.suspect.start..predicate.end)
}

/// The finding for an edit whose negation was added or removed, no flip
/// answering it: on the added negator, or on the word, clause or predicate
/// the removed one denied.
pub(super) fn changed_negation(
    sides: Sides,
    e: &Edit,
    added: &[usize],
    na: usize,
) -> Option<Diagnostic> {
    let Sides {
        doc,
        src,
        pair,
        src_negators,
        ..
    } = sides;
    let nb = added.len();
    let r = Removal {
        doc,
        src,
        pair,
        edit: e,
        negators: src_negators,
    };
    let span = if nb > na {
        Some(added[0]..added[0] + 1)
    } else if !e.suspect.is_empty() {
        Some(
            opposite_of_negator(r)
                .or_else(|| denied_word(r))
                .or_else(|| denied_complement(r))
                .or_else(|| negated_clause(r))
                .or_else(|| through_predicate(r))
                .unwrap_or(e.suspect.clone()),
        )
    } else {
        denied_word(r)
            .or_else(|| denied_complement(r))
            .or_else(|| predicate_after(src, pair, e))
            .or_else(|| moved_clause(doc, src, pair, e, r.negator()?))
            .or_else(|| verb_after(doc, e.suspect.start..pair.suspect_tokens(doc).end))
    };
    let span = span?;
    let span = if nb > na {
        span
    } else {
        through_scope_word(doc, src, pair, e, span)
    };
    let (start, end) = doc.token_span(span);
    let message = if nb > na {
        "negation added"
    } else {
        "negation removed"
    };
    let was = src.span_text(e.source.clone());
    let message = if was.is_empty() {
        format!("{message} where the source has no words")
    } else {
        format!("{message}: the source says \"{was}\"")
    };
    Some(Diagnostic::new(start, end, message).evidence(src.span_text(pair.source_tokens(src))))
}
