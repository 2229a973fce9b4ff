//! Property tests: every span points at the text it claims, on arbitrary input.

use proptest::prelude::*;
use spincheck::config::Config;
use spincheck::corpus::Article;
use spincheck::engine::check_against;
use spincheck::text::Document;

/// Text made of the pieces that stress spans: quotes of every style, dashes,
/// ellipses, CRLF, combining marks, emoji, CJK, RTL, abbreviations, numbers.
fn articleish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("„".to_string()),
        Just("—".to_string()),
        Just("…".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r".to_string()),
        Just(" ".to_string()),
        Just("\u{00A0}".to_string()),
        Just("e\u{0301}".to_string()),
        Just("👍🏽".to_string()),
        Just("日本語".to_string()),
        Just("עברית".to_string()),
        Just("ﬁ".to_string()),
        Just("\u{FEFF}".to_string()),
        Just("U.S.".to_string()),
        Just("$1.5".to_string()),
        Just("1,000".to_string()),
        Just(". ".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        "[A-Za-z]{1,9}",
        "[a-z]{1,6}'[a-z]{1,2}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn article(text: String) -> Article {
    Article {
        id: "source".into(),
        path: "source".into(),
        title: "t".into(),
        text,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn token_and_sentence_spans_are_char_boundaries(text in articleish()) {
        let doc = Document::new(text.as_str());
        for t in &doc.tokens {
            prop_assert!(t.start < t.end && t.end <= text.len());
            prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
        for s in &doc.sentences {
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            prop_assert!(s.start <= s.end);
        }
    }

    #[test]
    fn finding_text_is_the_file_slice(suspect in articleish(), source in articleish()) {
        let config = Config::default();
        let src = article(source);
        for with_source in [None, Some((&src, 0.5))] {
            let report = check_against("suspect", &suspect, with_source, &config);
            for f in &report.findings {
                prop_assert_eq!(&suspect[f.start..f.end], f.text.as_str());
                let line = suspect[..f.start].matches('\n').count()
                    + suspect[..f.start].matches('\r').count()
                    - suspect[..f.start].matches("\r\n").count()
                    + 1;
                prop_assert_eq!(f.line, line);
            }
        }
    }

    #[test]
    fn checking_is_deterministic(suspect in articleish(), source in articleish()) {
        let config = Config::default();
        let src = article(source);
        let a = check_against("s", &suspect, Some((&src, 0.5)), &config);
        let b = check_against("s", &suspect, Some((&src, 0.5)), &config);
        prop_assert_eq!(a.findings, b.findings);
    }
}

/// Rules that compare with the source: none may fire when the suspect is the source.
const DRIFT_RULES: &[&str] = &[
    "misquote",
    "number-drift",
    "entity-drift",
    "polarity-drift",
    "meaning-drift",
    "garbled-phrase",
    "unsupported-content",
    "omitted-content",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_text_checked_against_itself_has_no_drift(text in articleish()) {
        let src = article(text.clone());
        let report = check_against("self", &text, Some((&src, 1.0)), &Config::default());
        let drift: Vec<_> = report
            .findings
            .iter()
            .filter(|f| DRIFT_RULES.contains(&f.rule))
            .filter(|f| f.rule != "garbled-phrase" || !f.message.starts_with("tortured phrase"))
            .collect();
        prop_assert!(drift.is_empty(), "{:?}", drift);
    }

    #[test]
    fn every_report_is_valid_json(suspect in articleish(), source in articleish()) {
        let src = article(source);
        let report = check_against("s", &suspect, Some((&src, 0.5)), &Config::default());
        let json = spincheck::report::render(spincheck::report::Format::Json, std::slice::from_ref(&report));
        let parsed: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        prop_assert_eq!(parsed["files"][0]["findings"].as_array().map(Vec::len), Some(report.findings.len()));
        let sarif = spincheck::report::render(spincheck::report::Format::Sarif, &[report]);
        prop_assert!(serde_json::from_str::<serde_json::Value>(&sarif).is_ok());
    }
}

/// Sentences with the same words (here the same figure, once and three
/// times) each align with their own copy, so a text against itself misses none.
#[test]
fn sentences_with_the_same_words_align_in_place() {
    let text = "$1.5\r\n. $1.5$1.5$1.5".to_string();
    let report = check_against(
        "self",
        &text,
        Some((&article(text.clone()), 1.0)),
        &Config::default(),
    );
    let drift: Vec<_> = report
        .findings
        .iter()
        .filter(|f| DRIFT_RULES.contains(&f.rule))
        .collect();
    assert!(drift.is_empty(), "{drift:?}");
}
