//! "Said no" restates a refusal: "the company had declined" → "the company
//! had said no".

use crate::align::units::Units;
use crate::lexicon::wordnet::lemmas;
use crate::text::Document;
use crate::text::tokens::TokenKind;

/// Verbs of refusing that "said no" restates.
const REFUSALS: &[&str] = &["decline", "refuse", "reject"];

/// Drops from `negators` (of `doc`) each "no" right after a form of "say"
/// that ends its clause, when the other side (`other`, whose negators are
/// `other_negators`) refuses with a verb of [`REFUSALS`] it does not count
/// as a negation: the refusal in other words ("had declined" → "had said
/// no"; "had agreed" → "had said no" is still weighed).
pub(in crate::checks::polarity_drift) fn restating_refusal(
    doc: &Document,
    negators: &mut Vec<usize>,
    other: &Units,
    other_negators: &[usize],
) {
    let said_no = |t: usize| {
        doc.tokens[t].norm == "no"
            && t > 0
            && lemmas(&doc.tokens[t - 1].norm).iter().any(|l| l == "say")
            && doc
                .tokens
                .get(t + 1)
                .is_none_or(|n| n.kind != TokenKind::Word)
    };
    if !negators.iter().any(|&t| said_no(t)) {
        return;
    }
    let refused = other.text.iter().zip(&other.token).any(|(w, t)| {
        !other_negators.contains(t) && lemmas(w).iter().any(|l| REFUSALS.contains(&l.as_str()))
    });
    if refused {
        negators.retain(|&t| !said_no(t));
    }
}
