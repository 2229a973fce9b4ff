//! Sentence alignment and word diff of two arbitrary texts.
#![no_main]
use libfuzzer_sys::fuzz_target;
use spincheck::align::Alignment;
use spincheck::text::Document;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (a, b) = text.split_at(text.char_indices().nth(text.chars().count() / 2).map_or(0, |(i, _)| i));
    let (suspect, source) = (Document::new(a), Document::new(b));
    let alignment = Alignment::new(&suspect, &source);
    for p in &alignment.pairs {
        for e in p.edits.iter().chain(&p.moved) {
            assert!(e.suspect.end <= suspect.tokens.len() && e.source.end <= source.tokens.len());
        }
    }
});
