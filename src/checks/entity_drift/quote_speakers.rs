//! Who each top-level quotation of a text is given to: the attribution
//! after or before it ("…," said Abe Rook; Rook said: "…"), a pronoun read
//! as the person last introduced, a post the text introduces ("the judge"),
//! or the quotation before it that it goes on from.

use crate::lexicon::{dictionary, speech};
use crate::text::Document;
use crate::text::names::Names;
use crate::text::quotes::Quote;
use crate::text::tokens::TokenKind;
use rustc_hash::FxHashSet;
use std::ops::Range;

/// Words after a speech verb within which the speaker's name starts ("said
/// Holborne Securities analyst Priya Lindqvist").
const SPEAKER_REACH: usize = 6;

/// A top-level quotation's words and the name run its sentence gives it to.
pub(super) struct Attributed {
    /// The quotation's words, lower case.
    pub(super) words: FxHashSet<String>,
    /// The name run it is given to, if any.
    pub(super) speaker: Option<Range<usize>>,
}

/// Each top-level quotation with its speaker; `resolve` reads "he said" as
/// the person last introduced, and a quotation opening the sentence after
/// an attributed one as its continuation ("…," said Abe Rook. "…").
pub(super) fn attributed(doc: &Document, names: &Names, resolve: bool) -> Vec<Attributed> {
    let mut out: Vec<Attributed> = Vec::new();
    let mut last: Option<(&Quote, Option<Range<usize>>)> = None;
    for q in doc.quotes.quotes.iter().filter(|q| q.depth == 0) {
        let after = AfterClose::new(doc, q);
        let speaker = after
            .as_ref()
            .and_then(|a| speaker_after(doc, names, a))
            .or_else(|| speaker_before(doc, names, q))
            .or_else(|| {
                (resolve && after.as_ref().is_some_and(|a| pronoun_said(doc, a)))
                    .then(|| antecedent(doc, names, q))
                    .flatten()
            })
            .or_else(|| {
                resolve
                    .then(|| after.as_ref().and_then(|a| role_after(doc, names, a)))
                    .flatten()
            })
            .or_else(|| {
                let (previous, speaker) = last.as_ref()?;
                (resolve && continues(doc, previous, q))
                    .then(|| speaker.clone())
                    .flatten()
            });
        out.push(Attributed {
            words: doc
                .words(q.inner())
                .map(|(_, t)| t.norm.to_lowercase())
                .collect(),
            speaker: speaker.clone(),
        });
        last = Some((q, speaker));
    }
    out
}

/// Whether quotation `q` opens the sentence after the one `previous` closes
/// in, in the same paragraph: the same speaker goes on.
fn continues(doc: &Document, previous: &Quote, q: &Quote) -> bool {
    let (Some(before), Some(s)) = (doc.sentence_of(previous.close), doc.sentence_of(q.open)) else {
        return false;
    };
    before + 1 == s
        && doc.sentences[before].paragraph == doc.sentences[s].paragraph
        && words_outside(doc, doc.sentences[s].tokens.start..q.open).is_empty()
}

/// The word tokens after a quotation's closing mark, outside quotations, to
/// the end of its sentence.
struct AfterClose {
    words: Vec<usize>,
    sentence_end: usize,
}

impl AfterClose {
    fn new(doc: &Document, q: &Quote) -> Option<Self> {
        let sentence_end = doc.sentences[doc.sentence_of(q.close)?].tokens.end;
        Some(AfterClose {
            words: words_outside(doc, q.close + 1..sentence_end),
            sentence_end,
        })
    }
}

/// Word tokens of `range` that are not inside any quotation.
fn words_outside(doc: &Document, range: Range<usize>) -> Vec<usize> {
    range
        .filter(|&t| doc.tokens[t].kind == TokenKind::Word)
        .filter(|&t| !doc.quotes.encloses(t))
        .collect()
}

fn is_speech_verb(doc: &Document, t: usize) -> bool {
    speech::is_speech_verb(&doc.tokens[t].norm)
}

/// The name run starting at word token `t`, if one does.
fn run_at(names: &Names, t: usize) -> Option<Range<usize>> {
    names.runs().iter().find(|r| r.start == t).cloned()
}

/// The name run ending at word token `t`, if one does.
fn run_ending(names: &Names, t: usize) -> Option<Range<usize>> {
    names.runs().iter().find(|r| r.end == t + 1).cloned()
}

/// `"…," said Abe Rook` or `"…," Rook said`: the attribution after the closing mark.
fn speaker_after(doc: &Document, names: &Names, after: &AfterClose) -> Option<Range<usize>> {
    let words = &after.words;
    let (&first, rest) = words.split_first()?;
    if is_speech_verb(doc, first) {
        // "said Fenwick's chief executive Gareth Moyo of the Retail Group":
        // the last name before the clause ends, not an employer's possessive
        // nor a name after a preposition.
        let clause_end = (first + 1..after.sentence_end)
            .find(|&t| {
                matches!(
                    doc.tokens[t].norm.as_str(),
                    "," | "." | ";" | ":" | "!" | "?"
                )
            })
            .unwrap_or(after.sentence_end);
        return rest
            .iter()
            .take(SPEAKER_REACH)
            .filter(|&&t| t < clause_end)
            .filter_map(|&t| run_at(names, t))
            .rfind(|r| !possessive(doc, r) && !after_preposition(doc, r.start))
            .or_else(|| apposed(doc, names, clause_end, after.sentence_end));
    }
    let run = run_at(names, first)?;
    let verb = words.iter().find(|&&t| t >= run.end)?;
    is_speech_verb(doc, *verb).then_some(run)
}

/// `"…," said the firm's director, Ida Lunn.`: the name set off by the comma
/// at `clause_end` that ends the sentence.
fn apposed(
    doc: &Document,
    names: &Names,
    clause_end: usize,
    sentence_end: usize,
) -> Option<Range<usize>> {
    if doc.tokens.get(clause_end)?.norm != "," {
        return None;
    }
    let run = run_at(names, clause_end + 1)?;
    let rest_is_punct = (run.end..sentence_end).all(|t| doc.tokens[t].kind != TokenKind::Word);
    rest_is_punct.then_some(run)
}

/// `"…," he said` or `"…," said she`: the attribution is a pronoun.
fn pronoun_said(doc: &Document, after: &AfterClose) -> bool {
    let pronoun = |t: usize| matches!(doc.tokens[t].norm.as_str(), "he" | "she");
    match after.words[..] {
        [a, b, ..] => {
            (pronoun(a) && is_speech_verb(doc, b)) || (is_speech_verb(doc, a) && pronoun(b))
        }
        _ => false,
    }
}

/// Whom a pronoun attribution stands for: the name opening the quotation's
/// sentence when the quotation comes later in it, else the name opening the
/// nearest sentence before that names one, in the same paragraph or the one
/// before ("Professor Henrik Oyelaran, who was not part of the team, urged caution.
/// It ran for weeks. "…," he said.").
fn antecedent(doc: &Document, names: &Names, q: &Quote) -> Option<Range<usize>> {
    let s = doc.sentence_of(q.open)?;
    if doc.sentences[s].tokens.start < q.open {
        return first_person(doc, names, doc.sentences[s].tokens.start..q.open);
    }
    person_before(doc, names, s)
}

/// The person a pronoun in sentence `s` stands for: the first name of the
/// nearest sentence before it in its paragraph that has one, or, where `s`
/// opens its paragraph, of the paragraph before ("Outside court, investor
/// Leila Osterhaus said …" ¶ "\"…,\" she said.").
pub(super) fn person_before(doc: &Document, names: &Names, s: usize) -> Option<Range<usize>> {
    let paragraph = doc.sentences[s].paragraph;
    let opens = s == 0 || doc.sentences[s - 1].paragraph != paragraph;
    let reach = if opens {
        paragraph.saturating_sub(1)
    } else {
        paragraph
    };
    (0..s)
        .rev()
        .take_while(|&b| doc.sentences[b].paragraph >= reach)
        .find_map(|b| first_person(doc, names, doc.sentences[b].tokens.clone()))
}

/// `Abe Rook said: "…"`, `Rook said restoring it "…"`, or `Ida Lunn, who
/// chairs it, said "…"`: the attribution before the opening mark.
fn speaker_before(doc: &Document, names: &Names, q: &Quote) -> Option<Range<usize>> {
    let sentence = &doc.sentences[doc.sentence_of(q.open)?];
    let words = words_outside(doc, sentence.tokens.start..q.open);
    let at = words.iter().rposition(|&t| is_speech_verb(doc, t))?;
    let verb = words[at];
    if let Some(&before) = at.checked_sub(1).and_then(|i| words.get(i))
        && before + 1 == verb
    {
        return run_ending(names, before);
    }
    // "Name, who …, said": the name opening the sentence.
    (verb
        .checked_sub(1)
        .is_some_and(|p| doc.tokens[p].norm == ","))
    .then(|| first_person(doc, names, sentence.tokens.clone()))
    .flatten()
}

/// The first name of a token range that is no employer's possessive nor
/// after a preposition.
fn first_person(doc: &Document, names: &Names, range: Range<usize>) -> Option<Range<usize>> {
    names
        .runs()
        .iter()
        .filter(|r| range.contains(&r.start) && !doc.quotes.encloses(r.start))
        .find(|r| !possessive(doc, r) && !after_preposition(doc, r.start))
        .cloned()
}

/// The person a document introduces with post `word` ("the judge" →
/// "Judge Marian Oakhurst", "inspector Martin Ferrier"): the first name run,
/// outside quotations, that holds the word before its last or comes right
/// after it.
pub(super) fn role_holder(doc: &Document, names: &Names, word: &str) -> Option<Range<usize>> {
    let is_word = |t: usize| doc.tokens[t].norm.eq_ignore_ascii_case(word);
    names
        .runs()
        .iter()
        .find(|r| {
            let holds = (r.start..r.end - 1).any(is_word);
            let after = r.start.checked_sub(1).is_some_and(is_word);
            (holds || after) && !doc.quotes.encloses(r.start)
        })
        .cloned()
}

/// `"…," the judge said` or `"…," said the judge`: the person the document
/// introduces with that post.
fn role_after(doc: &Document, names: &Names, after: &AfterClose) -> Option<Range<usize>> {
    let norm = |t: usize| doc.tokens[t].norm.as_str();
    let post = match after.words[..] {
        [the, post, verb, ..] if norm(the) == "the" && is_speech_verb(doc, verb) => post,
        [verb, the, post, ..] if norm(the) == "the" && is_speech_verb(doc, verb) => {
            let next = doc.tokens.get(post + 1);
            if next.is_some_and(|n| n.kind == TokenKind::Word) {
                return None;
            }
            post
        }
        _ => return None,
    };
    if names.is_name_token(post) || !dictionary::is_known(norm(post)) {
        return None;
    }
    role_holder(doc, names, norm(post))
}

/// Whether the word before token `t`, past an article, is a preposition ("of
/// the Polar Institute", "in the Kovany Courier").
fn after_preposition(doc: &Document, t: usize) -> bool {
    let mut words = (0..t)
        .rev()
        .filter(|&k| doc.tokens[k].kind == TokenKind::Word);
    let word = |k: usize| doc.tokens[k].norm.as_str();
    let before = words.next().map(word);
    let before = if before == Some("the") {
        words.next().map(word)
    } else {
        before
    };
    matches!(
        before,
        Some("of" | "at" | "from" | "in" | "for" | "with" | "by")
    )
}

/// Whether a name run ends in a possessive ("Fenwick's", "Landlords'").
fn possessive(doc: &Document, run: &Range<usize>) -> bool {
    let last = doc.folded_token(run.end - 1);
    last.ends_with("'s") || last.ends_with('\'')
}
