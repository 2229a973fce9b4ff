//! A level told as a change, or a change as a level: "rose 12% to £4.5
//! million" → "rose by £4.5 million"; "up from $610,000" → "up $610,000".
//! The figure is kept; what it measures is not.

use super::findings::{describe, on_figure};
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};
use crate::text::tokens::TokenKind;

/// Verbs of a figure going up or down, which the size of the move may
/// follow straight on ("rose 8%") or after "by".
const MOVES: &[&str] = &[
    "rise",
    "rises",
    "rose",
    "risen",
    "rising",
    "fall",
    "falls",
    "fell",
    "fallen",
    "falling",
    "grow",
    "grows",
    "grew",
    "grown",
    "growing",
    "increase",
    "increases",
    "increased",
    "increasing",
    "decrease",
    "decreases",
    "decreased",
    "decreasing",
    "climb",
    "climbs",
    "climbed",
    "climbing",
    "jump",
    "jumps",
    "jumped",
    "drop",
    "drops",
    "dropped",
    "slip",
    "slips",
    "slipped",
    "surge",
    "surges",
    "surged",
    "soar",
    "soars",
    "soared",
    "plunge",
    "plunges",
    "plunged",
    "tumble",
    "tumbles",
    "tumbled",
    "sink",
    "sinks",
    "sank",
    "decline",
    "declines",
    "declined",
    "slump",
    "slumps",
    "slumped",
];

/// Words that put a figure's move beside it ("up 8%", "down from 94%").
const SIDES: &[&str] = &["up", "down"];

/// Hedges that may stand between a figure and the words telling its role.
const HEDGES: &[&str] = &[
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "some",
    "just",
    "approximately",
];

/// Words back from a figure searched for the move a "to" or "from" ends.
const MOVE_REACH: usize = 6;

/// Marks ending the clause a move is searched in ("%" and "$" do not).
const CLAUSE_MARKS: &[&str] = &[",", ";", ":", ".", "(", ")", "-", "–", "—", "\""];

/// Whether `word` is a move told by a verb that no noun spells ("rose",
/// "increased", "climbing", "up"), unlike "increases" or "rise".
fn moved_verb(word: &str) -> bool {
    SIDES.contains(&word)
        || (MOVES.contains(&word)
            && (word.ends_with("ed")
                || word.ends_with("ing")
                || matches!(
                    word,
                    "rose" | "risen" | "fell" | "fallen" | "grew" | "grown" | "sank"
                )))
}

/// What a figure of a move measures.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// The size of the move ("rose by £2m", "up 8%").
    Change,
    /// Where the move starts or ends ("rose to £9m", "up from £7m").
    Level,
}

/// The role figure `q` plays in a move, when the words before it tell one.
fn role(doc: &Document, q: &Quantity) -> Option<Role> {
    if q.is_year() || !matches!(q.unit, Unit::Plain | Unit::Percent | Unit::Money) {
        return None;
    }
    let mut k = q.tokens.start.checked_sub(1)?;
    // "by up to 12%", "by more than 5%": a bound is a hedge too.
    loop {
        let bound = match (k.checked_sub(1).map(|b| doc.norm_at(b)), doc.norm_at(k)) {
            (Some("up"), "to") | (Some("more" | "less" | "fewer"), "than") => true,
            (_, w) if HEDGES.contains(&w) => false,
            _ => break,
        };
        k = k.checked_sub(if bound { 2 } else { 1 })?;
    }
    let t = &doc.tokens[k];
    if t.kind != TokenKind::Word {
        return None;
    }
    let moves = |w: &str| MOVES.contains(&w) || SIDES.contains(&w);
    match t.norm.as_str() {
        w if moves(w) => Some(Role::Change),
        "by" => k
            .checked_sub(1)
            .filter(|&b| moves(doc.norm_at(b)))
            .map(|_| Role::Change),
        "to" | "from" => {
            let back = k.saturating_sub(MOVE_REACH)..k;
            let in_clause = back
                .rev()
                .take_while(|&b| !CLAUSE_MARKS.contains(&doc.norm_at(b)));
            // "limit rent increases to 3%": a move named by a noun may be
            // capped at a figure, not reach it; only a verb's move ends there.
            in_clause
                .into_iter()
                .any(|b| moved_verb(doc.norm_at(b)))
                .then_some(Role::Level)
        }
        _ => None,
    }
}

/// Findings for suspect figures of `matched` (source figure, suspect
/// figure) that measure a move's size where the source's measured where it
/// started or ended, or the other way round.
pub(super) fn moved(
    src: &Document,
    doc: &Document,
    matched: &[(&Quantity, &Quantity)],
) -> Vec<Diagnostic> {
    matched
        .iter()
        .filter_map(|&(s, q)| {
            let (was, now) = (role(src, s)?, role(doc, q)?);
            if was == now {
                return None;
            }
            let what = |r: Role| match r {
                Role::Change => "the size of the change",
                Role::Level => "the level reached",
            };
            let message = format!(
                "\"{}\" became {}, where the source gives it as {}",
                describe(doc, q),
                what(now),
                what(was)
            );
            Some(on_figure(doc, q, message).evidence(src.span_text(s.tokens.clone())))
        })
        .collect()
}
