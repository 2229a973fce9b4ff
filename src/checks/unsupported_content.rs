//! `unsupported-content`: suspect sentences with no counterpart in the source.

use super::fragment::is_fragment;
use super::furniture::is_page_furniture;
use super::omitted_content::words::{Word, content, restated_opposite, stands_in};
use super::{Check, Context, Rule};
use crate::align::Alignment;
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::Document;

/// Flags suspect sentences the alignment could not trace to the source.
pub struct UnsupportedContent;

static RULE: Rule = Rule {
    id: "unsupported-content",
    category: Category::Coverage,
    default_severity: Severity::Warning,
    needs_source: true,
    summary: "A sentence with no counterpart in the source",
    explanation: "A sentence of five or more words that aligns with no source sentence was added by the \
rewrite: an invented caption, claim or aside the source never supports. A rewritten \
headline, a fragment (which that rule reports) and a clause split off and reworded are \
not counted: a sentence passes when enough of its content words (as written, as \
common-sense WordNet synonyms, or number words as digits) stand in the source sentences \
around its place but not in the suspect sentences beside it. A question or exclamation \
in the writer's own voice and a line of scraped page furniture (\"Advertisement\") are \
flagged however short.",
    details: include_str!("../../docs/rules/unsupported-content.md"),
    example_source: "The council approved the harbour budget on Tuesday.",
    example_bad: "The council approved the harbour budget on Tuesday. A woman poses for a selfie next to a billboard.",
    example_good: "On Tuesday the council approved the harbour budget.",
};

/// Sentences shorter than this (in words) are left to other rules.
const MIN_WORDS: usize = 5;

/// Fewest words a short question or exclamation needs to be flagged.
const CALL_WORDS: usize = 2;

/// Whether sentence `i` is a question or an exclamation in the writer's own
/// voice (not quoted): a short one with no counterpart ("What is
/// listeria?", "Art lovers, rejoice!") is a hook the rewrite added, not a
/// piece of a sentence.
fn calls_out(doc: &Document, i: usize) -> bool {
    let tokens = &doc.tokens[doc.sentences[i].tokens.clone()];
    tokens
        .last()
        .is_some_and(|t| t.norm == "?" || t.norm == "!")
        && tokens.first().is_some_and(|t| t.is_wordlike())
}

/// Share of a sentence's content words found in the source sentences around
/// its place from which an unaligned sentence is their content reworded (a
/// split-off clause, "Toulon kept the terms confidential"), not something
/// added. Words found only elsewhere in the source are no evidence: an
/// invented aside reuses the article's vocabulary ("a revised plan could go
/// to voters in 2026").
const NEARBY_SHARE: f32 = 0.45;

/// Share of a sentence's content words that must be the rest of a split
/// source sentence (see [`told_around`]) for it to be that rest reworded.
const SPLIT_REST_SHARE: f32 = 0.35;

/// Fewest such words: one is shared by chance.
const SPLIT_REST_WORDS: usize = 2;

/// The source sentences around the place of unaligned suspect sentence `i`
/// (those rendered by the nearest aligned suspect sentences before and after
/// it, and those left out between them), and those aligned suspect
/// sentences' own content words.
fn nearby(
    doc: &Document,
    src: &Document,
    alignment: &Alignment,
    i: usize,
) -> (Vec<Word>, Vec<Word>) {
    let prev = (0..i).rev().find_map(|k| alignment.pair_of(k));
    let next = (i + 1..doc.sentences.len()).find_map(|k| alignment.pair_of(k));
    let after = prev.map_or(0, |p| p.source.end);
    let before = next.map_or(src.sentences.len(), |p| p.source.start);
    let gap = after.min(before)..after.max(before);
    let mut sentences: Vec<usize> = prev
        .into_iter()
        .chain(next)
        .flat_map(|p| p.source.clone())
        .chain(
            alignment
                .omitted
                .iter()
                .copied()
                .filter(|j| gap.contains(j)),
        )
        .collect();
    sentences.sort_unstable();
    sentences.dedup();
    let known = sentences
        .into_iter()
        .flat_map(|j| content(src, src.sentences[j].tokens.clone()))
        .collect();
    let rendered = prev
        .into_iter()
        .chain(next)
        .flat_map(|p| content(doc, p.suspect_tokens(doc)))
        .collect();
    (known, rendered)
}

/// Whether unaligned suspect sentence `i` renders the source around its
/// place in other words (see [`nearby`]): what the source there says and the
/// neighbouring suspect sentences do not, the rest of a split sentence
/// ("…, though Oduya warned that rising rents had pushed some small
/// companies to the edge" → "Oduya cautioned, however, that higher rents had
/// driven some small companies to the brink."), makes up a good share of its
/// content words; or many of its words are the source's there and one at
/// least is such a rest. An invented aside borrows only words its neighbours
/// already use ("Rovers had never before reached a major final."). A denial
/// counts as a word, told where the source around denies too.
fn told_around(doc: &Document, src: &Document, alignment: &Alignment, i: usize) -> bool {
    let (known, rendered) = nearby(doc, src, alignment, i);
    let own = content(doc, doc.sentences[i].tokens.clone());
    let denials = own.iter().filter(|w| w.negated).count();
    let source_denies = known.iter().any(|w| w.negated);
    // "did not agree" for "disagreed": the denial is told by the opposite.
    let denials_told = if source_denies {
        denials
    } else {
        own.iter()
            .filter(|w| w.negated && restated_opposite(w, &known))
            .count()
    };
    let found: Vec<&Word> = own.iter().filter(|w| stands_in(w, &known)).collect();
    let told = found.len() + denials_told;
    let rest: Vec<&&Word> = found.iter().filter(|w| !stands_in(w, &rendered)).collect();
    let total = (own.len() + denials) as f32;
    let telling = rest.iter().filter(|w| telling_figure(w)).count();
    (told as f32 >= NEARBY_SHARE * total && !rest.is_empty())
        || (rest.len() >= SPLIT_REST_WORDS && rest.len() as f32 >= SPLIT_REST_SHARE * total)
        || telling >= TELLING_FIGURES
}

/// Fewest figures of two or more digits (see [`telling_figure`]) that the
/// rest of a split source sentence needs to tell where a sentence came from
/// ("up 3.3% to 86.4% from 83.1%" for "filled 86.4% of its seats, up from
/// 83.1%"): an invented aside brings no two exact figures of the source
/// around it that its neighbours lack.
const TELLING_FIGURES: usize = 2;

/// Whether content word `w` is a figure of two or more digits ("27", "11.2",
/// not "6"): a one-digit count recurs by chance.
fn telling_figure(w: &Word) -> bool {
    w.is_figure() && w.root.chars().filter(char::is_ascii_digit).count() >= 2
}

impl Check for UnsupportedContent {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(source) = ctx.source else { return };
        let doc = ctx.suspect;
        let reworded = source.alignment.reworded_in_place(doc, source.doc);
        for &i in &source.alignment.unsupported {
            let s = &doc.sentences[i];
            // A scraped prompt ("Scroll down for video"): added, however short.
            if is_page_furniture(doc, i) {
                out.push(Diagnostic::new(
                    s.start,
                    s.end,
                    "page furniture with no counterpart in the source",
                ));
                continue;
            }
            // A short source sentence left out where this one stands: the
            // same sentence reworded beyond recognition.
            if reworded.iter().any(|&(_, k)| k == i) {
                continue;
            }
            // A fragment (cut off, or with no main clause): that rule reports it.
            let words = doc.words(s.tokens.clone()).count();
            let calls = calls_out(doc, i);
            if (words < MIN_WORDS && !(words >= CALL_WORDS && calls))
                || doc.is_headline(i)
                || is_fragment(ctx, i)
            {
                continue;
            }
            // A question or exclamation of the writer's own renders no
            // statement, whatever words it borrows ("Are you planning a
            // trip to the castle this summer?").
            if !calls && told_around(doc, source.doc, source.alignment, i) {
                continue;
            }
            out.push(Diagnostic::new(
                s.start,
                s.end,
                "no counterpart in the source",
            ));
        }
    }
}
