//! Bounds on figures: a cap made a floor, a near figure made a floor, a cap or
//! floor dropped, an approximation dropped.

mod approximate;
mod dropped;

pub(super) use approximate::approximation_dropped;

use super::flag_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::numbers::{FLOOR_PHRASES, is_calendar_word, plain_number};
use dropped::bound_dropped;

/// Phrases that cap a figure ("up to 180 million").
const CEILINGS: &[&[&str]] = &[
    &["up", "to"],
    &["at", "most"],
    &["no", "more", "than"],
    &["as", "many", "as"],
    &["as", "much", "as"],
];

/// Words of a multiple, which a bound or a near word qualifies as it does a
/// figure ("almost double" → "more than double", "nearly doubled" → "more
/// than doubled").
const MULTIPLES: &[&str] = &[
    "double",
    "doubled",
    "doubling",
    "twice",
    "triple",
    "tripled",
    "tripling",
    "treble",
    "trebled",
    "quadruple",
    "quadrupled",
];

/// The bound phrase (and its kind) standing right before a figure in `words`.
fn bound_before_figure(words: &[&str]) -> Option<(usize, usize, bool)> {
    // A figure, or a date: "until at least September", "mid-August".
    // "a week", "a third": an amount written with an article.
    let figure = |k: usize| {
        words.get(k).is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_digit() || "$£€".contains(c))
                || *w == "half"
                || MULTIPLES.contains(w)
                || plain_number(w).is_some()
                || is_calendar_word(w.trim_start_matches("mid").trim_start_matches('-'))
                || (matches!(*w, "a" | "an")
                    && words
                        .get(k + 1)
                        .is_some_and(|n| ARTICLE_AMOUNTS.contains(n)))
                || (*w == "mid" && words.get(k + 1).is_some_and(|n| is_calendar_word(n)))
                || period_edge_len(words, k) > 0
        })
    };
    // "went up to $7.40": the particle of a verb of movement, no cap.
    let moved_up = |k: usize| {
        words[k] == "up"
            && k.checked_sub(1)
                .is_some_and(|p| MOVED_UP.contains(&words[p]))
    };
    (0..words.len()).find_map(|k| {
        [(CEILINGS, true), (FLOOR_PHRASES, false)]
            .iter()
            .find_map(|(list, ceiling)| {
                list.iter()
                    .find(|p| words[k..].starts_with(p) && figure(k + p.len()) && !moved_up(k))
                    .map(|p| (k, p.len(), *ceiling))
            })
    })
}

/// Words of a period's edge at `words[k]` ("the end of February", "the
/// start of 2027"), none if none.
pub(super) fn period_edge_len(words: &[&str], k: usize) -> usize {
    let named = |w: &&str| {
        is_calendar_word(w)
            || w.starts_with(|c: char| c.is_ascii_digit())
            || ARTICLE_AMOUNTS.contains(w)
    };
    match words.get(k..k + 4) {
        Some(["the", "end" | "start" | "beginning" | "middle", "of", w]) if named(w) => 4,
        // "the end of the year".
        Some(["the", "end" | "start" | "beginning" | "middle", "of", "the"])
            if words.get(k + 4).is_some_and(named) =>
        {
            5
        }
        _ => 0,
    }
}

/// Verbs of movement whose particle "up" may stand before "to" and a figure.
const MOVED_UP: &[&str] = &[
    "went", "go", "goes", "gone", "going", "moved", "move", "moves", "shot", "crept", "edged",
    "inched", "jumped", "ticked", "climbed", "rose",
];

/// Units and fractions an article makes an amount of ("a week", "a third").
const ARTICLE_AMOUNTS: &[&str] = &[
    "day",
    "week",
    "fortnight",
    "month",
    "year",
    "decade",
    "hour",
    "third",
    "quarter",
    "fifth",
    "half",
    "dozen",
];

/// A cap made a floor or a floor a cap ("up to 180 million" → "at least 180
/// million"), or a bound dropped from its figure ("up to 10 weeks" → "10 weeks").
pub(super) fn bound_flipped(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    near_made_floor(doc, src, pair, (tw, ow), out);
    let Some((s, slen, was)) = bound_before_figure(tw) else {
        return;
    };
    // "does not expect more than eight": a floor denied is a cap.
    let was = was != denied_before(tw, s);
    // The suspect's bound on the same figure ("up to 5,000" → "more than
    // half … 5,000": the bound on "half" is another figure's).
    // A bound of the same kind on another figure may be a conversion's
    // ("as much as 28 inches" → "up to 71 centimeters (28 inches)").
    let figure = tw[s + slen];
    let bounds: Vec<(usize, usize, bool)> = (0..ow.len())
        .filter_map(|k| {
            bound_before_figure(&ow[k..])
                .map(|(at, len, now)| (k + at, len, now != denied_before(ow, k + at)))
        })
        .collect();
    let same = bounds
        .iter()
        .find(|&&(k, len, _)| ow.get(k + len) == Some(&figure))
        .or_else(|| bounds.iter().find(|b| b.2 == was));
    let Some(&(k, len, now)) = same else {
        bound_dropped(doc, src, pair, (tw, s + slen, was), out);
        return;
    };
    // "cannot fill at least two seats" → "fail to fill at least two seats":
    // the same bound kept on the same figure flips only by a denial read
    // around it, which polarity-drift judges.
    let kept = ow[k..k + len] == tw[s..s + slen] && ow.get(k + len) == Some(&figure);
    // "no household may keep more than two" → "households may keep no more
    // than two": the denial moved onto the bound, which caps it still.
    if was == now || kept || (now && ow[k] == "no" && negation_moved(tw, s)) {
        return;
    }
    let (from, to) = if was {
        ("cap", "floor")
    } else {
        ("floor", "cap")
    };
    flag_units(
        doc,
        src,
        pair,
        k..k + len,
        |now| format!("\"{now}\" made a {from} a {to}"),
        out,
    );
}

/// Words that put a figure just under itself ("almost eight months", "nearly half").
const NEARS: &[&[&str]] = &[
    &["almost"],
    &["nearly"],
    &["just", "under"],
    &["just", "short", "of"],
    &["close", "to"],
];

/// Words that put a figure on either side of itself ("about a third",
/// "roughly 40").
const ROUGHLY: &[&[&str]] = &[&["about"], &["around"], &["roughly"], &["approximately"]];

/// Where a figure's qualifier puts it against the figure: just under it,
/// on either side, or over it.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Under,
    Either,
    Over,
}

/// The qualifier of `figure` in `words` ("almost", "about", "more than"),
/// with its span and side.
fn qualifier(words: &[&str], figure: &str) -> Option<(std::ops::Range<usize>, Side)> {
    (0..words.len()).find_map(|s| {
        [
            (NEARS, Side::Under),
            (ROUGHLY, Side::Either),
            (FLOOR_PHRASES, Side::Over),
        ]
        .iter()
        .find_map(|(list, side)| {
            list.iter()
                .find(|p| words[s..].starts_with(p) && words.get(s + p.len()) == Some(&figure))
                .map(|p| (s..s + p.len(), *side))
        })
    })
}

/// "almost eight months" → "more than eight months", "about a third" →
/// "more than a third": a figure the source stays just under or puts on
/// either side of, made a floor; "more than 3,000" → "nearly 3,000": a floor
/// made a figure just under.
fn near_made_floor(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let suspect = bound_before_figure(ow)
        .filter(|&(_, _, ceiling)| !ceiling)
        .map(|(k, len, _)| (k..k + len, Side::Over))
        .or_else(|| {
            (0..ow.len()).find_map(|k| {
                let p = NEARS.iter().find(|p| ow[k..].starts_with(p))?;
                Some((k..k + p.len(), Side::Under))
            })
        });
    let Some((at, now)) = suspect else { return };
    let Some(&figure) = ow.get(at.end) else {
        return;
    };
    let Some((near, was)) = qualifier(tw, figure) else {
        return;
    };
    let what = match (was, now) {
        (Side::Under, Side::Over) => "a figure just under became a floor",
        (Side::Either, Side::Over) => "an approximate figure became a floor",
        (Side::Over, Side::Under) => "a floor became a figure just under",
        _ => return,
    };
    // "a third": the amount an article stands before.
    let amount = 1 + usize::from(matches!(figure, "a" | "an"));
    let was = src.span_text(pair.source_units.tokens(near.start..near.end + amount));
    flag_units(
        doc,
        src,
        pair,
        at.start..at.end + amount,
        |now| format!("\"{was}\" became \"{now}\": {what}"),
        out,
    );
}

/// Whether a negation stands within a few words before word `at` ("does
/// not expect more than", "without conceding more than"), or a word of
/// near negation ("is rarely more than a third full": a cap as "never" is).
fn denied_before(words: &[&str], at: usize) -> bool {
    words[at.saturating_sub(DENIAL_REACH)..at].iter().any(|w| {
        matches!(
            *w,
            "not" | "never" | "without" | "rarely" | "seldom" | "hardly" | "scarcely"
        )
    })
}

/// How many words before a bound a negation may deny it.
const DENIAL_REACH: usize = 2;

/// Whether a denial stands further before the floor at `tw[at]` than
/// [`denied_before`] reads, where a copy may move it onto the bound ("no
/// household may keep more than", "is unlikely to be worth more than" → "no
/// more than").
fn negation_moved(tw: &[&str], at: usize) -> bool {
    tw[at.saturating_sub(MOVED_DENIAL_REACH)..at]
        .iter()
        .any(|w| matches!(*w, "no" | "nobody" | "none" | "neither" | "unlikely"))
}

/// How many words before a floor a denial a copy moved onto it may stand.
const MOVED_DENIAL_REACH: usize = 5;
