//! Names moved into another role: traded between two names, or no longer modifying a noun.

use super::renamed::names_in;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::titles::is_title_word;
use crate::lexicon::wordnet;
use crate::text::Document;
use crate::text::names::Names;
use crate::text::tokens::TokenKind;
use crate::text::words::{GROUP_LEADS, is_stopword};
use std::ops::Range;

/// "A finished second and B third" → "B finished second and A third": two names
/// that traded the words following them. A name that is the agent of a passive
/// ("asked by Congress") trades places when the voice changes, so it is left alone.
pub(super) fn swapped_roles(
    doc: &Document,
    src: &Document,
    (ours, theirs): (&Names, &Names),
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let before = names_in(src, theirs, pair.source_tokens(src));
    let after = names_in(doc, ours, pair.suspect_tokens(doc));
    let once = |list: &[(String, Range<usize>, Option<&str>)], key: &str| {
        list.iter().filter(|(k, ..)| k == key).count() == 1
    };
    let (src_first, doc_first) = (
        pair.source_tokens(src).start,
        pair.suspect_tokens(doc).start,
    );
    let agent = |d: &Document, first: usize, r: &Range<usize>| after_by(d, first, r.start);
    for (i, (a, ra_src, a_next)) in before.iter().enumerate() {
        for (b, rb_src, b_next) in &before[i + 1..] {
            // "Helen Strachan, chairwoman of the WPBSA" → "WPBSA chairwoman Helen
            // Strachan": a title changed places with its holder; "A received 48,
            // B took 19" → "A took on 84, B received 19": synonyms traded.
            let title = |next: &Option<&str>| next.is_some_and(is_title_word);
            // "Union branch secretary Paul Mbeki": a title a word further on.
            let titled = |r: &Range<usize>| {
                src.words(r.end..pair.source_tokens(src).end)
                    .take(2)
                    .any(|(_, t)| is_title_word(&t.norm))
            };
            let restyled = title(a_next)
                || title(b_next)
                || titled(ra_src)
                || titled(rb_src)
                || matches!((a_next, b_next), (Some(x), Some(y)) if wordnet::synonym_rank(x, y).is_some());
            // "the United States and Europe" → "Europe and the United States":
            // a coordination has no order to keep.
            let coordinated = src
                .tokens
                .get(ra_src.end..rb_src.start)
                .is_some_and(|between| {
                    between
                        .iter()
                        .any(|t| matches!(t.norm.as_str(), "and" | "or"))
                        && between
                            .iter()
                            .all(|t| matches!(t.norm.as_str(), "and" | "or" | "the" | ","))
                });
            if a == b
                || a_next == b_next
                || restyled
                || coordinated
                || agent(src, src_first, ra_src)
                || agent(src, src_first, rb_src)
                || !once(&before, a)
                || !once(&before, b)
                || !once(&after, a)
                || !once(&after, b)
            {
                continue;
            }
            let find = |key: &str| after.iter().find(|(k, ..)| k == key);
            let (Some((_, ra, na)), Some((_, rb, nb))) = (find(a), find(b)) else {
                continue;
            };
            // "RC Toulon has signed Tane Rewiti" → "Tane Rewiti has joined RC
            // Toulon": a converse verb, so the word that says what each did
            // must trade places too.
            let (src_end, doc_end) = (pair.source_tokens(src).end, pair.suspect_tokens(doc).end);
            if na == b_next
                && nb == a_next
                && content_after(doc, ra, doc_end) == content_after(src, rb_src, src_end)
                && content_after(doc, rb, doc_end) == content_after(src, ra_src, src_end)
                && !agent(doc, doc_first, ra)
                && !agent(doc, doc_first, rb)
                && !converse_preposition(src, doc, (ra_src, rb_src), (ra, rb))
            {
                for (r, other) in [(ra, b), (rb, a)] {
                    let (start, end) = doc.token_span(r.clone());
                    out.push(Diagnostic::new(
                        start,
                        end,
                        format!(
                            "\"{}\" took the role of \"{other}\" in the source",
                            &doc.text[start..end]
                        ),
                    ));
                }
            }
        }
    }
}

/// "A leased the site to B" → "B leased the site from A": the preposition
/// before the second party turned to its converse ("to" ↔ "from"), so each
/// party keeps its role.
fn converse_preposition(
    src: &Document,
    doc: &Document,
    (ra_src, rb_src): (&Range<usize>, &Range<usize>),
    (ra, rb): (&Range<usize>, &Range<usize>),
) -> bool {
    fn before<'a>(d: &'a Document, r: &Range<usize>) -> Option<&'a str> {
        d.words(r.start.saturating_sub(2)..r.start)
            .map(|(_, t)| t.norm.as_str())
            .filter(|w| !matches!(*w, "the" | "a" | "an"))
            .last()
    }
    let converse = |x: Option<&str>, y: Option<&str>| {
        matches!(
            (x, y),
            (Some("to"), Some("from")) | (Some("from"), Some("to"))
        )
    };
    converse(before(src, rb_src), before(doc, ra)) || converse(before(src, ra_src), before(doc, rb))
}

/// Words before a name searched for the "by" of a passive ("by the U.S. Congress").
const AGENT_REACH: usize = 3;

/// Whether the name at token `start` is a passive's agent: a "by" stands
/// among the few words before it, not before the sentence's `first` token.
pub(super) fn after_by(d: &Document, first: usize, start: usize) -> bool {
    let from = start.saturating_sub(2 * AGENT_REACH).max(first);
    let before: Vec<_> = d.words(from..start).collect();
    before
        .iter()
        .rev()
        .take(AGENT_REACH)
        .any(|(_, t)| t.norm == "by")
}

/// The first word after name `r` before `end` that is no function word or
/// auxiliary: what the sentence says the name did or is.
fn content_after<'a>(d: &'a Document, r: &Range<usize>, end: usize) -> Option<&'a str> {
    d.words(r.end..end)
        .map(|(_, t)| t.norm.as_str())
        .find(|w| !is_stopword(w) && !GROUP_LEADS.contains(w))
}

/// "an Alibaba executive" → "Alibaba ... an executive": a name that modified a noun now stands apart from it.
pub(super) fn moved_modifiers(
    doc: &Document,
    src: &Document,
    src_names: &Names,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let (ours, theirs) = (pair.suspect_tokens(doc), pair.source_tokens(src));
    for t in theirs.clone() {
        let article = matches!(src.tokens[t].norm.as_str(), "a" | "an");
        if !article || t + 2 >= theirs.end || !src_names.is_name_token(t + 1) {
            continue;
        }
        let noun = &src.tokens[t + 2];
        if noun.kind != TokenKind::Word || src.is_capitalized(t + 2) {
            continue;
        }
        let name = src.tokens[t + 1].norm.as_str();
        let names_at: Vec<usize> = ours
            .clone()
            .filter(|&k| doc.tokens[k].norm == name)
            .collect();
        let noun_at = ours.clone().find(|&k| {
            doc.tokens[k].norm == noun.norm
                && k > 0
                && matches!(doc.tokens[k - 1].norm.as_str(), "a" | "an" | "the")
        });
        let norm = |i: usize| doc.tokens.get(i).map(|x| x.norm.as_str());
        // "a spokeswoman for Halden", "a market stall in Halden", "Halden's
        // spokeswoman": still its noun.
        let restated = |n: usize, k: usize| {
            let linked = n > k + 1
                && n <= k + 2 + RESTATED_GAP
                && matches!(
                    norm(n - 1),
                    Some("for" | "of" | "at" | "from" | "with" | "in")
                )
                && (k + 1..n - 1)
                    .all(|i| doc.tokens[i].kind == TokenKind::Word && !doc.is_capitalized(i));
            linked || (k == n + 2 && matches!(norm(n + 1), Some("'s" | "’s" | "s")))
        };
        // The name nearest its old noun, when no copy of it still modifies the noun.
        let moved = noun_at
            .filter(|&k| names_at.iter().all(|&n| n + 1 != k && !restated(n, k)))
            .and_then(|k| names_at.iter().copied().min_by_key(|n| n.abs_diff(k)));
        if let Some(n) = moved {
            let (start, end) = doc.token_span(n..n + 1);
            let phrase = src.span_text(t..t + 3);
            out.push(
                Diagnostic::new(
                    start,
                    end,
                    format!(
                        "\"{}\" no longer modifies \"{}\" as in \"{phrase}\"",
                        doc.span_text(n..n + 1),
                        &noun.norm
                    ),
                )
                .evidence(phrase),
            );
        }
    }
}

/// Common words a restated modifier may leave between its noun and the
/// preposition before the name ("a market stall in Halden").
const RESTATED_GAP: usize = 2;
