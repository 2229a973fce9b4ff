//! Names translated word by word: a compound name turned into an "of"
//! phrase with a word changed or an article put inside ("the Sea Wren" →
//! "the Wren of the Sea", "Harbour Street" → "Street of the Port"), and a
//! plural name put as common words ("the Greens" → "the green ones").

use super::SourceNames;
use super::name_forms::same_name_word;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::dictionary;
use crate::lexicon::titles::is_title_word;
use crate::text::Document;
use crate::text::names::{Names, bare};
use crate::text::words::is_stopword;

/// Flags "Head of [the] Words" in the suspect sentence where the aligned
/// source sentence names "… Head" as one name of two words or more, and the
/// source never writes the phrase. Passes a reordering that keeps the name's
/// words with no article inside ("the Justice Department" → "the Department
/// of Justice"), one that adds words ("Foreign Minister" → "Minister of
/// Foreign Affairs"), a head that is a post or title, and a head no
/// dictionary knows, a person's name ("Hanna Tessaly of Ethiopia").
pub(super) fn of_phrases(
    doc: &Document,
    src: &Document,
    (theirs, names): (&Names, &SourceNames),
    pair: &AlignedPair,
    covered: &[bool],
    out: &mut Vec<Diagnostic>,
) {
    let range = pair.suspect_tokens(doc);
    let words: Vec<usize> = doc.words(range).map(|(t, _)| t).collect();
    let source_range = pair.source_tokens(src);
    for (k, &head) in words.iter().enumerate() {
        let norm = |t: usize| bare(&doc.tokens[t].norm);
        if !doc.is_capitalized(head)
            || words
                .get(k + 1)
                .is_none_or(|&t| norm(t) != "of" || t != head + 1)
            || covered[head]
        {
            continue;
        }
        let mut next = k + 2;
        let article = words.get(next).is_some_and(|&t| norm(t) == "the");
        if article {
            next += 1;
        }
        // The capitalised words after "of", with "and" between them.
        let mut tail: Vec<usize> = Vec::new();
        let mut prev = words[next - 1];
        while let Some(&t) = words.get(next) {
            let capital_next = words.get(next + 1).is_some_and(|&n| doc.is_capitalized(n));
            let joins = norm(t) == "and" && !tail.is_empty() && capital_next;
            if t != prev + 1 || !(doc.is_capitalized(t) || joins) {
                break;
            }
            tail.push(t);
            prev = t;
            next += 1;
        }
        while tail.last().is_some_and(|&t| norm(t) == "and") {
            tail.pop();
        }
        let Some(&last) = tail.last() else { continue };
        let h = norm(head);
        // A person's name ("Hanna Tessaly of Ethiopia") is no compound.
        if is_title_word(h) || !dictionary::is_known(h) {
            continue;
        }
        let phrase = doc.span_text(head..last + 1).to_lowercase();
        if names.lower_text.contains(&phrase) {
            continue;
        }
        let said: Vec<&str> = tail
            .iter()
            .map(|&t| norm(t))
            .filter(|w| !is_stopword(w))
            .collect();
        let found = theirs.runs().iter().find_map(|run| {
            if run.len() < 2 || run.start < source_range.start || run.end > source_range.end {
                return None;
            }
            let names: Vec<&str> = src.tokens[run.clone()]
                .iter()
                .map(|t| bare(&t.norm))
                .collect();
            let (&end, rest) = names.split_last()?;
            if end != h || rest.contains(&"of") {
                return None;
            }
            let rest: Vec<&str> = rest.iter().copied().filter(|w| !is_stopword(w)).collect();
            let lost = rest
                .iter()
                .any(|w| !said.iter().any(|v| same_name_word(w, v)));
            let added = said
                .iter()
                .any(|v| !rest.iter().any(|w| same_name_word(w, v)));
            ((lost && added) || (article && !lost && !added)).then_some(run.clone())
        });
        let Some(run) = found else { continue };
        let form = src.span_text(run);
        let written = doc.span_text(head..last + 1);
        let (start, end) = doc.token_span(head..last + 1);
        out.push(
            Diagnostic::new(
                start,
                end,
                format!("the name \"{form}\" is translated word by word as \"{written}\""),
            )
            .suggest(form)
            .evidence(form),
        );
    }
}

/// Flags a plural name written as common words ("the Greens" → "the green
/// ones") where the source never writes those words.
pub(super) fn plural_names(
    doc: &Document,
    names: &SourceNames,
    covered: &[bool],
    out: &mut Vec<Diagnostic>,
) {
    let words: Vec<usize> = doc.words(0..doc.tokens.len()).map(|(t, _)| t).collect();
    for w in words.windows(2) {
        let (t, ones) = (w[0], w[1]);
        let stem = bare(&doc.tokens[t].norm);
        if ones != t + 1 || bare(&doc.tokens[ones].norm) != "ones" || covered[t] {
            continue;
        }
        let Some(&form) = names.words.get(format!("{stem}s").as_str()) else {
            continue;
        };
        let written = doc.span_text(t..ones + 1);
        if names.lower_text.contains(&written.to_lowercase()) {
            continue;
        }
        let (start, end) = doc.token_span(t..ones + 1);
        out.push(
            Diagnostic::new(
                start,
                end,
                format!("the name \"{form}\" is written as common words, \"{written}\""),
            )
            .suggest(form)
            .evidence(form),
        );
    }
}

/// Prepositions that join the words of a name ("Office for Energy Markets").
const NAME_PREPOSITIONS: &[&str] = &["of", "for"];

/// Flags a name whose joining preposition was swapped for another ("Office
/// for Energy Markets" → "Office of Energy Markets") where the aligned source
/// sentence joins the same capitalised words otherwise and never writes the
/// suspect's form. A post ("Minister for Health") passes.
pub(super) fn swapped_prepositions(
    doc: &Document,
    src: &Document,
    (ours, names): (&Names, &SourceNames),
    pair: &AlignedPair,
    covered: &[bool],
    out: &mut Vec<Diagnostic>,
) {
    for t in pair.suspect_tokens(doc) {
        let Some((head, p, next)) = joined(doc, t) else {
            continue;
        };
        if covered[t] || is_title_word(head) {
            continue;
        }
        let found = pair
            .source_tokens(src)
            .find(|&s| joined(src, s).is_some_and(|(h, q, n)| h == head && n == next && q != p));
        let Some(s) = found else { continue };
        if names
            .lower_text
            .contains(&doc.span_text(t - 1..t + 2).to_lowercase())
        {
            continue;
        }
        let run = ours
            .runs()
            .iter()
            .find(|r| r.contains(&t))
            .cloned()
            .unwrap_or(t - 1..t + 2);
        let form = src.span_text(capitalised_around(src, s));
        let written = doc.span_text(run.clone());
        let (start, end) = doc.token_span(run);
        out.push(
            Diagnostic::new(
                start,
                end,
                format!("the name \"{form}\" is written \"{written}\""),
            )
            .suggest(form)
            .evidence(form),
        );
    }
}

/// Whether token `u` of `d` is a capitalised word.
fn capitalised_word(d: &Document, u: usize) -> bool {
    d.tokens[u].is_wordlike() && d.is_capitalized(u)
}

/// The capitalised words either side of a name preposition at token `t`.
fn joined(d: &Document, t: usize) -> Option<(&str, &str, &str)> {
    let p = bare(&d.tokens[t].norm);
    let name = |u: usize| capitalised_word(d, u);
    (t > 0
        && t + 1 < d.tokens.len()
        && NAME_PREPOSITIONS.contains(&p)
        && name(t - 1)
        && name(t + 1))
    .then(|| (bare(&d.tokens[t - 1].norm), p, bare(&d.tokens[t + 1].norm)))
}

/// The capitalised words either side of token `t`, with `t`.
fn capitalised_around(d: &Document, t: usize) -> std::ops::Range<usize> {
    let name = |u: usize| capitalised_word(d, u);
    let mut start = t;
    while start > 0 && name(start - 1) {
        start -= 1;
    }
    let mut end = t + 1;
    while end < d.tokens.len() && name(end) {
        end += 1;
    }
    start..end
}
