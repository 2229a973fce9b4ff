//! A plan told in the simple past ("will open" → "opened", "will be signed"
//! → "was signed"): done, with no auxiliary to show it.

use super::{BETWEEN, STILL_TO_COME};
use crate::align::AlignedPair;
use crate::checks::meaning_drift::flag_units;
use crate::finding::Diagnostic;
use crate::lexicon::negation::is_negator_word;
use crate::lexicon::stance::stances;
use crate::lexicon::wordnet::{VERB, lemmas, parts_of_speech};
use crate::text::Document;
use crate::text::words::is_stopword;

/// Words before a past form that make it no finite verb: a determiner ("the
/// newly opened wing"), a passive or a perfect ("is closed", "has closed",
/// which the perfect's own search judges) or an infinitive.
const NOT_FINITE_AFTER: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "your", "this", "these", "those", "be",
    "been", "being", "is", "are", "am", "was", "were", "has", "have", "had", "to", "newly",
    "freshly", "of", "for", "by", "with", "in", "on", "at", "as", "than",
];

/// Modals that, anywhere before a past form, keep the sentence's act to come.
const MODALS: &[&str] = &[
    "will", "would", "shall", "could", "may", "might", "should", "must",
];

/// Verbs too general to tell an act by their past form ("was", "had", "did").
const AUXILIARIES: &[&str] = &["be", "have", "do", "get"];

/// Whether a word may stand between an auxiliary and its verb ("was
/// formally signed", "also opened").
fn adverb(word: &str) -> bool {
    BETWEEN.contains(&word) || (word.ends_with("ly") && parts_of_speech(word) & VERB == 0)
}

/// Words that make a source's "would" a habit of the past ("the ferry would
/// leave at six every day"), which the simple past restates.
fn habitual(tw: &[&str]) -> bool {
    tw.iter()
        .any(|w| matches!(*w, "every" | "each") || stances(w).iter().any(|s| s.class == "habit"))
}

/// Whether the source states a past act of its own on the words that follow
/// the suspect's past form ("which drew 310,000 visitors" → "attracted
/// 310,000 visitors"): that act reworded, not the plan.
fn done_in_source(tw: &[&str], ow: &[&str], k: usize) -> bool {
    let own = ow[k];
    let Some(next) = ow[k + 1..].iter().find(|w| !is_stopword(w)) else {
        return false;
    };
    tw.iter().enumerate().any(|(j, w)| {
        tw[j + 1..].iter().find(|w| !is_stopword(w)) == Some(next)
            && parts_of_speech(w) & VERB != 0
            && lemmas(w).iter().any(|l| l != w)
            && !w.ends_with("ing")
            && !w.ends_with('s')
            && *w != own
            && !lemmas(w).iter().any(|l| lemmas(own).contains(l))
    })
}

/// Flags the suspect's simple past of `act`, the act of the source's planning
/// `phrase`; returns whether it flagged. The suspect keeping the act's plain
/// form anywhere in the sentence still tells it as to come, and passes.
pub(super) fn stated_past(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    (phrase, at): (&[&str], usize),
    out: &mut Vec<Diagnostic>,
) -> bool {
    let act = tw[at];
    // "I would urge people to stay in": a first person's "would" is a
    // courtesy, not a plan.
    let courtesy = phrase == ["would"]
        && at
            .checked_sub(2)
            .is_some_and(|p| matches!(tw[p], "i" | "we"));
    if ow.contains(&act) || courtesy || (phrase == ["would"] && habitual(tw)) {
        return false;
    }
    // "will be signed" → "was signed": the participle after a past "be".
    let passive = act == "be";
    let target = if passive {
        // "will be formally signed": past an adverb.
        match tw[at + 1..].iter().find(|w| !adverb(w)) {
            Some(&p) if parts_of_speech(p) & VERB != 0 => p,
            _ => return false,
        }
    } else {
        act
    };
    if !passive && AUXILIARIES.contains(&act) {
        return false;
    }
    let Some((first, k)) = ow.iter().enumerate().find_map(|(k, w)| {
        let matches = if passive {
            *w == target
                && !tw
                    .windows(2)
                    .any(|x| matches!(x[0], "was" | "were") && x[1] == *w)
        } else {
            *w != act
                && !w.ends_with("ing")
                && *w != format!("{act}s")
                && !tw.contains(w)
                && lemmas(w).iter().any(|l| l == act)
        };
        if !matches {
            return None;
        }
        let mut first = k;
        while first > 0 && adverb(ow[first - 1]) {
            first -= 1;
        }
        let previous = first.checked_sub(1).map(|p| ow[p]);
        if passive {
            previous
                .is_some_and(|p| matches!(p, "was" | "were"))
                .then_some((first - 1, k))
        } else {
            previous
                .is_none_or(|p| !NOT_FINITE_AFTER.contains(&p))
                .then_some((first, k))
        }
    }) else {
        return false;
    };
    // "will see 72 km of pipes replaced": a modal anywhere before still
    // tells it as to come; a negation near it denies it.
    if ow[..first].iter().any(|w| MODALS.contains(w))
        || ow[first.saturating_sub(4)..first]
            .iter()
            .any(|w| STILL_TO_COME.contains(w) || is_negator_word(w))
        || done_in_source(tw, ow, k)
    {
        return false;
    }
    let was = if passive {
        format!("{} be {target}", phrase.join(" "))
    } else {
        format!("{} {act}", phrase.join(" "))
    };
    flag_units(
        doc,
        src,
        pair,
        first..k + 1,
        |now| format!("\"{was}\" became \"{now}\": a plan is stated as done"),
        out,
    );
    true
}
