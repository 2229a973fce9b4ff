//! Two names that traded places in a sentence told from the other side:
//! by a change of voice, or by a converse verb or a comparison turned round.

use super::roles::after_by;
use crate::align::AlignedPair;
use crate::checks::polarity_drift::are_converses;
use crate::lexicon::wordnet::are_antonyms;
use crate::text::Document;
use crate::text::names::bare;
use rustc_hash::FxHashSet;
use std::ops::Range;

/// "The Hawks defeated the Lions" → "The Lions were defeated by the Hawks":
/// the two names traded places, and exactly one of them became (or stopped
/// being) the agent after "by": the voice changed, not the roles. A swap
/// within one voice ("by the Hawks" → "by the Lions") moves the "by" from one
/// name to the other, and a swap in the active moves none; both are flagged.
pub(super) fn voice_changed(
    doc: &Document,
    src: &Document,
    (a, b): (&FxHashSet<&str>, &FxHashSet<&str>),
    pair: &AlignedPair,
) -> bool {
    // Whether a word of `name` stands in the sentence, and whether one
    // stands a few words after a "by".
    let at = |d: &Document, r: Range<usize>, name: &FxHashSet<&str>| {
        let first = r.start;
        let spots: Vec<usize> = d
            .words(r)
            .filter(|(_, t)| name.contains(bare(&t.norm)))
            .map(|(k, _)| k)
            .collect();
        let agent = spots.iter().any(|&k| after_by(d, first, k));
        (!spots.is_empty(), agent)
    };
    let (theirs, ours) = (pair.source_tokens(src), pair.suspect_tokens(doc));
    let (a_src, b_src, a_doc, b_doc) = (
        at(src, theirs.clone(), a),
        at(src, theirs, b),
        at(doc, ours.clone(), a),
        at(doc, ours, b),
    );
    let traded = a_src.0 && b_src.0 && a_doc.0 && b_doc.0;
    traded && ((a_src.1 != a_doc.1) != (b_src.1 != b_doc.1))
}

/// "Halvorsen bought the bakery from Merrow" → "Merrow sold the bakery to
/// Halvorsen", "rents in Northvale were higher than in Southmere" → "rents in
/// Southmere were lower than in Northvale": the two names traded places and
/// the relation between them turned with them: a converse verb or an
/// opposite that only one side says. Names swapped round an unchanged
/// relation ("Halvorsen bought … from Merrow" → "Merrow bought … from
/// Halvorsen") are still flagged.
pub(super) fn relation_turned(
    doc: &Document,
    src: &Document,
    (a, b): (&FxHashSet<&str>, &FxHashSet<&str>),
    pair: &AlignedPair,
) -> bool {
    let (theirs, ours) = (pair.source_tokens(src), pair.suspect_tokens(doc));
    let words = |d: &Document, r: Range<usize>| -> Vec<String> {
        d.words(r).map(|(_, t)| bare(&t.norm).to_string()).collect()
    };
    let (x, y) = (words(src, theirs), words(doc, ours));
    let names = |w: &Vec<String>, n: &FxHashSet<&str>| w.iter().any(|v| n.contains(v.as_str()));
    let traded = names(&x, a) && names(&x, b) && names(&y, a) && names(&y, b);
    traded && turned(&x, &y)
}

/// "Dalby trailed from the 20th minute" → "Fenmoor led from the 20th
/// minute": one side of a contest told by the other, both named in the
/// story, the verb after the name turned to a converse or an opposite.
pub(super) fn other_side_told(
    doc: &Document,
    src: &Document,
    (a, b): (&FxHashSet<&str>, &FxHashSet<&str>),
    (source, suspect): (&Range<usize>, &Range<usize>),
) -> bool {
    let named =
        |d: &Document, n: &FxHashSet<&str>| d.tokens.iter().any(|t| n.contains(bare(&t.norm)));
    let (w, v) = (
        bare(src.norm_at(source.end)),
        bare(doc.norm_at(suspect.end)),
    );
    named(src, b) && named(doc, a) && (are_converses(w, v) || are_antonyms(w, v))
}

/// Whether a word only source words `x` say and one only suspect words `y`
/// say are converse verbs or opposites.
fn turned(x: &[String], y: &[String]) -> bool {
    x.iter().filter(|w| !y.contains(w)).any(|w| {
        y.iter()
            .filter(|v| !x.contains(v))
            .any(|v| are_converses(w, v) || are_antonyms(w, v))
    })
}
