//! Determiner word classes: the words that open a noun phrase ("the", "its",
//! "these", "every"). Checks compose the classes they need, with their own
//! extras kept beside them.

/// Whether `w` is an article: "a", "an", "the".
pub fn is_article(w: &str) -> bool {
    matches!(w, "a" | "an" | "the")
}

/// Whether `w` is a possessive determiner of any person ("my", "your",
/// "his", "her", "its", "our", "their").
pub fn is_possessive(w: &str) -> bool {
    matches!(w, "my" | "your" | "his" | "her" | "its" | "our" | "their")
}

/// Whether `w` is a demonstrative: "this", "that", "these", "those".
pub fn is_demonstrative(w: &str) -> bool {
    is_singular_demonstrative(w) || is_plural_demonstrative(w)
}

/// Whether `w` is a singular demonstrative: "this", "that".
pub fn is_singular_demonstrative(w: &str) -> bool {
    matches!(w, "this" | "that")
}

/// Whether `w` is a plural demonstrative: "these", "those".
pub fn is_plural_demonstrative(w: &str) -> bool {
    matches!(w, "these" | "those")
}

/// Whether `w` is a quantifier taking a singular noun: "every", "each",
/// "another".
pub fn is_singular_quantifier(w: &str) -> bool {
    matches!(w, "every" | "each" | "another")
}

/// Whether `w` is a quantifier taking a plural noun: "some", "many",
/// "several", "all", "both".
pub fn is_plural_quantifier(w: &str) -> bool {
    matches!(w, "some" | "many" | "several" | "all" | "both")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of `class` among a fixed list of candidates, in its order.
    fn members(class: fn(&str) -> bool) -> Vec<&'static str> {
        const CANDIDATES: &[&str] = &[
            "a", "an", "the", "my", "your", "his", "her", "its", "our", "their", "this", "that",
            "these", "those", "every", "each", "another", "some", "many", "several", "all", "both",
            "any", "few", "it", "him", "them", "The", "",
        ];
        CANDIDATES.iter().copied().filter(|w| class(w)).collect()
    }

    #[test]
    fn articles() {
        assert_eq!(members(is_article), ["a", "an", "the"]);
    }

    #[test]
    fn possessives() {
        assert_eq!(
            members(is_possessive),
            ["my", "your", "his", "her", "its", "our", "their"]
        );
    }

    #[test]
    fn demonstratives() {
        assert_eq!(
            members(is_demonstrative),
            ["this", "that", "these", "those"]
        );
        assert_eq!(members(is_singular_demonstrative), ["this", "that"]);
        assert_eq!(members(is_plural_demonstrative), ["these", "those"]);
    }

    #[test]
    fn quantifiers() {
        assert_eq!(
            members(is_singular_quantifier),
            ["every", "each", "another"]
        );
        assert_eq!(
            members(is_plural_quantifier),
            ["some", "many", "several", "all", "both"]
        );
    }
}
