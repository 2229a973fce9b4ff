//! `garbled-phrase`: wrong-sense, look-alike, rare or ill-fitting substitutes, and
//! known tortured phrases.
//!
//! The rule's parts: [`judge`] weighs each word-level substitution, with the
//! word-pair evidence of [`evidence`] and the context tests of
//! [`collocation`] and its siblings; [`swapped_term`], [`stand_in`] and
//! [`spun_phrase`] find multi-word swaps; [`corroborate`] drops findings too
//! weak alone; [`tortured`] finds known tortured phrases.

mod collocation;
mod compound_sense;
mod content;
mod corroborate;
mod evidence;
mod fixed_term;
mod hyphen_part;
mod judge;
mod kin;
mod lookalike;
mod speech_frame;
mod spun_phrase;
mod stand_in;
mod stranded;
mod swapped_term;
mod tortured;
mod verb_object;

use super::{Check, Context, Rule};
use crate::align::units::Units;
use crate::align::{AlignedPair, Edit};
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::Document;
use corroborate::corroborated;
use hyphen_part::rare_parts;
use judge::judge;
use stand_in::stand_ins;
use std::ops::Range;
use swapped_term::swapped_terms;
use tortured::tortured_phrases;

/// Flags substitutions a careful paraphrase would not make.
pub struct GarbledPhrase;

static RULE: Rule = Rule {
    id: "garbled-phrase",
    category: Category::Wording,
    default_severity: Severity::Warning,
    needs_source: false,
    summary: "A word swapped for a wrong-sense, look-alike, rare or ill-fitting substitute, or a known tortured phrase",
    explanation: "Spinners swap words for wrong-sense, look-alike or rare synonyms, leaving copy a reader \
stumbles over (\"shares\" → \"offers\", \"aimed at\" → \"purified at\"). Each word-level \
substitution of an aligned sentence is judged: a swap from curated tables of spinners' \
wrong-sense synonyms and stand-in phrases, or a known tortured phrase, is flagged \
outright; otherwise a substitute WordNet lists as a synonym passes, and one that is no \
synonym, breaks a fixed term or collocation, or is far rarer than the word it replaced \
is weighed with the evidence around it. A broken collocation alone is as often a careful \
rewording, so it counts only beside another garbled word.",
    details: include_str!("../../docs/rules/garbled-phrase.md"),
    example_source: "Investors saw years of gloom before the recovery.",
    example_bad: "Investors saw years of doom before the recovery.",
    example_good: "Investors saw years of gloom before the rebound.",
};

/// A collocation this many times weaker than the original's breaks the phrase.
const COLLOCATION_FACTOR: u64 = 10;

/// Bigram count from which an original collocation counts as strong.
const STRONG_COLLOCATION: u64 = 50_000_000;

/// Longest suspect side (in units) of a substitution judged word by word.
const MAX_UNITS: usize = 4;

impl Check for GarbledPhrase {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        tortured_phrases(ctx, out);
        let Some(source) = ctx.source else { return };
        let quoted = quoted_tokens(ctx.suspect);
        let mut flagged = Vec::new();
        for pair in &source.alignment.pairs {
            flagged.extend(
                spun_phrase::findings(ctx.suspect, source.doc, pair, &quoted)
                    .into_iter()
                    .map(|d| (SPUN_SENSE, d)),
            );
            let swaps = substitutions(pair, &quoted);
            swapped_terms(ctx.suspect, source.doc, pair, &swaps, &mut flagged);
            stand_ins(ctx.suspect, source.doc, pair, &swaps, &mut flagged);
            for swap in &swaps {
                if !swap.quoted {
                    let (now, was) = (swap.edit.suspect.clone(), swap.edit.source.clone());
                    flagged.extend(rare_parts((ctx.suspect, now), (source.doc, was)));
                }
                judge(ctx.suspect, source.doc, pair, swap, &mut flagged);
            }
        }
        out.extend(corroborated(flagged, ctx.suspect));
        out.sort_by_key(|d| (d.start, std::cmp::Reverse(d.end)));
        out.dedup_by(|later, kept| later.start < kept.end);
    }
}

/// Which tokens stand inside a quotation: there misquote already reports every
/// change, so a shared rare sense alone is not enough to call a word garbled.
fn quoted_tokens(doc: &Document) -> Vec<bool> {
    let mut quoted = vec![false; doc.tokens.len()];
    for q in &doc.quotes.quotes {
        quoted[q.inner()].fill(true);
    }
    quoted
}

const RARE_SENSE: &str = "a synonym only in a rare sense";
const SPUN_SENSE: &str = "a spinner's synonym in the wrong sense";
const SPUN_BREAKS_PHRASE: &str = "a spinner's synonym in the wrong sense, and it breaks the phrase";
const LOOK_ALIKE: &str = "a look-alike, not a synonym";
const OTHER_FORM: &str = "the same root in another part of speech";
const OTHER_WORD: &str = "another word of the same stem, not a form of the original";
const MASS_PLURAL: &str = "the plural of a noun that takes none";
const RARER: &str = "a much rarer word, not a synonym";
const BROKEN_PHRASE: &str = "not a synonym, and it breaks the phrase";
const UNSEEN_AFTER: &str = "not a synonym, and it never follows the word before it";
const BROKEN_COMPOUND: &str = "not a synonym, and it breaks a fixed phrase";
const SYNONYM_BREAKS_COMPOUND: &str = "a synonym, but it breaks a fixed phrase";
const SYNONYM_BREAKS_PHRASE: &str =
    "a synonym in another sense: it does not take the words after it";
const SYNONYM_BREAKS_TERM: &str = "a synonym only as a verb: it breaks a compound noun";
const NOUN_AS_ADJECTIVE: &str = "an adjective for a noun, with no noun to modify";
const NOUN_AS_VERB: &str = "a verb for a noun, where only a noun can stand";
const VERB_AS_NOUN: &str = "a noun for a verb, where only a verb can stand";
const MINOR_SENSE_MODIFIER: &str = "a synonym in a minor sense: it breaks a compound noun";
const HYPHEN_PART: &str = "one part of a hyphenated compound swapped for a much rarer word";
const RARER_MODIFIER: &str = "a much rarer word: it breaks a compound noun";
const REPLACED_MODIFIER: &str = "not a synonym, and it breaks a compound noun";
const VERB_IN_COMPOUND: &str = "a verb put into a compound noun, which it breaks";
const FIXED_TERM_BROKEN: &str = "one word of a fixed term swapped, leaving no term";
const SWAPPED_TERM: &str = "a term swapped word for word";
const FIXED_TERM_SWAPPED: &str = "a fixed term swapped word for word, leaving no term";
const STAND_IN: &str = "a compound noun for the word in a rarer sense";
const SPLIT_COMPOUND: &str = "a compound word split in two, its first part swapped";
const PREPOSITION_LOST: &str = "a synonym that does not take the preposition the original governs";
const SPEECH_LOST: &str = "a verb of speech swapped for a word that reports nothing";
const OBJECT_SENSE_LOST: &str =
    "a verb swapped for another of its senses, which its object rules out";
const LIGHT_OBJECT_LOST: &str = "a light verb's object swapped for a noun it makes no phrase with";
const PHRASAL_BROKEN: &str = "a phrasal verb swapped word for word, its particle left behind";

/// A substitution of an aligned pair with the units of its source and suspect
/// sides, made once for every part of the rule that reads them.
struct Substitution<'a> {
    /// The edit.
    edit: &'a Edit,
    /// Whether it touches a quotation, where misquote reports every change.
    quoted: bool,
    /// Units of its source side.
    theirs: Units,
    /// Units of its suspect side.
    ours: Units,
}

/// The substitutions of `pair`, each with its units and whether it lies in a
/// quotation (`quoted`, by suspect token).
fn substitutions<'a>(pair: &'a AlignedPair, quoted: &[bool]) -> Vec<Substitution<'a>> {
    pair.substitutions()
        .map(|edit| Substitution {
            edit,
            quoted: edit.suspect.clone().any(|t| quoted[t]),
            theirs: pair.source_units.slice(edit.source.clone()),
            ours: pair.suspect_units.slice(edit.suspect.clone()),
        })
        .collect()
}

/// The substitutions outside quotations: inside one misquote reports every
/// change.
fn unquoted<'s, 'a>(swaps: &'s [Substitution<'a>]) -> impl Iterator<Item = &'s Substitution<'a>> {
    swaps.iter().filter(|s| !s.quoted)
}

/// A garbled swap of the source's `was` tokens for the suspect's `now`
/// tokens, `why` it reads as garbled, with the source's `evidence` tokens
/// beside it.
fn swap_finding(
    why: &'static str,
    (doc, now): (&Document, Range<usize>),
    (src, was): (&Document, Range<usize>),
    evidence: Range<usize>,
) -> (&'static str, Diagnostic) {
    let (start, end) = doc.token_span(now);
    let was = src.span_text(was);
    let finding = Diagnostic::new(
        start,
        end,
        format!("\"{was}\" became \"{}\": {why}", &doc.text[start..end]),
    )
    .suggest(was)
    .evidence(src.span_text(evidence));
    (why, finding)
}
