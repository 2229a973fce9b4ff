//! Web page furniture a scraper leaves in an article's text.

use crate::text::Document;

/// Lines of page furniture, lower-cased word by word: ad slots and the
/// prompts around them, never a sentence of the story.
const FURNITURE: &[&[&str]] = &[
    &["advertisement"],
    &["story", "continues", "below"],
    &["story", "continues", "below", "advertisement"],
    &["article", "continues", "below"],
    &["article", "continues", "below", "advertisement"],
    &["continue", "reading", "below"],
    &["scroll", "down", "for", "video"],
    &["scroll", "down", "for", "videos"],
    &["scroll", "to", "continue", "with", "content"],
    &["read", "on"],
    &["then", "read", "on"],
    &["read", "on", "to", "find", "out", "more"],
];

/// Whether sentence `i` of `doc` is only a line of page furniture
/// ("Scroll down for video").
pub fn is_page_furniture(doc: &Document, i: usize) -> bool {
    let words: Vec<&str> = doc
        .words(doc.sentences[i].tokens.clone())
        .map(|(_, t)| t.norm.as_str())
        .collect();
    FURNITURE.contains(&words.as_slice())
}
