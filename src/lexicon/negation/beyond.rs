//! A limit passed, which denies: "beyond the club's means" is "the club
//! cannot afford it", "beyond the reach of rescuers" is "rescuers cannot
//! reach it".

use crate::lexicon::wordnet::{VERB, lemmas, parts_as_written};
use crate::text::words::is_stopword;

/// Nouns of a limit that "beyond" denies.
/// ("beyond repair" is "could not be repaired").
const LIMITS: &[&str] = &[
    "means",
    "reach",
    "grasp",
    "control",
    "repair",
    "recognition",
];

/// Words after "beyond" within which its limit is looked for ("beyond the
/// small club's means").
const LIMIT_REACH: usize = 4;

/// "beyond" when unit `k` of `words` is a "beyond" before a limit of
/// [`LIMITS`] or before an act it rules out ("beyond 2030", "beyond the
/// city" deny nothing).
pub(super) fn beyond_limit(words: &[&str], k: usize) -> Option<String> {
    (words[k] == "beyond"
        && (words[k + 1..]
            .iter()
            .take(LIMIT_REACH)
            .any(|w| LIMITS.contains(w))
            || act_ruled_out(words, k + 1)))
    .then(|| "beyond".to_string())
}

/// Whether unit `k` of `words` is a gerund ending its phrase, an act
/// "beyond" rules out: "was beyond saving" is "could not be saved"
/// ("beyond existing limits" names a thing, "existing" describes it).
fn act_ruled_out(words: &[&str], k: usize) -> bool {
    words.get(k).is_some_and(|w| {
        w.ends_with("ing")
            && lemmas(w)
                .iter()
                .any(|l| l != w && parts_as_written(l) & VERB != 0)
    }) && words.get(k + 1).is_none_or(|n| is_stopword(n))
}
