//! Quotations given to another speaker than the one the source gives them to.

use super::name_forms::same_name_word;
use super::quote_speakers::{Attributed, attributed, person_before};
use crate::align::AlignedPair;
use crate::checks::speakers::{claim_given_to, pair_speakers};
use crate::finding::Diagnostic;
use crate::lexicon::speech::is_speech_verb;
use crate::lexicon::titles::is_title_word;
use crate::text::Document;
use crate::text::attribution::{Speaker, all_in};
use crate::text::names::{Names, bare};
use crate::text::tokens::TokenKind;
use crate::text::words::is_stopword;
use rustc_hash::FxHashSet;
use std::ops::Range;

/// Share of words two quotations must have in common to be one quotation.
const SAME_QUOTE: f32 = 0.6;

/// Fewest words of a quotation compared: a word or two ("historic") recurs.
const MIN_QUOTE_WORDS: usize = 3;

/// Name words of a run, without titles.
fn person(doc: &Document, run: &Range<usize>) -> Vec<String> {
    doc.tokens[run.clone()]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| bare(&t.norm).to_string())
        .filter(|w| !is_title_word(w) && !is_stopword(w))
        .collect()
}

fn same_person(a: &[String], b: &[String]) -> bool {
    a.iter().any(|x| b.iter().any(|y| same_name_word(x, y)))
}

/// Share of the smaller quotation's words found in the other.
fn overlap(a: &FxHashSet<String>, b: &FxHashSet<String>) -> f32 {
    let common = a.intersection(b).count();
    common as f32 / a.len().min(b.len()).max(1) as f32
}

/// Flags the speaker of each suspect quotation whose source counterpart is
/// given to someone else ("…," said treasurer Abe Rook → "…," Mayor Lin Ode said).
pub(super) fn wrong_speakers(
    doc: &Document,
    src: &Document,
    (ours, theirs): (&Names, &Names),
    out: &mut Vec<Diagnostic>,
) {
    let sources = attributed(src, theirs, true);
    for quote in attributed(doc, ours, false) {
        let Some(speaker) = quote.speaker else {
            continue;
        };
        if quote.words.len() < MIN_QUOTE_WORDS {
            continue;
        }
        let matched = sources
            .iter()
            .filter(|s| s.words.len() >= MIN_QUOTE_WORDS)
            .map(|s| (overlap(&quote.words, &s.words), s))
            .filter(|(o, _)| *o >= SAME_QUOTE)
            .max_by(|a, b| a.0.total_cmp(&b.0));
        let Some((
            _,
            Attributed {
                speaker: Some(was), ..
            },
        )) = matched
        else {
            continue;
        };
        give_to(doc, src, (was, speaker.clone(), &speaker), out);
    }
}

/// Flags suspect speaker tokens `now`, which stand for name run `who`, for
/// words the source gives to name run `was`, unless the two are one person
/// or the source's attribution sentence names `who` too.
pub(super) fn give_to(
    doc: &Document,
    src: &Document,
    (was, now, who): (&Range<usize>, Range<usize>, &Range<usize>),
    out: &mut Vec<Diagnostic>,
) {
    let (now_person, was_person) = (person(doc, who), person(src, was));
    if now_person.is_empty() || was_person.is_empty() || same_person(&now_person, &was_person) {
        return;
    }
    // The speaker is named in the source's own attribution sentence: the
    // name run was read short there ("Vice President for Regulatory
    // Affairs Carmen Delacroix-Hunt").
    let named_there = src.sentence_of(was.start).is_some_and(|i| {
        src.tokens[src.sentences[i].tokens.clone()]
            .iter()
            .any(|t| now_person.iter().any(|w| bare(&t.norm) == w))
    });
    // "Calder Voices said, with its chair Ruth Penhaligon saying …": the
    // suspect's sentence still names the source's speaker.
    let still_named = doc.sentence_of(now.start).is_some_and(|i| {
        doc.words(doc.sentences[i].tokens.clone())
            .any(|(_, t)| was_person.iter().any(|w| bare(&t.norm) == w))
    });
    if named_there || still_named {
        return;
    }
    let (start, end) = doc.token_span(now);
    // A name already reported as replaced or mangled needs no second finding.
    if out.iter().any(|d| d.overlaps(start, end)) {
        return;
    }
    let source_speaker = src.span_text(was.clone());
    out.push(
        Diagnostic::new(
            start,
            end,
            format!(
                "the quotation is given to \"{}\"; the source gives it to \"{source_speaker}\"",
                &doc.text[start..end]
            ),
        )
        .suggest(source_speaker)
        .evidence(source_speaker),
    );
}

/// "Chief executive Noor Halvorsen said" → "finance director Oskar Nwankwo
/// said", "Metrolink said" → "Castell said": a reported claim, outside
/// quotations, given to another name the source knows. Two names tied by a
/// sentence of either text ("Noor Halvorsen, who founded Halvorsen Bakeries")
/// are one party.
pub(super) fn reported_speakers(
    doc: &Document,
    src: &Document,
    (ours, theirs): (&Names, &Names),
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let Some((was, now)) = pair_speakers(doc, src, (ours, theirs), pair) else {
        return;
    };
    if !(was.named && now.named) || was.same_party(now, [src, doc]) {
        return;
    }
    // Another name of the story, not a new or misspelt one.
    if !all_in(src, &now.key) {
        return;
    }
    let (start, end) = doc.token_span(now.range.clone());
    if out.iter().any(|d| d.overlaps(start, end)) {
        return;
    }
    out.push(claim_given_to(
        doc,
        src,
        pair,
        (was.range.clone(), now.range.clone()),
    ));
}

/// Whether source sentence `s` opens on a pronoun and a speech verb ("He
/// said the authority …", "She also said …").
fn pronoun_opens(src: &Document, s: usize) -> bool {
    let words: Vec<&str> = src
        .words(src.sentences[s].tokens.clone())
        .take(3)
        .map(|(_, t)| t.norm.as_str())
        .collect();
    match words[..] {
        ["he" | "she", verb, ..] if is_speech_verb(verb) => true,
        ["he" | "she", "also", verb] => is_speech_verb(verb),
        _ => false,
    }
}

/// "Finance director Alan Greer said … . He said the authority was not at
/// risk." → "Mahal insisted the authority was not at risk": a claim the
/// source gives by a pronoun to the person named before it, given to
/// another name of the story.
pub(super) fn pronoun_speakers(
    doc: &Document,
    src: &Document,
    (ours, theirs): (&Names, &Names),
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    // The cheap test first: most pairs have no pronoun speaker.
    let Some(s) = pair.source.clone().find(|&s| pronoun_opens(src, s)) else {
        return;
    };
    if Speaker::find(src, theirs, pair.source_tokens(src)).is_some() {
        return;
    }
    let Some(now) = Speaker::find(doc, ours, pair.suspect_tokens(doc)) else {
        return;
    };
    if !now.named || !all_in(src, &now.key) {
        return;
    }
    let Some(was) = person_before(src, theirs, s) else {
        return;
    };
    let (now_person, was_person) = (person(doc, &now.range), person(src, &was));
    if now_person.is_empty() || was_person.is_empty() || same_person(&now_person, &was_person) {
        return;
    }
    // The source's sentence names the suspect's speaker too ("He said
    // Mahal had …"), or the suspect's still names the source's.
    let named_in = |d: &Document, sentence: usize, who: &[String]| {
        d.words(d.sentences[sentence].tokens.clone())
            .any(|(_, t)| who.iter().any(|w| bare(&t.norm) == w))
    };
    let still_named = pair.suspect.clone().any(|k| named_in(doc, k, &was_person));
    if named_in(src, s, &now_person) || still_named {
        return;
    }
    let (start, end) = doc.token_span(now.range.clone());
    if out.iter().any(|d| d.overlaps(start, end)) {
        return;
    }
    out.push(claim_given_to(doc, src, pair, (was, now.range)));
}
