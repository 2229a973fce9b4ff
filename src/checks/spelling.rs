//! `spelling`: words the dictionary does not know.

mod known;

use super::{Check, Context, Rule};
use crate::finding::{Category, Diagnostic, Severity};
use crate::lexicon::dictionary;
use crate::lexicon::suggest::best_correction;
use crate::text::Document;
use crate::text::names::{is_sentence_initial, is_title_case, misspelt_in_name};
use crate::text::tokens::TokenKind;
use crate::text::words::is_stopword;
use known::{is_known_word, without_possessive};
use rustc_hash::FxHashSet;

pub(crate) use known::plural_of_noun;

/// Flags misspelled words, suggesting the closest word of the aligned source sentence.
pub struct Spelling;

static RULE: Rule = Rule {
    id: "spelling",
    category: Category::Spelling,
    default_severity: Severity::Error,
    needs_source: false,
    summary: "Word not in the English dictionary, the source, or the configured word list",
    explanation: "Spinners and rewriters misspell words a human editor would never let through. A word is \
known when the embedded en_US dictionary has it (in American or British spelling, with \
common prefixes, closed compounds of two common words and hyphenated words of known \
parts), when the source article uses it, or when the configured word list holds it; \
capitalised unknown words are mostly taken as names and left alone. An unknown word is \
flagged with a suggestion: the closest word of the aligned source sentence, else the \
most frequent dictionary word one edit away, else a split into two words or a frequent \
word two edits away.",
    details: include_str!("../../docs/rules/spelling.md"),
    example_source: "Xi said the problems were \"surmountable\".",
    example_bad: "Xi said the problems were \"Sarmountable\".",
    example_good: "Xi stated the problems were \"surmountable\".",
};

/// Similarity at or above which a source word is taken as the intended one.
const SOURCE_SIMILARITY: f64 = 0.7;

/// Similarity a capitalised word needs to its suggestion to be taken as a misspelling.
const CAPITALIZED_SIMILARITY: f64 = 0.85;

/// Distinct unknown words per document for which a correction is looked up
/// (beyond it, unknown words are still flagged, without a suggestion).
const MAX_LOOKUPS: usize = 200;

/// Unknown words per document for which the dictionary's slow search may run
/// when no single edit fixes them.
const SLOW_SUGGESTIONS: usize = 2;

impl Check for Spelling {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let doc = ctx.suspect;
        let source_words: FxHashSet<&str> = ctx
            .source
            .map(|s| s.doc.tokens.iter().map(|t| t.norm.as_str()).collect())
            .unwrap_or_default();
        // Built on the first unknown word only: most suspects have none.
        let mut source_american: Option<FxHashSet<String>> = None;
        let mut slow_budget = SLOW_SUGGESTIONS;
        let mut cache: rustc_hash::FxHashMap<String, Option<String>> = Default::default();
        for (i, token) in doc.tokens.iter().enumerate() {
            if token.kind != TokenKind::Word || in_source(&source_words, &token.norm) {
                continue;
            }
            let word = doc.folded_token(i);
            if is_known_word(word, ctx.extra_words)
                || parts_known(&source_words, word, &token.norm, ctx.extra_words)
            {
                continue;
            }
            let american = source_american.get_or_insert_with(|| american_forms_of(&source_words));
            if restyled_source_word(&source_words, american, &token.norm) {
                continue;
            }
            let from_source = source_suggestion(ctx, i, &token.norm);
            let capitalized = doc.is_capitalized(i);
            let styled = capitalized && styled_common_word(doc, i, from_source.as_ref());
            let slip = from_source
                .as_ref()
                .is_some_and(|w| misspelt_in_name(doc, i, word, &w.text));
            if capitalized && in_name(doc, i) && !styled && !slip {
                continue;
            }
            let suggestion = from_source.as_ref().map(|w| w.text.clone()).or_else(|| {
                let lookups = cache.len();
                cache
                    .entry(token.norm.clone())
                    .or_insert_with(|| {
                        (lookups < MAX_LOOKUPS)
                            .then(|| best_correction(word, &mut slow_budget))
                            .flatten()
                    })
                    .clone()
            });
            if capitalized
                && !slip
                && !looks_like_misspelled_word(
                    &token.norm,
                    suggestion.as_deref(),
                    styled || from_source.as_ref().is_some_and(|w| !w.in_name),
                )
            {
                continue;
            }
            let mut d = Diagnostic::new(
                token.start,
                token.end,
                format!(
                    "\"{}\" is not a known word",
                    &doc.text[token.start..token.end]
                ),
            );
            if let Some(s) = suggestion {
                d.message.push_str(&format!("; did you mean \"{s}\"?"));
                d = d.suggest(s);
            }
            if let Some(s) = from_source {
                d = d.evidence(s.text);
            }
            out.push(d);
        }
    }
}

/// Whether the source uses the word, or it is the possessive or plural of a
/// word the source uses that the dictionary lacks ("whistleblower's",
/// "nitrosamines"); a dictionary word's plural the dictionary knows, so
/// "colonys" stays a misspelling.
fn in_source(source_words: &FxHashSet<&str>, norm: &str) -> bool {
    // The dictionary is asked last: this runs for every word of the suspect.
    source_words.contains(norm)
        || without_possessive(norm)
            .or_else(|| norm.strip_suffix('s'))
            .is_some_and(|b| source_words.contains(b) && !dictionary::is_known(b))
}

/// Whether hyphenated `word` (`norm` its normal form) is made of known words
/// and words the source uses ("ex-Velora" for the source's "Velora").
fn parts_known(
    source_words: &FxHashSet<&str>,
    word: &str,
    norm: &str,
    extra: &FxHashSet<String>,
) -> bool {
    word.contains('-')
        && word
            .split('-')
            .zip(norm.split('-'))
            .all(|(p, n)| !p.is_empty() && (source_words.contains(n) || is_known_word(p, extra)))
}

/// The American forms of the source's words the dictionary lacks.
fn american_forms_of(source_words: &FxHashSet<&str>) -> FxHashSet<String> {
    // The spelling rules first: they are cheap, and most words have no
    // other form to look up.
    source_words
        .iter()
        .map(|w| (w, dictionary::american_forms(w)))
        .filter(|(w, forms)| !forms.is_empty() && !dictionary::is_known(w))
        .flat_map(|(_, forms)| forms)
        .collect()
}

/// Whether the word is a source word in the other of British and American
/// spelling ("anonymized" for the source's "anonymised", and back), given
/// the American forms of the source's words the dictionary lacks in either
/// spelling.
fn restyled_source_word(
    source_words: &FxHashSet<&str>,
    source_american: &FxHashSet<String>,
    norm: &str,
) -> bool {
    source_american.contains(norm)
        || dictionary::american_forms(norm)
            .iter()
            .any(|w| source_words.contains(w.as_str()) && !dictionary::is_known(w))
}

/// Whether a capitalised unknown word is a misspelling rather than a name: its
/// suggestion is an ordinary lower-case word very close to it, or a dictionary
/// word the source has there, capitalised or not ("Prosecuters" for the
/// source's sentence-initial "Prosecutors", "Ocotber" for "October").
fn looks_like_misspelled_word(norm: &str, suggestion: Option<&str>, from_source: bool) -> bool {
    suggestion.is_some_and(|s| {
        (s.starts_with(char::is_lowercase) || (from_source && dictionary::is_known(s)))
            && strsim::normalized_damerau_levenshtein(norm, &s.to_lowercase())
                >= CAPITALIZED_SIMILARITY
    })
}

/// Whether capitalised token `i` owes its capital to its place, opening a
/// sentence or in a title-case headline, and the source has a dictionary word
/// there that it misspells ("Meterologist Pavel Dunmore said" for
/// "Meteorologist"): beside a name, yet no name.
fn styled_common_word(doc: &Document, i: usize, from_source: Option<&SourceWord>) -> bool {
    let placed =
        is_sentence_initial(doc, i) || doc.sentence_of(i).is_some_and(|s| is_title_case(doc, s));
    placed && from_source.is_some_and(|w| dictionary::is_known(&w.text.to_lowercase()))
}

/// Whether capitalised token `i` stands beside another capitalised word (a
/// name like "Carla Mendes"), or across an ampersand from one.
fn in_name(doc: &Document, i: usize) -> bool {
    let name_word = |t: usize| {
        let token = &doc.tokens[t];
        token.kind == TokenKind::Word && doc.is_capitalized(t) && !is_stopword(&token.norm)
    };
    // "Pellman & Ross": an ampersand joins the names of a firm.
    let ampersand = |t: usize| doc.tokens.get(t).is_some_and(|t| t.norm == "&");
    (i > 0 && name_word(i - 1))
        || (i + 1 < doc.tokens.len() && name_word(i + 1))
        || (i > 1 && ampersand(i - 1) && name_word(i - 2))
        || (i + 2 < doc.tokens.len() && ampersand(i + 1) && name_word(i + 2))
}

/// The closest word of the aligned source sentence, if close enough.
fn source_suggestion(ctx: &Context, token: usize, norm: &str) -> Option<SourceWord> {
    let source = ctx.source?;
    let sentence = ctx.suspect.sentence_of(token)?;
    let pair = source.alignment.pair_of(sentence)?;
    let (first, last) = (
        source.doc.sentences[pair.source.start].tokens.start,
        source.doc.sentences[pair.source.end - 1].tokens.end,
    );
    source
        .doc
        .words(first..last)
        .map(|(t, tok)| (t, strsim::normalized_damerau_levenshtein(norm, &tok.norm)))
        .filter(|&(_, s)| s >= SOURCE_SIMILARITY)
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(t, _)| SourceWord {
            text: source.doc.text[source.doc.tokens[t].start..source.doc.tokens[t].end].to_string(),
            in_name: named_anywhere(source.doc, t),
        })
}

/// Whether the word of token `t` stands in a name somewhere in `doc`
/// ("Holloway urged" after "Detective Inspector Maren Holloway").
fn named_anywhere(doc: &Document, t: usize) -> bool {
    let norm = doc.tokens[t].norm.as_str();
    (0..doc.tokens.len())
        .any(|k| doc.tokens[k].norm == norm && doc.is_capitalized(k) && in_name(doc, k))
}

/// The source word a suspect word most likely misspells.
struct SourceWord {
    text: String,
    /// Whether it stands in a name ("Maren Holloway"): its misspelling is
    /// entity-drift's.
    in_name: bool,
}
