//! Which kinds of evidence stand inside a quotation, where misquote already
//! reports every change.

use super::super::{
    BROKEN_COMPOUND, MINOR_SENSE_MODIFIER, NOUN_AS_ADJECTIVE, NOUN_AS_VERB, RARE_SENSE,
    REPLACED_MODIFIER, SYNONYM_BREAKS_PHRASE, SYNONYM_BREAKS_TERM, VERB_AS_NOUN, VERB_IN_COMPOUND,
};

/// Evidence too weak to flag a word inside a quotation: a rare shared sense,
/// a collocation, compound or term reading another way, a word read as
/// another part of speech. A fixed term or idiom broken word by word ("make
/// ends meet" → "make finishes meet") stands even there: no speaker says it.
const WEAK: &[&str] = &[
    RARE_SENSE,
    BROKEN_COMPOUND,
    SYNONYM_BREAKS_PHRASE,
    SYNONYM_BREAKS_TERM,
    MINOR_SENSE_MODIFIER,
    NOUN_AS_ADJECTIVE,
    NOUN_AS_VERB,
    VERB_AS_NOUN,
    REPLACED_MODIFIER,
    VERB_IN_COMPOUND,
];

/// Whether evidence `why` flags a word even inside a quotation.
pub(super) fn strong(why: &str) -> bool {
    !WEAK.contains(&why)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::garbled_phrase::{LOOK_ALIKE, SPUN_SENSE};

    #[test]
    fn only_word_pair_evidence_stands_in_a_quote() {
        assert!(strong(SPUN_SENSE) && strong(LOOK_ALIKE));
        assert!(!strong(RARE_SENSE) && !strong(BROKEN_COMPOUND));
        assert!(strong(crate::checks::garbled_phrase::FIXED_TERM_BROKEN));
    }
}
