//! Titles and posts written before a name ("Mayor", "Deputy Health Minister").

use crate::lexicon::dictionary;
use crate::text::Document;
use crate::text::names::bare;
use crate::text::tokens::TokenKind;

/// Posts written capitalised before a name and lower-case in apposition.
pub const POSTS: &[&str] = &[
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
    "officer",
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
pub fn is_title_word(word: &str) -> bool {
    POSTS.contains(&word) || POST_QUALIFIERS.contains(&word)
}

/// Whether token `t` is a common word of a post written before a person's
/// name ("Boss Executive Laura Brennan", "Prime Pastor Ana Valente"): its
/// capital is the title's styling, so it is judged as any other word.
pub fn in_post(doc: &Document, t: usize) -> bool {
    let common = |k: usize| capitalised(doc, k) && known(doc, k);
    let start = (0..t).rev().find(|&k| !common(k)).map_or(0, |k| k + 1);
    let end = (t + 1..doc.tokens.len())
        .find(|&k| !common(k))
        .unwrap_or(doc.tokens.len());
    let name_follows = end < doc.tokens.len() && capitalised(doc, end);
    name_follows && (start..end).any(|k| is_title_word(bare(&doc.tokens[k].norm)))
}

fn known(doc: &Document, k: usize) -> bool {
    dictionary::is_known(bare(&doc.tokens[k].norm))
}

fn capitalised(doc: &Document, k: usize) -> bool {
    doc.tokens[k].kind == TokenKind::Word && doc.is_capitalized(k)
}
