//! Adjectives left with no noun to modify where a noun stood ("a precaution"
//! → "a precautionary", "the fine was" → "the excellent was").

use super::collocation::InContext;
use crate::checks::grammar::MODALS;
use crate::lexicon::determiners::{is_article, is_possessive, is_singular_quantifier};
use crate::lexicon::frequency::bigram_count;
use crate::lexicon::wordnet::{self, ADJECTIVE, NOUN, VERB};
use crate::text::words::is_stopword;

/// Whether `word`, only ever an adjective, stands where a noun stood with no
/// noun after it to modify ("as a precaution after" → "as a precautionary
/// after"); a root in another part of speech elsewhere is as often a sentence
/// rebuilt ("abstentions" → "four abstained", "electoral" → "election officials").
pub(super) fn stranded_adjective(word: &str, next: Option<&str>) -> bool {
    wordnet::parts_of_speech(word) == ADJECTIVE
        && next.is_none_or(|n| wordnet::parts_of_speech(n) & NOUN == 0)
}

/// Whether `to`, only ever an adjective, replaced `from`, a word WordNet
/// knows as a noun, right after an article or possessive and with no noun,
/// adjective or figure after it to modify ("the fine was" → "the excellent
/// was", "a retrospective at" → "a nostalgic at"): a thesaurus took the noun
/// for the adjective spelt like it. After "this" or "that" an adjective may
/// stand alone ("heatwaves this intense").
pub(super) fn noun_read_as_adjective(from: &InContext, to: &InContext) -> bool {
    let headless = to.after.is_none_or(|n| {
        !n.starts_with(|c: char| c.is_ascii_digit())
            && (is_stopword(n) || wordnet::parts_of_speech(n) & (NOUN | ADJECTIVE) == 0)
    });
    wordnet::parts_of_speech(to.word) == ADJECTIVE
        && wordnet::parts_of_speech(from.word) & NOUN != 0
        && to.before.is_some_and(determiner)
        && headless
}

/// Whether `to`, only ever a verb, in its "-s" form replaced `from`, a
/// plural WordNet knows as a noun, right after an article, possessive or
/// figure and with no noun or adjective after it before a punctuation mark
/// (`closed`): a thesaurus took the plural for the verb spelt like it ("nine
/// rounds, level" → "nine adjusts, level"). A bare verb there is as often a
/// noun WordNet lacks ("the restart", "the revamp").
pub(super) fn noun_read_as_verb(from: &InContext, to: &InContext, closed: bool) -> bool {
    let after_article = to
        .before
        .is_some_and(|b| determiner(b) || b.starts_with(|c: char| c.is_ascii_digit()));
    let headless = || {
        closed
            || to.after.is_none_or(|n| {
                is_stopword(n) || wordnet::parts_of_speech(n) & (NOUN | ADJECTIVE) == 0
            })
    };
    to.word.ends_with('s')
        && from.word.ends_with('s')
        && after_article
        && wordnet::parts_of_speech(to.word) == VERB
        && wordnet::parts_of_speech(from.word) & NOUN != 0
        && headless()
}

/// Whether `w` is an article, possessive or singular quantifier, after which
/// a noun phrase begins.
pub(super) fn determiner(w: &str) -> bool {
    is_article(w) || is_possessive(w) || is_singular_quantifier(w)
}

/// Whether `to`, an adjective, stands as the head of a noun phrase before
/// "of" where `from`, a noun or a quantifier, did, its neighbours unchanged
/// ("the whole of 2023" → "the entire of 2023", "Many of the" → "Numerous of
/// the"): an adjective there has no noun to modify, whichever sense a
/// thesaurus gave it. Heads an adjective can be ("the best of", "the older
/// of", "the poor of") are left: a comparative or superlative, and a word
/// with a noun sense but a third as many as its adjective senses; so is a
/// word sharing a noun sense with `from` ("the option of" → "the alternative
/// of"), a noun there.
pub(super) fn adjective_as_head(from: &InContext, to: &InContext) -> bool {
    let opens_phrase = to
        .before
        .is_none_or(|b| determiner(b) || HEAD_PREPOSITIONS.contains(&b));
    let of = to.after == Some("of") && from.after == Some("of") && to.before == from.before;
    of && opens_phrase
        && !QUANTIFIERS.contains(&to.word)
        && (QUANTIFIERS.contains(&from.word) || wordnet::parts_of_speech(from.word) & NOUN != 0)
        && mainly_adjective(to.word)
        && bigram_count(to.word, "of") == 0
        && bigram_count(from.word, "of") > 0
        && !wordnet::shared_senses(from.word, to.word)
            .iter()
            .any(|&(part, _)| part == NOUN)
}

/// Whether `word` is an adjective in its own base form with no verb sense
/// and at most a third as many noun senses as adjective senses.
fn mainly_adjective(word: &str) -> bool {
    let parts = wordnet::parts_of_speech(word);
    if parts & ADJECTIVE == 0
        || parts & VERB != 0
        || !wordnet::lemmas(word).iter().any(|l| l == word)
    {
        return false;
    }
    let senses = wordnet::shared_senses(word, word);
    let count = |part: u8| senses.iter().filter(|(p, _)| *p == part).count();
    count(NOUN) * 3 <= count(ADJECTIVE)
}

/// Prepositions after which a noun phrase begins.
const HEAD_PREPOSITIONS: &[&str] = &[
    "of", "in", "on", "at", "for", "with", "by", "from", "to", "among", "than",
];

/// Quantifiers that head a noun phrase before "of" ("many of", "most of").
const QUANTIFIERS: &[&str] = &[
    "many", "most", "much", "some", "several", "all", "few", "none", "both", "each", "either",
    "neither", "any", "half", "more", "less", "fewer",
];

/// Whether `to`, a word WordNet knows only as a noun or adjective, replaced
/// `from`, the base form of a verb, between "to" or a modal and an object
/// pronoun, or between a modal and an article, its neighbours unchanged and
/// no punctuation after it (`closed`): only a verb can stand there ("nurses
/// to staff it" → "nurses to personnel it"). After "to" an article may
/// follow a noun ("returned to work the next day").
pub(super) fn verb_read_as_noun(from: &InContext, to: &InContext, closed: bool) -> bool {
    let (Some(before), Some(after)) = (to.before, to.after) else {
        return false;
    };
    // "may" is as often the month.
    let modal = MODALS.contains(&before) && before != "may";
    let slot =
        (modal || before == "to") && (OBJECTS.contains(&after) || modal && determiner(after));
    let base = |w: &str| wordnet::lemmas(w).iter().any(|l| l == w);
    let parts = wordnet::parts_of_speech(to.word);
    slot && !closed
        && (from.before, from.after) == (to.before, to.after)
        && parts != 0
        && parts & VERB == 0
        && wordnet::parts_of_speech(from.word) & VERB != 0
        && base(from.word)
        && base(to.word)
}

/// Object pronouns, which only a verb or preposition takes.
const OBJECTS: &[&str] = &["it", "them", "him", "us", "me"];
