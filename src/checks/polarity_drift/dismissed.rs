//! An option under consideration told as turned down, or the reverse:
//! "said it would consider the idea" → "said it had dismissed the idea",
//! "had discussed moving" → "had rejected moving". Weighing a thing keeps
//! it open; rejecting it closes it, so the copy reverses the outcome.

use crate::checks::grammar::MODALS;
use crate::lexicon::wordnet::{self, lemmas};
use crate::text::Document;

/// Base forms of verbs that weigh an option and leave it open.
const WEIGHING: &[&str] = &[
    "consider",
    "discuss",
    "debate",
    "weigh",
    "explore",
    "examine",
    "review",
    "study",
    "contemplate",
    "mull",
];

/// Base forms of verbs that turn an option down.
const DISMISSING: &[&str] = &["reject", "dismiss"];

/// Whether word `w` at token `t` of `d` is a verb whose base form is in
/// `list`: an "-ed" or "-ing" form, a form after a modal or "to", or a word
/// that is never a noun ("a review" is no weighing).
fn verb_of(d: &Document, t: usize, w: &str, list: &[&str]) -> bool {
    lemmas(w).iter().any(|l| list.contains(&l.as_str()))
        && (w.ends_with("ed")
            || w.ends_with("ing")
            || d.norm_before(t, 1)
                .is_some_and(|p| MODALS.contains(&p) || p == "to")
            || wordnet::parts_of_speech(w) & wordnet::NOUN == 0)
}

/// Whether the sentence of token `t` in `d` holds a verb of `list`
/// ("considered and rejected": both told).
fn sentence_has(d: &Document, t: usize, list: &[&str]) -> bool {
    d.sentence_of(t).is_some_and(|s| {
        d.words(d.sentences[s].tokens.clone())
            .any(|(k, w)| verb_of(d, k, &w.norm, list))
    })
}

/// Whether source word `a` and suspect word `b` are a verb of weighing and
/// one of dismissing, either way round, and neither sentence also tells the
/// other side's act ("considered but rejected" → "rejected" passes).
pub(super) fn weighed_dismissed(
    (src, ta, a): (&Document, usize, &str),
    (doc, tb, b): (&Document, usize, &str),
) -> bool {
    let turned = |(x, tx, wx): (&Document, usize, &str), (y, ty, wy): (&Document, usize, &str)| {
        verb_of(x, tx, wx, WEIGHING)
            && verb_of(y, ty, wy, DISMISSING)
            && !sentence_has(x, tx, DISMISSING)
            && !sentence_has(y, ty, WEIGHING)
    };
    turned((src, ta, a), (doc, tb, b)) || turned((doc, tb, b), (src, ta, a))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flips(source: &str, a: &str, copy: &str, b: &str) -> bool {
        let (src, doc) = (Document::new(source), Document::new(copy));
        let at = |d: &Document, w: &str| d.tokens.iter().position(|t| t.norm == w).unwrap();
        weighed_dismissed((&src, at(&src, a), a), (&doc, at(&doc, b), b))
    }

    #[test]
    fn an_option_weighed_told_as_dismissed_flips() {
        assert!(flips(
            "The council said it would consider the idea.",
            "consider",
            "The council said it had dismissed the idea.",
            "dismissed"
        ));
        assert!(flips(
            "Members had also discussed moving the meeting.",
            "discussed",
            "Members had also rejected moving the meeting.",
            "rejected"
        ));
        assert!(flips(
            "The plan was rejected.",
            "rejected",
            "The plan was reviewed.",
            "reviewed"
        ));
    }

    #[test]
    fn both_acts_told_or_a_noun_pass() {
        assert!(!flips(
            "The board considered the plan but rejected it.",
            "considered",
            "The board rejected the plan.",
            "rejected"
        ));
        assert!(!flips(
            "The review found gaps.",
            "review",
            "The board rejected it.",
            "rejected"
        ));
    }
}
