//! A belief told by another verb of holding a view ("cuts they believed were
//! unsafe" → "cuts they considered unsafe", "had assumed the limit applied"
//! → "had believed the limit covered"): the holder's view is kept, and no
//! hedge was dropped or added.

use super::words::hedging;

/// Verbs by which a holder keeps a view of a claim no surer than a belief,
/// three forms of each verb in turn; the first two are the verbs of belief
/// the hedge lists count ("they believed", "is thought to").
const VIEWS: &[&str] = &[
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "consider",
    "considers",
    "considered",
    "assume",
    "assumes",
    "assumed",
    "presume",
    "presumes",
    "presumed",
    "reckon",
    "reckons",
    "reckoned",
    "feel",
    "feels",
    "felt",
];

/// Which verb of [`VIEWS`] `word` is a form of.
fn view(word: &str) -> Option<usize> {
    VIEWS.iter().position(|v| *v == word).map(|i| i / 3)
}

/// Whether `word` is a form of a verb of belief ("believed", "thinks").
fn is_belief(word: &str) -> bool {
    view(word).is_some_and(|v| v < 2)
}

/// Whether an edit puts a verb of view for a belief, or a belief for a verb
/// of view, between the source's words `te` and the copy's `oe`, neither
/// hedging by any other word ("believed the fire may have" → "considered the
/// fire had" still drops the "may"). The same verb kept ("believed at least
/// two" → "believe two") restates nothing: the edit changed something else.
pub(super) fn view_restated(te: &[String], oe: &[String]) -> bool {
    let views = |words: &[String], beliefs: bool| -> Vec<usize> {
        words
            .iter()
            .filter(|w| !beliefs || is_belief(w))
            .filter_map(|w| view(w))
            .collect()
    };
    let exchanged = |from: Vec<usize>, to: Vec<usize>| {
        !from.is_empty() && !to.is_empty() && from.iter().all(|f| !to.contains(f))
    };
    let beliefs_only =
        |words: &[String]| (0..words.len()).all(|k| is_belief(&words[k]) || !hedging(words, k));
    (exchanged(views(te, true), views(oe, false)) || exchanged(views(te, false), views(oe, true)))
        && beliefs_only(te)
        && beliefs_only(oe)
}
