//! A source name replaced by another in an aligned sentence, and the restylings that pass.

use super::name_forms::{common_plural, is_initialism, same_name_word, spelt_out_plural};
use super::same_party;
use super::traded::{other_side_told, relation_turned, voice_changed};
use super::wording::{common_words, misspelt_word, post_reworded, retitled, title_case_words};
use crate::align::{AlignedPair, EditKind};
use crate::finding::Diagnostic;
use crate::lexicon::dictionary;
use crate::text::Document;
use crate::text::names::{Names, bare, is_sentence_initial};
use crate::text::tokens::TokenKind;
use crate::text::words::is_stopword;
use rustc_hash::FxHashSet;
use std::ops::Range;

/// A source name replaced by a different name in an aligned sentence.
pub(super) fn replaced_names(
    doc: &Document,
    src: &Document,
    (ours, theirs): (&Names, &Names),
    pair: &AlignedPair,
    covered: &[bool],
    out: &mut Vec<Diagnostic>,
) {
    for e in pair.edits.iter().filter(|e| e.kind == EditKind::Replace) {
        let (Some(source), Some(suspect)) = (
            leading_name(src, theirs, e.source.clone()),
            leading_name(doc, ours, e.suspect.clone()),
        ) else {
            continue;
        };
        if suspect.clone().any(|t| covered[t])
            || has_compound_modifier(src, source.clone())
            || has_compound_modifier(doc, suspect.clone())
        {
            continue;
        }
        let a: FxHashSet<&str> = src.tokens[source.clone()]
            .iter()
            .map(|t| bare(&t.norm))
            .collect();
        let b: FxHashSet<&str> = doc.tokens[suspect.clone()]
            .iter()
            .map(|t| bare(&t.norm))
            .collect();
        let within = |x: &FxHashSet<&str>, y: &FxHashSet<&str>| {
            x.iter().all(|w| y.iter().any(|v| same_name_word(w, v)))
        };
        // "Eskdale–Port Harran": names joined by a dash are read apart.
        let parts = |x: &FxHashSet<&str>| -> FxHashSet<String> {
            x.iter()
                .flat_map(|w| w.split('-'))
                .map(str::to_string)
                .collect()
        };
        if within(&a, &b)
            || within(&b, &a)
            || a.iter().all(|w| parts(&b).contains(*w))
            || spelt_out_plural(&a, &b)
            || common_plural(&a, &b, (src, theirs), &source)
            || spelt_out_plural(&b, &a)
            || is_initialism(
                src.span_text(source.clone()),
                doc.span_text(suspect.clone()),
            )
            || is_initialism(
                doc.span_text(suspect.clone()),
                src.span_text(source.clone()),
            )
            || a.iter().all(|w| is_stopword(w))
            || function_opener(src, &source)
            || common_words(&a, &b, opens_sentence_only(src, source.start))
            || title_case_words((src, &a), &b, (ours, theirs), (&source, &suspect))
            || moved_within(doc, src, suspect.clone(), pair)
            || reordered_name(
                (&a, &b),
                (src, theirs),
                (doc, ours),
                (&source, &suspect),
                pair,
            )
            || headline_names_story(doc, src, (ours, theirs), (&source, &suspect))
            || ex_name(&a, &b, src, pair)
            || misspelt_word(doc, src, &source, &suspect)
            || retitled(doc, src, &source, &suspect)
            || post_reworded(doc, src, &source, &suspect)
            || same_party::words_of_one_name(src, theirs, (&a, &b))
            || voice_changed(doc, src, (&a, &b), pair)
            || relation_turned(doc, src, (&a, &b), pair)
            || other_side_told(doc, src, (&a, &b), (&source, &suspect))
        {
            continue;
        }
        out.push(became(doc, src, source, suspect));
    }
}

fn is_name_span(doc: &Document, names: &Names, range: Range<usize>) -> bool {
    !range.is_empty()
        && doc.tokens[range.clone()]
            .iter()
            .any(|t| t.kind == TokenKind::Word)
        && range
            .clone()
            .all(|t| doc.tokens[t].kind == TokenKind::Punct || names.is_name_token(t))
}

/// Whether a token of the range is a compound modifier built on a name
/// ("AI-driven", "Paris-based"): a change there is wording, not a new name.
pub(super) fn has_compound_modifier(doc: &Document, range: Range<usize>) -> bool {
    doc.tokens[range].iter().any(|t| {
        let written = &doc.text[t.start..t.end];
        written.contains(char::is_uppercase)
            && written
                .split('-')
                .skip(1)
                .any(|part| !part.is_empty() && part.chars().all(char::is_lowercase))
    })
}

/// The name that opens an edited range: the whole range when it is all name, else
/// its leading name tokens when a plain word follows them ("KTV's supervisory").
fn leading_name(doc: &Document, names: &Names, range: Range<usize>) -> Option<Range<usize>> {
    if is_name_span(doc, names, range.clone()) {
        return Some(without_trailing_punct(doc, range));
    }
    let end = range
        .clone()
        .find(|&t| !names.is_name_token(t) && doc.tokens[t].kind != TokenKind::Punct)?;
    let name = range.start..end;
    let rest_is_plain = doc.tokens[end].kind == TokenKind::Word && !names.is_name_token(end);
    (rest_is_plain && is_name_span(doc, names, name.clone()))
        .then(|| without_trailing_punct(doc, name))
}

/// A name span without the commas or stops after its last word ("Brathwaite,").
fn without_trailing_punct(doc: &Document, mut range: Range<usize>) -> Range<usize> {
    while range.end > range.start + 1 && doc.tokens[range.end - 1].kind == TokenKind::Punct {
        range.end -= 1;
    }
    range
}

/// A source name whose words the suspect keeps in a reordered name ("the
/// Justice Department" → "the US Department of Justice": words put in that
/// the source's name lacks), or moves later in the sentence behind a common
/// word that now opens it ("Judge Osei said 40 cases were heard since May" →
/// "Since May, 40 cases were heard, Judge Osei said").
fn reordered_name(
    (a, b): (&FxHashSet<&str>, &FxHashSet<&str>),
    (src, theirs): (&Document, &Names),
    (doc, ours): (&Document, &Names),
    (source, suspect): (&Range<usize>, &Range<usize>),
    pair: &AlignedPair,
) -> bool {
    let has = |d: &Document, range: &Range<usize>, w: &str| {
        d.words(range.clone()).any(|(_, t)| bare(&t.norm) == w)
    };
    let run_of = |names: &Names, t: usize| names.runs().iter().find(|r| r.contains(&t)).cloned();
    let whole_name = run_of(ours, suspect.start).is_some_and(|r| {
        r.end > suspect.end
            && a.iter().all(|w| has(doc, &r, w))
            && run_of(theirs, source.start).is_some_and(|was| !b.iter().any(|w| has(src, &was, w)))
    });
    let opener = suspect.len() == 1
        && is_sentence_initial(doc, suspect.start)
        && dictionary::is_known(bare(&doc.tokens[suspect.start].norm));
    whole_name || (opener && a.iter().all(|w| has(doc, &pair.suspect_tokens(doc), w)))
}

/// "Former Veltra finance chief" → "Ex-Veltra finance chief": a common word
/// opening the sentence, and "ex-" before a name the source sentence has.
fn ex_name(a: &FxHashSet<&str>, b: &FxHashSet<&str>, src: &Document, pair: &AlignedPair) -> bool {
    let named = |w: &str| {
        src.words(pair.source_tokens(src))
            .any(|(_, t)| bare(&t.norm) == w)
    };
    a.iter().all(|w| dictionary::is_known(w))
        && b.iter().all(|w| w.strip_prefix("ex-").is_some_and(named))
}

/// Whether a headline names what the source's headline described, by a name
/// the source's story gives ("Harbourside museum reopens" → "Pellston Maritime
/// Museum reopens").
fn headline_names_story(
    doc: &Document,
    src: &Document,
    (ours, theirs): (&Names, &Names),
    (source, suspect): (&Range<usize>, &Range<usize>),
) -> bool {
    if !theirs.in_headline(source.start) && !ours.in_headline(suspect.start) {
        return false;
    }
    let words: Vec<&str> = doc.tokens[suspect.clone()]
        .iter()
        .map(|t| bare(&t.norm))
        .collect();
    theirs.runs().iter().any(|r| {
        let run: Vec<&str> = src.tokens[r.clone()]
            .iter()
            .map(|t| bare(&t.norm))
            .collect();
        run.windows(words.len()).any(|w| w == words.as_slice())
    })
}

/// Whether token `t` opens its sentence and its word is nowhere else in the
/// source capitalised mid-sentence ("Brooks said" after "Nadia Brooks" is a name).
pub(super) fn opens_sentence_only(src: &Document, t: usize) -> bool {
    let word = bare(&src.tokens[t].norm);
    is_sentence_initial(src, t)
        && !(0..src.tokens.len()).any(|k| {
            k != t
                && bare(&src.tokens[k].norm) == word
                && src.is_capitalized(k)
                && !is_sentence_initial(src, k)
        })
}

/// Whether a name of two words or more stands, word for word, elsewhere in the
/// source sentence: moved there, not put in ("State Energy Minister Colin
/// Baptiste" → "Colin Baptiste, the state's energy minister").
fn moved_within(doc: &Document, src: &Document, name: Range<usize>, pair: &AlignedPair) -> bool {
    let words: Vec<&str> = doc.words(name).map(|(_, t)| bare(&t.norm)).collect();
    let sentence: Vec<&str> = src
        .words(pair.source_tokens(src))
        .map(|(_, t)| bare(&t.norm))
        .collect();
    words.len() >= 2 && sentence.windows(words.len()).any(|w| w == words.as_slice())
}

/// Prepositions and conjunctions that may open a sentence, capitalised
/// there but never a name.
const FUNCTION_OPENERS: &[&str] = &[
    "across",
    "against",
    "although",
    "amid",
    "among",
    "because",
    "between",
    "despite",
    "during",
    "following",
    "since",
    "though",
    "throughout",
    "under",
    "unless",
    "until",
    "whereas",
    "within",
    "without",
];

/// Whether source "name" `source` is one preposition or conjunction opening
/// its sentence ("Between January and June, Quillfin's adverts" →
/// "Quillfin's ads from January to June"): the word the diff pairs with the
/// suspect's name is no name.
fn function_opener(src: &Document, source: &Range<usize>) -> bool {
    source.len() == 1
        && is_sentence_initial(src, source.start)
        && FUNCTION_OPENERS.contains(&bare(&src.tokens[source.start].norm))
}

/// The finding for source name `was` written as suspect name `now`.
pub(super) fn became(
    doc: &Document,
    src: &Document,
    was: Range<usize>,
    now: Range<usize>,
) -> Diagnostic {
    let (start, end) = doc.token_span(now.clone());
    let from = src.span_text(was);
    Diagnostic::new(
        start,
        end,
        format!("\"{from}\" became \"{}\"", doc.span_text(now)),
    )
    .suggest(from)
    .evidence(from)
}
