//! A word inside a multi-word name swapped for a synonym ("Harwell Building
//! Society" → "Harwell Structure Society"), the name's other words kept.

use super::name_forms::same_name_word;
use crate::finding::Diagnostic;
use crate::lexicon::titles::is_title_word;
use crate::lexicon::{dictionary, wordnet};
use crate::text::Document;
use crate::text::names::{Names, bare};
use std::ops::Range;

/// Flags suspect names of two or more words that match a source name word for
/// word but one, at the same position, where the one is a common word put
/// for another ("Redmere Partners" → "Redmere Companions"; a synonym when the
/// name is all common words, "Clear Waters" → "Clean Waters"). A
/// name the source writes as well, one shortened or lengthened ("the Harwell
/// society", "City Council" → "council"), a post or title word changed, or a
/// word only put in the plural, a word the source writes in a name of its
/// own ("South African" → "South America"), passes, and so does the first word of a name
/// of three or more, which may describe what follows.
pub(super) fn swapped_name_words(
    doc: &Document,
    src: &Document,
    (ours, theirs): (&Names, &Names),
    covered: &[bool],
    out: &mut Vec<Diagnostic>,
) {
    let words = |d: &Document, r: &Range<usize>| -> Vec<String> {
        d.tokens[r.clone()]
            .iter()
            .map(|t| bare(&t.norm).to_string())
            .collect()
    };
    let source_runs: Vec<(Range<usize>, Vec<String>)> = theirs
        .runs()
        .iter()
        .filter(|r| r.len() >= 2)
        .map(|r| (r.clone(), words(src, r)))
        .collect();
    for now in ours.runs().iter().filter(|r| r.len() >= 2) {
        if now.clone().any(|t| covered[t]) {
            continue;
        }
        let b = words(doc, now);
        let same = |a: &[String]| a.iter().zip(&b).all(|(x, y)| same_name_word(x, y));
        if source_runs
            .iter()
            .any(|(_, a)| a.len() == b.len() && same(a))
        {
            continue;
        }
        let found = source_runs.iter().find_map(|(was, a)| {
            if a.len() != b.len() {
                return None;
            }
            let mut diff = a
                .iter()
                .zip(&b)
                .enumerate()
                .filter(|(_, (x, y))| !same_name_word(x, y));
            let (i, (x, y)) = diff.next()?;
            // A first word before two or more others may be a descriptor or
            // a title ("Principal Liam Foyle"), not the name's own word.
            let opens_long = i == 0 && b.len() > 2;
            // A kept word no dictionary knows ("Redmere") marks a proper
            // name, whose common word any swap mangles; else the swap must be
            // a synonym's.
            let proper = b.iter().any(|w| w != y && !dictionary::is_known(w));
            (diff.next().is_none()
                && !opens_long
                && !a.contains(y)
                && !theirs.capitalised_inside(y)
                && common_swap(x, y)
                && (proper || wordnet::synonym_rank(x, y).is_some()))
            .then_some((was, i))
        });
        let Some((was, i)) = found else { continue };
        let t = now.start + i;
        let (start, end) = doc.token_span(t..t + 1);
        let from = src.span_text(was.clone());
        out.push(
            Diagnostic::new(
                start,
                end,
                format!("\"{from}\" became \"{}\"", doc.span_text(now.clone())),
            )
            .suggest(src.span_text(was.start + i..was.start + i + 1))
            .evidence(from),
        );
    }
}

/// Whether name word `was` became `now` as one common word put for another:
/// both in the dictionary, neither a post or title, not merely the plural.
fn common_swap(was: &str, now: &str) -> bool {
    let plural = |a: &str, b: &str| {
        b.strip_suffix('s')
            .is_some_and(|s| s == a || b == format!("{a}es"))
    };
    was.chars().all(char::is_alphabetic)
        && now.chars().all(char::is_alphabetic)
        && dictionary::is_known(was)
        && dictionary::is_known(now)
        && !is_title_word(was)
        && !is_title_word(now)
        && !plural(was, now)
        && !plural(now, was)
}
