//! Verbs of a danger ahead or of an appearance that keep a hedge by their
//! object or their complement ("could be removed" → "risked removal",
//! "appeared calm" → "looked calm").

use crate::checks::grammar::linked_adjective;

/// Whether word `k` of `words` keeps a hedge: a verb of risk with its object
/// ("risked removal", a danger ahead, as "faces delays"), or a linking verb
/// of the senses with its adjective ("looked calm", an appearance still).
pub(super) fn kept(words: &[String], k: usize) -> bool {
    match words[k].as_str() {
        "risked" | "risking" => true,
        "looked" | "looks" | "sounded" | "sounds" => {
            words.get(k + 1).is_some_and(|n| linked_adjective(n))
        }
        _ => false,
    }
}
