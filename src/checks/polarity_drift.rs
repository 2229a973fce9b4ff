//! `polarity-drift`: negation added or removed, antonyms and opposite phrases.

mod counterpart;
mod degree;
mod evidence;
mod inserted;
mod moved_denial;
mod opposed;
mod quantifier;
mod split;

use super::grammar::{AUXILIARIES, leaves_question_open, verb_after};
use super::{Check, Context, Rule};
use crate::align::units::Units;
use crate::align::{AlignedPair, Alignment, Edit, EditKind};
use crate::finding::{Category, Diagnostic, Severity};
use crate::lexicon::dictionary::{self, misspelling_of};
use crate::lexicon::negation::{
    double_negations, implicit_negatives, is_negator, is_negator_word, kept_as_denied_change,
    litotes, prefixed_negatives, until_denials,
};
use crate::lexicon::phrases::{find_any, oppositions};
use crate::lexicon::stance::shift;
use crate::lexicon::wordnet::{self, are_antonyms, lemmas};
use crate::text::Document;
use crate::text::numbers::is_ordinal_word;
use crate::text::tokens::TokenKind;
use crate::text::words::{is_stopword, stem};
use opposed::{are_converses, opposed};
use rustc_hash::FxHashSet;
use std::ops::Range;

/// Flags aligned sentences whose meaning flipped.
pub struct PolarityDrift;

static RULE: Rule = Rule {
    id: "polarity-drift",
    category: Category::Meaning,
    default_severity: Severity::Error,
    needs_source: true,
    summary: "Negation added or removed, or a word or phrase swapped for its opposite",
    explanation: "Counts negations (not, n't, no, never, without, nor, fail to, stop short of doing, rather than, \
instead of, nowhere near, little (not before a plural noun: \"little shops\") or few without a determiner, barely or hardly \
(not before an amount: \"barely 40 minutes\"), and words that deny by themselves: missed (not describing a noun: \"over missed \
targets\"), exempt…) on both sides of each aligned sentence, so \
\"and not from\" → \"rather than from\", \"no choice\" → \"little choice\", \"missed the \
deadline\" → \"failed to meet it\" and \"did not say when or how\" → \"did not say when. Nor did \
it say how\" pass (a \"nor\" after another negation is counted with it); an odd change that no antonym swap cancels (\"did not approve\" → \
\"rejected\" passes) is flagged where the negation appeared or vanished. Phrases of opposite \
polarity from a curated list (\"shunning the limelight\" ↔ \"in the headlines\") are flagged too, \
as is a figure that moves the other way however the sentence was reordered (\"rose 4.6 percent\" \
→ \"fell 4.6%\"), each reversal of a sentence counted (\"tightened … above\" → \"relaxed … below\"), \
a strict opposite from the curated news list in a sentence rebuilt around it \
(\"was welcomed by the union\" → \"the union criticised it\"; not between converse verbs, nor \
where negations could answer it; converse verbs with the parties swapped, one of them perhaps unnamed (\"A led 2-0\" → \"B \
trailed 2-0\"), or a thing handed over in the passive on both sides (\"was given daily\" → \"was taken daily\") pass), and a denial moved to another word both sentences name, so the \
counts balance (\"postponed, not cancelled\" → \"cancelled, not postponed\"), as is a negative \
quantifier swapped for a universal one before an unchanged predicate (\"none of them inside\" → \"all of them \
inside\"; \"no posts would be cut\" → \"every post would be kept\" passes). A negation carried inside a word (\"lose\", \"unable\", \"free of charge\", \"intact\", \"axed\", \"stuck\", \"capped\", \"elsewhere\", \"last seen\" \
for \"not seen since\", \"still awaiting\" for \"not yet\") \
answers an explicit one on the other side, as does keeping for a denied change (\"would \
not revise the forecast\" → \"would keep the forecast\"), a negation moved within its clause (\"no one was \
hurt\" → \"there were no injuries\") or answered by an opposite in its own clause (\"not \
high\" → \"low\") passes, and a negative prefix makes an opposite (\"unlicensed\" → \
\"licensed\"). A negation inside a clause the rewrite inserted, denying a word the source \
sentence never uses (\"Nobody was hurt when …\" added before the source's account), is new \
content and passes, and so does a superlative restated as a denied comparative (\"the \
largest since 2011\" → \"not since 2011 a bigger one\", \"for the first time\" → \"never \
before\"). A denied giving-up restated as going on (\"had not given up on\" → \"was still \
pursuing\") passes, as does a share told by its complement (\"won nine of 12\" → \"lost three of \
12\"), and a curated phrase whose source word another opposite already answers (\"ahead of plan \
but below forecasts\" → \"behind plan and short of forecasts\": one flip, \"behind\"); an opposite \
beside a negation that a word of its own edit carries stands (\"does not apply to flats built after \
2015\" → \"excluding flats built before 2015\"), and hyphenated opposites count whole \
(\"loss-making\" → \"profitable\"). A denying verb that is itself the opposite of the source's word \
(\"beating forecasts\" → \"missing forecasts\") is that flip, not a negation an opposite answers.",
    example_source: "Ma has been shunning the limelight and did not attend.",
    example_bad: "Ma has been in the headlines and attended.",
    example_good: "Ma has been shunning the limelight and didn't attend.",
};

/// Tokens holding a negation, judged with their context ("failed to", "not only").
fn negator_tokens(doc: &Document, units: &Units) -> Vec<usize> {
    let words = units.words();
    let spelt_one = |k: usize| {
        units
            .token
            .get(k + 1)
            .is_some_and(|&t| doc.tokens[t].norm == "one")
    };
    (0..words.len())
        .filter(|&k| is_negator(&words, k, spelt_one(k)) || stopped_short(&words, k))
        .map(|k| units.token[k])
        .collect()
}

/// Whether unit `k` is the "short" of "stopped short of blaming", which
/// denies as "did not blame" does ("stopped short of a strike" is left to
/// the words it restates).
fn stopped_short(words: &[&str], k: usize) -> bool {
    words[k] == "short"
        && words.get(k + 1) == Some(&"of")
        && words.get(k + 2).is_some_and(|w| w.ends_with("ing"))
        && k.checked_sub(1)
            .is_some_and(|p| lemmas(words[p]).iter().any(|l| l == "stop"))
}

impl Check for PolarityDrift {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(source) = ctx.source else { return };
        let (doc, src) = (ctx.suspect, source.doc);
        for pair in &source.alignment.pairs {
            opposite_phrases(doc, src, pair, out);
            direction_flips(doc, src, pair, out);
            direction_swapped(doc, src, pair, out);
            let mut flips = Vec::new();
            antonyms(doc, src, pair, &mut flips);
            moved_opposites(doc, src, pair, &mut flips);
            if !negation(doc, src, pair, source.alignment, &mut flips, out) {
                out.append(&mut flips);
            }
        }
        // An opposite phrase may also be an antonym ("opposed" → "supported"): one finding.
        out.sort_by_key(|d| (d.start, d.end));
        out.dedup_by(|later, kept| later.start == kept.start && later.end == kept.end);
    }
}

/// Words before an opposite phrase within which a negation denies it.
const DENIAL_REACH: usize = 3;

/// Flags suspect phrases of the opposite side of a source phrase.
fn opposite_phrases(doc: &Document, src: &Document, pair: &AlignedPair, out: &mut Vec<Diagnostic>) {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let (tw, ow) = (theirs.words(), ours.words());
    let (ts, os): (FxHashSet<&str>, FxHashSet<&str>) =
        (tw.iter().copied().collect(), ow.iter().copied().collect());
    for o in oppositions() {
        for (from, to) in [(&o.a, &o.b), (&o.b, &o.a)] {
            let (Some((s, sl)), Some((k, len))) =
                (find_any(&tw, &ts, from), find_any(&ow, &os, to))
            else {
                continue;
            };
            // The suspect kept the source's phrase, or the source states both sides
            // ("61% opposed, 32% supported"): nothing was flipped.
            if find_any(&ow, &os, from).is_some() || find_any(&tw, &ts, to).is_some() {
                continue;
            }
            // "rejected a proposal … but approved" → "turned down a plan": the
            // source sets its phrase against another word that the suspect's
            // phrase restates, so it states both sides.
            let (said, was) = (ow[k..k + len].join(" "), tw[s..s + sl].join(" "));
            let both = |(j, w): (usize, &&str)| {
                !(s..s + sl).contains(&j)
                    && are_antonyms(w, &was)
                    && wordnet::synonym_rank(w, &said).is_some()
            };
            if tw.iter().enumerate().any(both)
                || counterpart::answered_elsewhere((&tw, s..s + sl), (&ow, k..k + len))
            {
                continue;
            }
            // "will stay closed" → "will not reopen": a denied opposite restates;
            // the negation count judges it.
            // "will no longer be allowed" → "banned": a negation within a
            // few words, past auxiliaries.
            // "failed to meet" → "fell short of": a failure denies too.
            let denied = |words: &[&str], at: usize| {
                words[at.saturating_sub(DENIAL_REACH)..at]
                    .iter()
                    .any(|w| matches!(*w, "not" | "never" | "no"))
                    || matches!(
                        words[at.saturating_sub(2)..at],
                        ["fail" | "fails" | "failed" | "failing", "to"]
                    )
            };
            if denied(&tw, s) || denied(&ow, k) {
                continue;
            }
            let (start, end) = doc.token_span(ours.tokens(k..k + len));
            let was = src.span_text(theirs.tokens(s..s + sl));
            out.push(
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

/// Words searched after a verb of movement for the figure it moved by.
const FIGURE_REACH: usize = 3;

/// Verbs of movement with the figure right after them ("rose 4.6 percent"), as
/// (unit index, direction, figure).
fn moves<'a>(words: &[&'a str]) -> Vec<(usize, bool, &'a str)> {
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
fn direction_flips(doc: &Document, src: &Document, pair: &AlignedPair, out: &mut Vec<Diagnostic>) {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let (was, now) = (moves(&theirs.words()), moves(&ours.words()));
    for &(k, up, figure) in &now {
        let flipped = was.iter().find(|(_, u, f)| *f == figure && *u != up);
        let kept = was.iter().any(|(_, u, f)| *f == figure && *u == up);
        let Some(&(j, ..)) = flipped.filter(|_| !kept) else {
            continue;
        };
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

/// Longest replaced run (in tokens, either side) searched for an antonym swap.
const MAX_SWAP_TOKENS: usize = 4;

/// Whether `a` → `b` is a change of scope (some → all), which meaning-drift judges.
fn is_scope_shift(a: &str, b: &str) -> bool {
    shift(a, b).is_some_and(|(x, _)| x.class == "scope")
}

/// Substitutions of a word by its antonym ("gained" → "lost").
///
/// Only short in-place substitutions count: words paired up inside moved or
/// rewritten text are too loosely matched to call one the other's opposite.
fn antonyms(doc: &Document, src: &Document, pair: &AlignedPair, out: &mut Vec<Diagnostic>) {
    for e in pair.edits.iter().filter(|e| e.kind == EditKind::Replace) {
        if e.source.len().max(e.suspect.len()) > MAX_SWAP_TOKENS {
            continue;
        }
        let (theirs, ours) = (
            Units::new(src, e.source.clone()),
            Units::new(doc, e.suspect.clone()),
        );
        let flip = ours.text.iter().enumerate().find_map(|(k, b)| {
            theirs
                .text
                .iter()
                .enumerate()
                .find(|(j, a)| opposed((src, theirs.token[*j], a), (doc, ours.token[k], b)))
                .map(|(_, a)| (k, a))
        });
        // "approves a tax rise, cuts hours" → "backs a tax increase and trims
        // hours": each word has its own counterpart, the pairing is the aligner's.
        let flip = flip.filter(|(k, a)| {
            let b = &ours.text[*k];
            !(echoed(&pair.source_units, b) && echoed(&pair.suspect_units, a))
        });
        if let Some((k, a)) = flip {
            out.push(opposite_finding(
                doc,
                ours.token[k],
                a,
                src.span_text(e.source.clone()),
            ));
        }
    }
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

/// "leased two aircraft from Solmar" → "leased two aircraft to Solmar": the
/// preposition alone swapped for its opposite, the words on both sides kept.
fn direction_swapped(
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
        if opposite && kept(1) && kept(-1) && named() {
            out.push(opposite_finding(
                doc,
                e.suspect.start,
                a.unwrap_or_default(),
                src.span_text(pair.source_tokens(src)),
            ));
        }
    }
}

/// Opposites exchanged inside text the rewrite moved, each word on one side
/// only and standing among the same neighbours on both sides (both of them,
/// or two on one side: "net debt narrowed to 6.1 billion" → "while net debt
/// widened to 6.1 billion"; or one, for content words neither echoed by a
/// synonym nor set against an opposite in their own sentence).
fn moved_opposites(doc: &Document, src: &Document, pair: &AlignedPair, out: &mut Vec<Diagnostic>) {
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
        let j = (0..theirs.text.len()).find(|&j| {
            let c = contexts[j];
            let same = |i: usize| ctx[i].is_some() && ctx[i] == c[i];
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
        });
        if let Some(j) = j {
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
    for (j, k) in found {
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
    let denies = |d: &Document, u: &Units| {
        !negator_tokens(d, u).is_empty() || !implicit_negatives(&u.words()).is_empty()
    };
    let any_opposite = ours.text.iter().any(|b| {
        wordnet::news_antonyms(b)
            .iter()
            .any(|a| theirs_words.contains(a))
    });
    if !any_opposite || denies(src, theirs) || denies(doc, ours) {
        return Vec::new();
    }
    (0..ours.text.len())
        .filter_map(|k| {
            let b = ours.text[k].as_str();
            let opposites = wordnet::news_antonyms(b);
            if opposites.is_empty() || theirs_words.contains(b) {
                return None;
            }
            (0..theirs.text.len())
                .find(|&j| {
                    let a = theirs.text[j].as_str();
                    opposites.contains(&a)
                        && !ours_words.contains(a)
                        && !are_converses(a, b)
                        && opposed((src, theirs.token[j], a), (doc, ours.token[k], b))
                        && loosely_opposed((theirs, a), (ours, b))
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
const RELATIVE: &[&str] = &["ahead", "behind"];

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
fn opposite_finding(doc: &Document, t: usize, was: &str, evidence: &str) -> Diagnostic {
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
fn exchanged_opposites(theirs: &Units, ours: &Units) -> usize {
    exchanged_opposites_but(theirs, ours, &[])
}

/// [`exchanged_opposites`], leaving out the words of flips already reported.
fn exchanged_opposites_but(theirs: &Units, ours: &Units, flipped: &[&str]) -> usize {
    let only = |a: &Units, b: &Units| -> Vec<String> {
        a.text
            .iter()
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

/// Words after "if" within which a negation makes the condition a failure
/// ("if it fails to do so", "if they do not pay").
const FAILURE_REACH: usize = 4;

/// "If it fails to do so, the permit will lapse" → "…, or the permit will
/// lapse": a failed condition restated as an alternative, one negation fewer.
fn or_else(doc: &Document, pair: &AlignedPair, a: usize, b: usize) -> bool {
    let tw = pair.source_units.words();
    let failure = tw.iter().enumerate().any(|(k, w)| {
        *w == "if"
            && tw[k + 1..(k + 1 + FAILURE_REACH).min(tw.len())]
                .iter()
                .any(|x| is_negator_word(x))
    });
    let text = doc.span_text(pair.suspect_tokens(doc)).to_lowercase();
    let alternative =
        text.contains(", or ") || text.contains(" or else ") || text.contains("otherwise");
    failure && alternative && a == b + 1
}

/// Whether the negations that differ deny negative words ("did not rule out"
/// → "left open the possibility", "might return"): counted without them, the
/// sides agree, and no negative word one side denies stands undenied on the
/// other ("did not rule out" → "ruled out" is a flip).
fn doubly_denied(theirs: &Units, ours: &Units, a: usize, b: usize) -> bool {
    let (tw, ow) = (theirs.words(), ours.words());
    let (td, od) = (double_negations(&tw), double_negations(&ow));
    if td.is_empty() && od.is_empty() {
        return false;
    }
    let live = |words: &[&str], denied: &[(usize, String)]| {
        let mut all = implicit_negatives(words);
        for (_, d) in denied {
            if let Some(i) = all.iter().position(|w| w == d) {
                all.remove(i);
            }
        }
        all
    };
    let (tl, ol) = (live(&tw, &td), live(&ow, &od));
    let crossed = td.iter().any(|(_, d)| ol.contains(d)) || od.iter().any(|(_, d)| tl.contains(d));
    // "had not lost" → "had not won": the denied word itself was flipped, so
    // the negation now stands alone.
    // A denied negator turned to its opposite ("had not missed" → "had
    // scored") is a negation removed, counted as such.
    let flipped = |denied: &[(usize, String)], other: &[&str]| {
        denied.iter().any(|(_, d)| {
            !is_negator_word(d)
                && !other.contains(&d.as_str())
                && other.iter().any(|w| are_antonyms(d, w))
        })
    };
    // A negator denying another ("not … without") takes both out of the count.
    let denied = |d: &[(usize, String)]| {
        d.iter()
            .map(|(_, w)| 1 + usize::from(is_negator_word(w)))
            .sum::<usize>()
    };
    !crossed
        && !flipped(&td, &ow)
        && !flipped(&od, &tw)
        && a.saturating_sub(denied(&td)) == b.saturating_sub(denied(&od))
}

/// Whether the side with fewer explicit negations carries the missing ones in
/// its words ("will lose" → "will no longer have", "not enough" →
/// "insufficient"): words of negative meaning that the other side lacks.
fn implied(theirs: &Units, ours: &Units, a: usize, b: usize) -> bool {
    let (fewer, more) = if a < b {
        (theirs, ours)
    } else {
        (ours, theirs)
    };
    let (fw, mw) = (fewer.words(), more.words());
    let (fewer_negatives, more_negatives) = (implicit_negatives(&fw), implicit_negatives(&mw));
    // "hide … did not profit" → "conceal … profited": a negative word that
    // restates one of the other side carries nothing new.
    let inside: Vec<&String> = fewer_negatives
        .iter()
        .filter(|w| !more_negatives.contains(w))
        .filter(|w| {
            !more_negatives
                .iter()
                .any(|m| !fewer_negatives.contains(m) && wordnet::synonym_rank(w, m).is_some())
        })
        .collect();
    // A prefixed word ("undisclosed" for "not disclosed") counts once.
    let prefixed = prefixed_negatives(&fw, &mw)
        .into_iter()
        .filter(|w| !inside.iter().any(|x| x == w))
        .count();
    // "not unlike" → "similar to": two denials that affirm, restated.
    let affirmed = litotes(&mw).iter().filter(|w| !fw.contains(w)).count();
    // A carried "not … until" ("stay out until") answers no counted negation.
    (inside.len() + prefixed + affirmed).saturating_sub(until_denials(&mw)) >= a.abs_diff(b)
}

/// Flags negation added or removed, unless as many word flips beside it
/// cancel it out ("did not approve" → "rejected"); returns whether they
/// cancelled. A flip in another clause does not ("which approved …, found no
/// evidence" → "which rejected …, found evidence" is two flips).
fn negation(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    alignment: &Alignment,
    flips: &mut Vec<Diagnostic>,
    out: &mut Vec<Diagnostic>,
) -> bool {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let (src_negators, mut sus_negators) = (negator_tokens(src, theirs), negator_tokens(doc, ours));
    // "beating forecasts" → "missing forecasts": a denying verb that is
    // itself a flip's opposite is that flip, not a negation besides it
    // ("ever" → "never" is left to the count).
    sus_negators.retain(|&t| {
        wordnet::parts_of_speech(&doc.tokens[t].norm) & wordnet::VERB == 0
            || !flips.iter().any(|d| doc.tokens[t].start == d.start)
    });
    let (a, b) = (src_negators.len(), sus_negators.len());
    // No negation in either side: nothing was added or removed.
    if a == 0 && b == 0 {
        return false;
    }
    let changed: Vec<(&Edit, Vec<usize>, usize)> = pair
        .edits
        .iter()
        .filter(|e| e.kind != EditKind::Equal)
        .map(|e| {
            let na = src_negators.iter().filter(|t| e.source.contains(t)).count();
            let added = sus_negators
                .iter()
                .copied()
                .filter(|t| e.suspect.contains(t))
                .collect::<Vec<_>>();
            (e, added, na)
        })
        .filter(|(_, added, na)| added.len() != *na)
        .collect();
    // "not surprising" → "unsurprising": the denied word turned opposite in
    // the edit that dropped its denial restates it; other flips stand.
    if doubly_denied(theirs, ours, a, b) {
        flips.retain(|d| !changed.iter().any(|(e, ..)| beside(doc, e, d)));
        return false;
    }
    if or_else(doc, pair, a, b)
        || degree::superlative_restated(theirs, ours, a, b)
        || degree::shortfall_restated(theirs, ours, a, b)
    {
        return false;
    }
    // As many negations on each side balance, unless a flip answers one of
    // them in its own clause ("was too short" → "was not long enough") and so
    // leaves the other standing ("who was not involved" → "who was involved").
    // So does a negation carried inside a word of its own edit ("could lose
    // power" → "might be without power"), which leaves the other standing
    // ("did not expect outages" → "expected outages").
    let carried: Vec<bool> = changed
        .iter()
        .map(|(e, added, na)| {
            let (ts, os) = (
                Units::new(src, e.source.clone()),
                Units::new(doc, e.suspect.clone()),
            );
            // "would not revise the forecast" → "would keep the forecast";
            // "no posts would be cut" → "every post would be kept", where
            // the kept word and the change fall in later edits.
            let end = pair.source_tokens(src).end.min(e.source.end + KEPT_REACH);
            let rest = Units::new(src, e.source.start..end);
            let kept = || {
                added.len() + 1 == *na
                    && (kept_as_denied_change(&os.words(), &ts.words())
                        || kept_as_denied_change(&ours.words(), &rest.words()))
            };
            implied(&ts, &os, *na, added.len()) || kept()
        })
        .collect();
    if a == b
        && !carried.contains(&true)
        && !changed
            .iter()
            .any(|(e, ..)| flips.iter().any(|d| beside(doc, e, d)))
    {
        out.extend(moved_denial::moved_denials(
            doc,
            src,
            pair,
            &src_negators,
            &sus_negators,
        ));
        out.extend(quantifier::flipped_quantifiers(doc, src, pair));
        return false;
    }
    // In-place antonyms beside a changed negation are exchanged opposites;
    // without in-place ones, opposites exchanged anywhere in the sentence.
    // A negation carried by a word of its own edit is answered there ("does
    // not apply to homes built after 2020" → "excluding homes built before
    // 2020"): an opposite in another edit of its clause is a flip of its
    // own, unless it swaps a negative word ("would not act unless asked" →
    // "would only act if asked").
    let negative = |d: &Diagnostic| {
        let now = doc.text[d.start..d.end].to_lowercase();
        [Some(now.as_str()), d.suggestion.as_deref()]
            .into_iter()
            .flatten()
            .any(|w| !implicit_negatives(&[w]).is_empty())
    };
    let answers = |d: &Diagnostic| {
        changed.iter().zip(&carried).any(|((e, ..), &c)| {
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
        return true;
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
            return false;
        }
    }
    if a != b && implied(theirs, ours, a, b) {
        return false;
    }
    // "No one has been hurt" → "There have been no injuries": a negation
    // dropped in one edit and added in another of the same clause moved;
    // so did one that denies the same word on both sides ("have barely
    // changed, and stand at" → "stand at …, with waits little changed").
    let denial = |(e, added, _): &(&Edit, Vec<usize>, usize)| {
        let dropped = src_negators.iter().find(|t| e.source.contains(t));
        let denied = match (added.first(), dropped) {
            (Some(&t), _) => content_after(doc, t + 1..doc.tokens.len(), DENIED_REACH),
            (None, Some(&t)) => content_after(src, t + 1..src.tokens.len(), DENIED_REACH),
            (None, None) => None,
        };
        denied.map(stem)
    };
    let denials: Vec<_> = changed.iter().map(denial).collect();
    let moved = |i: usize| {
        let (e, added, na) = &changed[i];
        let sign = added.len() > *na;
        changed.iter().enumerate().any(|(j, (f, other, nf))| {
            j != i
                && (other.len() > *nf) != sign
                && other.len().abs_diff(*nf) == added.len().abs_diff(*na)
                && (same_clause(doc, e.suspect.clone(), f.suspect.clone())
                    || (denials[i].is_some() && denials[i] == denials[j]))
        })
    };
    let moved: Vec<bool> = (0..changed.len()).map(moved).collect();
    for (k, (e, added, na)) in changed.into_iter().enumerate() {
        if moved[k] || misspelt_negator(doc, src, e) {
            continue;
        }
        let nb = added.len();
        // "was not high" → "was low" beside a flip elsewhere: this edit is
        // answered by its own opposite, the rest still count.
        if nb.abs_diff(na) == 1
            && let Some(i) = flips.iter().position(|d| beside(doc, e, d))
        {
            flips.remove(i);
            continue;
        }
        // "did not say whether fares will rise" → "fares will rise": an open
        // question settled, which meaning-drift reports.
        let settled = || {
            src_negators
                .iter()
                .any(|&t| e.source.contains(&t) && leaves_question_open(src, t))
        };
        // "could not establish that the closures caused it" → "the closures
        // caused it": a claim made certain, which meaning-drift reports.
        let unproven = || {
            src_negators
                .iter()
                .any(|&t| e.source.contains(&t) && evidence::proof_denied(doc, src, pair, t))
        };
        if nb < na && (settled() || unproven()) {
            continue;
        }
        // "were not properly disclosed" → "undisclosed": carried in its own edit.
        // "Nobody was injured when …" added before the source's sentence:
        // new content, which unsupported-content judges.
        let inserted = || {
            na == 0
                && e.source.is_empty()
                && (stated_in_source(doc, src, &added)
                    || inserted::new_content(doc, src, pair, e, &added))
        };
        // "… never done, and approved" → "… never done. He also approved":
        // split off into a sentence of its own.
        let split = || nb < na && split::split_off(doc, src, pair, alignment, e, &src_negators);
        // "fees that were not properly disclosed" → "undisclosed fees": the
        // denied word, prefixed, moved elsewhere in the sentence.
        let prefixed = || {
            nb + 1 == na
                && src_negators.iter().any(|&t| {
                    if !e.source.contains(&t) {
                        return false;
                    }
                    let denied: Vec<&str> = src
                        .words(t + 1..src.tokens.len())
                        .take(DENIED_REACH)
                        .map(|(_, w)| w.norm.as_str())
                        .collect();
                    !prefixed_negatives(&ours.words(), &denied).is_empty()
                        && prefixed_negatives(&theirs.words(), &denied).is_empty()
                })
        };
        if carried[k] || inserted() || split() || prefixed() {
            continue;
        }
        let span = if nb > na {
            Some(added[0]..added[0] + 1)
        } else if !e.suspect.is_empty() {
            Some(
                denied_word(doc, src, pair, e, &src_negators)
                    .or_else(|| negated_clause(doc, src, e, &src_negators))
                    .unwrap_or(e.suspect.clone()),
            )
        } else {
            denied_word(doc, src, pair, e, &src_negators)
                .or_else(|| predicate_after(src, pair, e))
                .or_else(|| verb_after(doc, e.suspect.start..pair.suspect_tokens(doc).end))
        };
        let Some(span) = span else { continue };
        let (start, end) = doc.token_span(span);
        let message = if nb > na {
            "negation added"
        } else {
            "negation removed"
        };
        let was = src.span_text(e.source.clone());
        let message = if was.is_empty() {
            format!("{message} where the source has no words")
        } else {
            format!("{message}: the source says \"{was}\"")
        };
        out.push(
            Diagnostic::new(start, end, message).evidence(src.span_text(pair.source_tokens(src))),
        );
    }
    false
}

/// Tokens after an edit's dropped negation searched for the change a kept
/// word elsewhere in the sentence restates.
const KEPT_REACH: usize = 8;

/// Edits longer than this many tokens, on either side, get a removed
/// negation's finding on the word it denied, not on the rewritten stretch.
const LONG_EDIT: usize = 4;

/// Words that complete a negator rather than name what it denies ("no
/// longer", "not yet").
const NEGATOR_TAILS: &[&str] = &["longer", "yet", "even", "ever", "always"];

/// In a long rewritten stretch, the suspect token standing for the word the
/// source's removed negation denied ("said it would not lower the prices" →
/// "raised …, said it would now lower them": "lower"), looked for in the
/// edit first, then in the sentence.
fn denied_word(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    e: &Edit,
    negators: &[usize],
) -> Option<Range<usize>> {
    if !e.suspect.is_empty() && e.suspect.len().max(e.source.len()) <= LONG_EDIT {
        return None;
    }
    let n = *negators.iter().find(|t| e.source.contains(t))?;
    let found = |root: &str| {
        let find = |range: Range<usize>| {
            doc.words(range)
                .find(|(_, t)| stem(&t.norm) == root)
                .map(|(k, _)| k..k + 1)
        };
        find(e.suspect.clone()).or_else(|| find(pair.suspect_tokens(doc)))
    };
    // "would not raise prices as aggressively" → "would raise prices more
    // aggressively": the comparison is what the negation denied.
    if let Some(span) = equal_compared(src, n + 1..pair.source_tokens(src).end)
        .and_then(|w| found(&stem(w)))
        .map(|k| graded_by(doc, k))
    {
        return Some(span);
    }
    found(&stem(content_after(
        src,
        n + 1..e.source.end,
        DENIED_REACH,
    )?))
}

/// Words after a negator searched for an equal comparison ("as … as").
const COMPARED_REACH: usize = 6;

/// The word of an equal comparison ("as aggressively as") among the first
/// words of `range`.
fn equal_compared(src: &Document, range: Range<usize>) -> Option<&str> {
    let words: Vec<&str> = src
        .words(range)
        .take(COMPARED_REACH + 2)
        .map(|(_, t)| t.norm.as_str())
        .collect();
    words
        .windows(3)
        .find(|w| w[0] == "as" && w[2] == "as" && !is_stopword(w[1]))
        .map(|w| w[1])
}

/// Span `k` widened to the "more" or "less" that grades it ("more aggressively").
fn graded_by(doc: &Document, k: Range<usize>) -> Range<usize> {
    let before = k.start.checked_sub(1).map(|p| doc.tokens[p].norm.as_str());
    if matches!(before, Some("more" | "less")) {
        k.start - 1..k.end
    } else {
        k
    }
}

/// Punctuation that splits a long edit into clauses.
const CLAUSE_MARKS: &[&str] = &[",", ";"];

/// In an edit that spans clauses on both sides, split alike by commas ("all
/// the charges, showed no reaction" → "every charge, broke down in tears"),
/// the suspect clause standing where the source's removed negation stood.
fn negated_clause(
    doc: &Document,
    src: &Document,
    e: &Edit,
    negators: &[usize],
) -> Option<Range<usize>> {
    let marks = |d: &Document, r: Range<usize>| -> Vec<usize> {
        r.filter(|&t| CLAUSE_MARKS.contains(&d.tokens[t].norm.as_str()))
            .collect()
    };
    let (theirs, ours) = (marks(src, e.source.clone()), marks(doc, e.suspect.clone()));
    if theirs.is_empty() || theirs.len() != ours.len() {
        return None;
    }
    let n = *negators.iter().find(|t| e.source.contains(t))?;
    let i = theirs.partition_point(|&m| m < n);
    let start = if i == 0 {
        e.suspect.start
    } else {
        ours[i - 1] + 1
    };
    let end = ours.get(i).copied().unwrap_or(e.suspect.end);
    (start < end).then_some(start..end)
}

/// Words after a negator within which the word it denies is looked for.
const DENIED_REACH: usize = 4;

/// Tokens of kept subject within which a removed quantifier's predicate is
/// looked for.
const SUBJECT_REACH: usize = 4;

/// A removed quantifier of the subject ("said none of the runners was hurt"
/// → "said the runners were hurt") denied what the subject does: the
/// rewritten stretch right after the kept subject.
fn predicate_after(src: &Document, pair: &AlignedPair, e: &Edit) -> Option<Range<usize>> {
    // The quantifier opens a clause: first in the sentence, or after
    // punctuation or a verb of saying; "no longer" denies a verb instead.
    let opens = |k: usize| {
        let before = k.checked_sub(1).map(|p| &src.tokens[p]);
        let after = src.tokens.get(k + 1).map(|t| t.norm.as_str());
        before.is_none_or(|t| {
            t.kind != TokenKind::Word || matches!(t.norm.as_str(), "said" | "says" | "that")
        }) && !after.is_some_and(|w| NEGATOR_TAILS.contains(&w))
    };
    let quantifier = src
        .words(e.source.clone())
        .any(|(k, t)| matches!(t.norm.as_str(), "no" | "none") && opens(k));
    if !quantifier {
        return None;
    }
    pair.edits
        .iter()
        .find(|f| f.kind != EditKind::Equal && f.suspect.start > e.suspect.start)
        .map(|f| f.suspect.clone())
        .filter(|f| !f.is_empty() && f.start - e.suspect.start <= SUBJECT_REACH)
}

/// Whether every negation a suspect sentence inserted stands, with the word
/// it denies, somewhere in the source ("parts may not be available" → "parts
/// might not be available"): moved there, not added.
fn stated_in_source(doc: &Document, src: &Document, added: &[usize]) -> bool {
    added.iter().all(|&t| {
        let (negator, after) = (doc.tokens[t].norm.as_str(), denied_after(doc, t));
        after.is_some()
            && src
                .tokens
                .iter()
                .enumerate()
                .any(|(k, x)| x.norm == negator && denied_after(src, k) == after)
    })
}

/// Words after an inserted negator within which the word it denies is
/// looked for in both texts.
const INSERTED_REACH: usize = 3;

/// The word a negator at token `t` denies: the first word of content after it.
fn denied_after(doc: &Document, t: usize) -> Option<&str> {
    content_after(doc, t + 1..doc.tokens.len(), INSERTED_REACH)
}

/// The first word of content among the first `reach` words of `range`: no
/// stopword, auxiliary or negator's tail ("no longer").
fn content_after(doc: &Document, range: Range<usize>, reach: usize) -> Option<&str> {
    doc.words(range)
        .take(reach)
        .map(|(_, t)| t.norm.as_str())
        .find(|w| !AUXILIARIES.contains(w) && !is_stopword(w) && !NEGATOR_TAILS.contains(w))
}

/// Whether an edit swapped a negator for a misspelling of it ("exempt" →
/// "exampt"): spelling's to report, no change of polarity.
fn misspelt_negator(doc: &Document, src: &Document, e: &Edit) -> bool {
    let (theirs, ours) = (
        Units::new(src, e.source.clone()),
        Units::new(doc, e.suspect.clone()),
    );
    theirs
        .text
        .iter()
        .any(|n| is_negator_word(n) && ours.text.iter().any(|w| misspelling_of(w, n)))
}

/// Whether a flip stands in the clause of an edit's suspect side: no clause
/// boundary between them ("none of its staff would lose" → "all its staff
/// would keep"; not "which approved it, found no evidence").
fn beside(doc: &Document, e: &Edit, flip: &Diagnostic) -> bool {
    let at = doc.tokens.partition_point(|t| t.start < flip.start);
    same_clause(doc, e.suspect.clone(), at..at + 1)
}

/// Whether two token ranges of the suspect stand in one clause: no clause
/// boundary between them.
fn same_clause(doc: &Document, a: Range<usize>, b: Range<usize>) -> bool {
    let between = if b.start >= a.end {
        a.end..b.start
    } else if a.start >= b.end {
        b.end..a.start
    } else {
        return true;
    };
    !doc.tokens[between]
        .iter()
        .any(|t| CLAUSE_BOUNDARIES.contains(&t.norm.as_str()))
}

/// Tokens that end one clause and start another.
const CLAUSE_BOUNDARIES: &[&str] = &[
    ",", ";", ":", ".", "and", "but", "which", "who", "while", "whereas", "although", "though",
    "because", "said", "says",
];
