//! A condition the source's claim hangs on, stated as a given.

use super::claims::quoted;
use crate::align::{AlignedPair, EditKind};
use crate::checks::grammar::MODALS;
use crate::finding::Diagnostic;
use crate::lexicon::wordnet::{VERB, parts_of_speech};
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
    let Some(k) = lost_condition(src, pair, (tw, ow), &[]) else {
        return;
    };
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
    let message = format!(
        "\"{}\" became \"{}\": the condition \"{}\" is stated as a given",
        src.span_text(opener..opener + 1),
        &doc.text[start..end],
        condition_text(src, pair, k)
    );
    push_unless_covered(out, Diagnostic::new(start, end, message), src, pair);
}

/// Where the source's condition opens (an index into `tw`), if the rewrite's
/// words `ow` keep no condition (nor any of `also_kept`) and the source
/// sentence is no quotation.
fn lost_condition(
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    also_kept: &[&str],
) -> Option<usize> {
    let k = condition_at(tw)?;
    // "Had he been convicted, he could have faced": a condition told by
    // putting its auxiliary first.
    let inverted = ow.len() > 3 && matches!(ow[0], "had" | "were" | "should");
    let kept = inverted || ow.iter().any(|w| KEPT.contains(w) || also_kept.contains(w));
    (!kept && !quoted(src, pair.source_tokens(src))).then_some(k)
}

/// Adds `finding`, with the source sentence as evidence, unless a finding
/// already covers part of its span.
fn push_unless_covered(
    out: &mut Vec<Diagnostic>,
    finding: Diagnostic,
    src: &Document,
    pair: &AlignedPair,
) {
    if !out.iter().any(|d| d.overlaps(finding.start, finding.end)) {
        out.push(finding.evidence(src.span_text(pair.source_tokens(src))));
    }
}

/// Words between a deleted condition and the verb it governed, at most.
const CLAUSE_WORDS: usize = 16;

/// "would begin in May if the council approves" → "would begin in May": the
/// condition deleted whole, the claim it governed left standing. Where the
/// rewrite kept a condition in other words, in the sentence or next to it,
/// or deleted the claim with it, nothing is flagged.
pub fn condition_deleted(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let Some(k) = lost_condition(src, pair, (tw, ow), &["without"]) else {
        return;
    };
    let units = &pair.source_units;
    let last = clause_end(src, pair, k);
    let Some(cut) = pair.edits.iter().find(|e| {
        e.kind == EditKind::Delete
            && e.source.contains(&units.token[k])
            && e.source.contains(&units.token[last])
    }) else {
        return;
    };
    // The claim deleted with its condition is no claim stated.
    if src.words(cut.source.clone()).count() > last - k + 3
        || restated_nearby(doc, pair, &tw[k..=last])
    {
        return;
    }
    let at = pair
        .suspect_units
        .token
        .partition_point(|&t| t < cut.suspect.start);
    let infinitive = |u: usize| {
        ow[u] == "to"
            && ow
                .get(u + 1)
                .is_some_and(|n| parts_of_speech(n) & VERB != 0)
    };
    // A leading condition governs the verb group after it, a trailing one
    // the verb group before it: a modal's, else an infinitive's ("the first
    // lander to land" is governed by the modal before it).
    let reach = if k == 0 {
        at..ow.len().min(at + CLAUSE_WORDS)
    } else {
        at.saturating_sub(CLAUSE_WORDS)..at
    };
    let find = |is: &dyn Fn(usize) -> bool| {
        if k == 0 {
            reach.clone().find(|&u| is(u))
        } else {
            reach.clone().rev().find(|&u| is(u))
        }
    };
    let Some(m) = find(&|u| MODALS.contains(&ow[u])).or_else(|| find(&infinitive)) else {
        return;
    };
    // The modal and its verb ("would begin"); the verb alone after "to".
    let span = if ow[m] == "to" {
        m + 1..m + 2
    } else {
        m..(m + 2).min(ow.len())
    };
    let (start, end) = doc.token_span(pair.suspect_units.tokens(span));
    let message = format!(
        "the condition \"{}\" is dropped: the claim is stated without it",
        condition_text(src, pair, k)
    );
    push_unless_covered(out, Diagnostic::new(start, end, message), src, pair);
}

/// Whether the suspect states the condition `words` (opener first) outside
/// the pair, split off as a sentence of its own ("If it is approved."): its
/// opener followed, within its length, by most of its other words.
fn restated_nearby(doc: &Document, pair: &AlignedPair, words: &[&str]) -> bool {
    let inside = pair.suspect_tokens(doc);
    let rest = &words[1..];
    (0..doc.tokens.len())
        .filter(|t| !inside.contains(t) && doc.tokens[*t].norm == words[0])
        .any(|t| {
            let after: Vec<&str> = doc
                .words(t + 1..doc.tokens.len().min(t + 1 + 2 * words.len()))
                .map(|(_, w)| w.norm.as_str())
                .collect();
            2 * rest.iter().filter(|w| after.contains(w)).count() > rest.len()
        })
}

/// The last unit of the source condition opened at unit `k`: before the next
/// punctuation or at the end of the sentence.
fn clause_end(src: &Document, pair: &AlignedPair, k: usize) -> usize {
    let units = &pair.source_units;
    (k + 1..units.token.len())
        .take_while(|&j| src.tokens[units.token[j] - 1].kind != TokenKind::Punct)
        .last()
        .unwrap_or(k)
}

/// The source condition opened at unit `k` as written: up to the next
/// punctuation or the end of the sentence, cut with "…" past
/// `CONDITION_WORDS` words.
fn condition_text(src: &Document, pair: &AlignedPair, k: usize) -> String {
    let units = &pair.source_units;
    let last = clause_end(src, pair, k);
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
