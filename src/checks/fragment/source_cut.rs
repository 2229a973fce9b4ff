//! Where a sentence is cut against its aligned source: it stops on words the
//! source goes on after, mid-phrase or on a bare count.

use super::adjunct::{intransitive, opens_adjunct};
use super::stranding::STRANDABLE;
use crate::checks::Context;
use crate::checks::grammar::BE;
use crate::lexicon::determiners::{self, is_article, is_demonstrative};
use crate::lexicon::wordnet::{
    ADJECTIVE, ADVERB, NOUN, VERB, lemmas, parts_as_written, parts_of_speech,
};
use crate::text::Document;
use crate::text::numbers::{is_year_value, plain_number};
use crate::text::tokens::Token;
use crate::text::words::is_stopword;

/// Adverbs that close a clause after its object ("call this a success
/// yet"): a rewrite may drop them without cutting the phrase.
pub(super) const CLAUSE_FINAL: &[&str] = &["yet", "either", "too", "again", "already", "anyway"];

/// Whether a word is a noun's possessive ("year's"), which needs the noun it owns.
pub(super) fn is_possessive(word: &str) -> bool {
    word.len() > 2 && (word.ends_with("'s") || word.ends_with("s'"))
}

/// Whether the source sentence aligned with suspect sentence `k` holds its last two
/// words followed by another word.
pub(super) fn source_goes_on(ctx: &Context, k: usize, last_two: [&str; 2]) -> bool {
    source_continuation(ctx, k, last_two, false).is_some()
}

/// The source word that follows the suspect sentence's last two words (the
/// first content word among the next few, or with `immediate` the next word
/// if it is one), where the source goes on after them (see [`source_goes_on`]).
pub(super) fn source_continuation<'a>(
    ctx: &Context<'a>,
    k: usize,
    last_two: [&str; 2],
    immediate: bool,
) -> Option<&'a str> {
    let source = ctx.source?;
    let src: &Document = source.doc;
    // A stray piece aligned with nothing ("Since then.") is looked for in the
    // whole source.
    let range = match source.alignment.pair_of(k) {
        Some(pair) => pair.source_tokens(src),
        None => 0..src.tokens.len(),
    };
    let tokens = &src.tokens[range];
    let word = |j: usize| {
        tokens
            .get(j)
            .filter(|t| t.is_wordlike())
            .map(|t| t.norm.as_str())
    };
    let comma = |j: usize| tokens[j].norm == ",";
    (1..tokens.len().saturating_sub(1)).find_map(|j| {
        // A comma may stand before the last word ("Aurora-2, in 2027" →
        // "Aurora-2, in.") but not after it ("lie within, the coach said"),
        // except after "then" ("Since then, prices rose" → "Since then.").
        let before = if comma(j - 1) {
            j.checked_sub(2)
        } else {
            Some(j - 1)
        };
        let then_comma = comma(j + 1) && last_two[1] == "then";
        let next = j + 1 + usize::from(then_comma);
        // "came on in the cockpit": "on" was a particle there too, and
        // what the suspect dropped is an adjunct, not its object.
        let particle =
            !immediate && opens_adjunct(last_two[1]) && word(next).is_some_and(opens_adjunct);
        let found =
            word(j) == Some(last_two[1]) && before.and_then(word) == Some(last_two[0]) && !particle;
        // The first content word after them, else the next word; with
        // `immediate`, only a content word right after them ("a backup diesel
        // generator", not "a spokesman for the council").
        let content = if immediate {
            word(next).filter(|w| !is_stopword(w) && !FOCUSING.contains(w))
        } else {
            (next..tokens.len().min(next + 3))
                .map_while(word)
                .find(|w| !is_stopword(w))
                .or(word(next))
        };
        found.then_some(content).flatten()
    })
}

/// Focusing adverbs: after a noun they open an adjunct ("a prosecution
/// even if a suspect were identified"), never go on with the noun phrase.
const FOCUSING: &[&str] = &[
    "even",
    "only",
    "just",
    "especially",
    "particularly",
    "mainly",
    "largely",
    "partly",
    "chiefly",
    "mostly",
    "simply",
    "merely",
];

/// Whether a sentence stops on a bare count whose noun the source goes on
/// with ("… on three." against "… on three consecutive nights"); a year or a
/// figure followed by a preposition in the source ("14 to 9 in favour") is no
/// cut.
pub(super) fn number_cut(ctx: &Context, k: usize, words: &[&Token]) -> bool {
    let [.., before, last] = words else {
        return false;
    };
    let count = plain_number(&last.norm).is_some_and(|v| !is_year_value(v));
    count
        && !elliptical(words)
        && source_continuation(ctx, k, [before.norm.as_str(), last.norm.as_str()], true).is_some()
}

/// Whether a final bare count leaves out a noun the sentence already counted
/// ("at 41 of the sites … and went up at nine").
fn elliptical(words: &[&Token]) -> bool {
    words[..words.len() - 1]
        .windows(2)
        .any(|w| plain_number(&w[0].norm).is_some_and(|v| !is_year_value(v)) && w[1].norm == "of")
}

/// Whether `w` is a determiner that carries a phrase on after a cut
/// ("installed a new stage", "to publish its response"), unlike a
/// preposition or conjunction that opens an adjunct the suspect may drop:
/// an article, a possessive, a demonstrative but "that", which may open a
/// clause.
fn phrase_goes_on(w: &str) -> bool {
    is_article(w) || determiners::is_possessive(w) || (is_demonstrative(w) && w != "that")
}

/// Verbs of saying and reckoning: "…, the mayor said.", "…, the chamber
/// estimated.", "…, officials believe." end a sentence whatever the source
/// put after them.
pub(super) const SAYING: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "stated",
    "explained",
    "noted",
    "wrote",
    "estimated",
    "estimates",
    "reported",
    "reports",
    "announced",
    "confirmed",
    "warned",
    "argued",
    "claimed",
    "insisted",
    "predicted",
    "believed",
    "thought",
    "calculated",
    "say",
    "believe",
    "believes",
    "think",
    "thinks",
    "expect",
    "expects",
    "fear",
    "fears",
    "suspect",
    "suspects",
    "reckon",
    "reckons",
    "estimate",
    "warn",
    "warns",
    "argue",
    "argues",
    "claim",
    "claims",
    "insist",
    "insists",
    "admit",
    "admits",
    "concede",
    "concedes",
];

/// Whether a sentence stops mid-phrase: its last two words stand in the
/// aligned source followed at once by a content word or a determiner the
/// sentence does not have ("closed to heavy." against "closed to heavy
/// vehicles", "installed." against "installed a new stage").
pub(super) fn mid_phrase_cut(ctx: &Context, k: usize, words: &[&Token]) -> bool {
    let [.., before, last] = words else {
        return false;
    };
    let Some(tokens) = aligned_source(ctx, k) else {
        return false;
    };
    let parts = parts_of_speech(&last.norm);
    let written = parts_as_written(&last.norm);
    let object = matches!(last.norm.as_str(), "them" | "him" | "us" | "it");
    // A noun ends a phrase as often as not ("… in March" before "prices");
    // an adjective after a function word ("to heavy", "its main") or a verb
    // does not. An adjective takes no plural, and "-ing" only as an adjective
    // ("from neighbouring."; "a package of cuts.", "at the opening." are
    // nouns).
    let inflected = last.norm.ends_with('s')
        || (last.norm.ends_with("ing") && written & (ADJECTIVE | NOUN) != ADJECTIVE);
    // After "was" an adjective or participle completes the clause ("The
    // scheme was approved." before "unanimously"), and after "than" or "as"
    // it completes an elliptical clause ("fewer buyers than expected", "would
    // go ahead as planned." before "this weekend").
    let predicative =
        BE.contains(&before.norm.as_str()) || matches!(before.norm.as_str(), "than" | "as");
    let determined = is_stopword(&before.norm) || QUANTIFIERS.contains(&before.norm.as_str());
    let adjective = parts & ADJECTIVE != 0 && !inflected && determined && !predicative;
    // "used boats to rescue." before "residents": an infinitive cut off.
    let infinitive = before.norm == "to" && parts & VERB != 0 && !intransitive(&last.norm);
    // A past form that is no noun ("and covered.") cut before its object.
    let past =
        last.norm.ends_with("ed") && written & NOUN == 0 && parts & VERB != 0 && !predicative;
    // An irregular past form ("took", "began") is only the verb, though its
    // base form is a noun too ("a take").
    let irregular_past = written == 0
        && parts & VERB != 0
        && !last.norm.ends_with('s')
        && !is_stopword(&last.norm)
        && !lemmas(&last.norm).contains(&last.norm);
    let verb = ((parts != 0 && parts & NOUN == 0) || irregular_past) && !predicative;
    let open = object || adjective || past || verb || infinitive;
    if !open
        || SAYING.contains(&last.norm.as_str())
        || plain_number(&last.norm).is_some()
        || (parts & ADVERB != 0 && closing_adverb(&before.norm, &last.norm))
    {
        return false;
    }
    // A past form may end its clause ("was approved" before "unanimously"):
    // only an object cut off after it counts.
    let goes_on = |next: &str| {
        if past && !adjective && parts & NOUN != 0 {
            phrase_goes_on(next)
        } else {
            // "the final since 2011": an adjunct follows a whole phrase.
            (!is_stopword(next) && !opens_adjunct(next)) || phrase_goes_on(next)
        }
    };
    // "the family firm that owned them closed" → "…, following the closure
    // of the family firm that owned them.": the pronoun closed a relative
    // clause of the source's subject, and a verb follows; where the copy
    // made that phrase the object of a preposition the source has not there,
    // it restructured the clause ("after the family firm that owned them."
    // word for word is cut).
    let relative_closed = object
        && relative_object(words).is_some_and(|p| {
            let source_words: Vec<&str> = tokens
                .iter()
                .filter(|t| t.is_wordlike())
                .map(|t| t.norm.as_str())
                .collect();
            let phrase: Vec<&str> = words[p..].iter().map(|t| t.norm.as_str()).collect();
            !source_words.windows(phrase.len()).any(|w| w == phrase)
        });
    // Punctuation may stand between the two words ("of 5%, took" before
    // "effect"), not after the last.
    let word_before = |j: usize| {
        tokens[..j]
            .iter()
            .rev()
            .find(|t| t.is_wordlike())
            .map(|t| t.norm.as_str())
    };
    (0..tokens.len().saturating_sub(1)).any(|j| {
        let next = &tokens[j + 1];
        word_before(j) == Some(before.norm.as_str())
            && tokens[j].norm == last.norm
            && next.is_wordlike()
            && goes_on(&next.norm)
            // "register of them exists" → "no register of them.": the two
            // words closed the source's subject, and its verb follows; the
            // suspect put them at the end of a clause of its own.
            && parts_of_speech(&next.norm) != VERB
            && !(relative_closed && parts_of_speech(&next.norm) & VERB != 0)
            // "on the treated ones" → "on the treated": the pro-form drops
            // for a noun the sentence named before, an ellipsis, not a cut.
            && next.norm != "ones"
            // A content word the sentence has elsewhere was moved, not cut.
            && (phrase_goes_on(&next.norm)
                || !words.iter().any(|t| t.norm == next.norm))
    })
}

/// Whether two words are an adverb WordNet writes as one ("so far", "as
/// yet", "at last"): a whole adverbial that may close a sentence its source
/// goes on after ("has brought in £11,200 so far." against "has so far
/// raised £11,200").
fn closing_adverb(before: &str, last: &str) -> bool {
    parts_as_written(&format!("{before} {last}")) == ADVERB
}

/// Most words between a preposition and the relative pronoun of a noun
/// phrase it governs ("of the family firm that").
const OBJECT_PHRASE_WORDS: usize = 4;

/// Whether a sentence ends on a relative clause closed by an object pronoun
/// ("that owned them") whose noun phrase a preposition governs ("of the
/// family firm"): the index of that preposition.
fn relative_object(words: &[&Token]) -> Option<usize> {
    let relative = words.len().checked_sub(3)?;
    if !matches!(words[relative].norm.as_str(), "that" | "which" | "who") {
        return None;
    }
    (2..=OBJECT_PHRASE_WORDS)
        .filter_map(|back| relative.checked_sub(back))
        .find(|&p| {
            let preposition = words[p].norm.as_str();
            (opens_adjunct(preposition) || STRANDABLE.contains(&preposition))
                && phrase_goes_on(&words[p + 1].norm)
        })
}

/// Words that may stand before an adjective as a determiner does ("several
/// smaller streams").
const QUANTIFIERS: &[&str] = &[
    "several", "many", "few", "various", "numerous", "both", "two", "three",
];

/// The tokens of the source sentences aligned with suspect sentence `k`.
pub(super) fn aligned_source<'a>(ctx: &Context<'a>, k: usize) -> Option<&'a [Token]> {
    let source = ctx.source?;
    let pair = source.alignment.pair_of(k)?;
    Some(&source.doc.tokens[pair.source_tokens(source.doc)])
}

/// Whether the source sentence aligned with suspect sentence `k` ends on the
/// same word: a preposition stranded there too ("a period to draw
/// conclusions from.") was copied, not cut.
pub(super) fn source_ends_alike(ctx: &Context, k: usize, last: &str) -> bool {
    aligned_source(ctx, k).is_some_and(|tokens| {
        tokens
            .iter()
            .rev()
            .find(|t| t.is_wordlike())
            .is_some_and(|t| t.norm == last)
    })
}

/// Whether a sentence that names a year ends on "since" or "before" where
/// the aligned source has the same two words before a closing "then"
/// ("Skyreach, which lost a rocket in 2022, has flown nine missions since
/// then." → "… since."): the adverb refers back to the year, in the same
/// sense. With no time of its own to refer to ("the first woman to win it
/// since.") the sentence is cut.
pub(super) fn adverbial_then(ctx: &Context, k: usize, words: &[&Token]) -> bool {
    let [rest @ .., before, last] = words else {
        return false;
    };
    let dated = rest
        .iter()
        .any(|w| plain_number(&w.norm).is_some_and(is_year_value));
    dated
        && matches!(last.norm.as_str(), "since" | "before")
        && aligned_source(ctx, k).is_some_and(|tokens| {
            tokens.windows(3).enumerate().any(|(j, w)| {
                w[0].norm == before.norm
                    && w[1].norm == last.norm
                    && w[2].norm == "then"
                    && tokens.get(j + 3).is_none_or(|t| !t.is_wordlike())
            })
        })
}
