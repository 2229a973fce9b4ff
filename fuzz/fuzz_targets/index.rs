//! Loading an arbitrary file as a corpus index: an error or an index, never a
//! panic or an abort, and every listed article's text reads or errors cleanly.
#![no_main]
use libfuzzer_sys::fuzz_target;
use spincheck::corpus::persist;

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("fuzz.idx");
    std::fs::write(&path, data).expect("written");
    if let Ok((articles, index)) = persist::load(&path) {
        for i in 0..articles.len().min(8) {
            let _ = articles.get(i);
        }
        let _ = index.best("harbor strike pay talks");
    }
});
