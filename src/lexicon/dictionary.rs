//! The embedded English dictionary (Hunspell en_US, SCOWL-based; see NOTICE).

use spellbook::Dictionary;
use std::sync::OnceLock;

const AFF: &str = include_str!("../../data/dict/en_US.aff");
const DIC: &str = include_str!("../../data/dict/en_US.dic");

/// The dictionary, parsed on first use.
pub fn dictionary() -> &'static Dictionary {
    static DICT: OnceLock<Dictionary> = OnceLock::new();
    DICT.get_or_init(|| Dictionary::new(AFF, DIC).expect("embedded en_US dictionary parses"))
}

/// Whether `word` is spelled correctly (in any case the dictionary allows).
pub fn is_known(word: &str) -> bool {
    let dict = dictionary();
    dict.check(word) || dict.check(&word.to_lowercase())
}

/// The dictionary's suggestions for `word`, best first.
pub fn suggestions(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    dictionary().suggest(word, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_inflections_and_rejects_misspellings() {
        assert!(is_known("surmountable"));
        assert!(is_known("investors"));
        assert!(is_known("Monday"));
        assert!(!is_known("Sarmountable"));
        assert!(
            suggestions("Sarmountable")
                .iter()
                .any(|s| s.eq_ignore_ascii_case("surmountable"))
        );
    }
}
