//! A word denied by its prefix put in place of another word of feeling or
//! judgement ("was disappointed that" → "was unhappy that") restates that
//! word: it carries none of the negations the sentence's count lacks.

use super::implied::implied;
use super::negators::DENIED_REACH;
use crate::align::units::Units;
use crate::align::{AlignedPair, Edit, EditKind};
use crate::lexicon::negation::{denying_prefix, implicit_negatives, is_negator, is_negator_word};
use crate::lexicon::wordnet::{ADJECTIVE, are_antonyms, lemmas, parts_of_speech};
use std::ops::Range;

/// [`implied`] over the sentences with every word denied by its prefix that
/// stands in place of a lone undenied adjective taken out, with that
/// adjective: "disappointed that the county had not renewed" → "unhappy
/// that the county had renewed" still drops a denial.
///
/// The edits `left_out`, each carrying its own negation in its words, are
/// weighed without: a negative word one of them put in answers no denial
/// dropped in another edit ("did not expect …, would not ring" →
/// "expected …, would stay silent").
pub(super) fn implied_beside_restated(
    pair: &AlignedPair,
    a: usize,
    b: usize,
    left_out: &[&Edit],
) -> bool {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let (mut drop_theirs, mut drop_ours) = (Vec::new(), Vec::new());
    for e in left_out {
        drop_theirs.extend(units_in(theirs, &e.source));
        drop_ours.extend(units_in(ours, &e.suspect));
    }
    let own = |e: &Edit| left_out.iter().any(|x| std::ptr::eq(*x, e));
    for e in pair
        .edits
        .iter()
        .filter(|e| e.kind != EditKind::Equal && !own(e))
    {
        let (ts, os) = (units_in(theirs, &e.source), units_in(ours, &e.suspect));
        // "disappointed" → "unhappy with the outcome": one word replaced
        // by a phrase holding its restatement and no negator.
        let by = |one: &[usize], from: &Units, phrase: &[usize], to: &Units| {
            let [k] = one else { return None };
            let plain = phrase.iter().all(|&j| !is_negator_word(&to.text[j]));
            phrase
                .iter()
                .find(|&&j| plain && restated(from, *k, to, j))
                .map(|&j| (*k, j))
        };
        if let Some((t, o)) = by(&ts, theirs, &os, ours) {
            drop_theirs.push(t);
            drop_ours.push(o);
        } else if let Some((o, t)) = by(&os, ours, &ts, theirs) {
            drop_theirs.push(t);
            drop_ours.push(o);
        }
    }
    if drop_ours.is_empty() {
        return implied(theirs, ours, a, b);
    }
    implied(
        &without(theirs, &drop_theirs),
        &without(ours, &drop_ours),
        a,
        b,
    )
}

/// Unit indices of `units` whose tokens fall in `tokens`.
fn units_in(units: &Units, tokens: &Range<usize>) -> Vec<usize> {
    (0..units.token.len())
        .filter(|&k| tokens.contains(&units.token[k]))
        .collect()
}

/// `units` without the units at `drop`.
pub(super) fn without(units: &Units, drop: &[usize]) -> Units {
    let keep = |k: &usize| !drop.contains(k);
    Units {
        text: (0..units.text.len())
            .filter(keep)
            .map(|k| units.text[k].clone())
            .collect(),
        token: (0..units.token.len())
            .filter(keep)
            .map(|k| units.token[k])
            .collect(),
        end_token: units.end_token,
    }
}

/// Prefixes that deny the root they stand before ("unfair", "illegal",
/// "dishonest").
pub(super) const DENYING_PREFIXES: &[&str] = &["un", "in", "im", "il", "ir", "dis"];

/// Whether unit `k` of `plain` (an undenied adjective carrying no negation)
/// is restated by unit `j` of `prefixed`, a word its prefix denies whose
/// root is neither that adjective nor its opposite ("unhappy" for
/// "disappointed"; not "unhappy" for "happy" or "pleased"). Words moved
/// rather than replaced restate nothing: `plain`'s sentence lacks the root
/// and `prefixed`'s the adjective ("unvaccinated pupils who were exposed" →
/// "exposed pupils who are not vaccinated").
fn restated(plain: &Units, k: usize, prefixed: &Units, j: usize) -> bool {
    let (p, w) = (plain.text[k].as_str(), prefixed.text[j].as_str());
    let words = plain.words();
    let adjective = |x: &str| parts_of_speech(x) & ADJECTIVE != 0;
    let denied = (k.saturating_sub(DENIED_REACH)..k)
        .any(|i| is_negator(&words, i, words.get(i + 1) == Some(&"one")));
    let root = DENYING_PREFIXES
        .iter()
        .find_map(|x| w.strip_prefix(x))
        .unwrap_or(w);
    let rooted = |x: &str| x == root || lemmas(x).iter().any(|l| l == root);
    denying_prefix(w).is_some()
        && adjective(p)
        && adjective(w)
        && !denied
        && !is_negator_word(p)
        && implicit_negatives(&[p]).is_empty()
        && !plain.text.iter().any(|x| rooted(x))
        && !prefixed.text.iter().any(|x| x == p)
        && !are_antonyms(p, w)
        && !are_antonyms(p, root)
}
