//! Degree overstated or understated: a small move told as a steep one, a gap
//! widened, a partial statement made whole, an intensifier the source does not
//! state.

mod comparisons;
mod moves;
mod near;
mod partials;
mod severity;

use super::word_senses::through_space;
use super::{flag_unit, flag_units};
use crate::align::{AlignedPair, EditKind};
use crate::finding::Diagnostic;
use crate::lexicon::stance::stances;
use crate::text::Document;
pub(super) use comparisons::comparison_restated;
pub(super) use moves::rout_claimed;
use moves::{EXTREME_MOVES, GENTLE_MOVES, PLAIN_MOVES, STEEP_MOVES};
pub use partials::partial_dropped;
pub(super) use severity::severity_added;

/// Whether a word tones a move down ("slightly", "modestly"; an adverb: "a
/// small town" says nothing of the move).
fn is_downtoner(word: &str) -> bool {
    (word.ends_with("ly") || word == "somewhat")
        && stances(word)
            .iter()
            .any(|s| s.class == "degree" && s.group == "low")
}

/// A move the source tells plainly or tones down ("shrank", "fell slightly")
/// told by a verb of a steep move ("collapsed", "slumped") with no word toning
/// it down.
pub fn steep_move(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    // A steep verb is rare: look for it first.
    let Some(k) = ow.iter().position(|w| STEEP_MOVES.contains(w)) else {
        return;
    };
    if ow.iter().any(|w| is_downtoner(w)) || tw.iter().any(|w| STEEP_MOVES.contains(w)) {
        return;
    }
    let toned_down = tw
        .iter()
        .any(|w| is_downtoner(w) || GENTLE_MOVES.contains(w));
    let plain = tw.iter().any(|w| PLAIN_MOVES.contains(w));
    let through_space = through_space(ow.get(k + 1).copied());
    // A plain fall told as a slump is common licence; as a collapse, not.
    if !(toned_down || (plain && EXTREME_MOVES.contains(&ow[k]) && !through_space)) {
        return;
    }
    let what = if toned_down {
        "the source tones it down"
    } else {
        "the source states no such degree"
    };
    flag_unit(
        doc,
        src,
        pair,
        k,
        |now| format!("\"{now}\" overstates the source's move: {what}"),
        out,
    );
}

/// Words that tell a gap is small ("slightly above", "just short of").
const NARROW: &[&str] = &["slightly", "marginally", "narrowly", "fractionally", "just"];

/// Words that tell a gap is wide ("well above", "far behind").
const WIDE: &[&str] = &[
    "well",
    "far",
    "comfortably",
    "way",
    "significantly",
    "substantially",
    "considerably",
    "much",
];

/// Words of a position against a mark ("above the $3.05 billion forecast").
const GAPS: &[&str] = &[
    "above", "below", "ahead", "behind", "over", "under", "short",
];

/// The position of `words` against a mark, with how wide the gap is told:
/// (index of the gap word, the position word, whether told wide).
fn gap<'a>(words: &[&'a str]) -> Option<(usize, &'a str, bool)> {
    words.windows(2).enumerate().find_map(|(k, w)| {
        let wide = WIDE.contains(&w[0]);
        ((wide || NARROW.contains(&w[0])) && GAPS.contains(&w[1])).then_some((k, w[1], wide))
    })
}

/// A narrow gap told as a wide one or a wide one as narrow ("slightly above
/// forecasts" → "well above forecasts").
pub fn gap_restated(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    if !ow.iter().any(|w| GAPS.contains(w)) {
        return;
    }
    let Some((k, now, wide_now)) = gap(ow) else {
        return;
    };
    // "below the target" → "well below the target": a gap the source
    // states plainly, widened.
    // "more than 40" → "well over 40": "more than" stands where "over" would.
    let over = |i: usize| {
        matches!(now, "over" | "above") && tw[i] == "than" && i > 0 && tw[i - 1] == "more"
    };
    let plain = || {
        wide_now
            && (1..tw.len()).any(|i| {
                let lead = (if over(i) {
                    i.checked_sub(2)
                } else {
                    Some(i - 1)
                })
                .map_or("", |l| tw[l]);
                (tw[i] == now || over(i)) && !WIDE.contains(&lead) && !NARROW.contains(&lead)
            })
            && !tw.iter().any(|w| WIDE.contains(w) || NARROW.contains(w))
    };
    let restated = gap(tw).is_some_and(|(_, was, wide_was)| was == now && wide_was != wide_now);
    if !(restated || plain()) {
        return;
    }
    let what = if wide_now { "widened" } else { "narrowed" };
    flag_units(
        doc,
        src,
        pair,
        k..k + 2,
        |text| format!("\"{text}\": the source's gap is {what}"),
        out,
    );
}

/// Words either side of the word an added degree modifies within which the
/// source may state that degree ("high enough").
const HEAD_REACH: usize = 2;

/// An adverb of degree or habit inserted where the source had none ("were
/// sceptical" → "were deeply sceptical", "worked" → "routinely worked").
pub(super) fn intensifier_added(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let degree = |w: &str| {
        w.ends_with("ly")
            && stances(w)
                .iter()
                .any(|s| matches!(s.class, "degree" | "habit"))
    };
    if pair.source_units.text.iter().any(|w| degree(w)) {
        return;
    }
    for e in pair.edits.iter().filter(|e| e.kind == EditKind::Insert) {
        let oe = pair.suspect_units.slice(e.suspect.clone());
        // "high enough" → "sufficiently high": a degree the source states of
        // the same word, beside it, in a word of the same group.
        let stated = |word: &str| {
            let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
            let Some(head) = ours.token.iter().position(|&t| t >= e.suspect.end) else {
                return false;
            };
            let same = |w: &String| {
                stances(w)
                    .iter()
                    .any(|s| s.class == "degree" && stances(word).contains(s))
            };
            (0..theirs.text.len()).any(|j| {
                theirs.text[j] == ours.text[head]
                    && theirs.text
                        [j.saturating_sub(HEAD_REACH)..(j + HEAD_REACH + 1).min(theirs.text.len())]
                        .iter()
                        .any(same)
            })
        };
        // "often using their bike" → "frequently as a mobility aid": the
        // source states the same habit elsewhere in the sentence, in a word
        // of the same row.
        let told = |word: &str| {
            let habits = stances(word).iter().filter(|s| s.class == "habit");
            habits.into_iter().any(|h| {
                pair.source_units
                    .text
                    .iter()
                    .any(|w| stances(w).contains(h))
            })
        };
        if let [word] = &oe.text[..]
            && degree(word)
            && !stated(word)
            && !told(word)
        {
            let (start, end) = doc.token_span(e.suspect.clone());
            out.push(
                Diagnostic::new(
                    start,
                    end,
                    format!("\"{word}\" was added: a degree the source does not state"),
                )
                .evidence(src.span_text(pair.source_tokens(src))),
            );
        }
    }
}

/// Modals whose denial "never" may raise ("could not" → "could never").
const MODALS: &[&str] = &[
    "could", "can", "would", "will", "should", "may", "might", "must",
];

/// "could not be done" → "could never be done": a modal's denial told as one
/// that holds for all time, which the source does not state (outside a
/// quotation).
pub fn denial_raised(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    if tw.contains(&"never") {
        return;
    }
    let Some(k) = (1..ow.len()).find(|&k| {
        ow[k] == "never"
            && MODALS.contains(&ow[k - 1])
            && tw.windows(2).any(|w| w == [ow[k - 1], "not"])
    }) else {
        return;
    };
    // Inside a quotation, misquote reports the changed words.
    let t = pair.suspect_units.token[k];
    if doc.quotes.encloses(t) {
        return;
    }
    flag_unit(
        doc,
        src,
        pair,
        k,
        |now| {
            format!("\"not\" became \"{now}\": the source's denial is raised to one for all time")
        },
        out,
    );
}
