//! Pieces with no main verb: a source sentence split where no sentence can
//! start ("… and hire 1,200 workers by 2027." → "And hire 1,200 workers by
//! 2027.", "… , including six divers." → "Including six divers."), or a
//! short stub opening on a preposition ("Since then.").

use super::source_cut::SAYING;
use crate::checks::Context;
use crate::lexicon::determiners::{
    is_article, is_plural_demonstrative, is_plural_quantifier, is_possessive,
};
use crate::lexicon::wordnet::{NOUN, VERB, lemmas, parts_as_written, parts_of_speech};
use crate::text::Document;
use crate::text::tokens::{Token, TokenKind};

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

/// Whether `w`, before a plural noun, rules out reading it as a verb ("the
/// prices", "these schools", "several towns"): an article, a possessive, a
/// plural demonstrative or quantifier.
fn determiner(w: &str) -> bool {
    is_article(w) || is_possessive(w) || is_plural_demonstrative(w) || is_plural_quantifier(w)
}

/// Prepositions whose object a plural after them is ("of photographs", "on
/// prices"), never a verb.
pub(super) const NOUN_PREPOSITIONS: &[&str] = &[
    "of", "in", "on", "at", "for", "with", "by", "from", "about", "over", "under", "between",
    "among", "into", "without",
];

/// Prepositions a stub may open on ("Since then.", "As well as.").
const STUB_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
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
    let piece = words.len() >= 2
        && !has_main_verb(doc, words, false)
        && (stub || ctx.source.is_some_and(|s| piece_of(s.doc, words)));
    piece
        || participial_split(ctx, doc, words)
        || phrase_only(doc, words)
        || coordinated_phrase(ctx, doc, words)
}

/// Whether the words hold a comma, semicolon or colon, after which a main
/// clause could stand.
pub(super) fn has_clause_break(doc: &Document, words: &[&Token]) -> bool {
    match (words.first(), words.last()) {
        (Some(a), Some(b)) => doc.text[a.start..b.end].contains([',', ';', ':']),
        _ => false,
    }
}

/// Fewest words a participial clause split off needs.
const MIN_PARTICIPIAL_WORDS: usize = 3;

/// Whether the statement opens on a participle that the source writes after a
/// comma, with no main verb after its object ("…, wiping $210 million off its
/// value." → "Wiping some $210 million off its value."): a participial clause
/// split off its sentence.
fn participial_split(ctx: &Context, doc: &Document, words: &[&Token]) -> bool {
    let Some(source) = ctx.source else {
        return false;
    };
    let [first, _, rest @ ..] = words else {
        return false;
    };
    let participle = first.norm.ends_with("ing")
        && lemmas(&first.norm)
            .iter()
            .any(|l| *l != first.norm && parts_as_written(l) & VERB != 0);
    participle
        && words.len() >= MIN_PARTICIPIAL_WORDS
        && !has_clause_break(doc, words)
        && !has_main_verb(doc, rest, true)
        && source
            .doc
            .folded
            .text
            .to_lowercase()
            .contains(&format!(", {} ", first.norm))
}

/// Prepositions that open a phrase with no clause of its own ("With trains
/// every three minutes at peak times.").
const PHRASE_OPENERS: &[&str] = &["with", "without", "including"];

/// Whether a statement longer than a stub is one phrase opened by a
/// preposition, with no comma after which a main clause could stand and no
/// main verb after the preposition's object.
fn phrase_only(doc: &Document, words: &[&Token]) -> bool {
    let [first, _, rest @ ..] = words else {
        return false;
    };
    words.len() > STUB_WORDS
        && PHRASE_OPENERS.contains(&first.norm.as_str())
        && !has_clause_break(doc, words)
        && !has_main_verb(doc, rest, true)
}

/// Whether a statement is a conjunction and a prepositional phrase cut from one
/// longer source sentence ("… beneath the road and on higher steel prices." →
/// "And on higher steel prices."), with no main verb.
fn coordinated_phrase(ctx: &Context, doc: &Document, words: &[&Token]) -> bool {
    let [first, second, ..] = words else {
        return false;
    };
    COORDINATORS.contains(&first.norm.as_str())
        && (super::TRAILING_PHRASES.contains(&second.norm.as_str())
            || PHRASE_OPENERS.contains(&second.norm.as_str()))
        && !has_clause_break(doc, words)
        && !has_main_verb(doc, words, true)
        && ctx.source.is_some_and(|s| piece_of(s.doc, words))
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
        && (AUXILIARIES.contains(&verb.norm.as_str())
            || (past && opens_object)
            || present_with_object(verb, next))
}

/// Whether `verb` is a third-person present followed by an article or a
/// figure ("And costs £180 to replace."): a noun subject ("And costs rose")
/// would be followed by its verb instead.
fn present_with_object(verb: &Token, next: &Token) -> bool {
    verb.norm.ends_with('s')
        && is_finite(&verb.norm, None)
        && (matches!(next.norm.as_str(), "a" | "an" | "the") || next.kind == TokenKind::Number)
}

/// Whether `words` stand, word for word, inside one longer sentence of `src`.
fn piece_of(src: &Document, words: &[&Token]) -> bool {
    src.sentences.iter().any(|sentence| {
        let theirs: Vec<&Token> = src.tokens[sentence.tokens.clone()]
            .iter()
            .filter(|t| t.is_wordlike())
            .collect();
        theirs.len() > words.len()
            && theirs.windows(words.len()).enumerate().any(|(at, w)| {
                w.iter().zip(words).all(|(a, b)| a.norm == b.norm)
                    && !attribution_tail(src, &theirs[at + words.len()..])
            })
    })
}

/// Most words an attribution closing a source sentence holds ("the agency
/// said").
const ATTRIBUTION_TAIL: usize = 4;

/// Whether the source words after a piece are only an attribution
/// ("…, according to government figures.", "…, the agency said."): the
/// piece is then the source's whole statement, not a piece of one.
fn attribution_tail(src: &Document, tail: &[&Token]) -> bool {
    let (Some(first), Some(last)) = (tail.first(), tail.last()) else {
        return false;
    };
    // "according to …" with no comma after which a clause could go on.
    (first.norm == "according" && !src.text[first.start..last.end].contains(','))
        || (tail.len() <= ATTRIBUTION_TAIL
            && tail.iter().any(|w| SAYING.contains(&w.norm.as_str())))
}

/// Whether a finite verb (or a subject pronoun) stands outside every clause
/// a subordinating word opens; such a clause runs to the next comma. Read
/// `loose`ly, where the words are known to be cut from their clause, plurals
/// and superlatives are no verbs (see [`loosely_nominal`]).
pub(super) fn has_main_verb(doc: &Document, words: &[&Token], loose: bool) -> bool {
    let mut subordinate = false;
    for (i, w) in words.iter().enumerate() {
        if i > 0 && comma_before(doc, w) {
            subordinate = false;
        }
        let word = w.norm.as_str();
        // "During the trial, that wait fell …": after a comma "that" points
        // at a noun; a relative "that" takes no comma.
        let demonstrative = word == "that" && i > 0 && comma_before(doc, w);
        if SUBORDINATING.contains(&word) && !demonstrative {
            subordinate = true;
        } else if subordinate
            || (loose && loosely_nominal(word))
            || (i > 0 && named(doc, w))
            || attributive(words, i)
        {
            continue;
        } else if !reduced_relative(doc, words, i)
            && (is_finite(word, i.checked_sub(1).map(|p| words[p])) || plural_present(words, i))
        {
            return true;
        }
    }
    false
}

/// Particles and prepositions WordNet also lists as verbs ("villages near
/// the dam"): never a present tense after a plural.
const VERB_LIKE_PARTICLES: &[&str] = &[
    "near", "like", "round", "down", "up", "out", "off", "over", "past", "back", "about",
];

/// Whether `word` is written as a plural ("reporters", not "glass" or
/// "council's"); WordNet decides whether it is a noun.
pub(super) fn plural_form(word: &str) -> bool {
    word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.contains('\'')
}

/// Whether word `i` is a plain verb form right after a plural noun, or after
/// a plural and an "-ly" adverb ("Applications typically take between 30
/// and 45 days"): a present tense, which WordNet's morphology cannot tell
/// from the base form.
fn plural_present(words: &[&Token], i: usize) -> bool {
    let word = words[i].norm.as_str();
    let plural_form = |k: usize| plural_form(&words[k].norm);
    let subject = match i {
        0 => None,
        1 => Some(0),
        _ if plural_form(i - 1) => Some(i - 1),
        _ if words[i - 1].norm.ends_with("ly") => Some(i - 2),
        _ => None,
    };
    subject.is_some_and(|k| plural_form(k) && parts_of_speech(&words[k].norm) & NOUN != 0)
        && !word.ends_with('s')
        && !VERB_LIKE_PARTICLES.contains(&word)
        && parts_as_written(word) & VERB != 0
        && lemmas(word).iter().any(|l| l == word)
}

/// Whether token `w`, past a piece's first word, is capitalised: a word of a
/// name ("Grantham Falls"), not a verb.
fn named(doc: &Document, w: &Token) -> bool {
    doc.text[w.start..].starts_with(char::is_uppercase)
}

/// Whether `w` is an article or possessive ("its", "their", "our"): what
/// follows it opens a noun phrase ("the planned cuts"), where "several" or
/// "these" may stand for one ("Several heckled councillors").
fn noun_opener(w: &str) -> bool {
    is_article(w) || is_possessive(w)
}

/// Whether word `i` is a past participle between an article or figure and a
/// noun ("86 scheduled flights", "the planned cuts"): an adjective there.
fn attributive(words: &[&Token], i: usize) -> bool {
    let (Some(before), Some(after)) = (i.checked_sub(1).map(|p| words[p]), words.get(i + 1)) else {
        return false;
    };
    words[i].norm.ends_with("ed")
        && (noun_opener(&before.norm) || before.norm.starts_with(|c: char| c.is_ascii_digit()))
        && parts_of_speech(&after.norm) & NOUN != 0
        && !determiner(&after.norm)
}

/// Whether a word is read as no verb where a piece is known to be cut from
/// its clause: a plural ("prices") or a superlative ("wettest"), which
/// WordNet's morphology would take for "price" or "wet".
fn loosely_nominal(word: &str) -> bool {
    word.ends_with("est") || (word.ends_with('s') && !AUXILIARIES.contains(&word))
}

/// Whether word `i` is a participle opening a reduced relative clause: after
/// the sentence's first comma and before "by" ("The refit, designed by
/// Solberg & Mace."), it is no main verb. After a later comma it may be
/// ("Sales, meanwhile, rose by 3%.").
fn reduced_relative(doc: &Document, words: &[&Token], i: usize) -> bool {
    i > 0
        && comma_before(doc, words[i])
        && !doc.text[words[0].start..words[i - 1].end].contains(',')
        && words.get(i + 1).is_some_and(|n| n.norm == "by")
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
        determiner(&b.norm)
            || b.norm.starts_with(|c: char| c.is_ascii_digit())
            || NOUN_PREPOSITIONS.contains(&b.norm.as_str())
            || b.norm.ends_with("ed")
            || b.norm.ends_with("ing")
    });
    let inflected_verb = lemmas(word)
        .iter()
        .any(|l| l != word && parts_as_written(l) & VERB != 0 && !comparative_of(word, l));
    inflected_verb && !(nominal && word.ends_with('s'))
}

/// Whether `word` is `lemma` with a comparative or superlative ending
/// ("lower" of "low", "toddler" read as "toddle" + "-r"): adjective
/// morphology, which makes no verb form of a verb spelt like the lemma.
fn comparative_of(word: &str, lemma: &str) -> bool {
    word.strip_prefix(lemma)
        .is_some_and(|ending| matches!(ending, "er" | "r" | "est" | "st"))
}
