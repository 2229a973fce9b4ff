//! Hedges a rewrite keeps in other words: a denial of permission told as
//! one of ability, an approximation of a share, a wish for a hope, a fear
//! of an act to come, a claim kept with a hedge before it, a shared group
//! of attribution, an ability told by a word of ability.

use super::words::{HEDGE_SET, HEDGES, hedging, in_set};
use crate::align::AlignedPair;
use crate::align::units::Units;
use crate::checks::grammar::BE;
use crate::lexicon::dictionary::misspelling_of;
use crate::lexicon::spun::{is_spun_sense, is_spun_sense_in};
use crate::lexicon::stance::stances;
use crate::text::numbers::ROUND_PARTS;
use crate::text::words::{is_stopword, shares_root};
use std::ops::Range;

/// Denied modals of permission in `from` ("may not sell") that `to` keeps
/// as a denied ability ("cannot sell"), the one no more certain than the
/// other, or as a ban ("may not fly" → "bars drones from flying": "may
/// not" there forbids). Any other denied ability is certain ("blocked
/// from selling" → "cannot sell") and keeps no hedge.
pub(super) fn denials_kept(from: &[String], to: &[String]) -> usize {
    let denied = |words: &[String], modals: &[&str]| {
        words
            .windows(2)
            .filter(|w| w[1] == "not" && modals.contains(&w[0].as_str()))
            .count()
    };
    let (mays, abilities) = (denied(from, &["may"]), denied(to, &["can"]));
    let bans = to.iter().filter(|w| BANS.contains(&w.as_str())).count();
    denied(from, &["may", "might"]).min(abilities) + mays.saturating_sub(abilities).min(bans)
}

/// Words of a ban, which a denied "may" of permission restates ("drones may
/// not fly" → "drones are barred from flying").
const BANS: &[&str] = &[
    "ban",
    "bans",
    "banned",
    "banning",
    "bar",
    "bars",
    "barred",
    "barring",
    "prohibit",
    "prohibits",
    "prohibited",
    "prohibiting",
    "forbid",
    "forbids",
    "forbidden",
    "forbade",
    "outlaw",
    "outlaws",
    "outlawed",
];

/// Whether `word` approximates the figure after it ("about 40", "some 1.3
/// million"), as an estimate does.
pub(super) fn is_approximation(word: &str) -> bool {
    matches!(word, "about" | "around" | "some" | "nearly" | "almost")
}

/// Whether a figure follows word `k` of `words`: digits ("40"), a share or a
/// round figure ("half", "a third", "a dozen").
pub(super) fn figure_after(words: &[String], k: usize) -> bool {
    let part = |i: usize| {
        words
            .get(i)
            .is_some_and(|w| ROUND_PARTS.contains(&w.as_str()))
    };
    words.get(k + 1).is_some_and(|n| {
        n.starts_with(|c: char| c.is_ascii_digit())
            || part(k + 1)
            || matches!(n.as_str(), "a" | "an") && part(k + 2)
    })
}

/// Verbs of wish and aim that keep a hope of the source's ("hoped to" →
/// "aimed to", "wanted to", "aspire to").
const WISHES: &[&str] = &[
    "want", "wants", "wanted", "wanting", "aim", "aims", "aimed", "aiming", "seek", "seeks",
    "sought", "seeking", "wish", "wishes", "wished", "keen", "eager", "aspire", "aspires",
    "aspired", "aspiring",
];

/// Whether `words` state a wish or an aim (see [`WISHES`]).
pub(super) fn wished(words: &[String]) -> bool {
    wishes(words) > 0
}

/// How many words of `words` state a wish or an aim (see [`WISHES`]).
pub(super) fn wishes(words: &[String]) -> usize {
    words
        .iter()
        .filter(|w| WISHES.contains(&w.as_str()))
        .count()
}

/// Whether `next`, the word after a verb of fearing, is a gerund ("feared
/// losing customers"): a fear of an act to come, as "risks missing" is.
pub(super) fn gerund(next: Option<&str>) -> bool {
    use crate::lexicon::wordnet::{VERB, parts_of_speech};
    next.is_some_and(|n| n.ends_with("ing") && parts_of_speech(n) & VERB != 0)
}

/// Words before a claim kept within which a hedge of the suspect governs it.
const CLAIM_HEDGE_REACH: usize = 3;

/// The suspect token of the first content word after a hedge of `te` (the
/// claim it governed) where `pair`'s suspect sentence keeps that word, and
/// whether a hedge stands just before it there.
pub(super) fn claim_kept(pair: &AlignedPair, te: &[String]) -> Option<(usize, bool)> {
    let ours = &pair.suspect_units;
    let k = (0..te.len()).find(|&k| hedging(te, k))?;
    let claim = te[k + 1..].iter().find(|w| !is_stopword(w))?;
    let m = ours.text.iter().position(|w| shares_root(w, claim))?;
    let hedged = (m.saturating_sub(CLAIM_HEDGE_REACH)..m).any(|i| hedging(&ours.text, i));
    Some((ours.token[m], hedged))
}

/// Words of ability or permission that restate a "could" of the source
/// ("could apply" → "is eligible to apply", "so contractors could remove" →
/// "to allow contractors to take out").
const ABILITIES: &[&str] = &[
    "able",
    "unable",
    "eligible",
    "entitled",
    "allowed",
    "allow",
    "allows",
    "allowing",
    "permitted",
    "permit",
    "permits",
    "enable",
    "enables",
    "enabled",
    "enabling",
    // "said members could store" → "offered to let members store".
    "let",
    "lets",
    "letting",
];

/// Whether every hedge of `te` is a "could" or "can" of ability that the
/// suspect's words `near` the edit restate by a word of ability or
/// permission, an option ("had the option of booking") or room for it
/// ("could take only one wheelchair" → "had room for just one"), or that
/// the words `after`, reaching past the edit, restate by an adjective of
/// ability ("were clearly audible").
pub(super) fn ability_kept(te: &[String], near: &[String], after: &[String]) -> bool {
    let can = |w: &String| matches!(w.as_str(), "could" | "can");
    te.iter().any(can)
        && (0..te.len()).all(|k| !hedging(te, k) || can(&te[k]))
        && (near.iter().any(|w| ABILITIES.contains(&w.as_str()))
            || near.windows(2).any(|w| w[0] == "room" && w[1] == "for")
            || near
                .windows(2)
                .any(|w| w[0].starts_with("option") && matches!(w[1].as_str(), "of" | "to"))
            || (0..after.len()).any(|k| able_after_be(after, k)))
}

/// Whether word `k` of `words` is an adjective of ability a verb "be" states,
/// with an adverb between or none ("could be heard clearly" → "were clearly
/// audible", "could be repaired" → "was repairable").
fn able_after_be(words: &[String], k: usize) -> bool {
    let w = words[k].as_str();
    let able = w.len() >= 7
        && (w.ends_with("able") || w.ends_with("ible"))
        && !matches!(w, "possible" | "probable" | "unable");
    let be = |i: usize| BE.contains(&words[i].as_str());
    able && (k >= 1 && be(k - 1) || k >= 2 && words[k - 1].ends_with("ly") && be(k - 2))
}

/// Whether `a` and `b` share a group of attribution ("alleged", "argued").
pub(super) fn same_speech(a: &str, b: &str) -> bool {
    stances(a)
        .iter()
        .any(|x| x.class == "attribution" && stances(b).contains(x))
}

/// Letters a hedge needs before a word a letter or two from it is read as
/// that hedge misspelt: shorter words have too many neighbours.
const MISSPELT_MIN: usize = 6;

/// Whether `word` misspells a hedge of `source` ("forecast" → "forcast") or
/// any hedge of [`MISSPELT_MIN`] letters or more ("expected" →
/// "anticipatted"): the hedge is kept, and spelling reports the slip.
pub(super) fn misspelt_hedge(word: &str, source: &[String]) -> bool {
    source
        .iter()
        .any(|h| in_set(&HEDGE_SET, HEDGES, h) && misspelling_of(word, h))
        || HEDGES
            .iter()
            .any(|h| h.len() >= MISSPELT_MIN && misspelling_of(word, h))
}

/// Whether words `before` (what a suspect sentence says before its "will")
/// hedge as often as `from`, which hedges: "expects sales to reach" →
/// "predicts sales will reach", the "will" the content of the forecast.
pub(in crate::checks::meaning_drift) fn forecast_kept(from: &[String], before: &[String]) -> bool {
    let hedged = super::words::hedges(from);
    hedged > 0 && super::words::hedges(before) >= hedged
}

/// Tokens either side of a hedge's edit searched for a word marking the
/// sense a curated wrong-sense swap lost, as garbled-phrase searches.
const SENSE_REACH: usize = 4;

/// Whether the edit swaps a hedge of `from` for a spinner's wrong-sense word
/// of `to`, outright ("is expected to" → "is relied upon to") or beside a
/// word of the hedge's sense ("the provisional results" → "the temporary
/// results"): garbled-phrase's to report.
pub(super) fn spun_swap(
    theirs: &Units,
    source: &Range<usize>,
    from: &[String],
    to: &[String],
) -> bool {
    let near = source.start.saturating_sub(SENSE_REACH)..source.end + SENSE_REACH;
    let around = || {
        (0..theirs.text.len())
            .filter(|&k| near.contains(&theirs.token[k]))
            .map(|k| theirs.text[k].as_str())
    };
    to.iter().any(|w| {
        from.iter()
            .any(|h| is_spun_sense(h, w) || is_spun_sense_in(h, w, around()))
    })
}
