//! Titles and posts written before a name ("Mayor", "Deputy Health Minister").

/// Posts written capitalised before a name and lower-case in apposition.
pub(super) const POSTS: &[&str] = &[
    "mayor",
    "attorney",
    "president",
    "minister",
    "professor",
    "prof",
    "senator",
    "governor",
    "chief",
    "director",
    "secretary",
    "chancellor",
    "judge",
    "justice",
    "commissioner",
    "councillor",
    "councilor",
    "executive",
    "chairman",
    "chairwoman",
    "chair",
    "spokesman",
    "spokeswoman",
    "coach",
    "captain",
    "dr",
    "manager",
    "head",
    "leader",
    "founder",
    "superintendent",
    "inspector",
    "sergeant",
    "detective",
    "ambassador",
    "colonel",
    "lieutenant",
    "spokesperson",
    "analyst",
    "economist",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
];

/// Words that qualify a post in a title ("Deputy", "Health"), cased as it is.
const POST_QUALIFIERS: &[&str] = &[
    "city",
    "state",
    "general",
    "deputy",
    "prime",
    "vice",
    "environment",
    "energy",
    "health",
    "finance",
    "foreign",
    "interior",
    "defence",
    "defense",
];

/// Whether `word` (lower case) is part of a title: a post or a qualifier.
pub(super) fn is_title_word(word: &str) -> bool {
    POSTS.contains(&word) || POST_QUALIFIERS.contains(&word)
}
