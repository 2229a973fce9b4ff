//! An estimate told as a valuation ("estimated at £28,000" → "valued at
//! £28,000"), or as figures of the source that an "according to" kept names
//! ("according to police estimates" → "according to police figures"), or
//! as the claim of the speaker an "according to" names ("the parish
//! estimated that" → "according to the parish").

use super::kept::{figure_after, is_approximation};
use super::words::hedging;
use crate::checks::grammar::BE;
use crate::lexicon::determiners::is_article;
use crate::lexicon::wordnet::{VERB, parts_of_speech};

/// Words after "at" within which the figure of a valuation is looked for
/// ("at more than £28,000").
const FIGURE_REACH: usize = 3;

/// Whether word `k` of `words` is a verb's participle setting a figure at a
/// value ("losses valued at £28,000", "evaluated at"), which keeps the
/// estimate of `source` it restates ("estimated at"); not an adjective
/// ("unchanged at €3.20"), nor a hedge itself.
pub(super) fn valuation(source: &[String], words: &[String], k: usize) -> bool {
    source.iter().any(|w| w.starts_with("estimat"))
        && words[k].ends_with("ed")
        && parts_of_speech(&words[k]) & VERB != 0
        && words.get(k + 1).is_some_and(|n| n == "at")
        && figure_near(words, k + 2)
        && !hedging(words, k)
}

/// Words "put" may take before "at" and still state an estimate ("put the
/// losses at"), unless it is put at risk.
const ESTIMATE_REACH: usize = 10;

/// Words "put" may take before an "at" that a figure follows: a long object
/// still states an estimate ("puts the cost of the flood, including repairs
/// to heated enclosures, at £74,000").
const FIGURE_ESTIMATE_REACH: usize = 16;

/// Whether word `k` of `words` opens a figure, or does within [`FIGURE_REACH`].
fn figure_near(words: &[String], k: usize) -> bool {
    words.iter().skip(k).take(FIGURE_REACH).any(|n| {
        n.trim_start_matches(|c: char| !c.is_alphanumeric())
            .starts_with(|c: char| c.is_ascii_digit())
    })
}

/// Whether the words after "put" make it an estimate: "put the losses at 40
/// million", or at a figure past a longer object.
pub(super) fn estimate_at(after: &[String]) -> bool {
    after
        .iter()
        .take(FIGURE_ESTIMATE_REACH)
        .position(|w| w == "at")
        .is_some_and(|k| {
            after.get(k + 1).is_none_or(|w| w != "risk")
                && (k < ESTIMATE_REACH || figure_near(after, k + 1))
        })
}

/// Words before an estimate within which the "according to" naming its
/// source is looked for ("according to Environment Agency estimates").
const SOURCE_REACH: usize = 5;

/// Whether the dropped hedge `hedge`, the noun "estimates" in the source's
/// words `from`, names the source's figures after an "according to" that the
/// suspect's words `to` keep: "according to police estimates" → "according
/// to police figures" still gives the count as police's, which is what an
/// estimate tells.
pub(super) fn estimates_attributed(hedge: &[String], from: &[String], to: &[String]) -> bool {
    let [noun] = hedge else { return false };
    let according = |words: &[String], end: usize| {
        words[end.saturating_sub(SOURCE_REACH)..end]
            .windows(2)
            .any(|w| w[0] == "according" && w[1] == "to")
    };
    matches!(noun.as_str(), "estimates" | "estimate")
        && (0..from.len()).any(|k| from[k] == *noun && according(from, k))
        && according(to, to.len())
}

/// Whether `from` holds a speaker's estimate of a clause ("the charity
/// estimates that 1.3 million people") whose speaker, the word before the
/// verb, `to` leaves out: an approximation before the figure ("some 1.3
/// million people") keeps no estimate of the speaker's; "about 1.3
/// million, according to the charity" still does.
pub(super) fn estimate_of_clause(from: &[String], to: &[String]) -> bool {
    (1..from.len().saturating_sub(1)).any(|k| {
        matches!(from[k].as_str(), "estimates" | "estimate" | "estimated")
            && from[k + 1] == "that"
            && !to.contains(&from[k - 1])
    })
}

/// Approximations before a figure in `to` ("some 1.3 million") not counted
/// as keeping the hedge of a speaker's estimate of a clause in `from` (see
/// [`estimate_of_clause`]).
pub(super) fn approximations_unkept(from: &[String], to: &[String]) -> usize {
    if !estimate_of_clause(from, to) {
        return 0;
    }
    (0..to.len())
        .filter(|&k| is_approximation(&to[k]) && figure_after(to, k))
        .count()
}

/// Words after "according to" within which the speaker of an estimate is
/// looked for ("according to an engineer's report the parish submitted").
const SPEAKER_REACH: usize = 6;

/// Whether the dropped hedge `hedge`, a speaker's verb of estimating in the
/// source's words `from` ("the parish estimated that", "auctioneers estimate
/// the collection could fetch"), is told in the suspect's words `to` after
/// an "according to" that names the same speaker, the word before the
/// verb: the estimate is still given as that speaker's ("according to the
/// parish, a rebuild would cost"). Not "an estimated 400,000", an estimate
/// of a figure with no speaker.
pub(super) fn estimate_told_according(hedge: &[String], from: &[String], to: &[String]) -> bool {
    let verb = |w: &str| matches!(w, "estimate" | "estimates" | "estimated");
    if !hedge.iter().any(|w| verb(w)) {
        return false;
    }
    let named = |speaker: &str| {
        to.windows(2).enumerate().any(|(j, w)| {
            w == ["according", "to"]
                && to[j + 2..(j + 2 + SPEAKER_REACH).min(to.len())]
                    .iter()
                    .any(|n| n == speaker)
        })
    };
    (1..from.len()).any(|k| {
        let speaker = from[k - 1].as_str();
        verb(&from[k])
            && !is_article(speaker)
            && !BE.contains(&speaker)
            && !matches!(speaker, "some" | "and")
            && named(speaker)
    })
}
