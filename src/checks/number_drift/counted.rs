//! A count whose counted thing changed to another kind of thing the source
//! sentence names in another role ("1,200 towpath users found that 58% of
//! walkers" → "1,200 walkers", "34 independent shops" → "34-member wine
//! club"): the figure kept, given to another group.

use super::findings::{describe, on_figure};
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::determiners::is_possessive;
use crate::lexicon::wordnet::{self, ADJECTIVE, NOUN};
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit, is_month_abbreviation, is_month_word};
use crate::text::tokens::TokenKind;
use crate::text::words::is_stopword;

/// Tokens around a figure within which its old or new counted thing may
/// stand ("wine club and 34 independent shops").
const NEAR: usize = 6;

/// Words taken after a figure for the thing it counts.
const NOUN_REACH: usize = 3;

/// The words of the noun phrase right after count `q` ("towpath users"):
/// up to [`NOUN_REACH`] words that may be nouns or adjectives, ending at
/// a plural, with no trailing word that cannot be a noun.
fn counted<'a>(doc: &'a Document, q: &Quantity) -> Vec<&'a str> {
    // "640-patient": the noun written into the figure's own token.
    let mut words: Vec<&str> = hyphened_noun(doc, q).into_iter().collect();
    let mut k = q.tokens.end;
    // "34-member": the hyphen joins the figure to its noun.
    if doc.tokens.get(k).is_some_and(|t| t.norm == "-") {
        k += 1;
    }
    for t in doc.tokens.get(k..).unwrap_or_default() {
        let w = t.norm.as_str();
        if t.kind != TokenKind::Word || is_stopword(w) || words.len() == NOUN_REACH {
            break;
        }
        if wordnet::parts_of_speech(w) & (NOUN | ADJECTIVE) == 0 || w.ends_with("ed") {
            break;
        }
        words.push(w);
        if is_plural(w) {
            break;
        }
    }
    while words
        .last()
        .is_some_and(|w| wordnet::parts_of_speech(w) & NOUN == 0)
    {
        words.pop();
    }
    words
}

/// Whether two words are one word or share a lemma ("user", "users").
fn same_lemma(a: &str, b: &str) -> bool {
    a == b || wordnet::share_lemma(a, b)
}

/// Whether two words name the same thing: one lemma or a shared sense.
fn alike(a: &str, b: &str) -> bool {
    same_lemma(a, b) || wordnet::synonym_rank(a, b).is_some()
}

/// Findings for kept counts of `matched` (source figure, suspect figure)
/// of `pair` whose counted thing became another the source sentence names
/// outside the figure's noun phrase ("1,200 towpath users found that 58%
/// of walkers" → "1,200 walkers").
pub(super) fn recounted(
    src: &Document,
    doc: &Document,
    pair: &AlignedPair,
    theirs: &[Quantity],
    matched: &[(&Quantity, &Quantity)],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for &(s, q) in matched {
        if s.unit != Unit::Plain
            || q.unit != Unit::Plain
            || s.measure.is_some()
            || q.measure.is_some()
            || s.value != q.value
            || q.is_year()
        {
            continue;
        }
        let (was, now) = (counted(src, s), counted(doc, q));
        let (Some(&head), Some(&old)) = (now.last(), was.last()) else {
            continue;
        };
        if now.iter().any(|n| was.iter().any(|w| alike(n, w)))
            || !group_noun(src, s, old)
            || !group_noun(doc, q, head)
        {
            continue;
        }
        // The old thing kept in the suspect sentence, uncounted ("34
        // independent shops" → "34-member wine club and independent
        // shops"), or the new thing counted by another source figure
        // ("1,200 towpath users found that 58% of walkers").
        let sentence = pair.suspect_tokens(doc);
        let near = |k: usize, f: &Quantity| k + NEAR >= f.tokens.start && k <= f.tokens.end + NEAR;
        let kept = doc.words(sentence).any(|(k, t)| {
            k > q.tokens.end + now.len() && near(k, q) && t.norm == old && !counts_by(doc, k)
        }) && src
            .words(pair.source_tokens(src))
            .any(|(k, t)| k < s.tokens.start && near(k, s) && now.contains(&t.norm.as_str()));
        let elsewhere = theirs.iter().any(|o| {
            o.tokens != s.tokens
                && (counted(src, o).iter().any(|w| same_lemma(w, head))
                    || of_noun(src, o).is_some_and(|w| same_lemma(w, head)))
        });
        // "212 physics posts": the old thing still counted, after a new word.
        let still = doc
            .words(q.tokens.end..(q.tokens.end + 3).min(doc.tokens.len()))
            .any(|(_, t)| t.norm == old);
        let named = (kept || elsewhere) && !still && !dated(src, s) && !dated(doc, q);
        // Two counts that traded their things, which the swap test reports:
        // the old thing counted by another suspect figure, or the new thing
        // by another source figure kept ("2.3 million passengers and
        // 410,000 vehicles" → "410,000 travellers and 2.3 million vehicles").
        let traded = matched.iter().any(|&(a, o)| {
            o.tokens != q.tokens
                && (counted(doc, o).iter().any(|w| alike(w, old))
                    || counted(src, a).iter().any(|w| alike(w, head)))
        });
        if !named || traded {
            continue;
        }
        let message = format!(
            "\"{}\" became \"{}\": the figure counts another group",
            phrase(src, s, &was),
            phrase(doc, q, &now)
        );
        out.push(on_figure(doc, q, message).evidence(src.sentence_text(pair.source.start)));
    }
    out
}

/// Whether word `k` is counted by a figure just before it.
fn counts_by(doc: &Document, k: usize) -> bool {
    k > 0 && doc.tokens[k - 1].kind == TokenKind::Number
}

/// The noun after "of" just after figure `q` ("58% of walkers": "walkers").
fn of_noun<'a>(doc: &'a Document, q: &Quantity) -> Option<&'a str> {
    let mut k = q.tokens.end;
    (doc.tokens.get(k)?.norm == "of").then_some(())?;
    k += 1;
    let w = doc.tokens.get(k)?.norm.as_str();
    if w == "the" || is_possessive(w) || w == "all" {
        k += 1;
    }
    let t = doc.tokens.get(k)?;
    (t.kind == TokenKind::Word).then_some(t.norm.as_str())
}

/// Nouns that count people or things of any kind: a figure may be told
/// with them for any group ("1,100 passengers" → "1,100 people").
const ANY_GROUP: &[&str] = &[
    "people",
    "persons",
    "individuals",
    "times",
    "occasions",
    "others",
    "ones",
    "units",
    "items",
];

/// Whether `word`, the last word of the noun phrase after figure `q`,
/// names a group the figure counts: a plural noun, or a noun joined to the
/// figure by a hyphen ("34-member"), other than one of [`ANY_GROUP`].
fn group_noun(doc: &Document, q: &Quantity, word: &str) -> bool {
    if ANY_GROUP.contains(&word) {
        return false;
    }
    let hyphened = hyphened_noun(doc, q).is_some();
    hyphened || is_plural(word)
}

/// Whether `word` ends in "s" and has a lemma other than itself ("users").
fn is_plural(word: &str) -> bool {
    word.ends_with('s') && wordnet::lemmas(word).iter().any(|l| l != word)
}

/// Whether figure `q` is a day of a month ("Jan 9", "9 July").
fn dated(doc: &Document, q: &Quantity) -> bool {
    let month = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| is_month_word(&t.norm) || is_month_abbreviation(&t.norm))
    };
    month(q.tokens.end)
        || q.tokens.start.checked_sub(1).is_some_and(month)
        || q.tokens
            .start
            .checked_sub(2)
            .is_some_and(|k| month(k) && doc.tokens[k + 1].norm == ".")
}

/// Figure `q` with the `words` of the thing it counts ("34 independent
/// shops", "34-member wine club"), a noun hyphened to it written once.
fn phrase(doc: &Document, q: &Quantity, words: &[&str]) -> String {
    let figure = describe(doc, q);
    let rest = match words.split_first() {
        Some((first, rest)) if figure.to_lowercase().ends_with(&format!("-{first}")) => rest,
        _ => words,
    };
    std::iter::once(figure.as_str())
        .chain(rest.iter().copied())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The noun joined to figure `q` by a hyphen in its own token ("34-member":
/// "member"), if one is.
fn hyphened_noun<'a>(doc: &'a Document, q: &Quantity) -> Option<&'a str> {
    let (_, noun) = doc.tokens[q.tokens.end - 1].norm.rsplit_once('-')?;
    (noun.chars().all(char::is_alphabetic) && wordnet::parts_of_speech(noun) & NOUN != 0)
        .then_some(noun)
}
