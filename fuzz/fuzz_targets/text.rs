//! Normalization, tokenization, segmentation and quote pairing on arbitrary bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;
use spincheck::text::Document;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = Document::new(text.as_ref());
    for t in &doc.tokens {
        assert!(doc.text.is_char_boundary(t.start) && doc.text.is_char_boundary(t.end));
        assert!(t.start < t.end);
    }
    for s in &doc.sentences {
        assert!(s.start <= s.end && doc.text.is_char_boundary(s.start));
    }
});
