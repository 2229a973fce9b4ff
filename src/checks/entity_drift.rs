//! `entity-drift`: names mangled, replaced or moved into another role.

mod reported_quotes;
mod same_party;
mod speakers;
mod swapped_word;

use super::{Check, Context, Rule};
use crate::align::{AlignedPair, EditKind};
use crate::finding::{Category, Diagnostic, Severity};
use crate::lexicon::dictionary;
use crate::lexicon::speech;
use crate::lexicon::wordnet::{self, ADVERB, NOUN};
use crate::text::Document;
use crate::text::names::{Names, bare, is_sentence_initial};
use crate::text::tokens::TokenKind;
use crate::text::words::{GROUP_LEADS, is_stopword, number_word, shares_root};
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;

/// Flags source names that come out case-mangled, with a stray article, replaced or in another role.
pub struct EntityDrift;

static RULE: Rule = Rule {
    id: "entity-drift",
    category: Category::Facts,
    default_severity: Severity::Error,
    needs_source: true,
    summary: "A name lower-cased, case-mangled, given a stray article, replaced or moved to another role",
    explanation: "Names are runs of capitalised words that are not merely sentence-initial, and \
acronyms. A source name the suspect writes in another case (\"Ant Group\" → \"ant group\", \"Ma\" → \
\"MA\"), behind an article the source never gives it (\"The MA\", \"Okafor said\" → \"The Okafor \
said\"), replaced by another name in an \
aligned sentence, or moved from modifying a noun to another role (\"no longer being an Alibaba \
executive\" → \"Alibaba not being an executive\") is flagged with the source's form as evidence. \
A quotation or a reported claim given to another name the source knows (\"Chief \
executive Noor Halvorsen said\" → \"finance director Oskar Nwankwo said\") is flagged, unless a \
sentence of either text ties the two names; so is a source quotation retold in reported speech \
as said by another person, or by a post (\"the inspector said\") that the story gives to \
another person. A quotation carries on the speaker of the one just before it. A name in a reordered sentence with one word changed (\"Fiona Dunbar\" → \"Fiona Dunlop\", \
\"Szabo\" → \"Szabos\") or cased otherwise inside (\"DelaCroix\") is flagged too, and so is a \
common word inside a multi-word name swapped for another, the other words kept in place \
(\"Redmere Partners\" → \"Redmere Companions\"). Restyling passes: a title lower-cased in \
apposition (\"Mayor Lisa Gutierrez\" → \"the mayor, Lisa Gutierrez\") or a post named \
without a person (\"Vestland's Housing Minister\" → \"Vestland's housing minister\"), dots dropped (\"U.S.\" → \
\"US\"), a title abbreviated (\"Prof\") or written as its initials (\"Chief Financial Officer \
Tomasz Brecht\" → \"CFO Tomasz Brecht\"), a country named another way (\"American\" → \"US\"), \
a name reordered (\"the Justice Department\" → \"the US Department of Justice\") or put in the \
singular (\"the Social Democrats\" → \"a Social Democrat\", \"the Harcourts\" → \"the Harcourt \
family\"), a name moved within its sentence, one word of a person's full name for another (\"Tigist\" → \
\"Alemu\" for \"Tigist Alemu\"), words of a title-case headline, \
or the agent of a passive made the subject (\"asked by Congress\" → \"Congress asked\").",
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
}

impl<'a> SourceNames<'a> {
    fn new(src: &'a Document, names: &Names) -> Self {
        let mut out = SourceNames {
            runs: Vec::new(),
            words: FxHashMap::default(),
            lowercase: FxHashSet::default(),
            with_article: FxHashSet::default(),
            forms: FxHashSet::default(),
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

/// Whether a written word ends in a possessive ("Caldera's"), which no article precedes.
fn ends_possessive(s: &str) -> bool {
    s.ends_with("'s")
}

/// A written name without its possessive.
fn bare_form(s: &str) -> &str {
    s.strip_suffix("'s").unwrap_or(s)
}

fn is_all_caps(s: &str) -> bool {
    s.chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
        && s.chars().count() >= 2
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
        mangled_runs(doc, ours, &names, &mut covered, out);
        mangled_words(doc, ours, &names, &mut covered, out);
        swapped_word::swapped_name_words(doc, src, (ours, theirs), &covered, out);
        for pair in &source.alignment.pairs {
            replaced_names(doc, src, (ours, theirs), pair, &covered, out);
            renamed_people(doc, src, (ours, theirs), pair, &covered, out);
            moved_modifiers(doc, src, theirs, pair, out);
            swapped_roles(doc, src, (ours, theirs), pair, out);
            speakers::reported_speakers(doc, src, (ours, theirs), pair, out);
        }
        speakers::wrong_speakers(doc, src, (ours, theirs), out);
        reported_quotes::retold_quotes(doc, src, (ours, theirs), out);
        out.sort_by_key(|d| (d.start, d.end));
        out.dedup_by(|later, kept| later.start < kept.end);
    }
}

/// Multi-word source names written in another case ("ant group").
fn mangled_runs(
    doc: &Document,
    ours: &Names,
    names: &SourceNames,
    covered: &mut [bool],
    out: &mut Vec<Diagnostic>,
) {
    let words: Vec<(usize, &str)> = doc
        .tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.is_wordlike())
        .map(|(i, t)| (i, bare(&t.norm)))
        .collect();
    for (run, form) in &names.runs {
        for w in words.windows(run.len()) {
            if !w.iter().map(|(_, n)| n).eq(run.iter()) || ours.in_headline(w[0].0) {
                continue;
            }
            let (first, last) = (w[0].0, w[run.len() - 1].0);
            // Words split by punctuation ("Tessmoor. County council") are no
            // name; "Halden's transport authority" for "Halden Transport
            // Authority" describes it in common words.
            let possessive = |s: &str| s.ends_with("'s") || s.ends_with("\u{2019}s");
            let described = run.len() > 1
                && doc.is_capitalized(first)
                && possessive(doc.folded_token(first))
                && !form.split_whitespace().next().is_some_and(possessive);
            if last - first + 1 != run.len() || described {
                continue;
            }
            let written = doc.span_text(first..last + 1);
            // The rest of the name still capitalised: only its opener changed case.
            let many = run.len() > 1
                && written
                    .split_whitespace()
                    .skip(1)
                    .any(|w| w.starts_with(char::is_uppercase));
            // An article or a number opening the name takes the case of its place
            // in the sentence ("The Alder Street Theatre" → "reopened the Alder
            // Street Theatre"), and a title is lower-cased before a name in
            // apposition ("Mayor Lisa Gutierrez" → "the mayor, Lisa Gutierrez").
            // "Scotland's Connectivity Minister" → "Scotland's connectivity
            // minister": a post, not a name, lower-cased as style.
            let post = form
                .split_whitespace()
                .last()
                .is_some_and(|w| POSTS.contains(&w.to_lowercase().as_str()));
            let same_case = written
                .split_whitespace()
                .zip(form.split_whitespace())
                .enumerate()
                .all(|(k, (a, b))| {
                    let lower = b.to_lowercase();
                    let lower = lower.trim_end_matches([',', '.']);
                    // "Prosecutor Helen Marsh KC" opening a sentence →
                    // "prosecutor Helen Marsh KC": a common word before the name.
                    let common_opener = k == 0 && many && dictionary::is_known(lower);
                    matches!(lower, "the" | "a" | "an")
                        || is_title_word(lower)
                        || common_opener
                        || (post && dictionary::is_known(lower))
                        || (k == 0 && (is_stopword(lower) || number_word(lower).is_some()))
                        || a.chars().next().map(char::is_uppercase)
                            == b.chars().next().map(char::is_uppercase)
                });
            if !same_case {
                covered[first..=last].fill(true);
                let (start, end) = doc.token_span(first..last + 1);
                out.push(
                    Diagnostic::new(
                        start,
                        end,
                        format!("the name \"{form}\" is written \"{written}\""),
                    )
                    .suggest(*form)
                    .evidence(*form),
                );
            }
        }
    }
}

/// Posts written capitalised before a name and lower-case in apposition.
const POSTS: &[&str] = &[
    "mayor",
    "attorney",
    "president",
    "minister",
    "professor",
    "prof",
    "senator",
    "governor",
    "chief",
    "director",
    "secretary",
    "chancellor",
    "judge",
    "justice",
    "commissioner",
    "councillor",
    "councilor",
    "executive",
    "chairman",
    "chairwoman",
    "chair",
    "spokesman",
    "spokeswoman",
    "coach",
    "captain",
    "dr",
    "manager",
    "head",
    "leader",
    "founder",
    "superintendent",
    "inspector",
    "sergeant",
    "detective",
    "ambassador",
    "colonel",
    "lieutenant",
    "spokesperson",
    "analyst",
    "economist",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
];

/// Words that qualify a post in a title ("Deputy", "Health"), cased as it is.
const POST_QUALIFIERS: &[&str] = &[
    "city",
    "state",
    "general",
    "deputy",
    "prime",
    "vice",
    "environment",
    "energy",
    "health",
    "finance",
    "foreign",
    "interior",
    "defence",
    "defense",
];

/// Whether `word` (lower case) is part of a title: a post or a qualifier.
pub(super) fn is_title_word(word: &str) -> bool {
    POSTS.contains(&word) || POST_QUALIFIERS.contains(&word)
}

/// Single name words lower-cased or shouted, and names given a stray article ("The MA").
fn mangled_words(
    doc: &Document,
    ours: &Names,
    names: &SourceNames,
    covered: &mut [bool],
    out: &mut Vec<Diagnostic>,
) {
    for (t, tok) in doc.tokens.iter().enumerate() {
        if covered[t] || tok.kind != TokenKind::Word || ours.in_headline(t) {
            continue;
        }
        let Some(&form) = names.words.get(bare(&tok.norm)) else {
            continue;
        };
        if names.lowercase.contains(bare(&tok.norm)) {
            continue;
        }
        let written = doc.folded_token(t);
        // A name written as the source writes it can still gain an article.
        let as_source = names.forms.contains(bare_form(written));
        let shouted = !as_source && is_all_caps(written) && !is_all_caps(form);
        // "Delacroix" → "DelaCroix": the same letters, cased otherwise inside.
        let miscased = !as_source
            && written != form
            && !shouted
            && written.to_lowercase() == form.to_lowercase()
            && written.chars().next() == form.chars().next()
            && !is_all_caps(form);
        let lowered = !as_source
            && !doc.is_capitalized(t)
            && (is_sentence_initial(doc, t) || !dictionary::is_known(bare(&tok.norm)));
        let article = t.checked_sub(1).filter(|&a| {
            doc.tokens[a].norm == "the"
                && !is_all_caps(form)
                && (is_all_caps(doc.folded_token(t)) || !dictionary::is_known(bare(&tok.norm)))
                && !names.with_article.contains(bare(&tok.norm))
                && doc
                    .tokens
                    .get(t + 1)
                    .is_none_or(|n| n.kind != TokenKind::Word || !doc.is_capitalized(t + 1))
                && if as_source {
                    ends_possessive(written) || stands_alone(doc, t)
                } else {
                    !modifies_next(doc, t)
                }
        });
        if !(shouted || lowered || miscased || article.is_some()) {
            continue;
        }
        let first = article.unwrap_or(t);
        covered[first..=t].fill(true);
        let (start, end) = doc.token_span(first..t + 1);
        let what = if article.is_some() {
            format!(
                "the source writes \"{form}\" with no article, not \"{}\"",
                doc.span_text(first..t + 1)
            )
        } else {
            format!("the name \"{form}\" is written \"{written}\"")
        };
        out.push(
            Diagnostic::new(start, end, what)
                .suggest(form)
                .evidence(form),
        );
    }
}

/// Whether name token `t` ends its noun phrase: the sentence ends or a verb
/// or adverb follows ("the Pinnock is", "the Brekke said", "the Quintero
/// also"), so an article before it is the name's, not a noun's after it.
fn stands_alone(doc: &Document, t: usize) -> bool {
    doc.tokens.get(t + 1).is_none_or(|n| {
        let parts = wordnet::parts_as_written(&n.norm);
        matches!(n.norm.as_str(), "." | "!" | "?" | ";" | ":")
            || GROUP_LEADS.contains(&n.norm.as_str())
            || speech::is_speech_verb(&n.norm)
            || (parts & ADVERB != 0 && parts & NOUN == 0)
    })
}

/// Whether name token `t` modifies the common noun after it ("the Dunmere site"),
/// which the article then belongs to.
fn modifies_next(doc: &Document, t: usize) -> bool {
    doc.tokens.get(t + 1).is_some_and(|n| {
        let parts = wordnet::parts_as_written(&n.norm);
        n.kind == TokenKind::Word
            && !doc.is_capitalized(t + 1)
            && !n.norm.ends_with('s')
            && parts & NOUN != 0
            && parts & ADVERB == 0
    })
}

fn is_name_span(doc: &Document, names: &Names, range: Range<usize>) -> bool {
    !range.is_empty()
        && doc.tokens[range.clone()]
            .iter()
            .any(|t| t.kind == TokenKind::Word)
        && range
            .clone()
            .all(|t| doc.tokens[t].kind == TokenKind::Punct || names.is_name_token(t))
}

/// Whether a token of the range is a compound modifier built on a name
/// ("AI-driven", "Paris-based"): a change there is wording, not a new name.
fn has_compound_modifier(doc: &Document, range: Range<usize>) -> bool {
    doc.tokens[range].iter().any(|t| {
        let written = &doc.text[t.start..t.end];
        written.contains(char::is_uppercase)
            && written
                .split('-')
                .skip(1)
                .any(|part| !part.is_empty() && part.chars().all(char::is_lowercase))
    })
}

/// The name that opens an edited range: the whole range when it is all name, else
/// its leading name tokens when a plain word follows them ("KTV's supervisory").
fn leading_name(doc: &Document, names: &Names, range: Range<usize>) -> Option<Range<usize>> {
    if is_name_span(doc, names, range.clone()) {
        return Some(range);
    }
    let end = range
        .clone()
        .find(|&t| !names.is_name_token(t) && doc.tokens[t].kind != TokenKind::Punct)?;
    let name = range.start..end;
    let rest_is_plain = doc.tokens[end].kind == TokenKind::Word && !names.is_name_token(end);
    (rest_is_plain && is_name_span(doc, names, name.clone())).then_some(name)
}

/// A source name replaced by a different name in an aligned sentence.
fn replaced_names(
    doc: &Document,
    src: &Document,
    (ours, theirs): (&Names, &Names),
    pair: &AlignedPair,
    covered: &[bool],
    out: &mut Vec<Diagnostic>,
) {
    for e in pair.edits.iter().filter(|e| e.kind == EditKind::Replace) {
        let (Some(source), Some(suspect)) = (
            leading_name(src, theirs, e.source.clone()),
            leading_name(doc, ours, e.suspect.clone()),
        ) else {
            continue;
        };
        if suspect.clone().any(|t| covered[t])
            || has_compound_modifier(src, source.clone())
            || has_compound_modifier(doc, suspect.clone())
        {
            continue;
        }
        let a: FxHashSet<&str> = src.tokens[source.clone()]
            .iter()
            .map(|t| bare(&t.norm))
            .collect();
        let b: FxHashSet<&str> = doc.tokens[suspect.clone()]
            .iter()
            .map(|t| bare(&t.norm))
            .collect();
        let within = |x: &FxHashSet<&str>, y: &FxHashSet<&str>| {
            x.iter().all(|w| y.iter().any(|v| same_name_word(w, v)))
        };
        // "Eskdale–Port Harran": names joined by a dash are read apart.
        let parts = |x: &FxHashSet<&str>| -> FxHashSet<String> {
            x.iter()
                .flat_map(|w| w.split('-'))
                .map(str::to_string)
                .collect()
        };
        if within(&a, &b)
            || within(&b, &a)
            || a.iter().all(|w| parts(&b).contains(*w))
            || spelt_out_plural(&a, &b)
            || common_plural(&a, &b, (src, theirs), &source)
            || spelt_out_plural(&b, &a)
            || is_initialism(
                src.span_text(source.clone()),
                doc.span_text(suspect.clone()),
            )
            || is_initialism(
                doc.span_text(suspect.clone()),
                src.span_text(source.clone()),
            )
            || a.iter().all(|w| is_stopword(w))
            || common_words(&a, &b, opens_sentence_only(src, source.start))
            || title_case_words(&a, &b, (ours, theirs), (&source, &suspect))
            || moved_within(doc, src, suspect.clone(), pair)
            || reordered_name(
                (&a, &b),
                (src, theirs),
                (doc, ours),
                (&source, &suspect),
                pair,
            )
            || headline_names_story(doc, src, (ours, theirs), (&source, &suspect))
            || ex_name(&a, &b, src, pair)
            || misspelt_word(doc, src, &source, &suspect)
            || retitled(doc, src, &source, &suspect)
            || same_party::words_of_one_name(src, theirs, (&a, &b))
        {
            continue;
        }
        out.push(became(doc, src, source, suspect));
    }
}

/// A source name whose words the suspect keeps in a reordered name ("the
/// Justice Department" → "the US Department of Justice": words put in that
/// the source's name lacks), or moves later in the sentence behind a common
/// word that now opens it ("Judge Osei said 40 cases were heard since May" →
/// "Since May, 40 cases were heard, Judge Osei said").
fn reordered_name(
    (a, b): (&FxHashSet<&str>, &FxHashSet<&str>),
    (src, theirs): (&Document, &Names),
    (doc, ours): (&Document, &Names),
    (source, suspect): (&Range<usize>, &Range<usize>),
    pair: &AlignedPair,
) -> bool {
    let has = |d: &Document, range: &Range<usize>, w: &str| {
        d.words(range.clone()).any(|(_, t)| bare(&t.norm) == w)
    };
    let run_of = |names: &Names, t: usize| names.runs().iter().find(|r| r.contains(&t)).cloned();
    let whole_name = run_of(ours, suspect.start).is_some_and(|r| {
        r.end > suspect.end
            && a.iter().all(|w| has(doc, &r, w))
            && run_of(theirs, source.start).is_some_and(|was| !b.iter().any(|w| has(src, &was, w)))
    });
    let opener = suspect.len() == 1
        && is_sentence_initial(doc, suspect.start)
        && dictionary::is_known(bare(&doc.tokens[suspect.start].norm));
    whole_name || (opener && a.iter().all(|w| has(doc, &pair.suspect_tokens(doc), w)))
}

/// "Former Veltra finance chief" → "Ex-Veltra finance chief": a common word
/// opening the sentence, and "ex-" before a name the source sentence has.
fn ex_name(a: &FxHashSet<&str>, b: &FxHashSet<&str>, src: &Document, pair: &AlignedPair) -> bool {
    let named = |w: &str| {
        src.words(pair.source_tokens(src))
            .any(|(_, t)| bare(&t.norm) == w)
    };
    a.iter().all(|w| dictionary::is_known(w))
        && b.iter().all(|w| w.strip_prefix("ex-").is_some_and(named))
}

/// Whether a headline names what the source's headline described, by a name
/// the source's story gives ("Harbourside museum reopens" → "Pellston Maritime
/// Museum reopens").
fn headline_names_story(
    doc: &Document,
    src: &Document,
    (ours, theirs): (&Names, &Names),
    (source, suspect): (&Range<usize>, &Range<usize>),
) -> bool {
    if !theirs.in_headline(source.start) && !ours.in_headline(suspect.start) {
        return false;
    }
    let words: Vec<&str> = doc.tokens[suspect.clone()]
        .iter()
        .map(|t| bare(&t.norm))
        .collect();
    theirs.runs().iter().any(|r| {
        let run: Vec<&str> = src.tokens[r.clone()]
            .iter()
            .map(|t| bare(&t.norm))
            .collect();
        run.windows(words.len()).any(|w| w == words.as_slice())
    })
}

/// Whether token `t` opens its sentence and its word is nowhere else in the
/// source capitalised mid-sentence ("Brooks said" after "Nadia Brooks" is a name).
fn opens_sentence_only(src: &Document, t: usize) -> bool {
    let word = bare(&src.tokens[t].norm);
    is_sentence_initial(src, t)
        && !(0..src.tokens.len()).any(|k| {
            k != t
                && bare(&src.tokens[k].norm) == word
                && src.is_capitalized(k)
                && !is_sentence_initial(src, k)
        })
}

/// Units named after people, capitalised but no name of anyone in the story.
const UNIT_NAMES: &[&str] = &["celsius", "fahrenheit", "kelvin"];

/// Typos a misspelt word stays within of the word it stands for: spelling's
/// to report.
const TYPO_DISTANCE: usize = 2;

/// Whether a one-word "name" is a common word capitalised by opening the
/// sentence (`initial`: "Teenager" → "Adolescent", "Chief" → "Cheif") or a unit ("Celsius" →
/// "Fahrenheit", or misspelt "Celcius"): wording, spelling or figures, not a name.
fn common_words(a: &FxHashSet<&str>, b: &FxHashSet<&str>, initial: bool) -> bool {
    let (Some(was), Some(now)) = (a.iter().next(), b.iter().next()) else {
        return false;
    };
    let unit = |w: &str| UNIT_NAMES.contains(&w);
    a.len() == 1
        && b.len() == 1
        && ((unit(was) && (unit(now) || strsim::levenshtein(was, now) <= TYPO_DISTANCE))
            || (initial
                && dictionary::is_known(was)
                && (dictionary::is_known(now) || strsim::levenshtein(was, now) <= TYPO_DISTANCE)))
}

/// Whether a headline in title case swapped common words, capitalised only by
/// its style ("Profit Rises as Shoppers Trade Down" → "Benefit Rises as
/// Customers Exchange Down"): garbled-phrase and spelling judge the words, a
/// misspelt one ("Librarys") included; punctuation and symbols between them
/// ("Crop, Growers", "Plans $") are no name.
fn title_case_words(
    a: &FxHashSet<&str>,
    b: &FxHashSet<&str>,
    (ours, theirs): (&Names, &Names),
    (source, suspect): (&Range<usize>, &Range<usize>),
) -> bool {
    let common = |w: &&str| {
        !w.chars().any(char::is_alphabetic)
            || dictionary::is_known(w)
            || a.iter()
                .any(|v| dictionary::is_known(v) && strsim::levenshtein(v, w) <= TYPO_DISTANCE)
    };
    theirs.in_headline(source.start)
        && ours.in_headline(suspect.start)
        && a.iter().chain(b).all(common)
}

/// Whether one-word name `now` only misspells source word `was`, a
/// lower-case dictionary word, before another capitalised word ("Chief
/// Executive" → "Cheif Executive"): spelling flags it. A name's last word
/// is the name ("Price" → "Pryce").
fn misspelt_word(doc: &Document, src: &Document, was: &Range<usize>, now: &Range<usize>) -> bool {
    was.len() == 1
        && now.len() == 1
        && doc.precedes_capitalised_word(now.start)
        && dictionary::misspells_word(doc.span_text(now.clone()), src.span_text(was.clone()))
}

/// Whether only a common word opening the name changed, the rest kept word
/// for word ("Striker Ana Lopes" → "Forward Ana Lopes"): wording about the
/// person, for garbled-phrase or meaning-drift, not another name. A first
/// name before a lone surname ("Rose Kemp" → "Grace Kemp") is another name.
fn retitled(doc: &Document, src: &Document, was: &Range<usize>, now: &Range<usize>) -> bool {
    let norms = |d: &Document, r: &Range<usize>| {
        d.tokens[r.start + 1..r.end]
            .iter()
            .map(|t| bare(&t.norm).to_string())
            .collect::<Vec<_>>()
    };
    let common = |d: &Document, t: usize| dictionary::is_known(bare(&d.tokens[t].norm));
    was.len() >= 3
        && now.len() == was.len()
        && common(src, was.start)
        && common(doc, now.start)
        && norms(src, was) == norms(doc, now)
}

/// The finding for source name `was` written as suspect name `now`.
fn became(doc: &Document, src: &Document, was: Range<usize>, now: Range<usize>) -> Diagnostic {
    let (start, end) = doc.token_span(now.clone());
    let from = src.span_text(was);
    Diagnostic::new(
        start,
        end,
        format!("\"{from}\" became \"{}\"", doc.span_text(now)),
    )
    .suggest(from)
    .evidence(from)
}

/// Whether two words of names are one written two ways: with or without dots
/// ("U.S", "US") or abbreviated ("Prof", "Professor").
fn same_name_word(a: &str, b: &str) -> bool {
    let dotless = |w: &str| w.replace('.', "");
    let (a, b) = (dotless(a), dotless(b));
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    a == b
        || (ABBREVIATIONS.contains(&short.as_str()) && long.starts_with(short.as_str()))
        || demonym(short, long)
        || COUNTRY_FORMS
            .iter()
            .any(|forms| forms.contains(&a.as_str()) && forms.contains(&b.as_str()))
}

/// Names of one country that a story writes every which way ("American" →
/// "US", "British" → "UK"), beyond what initials and demonym endings catch.
const COUNTRY_FORMS: &[&[&str]] = &[
    &["us", "usa", "america", "american", "americans"],
    &["uk", "britain", "british", "briton", "britons"],
];

/// Whether a word of a name made of common words only changed number ("the
/// Social Democrats" → "a Social Democrat"); "Olivia Strands" for "Olivia
/// Strand" is another name.
fn common_plural(
    a: &FxHashSet<&str>,
    b: &FxHashSet<&str>,
    (src, theirs): (&Document, &Names),
    source: &Range<usize>,
) -> bool {
    let singular = |x: &str, y: &str| x.strip_suffix('s') == Some(y);
    let common = |r: &Range<usize>| {
        r.len() >= 2
            && src.tokens[r.clone()]
                .iter()
                .all(|t| dictionary::is_known(bare(&t.norm)))
    };
    a.len() == 1
        && b.len() == 1
        && a.iter()
            .zip(b)
            .all(|(w, v)| singular(w, v) || singular(v, w))
        && theirs
            .runs()
            .iter()
            .find(|r| r.contains(&source.start))
            .is_some_and(common)
}

/// Endings that make a country's name its people's ("Kenya" → "Kenyan").
const DEMONYM_ENDINGS: &[&str] = &["n", "an", "ian", "ese", "ish", "i"];

/// Whether `long` is `short` with a demonym ending ("Kenya's" → "Kenyan").
fn demonym(short: &str, long: &str) -> bool {
    long.strip_prefix(short)
        .is_some_and(|ending| short.len() >= 4 && DEMONYM_ENDINGS.contains(&ending))
}

/// Whether a one-word plural name is spelt out with its noun ("the Whitsundays"
/// → "the Whitsunday Islands"); a surname that gains an "s" stays a new name.
fn spelt_out_plural(one: &FxHashSet<&str>, more: &FxHashSet<&str>) -> bool {
    one.len() == 1
        && more.len() > 1
        && one
            .iter()
            .all(|w| more.iter().any(|m| w.strip_suffix('s') == Some(m)))
}

/// Whether `short` is the initials of `name` ("EU's" of "European Union").
fn is_initialism(name: &str, short: &str) -> bool {
    let short = bare_form(short);
    let initials: String = name
        .split_whitespace()
        .filter(|w| !is_stopword(&w.to_lowercase()))
        .filter_map(|w| w.chars().next())
        .collect();
    initials.chars().count() >= 2 && is_all_caps(short) && short == initials
}

/// Whether the two names end alike and differ only in a title written out on
/// one side and as its initials on the other ("Chief Financial Officer Tomasz
/// Brecht" → "CFO Tomasz Brecht").
fn titled_initialism(
    doc: &Document,
    src: &Document,
    source: &Range<usize>,
    suspect: &Range<usize>,
) -> bool {
    let (mut a, mut b) = (source.clone(), suspect.clone());
    while a.len() > 1 && b.len() > 1 && src.tokens[a.end - 1].norm == doc.tokens[b.end - 1].norm {
        (a.end, b.end) = (a.end - 1, b.end - 1);
    }
    a.end < source.end
        && (is_initialism(src.span_text(a.clone()), doc.span_text(b.clone()))
            || is_initialism(doc.span_text(b), src.span_text(a)))
}

/// Abbreviations of titles and name words, matched by prefix ("Prof", "Professor").
const ABBREVIATIONS: &[&str] = &[
    "prof", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt", "supt", "det", "insp", "dept",
    "univ", "corp", "intl", "natl", "assn", "mt", "ft", "st", "pres",
];

/// Whether a name of two words or more stands, word for word, elsewhere in the
/// source sentence: moved there, not put in ("State Energy Minister Colin
/// Baptiste" → "Colin Baptiste, the state's energy minister").
fn moved_within(doc: &Document, src: &Document, name: Range<usize>, pair: &AlignedPair) -> bool {
    let words: Vec<&str> = doc.words(name).map(|(_, t)| bare(&t.norm)).collect();
    let sentence: Vec<&str> = src
        .words(pair.source_tokens(src))
        .map(|(_, t)| bare(&t.norm))
        .collect();
    words.len() >= 2 && sentence.windows(words.len()).any(|w| w == words.as_slice())
}

/// "Fiona Dunbar, the minister, said" → "…, according to Fiona Dunlop": a name
/// of two words or more that the sentence moved and changed one word of. The
/// word diff sees a deletion and an insertion; here the pair's names are
/// matched by the words they keep.
fn renamed_people(
    doc: &Document,
    src: &Document,
    (ours, theirs): (&Names, &Names),
    pair: &AlignedPair,
    covered: &[bool],
    out: &mut Vec<Diagnostic>,
) {
    let before = names_in(src, theirs, pair.source_tokens(src));
    let after = names_in(doc, ours, pair.suspect_tokens(doc));
    let words = |key: &str| key.split(' ').map(str::to_string).collect::<Vec<_>>();
    for (key, range, _) in &after {
        let new = words(key);
        let (start, end) = doc.token_span(range.clone());
        if range.clone().any(|t| covered[t])
            || before.iter().any(|(k, ..)| k == key)
            || out.iter().any(|d| d.start < end && start < d.end)
        {
            continue;
        }
        let renamed = before.iter().find(|(k, was, _)| {
            let old = words(k);
            // Titles before a name make runs of different lengths: compare the ends.
            let n = old.len().min(new.len());
            let changed: Vec<(&String, &String)> = old[old.len() - n..]
                .iter()
                .zip(&new[new.len() - n..])
                .filter(|(a, b)| a != b)
                .collect();
            n >= 2
                && !after.iter().any(|(a, ..)| a == k)
                && matches!(changed[..], [(a, b)] if is_other_name(a, b)
                    && !(b != new.last().unwrap_or(b) && dictionary::misspells_word(b, a)))
                && !titled_initialism(doc, src, was, range)
                && !retitled(doc, src, was, range)
        });
        let misspelt = || {
            let [now] = new.as_slice() else { return None };
            let unseen = !src.tokens.iter().any(|t| bare(&t.norm) == now);
            before
                .iter()
                .filter(|(k, ..)| !after.iter().any(|(a, ..)| a == k))
                .find(|(k, was, _)| {
                    // "the Ashgroves" → "the Ashgrove family", "the Greens":
                    // a family or party named in the plural.
                    let family = (now.strip_suffix('s') == Some(k.as_str())
                        && follows_the(doc, range.start))
                        || (k.strip_suffix('s') == Some(now) && follows_the(src, was.start));
                    unseen && !family && misspelt_name(k, now)
                })
        };
        if let Some((_, was, _)) = renamed.or_else(misspelt)
            && !misspelt_word(doc, src, was, range)
        {
            out.push(became(doc, src, was.clone(), range.clone()));
        }
    }
}

/// Whether a one-word name moved within its sentence came out misspelt
/// ("…, Varga said" → "Vargas said …"): a typo's distance from the source's
/// name, same first letter, and no other way of writing it; a unit
/// ("Celcius") is no name.
fn misspelt_name(was: &str, now: &str) -> bool {
    !was.contains(' ')
        && !UNIT_NAMES.contains(&was)
        && was.len() >= MIN_MISSPELT_NAME
        && was.chars().next() == now.chars().next()
        && strsim::levenshtein(was, now) <= TYPO_DISTANCE
        && !same_name_word(was, now)
}

/// Whether token `t` comes right after "the".
fn follows_the(doc: &Document, t: usize) -> bool {
    t > 0 && doc.tokens[t - 1].norm == "the"
}

/// Shortest name whose misspelling is told from another name.
const MIN_MISSPELT_NAME: usize = 4;

/// Whether two words of names are different names, not one restyled: neither
/// a function word ("A Hennepin County"), a form of the other ("Peruvian",
/// "Peru's") nor joined to it.
fn is_other_name(a: &str, b: &str) -> bool {
    // "Port Harran" → "Eskdale–Port Harran": joined to another name by a dash.
    let joined = |x: &str, y: &str| x.split('-').any(|part| part == y);
    !is_stopword(a)
        && !is_stopword(b)
        && !forms_of_one_name(a, b)
        && !same_name_word(a, b)
        && !joined(a, b)
        && !joined(b, a)
}

/// Endings that make a name an adjective or its people's ("Swedish", "Vestlandic").
const ADJECTIVE_ENDINGS: &[&str] = &["ian", "ese", "ish", "an", "ic"];

/// Whether two name words sharing a root are forms of one name: both words
/// the dictionary knows ("Sweden", "Swedish"), one the other with an ending
/// ("Vestland", "Vestlander") or an adjective. Names it lacks that share only
/// their opening ("Marchetti" → "Marchant") are two names.
fn forms_of_one_name(a: &str, b: &str) -> bool {
    let known = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(|f| {
            dictionary::is_known(&(f.to_uppercase().collect::<String>() + c.as_str()))
        })
    };
    let adjective = |w: &str| ADJECTIVE_ENDINGS.iter().any(|e| w.ends_with(e));
    shares_root(a, b)
        && ((known(a) && known(b))
            || a.starts_with(b)
            || b.starts_with(a)
            || adjective(a)
            || adjective(b))
}

/// Names of a token range, keyed by their lower-case words, with the first word after each.
fn names_in<'a>(
    doc: &'a Document,
    names: &Names,
    range: Range<usize>,
) -> Vec<(String, Range<usize>, Option<&'a str>)> {
    names
        .runs()
        .iter()
        .filter(|r| range.contains(&r.start) && r.end <= range.end)
        .cloned()
        .map(|r| {
            let key = doc.tokens[r.clone()]
                .iter()
                .map(|t| bare(&t.norm))
                .collect::<Vec<_>>()
                .join(" ");
            let next = doc
                .words(r.end..range.end)
                .next()
                .map(|(_, t)| t.norm.as_str());
            (key, r, next)
        })
        .collect()
}

/// Words before a name searched for the "by" of a passive ("by the U.S. Congress").
const AGENT_REACH: usize = 3;

/// "A finished second and B third" → "B finished second and A third": two names
/// that traded the words following them. A name that is the agent of a passive
/// ("asked by Congress") trades places when the voice changes, so it is left alone.
fn swapped_roles(
    doc: &Document,
    src: &Document,
    (ours, theirs): (&Names, &Names),
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let before = names_in(src, theirs, pair.source_tokens(src));
    let after = names_in(doc, ours, pair.suspect_tokens(doc));
    let once = |list: &[(String, Range<usize>, Option<&str>)], key: &str| {
        list.iter().filter(|(k, ..)| k == key).count() == 1
    };
    let (src_first, doc_first) = (
        pair.source_tokens(src).start,
        pair.suspect_tokens(doc).start,
    );
    let agent = |d: &Document, first: usize, r: &Range<usize>| {
        let from = r.start.saturating_sub(2 * AGENT_REACH).max(first);
        let before: Vec<_> = d.words(from..r.start).collect();
        before
            .iter()
            .rev()
            .take(AGENT_REACH)
            .any(|(_, t)| t.norm == "by")
    };
    for (i, (a, ra_src, a_next)) in before.iter().enumerate() {
        for (b, rb_src, b_next) in &before[i + 1..] {
            // "Helen Strachan, chairwoman of the WPBSA" → "WPBSA chairwoman Helen
            // Strachan": a title changed places with its holder; "A received 48,
            // B took 19" → "A took on 84, B received 19": synonyms traded.
            let title = |next: &Option<&str>| next.is_some_and(is_title_word);
            // "Union branch secretary Paul Mbeki": a title a word further on.
            let titled = |r: &Range<usize>| {
                src.words(r.end..pair.source_tokens(src).end)
                    .take(2)
                    .any(|(_, t)| is_title_word(&t.norm))
            };
            let restyled = title(a_next)
                || title(b_next)
                || titled(ra_src)
                || titled(rb_src)
                || matches!((a_next, b_next), (Some(x), Some(y)) if wordnet::synonym_rank(x, y).is_some());
            // "the United States and Europe" → "Europe and the United States":
            // a coordination has no order to keep.
            let coordinated = src
                .tokens
                .get(ra_src.end..rb_src.start)
                .is_some_and(|between| {
                    between
                        .iter()
                        .any(|t| matches!(t.norm.as_str(), "and" | "or"))
                        && between
                            .iter()
                            .all(|t| matches!(t.norm.as_str(), "and" | "or" | "the" | ","))
                });
            if a == b
                || a_next == b_next
                || restyled
                || coordinated
                || agent(src, src_first, ra_src)
                || agent(src, src_first, rb_src)
                || !once(&before, a)
                || !once(&before, b)
                || !once(&after, a)
                || !once(&after, b)
            {
                continue;
            }
            let find = |key: &str| after.iter().find(|(k, ..)| k == key);
            let (Some((_, ra, na)), Some((_, rb, nb))) = (find(a), find(b)) else {
                continue;
            };
            // "RC Toulon has signed Tane Rewiti" → "Tane Rewiti has joined RC
            // Toulon": a converse verb, so the word that says what each did
            // must trade places too.
            let (src_end, doc_end) = (pair.source_tokens(src).end, pair.suspect_tokens(doc).end);
            if na == b_next
                && nb == a_next
                && content_after(doc, ra, doc_end) == content_after(src, rb_src, src_end)
                && content_after(doc, rb, doc_end) == content_after(src, ra_src, src_end)
                && !agent(doc, doc_first, ra)
                && !agent(doc, doc_first, rb)
            {
                for (r, other) in [(ra, b), (rb, a)] {
                    let (start, end) = doc.token_span(r.clone());
                    out.push(Diagnostic::new(
                        start,
                        end,
                        format!(
                            "\"{}\" took the role of \"{other}\" in the source",
                            &doc.text[start..end]
                        ),
                    ));
                }
            }
        }
    }
}

/// The first word after name `r` before `end` that is no function word or
/// auxiliary: what the sentence says the name did or is.
fn content_after<'a>(d: &'a Document, r: &Range<usize>, end: usize) -> Option<&'a str> {
    d.words(r.end..end)
        .map(|(_, t)| t.norm.as_str())
        .find(|w| !is_stopword(w) && !GROUP_LEADS.contains(w))
}

/// Common words a restated modifier may leave between its noun and the
/// preposition before the name ("a market stall in Halden").
const RESTATED_GAP: usize = 2;

/// "an Alibaba executive" → "Alibaba ... an executive": a name that modified a noun now stands apart from it.
fn moved_modifiers(
    doc: &Document,
    src: &Document,
    src_names: &Names,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let (ours, theirs) = (pair.suspect_tokens(doc), pair.source_tokens(src));
    for t in theirs.clone() {
        let article = matches!(src.tokens[t].norm.as_str(), "a" | "an");
        if !article || t + 2 >= theirs.end || !src_names.is_name_token(t + 1) {
            continue;
        }
        let noun = &src.tokens[t + 2];
        if noun.kind != TokenKind::Word || src.is_capitalized(t + 2) {
            continue;
        }
        let name = src.tokens[t + 1].norm.as_str();
        let names_at: Vec<usize> = ours
            .clone()
            .filter(|&k| doc.tokens[k].norm == name)
            .collect();
        let noun_at = ours.clone().find(|&k| {
            doc.tokens[k].norm == noun.norm
                && k > 0
                && matches!(doc.tokens[k - 1].norm.as_str(), "a" | "an" | "the")
        });
        let norm = |i: usize| doc.tokens.get(i).map(|x| x.norm.as_str());
        // "a spokeswoman for Halden", "a market stall in Halden", "Halden's
        // spokeswoman": still its noun.
        let restated = |n: usize, k: usize| {
            let linked = n > k + 1
                && n <= k + 2 + RESTATED_GAP
                && matches!(
                    norm(n - 1),
                    Some("for" | "of" | "at" | "from" | "with" | "in")
                )
                && (k + 1..n - 1)
                    .all(|i| doc.tokens[i].kind == TokenKind::Word && !doc.is_capitalized(i));
            linked || (k == n + 2 && matches!(norm(n + 1), Some("'s" | "’s" | "s")))
        };
        // The name nearest its old noun, when no copy of it still modifies the noun.
        let moved = noun_at
            .filter(|&k| names_at.iter().all(|&n| n + 1 != k && !restated(n, k)))
            .and_then(|k| names_at.iter().copied().min_by_key(|n| n.abs_diff(k)));
        if let Some(n) = moved {
            let (start, end) = doc.token_span(n..n + 1);
            let phrase = src.span_text(t..t + 3);
            out.push(
                Diagnostic::new(
                    start,
                    end,
                    format!(
                        "\"{}\" no longer modifies \"{}\" as in \"{phrase}\"",
                        doc.span_text(n..n + 1),
                        &noun.norm
                    ),
                )
                .evidence(phrase),
            );
        }
    }
}
