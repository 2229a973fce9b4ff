//! A reaction moved along the scale of feeling where the copy rewords it:
//! approval made mere acceptance ("welcomed the decision" → "accepted the
//! decision"), frustration made understanding, guarded warmth made delight
//! ("cautiously optimistic" → "welcomed the deal wholeheartedly"), mixed
//! feelings made strong objections, displeasure made fury ("expressed
//! frustration at" → "were furious about") or the reverse. Words of one
//! level pass ("worried" → "concerned", "pleased" → "glad"), and a reaction
//! turned to its opposite ("welcomed" → "criticised") is polarity-drift's.

use super::{Side, flag_reworded_runs};
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::negation::is_negator_word;
use crate::text::Document;

/// Delight: the warmest reaction.
const DELIGHT: &[&str] = &[
    "thrilled",
    "delighted",
    "overjoyed",
    "ecstatic",
    "elated",
    "jubilant",
    "euphoric",
    "enthusiastic",
    "enthusiastically",
    "wholeheartedly",
];

/// Approval and contentment.
const PLEASURE: &[&str] = &[
    "pleased",
    "happy",
    "glad",
    "satisfied",
    "relieved",
    "welcome",
    "welcomed",
    "welcomes",
    "welcoming",
    "optimistic",
    "upbeat",
    "positive",
    "encouraged",
    "heartened",
    "grateful",
    "supportive",
    "backed",
    "supported",
    "endorsed",
];

/// Acceptance without warmth or complaint.
const ACCEPTANCE: &[&str] = &[
    "accepted",
    "accepts",
    "accept",
    "understood",
    "understands",
    "understand",
    "acknowledged",
    "resigned",
    "neutral",
    "undecided",
];

/// A split reaction.
const SPLIT: &[&str] = &["mixed", "ambivalent", "lukewarm", "tepid", "unenthusiastic"];

/// Worry, disappointment and complaint.
const DISPLEASURE: &[&str] = &[
    "concerned",
    "concern",
    "concerns",
    "worried",
    "worry",
    "worries",
    "anxious",
    "uneasy",
    "unease",
    "troubled",
    "frustrated",
    "frustration",
    "disappointed",
    "disappointment",
    "unhappy",
    "dissatisfied",
    "displeased",
    "dismayed",
    "annoyed",
    "annoyance",
    "irritated",
    "irritation",
    "complained",
    "objected",
    "objections",
    "opposed",
    "opposition",
    "reservations",
    "negative",
];

/// Anger and alarm: the hottest reaction.
const FURY: &[&str] = &[
    "furious",
    "fury",
    "angry",
    "angrily",
    "anger",
    "angered",
    "outraged",
    "outrage",
    "livid",
    "incensed",
    "enraged",
    "infuriated",
    "irate",
    "alarmed",
    "horrified",
    "appalled",
];

/// Words before a warm reaction that hold it back ("cautiously optimistic",
/// "a cautious welcome").
const GUARDS: &[&str] = &[
    "cautiously",
    "cautious",
    "guarded",
    "guardedly",
    "tentatively",
];

/// Words before a cold reaction that soften it ("mild concern"), or before
/// a warm one that make it a complaint ("less positive").
const SOFTENERS: &[&str] = &["mild", "mildly", "slight", "slightly", "somewhat", "less"];

/// Words before a reaction that heat it ("deeply concerned", "strong objections").
const INTENSIFIERS: &[&str] = &[
    "deeply",
    "extremely",
    "strong",
    "strongly",
    "fierce",
    "fiercely",
    "bitterly",
    "hugely",
    "thoroughly",
    "profoundly",
];

/// Words before a reaction's word read as its modifiers.
const MODIFIER_REACH: usize = 2;

/// Longest replaced run, in units on either side, read as one reaction.
const MAX_RUN: usize = 8;

/// A reaction's place: warm (positive levels), accepting (0) or cold
/// (negative levels), or split between warm and cold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    Level(i8),
    Split,
}

impl Reading {
    /// The reaction as a finding's message names it.
    fn name(self) -> &'static str {
        match self {
            Reading::Split => "mixed",
            Reading::Level(3) => "delight",
            Reading::Level(2) => "approval",
            Reading::Level(1) => "guarded approval",
            Reading::Level(0) => "acceptance",
            Reading::Level(-1) => "mild displeasure",
            Reading::Level(-2) => "displeasure",
            _ => "anger",
        }
    }
}

/// The level of unit `k` of `units` on its own, if it names a reaction
/// ("open to" is guarded approval; "had questions" is displeasure).
fn base_level(units: &[String], k: usize) -> Option<Reading> {
    let w = units[k].as_str();
    let before = |i: usize| k.checked_sub(i).map(|j| units[j].as_str());
    if DELIGHT.contains(&w) {
        Some(Reading::Level(3))
    } else if PLEASURE.contains(&w) {
        Some(Reading::Level(2))
    } else if ACCEPTANCE.contains(&w) {
        Some(Reading::Level(0))
    } else if SPLIT.contains(&w) {
        Some(Reading::Split)
    } else if DISPLEASURE.contains(&w) {
        Some(Reading::Level(-2))
    } else if FURY.contains(&w) {
        Some(Reading::Level(-3))
    } else if w == "open" && units.get(k + 1).is_some_and(|n| n == "to") {
        Some(Reading::Level(1))
    } else if w == "questions"
        && [1, 2]
            .iter()
            .any(|&i| matches!(before(i), Some("had" | "have" | "has" | "raised")))
    {
        Some(Reading::Level(-2))
    } else {
        None
    }
}

/// The level of unit `k` of `units` with the words before it that modify
/// it: a negation turns warmth cold and coldness warm ("not unhappy"), a
/// guard holds warmth back, a softener cools or softens, an
/// intensifier heats.
fn level(units: &[String], k: usize) -> Option<Reading> {
    let base = base_level(units, k)?;
    let Reading::Level(l) = base else {
        return Some(base);
    };
    let mods: Vec<&str> = units[k.saturating_sub(MODIFIER_REACH)..k]
        .iter()
        .map(String::as_str)
        .collect();
    let has = |list: &[&str]| mods.iter().any(|m| list.contains(m));
    // "less worried" → "more concerned": a comparison turned round,
    // polarity-drift's.
    if mods.contains(&"more") || (l < 0 && mods.contains(&"less")) {
        return None;
    }
    let denied = mods.iter().any(|m| is_negator_word(m));
    // "did not accept": a refusal, on no level of this scale.
    if denied && l == 0 {
        return None;
    }
    Some(Reading::Level(if denied {
        // "not unhappy" is pleased (litotes), "not pleased" displeased.
        if l > 0 { -2 } else { 2 }
    } else if l > 0 && has(GUARDS) {
        1
    } else if has(SOFTENERS) {
        if l == 0 { 0 } else { -1 }
    } else if has(INTENSIFIERS) {
        3 * l.signum()
    } else {
        l
    }))
}

/// The reaction a run of units `range` of `units` tells, if any: split
/// where it holds both warmth and coldness ("relieved but still had
/// questions"), else its strongest level.
fn reading(units: &[String], range: std::ops::Range<usize>) -> Option<Reading> {
    let levels: Vec<Reading> = range.filter_map(|k| level(units, k)).collect();
    let warm = levels
        .iter()
        .any(|r| matches!(r, Reading::Level(l) if *l > 0));
    let cold = levels
        .iter()
        .any(|r| matches!(r, Reading::Level(l) if *l < 0));
    if (warm && cold) || levels.contains(&Reading::Split) {
        return Some(Reading::Split);
    }
    levels.into_iter().max_by_key(|r| match r {
        Reading::Level(l) => l.abs(),
        Reading::Split => 0,
    })
}

/// A replaced run whose reaction the copy moved to another level of the
/// scale, neither side inside a quotation the copy keeps (misquote's) and
/// not turned to its opposite (polarity-drift's).
pub fn attitude_moved(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let moved = |(theirs, from): Side, (ours, to): Side| {
        let (was, now) = (reading(theirs, from)?, reading(ours, to)?);
        let opposite = matches!((was, now), (Reading::Level(a), Reading::Level(b)) if a * b < 0);
        (was != now && !opposite).then(|| (was.name(), now.name()))
    };
    flag_reworded_runs(doc, src, pair, ("reaction", MAX_RUN), moved, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(words: &str) -> Option<Reading> {
        let units: Vec<String> = words.split(' ').map(String::from).collect();
        reading(&units, 0..units.len())
    }

    #[test]
    fn reads_levels_with_their_modifiers() {
        assert_eq!(read("cautiously optimistic"), Some(Reading::Level(1)));
        assert_eq!(
            read("welcomed the deal wholeheartedly"),
            Some(Reading::Level(3))
        );
        assert_eq!(read("voiced mild concern"), Some(Reading::Level(-1)));
        assert_eq!(read("strong objections to"), Some(Reading::Level(-3)));
        assert_eq!(
            read("relieved but still had questions"),
            Some(Reading::Split)
        );
        assert_eq!(read("were not satisfied"), read("remain unhappy"));
        assert_eq!(read("worried"), read("concerned"));
        assert_eq!(read("said"), None);
    }
}
