//! The whole check of an arbitrary suspect against an arbitrary source:
//! every finding's text is its span of the suspect.
#![no_main]
use libfuzzer_sys::fuzz_target;
use spincheck::config::Config;
use spincheck::corpus::Article;
use spincheck::engine::check_against;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let cut = text.char_indices().nth(text.chars().count() / 2).map_or(0, |(i, _)| i);
    let (suspect, source) = text.split_at(cut);
    let article = Article {
        id: "source".into(),
        path: "source".into(),
        title: String::new(),
        text: source.to_string(),
    };
    let report = check_against("suspect", suspect, Some((&article, 1.0)), &Config::default());
    for f in &report.findings {
        assert_eq!(&suspect[f.start..f.end], f.text);
    }
    serde_json::to_string(&report).expect("serializes");
});
