//! A denied adjective or adverb restated by the plain opposite of its
//! stem: "collapsed shortly after" → "fell not long after", "could not
//! easily move" → "would find it hard to move". WordNet pairs the
//! adjectives ("short" ↔ "long", "easy" ↔ "hard") but not the adverbs made
//! from them, so the flip that would answer the denial is never seen. A
//! denied dismissal restated by its plain opposite is the same litotes:
//! "had not been taken lightly" → "had been weighed carefully".

use crate::lexicon::wordnet::{
    ADJECTIVE, ADVERB, are_antonyms, news_antonyms, parts_of_speech, synonym_rank,
};
use crate::text::Document;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;

/// The adjective an adverb in "-ly" is made from ("shortly" → "short",
/// "easily" → "easy"), where WordNet knows it as one, else the word itself.
fn plain(word: &str) -> Cow<'_, str> {
    let adjective = |w: &str| w.len() >= 3 && parts_of_speech(w) & ADJECTIVE != 0;
    // "likely", "early", "only": adjectives of their own, no adverb of another.
    if parts_of_speech(word) & ADJECTIVE != 0 {
        return Cow::Borrowed(word);
    }
    if let Some(stem) = word.strip_suffix("ily") {
        let easy = format!("{stem}y");
        if adjective(&easy) {
            return Cow::Owned(easy);
        }
    }
    match word.strip_suffix("ly") {
        Some(stem) if adjective(stem) => Cow::Borrowed(stem),
        _ => Cow::Borrowed(word),
    }
}

/// Dismissive manners a denial turns round ("not taken lightly"), each with
/// the plain words that state the opposite of the dismissal. Rule: an
/// opposite must say, undenied, all the denied dismissal says of any act
/// ("carefully" for "not lightly"); a word merely less dismissive
/// ("gently") or of another sense ("deliberately": on purpose) stays out.
const DISMISSALS: &[(&str, &[&str])] = &[
    ("lightly", &["carefully", "seriously", "thoroughly"]),
    ("hastily", &["carefully", "thoroughly"]),
    ("rashly", &["carefully"]),
];

/// Words after a denial within which it reaches a dismissal ("not a
/// decision we have taken lightly").
const DISMISSAL_REACH: usize = 6;

/// Whether the denial at `t` of `doc` reaches, within its clause, a
/// dismissal of [`DISMISSALS`] whose plain opposite the other side's
/// sentence `said` states, without the dismissal itself.
fn dismissal_denied(doc: &Document, t: usize, said: &[&str]) -> bool {
    doc.tokens[t + 1..]
        .iter()
        .take_while(|n| n.is_wordlike())
        .take(DISMISSAL_REACH)
        .find_map(|n| DISMISSALS.iter().find(|(d, _)| *d == n.norm))
        .is_some_and(|(d, plain)| !said.contains(d) && plain.iter().any(|p| said.contains(p)))
}

/// The words of the sentence of `doc` that holds token `t` (none if no sentence does).
fn sentence_words(doc: &Document, t: usize) -> Vec<&str> {
    doc.sentence_of(t)
        .map_or(&[][..], |s| &doc.tokens[doc.sentences[s].tokens.clone()])
        .iter()
        .map(|o| o.norm.as_str())
        .collect()
}

/// Whether each of `negators` of `doc` is a "not" directly before an
/// adjective or adverb whose stem is the opposite of a word's stem in the
/// other side's span `other`, where one of the two is an adverb in "-ly"
/// (the adjectives themselves are paired by the word flips already), and
/// neither word stands on the other side; or a denial of a dismissal the
/// sentence holding `other` restates by its opposite.
pub(super) fn denied_opposite(
    (doc, negators): (&Document, &[usize]),
    (other_doc, other): (&Document, Range<usize>),
) -> bool {
    let graded = |w: &str| parts_of_speech(w) & (ADJECTIVE | ADVERB) != 0;
    let denies = |t: usize| {
        if doc.tokens[t].norm != "not" {
            return false;
        }
        let Some(denied) = doc.tokens.get(t + 1).map(|n| n.norm.as_str()) else {
            return false;
        };
        if !graded(denied) {
            return false;
        }
        let base = plain(denied);
        other_doc.tokens[other.clone()].iter().any(|o| {
            let word = o.norm.as_str();
            let theirs = plain(word);
            (theirs.len() < word.len() || base.len() < denied.len())
                && graded(word)
                && are_antonyms(&base, &theirs)
        })
    };
    // The other side's sentence, read only when a denial is not answered by a flip.
    let said = OnceCell::new();
    let dismissal = |t: usize| {
        matches!(doc.tokens[t].norm.as_str(), "not" | "never")
            && dismissal_denied(
                doc,
                t,
                said.get_or_init(|| sentence_words(other_doc, other.start)),
            )
    };
    !negators.is_empty() && negators.iter().all(|&t| denies(t) || dismissal(t))
}

/// Whether a denied negative word `d` ("uncommon" of "not uncommon") stands
/// for the opposite of a word in `other` ("rare"): its stem ("common") is
/// that word's opposite, or shares a sense with one ("not unusual" is
/// "usual", "common" for "rare"), and neither it nor its stem stands there.
pub(super) fn litotes_against(d: &str, other: &[&str]) -> bool {
    let Some(stem) = ["un", "in", "im", "il", "ir", "dis"]
        .iter()
        .filter_map(|p| d.strip_prefix(p))
        .find(|stem| are_antonyms(stem, d))
    else {
        return false;
    };
    !other.contains(&stem)
        && !other.contains(&d)
        && other.iter().any(|w| {
            are_antonyms(stem, w)
                || news_antonyms(w)
                    .iter()
                    .any(|o| synonym_rank(stem, o).is_some())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adverbs_stand_for_their_adjectives() {
        assert_eq!(plain("shortly"), "short");
        assert_eq!(plain("easily"), "easy");
        assert_eq!(plain("long"), "long");
        assert_eq!(plain("only"), "only");
        assert_eq!(plain("likely"), "likely");
    }
}
