//! Whether opposites beside a changed negation answer it.

use super::clause::{beside, same_clause};
use super::evidence;
use super::implied::implied;
use super::in_place::{self, DENYING_PREFIXES, without};
use super::negation::Changed;
use super::negators::same_root;
use super::swaps::{exchanged_opposites, exchanged_opposites_but};
use crate::align::units::Units;
use crate::align::{AlignedPair, Edit, EditKind};
use crate::checks::grammar::AUXILIARIES;
use crate::finding::Diagnostic;
use crate::lexicon::dictionary::misspelling_of;
use crate::lexicon::negation::{denying_prefix, implicit_negatives, is_negator_word};
use crate::text::Document;
use crate::text::words::stem;
use std::ops::Range;

/// Whether opposites answer the changed negations: `Some(true)` when they
/// cancel them, `Some(false)` when the count is settled otherwise (opposites
/// exchanged elsewhere, or negations carried inside words), `None` when each
/// changed edit is still to be judged.
///
/// In-place antonyms beside a changed negation are exchanged opposites;
/// without in-place ones, opposites exchanged anywhere in the sentence.
/// A negation carried by a word of its own edit is answered there ("does
/// not apply to homes built after 2020" → "excluding homes built before
/// 2020"): an opposite in another edit of its clause is a flip of its
/// own, unless it swaps a negative word ("would not act unless asked" →
/// "would only act if asked"). A claim the source leaves untold told as
/// found or confirmed is never answered ("did not comment on" →
/// "confirmed").
pub(super) fn answered(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    changed: &[Changed],
    carried: &[bool],
    flips: &[Diagnostic],
    (a, b): (usize, usize),
) -> Option<bool> {
    // "did not comment on" → "confirmed": no negative word elsewhere
    // answers a claim left untold that the copy tells as found.
    if evidence::untold_made_told(doc, src, changed) {
        return None;
    }
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let negative = |d: &Diagnostic| {
        let now = doc.text[d.start..d.end].to_lowercase();
        [Some(now.as_str()), d.suggestion.as_deref()]
            .into_iter()
            .flatten()
            .any(|w| !implicit_negatives(&[w]).is_empty())
    };
    let answers = |d: &Diagnostic| {
        changed.iter().zip(carried).any(|((e, ..), &c)| {
            let at = doc.tokens.partition_point(|t| t.start < d.start);
            beside(doc, e, d) && (!c || e.suspect.contains(&at) || negative(d))
        })
    };
    let answering = if flips.is_empty() {
        exchanged_opposites(theirs, ours)
    } else {
        flips.iter().filter(|d| answers(d)).count()
    };
    if answering > 0 && (a.abs_diff(b) + answering).is_multiple_of(2) {
        return Some(true);
    }
    // In-place flips in other clauses stand on their own ("before" →
    // "after"); opposites exchanged elsewhere still answer the negation
    // ("kept it open" → "had not closed it").
    if answering == 0 && !flips.is_empty() {
        let flipped: Vec<&str> = flips
            .iter()
            .flat_map(|d| [d.suggestion.as_deref(), Some(&doc.text[d.start..d.end])])
            .flatten()
            .collect();
        let others = exchanged_opposites_but(theirs, ours, &flipped);
        if others > 0 && (a.abs_diff(b) + others).is_multiple_of(2) {
            return Some(false);
        }
    }
    if a != b {
        // A negation carried inside its own edit ("would not ring" →
        // "would stay silent") answers that edit alone: the other edits
        // are weighed without it, so its negative word excuses no denial
        // dropped elsewhere ("did not expect" → "expected").
        let mut own: Vec<&Edit> = Vec::new();
        let (mut ca, mut cb) = (0, 0);
        for ((e, added, na), _) in changed.iter().zip(carried).filter(|(_, c)| **c) {
            own.push(*e);
            ca += na;
            cb += added.len();
        }
        let (ra, rb) = (a.saturating_sub(ca), b.saturating_sub(cb));
        // Without them, a negative word of theirs still counts where it
        // reaches past them ("keep its forecast … unchanged").
        let alone = own.is_empty() || ra == rb;
        if in_place::implied_beside_restated(pair, a, b, &[])
            && (alone || in_place::implied_beside_restated(pair, ra, rb, &own))
            && !swapped_elsewhere(doc, src, pair, changed, (a, b))
        {
            return Some(false);
        }
    }
    None
}

/// Most words a negative word's side of a one-word swap may hold ("removed"
/// → "taken away", "could" → "were free to").
const SWAP_WORDS: usize = 3;

/// Tokens that join clauses side by side, so a word before them governs
/// nothing after them.
const COORDINATION: &[&str] = &[
    ",", ";", ":", ".", "and", "but", "while", "whereas", "although", "though", "because",
];

/// Whether the negative words that answer the changed count only stand where
/// they replaced one plain word, in a clause no changed edit touches: such a
/// swap restates its own word, not the denial dropped elsewhere ("dropped
/// the action but refused to change" → "abandoned the action but agreed to
/// review"; "no animals would be removed …, and it was not seeking to
/// prosecute" → "… taken away …, and it intends to prosecute"), so without
/// it the count stays unanswered. A denial cut out with its words ("found
/// him, 61, not guilty" → "acquitted him, 61,") went into a word elsewhere;
/// a bare negator dropped leaves its clause, so a swap before a
/// coordination is elsewhere ("all outstanding claims … and would not
/// charge" → "all pending claims … and would charge"),
/// and a negative word that keeps the replaced word ("avoid infecting" →
/// "infect") or whose denied root the other side restates ("unvaccinated" →
/// "not vaccinated") carries a denial of its own.
fn swapped_elsewhere(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    changed: &[Changed],
    (a, b): (usize, usize),
) -> bool {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    // The side with fewer negations, the other side, and an edit's ranges
    // on them.
    type Sides = fn(&Edit) -> (&Range<usize>, &Range<usize>);
    let (fewer, more, fewer_doc, sides): (&Units, &Units, &Document, Sides) = if a > b {
        (ours, theirs, doc, |e| (&e.suspect, &e.source))
    } else {
        (theirs, ours, src, |e| (&e.source, &e.suspect))
    };
    // A denial cut out with the words it governed; a bare negator dropped
    // leaves its reach standing: the rest of its clause after it.
    let cut = |e: &Edit| {
        let (mine, other) = sides(e);
        mine.is_empty()
            && more.text[more.covering(other)]
                .iter()
                .any(|w| !is_negator_word(w))
    };
    if changed.iter().any(|(e, ..)| cut(e)) {
        return false;
    }
    // A swap reaches a bare negator's place when it stands after it in its
    // clause, or before it with no coordination between ("denied that its
    // members were to blame" → "said its members were not to blame").
    let reaches = |e: &Edit, mine: &Range<usize>| {
        let at = sides(e).0;
        if at.is_empty() && mine.end <= at.start {
            !fewer_doc.tokens[mine.end..at.start]
                .iter()
                .any(|t| COORDINATION.contains(&t.norm.as_str()))
        } else {
            same_clause(fewer_doc, at.clone(), mine.clone())
        }
    };
    let fw = fewer.words();
    let rooted = |n: &str| {
        let root = std::iter::once(&"non-")
            .chain(DENYING_PREFIXES)
            .find_map(|p| n.strip_prefix(p))
            .filter(|_| denying_prefix(n).is_some())
            .unwrap_or(n);
        more.text.iter().any(|x| stem(x) == stem(root))
    };
    let mut drop = Vec::new();
    for e in pair.edits.iter().filter(|e| e.kind == EditKind::Replace) {
        let (mine, other) = sides(e);
        let (m, o) = one_swapped(fewer, more, fewer.covering(mine), more.covering(other));
        if o.len() != 1 || m.is_empty() || m.len() > SWAP_WORDS {
            continue;
        }
        let (w, words) = (more.text[o.start].as_str(), &fw[m.clone()]);
        let plain = !is_negator_word(w)
            && implicit_negatives(&[w]).is_empty()
            && !words.iter().any(|x| stem(x) == stem(w));
        if !plain {
            continue;
        }
        let negatives = implicit_negatives(words);
        if negatives.is_empty()
            || negatives.iter().any(|n| rooted(n))
            || changed.iter().any(|(c, ..)| reaches(c, mine))
        {
            continue;
        }
        drop.extend(m);
    }
    if drop.is_empty() {
        return false;
    }
    let rest = without(fewer, &drop);
    !if a > b {
        implied(theirs, &rest, a, b)
    } else {
        implied(&rest, ours, a, b)
    }
}

/// The one word pair an edit of as many words on each side swapped when
/// its other words are kept or only misspelt ("outstanding applications" →
/// "pending aplications"), or, in an edit of several words, the one word
/// on each side left when auxiliaries and the words kept in another form
/// are set aside ("showed steady" → "had shown consistent"); otherwise the
/// edit's own ranges.
fn one_swapped(
    fewer: &Units,
    more: &Units,
    m: Range<usize>,
    o: Range<usize>,
) -> (Range<usize>, Range<usize>) {
    if o.len() < 2 {
        return (m, o);
    }
    if o.len() == m.len() {
        let differ: Vec<usize> = (0..o.len())
            .filter(|&i| {
                let (x, y) = (
                    fewer.text[m.start + i].as_str(),
                    more.text[o.start + i].as_str(),
                );
                stem(x) != stem(y) && !misspelling_of(x, y)
            })
            .collect();
        if let [i] = differ[..] {
            return (m.start + i..m.start + i + 1, o.start + i..o.start + i + 1);
        }
    }
    // Words of `r` in `u`, auxiliaries aside, with no word of the same
    // root in `s` of `v` ("in other towns" → "elsewhere" is no one swap).
    let left = |u: &Units, r: &Range<usize>, v: &Units, s: &Range<usize>| -> Vec<usize> {
        r.clone()
            .filter(|&i| {
                let x = u.text[i].as_str();
                !AUXILIARIES.contains(&x) && !v.text[s.clone()].iter().any(|y| same_root(x, y))
            })
            .collect()
    };
    let (x, y) = (left(fewer, &m, more, &o), left(more, &o, fewer, &m));
    match (x.as_slice(), y.as_slice()) {
        (&[i], &[j]) => (i..i + 1, j..j + 1),
        _ => (m, o),
    }
}
