//! Hedge words read in a sense that weighs on something rather than weighs
//! it up.

use super::words::hedges;
use crate::align::units::Units;
use crate::text::Document;
use crate::text::tokens::TokenKind;

/// Whether every hedge of source sentence `units` is a "weigh" with nothing
/// weighed, ending its clause ("profit falls as store closures weigh"): a
/// burden, no deliberation to drop.
pub(super) fn burdens_only(src: &Document, units: &Units) -> bool {
    let ends_clause = |k: usize| {
        units
            .token
            .get(k + 1)
            .is_none_or(|&t| src.tokens[t - 1].kind == TokenKind::Punct)
    };
    let burdens = (0..units.text.len())
        .filter(|&k| matches!(units.text[k].as_str(), "weigh" | "weighs") && ends_clause(k))
        .count();
    burdens > 0 && burdens == hedges(&units.text)
}
