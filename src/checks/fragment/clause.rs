//! A sentence cut inside its closing subordinate clause, before the clause's
//! verb ("Whitcombe will step down when the merger.").

use crate::lexicon::wordnet::{NOUN, VERB, parts_as_written, parts_of_speech};
use crate::text::tokens::Token;

/// Conjunctions that open a clause with a verb of its own ("when the merger
/// takes effect", "whose canvas was bought").
const CLAUSE_OPENERS: &[&str] = &[
    "when", "whose", "because", "although", "though", "whereas", "unless", "whether",
];

/// Most words after the conjunction that are read as a cut clause.
const CLAUSE_WORDS: usize = 4;

/// Whether the sentence closes on a clause opened by a conjunction that has
/// a noun but no verb ("when the merger.", "whose 1911 canvas."): the verb
/// was lost to a cut. An elliptical clause has no noun ("when possible",
/// "though slowly"), and "because of" opens a phrase, not a clause.
pub fn verbless_clause_end(words: &[&Token]) -> bool {
    let Some(at) = words
        .iter()
        .rposition(|w| CLAUSE_OPENERS.contains(&w.norm.as_str()))
    else {
        return false;
    };
    let rest = &words[at + 1..];
    let Some(last) = rest.last() else {
        return false;
    };
    at > 0
        && rest.len() <= CLAUSE_WORDS
        && rest[0].norm != "of"
        && (parts_as_written(&last.norm) & NOUN != 0 || plural_noun(&last.norm))
        && !rest.iter().any(|w| may_be_verb(&w.norm))
}

/// Whether a word may be a verb: written as one ("take"), or an inflection
/// of one that is not itself written as a noun ("takes", but not "merger",
/// which only morphology could read as "merge").
fn may_be_verb(word: &str) -> bool {
    let written = parts_as_written(word);
    written & VERB != 0 || (written & NOUN == 0 && parts_of_speech(word) & VERB != 0)
}

/// Whether a word is the plural of a noun that is no verb ("underpasses"),
/// which WordNet lists only in the singular.
fn plural_noun(word: &str) -> bool {
    word.ends_with('s') && parts_as_written(word) == 0 && parts_of_speech(word) == NOUN
}
