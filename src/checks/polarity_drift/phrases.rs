//! Opposites found whole: curated phrases of opposite polarity ("shunning
//! the limelight" ↔ "in the headlines"), figures that move the other way
//! ("rose 4.6 percent" → "fell 4.6%") and a swapped "from" ↔ "to".

use super::anchored::restated_by_figure;
use super::counterpart;
use super::reassigned::direction_held;
use super::remainder::remainder_opposite;
use super::replaced::replaced_apart;
use super::swaps::opposite_finding;
use super::turned::handed_the_other_way;
use crate::align::{AlignedPair, EditKind};
use crate::checks::grammar::{AUXILIARIES, MODALS};
use crate::finding::Diagnostic;
use crate::lexicon::negation::particle_at;
use crate::lexicon::phrases::{SIDE_A, SIDE_B, oppositions, sides_opened};
use crate::lexicon::wordnet::{self, are_antonyms};
use crate::text::Document;
use crate::text::numbers::time_word;
use crate::text::words::number_word;
use rustc_hash::FxHashSet;

/// Words before an opposite phrase within which a negation denies it.
const DENIAL_REACH: usize = 3;

/// Words before a phrase within which "none of" or "neither of" opens its
/// subject ("none of the parish councils opposed").
const SUBJECT_REACH: usize = 6;

/// Flags suspect phrases of the opposite side of a source phrase. One that
/// a negation denies on one side only ("did not approve" → "turned down")
/// goes to `answering` instead, for the negation count to weigh as a flip
/// that cancels it.
pub(super) fn opposite_phrases(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
    answering: &mut Vec<Diagnostic>,
) {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let tw = theirs.words();
    let ts: FxHashSet<&str> = tw.iter().copied().collect();
    // Only an opposition whose sides open a source and a suspect word can be found.
    let source_sides = sides_opened(&ts);
    if source_sides.iter().all(|&sides| sides == 0) {
        return;
    }
    let ow = ours.words();
    let os: FxHashSet<&str> = ow.iter().copied().collect();
    let suspect_sides = sides_opened(&os);
    for (n, o) in oppositions().iter().enumerate() {
        for (from, to, sides) in [
            (&o.a, &o.b, (SIDE_A, SIDE_B)),
            (&o.b, &o.a, (SIDE_B, SIDE_A)),
        ] {
            if source_sides[n] & sides.0 == 0 || suspect_sides[n] & sides.1 == 0 {
                continue;
            }
            // The suspect kept each of the source's phrases, or the source
            // states the other side as often ("61% opposed, 32% supported"):
            // nothing was flipped. A phrase kept from a clause the rewrite
            // split off ("did not approve …, but granted permission" → "turned
            // down …. It granted permission") leaves the other flipped. The
            // other side is looked for only once the first test passes.
            let (was_from, now_from) = (occurrences(&tw, &ts, from), occurrences(&ow, &os, from));
            if now_from.len() >= was_from.len() {
                continue;
            }
            let (was_to, now_to) = (occurrences(&tw, &ts, to), occurrences(&ow, &os, to));
            if was_to.len() >= now_to.len() {
                continue;
            }
            let (s, sl) = unmatched(&was_from, &tw, &ow);
            let (k, len) = nearest(&now_to, s as f32 / tw.len() as f32, ow.len());
            // "rejected a proposal … but approved" → "turned down a plan": the
            // source sets its phrase against another word that the suspect's
            // phrase restates, so it states both sides.
            // A particle after the object says the phrase with its verb
            // ("turned the application down": "turned down").
            let said = if len > 2 && matches!(ow[k + len - 1], "down" | "out") {
                format!("{} {}", ow[k], ow[k + len - 1])
            } else {
                ow[k..k + len].join(" ")
            };
            let was = tw[s..s + sl].join(" ");
            // So does one the suspect's phrase restates beside the figure it
            // stood by ("well below the record 12,400 MW" → "short of the
            // record 12,400 MW").
            let both = |(j, w): (usize, &&str)| {
                !(s..s + sl).contains(&j)
                    && are_antonyms(w, &was)
                    && (wordnet::synonym_rank(w, &said).is_some()
                        || restated_by_figure((&tw, s + sl - 1), (&ow, k + len - 1), |x| x == *w))
            };
            // "two of the ten voted against" → "eight of the ten voted in
            // favour": the remainder.
            if tw.iter().enumerate().any(both)
                || counterpart::answered_elsewhere((&tw, s..s + sl), (&ow, k..k + len))
                || remainder_opposite((src, theirs.token[s]), (doc, ours.token[k]))
                // "bids were rejected have asked for" → "bids were turned down
                // have called for": each phrase replaced another word in place.
                || replaced_apart(pair, theirs.tokens(s..s + sl), ours.tokens(k..k + len))
            {
                continue;
            }
            // "will stay closed" → "will not reopen": a denied opposite restates;
            // the negation count judges it, with the phrase as a flip.
            // "will no longer be allowed" → "banned": a negation within a
            // few words, past auxiliaries.
            // "failed to meet" → "fell short of": a failure denies too, as
            // does a refusal ("refused to rule out" → "left open").
            // "none of the parish councils opposed" → "every parish council
            // backed": a negative pronoun denies the verb after its noun, as
            // does "no" opening the subject ("no vessels will be barred from"
            // → "all vessels will be allowed into").
            let subject = |words: &[&str], at: usize| {
                let span = &words[at.saturating_sub(SUBJECT_REACH)..at];
                span.iter()
                    .position(|w| matches!(*w, "none" | "neither"))
                    .is_some_and(|p| span.get(p + 1) == Some(&"of"))
                    || span.first() == Some(&"no") && at.saturating_sub(SUBJECT_REACH) == 0
                    // "no judge would be allowed": "no" before the phrase's
                    // noun, only its auxiliaries between.
                    || span.iter().position(|w| *w == "no").is_some_and(|p| {
                        span.get(p + 2..).is_some_and(|verb| {
                            verb.iter()
                                .all(|w| AUXILIARIES.contains(w) || MODALS.contains(w))
                        })
                    })
            };
            let denied = |words: &[&str], at: usize| {
                subject(words, at)
                    || words[at.saturating_sub(DENIAL_REACH)..at]
                        .iter()
                        .any(|w| matches!(*w, "not" | "never" | "no"))
                    || matches!(
                        words[at.saturating_sub(2)..at],
                        [
                            "fail"
                                | "fails"
                                | "failed"
                                | "failing"
                                | "refuse"
                                | "refuses"
                                | "refused"
                                | "refusing"
                                | "decline"
                                | "declines"
                                | "declined",
                            "to"
                        ]
                    )
            };
            let (denied_before, denied_now) = (denied(&tw, s), denied(&ow, k));
            if denied_before && denied_now {
                continue;
            }
            let (start, end) = doc.token_span(ours.tokens(k..k + len));
            let was = src.span_text(theirs.tokens(s..s + sl));
            let to = if denied_before || denied_now {
                &mut *answering
            } else {
                &mut *out
            };
            to.push(
                Diagnostic::new(
                    start,
                    end,
                    format!(
                        "\"{was}\" became \"{}\": the opposite",
                        &doc.text[start..end]
                    ),
                )
                .evidence(was),
            );
        }
    }
}

/// Every occurrence (start, length) of any of `phrases` in `words`, the
/// longest one a start; `present` is the set of `words`.
fn occurrences(
    words: &[&str],
    present: &FxHashSet<&str>,
    phrases: &[Vec<&str>],
) -> Vec<(usize, usize)> {
    let mut found: Vec<(usize, usize)> = phrases
        .iter()
        .filter(|p| p.first().is_some_and(|w| present.contains(w)))
        // A phrase stands only where its first word does.
        .flat_map(|p| {
            (0..words.len())
                .filter(move |&at| words[at] == p[0])
                .filter_map(move |at| matched_at(words, at, p))
        })
        .collect();
    // The longest phrase at a start: "safe from", not "safe".
    found.sort_unstable_by_key(|&(at, len)| (at, std::cmp::Reverse(len)));
    found.dedup_by_key(|&mut (at, _)| at);
    found
}

/// Whether phrase `p` stands in `words` at `at`, a tally or figure allowed
/// between its words ("voted 9-6 against"), or a two-word phrase with its
/// particle after the object ("turned the offer down"): the units it spans.
fn matched_at(words: &[&str], at: usize, p: &[&str]) -> Option<(usize, usize)> {
    if let [verb, particle] = p
        && words[at] == *verb
        && let Some(j) = particle_at(words, at, particle)
    {
        return Some((at, j + 1 - at));
    }
    let mut k = at;
    for (i, w) in p.iter().enumerate() {
        while i > 0
            && words
                .get(k)
                .is_some_and(|x| x.starts_with(|c: char| c.is_ascii_digit()))
        {
            k += 1;
        }
        if words.get(k) != Some(w) {
            return None;
        }
        k += 1;
    }
    (!for_a_while(words, p, k)).then_some((at, k - at))
}

/// Whether phrase `p`, ending in "for" at unit `k` of `words`, is followed
/// by a plural length of time, at most one count word between ("campaigned
/// for years against", "argued for two decades"): the "for" tells how
/// long, not which side is taken.
fn for_a_while(words: &[&str], p: &[&str], k: usize) -> bool {
    let span = |w: &str| w.ends_with('s') && (time_word(w).is_some() || w == "decades");
    let count = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit())
            || number_word(w).is_some()
            || matches!(w, "many" | "several")
    };
    p.last() == Some(&"for")
        && words.get(k..).is_some_and(|rest| match rest {
            [w, ..] if span(w) => true,
            [n, w, ..] => count(n) && span(w),
            _ => false,
        })
}

/// The first of `found` (occurrences in `words`, not empty) whose words
/// `other` lacks, else the first.
fn unmatched(found: &[(usize, usize)], words: &[&str], other: &[&str]) -> (usize, usize) {
    let lacking =
        |&&(at, len): &&(usize, usize)| !other.windows(len).any(|w| w == &words[at..at + len]);
    *found.iter().find(lacking).unwrap_or(&found[0])
}

/// The one of `found` (occurrences in a sentence of `len` units, not
/// empty) whose place in it is nearest `share` of the way through: where
/// the rewrite kept the flipped phrase's clause ("those wards voted against
/// …, while the town centre voted in favour" → "those wards voted in favour
/// …, while the town centre backed it").
fn nearest(found: &[(usize, usize)], share: f32, len: usize) -> (usize, usize) {
    let off =
        |&&(at, _): &&(usize, usize)| ((at as f32 / len as f32 - share).abs() * 1000.0) as u32;
    *found.iter().min_by_key(off).unwrap_or(&found[0])
}

/// Words searched after a verb of movement for the figure it moved by.
const FIGURE_REACH: usize = 3;

/// Verbs of movement with the figure right after them ("rose 4.6 percent"), as
/// (unit index, direction, figure).
pub(super) fn moves<'a>(words: &[&'a str]) -> Vec<(usize, bool, &'a str)> {
    let loose = |w: &str| matches!(w, "up" | "down" | "higher" | "lower" | "cut" | "cuts");
    let figure = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    (0..words.len())
        .filter_map(|k| {
            let up = wordnet::direction(words[k])?;
            // "down 9%" with the figure right after; "a 9% rise" with it right
            // before (units drop the sign).
            let after = words.get(k + 1).copied().filter(|w| figure(w));
            let before = match k.checked_sub(2).map(|j| (words[j], words[j + 1])) {
                Some((f, "percent")) if figure(f) => Some(f),
                _ => k.checked_sub(1).map(|j| words[j]).filter(|w| figure(w)),
            };
            if let Some(f) = after.or(before) {
                return Some((k, up, f));
            }
            if loose(words[k]) {
                return None;
            }
            let f = words[k + 1..]
                .iter()
                .take(FIGURE_REACH)
                .find(|w| figure(w))?;
            Some((k, up, *f))
        })
        .collect()
}

/// "rose 4.6 percent" → "fell 4.6%": the same figure moving the other way,
/// however the words around it were reordered.
pub(super) fn direction_flips(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let (was, now) = (moves(&theirs.words()), moves(&ours.words()));
    for &(k, up, figure) in &now {
        let flipped = was.iter().find(|(_, u, f)| *f == figure && *u != up);
        let kept = was.iter().any(|(_, u, f)| *f == figure && *u == up);
        let Some(&(j, ..)) = flipped.filter(|_| !kept) else {
            continue;
        };
        if direction_held(pair, k, up) {
            continue;
        }
        let t = ours.token[k];
        let (start, end) = doc.token_span(t..t + 1);
        let before = src.span_text(theirs.tokens(j..j + 1));
        out.push(
            Diagnostic::new(
                start,
                end,
                format!(
                    "\"{before}\" became its opposite \"{}\"",
                    &doc.text[start..end]
                ),
            )
            .suggest(before)
            .evidence(src.span_text(pair.source_tokens(src))),
        );
    }
}

/// Tokens before a swapped preposition searched for the verb it turned with.
const TURNING_REACH: usize = 6;

/// "leased two aircraft from Solmar" → "leased two aircraft to Solmar": the
/// preposition alone swapped for its opposite, the words on both sides kept.
pub(super) fn direction_swapped(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    fn norm(d: &Document, t: usize) -> Option<&str> {
        d.tokens.get(t).map(|x| x.norm.as_str())
    }
    for e in pair.edits.iter().filter(|e| e.kind == EditKind::Replace) {
        if e.source.len() != 1 || e.suspect.len() != 1 {
            continue;
        }
        let (a, b) = (norm(src, e.source.start), norm(doc, e.suspect.start));
        let opposite = matches!(
            (a, b),
            (Some("from"), Some("to")) | (Some("to"), Some("from"))
        );
        // The object is the same name ("to Castrelo"), the verb before the same.
        let kept = |offset: isize| {
            let at = |start: usize| start.checked_add_signed(offset);
            let (x, y) = (at(e.source.start), at(e.suspect.start));
            matches!((x, y), (Some(x), Some(y)) if norm(src, x).is_some() && norm(src, x) == norm(doc, y))
        };
        // Checked once `kept(1)` has found the token after the preposition.
        let named = || {
            doc.is_capitalized(e.suspect.start + 1) || norm(doc, e.suspect.start + 1) == Some("the")
        };
        // "received a grant from the fund" → "the fund gave a grant to the
        // museum": the deal told from its other side.
        let other_way = || handed_the_other_way((src, e.source.start), (doc, e.suspect.start));
        // "sold it to Tarrow" → "bought it from Tarrow": the preposition
        // turned with its verb, whose flip is the finding ("received a grant
        // from the fund" → "gave a grant to the fund" is no antonym swap,
        // and the preposition is flagged).
        let with_verb = || {
            (2..=TURNING_REACH).any(|o| {
                let (x, y) = (
                    e.source.start.checked_sub(o),
                    e.suspect.start.checked_sub(o),
                );
                match (x.and_then(|x| norm(src, x)), y.and_then(|y| norm(doc, y))) {
                    (Some(p), Some(q)) => p != q && are_antonyms(p, q),
                    _ => false,
                }
            })
        };
        if opposite && kept(1) && kept(-1) && named() && !other_way() && !with_verb() {
            out.push(opposite_finding(
                doc,
                e.suspect.start,
                a.unwrap_or_default(),
                src.span_text(pair.source_tokens(src)),
            ));
        }
    }
}
