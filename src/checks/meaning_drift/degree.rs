//! Degree overstated: a small move told as a steep one.

use super::flag_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::stance::stances;
use crate::text::Document;

/// Verbs of a steep move: they state a degree of their own.
const STEEP_MOVES: &[&str] = &[
    "slumped",
    "slumps",
    "slump",
    "plunged",
    "plunges",
    "plunge",
    "plummeted",
    "plummets",
    "collapsed",
    "collapses",
    "collapse",
    "crashed",
    "crashes",
    "tumbled",
    "tumbles",
    "soared",
    "soars",
    "surged",
    "surges",
    "rocketed",
    "rockets",
    "skyrocketed",
    "skyrockets",
    "tanked",
    "jumped",
    "jumps",
    "leapt",
    "leaped",
    "spiked",
];

/// Whether a word tones a move down ("slightly", "modestly"; an adverb: "a
/// small town" says nothing of the move).
fn is_downtoner(word: &str) -> bool {
    (word.ends_with("ly") || word == "somewhat")
        && stances(word)
            .iter()
            .any(|s| s.class == "degree" && s.group == "low")
}

/// Verbs of a steep move that no plain move licenses.
const EXTREME_MOVES: &[&str] = &[
    "collapsed",
    "collapses",
    "collapse",
    "crashed",
    "crashes",
    "plummeted",
    "plummets",
    "skyrocketed",
    "skyrockets",
];

/// Verbs of a plain move, which state no degree ("fell", "shrank").
const PLAIN_MOVES: &[&str] = &[
    "fell",
    "fallen",
    "falls",
    "fall",
    "dropped",
    "drops",
    "drop",
    "declined",
    "declines",
    "decline",
    "shrank",
    "shrunk",
    "shrinks",
    "shrink",
    "dipped",
    "dips",
    "slipped",
    "slips",
    "eased",
    "eases",
    "rose",
    "risen",
    "rises",
    "rise",
    "increased",
    "increases",
    "grew",
    "grown",
    "grows",
    "climbed",
    "climbs",
    "gained",
    "gains",
];

/// Verbs of a gentle move, toned down by themselves ("slipped", "edged
/// lower"): a steep verb overstates them as "slightly" would say.
const GENTLE_MOVES: &[&str] = &[
    "slipped", "slips", "slip", "edged", "edges", "dipped", "dips", "eased", "eases", "inched",
    "inches", "crept", "creeps", "ticked",
];

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
    // A plain fall told as a slump is common licence; as a collapse, not.
    if !(toned_down || (plain && EXTREME_MOVES.contains(&ow[k]))) {
        return;
    }
    let what = if toned_down {
        "the source tones it down"
    } else {
        "the source states no such degree"
    };
    flag_units(
        doc,
        src,
        pair,
        k..k + 1,
        |now| format!("\"{now}\" overstates the source's move: {what}"),
        out,
    );
}
