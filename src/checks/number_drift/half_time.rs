//! The halves of a match: "three minutes after half-time" → "three minutes
//! into the second half", "before the break" → "in the first half". The
//! ordinal names a half the source's "half-time" divides the match into.
//! Extra time too: "to force the extra 30 minutes" → "into extra time",
//! and a side left short of a player: "with 10 men" → "a man down", "had
//! Spence sent off" → "finished with 10 men".

use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};
use std::ops::Range;

/// Source words that divide a match into halves.
const BREAKS: &[&str] = &["half-time", "halftime", "interval"];

/// Whether suspect ordinal `q` is the "first" or "second" of "first half" or
/// "second half" where source sentence `tokens` of `src` says "half-time"
/// or "the break".
pub(super) fn names_half(
    doc: &Document,
    q: &Quantity,
    src: &Document,
    tokens: Range<usize>,
) -> bool {
    q.unit == Unit::Ordinal
        && (q.value == 1.0 || q.value == 2.0)
        && doc
            .tokens
            .get(q.tokens.end)
            .is_some_and(|t| t.norm == "half")
        && src.words(tokens).any(|(k, t)| {
            BREAKS.contains(&t.norm.as_str())
                // "after the break": the interval of the match, by its
                // ordinary name ("a break in talks" has no "the" before it).
                || (t.norm == "break" && k > 0 && src.tokens[k - 1].norm == "the")
        })
}

/// Length of extra time in a football match, in minutes.
const EXTRA_TIME_MINUTES: f64 = 30.0;

/// Whether source figure `m` is the extra 30 minutes of a match ("the extra
/// 30 minutes") that suspect tokens `range` call "extra time".
pub(super) fn names_extra_time(
    src: &Document,
    m: &Quantity,
    doc: &Document,
    range: Range<usize>,
) -> bool {
    let extra = |w: &str| matches!(w, "extra" | "additional");
    m.unit == Unit::Time(60)
        && m.value == EXTRA_TIME_MINUTES
        && extra(m.word_before(src, 1))
        && range.clone().any(|k| {
            doc.norm_at(k) == "extra-time"
                || (doc.norm_at(k) == "extra" && doc.norm_at(k + 1) == "time")
        })
}

/// Players a side fields when it is a man down: football's 10 of 11, rugby
/// union's 14 of 15, rugby league's 12 of 13.
const ONE_SHORT: &[f64] = &[10.0, 12.0, 14.0];

/// Whether source figure `m`, the players of a side reduced by a sending-off
/// ("with 10 men"), is told in suspect tokens `range` as "a man down" or "a
/// man short".
pub(super) fn names_man_down(
    src: &Document,
    m: &Quantity,
    doc: &Document,
    range: Range<usize>,
) -> bool {
    side_one_short(src, m)
        && range.clone().any(|k| {
            doc.norm_at(k) == "man"
                && k > 0
                && matches!(doc.norm_at(k - 1), "a" | "one")
                && matches!(doc.norm_at(k + 1), "down" | "short")
        })
}

/// Source words that tell of a player sent off.
const SENT_OFF: &[&str] = &["sent", "sending-off", "red", "dismissed", "dismissal"];

/// Whether suspect figure `q`, the players of a side reduced by a sending-off
/// ("finished with 10 men"), is worked out from source sentence `range` of
/// `src` telling of the sending-off ("had Spence sent off").
pub(super) fn man_down_counted(
    doc: &Document,
    q: &Quantity,
    src: &Document,
    range: Range<usize>,
) -> bool {
    side_one_short(doc, q)
        && range.clone().any(|k| match src.norm_at(k) {
            "sent" => src.norm_at(k + 1) == "off",
            "red" => src.norm_at(k + 1) == "card",
            w => SENT_OFF.contains(&w),
        })
}

/// Whether figure `q` of `doc` counts the players of a side one short of a
/// full team ("with 10 men", "ten players").
fn side_one_short(doc: &Document, q: &Quantity) -> bool {
    q.unit == Unit::Plain
        && ONE_SHORT.contains(&q.value)
        && matches!(doc.norm_at(q.tokens.end), "men" | "players")
}
