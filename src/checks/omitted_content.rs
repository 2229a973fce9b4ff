//! `omitted-content`: source sentences the suspect leaves out.

use super::{Check, Context, Rule};
use crate::align::{AlignedPair, Alignment};
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::Document;
use std::cell::OnceCell;
use words::{Word, content, restated_opposite, stands_in};

pub(super) mod words;

/// Flags source sentences the alignment found no rendering of.
pub struct OmittedContent;

static RULE: Rule = Rule {
    id: "omitted-content",
    category: Category::Coverage,
    default_severity: Severity::Info,
    needs_source: true,
    summary: "A source sentence missing from the suspect",
    explanation: "A source sentence of three or more words that no suspect sentence renders was dropped by \
the rewrite, and a reader of the copy never learns what it said. It is reported (as \
info) unless a short suspect sentence with no counterpart stands in its place, or most \
of its content words (or their common-sense WordNet synonyms, number words as digits, a \
denial as its opposite) and one of its figures stand in the suspect sentences rendering \
the source sentences beside it, so it was merged into them.",
    details: include_str!("../../docs/rules/omitted-content.md"),
    example_source: "The council approved the harbour budget on Tuesday. Work on the quay walls will start in May.",
    example_bad: "On Tuesday the council approved the harbour budget.",
    example_good: "On Tuesday the council approved the harbour budget. Quay wall works start in May.",
};

/// Source sentences shorter than this (in words) are not reported.
const MIN_WORDS: usize = 3;

/// Share of a source sentence's content words that the suspect sentences
/// rendering its neighbours must hold for it to count as merged into them.
const MERGED_SHARE: f32 = 0.6;

/// Share of a source sentence's content words that the suspect sentences
/// rendering its neighbours must hold for it to count as merged into them
/// when they restate one of its words by its opposite ("The vote was not
/// unanimous." → "…, a divided vote"): the opposite is the strongest evidence.
const OPPOSITE_SHARE: f32 = 0.5;

/// Share of a source sentence's content words that one suspect sentence
/// anywhere must hold for it to count as moved there and merged.
const MOVED_SHARE: f32 = 0.7;

/// Fewest content words a source sentence needs before it is looked for in
/// any suspect sentence: a shorter one shares its words by chance.
const MOVED_WORDS: usize = 4;

/// Share of its content words that one suspect sentence anywhere must hold
/// for a source sentence with a telling figure (see [`telling_figure`]) to
/// count as moved there and merged: the figure is the strongest evidence.
const MOVED_FIGURE_SHARE: f32 = 0.5;

/// Fewest digits a figure needs to tell where its sentence went ("27",
/// "11.2", but not "6"): a one-digit count recurs by chance.
const TELLING_DIGITS: usize = 2;

/// Share of a source sentence's content words that a suspect sentence
/// aligned with nothing must hold for it to be the source sentence reworded
/// heavily and moved ("pulled away from a lead pack of five" → "broke away
/// from a five-man lead group").
const REWORDED_SHARE: f32 = 1.0 / 3.0;

/// Fewest content words such a suspect sentence must hold: one or two are
/// shared by chance.
const REWORDED_WORDS: usize = 3;

/// How many of a sentence's figures must stand in the words it is looked for in.
#[derive(Clone, Copy, PartialEq)]
enum Figures {
    /// All of them: a figure is no word shared by chance.
    All,
    /// One of them, if it has any: beside its neighbours' rendering, one
    /// figure tells where the sentence went, and a figure changed in the
    /// merge ("cut her target to €125 from €145") is damage other rules
    /// report, not an omission.
    One,
}

/// Whether the words `near` hold at least `share` of the content words
/// `own`, and its figures as `figures` asks.
fn holds(own: &[Word], near: &[Word], share: f32, figures: Figures) -> bool {
    let found = own.iter().filter(|w| stands_in(w, near)).count();
    let mut figs = own
        .iter()
        .filter(|w| w.is_figure())
        .map(|w| stands_in(w, near))
        .peekable();
    let figures_kept = match figures {
        Figures::All => figs.all(|kept| kept),
        Figures::One => figs.peek().is_none() || figs.any(|kept| kept),
    };
    figures_kept && found as f32 >= share * own.len() as f32
}

/// The content words of each sentence of a document, read once for every
/// omitted source sentence looked for there.
type SentenceContents = OnceCell<Vec<Vec<Word>>>;

/// The content words of each sentence of the suspect `doc`, read on first use.
fn suspect_contents<'a>(doc: &Document, sentences: &'a SentenceContents) -> &'a [Vec<Word>] {
    sentences.get_or_init(|| {
        doc.sentences
            .iter()
            .map(|s| content(doc, s.tokens.clone()))
            .collect()
    })
}

/// Whether source sentence `j` was merged into the suspect sentences beside
/// it or moved into another one (of content words `sentences`), its content
/// words read once for both tests.
fn merged_or_moved(
    doc: &Document,
    src: &Document,
    alignment: &Alignment,
    j: usize,
    sentences: &SentenceContents,
) -> bool {
    let own = content(src, src.sentences[j].tokens.clone());
    merged_into_neighbour(doc, src, &own, alignment, j)
        || moved_into_one(doc, &own, sentences)
        || reworded_elsewhere(&own, alignment, sentences, doc)
}

/// Whether a suspect sentence the alignment traced to no source sentence
/// holds enough of the content words `own` of a source sentence to be its
/// rendering, reworded too heavily to align (see [`REWORDED_SHARE`]).
fn reworded_elsewhere(
    own: &[Word],
    alignment: &Alignment,
    sentences: &SentenceContents,
    doc: &Document,
) -> bool {
    let contents = suspect_contents(doc, sentences);
    alignment.unsupported.iter().any(|&i| {
        let found = own.iter().filter(|w| stands_in(w, &contents[i])).count();
        found >= REWORDED_WORDS && found as f32 >= REWORDED_SHARE * own.len() as f32
    })
}

/// Whether a source sentence with content words `own` was moved into one
/// suspect sentence anywhere ("Outside experts welcomed the work but urged
/// caution." folded into the closing paragraph): it has enough content words
/// to tell, and that one sentence holds nearly all of them and all its figures.
/// A sentence with a telling figure ("Freight is projected to stay flat at
/// 64,000 lorries.") needs only half of them there.
fn moved_into_one(doc: &Document, own: &[Word], sentences: &SentenceContents) -> bool {
    let share = if own.iter().any(|w| telling_figure(&w.root)) {
        MOVED_FIGURE_SHARE
    } else {
        MOVED_SHARE
    };
    own.len() >= MOVED_WORDS
        && suspect_contents(doc, sentences)
            .iter()
            .any(|near| holds(own, near, share, Figures::All))
}

/// Whether a stemmed content word is a figure of at least
/// [`TELLING_DIGITS`] digits.
fn telling_figure(root: &str) -> bool {
    root.starts_with(|c: char| c.is_ascii_digit())
        && root.chars().filter(char::is_ascii_digit).count() >= TELLING_DIGITS
}

/// Whether source sentence `j`, with content words `own`, was merged into
/// the suspect sentences that render the source sentences beside it ("He was
/// absent. The judge ruled…" → "The judge ruled…, with him absent"): most of
/// its content words are there, as written or as common-sense synonyms.
fn merged_into_neighbour(
    doc: &Document,
    src: &Document,
    own: &[Word],
    alignment: &Alignment,
    j: usize,
) -> bool {
    if own.is_empty() {
        return false;
    }
    let beside =
        |p: &&AlignedPair| p.source.contains(&(j + 1)) || (j > 0 && p.source.contains(&(j - 1)));
    let pairs: Vec<&AlignedPair> = alignment.pairs.iter().filter(beside).collect();
    let near: Vec<Word> = pairs
        .iter()
        .flat_map(|p| content(doc, p.suspect_tokens(doc)))
        .collect();
    let share = if own.iter().any(|w| restated_opposite(w, &near)) {
        OPPOSITE_SHARE
    } else {
        MERGED_SHARE
    };
    let theirs: Vec<Word> = pairs
        .iter()
        .flat_map(|p| content(src, p.source_tokens(src)))
        .collect();
    holds(own, &near, share, Figures::One)
        || figure_brought_in((doc, src), own, &near, &theirs, &pairs)
        || merged_with_figure_changed((doc, src), own, &near, &pairs, share)
}

/// Whether a source sentence of `src` with figures (content words `own`) was
/// merged into its neighbours' rendering `near` with its figure changed
/// ("Another 11 were treated at the scene." → "…, and 17 more were treated
/// at the scene"): its other words are there, none of its figures is, and
/// `near` holds a figure the source never gives and that replaces none of
/// the figures of the source sentences rendered there (`pairs`), which
/// number-drift reports.
fn merged_with_figure_changed(
    (doc, src): (&Document, &Document),
    own: &[Word],
    near: &[Word],
    pairs: &[&AlignedPair],
    share: f32,
) -> bool {
    let (figures, words): (Vec<Word>, Vec<Word>) = own.iter().cloned().partition(Word::is_figure);
    let has = |list: &[Word], w: &Word| list.iter().any(|x| x.root == w.root);
    let unknown = || {
        let source = content(src, 0..src.tokens.len());
        near.iter().any(|w| {
            w.is_figure() && !has(&source, w) && !replaces_figure((doc, src), pairs, &w.root)
        })
    };
    !figures.is_empty()
        && words.len() >= MERGED_FIGURE_WORDS
        && figures.iter().all(|f| !has(near, f))
        && holds(&words, near, share, Figures::One)
        && unknown()
}

/// Fewest words besides its figures that a source sentence needs before it
/// counts as merged with its figure changed: one or two recur by chance.
const MERGED_FIGURE_WORDS: usize = 3;

/// Whether a telling figure of a source sentence (content words `own`)
/// stands in its neighbours' rendering `near` though the source sentences
/// they render (`pairs`) lack it and it replaces none of their figures: only
/// the left-out sentence can have brought it there ("… by public transport.
/// The share is currently about 22%." → "… by public transport, up from
/// about 22% now."), where a figure put in place of another ("profit to
/// £112m" → "profit to £1.3bn") is damage, the sentence still left out.
fn figure_brought_in(
    (doc, src): (&Document, &Document),
    own: &[Word],
    near: &[Word],
    theirs: &[Word],
    pairs: &[&AlignedPair],
) -> bool {
    let has = |words: &[Word], root: &str| words.iter().any(|w| w.root == root);
    own.iter().filter(|w| telling_figure(&w.root)).any(|w| {
        has(near, &w.root) && !has(theirs, &w.root) && !replaces_figure((doc, src), pairs, &w.root)
    })
}

/// Whether suspect figure `root` was put in place of a figure of the source
/// sentences `pairs` render ("profit to £112m" → "profit to £1.3bn").
fn replaces_figure((doc, src): (&Document, &Document), pairs: &[&AlignedPair], root: &str) -> bool {
    pairs.iter().flat_map(|p| p.substitutions()).any(|e| {
        content(doc, e.suspect.clone())
            .iter()
            .any(|w| w.root == root)
            && content(src, e.source.clone()).iter().any(Word::is_figure)
    })
}

/// Whether source sentence `j` repeats, word for word, a sentence that is
/// reported already (an earlier copy) or that the suspect renders (a copy not
/// in `omitted`): a repeated photo credit is missing only if every copy is.
fn repeats_another(src: &Document, j: usize, omitted: &[usize]) -> bool {
    let text = src.sentence_text(j);
    (0..src.sentences.len())
        .any(|k| k != j && (k < j || !omitted.contains(&k)) && src.sentence_text(k) == text)
}

impl Check for OmittedContent {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(source) = ctx.source else { return };
        let (doc, src) = (ctx.suspect, source.doc);
        let reworded = source.alignment.reworded_in_place(doc, src);
        let sentences = SentenceContents::new();
        for &j in &source.alignment.omitted {
            let words = src.words(src.sentences[j].tokens.clone()).count();
            if words < MIN_WORDS
                || src.is_headline(j)
                || repeats_another(src, j, &source.alignment.omitted)
                || reworded.iter().any(|&(k, _)| k == j)
                || merged_or_moved(doc, src, source.alignment, j, &sentences)
            {
                continue;
            }
            // After the rendering of the source sentence before it; of two
            // copies of that rendering (a repeated paragraph), the first.
            let at = source
                .alignment
                .pairs
                .iter()
                .filter(|p| p.source.end <= j)
                .max_by_key(|p| (p.source.end, std::cmp::Reverse(p.suspect.end)))
                .map_or(0, |p| doc.sentences[p.suspect.end - 1].end);
            out.push(
                Diagnostic::new(at, at, "a source sentence is missing here")
                    .evidence(src.sentence_text(j)),
            );
        }
    }
}
