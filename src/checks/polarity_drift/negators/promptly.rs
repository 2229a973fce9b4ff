//! "Without delay" and "without hesitation" say "promptly" and "readily":
//! no denial, unless the other side words the act they deny ("would not
//! hesitate to" → "would … without hesitation").

use super::same_root;
use crate::align::units::Units;
use crate::text::Document;

/// Nouns after which "without" affirms speed or readiness.
const PROMPT: &[&str] = &["delay", "delays", "hesitation"];

/// Drops from `negators` (of `doc`) each "without" before a noun of
/// [`PROMPT`] when the other side (`other`) holds no word of that noun's
/// root: "promptly" → "without delay" restates, "did not delay" → "without
/// delay" is weighed as a denial.
pub(in crate::checks::polarity_drift) fn restating_promptly(
    doc: &Document,
    negators: &mut Vec<usize>,
    other: &Units,
) {
    negators.retain(|&t| {
        doc.tokens[t].norm != "without"
            || !doc.tokens.get(t + 1).is_some_and(|n| {
                PROMPT.contains(&n.norm.as_str())
                    && !other.text.iter().any(|w| same_root(w, &n.norm))
            })
    });
}
