//! Reasons a changed count of negations is no flip: a failed condition
//! restated as an alternative, denied negative words, negations carried inside
//! words, negations moved from elsewhere in the source, and misspelt negators.

use super::abstained::held_back;
use super::assent::{contests, denies_contest};
use super::dropped::{REWRITTEN_CLAUSE, denial_dropped, nothing_new};
use super::earliest::{bound_kept, earliest_told_as_date};
use super::implied::implied;
use super::kept::{beyond_other_denials, kept_by_source, kept_for_denied};
use super::negation::Sides;
use super::negators::{DENIED_REACH, content_after, same_root};
use super::pending;
use super::restated::{restated_by_own, undenied_restatement};
use super::{
    evidence, inserted, litotes, question, remainder, rhetorical, split, still, suffixed, switched,
};
use crate::align::units::Units;
use crate::align::{AlignedPair, Edit};
use crate::checks::grammar::{AUXILIARIES, leaves_question_open};
use crate::lexicon::dictionary::misspelling_of;
use crate::lexicon::negation::{
    denying_noun, dissents, double_negations, implicit_negatives, is_negator, is_negator_word,
    prefixed_negatives, same_dissent,
};
use crate::lexicon::wordnet::{self, are_antonyms};
use crate::text::Document;
use crate::text::words::is_stopword;

/// Words after "if" within which a negation makes the condition a failure
/// ("if it fails to do so", "if they do not pay").
const FAILURE_REACH: usize = 4;

/// "If it fails to do so, the permit will lapse" → "…, or the permit will
/// lapse": a failed condition restated as an alternative, one negation fewer.
pub(super) fn or_else(doc: &Document, pair: &AlignedPair, a: usize, b: usize) -> bool {
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
pub(super) fn doubly_denied(theirs: &Units, ours: &Units, a: usize, b: usize) -> bool {
    let (tw, ow) = (theirs.words(), ours.words());
    // "did not rule out job losses" → "confirmed job losses".
    if evidence::untold_asserted(&tw, &ow) {
        return false;
    }
    let (td, od) = (double_negations(&tw), double_negations(&ow));
    if td.is_empty() && od.is_empty() {
        return false;
    }
    let live = |words: &[&str], denied: &[(usize, String)]| {
        // "did not vote against" → "voted against": a word of dissent one
        // side denies stands undenied on the other.
        let mut all = implicit_negatives(words);
        all.extend(dissents(words));
        // "found no irregularities" → "found irregularities".
        all.extend(words.iter().filter_map(|w| denying_noun(w)));
        // "not without risks" → "without risks".
        all.extend(
            words
                .iter()
                .filter(|w| **w == "without")
                .map(|w| w.to_string()),
        );
        for (_, d) in denied {
            if let Some(i) = all.iter().position(|w| w == d) {
                all.remove(i);
            }
        }
        all
    };
    let (tl, ol) = (live(&tw, &td), live(&ow, &od));
    // "no objections" → "objected to": one word, singular or plural; or
    // another word of dissent ("no objections" → "opposed the plan").
    let holds = |live: &[String], d: &str| {
        live.iter().any(|w| {
            same_dissent(w, d) || w.strip_suffix('s') == Some(d) || d.strip_suffix('s') == Some(w)
        })
    };
    let crossed = restated_by_own(&td, &tw, &ol, &ow)
        || restated_by_own(&od, &ow, &tl, &tw)
        || td.iter().any(|(_, d)| holds(&ol, d))
        || od.iter().any(|(_, d)| holds(&tl, d))
        || undenied_restatement(&tw, &td, &ow)
        || undenied_restatement(&ow, &od, &tw);
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
    // A negator denying another ("not … without") takes both out of the
    // count; a negative word denied as the other side denies a plain word of
    // its meaning ("would not close" → "would not shut") is no double
    // negation, and stays in.
    let denied = |d: &[(usize, String)], other: &[&str]| {
        d.iter()
            .filter(|(_, w)| !plainly_denied(other, w))
            .map(|(_, w)| 1 + usize::from(is_negator_word(w)))
            .sum::<usize>()
    };
    let (rest_a, rest_b) = (
        a.saturating_sub(denied(&td, &ow)),
        b.saturating_sub(denied(&od, &tw)),
    );
    // "was not short of nurses but lacked doctors" → "had enough nurses but
    // too few doctors": the rest carried by negative words.
    !crossed
        && !flipped(&td, &ow)
        && !flipped(&od, &tw)
        && (rest_a == rest_b || implied(theirs, ours, rest_a, rest_b))
}

/// Whether `words` deny a word that says what `base` says, itself or a
/// synonym ("would not close" for a denied "shut").
fn plainly_denied(words: &[&str], base: &str) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        (*w == base
            || wordnet::lemmas(w).iter().any(|l| l == base)
            || wordnet::synonym_rank(w, base).is_some())
            && (k.saturating_sub(DENIED_REACH)..k)
                .any(|j| is_negator(words, j, words.get(j + 1) == Some(&"one")))
    })
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

/// Whether an edit swapped a negator for a misspelling of it ("exempt" →
/// "exampt"): spelling's to report, no change of polarity.
pub(super) fn misspelt_negator(doc: &Document, src: &Document, e: &Edit) -> bool {
    let (theirs, ours) = (
        Units::new(src, e.source.clone()),
        Units::new(doc, e.suspect.clone()),
    );
    theirs
        .text
        .iter()
        .any(|n| is_negator_word(n) && ours.text.iter().any(|w| misspelling_of(w, n)))
}

/// Whether a changed edit's negation is no flip of its own: an open question
/// settled or a claim made certain (meaning-drift's), a negation inserted
/// with new content or stated in the source, a clause split off into a
/// sentence of its own, or a denied word restated with a negative prefix.
pub(super) fn excused(sides: Sides, e: &Edit, added: &[usize], na: usize) -> bool {
    let Sides {
        doc,
        src,
        pair,
        alignment,
        src_negators,
    } = sides;
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let nb = added.len();
    // The source's negators inside this edit.
    let edited = || {
        src_negators
            .iter()
            .copied()
            .filter(|t| e.source.contains(t))
    };
    // "did not say whether fares will rise" → "fares will rise": an open
    // question settled, which meaning-drift reports.
    let settled = || edited().any(|t| leaves_question_open(src, t));
    // "could not establish that the closures caused it" → "the closures
    // caused it": a claim made certain, which meaning-drift reports.
    let unproven = || edited().any(|t| evidence::proof_denied(doc, src, pair, t));
    // "had not decided whether to appeal" → "would appeal": likewise.
    let otherwise = || edited().any(|t| question::settled_otherwise(src, t, &ours.words()));
    // "did not say whether the part is used" → "confirmed that the part is
    // used": the copy attributes as found what the source left untold, a
    // flip of its own.
    // "did not say whether they would appeal" → "said they would appeal":
    // the verb of telling kept, undenied.
    let asserted = || evidence::asserted_or_told(doc, src, e);
    // "was considering a challenge but had not decided" → "has decided to
    // launch a challenge": a process told as complete, likewise.
    let pending = || edited().any(|t| pending::outcome_settled(src, t, &ours.words()));
    // "will not reopen before March" → "will reopen in March": an earliest
    // time hardened into the time, likewise.
    let earliest = || edited().any(|t| earliest_told_as_date(src, t, &ours.words()));
    if nb < na && (settled() || unproven() || otherwise() || pending() || earliest()) && !asserted()
    {
        return true;
    }
    // "were not properly disclosed" → "undisclosed": carried in its own edit.
    // "Nobody was injured when …" added before the source's sentence:
    // new content, which unsupported-content judges.
    let inserted = || {
        na == 0
            && e.source.is_empty()
            && (stated_in_source(doc, src, added)
                || inserted::new_content(doc, src, pair, e, added))
    };
    // "… never done, and approved" → "… never done. He also approved":
    // split off into a sentence of its own.
    let split = || nb < na && split::split_off(doc, src, pair, alignment, e, src_negators);
    // "fees that were not properly disclosed" → "undisclosed fees": the
    // denied word, prefixed, moved elsewhere in the sentence.
    let prefixed = || {
        nb + 1 == na
            && edited().any(|t| {
                let denied: Vec<&str> = src
                    .words(t + 1..src.tokens.len())
                    .take(DENIED_REACH)
                    .map(|(_, w)| w.norm.as_str())
                    .collect();
                !prefixed_negatives(&ours.words(), &denied).is_empty()
                    && prefixed_negatives(&theirs.words(), &denied).is_empty()
            })
    };
    // "… but has not yet received an answer" dropped, or rewritten
    // wholesale: the denial left with the clause and what it denied, which
    // omitted-content and unsupported-content judge ("had not played well"
    // → "had dominated" keeps the clause, and counts).
    let dropped = || {
        nb < na
            && !evidence::untold_asserted(
                &Units::new(src, e.source.clone()).words(),
                &Units::new(doc, e.suspect.clone()).words(),
            )
            && Units::new(src, e.source.clone()).words().len() >= REWRITTEN_CLAUSE
            && edited().all(|t| {
                denial_dropped(src, pair, t, &ours.words(), nothing_new(doc, src, pair, e))
            })
    };
    // "He found that she had not driven carelessly, had been travelling …":
    // the denial merged in from the source sentence beside the aligned ones.
    let neighbour = || nb > na && from_neighbour(doc, src, pair, added);
    let recast = || na == 0 && inserted::recast_quote(doc, src, pair, e, added);
    // "and it did not sail …" → "although high winds kept it in port":
    // the act denied in this edit told as a state kept in the sentence.
    // ("had no plans to" denies a noun, and counts; so does a state the
    // source sentence keeps too, "will remain open".)
    let kept = || {
        let verbal =
            || edited().all(|t| matches!(src.tokens[t].norm.as_str(), "not" | "never" | "cannot"));
        let beyond = || beyond_other_denials(pair, e, src_negators);
        nb == 0
            && na == 1
            && verbal()
            && kept_for_denied(&beyond(), &Units::new(src, e.source.clone()).words())
            && !kept_by_source(&beyond(), &theirs.words())
    };
    // "did not raise rates" → "refrained from raising rates".
    let held = || {
        let (tw, ow) = (theirs.words(), ours.words());
        (nb < na && held_back(&ow, &tw)) || (nb > na && held_back(&tw, &ow))
    };
    // "why wait?" → "saw no reason to wait".
    let why = || na == 0 && rhetorical::why_restated(doc, src, pair, added);
    // "29,870 finished" → "1,550 failed to finish" of 31,420: a remainder.
    let removed: Vec<usize> = edited().collect();
    let remainder = || {
        if nb > na {
            remainder::remainders(doc, src, pair, added, false)
        } else {
            remainder::remainders(doc, src, pair, &removed, true)
        }
    };
    // "people without homes" → "homeless people".
    let suffixed = || {
        if nb > na {
            suffixed::denied_by_suffix((doc, added), (src, pair.source_tokens(src)))
        } else {
            suffixed::denied_by_suffix((src, &removed), (doc, pair.suspect_tokens(doc)))
        }
    };
    // "collapsed shortly after" → "fell not long after".
    let litotes = || match (na, nb) {
        (0, 1) => litotes::denied_opposite((doc, added), (src, e.source.clone())),
        (1, 0) => litotes::denied_opposite((src, &removed), (doc, e.suspect.clone())),
        _ => false,
    };
    // "but that the need was real" → "but did not dispute that it needed":
    // a denied verb of contest says assent where the source contests nothing.
    let assent = || {
        na == 0
            && added.iter().all(|&t| denies_contest(doc, t))
            && !contests(src, pair.source_tokens(src))
    };
    // "would not face action until March" → "no action would be taken
    // before March": the same earliest bound.
    let bound = || {
        if nb > na {
            bound_kept(ours, added, &theirs.words())
        } else {
            bound_kept(theirs, &removed, &ours.words())
        }
    };
    // "questioned whether it could cope" → "warned it could not cope".
    let doubted = || na == 0 && question::doubt_asserted(&theirs.words(), &ours.words());
    inserted()
        || doubted()
        || assent()
        || split()
        || prefixed()
        || dropped()
        || neighbour()
        || recast()
        || why()
        || kept()
        || remainder()
        || suffixed()
        || (nb > na && switched::switch_restated(doc, src, pair, added))
        // "was still under way" → "had not yet concluded".
        || (nb > na && still::still_as_not_yet(doc, pair, added))
        || held()
        || litotes()
        || bound()
}

/// Whether every negation a suspect sentence added, with a word of the root
/// it denies, stands in a source sentence just before or after the aligned
/// ones, and the suspect denies that root no more often than the source:
/// merged in from that neighbour, not added.
fn from_neighbour(doc: &Document, src: &Document, pair: &AlignedPair, added: &[usize]) -> bool {
    let denials = |d: &Document, range: std::ops::Range<usize>, denied: &[&str]| {
        range
            .filter(|&k| is_negator_word(&d.tokens[k].norm))
            .filter(|&k| {
                let theirs = denied_words(d, k);
                theirs.len() == denied.len()
                    && theirs.iter().zip(denied).all(|(a, b)| same_root(a, b))
            })
            .count()
    };
    let before = pair.source.start.checked_sub(1);
    let after = Some(pair.source.end).filter(|&i| i < src.sentences.len());
    added.iter().all(|&t| {
        let denied = denied_words(doc, t);
        if denied.len() < NEIGHBOUR_WORDS {
            return false;
        }
        let beside = [before, after]
            .into_iter()
            .flatten()
            .any(|i| denials(src, src.sentences[i].tokens.clone(), &denied) > 0);
        beside
            && denials(doc, 0..doc.tokens.len(), &denied)
                <= denials(src, 0..src.tokens.len(), &denied)
    })
}

/// Content words after a negator by which a denial merged in from a
/// neighbouring sentence is known ("not driven carelessly" for "not driving
/// carelessly").
const NEIGHBOUR_WORDS: usize = 2;

/// The first [`NEIGHBOUR_WORDS`] content words among the few after the
/// negator at token `t`.
fn denied_words(doc: &Document, t: usize) -> Vec<&str> {
    doc.words(t + 1..doc.tokens.len())
        .take(NEIGHBOUR_WORDS + INSERTED_REACH)
        .map(|(_, w)| w.norm.as_str())
        .filter(|w| !is_stopword(w) && !AUXILIARIES.contains(w))
        .take(NEIGHBOUR_WORDS)
        .collect()
}
