//! Stance shifts inside each replaced run: a word swapped for one the stance
//! table puts higher or elsewhere on its scale ("may" → "will", "said" →
//! "claims"), unless the words around either keep the stance.

mod amounts;
mod classes;
mod guards;
use amounts::amount_shift;
use classes::is_verb_group;
use guards::{Swap, guarded};

use super::MAX_SPAN_TOKENS;
use super::certainty::{made_certain, made_expected};
use super::tense::conditional_made_certain;
use super::word_senses::little;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::stance::shift;
use crate::text::Document;

/// Stance shifts inside each replaced run; `pairs` are all the aligned
/// pairs, for the suspect sentences split off from the same source sentence.
pub(super) fn substitutions(
    doc: &Document,
    src: &Document,
    (pair, pairs): (&AlignedPair, &[AlignedPair]),
    out: &mut Vec<Diagnostic>,
) {
    // The suspect's words of `pair` and of any other suspect sentence made
    // from the same source sentences ("said no jobs would go, though hours
    // may be cut" → "said no jobs would go. Though hours may be cut.").
    let split_off: Vec<&str> = pairs
        .iter()
        .filter(|o| {
            !std::ptr::eq(*o, pair)
                && o.source.start < pair.source.end
                && pair.source.start < o.source.end
        })
        .flat_map(|o| o.suspect_units.text.iter().map(String::as_str))
        .collect();
    for e in pair.substitutions() {
        let theirs = pair.source_units.slice(e.source.clone());
        let ours = pair.suspect_units.slice(e.suspect.clone());
        let quoted = src.quotes.encloses(e.source.start) && doc.quotes.encloses(e.suspect.start);
        let shifts = ours.text.iter().enumerate().filter_map(|(k, to)| {
            theirs.text.iter().enumerate().find_map(|(j, from)| {
                // "not all analysts expect" → "some analysts doubt": a denied
                // scope is restated, not shifted.
                // "had no plans to follow" → "was considering": a stance
                // noun denied by "no" is denied too.
                let denied = theirs.token[j]
                    .checked_sub(1)
                    .is_some_and(|p| matches!(src.tokens[p].norm.as_str(), "not" | "no"));
                // "did not seek costs" → "sought costs": the negation dropped
                // is polarity-drift's; the shift is not one of this rule's.
                let denied_ours = ours.token[k]
                    .checked_sub(1)
                    .is_some_and(|p| matches!(doc.tokens[p].norm.as_str(), "not" | "never"));
                let undenied = denied && !denied_ours;
                let denied = denied || little(src, theirs.token[j]);
                let found = shift(from, to)
                    .or_else(|| made_certain(from, to))
                    .or_else(|| {
                        conditional_made_certain(
                            (src, theirs.token[j]),
                            (doc, ours.token[k]),
                            (&pair.suspect_units.text, &split_off),
                            from,
                            to,
                        )
                    })
                    .or_else(|| made_expected(doc, ours.token[k], from, to))
                    .or_else(|| {
                        amount_shift((src, theirs.token[j], from), (doc, ours.token[k], to))
                    });
                guarded(
                    &Swap {
                        doc,
                        src,
                        pair,
                        theirs: &theirs,
                        ours: &ours,
                        split_off: &split_off,
                        j,
                        k,
                        from,
                        to,
                        quoted,
                        denied,
                        denied_ours,
                        undenied,
                    },
                    found,
                )
                .map(|s| (k, from, to, s))
            })
        });
        // One finding per kind of shift: "could push some" → "would drive
        // many" changes both the modality and the scope.
        let mut classes = Vec::new();
        for (k, from, to, (a, b)) in shifts {
            if classes.contains(&a.class) {
                continue;
            }
            classes.push(a.class);
            let t = ours.token[k];
            let last = (k + 1..ours.text.len())
                .take_while(|&m| is_verb_group(&ours.text[m], a.class))
                .last()
                .unwrap_or(k);
            let end = ours.token.get(last + 1).copied().unwrap_or(e.suspect.end);
            // "might not" → "won't": "will" and "not" share a token, which the span keeps.
            let span = if end - t <= MAX_SPAN_TOKENS {
                t..end.max(t + 1)
            } else {
                t..t + 1
            };
            let (start, end) = doc.token_span(span);
            out.push(
                Diagnostic::new(
                    start,
                    end,
                    format!(
                        "\"{from}\" became \"{to}\": {} changed from {} to {}",
                        a.class, a.group, b.group
                    ),
                )
                .evidence(src.span_text(e.source.clone())),
            );
        }
    }
}
