//! A participial phrase standing alone: a participle and a preposition open
//! a statement with no main verb after them ("Speaking on.", "Based on the
//! promoters."), so the phrase has no clause to modify.

use super::verbless::{NOUN_PREPOSITIONS, has_clause_break, has_main_verb};
use crate::lexicon::wordnet::{VERB, lemmas, parts_as_written};
use crate::text::Document;
use crate::text::tokens::Token;

/// Whether `word` is an "-ing" or "-ed" form of a verb ("speaking", "based").
fn participle(word: &str) -> bool {
    (word.ends_with("ing") || word.ends_with("ed"))
        && lemmas(word)
            .iter()
            .any(|l| l != word && parts_as_written(l) & VERB != 0)
}

/// Whether the statement opens on a participle and a preposition, with no
/// comma after which a main clause could stand and no main verb after the
/// preposition ("Speaking on.", "Flooding about 220 homes in the lower
/// town."). A particle WordNet writes with the verb ends a whole sentence
/// ("Moving on.": "move on").
pub(super) fn participle_phrase(doc: &Document, words: &[&Token]) -> bool {
    let [first, preposition, rest @ ..] = words else {
        return false;
    };
    let preposition = preposition.norm.as_str();
    let phrasal = || {
        rest.is_empty()
            && lemmas(&first.norm)
                .iter()
                .any(|l| parts_as_written(&format!("{l} {preposition}")) & VERB != 0)
    };
    NOUN_PREPOSITIONS.contains(&preposition)
        && participle(&first.norm)
        && !has_clause_break(doc, words)
        && !has_main_verb(doc, rest, false)
        && !phrasal()
}
