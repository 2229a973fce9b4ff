//! `misquote`: quoted words that are not the source's quoted words.

use super::{Check, Context, Rule};
use crate::finding::{Category, Diagnostic, Severity};
use crate::lexicon::dictionary::american_spelling;
use crate::text::Document;
use crate::text::quotes::Quote;
use crate::text::tokens::TokenKind;
use crate::text::words::canonical_units;
use similar::{DiffOp, capture_diff_slices};
use std::ops::Range;

mod closest;
use closest::closest;

/// Flags quotations whose words do not appear, in order, in any source quotation.
pub struct Misquote;

static RULE: Rule = Rule {
    id: "misquote",
    category: Category::Quotation,
    default_severity: Severity::Error,
    needs_source: true,
    summary: "Quoted text that differs from every quotation in the source",
    explanation: "A direct quotation must reproduce what was said. Each top-level quotation of \
the suspect is compared, word by word after folding quotes, dashes, case, contractions and \
number words, with the source's quotations; punctuation and brackets are ignored, and an \
ellipsis may stand for omitted words; a quotation its attribution interrupts may be quoted \
whole, the attribution moved. A quotation found nowhere is \
flagged with the closest source quotation as evidence; one with no similar source quotation is \
reported as invented. A partial quotation of three or more words that leaves out a hedge or \
limit at its edge (\"probably\", \"for now\") is flagged too, unless the sentence says it \
just outside the marks.",
    details: include_str!("../../docs/rules/misquote.md"),
    example_source: "The firm said its strategy was aimed at \"reinforcing its commitment to innovation.\"",
    example_bad: "\u{201C}The firm stated that its strategy was purified\u{201D} for innovation.",
    example_good: "Its strategy is aimed at \u{201C}reinforcing its commitment to innovation\u{201D}.",
};

/// Word-level similarity below which a quotation has no source counterpart at all.
const RELATED: f32 = 0.3;

/// A quotation as canonical word units, split at ellipses; British spellings
/// and "per cent" are read in American style, as house styles restyle them.
struct QuoteWords {
    segments: Vec<Vec<String>>,
}

impl QuoteWords {
    fn new(doc: &Document, tokens: Range<usize>) -> Self {
        let mut segments = vec![Vec::new()];
        for t in tokens {
            let token = &doc.tokens[t];
            if token.kind == TokenKind::Punct {
                if token.norm == "..." {
                    segments.push(Vec::new());
                }
                continue;
            }
            let segment = segments.last_mut().expect("never empty");
            let before = segment.len();
            canonical_units(&token.norm, segment);
            for unit in &mut segment[before..] {
                if let Some(american) = american_spelling(unit) {
                    *unit = american;
                }
            }
            // "per cent" is "percent" in another house style.
            if segment.len() >= 2 && segment[segment.len() - 2..] == ["per", "cent"] {
                segment.truncate(segment.len() - 2);
                segment.push("percent".to_string());
            }
        }
        segments.retain(|s| !s.is_empty());
        QuoteWords { segments }
    }

    fn all(&self) -> Vec<String> {
        self.segments.concat()
    }

    /// Whether every segment occurs in `haystack`, in order, each contiguously.
    fn occurs_in(&self, haystack: &[String]) -> bool {
        let mut from = 0;
        for seg in &self.segments {
            match haystack[from..]
                .windows(seg.len())
                .position(|w| w == seg.as_slice())
            {
                Some(p) => from += p + seg.len(),
                None => return false,
            }
        }
        true
    }
}

fn top_level(doc: &Document) -> impl Iterator<Item = &Quote> {
    doc.quotes.quotes.iter().filter(|q| q.depth == 0)
}

/// Hedges whose loss just before a partial quotation turns a qualified claim
/// into a flat one ("probably the most important factor" → "the most
/// important factor").
const LEADING_QUALIFIERS: &[&str] = &[
    "probably",
    "possibly",
    "perhaps",
    "maybe",
    "likely",
    "almost",
    "nearly",
    "arguably",
    "potentially",
    "partly",
    "largely",
];

/// Limits whose loss just after a partial quotation does the same ("looks
/// safe for now" → "looks safe").
const TRAILING_QUALIFIERS: &[&[&str]] = &[
    &["for", "now"],
    &["so", "far"],
    &["for", "the", "moment"],
    &["at", "the", "moment"],
    &["in", "the", "short", "term"],
];

/// Fewest words a partial quotation needs before a hedge dropped at its
/// edge counts (a one- or two-word quotation is a borrowed phrase).
const MIN_CLAIM_WORDS: usize = 3;

/// The hedge or limit the source quotation has right before or after every
/// place the quoted words occur in it, if the suspect does not say it just
/// outside the marks either.
fn dropped_qualifier(
    doc: &Document,
    run: &Range<usize>,
    words: &[String],
    source: &[String],
) -> Option<String> {
    if words.len() < MIN_CLAIM_WORDS {
        return None;
    }
    let word_at = |t: usize| {
        doc.tokens
            .get(t)
            .filter(|t| t.kind != TokenKind::Punct)
            .map(|t| t.norm.as_str())
    };
    let before = run.start.checked_sub(2).and_then(word_at);
    let after: Vec<&str> = (run.end + 1..run.end + 5).map_while(word_at).collect();
    let mut dropped = None;
    for p in
        (0..=source.len().saturating_sub(words.len())).filter(|&p| source[p..].starts_with(words))
    {
        let lead = p
            .checked_sub(1)
            .map(|b| source[b].as_str())
            .filter(|w| LEADING_QUALIFIERS.contains(w) && before != Some(*w));
        let rest = &source[p + words.len()..];
        let trail = TRAILING_QUALIFIERS.iter().find(|q| {
            rest.len() >= q.len()
                && rest.iter().zip(q.iter()).all(|(a, b)| a == b)
                && !after.starts_with(q)
        });
        match (lead, trail) {
            (Some(w), _) => dropped = Some(w.to_string()),
            (None, Some(q)) => dropped = Some(q.join(" ")),
            (None, None) => return None,
        }
    }
    dropped
}

/// Words a source quotation needs before an unclosed suspect quotation that
/// starts with it counts as that quotation kept.
const MIN_INTACT_WORDS: usize = 3;

/// Quoted words of a suspect: each top-level quotation's inside, and for an
/// opening mark never closed, the rest of its sentence (marked `true`).
fn quoted_runs(doc: &Document) -> Vec<(Range<usize>, bool)> {
    let mut runs: Vec<(Range<usize>, bool)> = top_level(doc).map(|q| (q.inner(), false)).collect();
    for &t in &doc.quotes.unpaired {
        let opens = doc
            .tokens
            .get(t + 1)
            .is_some_and(|next| next.start == doc.tokens[t].end && next.is_wordlike());
        let Some(sentence) = doc.sentence_of(t).map(|i| &doc.sentences[i]) else {
            continue;
        };
        if !opens {
            continue;
        }
        let end = (t + 1..sentence.tokens.end)
            .rev()
            .find(|&k| doc.tokens[k].is_wordlike())
            .map_or(t + 1, |k| k + 1);
        runs.push((t + 1..end, true));
    }
    runs.sort_by_key(|(r, _)| r.start);
    runs
}

/// The first changed run between a source quotation and a suspect quotation.
fn first_change(source: &[String], suspect: &[String]) -> Option<(String, String)> {
    capture_diff_slices(similar::Algorithm::Myers, source, suspect)
        .into_iter()
        .find(|op| !matches!(op, DiffOp::Equal { .. }))
        .map(|op| {
            let (o, n) = (op.old_range(), op.new_range());
            (source[o].join(" "), suspect[n].join(" "))
        })
}

/// Byte range of the source sentences aligned with the sentence holding token `t`.
fn counterpart_span(ctx: &Context, t: usize) -> Option<(usize, usize)> {
    let source = ctx.source?;
    let pair = source.alignment.pair_of(ctx.suspect.sentence_of(t)?)?;
    let first = &source.doc.sentences[pair.source.start];
    let last = &source.doc.sentences[pair.source.end - 1];
    Some((first.start, last.end))
}

/// The text of the source sentences aligned with the sentence holding token `t`.
fn unquoted_counterpart<'a>(ctx: &Context<'a>, t: usize) -> Option<&'a str> {
    let (start, end) = counterpart_span(ctx, t)?;
    Some(&ctx.source?.doc.text[start..end])
}

/// The source's quotations as canonical words, with their byte spans; and
/// each quotation its attribution interrupts ("\"We are ready,\" she said.
/// \"We have been for years.\""), joined with the rest in its paragraph, as
/// a rewrite that moves the attribution quotes it whole ("She said: \"We are
/// ready. We have been for years.\"").
fn source_quotations(src: &Document) -> Vec<(Vec<String>, (usize, usize))> {
    let quotes: Vec<&Quote> = top_level(src).collect();
    let paragraph = |q: &Quote| src.sentence_of(q.open).map(|i| src.sentences[i].paragraph);
    let mut all: Vec<_> = quotes
        .iter()
        .map(|q| {
            (
                QuoteWords::new(src, q.inner()).all(),
                src.token_span(q.inner()),
            )
        })
        .collect();
    let joined: Vec<_> = quotes
        .windows(2)
        .zip(all.windows(2))
        .filter(|(q, _)| paragraph(q[0]).is_some() && paragraph(q[0]) == paragraph(q[1]))
        .map(|(_, w)| {
            (
                [w[0].0.clone(), w[1].0.clone()].concat(),
                (w[0].1.0, w[1].1.1),
            )
        })
        .collect();
    all.extend(joined);
    all
}

impl Check for Misquote {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(source) = ctx.source else { return };
        let source_quotes = source_quotations(source.doc);
        let doc = ctx.suspect;
        let runs = quoted_runs(doc);
        let source_words = runs
            .iter()
            .any(|(_, unclosed)| *unclosed)
            .then(|| QuoteWords::new(source.doc, 0..source.doc.tokens.len()).all());
        for (run, unclosed) in runs {
            let words = QuoteWords::new(doc, run.clone());
            let unquoted_in_source =
                unclosed && source_words.as_ref().is_some_and(|s| words.occurs_in(s));
            if words.segments.is_empty() || unquoted_in_source {
                continue;
            }
            let holding: Vec<_> = source_quotes
                .iter()
                .filter(|(s, _)| words.occurs_in(s))
                .collect();
            if let Some((_, (qs, qe))) = holding.first() {
                // Every source quotation holding the words has the hedge there.
                let lost = (!unclosed && words.segments.len() == 1)
                    .then(|| {
                        holding
                            .iter()
                            .map(|(s, _)| dropped_qualifier(doc, &run, &words.segments[0], s))
                            .collect::<Option<Vec<String>>>()
                    })
                    .flatten()
                    .and_then(|all| all.into_iter().next());
                if let Some(lost) = lost {
                    let (start, end) = doc.token_span(run.clone());
                    out.push(
                        Diagnostic::new(
                            start,
                            end,
                            format!("quotation leaves out the source's \"{lost}\""),
                        )
                        .evidence(&source.doc.text[*qs..*qe]),
                    );
                }
                continue;
            }
            let flat = words.all();
            // An unclosed quotation that runs on past a source quotation kept
            // word for word ("…nobody listened, Quiroga said"): the words are
            // intact, and punctuation reports the missing mark.
            // So does one that runs on past a short quotation of its own
            // sentence's counterpart (a title: "preorders for "Ashen Tide
            // would stay open"), and a stray opening mark before words the
            // counterpart never quoted.
            let counterpart = unclosed.then(|| counterpart_span(ctx, run.start)).flatten();
            let inside =
                |(qs, qe): (usize, usize)| counterpart.is_some_and(|(a, b)| a <= qs && qe <= b);
            let intact = unclosed
                && source_quotes.iter().any(|(s, span)| {
                    !s.is_empty()
                        && flat.starts_with(s)
                        && (s.len() >= MIN_INTACT_WORDS || inside(*span))
                });
            let stray =
                counterpart.is_some() && !source_quotes.iter().any(|(_, span)| inside(*span));
            if intact || stray {
                continue;
            }
            let (start, end) = doc.token_span(run.clone());
            let d = match closest(&flat, &source_quotes, RELATED) {
                Some((score, s, &(qs, qe))) if score >= RELATED => {
                    let message = match first_change(s, &flat) {
                        Some((from, to)) if !from.is_empty() && !to.is_empty() => {
                            format!("quotation differs from the source: \"{from}\" became \"{to}\"")
                        }
                        _ => "quotation differs from the source's wording".to_string(),
                    };
                    Diagnostic::new(start, end, message).evidence(&source.doc.text[qs..qe])
                }
                _ => unquoted_counterpart(ctx, run.start).map_or_else(
                    || Diagnostic::new(start, end, "quotation not found in the source"),
                    |text| {
                        Diagnostic::new(start, end, "the source does not quote these words")
                            .evidence(text)
                    },
                ),
            };
            out.push(d);
        }
    }
}
