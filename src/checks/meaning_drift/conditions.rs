//! A condition the source's claim hangs on, stated as a given.

use super::claims::quoted;
use crate::align::{AlignedPair, EditKind};
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::tokens::TokenKind;

/// Words that open a condition ("if approved", "unless talks succeed",
/// "subject to board approval", "as long as").
const OPENERS: &[&[&str]] = &[
    &["if"],
    &["unless"],
    &["subject", "to"],
    &["provided", "that"],
    &["providing", "that"],
    &["as", "long", "as"],
    &["so", "long", "as"],
    &["on", "condition"],
];

/// Words that keep a condition in a rewrite: the openers' first words and
/// their restatements ("should the strike be extended", "in the event that",
/// "pending approval").
const KEPT: &[&str] = &[
    "if",
    "unless",
    "subject",
    "provided",
    "providing",
    "long",
    "condition",
    "conditional",
    "conditions",
    "event",
    "pending",
    "assuming",
    "contingent",
    "depending",
    "depends",
    "depend",
    "should",
    "were",
    "otherwise",
    "whether",
    "only",
];

/// Words that state a condition as a given ("if inflation keeps easing" →
/// "as inflation eases", "if approved" → "once approved").
const GIVENS: &[&str] = &["as", "once", "when", "after", "since", "because", "now"];

/// Words before "if" that make it "whether" ("asked if", "unclear if") or
/// another idiom ("even if", "as if").
const NOT_A_CONDITION_BEFORE: &[&str] = &[
    "ask",
    "asked",
    "asks",
    "asking",
    "know",
    "knows",
    "knew",
    "see",
    "seen",
    "decide",
    "decided",
    "deciding",
    "unclear",
    "clear",
    "say",
    "said",
    "says",
    "wonder",
    "check",
    "checking",
    "determine",
    "examine",
    "examining",
    "assess",
    "assessing",
    "even",
    "as",
    "question",
    "uncertain",
    "unsure",
    "sure",
];

/// Words after "if" that make an idiom, not a condition ("if any", "if so").
const NOT_A_CONDITION_AFTER: &[&str] = &["any", "not", "so", "ever", "anything", "only", "at"];

/// Where in the source's words a condition opens, if one does.
fn condition_at(words: &[&str]) -> Option<usize> {
    (0..words.len()).find(|&k| {
        OPENERS.iter().any(|o| words[k..].starts_with(o))
            && !(words[k] == "if"
                && (k
                    .checked_sub(1)
                    .is_some_and(|p| NOT_A_CONDITION_BEFORE.contains(&words[p]))
                    || words
                        .get(k + 1)
                        .is_some_and(|n| NOT_A_CONDITION_AFTER.contains(n))))
    })
}

/// "if inflation keeps easing" → "as inflation eases", "if the legislature
/// approves" → "once the legislature approves": the condition the source's
/// claim hangs on, stated as a given. Where the rewrite kept a condition in
/// other words ("should the strike be extended"), nothing is flagged.
pub fn condition_dropped(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let Some(k) = condition_at(tw) else { return };
    if ow.iter().any(|w| KEPT.contains(w)) || quoted(src, pair.source_tokens(src)) {
        return;
    }
    let opener = pair.source_units.token[k];
    // The word the opener became, where the rewrite swapped it ("if" → "as").
    let swapped = pair
        .edits
        .iter()
        .find(|e| e.kind == EditKind::Replace && e.source.contains(&opener))
        .filter(|e| {
            doc.words(e.suspect.clone())
                .next()
                .is_some_and(|(_, w)| GIVENS.contains(&w.norm.as_str()))
        });
    let Some(tokens) = swapped.map(|e| e.suspect.clone()) else {
        return;
    };
    let (start, end) = doc.token_span(tokens);
    if out.iter().any(|d| d.start < end && start < d.end) {
        return;
    }
    let condition = condition_text(src, pair, k);
    out.push(
        Diagnostic::new(
            start,
            end,
            format!(
                "\"{}\" became \"{}\": the condition \"{condition}\" is stated as a given",
                src.span_text(opener..opener + 1),
                &doc.text[start..end]
            ),
        )
        .evidence(src.span_text(pair.source_tokens(src))),
    );
}

/// The source condition opened at unit `k` as written: up to the next
/// punctuation or the end of the sentence, cut with "…" past
/// `CONDITION_WORDS` words.
fn condition_text(src: &Document, pair: &AlignedPair, k: usize) -> String {
    let units = &pair.source_units;
    let last = (k + 1..units.token.len())
        .take_while(|&j| src.tokens[units.token[j] - 1].kind != TokenKind::Punct)
        .last()
        .unwrap_or(k);
    let shown = last.min(k + CONDITION_WORDS - 1);
    let text = src.span_text(units.token[k]..units.token[shown] + 1);
    if shown < last {
        format!("{text}…")
    } else {
        text.to_string()
    }
}

/// Words of a condition quoted in a finding's message.
const CONDITION_WORDS: usize = 8;
