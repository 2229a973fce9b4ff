//! A denial of being alone, or of belonging, restated by the rest of the
//! set: "had not acted alone" → "had acted with others", "members can view
//! them, while non-members can buy copies" → "members can see them, and
//! anyone else can buy copies".

use super::DENIED_REACH;
use crate::align::units::Units;

/// Words naming the rest of a set ("with others", "anyone else").
const OTHERS: &[&str] = &["other", "others", "else"];

/// Drops from `negators` (tokens of `units`) each "not" denying "alone"
/// within [`DENIED_REACH`] words, and each "non" whose word the other side
/// (`other`) names undenied, where the other side says neither "alone" nor
/// "non" and names the rest of the set with a word of [`OTHERS`] this side
/// lacks: the same set told by its complement, no denial removed ("had not
/// acted alone" → "had acted alone" is still weighed).
pub(in crate::checks::polarity_drift) fn restating_others(
    units: &Units,
    negators: &mut Vec<usize>,
    other: &Units,
) {
    let ow = other.words();
    let rest = |w: &[&str]| w.iter().filter(|w| OTHERS.contains(w)).count();
    // Most sentences name no rest of a set: this side need not be listed.
    let theirs = rest(&ow);
    if theirs == 0 || ow.iter().any(|w| matches!(*w, "alone" | "non")) {
        return;
    }
    let words = units.words();
    if theirs <= rest(&words) {
        return;
    }
    negators.retain(|&t| {
        let Some(k) = units.token.iter().position(|&u| u == t) else {
            return true;
        };
        let alone = words[k] == "not"
            && words[k + 1..]
                .iter()
                .take(DENIED_REACH)
                .any(|w| *w == "alone");
        let member = words[k] == "non" && words.get(k + 1).is_some_and(|x| ow.contains(x));
        !(alone || member)
    });
}
