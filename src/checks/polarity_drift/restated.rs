//! A denied act of ending restated undenied by another before the same
//! object: "would not scrap the line" → "would cancel the line" drops the
//! denial, however the two verbs differ ("could not leave the port" →
//! "were stuck at the port" restates: staying is no act of ending).

use super::negators::{DENIED_REACH, first_within};
use crate::lexicon::negation::{dissents, double_negations, is_negator, is_negator_word};
use crate::lexicon::phrases::oppositions;
use crate::lexicon::wordnet::lemmas;
use crate::text::words::is_stopword;
use std::sync::OnceLock;

/// Verbs that end or abandon something, one restating another.
const ENDINGS: &[&str] = &[
    "scrap", "cancel", "abandon", "axe", "drop", "halt", "stop", "end", "cease", "quit",
    "withdraw", "suspend", "shelve", "ditch", "close", "shut",
];

/// The verb of [`ENDINGS`] that `word` is a form of.
pub(super) fn ending(word: &str) -> Option<&'static str> {
    let bases = lemmas(word);
    ENDINGS
        .iter()
        .copied()
        .find(|e| *e == word || bases.iter().any(|b| b == e))
}

/// Words after a negative word within which its object is looked for.
const OBJECT_REACH: usize = 3;

/// The first content word among the [`OBJECT_REACH`] after unit `j`.
fn object_after<'a>(words: &[&'a str], j: usize) -> Option<&'a str> {
    let after = words.get(j + 1..).unwrap_or_default();
    first_within(after, OBJECT_REACH, |w| !is_stopword(w))
}

/// Whether an act of ending in `words` that a negator there denies
/// (`denied`: the negators' unit indices, with the words they deny) stands
/// undenied in `other` as another act of ending with the same object:
/// "would not scrap the line" → "would cancel the line".
pub(super) fn undenied_restatement(
    words: &[&str],
    denied: &[(usize, String)],
    other: &[&str],
) -> bool {
    let own: Vec<&str> = words.iter().filter_map(|w| ending(w)).collect();
    // Each denied act of ending's object; none where the words end with it
    // (as an edit's words may: "not scrap" → "cancel").
    let objects: Vec<Option<&str>> = denied
        .iter()
        .filter_map(|(k, _)| {
            let j = (k + 1..words.len().min(k + 1 + DENIED_REACH))
                .find(|&j| ending(words[j]).is_some())?;
            Some(object_after(words, j))
        })
        .collect();
    if objects.is_empty() {
        return false;
    }
    (0..other.len()).any(|i| {
        let Some(act) = ending(other[i]) else {
            return false;
        };
        let undenied = !(i.saturating_sub(DENIED_REACH)..i)
            .any(|n| is_negator(other, n, other.get(n + 1) == Some(&"one")));
        !own.contains(&act) && undenied && objects.contains(&object_after(other, i))
    })
}

/// Whether a word with base form `base` in `fewer` stands in a curated
/// polarity phrase that restates another phrase of the same side which only
/// `more` holds: "voted against the plan" → "opposed the plan", so the
/// negative word carries none of `more`'s negations. A phrase holding a
/// negator carries it ("pleaded not guilty" → "denied the charges").
pub(super) fn restates_same_side(base: &str, fewer: &[&str], more: &[&str]) -> bool {
    let at = |words: &[&str], p: &[&str]| words.windows(p.len()).position(|w| w == p);
    // Where `more` alone holds `p`, with no negator of its own in it.
    let undenied = |p: &[&str]| {
        at(more, p).is_some_and(|i| {
            at(fewer, p).is_none()
                && !(i..i + p.len()).any(|k| is_negator(more, k, more.get(k + 1) == Some(&"one")))
        })
    };
    // A phrase holds `base` if one of its words or their base forms is it.
    oppositions().iter().zip(phrase_forms()).any(|(o, forms)| {
        [(&o.a, &forms[0]), (&o.b, &forms[1])]
            .into_iter()
            .any(|(side, forms)| {
                side.iter().zip(forms).any(|(p, f)| {
                    f.iter().any(|x| x == base) && at(fewer, p).is_some() && at(more, p).is_none()
                }) && side.iter().any(|p| undenied(p))
            })
    })
}

/// Each phrase of [`oppositions`], side by side with the table, as its words
/// and their base forms: looked up once, not at every call.
fn phrase_forms() -> &'static [[Vec<Vec<String>>; 2]] {
    static FORMS: OnceLock<Vec<[Vec<Vec<String>>; 2]>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let forms = |side: &[Vec<&str>]| {
            side.iter()
                .map(|p| {
                    p.iter()
                        .flat_map(|x| std::iter::once(x.to_string()).chain(lemmas(x).to_vec()))
                        .collect()
                })
                .collect()
        };
        oppositions()
            .iter()
            .map(|o| [forms(&o.a), forms(&o.b)])
            .collect()
    })
}

/// Whether a negative word of `own` that a negation there denies (`denied`:
/// the negators' unit indices, with the words they deny) faces, in `other`,
/// a negative word of `other`'s own (`live`: its undenied negative words),
/// not itself a denial and never said in `own`, acting on the same object:
/// "was not opposed to electric power" → "objected to electric power"
/// states undenied what the source denied.
pub(super) fn restated_by_own(
    denied: &[(usize, String)],
    own: &[&str],
    live: &[String],
    other: &[&str],
) -> bool {
    let said = |w: &str, words: &[&str]| {
        words
            .iter()
            .any(|x| *x == w || lemmas(x).iter().any(|l| l == w))
    };
    let denying: Vec<&str> = double_negations(other)
        .iter()
        .filter_map(|(k, _)| other.get(*k).copied())
        .collect();
    // Where `w` stands, in any form ("objected" for "objection").
    let at = |words: &[&str], from: usize, w: &str| {
        (from..words.len())
            .find(|&j| said(w, &words[j..=j]) || dissents(&words[j..=j]).iter().any(|x| x == w))
    };
    denied.iter().any(|(k, d)| {
        let Some(j) = at(own, k + 1, d).filter(|_| !is_negator_word(d)) else {
            return false;
        };
        // What it acts on, the first content word after it.
        let target = object_after(own, j);
        target.is_some()
            && live.iter().any(|w| {
                !is_negator_word(w)
                    && !said(w, &denying)
                    && !said(w, own)
                    && at(other, 0, w).is_some_and(|i| object_after(other, i) == target)
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_denied_negative_restated_undenied() {
        let denied = ["would", "not", "scrap", "the", "line"];
        let d = [(1, "scrap".to_string())];
        assert!(undenied_restatement(
            &denied,
            &d,
            &["would", "cancel", "the", "line"]
        ));
        // Still denied, or with another object: no restatement.
        assert!(!undenied_restatement(
            &denied,
            &d,
            &["would", "not", "cancel", "the", "line"]
        ));
        assert!(!undenied_restatement(
            &denied,
            &d,
            &["would", "cancel", "the", "fares"]
        ));
        let lost = [(0, "lose".to_string())];
        assert!(!undenied_restatement(
            &["not", "lost", "in", "9"],
            &lost,
            &["unbeaten", "in", "9"]
        ));
        assert!(undenied_restatement(
            &["not", "scrap"],
            &[(0, "scrap".to_string())],
            &["cancel"]
        ));
    }

    #[test]
    fn a_denied_negative_restated_by_another() {
        let own = ["was", "not", "opposed", "to", "electric", "power"];
        let denied = [(1, "oppose".to_string())];
        let other = ["objected", "to", "electric", "power"];
        assert!(restated_by_own(
            &denied,
            &own,
            &["objection".to_string()],
            &other
        ));
        // Another object, or a word the source says too: no restatement.
        let fares = ["objected", "to", "higher", "fares"];
        assert!(!restated_by_own(
            &denied,
            &own,
            &["objection".to_string()],
            &fares
        ));
        assert!(!restated_by_own(
            &denied,
            &[
                "was",
                "not",
                "opposed",
                "to",
                "electric",
                "power",
                "objections"
            ],
            &["objection".to_string()],
            &other
        ));
    }
}
