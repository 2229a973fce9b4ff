//! Verbs of a move up or down, sorted by the degree they state, and verbs of
//! a win, narrow or by a rout.

use crate::align::AlignedPair;
use crate::checks::meaning_drift::flag_unit;
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::words::is_stopword;

/// Verbs of a steep move: they state a degree of their own.
pub(super) const STEEP_MOVES: &[&str] = &[
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
    "soar",
    "soaring",
    "surge",
    "surging",
    "plunging",
    "plummet",
    "plummeting",
    "slumping",
    "tumble",
    "tumbling",
    "collapsing",
    "crashing",
    "rocketing",
    "skyrocket",
    "skyrocketing",
    "nosedived",
    "nosedives",
    "nosediving",
];

/// Verbs of a steep move that no plain move licenses ("rising rents" →
/// "soaring rents"; a jump or a slump told of a plain rise or fall is common
/// licence, a soaring rise is not).
pub(super) const EXTREME_MOVES: &[&str] = &[
    "soared",
    "soars",
    "soar",
    "soaring",
    "collapsed",
    "collapses",
    "collapse",
    "crashed",
    "crashes",
    "plummeted",
    "plummets",
    "skyrocketed",
    "skyrockets",
    "collapsing",
    "crashing",
    "plummet",
    "plummeting",
    "skyrocket",
    "skyrocketing",
    "nosedived",
    "nosedives",
    "nosediving",
];

/// Verbs of a plain move, which state no degree ("fell", "shrank").
pub(super) const PLAIN_MOVES: &[&str] = &[
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
    "falling",
    "dropping",
    "declining",
    "shrinking",
    "rising",
    "increasing",
    "growing",
    "climbing",
    "slowed",
    "slows",
    "slowing",
];

/// Verbs of a gentle move, toned down by themselves ("slipped", "edged
/// lower"): a steep verb overstates them as "slightly" would say.
pub(super) const GENTLE_MOVES: &[&str] = &[
    "slipped", "slips", "slip", "edged", "edges", "dipped", "dips", "eased", "eases", "inched",
    "inches", "crept", "creeps", "ticked", "edging", "inching", "creeping", "dipping", "slipping",
    "easing", "ticks",
];

/// Verbs of a narrow win ("edged past", "squeezed past", "pipped").
const NARROW_WINS: &[&str] = &[
    "edge", "edges", "edged", "edging", "scrape", "scrapes", "scraped", "squeeze", "squeezes",
    "squeezed", "pip", "pips", "pipped", "nick", "nicks", "nicked",
];

/// Words after a verb of a narrow win that make it a move ("edged up", "edged
/// lower"), which `steep_move` judges.
const MOVE_AFTER: &[&str] = &[
    "up", "down", "higher", "lower", "back", "closer", "towards", "toward", "into", "onto",
];

/// Words after a verb of a narrow win that keep it a win though no stop
/// word ("edged home", "squeezed past" is one).
const WIN_AFTER: &[&str] = &["past", "home", "ahead", "clear"];

/// Whether source unit `j`, just after a verb of a narrow win, makes the verb
/// one of pressing ("squeeze margins", "squeeze farm incomes"): a lower-case
/// word, neither a stop word nor a number, where a win takes a named rival
/// ("edged Marlow"), a particle ("squeezed past") or a determiner ("nicked a
/// draw").
fn pressed(src: &Document, pair: &AlignedPair, j: usize) -> bool {
    let units = &pair.source_units;
    let (Some(w), Some(&t)) = (units.text.get(j), units.token.get(j)) else {
        return false;
    };
    !src.is_capitalized(t)
        && !is_stopword(w)
        && !WIN_AFTER.contains(&w.as_str())
        && !w.starts_with(|c: char| c.is_ascii_digit())
}

/// Verbs of a win by a rout, which state a margin of their own.
const ROUTS: &[&str] = &[
    "thrash",
    "thrashes",
    "thrashed",
    "thrashing",
    "rout",
    "routs",
    "routed",
    "routing",
    "crush",
    "crushes",
    "crushed",
    "crushing",
    "trounce",
    "trounces",
    "trounced",
    "trouncing",
    "hammer",
    "hammers",
    "hammered",
    "demolish",
    "demolishes",
    "demolished",
    "annihilated",
    "obliterated",
    "mauled",
    "drubbed",
    "storm",
    "storms",
    "stormed",
    "storming",
    "cruise",
    "cruises",
    "cruised",
    "cruising",
    "romp",
    "romps",
    "romped",
    "breeze",
    "breezes",
    "breezed",
];

/// Words that still tell a win as narrow.
const NARROW_STILL: &[&str] = &[
    "narrow", "narrowly", "just", "edge", "scrape", "tight", "close",
];

/// A win the source tells as narrow ("edged past", "narrowly beat") told as a
/// rout ("thrashed", "stormed past") with no word keeping it narrow.
pub(in crate::checks::meaning_drift) fn rout_claimed(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    // A rout verb is rare: look for it first. "was crushed": a passive is no win.
    let Some(k) = ow.iter().enumerate().position(|(k, w)| {
        ROUTS.contains(w)
            && !k
                .checked_sub(1)
                .is_some_and(|p| matches!(ow[p], "was" | "were" | "is" | "are" | "be" | "been"))
    }) else {
        return;
    };
    let narrow = tw.iter().enumerate().any(|(j, w)| {
        (NARROW_WINS.contains(w)
            && !tw.get(j + 1).is_some_and(|n| MOVE_AFTER.contains(n))
            && !pressed(src, pair, j + 1))
            || (*w == "narrowly"
                && tw
                    .get(j + 1)
                    .is_some_and(|n| matches!(*n, "beat" | "won" | "defeated" | "saw")))
    });
    if !narrow
        || tw.iter().any(|w| ROUTS.contains(w))
        || ow.iter().any(|w| NARROW_STILL.contains(w))
    {
        return;
    }
    flag_unit(
        doc,
        src,
        pair,
        k,
        |now| format!("\"{now}\" tells a rout: the source's win is narrow"),
        out,
    );
}
