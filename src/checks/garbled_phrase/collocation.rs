//! Collocations a substitute keeps or breaks, counted in the embedded bigram
//! table: the words before and after it, the preposition it is tied to.

use super::stranded::determiner;
use super::{COLLOCATION_FACTOR, PREPOSITION_LOST, STRONG_COLLOCATION, SYNONYM_BREAKS_PHRASE};
use crate::align::units::Units;
use crate::lexicon::frequency::{bigram_count, rank};
use crate::lexicon::{thesaurus, wordnet};
use crate::text::numbers::is_calendar_word;
use crate::text::words::is_stopword;

/// A word with its neighbours in its own sentence.
pub(super) struct InContext<'a> {
    /// The word.
    pub(super) word: &'a str,
    /// The word before it.
    pub(super) before: Option<&'a str>,
    /// The word after it.
    pub(super) after: Option<&'a str>,
    /// The word after `after`: the object of a preposition there.
    pub(super) object: Option<&'a str>,
    /// Whether `before` is an earlier part of the word's own token (a
    /// hyphenated compound's: "early-morning"), not a word of its own.
    pub(super) joined: bool,
}

impl<'a> InContext<'a> {
    /// Unit `i` of `part` (a stretch of `whole`'s tokens) read in `whole`,
    /// its sentence: the second part of a hyphenated word ("AI-driven":
    /// "driven") or of a contraction is found as that part, not as the
    /// token's first.
    pub(super) fn of(whole: &'a Units, part: &Units, i: usize) -> Option<Self> {
        let token = *part.token.get(i)?;
        let first = part.token.iter().position(|&x| x == token)?;
        let at = whole.token.iter().position(|&x| x == token)? + (i - first);
        if whole.token.get(at) != Some(&token) {
            return None;
        }
        let text = &whole.text;
        Some(InContext {
            word: text.get(at)?.as_str(),
            before: at
                .checked_sub(1)
                .and_then(|b| text.get(b))
                .map(String::as_str),
            after: text.get(at + 1).map(String::as_str),
            object: text.get(at + 2).map(String::as_str),
            joined: i > first,
        })
    }
}

/// The counts of `from` and of `to` with the word after each, when `from` is
/// followed by a preposition it may be tied to and `to` by a preposition too
/// (a phrasal verb swapped for a plain one, "look at" → "examine", keeps no
/// preposition to break).
fn preposition_counts(from: &InContext, to: &InContext) -> Option<(u64, u64)> {
    match (from.after, to.after) {
        (Some(x), Some(y)) if PREPOSITIONS.contains(&x) && PREPOSITIONS.contains(&y) => {
            Some((bigram_count(from.word, x), bigram_count(to.word, y)))
        }
        _ => None,
    }
}

/// Whether a preposition's object is a date or a figure ("work on Wednesday"):
/// the preposition may belong to it rather than to a word that is not a synonym.
fn is_time_or_figure(object: &str) -> bool {
    is_calendar_word(object) || object.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether `to` never follows the word `from` followed, where that pair was
/// counted at least `usual` times ("be eligible" → "be worthy"); a phrasal
/// verb ("to recover" → "to claw back") is not counted as its first word.
pub(super) fn unseen_after(from: &InContext, to: &InContext, usual: u64) -> bool {
    match (from.before, to.before) {
        (Some(x), Some(y)) if x == y && !to.after.is_some_and(|a| PARTICLES.contains(&a)) => {
            bigram_count(x, from.word) >= usual && bigram_count(x, to.word) == 0
        }
        _ => false,
    }
}

/// Whether `to` breaks a strong collocation `from` formed: with the preposition
/// after it ("aimed at" → "purified for", "focus on" → "attention on"). A
/// substitute that forms with its preposition a phrase WordNet lists as a
/// synonym of the original's ("depending on" → "contingent upon") keeps it.
pub(super) fn breaks_collocation(from: &InContext, to: &InContext) -> bool {
    !from.object.is_some_and(is_time_or_figure)
        && preposition_counts(from, to).is_some_and(|(a, b)| {
            a >= STRONG_COLLOCATION && b < COMMON_PAIR && b * COLLOCATION_FACTOR < a
        })
        && !phrase_synonym(from, to)
}

/// Whether `to` with the preposition after it is a WordNet synonym of `from`
/// with its own ("depending on" → "contingent upon").
fn phrase_synonym(from: &InContext, to: &InContext) -> bool {
    let (Some(x), Some(y)) = (from.after, to.after) else {
        return false;
    };
    wordnet::synonym_rank(&format!("{} {x}", from.word), &format!("{} {y}", to.word)).is_some()
}

/// Why a synonym of `from` reads in another sense: it is cut off from the
/// preposition `from` was strongly tied to ("founded in" → "instituted in").
/// A synonym merely never seen after the word before it ("early spring" →
/// "early leap") is no evidence: on tune it was a careful choice six times
/// for every garbled word it found ("still needs" → "still requires").
pub(super) fn abandons_collocation(from: &InContext, to: &InContext) -> Option<&'static str> {
    if loses_governed_of(from, to) {
        return Some(PREPOSITION_LOST);
    }
    preposition_counts(from, to)
        .is_some_and(|(a, b)| a >= STRONG_COLLOCATION && b * ABANDONED_FACTOR < a)
        .then_some(SYNONYM_BREAKS_PHRASE)
}

/// Whether `to`, a synonym of `from`, kept the "of" that `from`, only ever a
/// verb, governs ("consist of" → "comprise of", "dispose of" → "discard
/// of"), where the bigram table never counts `to` before "of": a verb that
/// takes its object directly cannot take the preposition, so a thesaurus
/// swapped the verb alone. "Of" after a noun or adjective belongs as often
/// to what follows ("a lot of", "full of").
fn loses_governed_of(from: &InContext, to: &InContext) -> bool {
    from.after == Some("of")
        && to.after == Some("of")
        && wordnet::parts_of_speech(from.word) == wordnet::VERB
        && wordnet::parts_of_speech(to.word) & wordnet::VERB != 0
        && bigram_count(from.word, "of") >= STRONG_COLLOCATION
        && bigram_count(to.word, "of") == 0
}

/// A collocation this many times weaker than the original's is abandoned even
/// by a synonym.
const ABANDONED_FACTOR: u64 = 100;

/// Whether `to` forms no known pair where `from` formed a fixed phrase with the
/// same content word beside it ("joint venture" → "joint adventure"). A
/// degree adverb makes no fixed phrase with the word it grades: "too far" is
/// counted because both words are common, and "too remote" or "excessively
/// far" grade the same way.
pub(super) fn breaks_compound(from: &InContext, to: &InContext) -> bool {
    breaks_pair(from, to, |_, _| true)
}

/// Whether `to`, no synonym of `from`, broke a fixed phrase as
/// [`breaks_compound`] reads one, where the phrase is a compound noun WordNet
/// lists and the new pair is none ("blood pressure" → "blood stress", "bank
/// account" → "shore account"), or where only the thesaurus links the two
/// words, a spinner's pick ("legal advice" → "legitimate advice"). A word
/// neither linked nor breaking a listed compound is a writer's own choice
/// against a merely frequent pair ("peak periods" → "busy periods", "explain
/// why" → "clarify why", "last season" → "previous season"): on tune it was
/// clean or unlabelled about twice as often as garbled.
pub(super) fn breaks_named_compound(from: &InContext, to: &InContext) -> bool {
    // The thesaurus is asked only where a pair broke.
    breaks_pair(from, to, |(a, b), (c, d)| {
        !is_compound(c, d) && (is_compound(a, b) || thesaurus::related(from.word, to.word))
    })
}

/// Whether a fixed phrase of `from` with the content word beside it became a
/// pair the bigram table does not count, on a side where `named` holds for the
/// old and new pairs.
fn breaks_pair(
    from: &InContext,
    to: &InContext,
    named: impl Fn((&str, &str), (&str, &str)) -> bool,
) -> bool {
    let left = neighbour(from.before, to.before)
        .filter(|x| !DEGREE_ADVERBS.contains(x))
        .is_some_and(|x| {
            broken(bigram_count(x, from.word), || in_either_number(x, to.word))
                && named((x, from.word), (x, to.word))
        });
    let right = neighbour(from.after, to.after)
        .filter(|_| !DEGREE_ADVERBS.contains(&from.word))
        .is_some_and(|x| {
            broken(bigram_count(from.word, x), || in_either_number(to.word, x))
                && named((from.word, x), (to.word, x))
        });
    left || (right && !orders_after_determiner(from))
}

/// The bigram count of `a` before `b` or before another number of the noun
/// `b` ("coming month": "coming months", "peak time": "peak times"): the
/// table counts a phrase in the number it is most often written in, and the
/// other number is the same phrase.
fn in_either_number(a: &str, b: &str) -> u64 {
    let plural = format!("{b}s");
    let singular = wordnet::lemmas(b);
    let others = singular.iter().map(String::as_str).chain([plural.as_str()]);
    others.fold(bigram_count(a, b), |n, o| n.max(bigram_count(a, o)))
}

/// Whether `from` is "last" or "next" after an article or possessive: "last
/// week", the phrase the bigram table counts, names the week before this
/// one, but "the last week of April" orders weeks, as "the final week" does.
fn orders_after_determiner(from: &InContext) -> bool {
    matches!(from.word, "last" | "next") && from.before.is_some_and(determiner)
}

/// Adverbs of degree, which grade any adjective or adverb after them.
const DEGREE_ADVERBS: &[&str] = &[
    "too",
    "very",
    "so",
    "quite",
    "rather",
    "fairly",
    "extremely",
];

/// The content word beside both `from` and `to`, if the same.
fn neighbour<'a>(x: Option<&'a str>, y: Option<&str>) -> Option<&'a str> {
    kept(x, y).filter(|x| is_content_word(x))
}

/// The word beside both the original and the substitute, if the same.
pub(super) fn kept<'a>(x: Option<&'a str>, y: Option<&str>) -> Option<&'a str> {
    x.filter(|x| Some(*x) == y)
}

/// Whether `to`, a synonym of `from` only as a verb, rebuilt a compound noun
/// WordNet lists, `from` with the same word beside it, into a pair neither
/// WordNet nor the bigram table knows ("night shifts" → "night changes",
/// "housing starts" → "housing begins"; "fiscal year" → "financial year" is
/// a compound of its own, "freight trains" → "cargo trains" shares a noun
/// sense).
pub(super) fn breaks_term(from: &InContext, to: &InContext) -> bool {
    let rebuilt = |(a, b): (&str, &str), (c, d): (&str, &str)| {
        bigram_count(c, d) == 0 && is_compound(a, b) && !is_compound(c, d)
    };
    let left =
        neighbour(from.before, to.before).is_some_and(|x| rebuilt((x, from.word), (x, to.word)));
    let right =
        neighbour(from.after, to.after).is_some_and(|x| rebuilt((from.word, x), (to.word, x)));
    (left || right) && verb_sense_only(from.word, to.word)
}

/// Whether `to` is a synonym of `from`, a word of a compound noun, only as a
/// verb ("shifts" → "changes", "starts" → "begins"): a thesaurus took the
/// word in a part of speech the compound rules out. Verb senses reached from
/// a participle modifying the noun ("endangered" → "imperiled") or from an
/// agent noun read as a comparative ("maker" → "producer") clash with nothing.
fn verb_sense_only(from: &str, to: &str) -> bool {
    let shared = wordnet::shared_senses(from, to);
    let loose = ["ed", "ing", "er"].iter().any(|s| from.ends_with(s));
    !loose && !shared.is_empty() && shared.iter().all(|&(part, _)| part == wordnet::VERB)
}

/// Whether `a b` (`b` in any inflection) is a compound noun WordNet lists
/// ("closing price", "fire drill").
pub(super) fn is_compound(a: &str, b: &str) -> bool {
    std::iter::once(b.to_owned())
        .chain(wordnet::lemmas(b).iter().cloned())
        .any(|lb| wordnet::parts_as_written(&format!("{a} {lb}")) & wordnet::NOUN != 0)
}

/// Bigram count of the commonest pairs, whose words are expected together; a
/// substitute pair this common is a phrase of its own ("due to" → "scheduled to").
pub(super) const COMMON_PAIR: u64 = 200_000_000;

/// Whether a fixed phrase counted `a` times became a pair counted `b` times: one
/// the table counts at all is a phrase of its own ("short term" → "near term",
/// "payment details" → "payment information").
fn broken(a: u64, b: impl FnOnce() -> u64) -> bool {
    a >= FIXED_PHRASE && b() == 0
}

/// Whether a neighbour is a content word, not one of the commonest function words.
fn is_content_word(word: &str) -> bool {
    !is_stopword(word) && rank(word) > FUNCTION_WORD_RANK
}

/// Bigram count from which two content words form a fixed phrase ("joint venture").
const FIXED_PHRASE: u64 = 100_000_000;

/// Frequency rank within which a word is a function word, not a content word.
const FUNCTION_WORD_RANK: u32 = 300;

/// Prepositions that tie the word before them into a collocation ("aimed at",
/// "focus on"); "of" and "from" follow too many nouns to tie any, "to" is as
/// often the mark of an infinitive ("asked to accept"), "about" of an estimate.
const PREPOSITIONS: &[&str] = &["at", "on", "in", "for", "with", "by", "into", "as", "upon"];

/// Particles that make a phrasal verb of the word before them ("claw back",
/// "bring forward").
pub(super) const PARTICLES: &[&str] = &[
    "back", "up", "out", "off", "down", "away", "over", "forward",
];

/// Whether `from` made a phrasal verb WordNet lists with the particle after it
/// ("ease off") or after a pronoun object ("rule it out", "let them down")
/// that `to`, a thesaurus synonym of the verb alone or a common verb making
/// no phrasal verb WordNet lists with any particle ("rule her out" → "decide
/// her out"), does not make with the same particle ("govern it out", "allow
/// them down") nor the bigram table count: a spinner looked the verb up and
/// left its particle stranded, where a writer puts another phrasal verb, one
/// WordNet may lack ("cut back" → "scaled back").
pub(super) fn breaks_phrasal_verb(from: &InContext, to: &InContext) -> bool {
    let particle = match (from.after, to.after, from.object, to.object) {
        (Some(x), Some(y), ..) if x == y && PARTICLES.contains(&x) && !LOOSE.contains(&x) => x,
        (Some(x), Some(y), Some(p), Some(q))
            if x == y
                && p == q
                && PRONOUNS.contains(&x)
                && (PARTICLES.contains(&p) || p == "after") =>
        {
            p
        }
        _ => return false,
    };
    let phrasal = |w: &str| phrasal_with(w, particle);
    phrasal(from.word)
        && !phrasal(to.word)
        && wordnet::parts_of_speech(to.word) & wordnet::VERB != 0
        && (wordnet::synonym_rank(from.word, to.word).is_some()
            || rank(to.word) <= COMMON_VERB && !PARTICLES.iter().any(|p| phrasal_with(to.word, p)))
        && bigram_count(to.word, particle) == 0
}

/// Whether WordNet lists `verb` (any form) with `particle` as a phrasal verb.
pub(super) fn phrasal_with(verb: &str, particle: &str) -> bool {
    wordnet::parts_of_speech(&format!("{verb} {particle}")) & wordnet::VERB != 0
}

/// Frequency rank within which a verb that is no synonym is common enough for
/// the bigram table to count it with a particle it takes.
const COMMON_VERB: u32 = 20_000;

/// Particles as often a preposition or adverb of their own right after a verb
/// ("toppled over", "ended down 6%"), a particle only after a pronoun object.
const LOOSE: &[&str] = &["over", "down"];

/// Object pronouns that stand between a phrasal verb and its particle.
const PRONOUNS: &[&str] = &[
    "it", "them", "him", "her", "us", "me", "you", "this", "that",
];

/// Whether `word` and the particle after it make a phrasal verb WordNet lists
/// ("fended off", "staved off"): the verb of a phrasal verb is rare alone, so
/// its rarity is no slip.
pub(super) fn leads_phrasal_verb(word: &str, next: Option<&str>) -> bool {
    next.is_some_and(|p| PARTICLES.contains(&p) && phrasal_with(word, p))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Units of `words`, each with its token.
    fn units(words: &[&str], token: &[usize]) -> Units {
        Units {
            text: words.iter().map(|w| w.to_string()).collect(),
            token: token.to_vec().into(),
            end_token: token.last().map_or(0, |t| t + 1),
        }
    }

    #[test]
    fn a_hyphenated_words_second_part_is_read_as_itself() {
        // "the AI-driven growth": "AI-driven" is one token, two units.
        let whole = units(&["the", "ai", "driven", "growth"], &[0, 1, 1, 2]);
        let swap = units(&["ai", "driven", "growth"], &[1, 1, 2]);
        let second = InContext::of(&whole, &swap, 1).unwrap();
        assert_eq!(second.word, "driven");
        assert_eq!(second.before, Some("ai"));
        assert_eq!(second.after, Some("growth"));
        assert!(second.joined);
        let first = InContext::of(&whole, &swap, 0).unwrap();
        assert_eq!((first.word, first.before), ("ai", Some("the")));
        assert!(!first.joined);
        assert_eq!(InContext::of(&whole, &swap, 2).unwrap().word, "growth");
    }
}
