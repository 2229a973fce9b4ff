//! Words swapped for their opposites: in place ("gained" → "lost"), in text
//! the rewrite moved, or in a sentence rebuilt around them, and the count of
//! opposites exchanged anywhere in two sentences.

use super::anchored::{keeps_figure, keeps_name};
use super::argument::{acts_elsewhere, predicative, same_argument, same_holder};
use super::negators::negator_tokens;
use super::opposed::{are_converses, opposed};
use super::reassigned::direction_held;
use super::replaced::{comma_runs, replaced_apart};
use super::still::denied_still;
use crate::align::units::Units;
use crate::align::{AlignedPair, EditKind};
use crate::finding::Diagnostic;
use crate::lexicon::negation::{implicit_negatives, is_negator_word};
use crate::lexicon::wordnet::{self, are_antonyms};
use crate::text::Document;
use crate::text::words::{has_stem, is_stopword, stem};
use rustc_hash::FxHashSet;
use std::ops::Range;

/// Longest replaced run (in tokens, either side) searched for an antonym swap.
const MAX_SWAP_TOKENS: usize = 4;

/// Substitutions of a word by its antonym ("gained" → "lost").
///
/// Only short in-place substitutions count: words paired up inside moved or
/// rewritten text are too loosely matched to call one the other's opposite.
pub(super) fn antonyms(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    // "were worse than surveys had suggested" → "turned out to be in better
    // shape than surveys had suggested": a comparison against the same
    // standard, however long the rewording before its "than".
    let compared = |d: &Document, end: usize| d.tokens.get(end).is_some_and(|t| t.norm == "than");
    let replaced = pair.edits.iter().filter(|e| e.kind == EditKind::Replace);
    for e in replaced {
        let than = compared(src, e.source.end) && compared(doc, e.suspect.end);
        let short =
            |(s, t): &(Range<usize>, Range<usize>)| s.len().max(t.len()) <= MAX_SWAP_TOKENS || than;
        for (source, suspect) in comma_runs(src, doc, e).into_iter().filter(short) {
            if antonym_in(doc, src, pair, (source, suspect), out) {
                break;
            }
        }
    }
}

/// Reports the first word of run `suspect` that opposes a word of run
/// `source` in its place, and whether it found one.
fn antonym_in(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (source, suspect): (Range<usize>, Range<usize>),
    out: &mut Vec<Diagnostic>,
) -> bool {
    let (theirs, ours) = (
        pair.source_units.slice(source.clone()),
        pair.suspect_units.slice(suspect),
    );
    let flip = ours.text.iter().enumerate().find_map(|(k, b)| {
        theirs
            .text
            .iter()
            .enumerate()
            .find(|(j, a)| opposed((src, theirs.token[*j], a), (doc, ours.token[k], b)))
            .map(|(j, a)| (k, j, a))
    });
    // "approves a tax rise, cuts hours" → "backs a tax increase and trims
    // hours": each word has its own counterpart, the pairing is the aligner's.
    let flip = flip.filter(|(k, _, a)| {
        let b = &ours.text[*k];
        !(echoed(&pair.source_units, b) && echoed(&pair.suspect_units, a))
    });
    // "exports totalled 31.6bn, while imports rose" → "imports climbed …,
    // while exports came to 31.6bn": the word stands by its own figure.
    let flip = flip.filter(|&(k, j, _)| {
        !keeps_figure(pair, theirs.token[j], ours.token[k])
            && !keeps_name(doc, src, pair, theirs.token[j], ours.token[k])
    });
    let Some((k, _, a)) = flip else {
        return false;
    };
    out.push(opposite_finding(
        doc,
        ours.token[k],
        a,
        src.span_text(source),
    ));
    true
}

/// Whether a word other than `w` in `units` says what `w` says: its stem, a
/// synonym or a movement the same way.
fn echoed(units: &Units, w: &str) -> bool {
    let (root, way) = (stem(w), wordnet::direction(w));
    units.text.iter().any(|u| {
        u != w
            && ((way.is_some() && wordnet::direction(u) == way)
                || stem(u) == root
                || wordnet::synonym_rank(u, w).is_some())
    })
}

/// Opposites exchanged inside text the rewrite moved, each word on one side
/// only and standing among the same neighbours on both sides (both of them,
/// or two on one side: "net debt narrowed to 6.1 billion" → "while net debt
/// widened to 6.1 billion"; or one, for content words neither echoed by a
/// synonym nor set against an opposite in their own sentence).
pub(super) fn moved_opposites(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    // Two words on each side, nearest first.
    fn neighbours(u: &Units, k: usize) -> [Option<&str>; 4] {
        let at = |i: Option<usize>| i.and_then(|i| u.text.get(i)).map(String::as_str);
        [
            at(k.checked_sub(1)),
            at(k.checked_sub(2)),
            at(Some(k + 1)),
            at(Some(k + 2)),
        ]
    }
    let contexts: Vec<[Option<&str>; 4]> = (0..theirs.text.len())
        .map(|j| neighbours(theirs, j))
        .collect();
    fn words(u: &Units) -> FxHashSet<&str> {
        u.text.iter().map(String::as_str).collect()
    }
    let (theirs_words, ours_words) = (words(theirs), words(ours));
    // Words an in-place swap already reported take no second pairing.
    let flagged = |k: usize| {
        out.iter()
            .any(|d| d.start == doc.tokens[ours.token[k]].start)
    };
    let used: Vec<String> = out.iter().filter_map(|d| d.suggestion.clone()).collect();
    let mut found: Vec<(usize, usize)> = Vec::new();
    for k in 0..ours.text.len() {
        if theirs_words.contains(ours.text[k].as_str()) || flagged(k) {
            continue;
        }
        let ctx = neighbours(ours, k);
        // Whether neighbour `i` of the source word with neighbours `c` is
        // the suspect word's too.
        let same_at = |c: &[Option<&str>; 4], i: usize| ctx[i].is_some() && ctx[i] == c[i];
        let j = (0..theirs.text.len()).find(|&j| {
            let same = |i: usize| same_at(&contexts[j], i);
            // Both neighbours, or the two words on one side, the same;
            // or one neighbour, for content words that each stand alone.
            let anchored = (same(0) && same(2)) || (same(0) && same(1)) || (same(2) && same(3));
            let (a, b) = (&theirs.text[j], &ours.text[k]);
            // Cheapest tests first: most pairs share no neighbour.
            (anchored || same(0) || same(2))
                && !ours_words.contains(a.as_str())
                && !used.contains(a)
                && !found.iter().any(|&(i, _)| i == j)
                && opposed((src, theirs.token[j], a), (doc, ours.token[k], b))
                && (anchored || loosely_opposed((theirs, a), (ours, b)))
                // "that can carry … unable to use" → "able to carry … shut
                // out of": each word replaced another in place.
                && !replaced_apart(
                    pair,
                    theirs.token[j]..theirs.token[j] + 1,
                    ours.token[k]..ours.token[k] + 1,
                )
        });
        // "began at noon … ended at noon" → "started at noon … finished at
        // noon": a source word saying what the suspect's does, among more
        // of its neighbours, is its counterpart.
        let matched = |c: &[Option<&str>; 4]| (0..4).filter(|&i| same_at(c, i)).count();
        if let Some(j) = j.filter(|&j| {
            let (b, near) = (&ours.text[k], matched(&contexts[j]));
            let b_stem = stem(b);
            !(0..theirs.text.len()).any(|i| {
                i != j
                    && matched(&contexts[i]) > near
                    && (has_stem(&theirs.text[i], &b_stem)
                        || wordnet::synonym_rank(&theirs.text[i], b).is_some())
            })
        }) {
            found.push((j, k));
        }
    }
    // Each reversal in a sentence counts: "tightened its rules … above" →
    // "loosened its rules … below" is two flips, however each was found.
    let rebuilt = reordered_opposites(doc, src, pair, &theirs_words, &ours_words);
    for (j, k) in rebuilt {
        let taken = found.iter().any(|&(i, l)| i == j || l == k);
        if !taken && !flagged(k) && !used.contains(&theirs.text[j]) {
            found.push((j, k));
        }
    }
    let evidence = src.span_text(pair.source_tokens(src));
    // "rose slightly … fell by 6 percent" → "edged up by 6 percent …
    // slipped": the movement kept its own way, the figure moved to it.
    let held =
        |k: usize| wordnet::direction(&ours.text[k]).is_some_and(|up| direction_held(pair, k, up));
    for (j, k) in found.into_iter().filter(|&(_, k)| !held(k)) {
        out.push(opposite_finding(
            doc,
            ours.token[k],
            &theirs.text[j],
            evidence,
        ));
    }
}

/// Opposites exchanged in a sentence rebuilt around them, no neighbour kept
/// ("was welcomed by the union" → "the union criticised it"): a strict
/// opposite from the curated news list, each word on one side only, in
/// sentences with no negation that could answer it and no converse verbs,
/// whose parties a rebuilt sentence swaps.
fn reordered_opposites(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    theirs_words: &FxHashSet<&str>,
    ours_words: &FxHashSet<&str>,
) -> Vec<(usize, usize)> {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    // "low participation" → "participation is high": opposite adjectives,
    // one of them after "be", taken only where they describe the same noun.
    let linked = predicative(theirs) || predicative(ours);
    let listed = || {
        ours.text.iter().any(|b| {
            wordnet::news_antonyms(b)
                .iter()
                .any(|a| theirs_words.contains(a))
        })
    };
    // Without a linked adjective only a listed opposite can flip.
    if !linked && !listed() {
        return Vec::new();
    }
    // Adjectives found on one side only, when some adjective is linked.
    let adjectives = |u: &Units, other: &FxHashSet<&str>| -> Vec<bool> {
        u.text
            .iter()
            .map(|w| {
                linked
                    && !other.contains(w.as_str())
                    && wordnet::parts_of_speech(w) & wordnet::ADJECTIVE != 0
            })
            .collect()
    };
    let (theirs_adjectives, ours_adjectives) = (
        adjectives(theirs, ours_words),
        adjectives(ours, theirs_words),
    );
    let recast = linked
        && ours.text.iter().zip(&ours_adjectives).any(|(b, &adj)| {
            adj && theirs
                .text
                .iter()
                .zip(&theirs_adjectives)
                .any(|(a, &adj)| adj && are_antonyms(a, b))
        });
    let any_opposite = recast || listed();
    if !any_opposite
        || !negator_tokens(src, theirs).is_empty()
        || !negator_tokens(doc, ours).is_empty()
    {
        return Vec::new();
    }
    // A word that denies by itself answers no other flip when it is the
    // opposite paired ("rejected a proposal" → "a plan … was backed").
    let (theirs_negatives, ours_negatives) = (
        implicit_negatives(&theirs.words()),
        implicit_negatives(&ours.words()),
    );
    // Its pair counts as its own ("remained low" → "high stocks").
    let only = |negatives: &[String], u: &Units, k: usize| {
        negatives.is_empty() || {
            let own = implicit_negatives(&u.words()[k.saturating_sub(1)..=k]);
            negatives.iter().all(|n| own.contains(n))
        }
    };
    (0..ours.text.len())
        .filter_map(|k| {
            let b = ours.text[k].as_str();
            let opposites = wordnet::news_antonyms(b);
            // "approved a fund and rejected a levy" → "backed a fund, while
            // a levy was approved": the source's own "approved" acts on
            // something else, and the opposite must act on the same thing.
            let elsewhere = theirs_words.contains(b);
            if (opposites.is_empty() && !(recast && ours_adjectives[k]))
                || (elsewhere && !acts_elsewhere(theirs, (ours, k)))
            {
                return None;
            }
            (0..theirs.text.len())
                .find(|&j| {
                    let a = theirs.text[j].as_str();
                    let listed = opposites.contains(&a);
                    (listed
                        || (recast
                            && ours_adjectives[k]
                            && theirs_adjectives[j]
                            && are_antonyms(a, b)
                            && same_holder((theirs, j), (ours, k))))
                        && !ours_words.contains(a)
                        && only(&theirs_negatives, theirs, j)
                        && only(&ours_negatives, ours, k)
                        && !are_converses(a, b)
                        && opposed((src, theirs.token[j], a), (doc, ours.token[k], b))
                        // An opposite adjective has its noun already.
                        && (!listed
                            || (!elsewhere && loosely_opposed((theirs, a), (ours, b)))
                            || same_argument((theirs, j), (ours, k)))
                        && !in_place(theirs, j, ours)
                        && !in_place(ours, k, theirs)
                })
                .map(|j| (j, k))
        })
        .collect()
}

/// Whether word `k` of `u` stands between the same two words as some word of
/// `other`: that word is its counterpart ("blocking ditches and removing
/// trees" → "plugging ditches and clearing trees": "clearing" restates
/// "removing", not the opposite of "blocking").
fn in_place(u: &Units, k: usize, other: &Units) -> bool {
    let (Some(p), Some(n)) = (k.checked_sub(1).map(|p| &u.text[p]), u.text.get(k + 1)) else {
        return false;
    };
    other.text.windows(3).any(|w| &w[0] == p && &w[2] == n)
}

/// Words of relative position: "ahead of" one party is "behind" the other
/// ("A finished ahead of B" → "B was behind A").
pub(super) const RELATIVE: &[&str] = &["ahead", "behind"];

/// Whether source word `a` and suspect word `b`, held by one shared neighbour
/// only, are content words each of whose sentences takes one side alone and
/// says neither's meaning in other words ("had worsened" → "had improved"; a
/// sentence that "rejected" one measure and "approved" another may restate
/// either as "backed").
fn loosely_opposed((theirs, a): (&Units, &str), (ours, b): (&Units, &str)) -> bool {
    let content =
        |w: &str| !is_stopword(w) && wordnet::direction(w).is_none() && !RELATIVE.contains(&w);
    let one_side = |u: &Units, w: &str| !u.text.iter().any(|x| are_antonyms(x, w));
    content(a)
        && content(b)
        && one_side(theirs, a)
        && one_side(ours, b)
        && !echoed(theirs, b)
        && !echoed(ours, a)
}

/// The finding for suspect token `t`, the opposite of source word `was`.
pub(super) fn opposite_finding(doc: &Document, t: usize, was: &str, evidence: &str) -> Diagnostic {
    let (start, end) = doc.token_span(t..t + 1);
    Diagnostic::new(
        start,
        end,
        format!(
            "\"{was}\" became its opposite \"{}\"",
            &doc.text[start..end]
        ),
    )
    .suggest(was)
    .evidence(evidence)
}

/// Opposites exchanged anywhere in the two sentences, each word on one side
/// only ("not expected to fall below 28C" → "to stay above 28C"): they answer a
/// negation the rewording moved, as an in-place antonym does.
pub(super) fn exchanged_opposites(theirs: &Units, ours: &Units) -> usize {
    exchanged_opposites_but(theirs, ours, &[])
}

/// [`exchanged_opposites`], leaving out the words of flips already reported.
pub(super) fn exchanged_opposites_but(theirs: &Units, ours: &Units, flipped: &[&str]) -> usize {
    let only = |a: &Units, b: &Units| -> Vec<String> {
        a.text
            .iter()
            .enumerate()
            // "by up to 40%" bounds an amount; it moves nothing ("could cut
            // fuel use by up to 40%" → "might reduce it by as much as 40%").
            .filter(|&(k, w)| !(w == "up" && a.text.get(k + 1).is_some_and(|n| n == "to")))
            // "still not" opposes "already" through its denial.
            .filter(|&(k, _)| !denied_still(&a.text, k))
            .map(|(_, w)| w)
            .filter(|w| !b.text.contains(w) && !is_negator_word(w))
            .filter(|w| !flipped.iter().any(|f| f.eq_ignore_ascii_case(w)))
            .cloned()
            .collect()
    };
    let (was, now) = (only(theirs, ours), only(ours, theirs));
    was.iter()
        .filter(|a| now.iter().any(|b| are_antonyms(a, b)))
        .count()
}
