//! Web page furniture a scraper leaves in an article's text, which
//! unsupported-content reports and fragment leaves to it.

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

/// Labels a scraped link line opens on before its colon ("Read more: Ten
/// winter light trails worth travelling for"), lower-cased word by word.
const LINK_LABELS: &[&[&str]] = &[
    &["read", "more"],
    &["related"],
    &["see", "also"],
    &["also", "read"],
    &["read", "also"],
];

/// Whether sentence `i` of `doc` is only a line of page furniture
/// ("Scroll down for video"), or a link line standing as its own paragraph
/// ("Related: Storm Edda: what you need to know").
pub fn is_page_furniture(doc: &Document, i: usize) -> bool {
    let range = doc.sentences[i].tokens.clone();
    let words = || doc.words(range.clone()).map(|(_, t)| t.norm.as_str());
    FURNITURE
        .iter()
        .any(|line| words().eq(line.iter().copied()))
        || (link_label(doc, range.clone()) && own_paragraph(doc, i))
}

/// Whether the tokens open on a link label and its colon ("Read more:").
fn link_label(doc: &Document, range: std::ops::Range<usize>) -> bool {
    let tokens = &doc.tokens[range];
    LINK_LABELS.iter().any(|label| {
        tokens.len() > label.len() + 1
            && tokens[label.len()].norm == ":"
            && label.iter().zip(tokens).all(|(w, t)| t.norm == *w)
    })
}

/// Whether sentence `i` is a paragraph of its own.
fn own_paragraph(doc: &Document, i: usize) -> bool {
    let paragraph = doc.sentences[i].paragraph;
    let shares = |j: Option<usize>| {
        j.and_then(|j| doc.sentences.get(j))
            .is_some_and(|s| s.paragraph == paragraph)
    };
    !shares(i.checked_sub(1)) && !shares(Some(i + 1))
}
