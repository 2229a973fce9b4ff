//! The one list of every check, in report order.

use super::{Check, Rule};

/// Every check spincheck knows, in a fixed order.
pub fn all() -> &'static [&'static dyn Check] {
    &[
        &super::spelling::Spelling,
        &super::garbled_phrase::GarbledPhrase,
        &super::repetition::Repetition,
        &super::duplicate_sentence::DuplicateSentence,
        &super::misquote::Misquote,
        &super::number_drift::NumberDrift,
        &super::entity_drift::EntityDrift,
        &super::polarity_drift::PolarityDrift,
        &super::meaning_drift::MeaningDrift,
        &super::punctuation::Punctuation,
        &super::fragment::Fragment,
        &super::unsupported_content::UnsupportedContent,
        &super::omitted_content::OmittedContent,
    ]
}

/// The rule with id `id`.
pub fn find(id: &str) -> Option<&'static Rule> {
    all().iter().map(|c| c.rule()).find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_documented() {
        let mut ids: Vec<&str> = all().iter().map(|c| c.rule().id).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), before);
        for c in all() {
            let r = c.rule();
            assert!(
                !r.summary.is_empty() && !r.explanation.is_empty(),
                "{}",
                r.id
            );
            assert!(
                !r.example_bad.is_empty() && !r.example_good.is_empty(),
                "{}",
                r.id
            );
        }
    }
}
