//! Sentence ends that only look cut against the source: an adjunct the
//! rewrite dropped after a whole phrase ("came on" before "in the cockpit",
//! "for the final" before "since 2011") or a clause of its own ("by a
//! third" before "because"), or a possessive whose noun was named
//! before ("Okafor's campaign raised more than Holt's."), or an infinitive
//! whose verb needs no object ("has 30 days to respond.").

use super::is_possessive;
use crate::text::tokens::Token;

/// Prepositions and conjunctions that open an adjunct after a whole phrase.
const ADJUNCT_OPENERS: &[&str] = &[
    "in", "on", "at", "by", "for", "from", "with", "since", "after", "before", "during", "until",
    "over", "under", "into", "through", "across", "against", "between", "without", "about",
    "despite", "around", "when", "while", "because", "as",
];

/// Whether `word` opens an adjunct: what follows a phrase that is whole.
pub(super) fn opens_adjunct(word: &str) -> bool {
    ADJUNCT_OPENERS.contains(&word)
}

/// Whether a sentence ending on a possessive names an earlier possessive's
/// noun for it to own ("Okafor's campaign raised twice Holt's."): an ellipsis,
/// not a cut.
pub(super) fn elliptical_possessive(words: &[&Token]) -> bool {
    words
        .split_last()
        .is_some_and(|(_, rest)| rest.iter().any(|w| is_possessive(&w.norm)))
}

/// Verbs that need no object, so that "to" and one of them end a sentence
/// ("The firm has 30 days to respond.") wherever the source goes on.
const INTRANSITIVE: &[&str] = &[
    "pay", "act", "respond", "reply", "appeal", "comply", "decide", "vote", "resign", "retire",
    "react", "recover", "agree", "apply", "wait", "testify",
];

/// Whether `verb` closes an infinitive with no object ("to respond").
pub(super) fn intransitive(verb: &str) -> bool {
    INTRANSITIVE.contains(&verb)
}

/// Conjunctions that open a clause of their own: what follows a whole
/// phrase, which a rewrite may drop ("cut the fine by a third" before
/// "because …", "9,000 patients a year" before "once fully staffed").
const CLAUSE_CONJUNCTIONS: &[&str] = &[
    "because", "once", "if", "unless", "although", "though", "whereas", "while", "when", "until",
];

/// Whether `word` opens a clause of its own after a whole phrase.
pub(super) fn opens_clause(word: &str) -> bool {
    CLAUSE_CONJUNCTIONS.contains(&word)
}
