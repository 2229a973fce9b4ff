//! Changes inside a name that are wording, spelling or figures rather than
//! another name: a capitalised common word, a unit, a title-case headline.

use super::replaced::opens_sentence_only;
use crate::lexicon::dictionary;
use crate::lexicon::titles::{in_post, is_title_word};
use crate::text::Document;
use crate::text::names::{Names, bare, is_sentence_initial, misspelt_in_name};
use crate::text::numbers::is_calendar_word;
use crate::text::tokens::TokenKind;
use rustc_hash::FxHashSet;
use std::ops::Range;

/// Units named after people, capitalised but no name of anyone in the story.
pub(super) const UNIT_NAMES: &[&str] = &["celsius", "fahrenheit", "kelvin"];

/// Typos a misspelt word stays within of the word it stands for: spelling's
/// to report.
pub(super) const TYPO_DISTANCE: usize = 2;

/// Whether a one-word "name" is a common word capitalised by opening the
/// sentence (`initial`: "Teenager" → "Adolescent", "Chief" → "Cheif") or a unit ("Celsius" →
/// "Fahrenheit", or misspelt "Celcius"): wording, spelling or figures, not a name.
pub(super) fn common_words(a: &FxHashSet<&str>, b: &FxHashSet<&str>, initial: bool) -> bool {
    let (Some(was), Some(now)) = (a.iter().next(), b.iter().next()) else {
        return false;
    };
    let unit = |w: &str| UNIT_NAMES.contains(&w);
    a.len() == 1
        && b.len() == 1
        && ((unit(was) && (unit(now) || strsim::levenshtein(was, now) <= TYPO_DISTANCE))
            || (initial
                && dictionary::is_known(was)
                && (dictionary::is_known(now) || strsim::levenshtein(was, now) <= TYPO_DISTANCE)))
}

/// "Several Alpine villages" → "Numerous Alpine villages": the name keeps
/// its words after a common word that opens both sentences, capitalised
/// there only, and that word alone changed: wording, not a name.
pub(super) fn opener_swapped(
    (doc, src): (&Document, &Document),
    (source, suspect): (&Range<usize>, &Range<usize>),
) -> bool {
    fn rest<'a>(d: &'a Document, r: &Range<usize>) -> Vec<&'a str> {
        d.words(r.start + 1..r.end)
            .map(|(_, t)| bare(&t.norm))
            .collect()
    }
    let opener = |d: &Document, t: usize| {
        is_sentence_initial(d, t) && dictionary::is_known(bare(&d.tokens[t].norm))
    };
    source.len() > 1
        && opener(src, source.start)
        && opener(doc, suspect.start)
        && opens_sentence_only(src, source.start)
        && opens_sentence_only(doc, suspect.start)
        && rest(src, source) == rest(doc, suspect)
}

/// Whether the source word at `t` and a neighbour stand together,
/// capitalised, in a sentence of the body ("National Gallery raises" and "The
/// National Gallery said"): a name the headline shares with the story.
fn name_in_body(doc: &Document, names: &Names, t: usize) -> bool {
    let capitalised_word = |k: Option<usize>| {
        k.filter(|&k| k < doc.tokens.len())
            .filter(|&k| doc.tokens[k].kind == TokenKind::Word && doc.is_capitalized(k))
    };
    let same = |k: usize, j: usize| doc.tokens[k].norm == doc.tokens[j].norm;
    let body_copies = (0..doc.tokens.len())
        .filter(|&k| k != t && same(k, t) && doc.is_capitalized(k) && !names.in_headline(k));
    body_copies.into_iter().any(|k| {
        [
            (t.checked_sub(1), k.checked_sub(1)),
            (Some(t + 1), Some(k + 1)),
        ]
        .into_iter()
        .any(|(n, m)| match (capitalised_word(n), capitalised_word(m)) {
            (Some(n), Some(m)) => same(n, m),
            _ => false,
        })
    })
}

/// Whether a headline in title case swapped common words, capitalised only by
/// its style ("Profit Rises as Shoppers Trade Down" → "Benefit Rises as
/// Customers Exchange Down"): garbled-phrase and spelling judge the words, a
/// misspelt one ("Librarys") included; punctuation and symbols between them
/// ("Crop, Growers", "Plans $") are no name. A source word the body writes
/// capitalised with the same neighbour ("The National Gallery said") is a
/// name's, not style's.
pub(super) fn title_case_words(
    (src, a): (&Document, &FxHashSet<&str>),
    b: &FxHashSet<&str>,
    (ours, theirs): (&Names, &Names),
    (source, suspect): (&Range<usize>, &Range<usize>),
) -> bool {
    let common = |w: &&str| {
        !w.chars().any(char::is_alphabetic)
            || dictionary::is_known(w)
            || a.iter()
                .any(|v| dictionary::is_known(v) && strsim::levenshtein(v, w) <= TYPO_DISTANCE)
    };
    theirs.in_headline(source.start)
        && ours.in_headline(suspect.start)
        && a.iter().chain(b).all(common)
        && !source
            .clone()
            .filter(|&t| !b.contains(bare(&src.tokens[t].norm)))
            .any(|t| name_in_body(src, theirs, t))
}

/// Whether one-word name `now` only misspells source word `was`, a
/// lower-case dictionary word, before another capitalised word ("Chief
/// Executive" → "Cheif Executive") or ending a body's name ("Association" →
/// "Assocation"), or a weekday or month ("Saturdays" → "Saterdays"):
/// spelling flags it. A name's last word is otherwise the name ("Price" →
/// "Pryce").
pub(super) fn misspelt_word(
    doc: &Document,
    src: &Document,
    was: &Range<usize>,
    now: &Range<usize>,
) -> bool {
    let (written, meant) = (doc.span_text(now.clone()), src.norm_at(was.start));
    let date = || {
        let written = written.to_lowercase();
        is_date_word(meant)
            && !is_date_word(&written)
            && strsim::levenshtein(&written, meant) <= TYPO_DISTANCE
    };
    was.len() == 1
        && now.len() == 1
        && (misspelt_in_name(doc, now.start, written, src.span_text(was.clone())) || date())
}

/// Whether only a common word opening the name changed, the rest kept word
/// for word ("Striker Ana Lopes" → "Forward Ana Lopes"): wording about the
/// person, for garbled-phrase or meaning-drift, not another name. A first
/// name before a lone surname ("Rose Kemp" → "Grace Kemp") is another name.
pub(super) fn retitled(
    doc: &Document,
    src: &Document,
    was: &Range<usize>,
    now: &Range<usize>,
) -> bool {
    let norms = |d: &Document, r: &Range<usize>| {
        d.tokens[r.start + 1..r.end]
            .iter()
            .map(|t| bare(&t.norm).to_string())
            .collect::<Vec<_>>()
    };
    let common = |d: &Document, t: usize| dictionary::is_known(bare(&d.tokens[t].norm));
    was.len() >= 3
        && now.len() == was.len()
        && common(src, was.start)
        && common(doc, now.start)
        && norms(src, was) == norms(doc, now)
}

/// Whether a post before a kept name was reworded in common words that
/// make no other post ("Chief Executive Laura Brennan" → "Boss Executive
/// Laura Brennan"): wording of the title, for garbled-phrase, not another
/// name. A post put for a post ("Dr" → "Director") is another title.
pub(super) fn post_reworded(
    doc: &Document,
    src: &Document,
    was: &Range<usize>,
    now: &Range<usize>,
) -> bool {
    let common = |d: &Document, r: &Range<usize>| {
        d.words(r.clone())
            .all(|(_, t)| dictionary::is_known(bare(&t.norm)))
    };
    in_post(src, was.start)
        && !is_title_word(bare(&doc.tokens[now.start].norm))
        && common(src, was)
        && common(doc, now)
        && bare(src.norm_at(was.end)) == bare(doc.norm_at(now.end))
}

/// Whether a word names a weekday or a month, in the singular or the plural
/// ("Saturdays").
fn is_date_word(word: &str) -> bool {
    is_calendar_word(word) || word.strip_suffix('s').is_some_and(is_calendar_word)
}
