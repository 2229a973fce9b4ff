//! Pieces with no main verb: a source sentence split where no sentence can
//! start ("… and hire 1,200 workers by 2027." → "And hire 1,200 workers by
//! 2027.", "… , including six divers." → "Including six divers."), or a
//! short stub opening on a preposition ("Since then.").

use crate::checks::Context;
use crate::lexicon::wordnet::{VERB, lemmas, parts_as_written};
use crate::text::Document;
use crate::text::tokens::Token;

/// Auxiliaries and modals: finite verbs whatever follows.
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "am", "has", "have", "had", "do", "does", "did", "will", "would",
    "can", "could", "may", "might", "must", "shall", "should",
];

/// Subject pronouns: a clause of their own whatever verb follows ("they hire").
const SUBJECTS: &[&str] = &["i", "we", "you", "he", "she", "it", "they"];

/// Verbs whose past form is their base form ("The strike hit hardest on …").
const UNCHANGED_PASTS: &[&str] = &[
    "hit",
    "cut",
    "put",
    "set",
    "let",
    "shut",
    "cost",
    "hurt",
    "spread",
    "quit",
    "bid",
    "cast",
    "split",
    "burst",
    "read",
    "shed",
    "upset",
    "broadcast",
    "forecast",
];

/// Words that open a clause whose verb is not the sentence's own, up to the
/// next comma ("As crews walked out over pay.", "And that 65 were vacant.").
const SUBORDINATING: &[&str] = &[
    "as", "when", "after", "before", "while", "since", "because", "if", "although", "though",
    "where", "which", "who", "whom", "whose", "that", "until", "unless", "whether", "once",
];

/// Words before a plural noun that rule out reading it as a verb ("the
/// prices", "112 schools").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "some", "many",
    "several", "all", "both",
];

/// Prepositions a stub may open on ("Since then.", "As well as.").
const STUB_OPENERS: &[&str] = &[
    "since",
    "until",
    "as",
    "before",
    "after",
    "for",
    "with",
    "without",
    "despite",
    "including",
];

/// Longest piece read as a stub when the source does not hold it.
const STUB_WORDS: usize = 3;

/// Whether the statement `words` (of a sentence past the headline) has no
/// main verb and is either a piece of one longer source sentence, word for
/// word, or a stub of a few words opening on a preposition.
pub(super) fn verbless_piece(ctx: &Context, doc: &Document, words: &[&Token]) -> bool {
    let stub = words.len() <= STUB_WORDS
        && words
            .first()
            .is_some_and(|w| STUB_OPENERS.contains(&w.norm.as_str()));
    words.len() >= 2
        && !has_main_verb(doc, words)
        && (stub || ctx.source.is_some_and(|s| piece_of(s.doc, words)))
}

/// Conjunctions a rewriter leaves before a predicate split from its subject.
const COORDINATORS: &[&str] = &["and", "but", "or", "yet"];

/// Words after which a past form is a verb, not an adjective ("wanted a",
/// "said that", against "increased costs").
const OBJECT_OPENERS: &[&str] = &["to", "a", "an", "the", "that", "\""];

/// Whether the statement `words` opens on a conjunction and then a verb
/// with no subject ("But would review the study.", "But wanted \"a proper
/// explanation\" first."): a predicate split from its sentence.
pub(super) fn subjectless(doc: &Document, words: &[&Token]) -> bool {
    let [first, verb, next, ..] = words else {
        return false;
    };
    let opens_object = OBJECT_OPENERS.contains(&next.norm.as_str())
        || doc.text[verb.end..next.start].contains('"');
    let past = !verb.norm.ends_with('s') && is_finite(&verb.norm, None);
    COORDINATORS.contains(&first.norm.as_str())
        && !SUBJECTS.contains(&verb.norm.as_str())
        && (AUXILIARIES.contains(&verb.norm.as_str()) || (past && opens_object))
}

/// Whether `words` stand, word for word, inside one longer sentence of `src`.
fn piece_of(src: &Document, words: &[&Token]) -> bool {
    src.sentences.iter().any(|sentence| {
        let theirs: Vec<&Token> = src.tokens[sentence.tokens.clone()]
            .iter()
            .filter(|t| t.is_wordlike())
            .collect();
        theirs.len() > words.len()
            && theirs
                .windows(words.len())
                .any(|w| w.iter().zip(words).all(|(a, b)| a.norm == b.norm))
    })
}

/// Whether a finite verb (or a subject pronoun) stands outside every clause
/// a subordinating word opens; such a clause runs to the next comma.
fn has_main_verb(doc: &Document, words: &[&Token]) -> bool {
    let mut subordinate = false;
    for (i, w) in words.iter().enumerate() {
        if i > 0 && comma_before(doc, w) {
            subordinate = false;
        }
        let word = w.norm.as_str();
        if SUBORDINATING.contains(&word) {
            subordinate = true;
        } else if !subordinate && is_finite(word, i.checked_sub(1).map(|p| words[p])) {
            return true;
        }
    }
    false
}

/// Whether a comma stands right before token `w`.
fn comma_before(doc: &Document, w: &Token) -> bool {
    doc.text[..w.start].trim_end().ends_with(',')
}

/// Whether `word` is a finite verb or a subject: an auxiliary, a contraction
/// ("won't"), a subject pronoun, or a verb's past or third-person form that
/// follows no determiner or figure ("walked", "took", "rises", "hit").
fn is_finite(word: &str, before: Option<&Token>) -> bool {
    if AUXILIARIES.contains(&word) || SUBJECTS.contains(&word) || UNCHANGED_PASTS.contains(&word) {
        return true;
    }
    if word.contains('\'') || word.contains('’') {
        return !(word.ends_with("'s") || word.ends_with("s'") || word.ends_with("’s"));
    }
    if word.ends_with("ing") {
        return false;
    }
    let nominal = before.is_some_and(|b| {
        DETERMINERS.contains(&b.norm.as_str()) || b.norm.starts_with(|c: char| c.is_ascii_digit())
    });
    let inflected_verb = lemmas(word)
        .iter()
        .any(|l| l != word && parts_as_written(l) & VERB != 0);
    inflected_verb && !(nominal && word.ends_with('s'))
}
