//! Particles of phrasal verbs: the "up" of "sign up" or the "down" of
//! "step down" is part of the verb, no movement an opposite could reverse.

use crate::lexicon::wordnet::lemmas;
use crate::text::Document;

/// Verbs whose "up" or "down" makes a phrasal verb, not a movement ("fewer
/// trainees sign up", "the minister stepped down").
const PHRASAL_VERBS: &[&str] = &[
    "sign", "set", "pick", "take", "step", "show", "make", "end", "wrap", "open", "line", "sum",
    "follow", "look", "speak", "stand", "back", "team", "clean", "fill", "crack", "turn", "shut",
    "close", "break", "calm", "track", "play", "hand", "write", "settle", "hunker", "let",
];

/// Whether token `t` ("up", "down") is the particle of a phrasal verb.
pub(super) fn phrasal_particle(doc: &Document, t: usize) -> bool {
    matches!(doc.tokens[t].norm.as_str(), "up" | "down")
        && t.checked_sub(1).is_some_and(|p| {
            let verb = doc.tokens[p].norm.as_str();
            PHRASAL_VERBS.contains(&verb)
                || lemmas(verb)
                    .iter()
                    .any(|l| PHRASAL_VERBS.contains(&l.as_str()))
        })
}
