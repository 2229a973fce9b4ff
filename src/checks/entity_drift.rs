//! `entity-drift`: names mangled, replaced or moved into another role.

mod articles;
mod case;
mod name_forms;
mod quote_speakers;
mod relatives;
mod renamed;
mod replaced;
mod reported_quotes;
mod roles;
mod same_party;
mod speakers;
mod swapped_word;
mod traded;
mod translated;
mod unsourced;
mod wording;

use super::{Check, Context, Rule};
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::Document;
use crate::text::names::{Names, bare, is_sentence_initial};
use crate::text::tokens::TokenKind;
use case::{bare_form, is_all_caps, mangled_runs, mangled_words};
use renamed::renamed_people;
use replaced::replaced_names;
use roles::{moved_modifiers, swapped_roles};
use rustc_hash::{FxHashMap, FxHashSet};

/// Flags source names that come out case-mangled, with a stray article, replaced or in another role.
pub struct EntityDrift;

static RULE: Rule = Rule {
    id: "entity-drift",
    category: Category::Facts,
    default_severity: Severity::Error,
    needs_source: true,
    summary: "A name lower-cased, case-mangled, given a stray article, replaced or moved to another role",
    explanation: "Names carry a story's facts. They are runs of capitalised words that are not \
merely sentence-initial, and acronyms. A source name the suspect writes in another case \
(\"Ant Group\" → \"ant group\"), puts behind an article the source never gives it (\"The \
Okafor said\"), replaces by another name in an aligned sentence, or moves to another \
role is flagged with the source's form as evidence, as is a relative put for another \
(\"his son\" → \"his brother\") and a quotation or claim given to another name the \
source knows. Restyling passes: a title lower-cased or abbreviated, dots dropped, a \
country or party named another way, a name reordered, moved within its sentence or \
written as the source writes it elsewhere.",
    details: include_str!("../../docs/rules/entity-drift.md"),
    example_source: "Ma remains influential since regulators halted Ant Group's IPO.",
    example_bad: "The MA remains influential since regulators halted ant group's IPO.",
    example_good: "Ma is still influential since regulators halted Ant Group's IPO.",
};

/// How the source writes its names.
struct SourceNames<'a> {
    /// Multi-word names: lower-cased words → source form.
    runs: Vec<(Vec<&'a str>, &'a str)>,
    /// Name words (lower case) → a source form.
    words: FxHashMap<&'a str, &'a str>,
    /// Words the source also writes in lower case.
    lowercase: FxHashSet<&'a str>,
    /// Name words the source puts an article before.
    with_article: FxHashSet<&'a str>,
    /// Every way the source writes a name word ("It" and "IT").
    forms: FxHashSet<&'a str>,
    /// Openers of multi-word names the source capitalises inside a sentence.
    firm_openers: FxHashSet<&'a str>,
    /// The source's text in lower case, to tell whether it writes a wording.
    lower_text: String,
}

impl<'a> SourceNames<'a> {
    fn new(src: &'a Document, names: &Names) -> Self {
        let mut out = SourceNames {
            runs: Vec::new(),
            words: FxHashMap::default(),
            lowercase: FxHashSet::default(),
            with_article: FxHashSet::default(),
            forms: FxHashSet::default(),
            firm_openers: FxHashSet::default(),
            lower_text: src.folded.text.to_lowercase(),
        };
        for run in names.runs().iter().cloned() {
            let words: Vec<&str> = src.tokens[run.clone()]
                .iter()
                .map(|t| bare(&t.norm))
                .collect();
            for t in run.clone() {
                let norm = bare(&src.tokens[t].norm);
                if names.capitalised_inside(norm) || is_all_caps(src.folded_token(t)) {
                    out.forms.insert(bare_form(src.folded_token(t)));
                    out.words
                        .entry(norm)
                        .or_insert(bare_form(src.folded_token(t)));
                }
            }
            if run.start > 0
                && matches!(src.tokens[run.start - 1].norm.as_str(), "the" | "a" | "an")
            {
                out.with_article.insert(words[0]);
            }
            if words.len() > 1 && !is_sentence_initial(src, run.start) {
                out.firm_openers.insert(words[0]);
            }
            if words.len() > 1 {
                let form = src.span_text(run);
                let form = form
                    .strip_suffix("'s")
                    .or_else(|| form.strip_suffix("\u{2019}s"))
                    .unwrap_or(form);
                out.runs.push((words, form));
            }
        }
        for (t, tok) in src.tokens.iter().enumerate() {
            if tok.kind == TokenKind::Word && !src.is_capitalized(t) {
                out.lowercase.insert(bare(&tok.norm));
            }
        }
        let lowercase = &out.lowercase;
        out.runs
            .retain(|(words, _)| !words.iter().all(|w| lowercase.contains(w)));
        out
    }
}

impl Check for EntityDrift {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(source) = ctx.source else { return };
        let (doc, src) = (ctx.suspect, source.doc);
        let (ours, theirs) = source.names;
        let names = SourceNames::new(src, theirs);
        let mut covered = vec![false; doc.tokens.len()];
        mangled_runs(doc, src, ours, &names, &mut covered, out);
        mangled_words(doc, ours, &names, &mut covered, out);
        swapped_word::swapped_name_words(doc, src, (ours, theirs), &covered, out);
        translated::plural_names(doc, &names, &covered, out);
        for pair in &source.alignment.pairs {
            translated::of_phrases(doc, src, (theirs, &names), pair, &covered, out);
            translated::swapped_prepositions(doc, src, (ours, &names), pair, &covered, out);
            replaced_names(doc, src, (ours, theirs), pair, &covered, out);
            renamed_people(doc, src, (ours, theirs), pair, &covered, out);
            unsourced::unsourced_names(
                doc,
                src,
                (ours, theirs),
                (pair, &names.lower_text),
                &covered,
                out,
            );
            moved_modifiers(doc, src, theirs, pair, out);
            relatives::changed_relatives(doc, src, pair, out);
            swapped_roles(doc, src, (ours, theirs), pair, out);
            speakers::reported_speakers(doc, src, (ours, theirs), pair, out);
            speakers::pronoun_speakers(doc, src, (ours, theirs), pair, out);
        }
        speakers::wrong_speakers(doc, src, (ours, theirs), out);
        reported_quotes::retold_quotes(doc, src, (ours, theirs), out);
        out.sort_by_key(|d| (d.start, d.end));
        out.dedup_by(|later, kept| later.start < kept.end);
    }
}
