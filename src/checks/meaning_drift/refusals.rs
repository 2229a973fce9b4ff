//! A fact the source states ("did not detail") told as a refusal ("would
//! not specify", "refused to").

use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::text::Document;

/// "did not detail" rendered as "would not specify" or "refused to".
pub(super) fn refusal(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let fact = ["did", "does", "do"];
    // "declined to comment" → "would not comment", "had turned down the
    // invitation" → "had refused the invitation": the source refused too.
    let refused_already = tw.iter().any(|w| {
        matches!(
            *w,
            "refused" | "declined" | "refuses" | "declines" | "rejected"
        )
    }) || find_seq(tw, &["would", "will"], "not").is_some()
        || find_seq(tw, &["turned", "turn", "turns", "turning"], "down").is_some();
    if find_seq(tw, &fact, "not").is_none()
        || find_seq(ow, &fact, "not").is_some()
        || refused_already
    {
        return;
    }
    // "would not reveal": a refusal to tell; "will not see" is no refusal.
    let refused = find_seq(ow, &["would", "will"], "not")
        .filter(|&k| ow.get(k + 2).is_some_and(|v| TELLING.contains(v)))
        .map(|k| k..k + 2)
        .or_else(|| {
            ow.iter()
                .position(|w| matches!(*w, "refused" | "declined" | "refuses" | "declines"))
                .map(|k| k..k + 1)
        });
    // "did not speak to reporters" → "declined to speak to reporters", "did
    // not want to speak" → "declined to speak": the same act not done, put
    // the way news copy puts it; "refused to say" still hardens it.
    if refused.as_ref().is_some_and(|r| {
        matches!(ow[r.start], "declined" | "declines")
            && ow.get(r.start + 1) == Some(&"to")
            && ow.get(r.start + 2).is_some_and(|v| not_done(tw, v))
    }) {
        return;
    }
    if let Some(range) = refused {
        let tokens = pair.suspect_units.tokens(range);
        let (start, end) = doc.token_span(tokens);
        out.push(
            Diagnostic::new(start, end, "a statement of fact became a refusal")
                .evidence(src.span_text(pair.source_tokens(src))),
        );
    }
}

/// Verbs of telling or disclosing that "would not" makes a refusal.
const TELLING: &[&str] = &[
    "say",
    "comment",
    "specify",
    "disclose",
    "detail",
    "reveal",
    "name",
    "identify",
    "confirm",
    "elaborate",
    "discuss",
    "give",
    "provide",
    "answer",
    "explain",
    "release",
    "share",
    "divulge",
    "speculate",
    "respond",
    "tell",
    "put",
    "state",
];

/// Whether source words `tw` say act `v` was not done: "did not speak",
/// "did not want to speak".
fn not_done(tw: &[&str], v: &str) -> bool {
    tw.windows(3).any(|w| {
        matches!(w[0], "did" | "does" | "do")
            && w[1] == "not"
            && (w[2] == v || (w[2] == "want" && tw.windows(2).any(|p| p == ["to", v])))
    })
}

/// Where one of `firsts` stands right before `second` ("would not").
fn find_seq(words: &[&str], firsts: &[&str], second: &str) -> Option<usize> {
    words
        .windows(2)
        .position(|w| firsts.contains(&w[0]) && w[1] == second)
}
