//! Whether a number, month or ordinal word stands for a value where it is:
//! "may" the verb, "users first", "one of them" do not; "number two" is a
//! rank; "April 13th" is a day of the month, not an ordinal.

use super::Unit;
use super::vocabulary::{ORDINAL_NOUNS, is_calendar_word, is_month_abbreviation, is_month_word};
use crate::lexicon::determiners::{is_article, is_possessive};
use crate::text::Document;
use crate::text::names::is_sentence_initial;
use crate::text::tokens::TokenKind;
use crate::text::words::is_stopword;

/// Whether the word at `at` is used as something other than a value: a month
/// name that is a verb ("may"), an ordinal of manner ("users first"), the
/// pronoun in "one of them".
pub(super) fn loose_word(doc: &Document, at: usize, unit: Unit) -> bool {
    let tokens = &doc.tokens;
    let norm = tokens[at].norm.as_str();
    let next = tokens.get(at + 1).map(|n| n.norm.as_str());
    match unit {
        Unit::Month if is_month_abbreviation(norm) => {
            let dated = tokens
                .get(at + 1)
                .is_some_and(|n| n.norm == "." || n.kind == TokenKind::Number);
            !(dated && doc.is_capitalized(at))
        }
        Unit::Month => match doc.folded_token(at).split_once('-') {
            Some((_, month)) => !month.starts_with(char::is_uppercase),
            None => !doc.is_capitalized(at) || month_ends_name(doc, at),
        },
        // "150 litres a second": the unit of a rate.
        Unit::Ordinal if super::rates::per_second(doc, at) => true,
        Unit::Ordinal if !norm.starts_with(|c: char| c.is_ascii_digit()) => {
            let counted = next.is_some_and(|n| ORDINAL_NOUNS.contains(&n));
            let determined = at.checked_sub(1).is_some_and(|p| {
                let w = tokens[p].norm.as_str();
                is_article(w) || is_possessive(w) || w.ends_with("'s")
            }) || placing_word_before(doc, at)
                .is_some_and(|w| PLACING_VERBS.contains(&w));
            // "first" is as often a matter of order as a figure ("their first complaint").
            !(counted || (determined && norm != "first"))
        }
        // "one of them", "no one", "every one": a pronoun, not a count.
        Unit::Plain => {
            norm == "one"
                && (next == Some("of")
                    || at.checked_sub(1).is_some_and(|p| {
                        matches!(tokens[p].norm.as_str(), "no" | "every" | "any" | "each")
                    }))
        }
        _ => false,
    }
}

/// Whether the month name at `at` ends a name ("Professor Leona March",
/// "Theresa May", "the Women's March"): a capitalised word other than a
/// date's or a preposition's stands before it, inside the sentence, and no
/// day of the month follows.
pub fn month_ends_name(doc: &Document, at: usize) -> bool {
    let Some(before) = at.checked_sub(1) else {
        return false;
    };
    let word = doc.tokens[before].norm.as_str();
    doc.tokens[before].kind == TokenKind::Word
        && doc.is_capitalized(before)
        && !is_sentence_initial(doc, before)
        && !is_stopword(word)
        && !is_calendar_word(word)
        && doc
            .tokens
            .get(at + 1)
            .is_none_or(|n| n.kind != TokenKind::Number)
}

/// Verbs after which an ordinal is a placing ("finished second", "came third").
const PLACING_VERBS: &[&str] = &[
    "finished", "finishes", "finish", "came", "comes", "placed", "ranked", "ranks",
];

/// Words that may stand between a placing word and its rank ("finished only
/// fifth", "came home joint third").
const PLACING_ADVERBS: &[&str] = &["only", "just", "joint", "equal", "overall"];

/// The word before the rank at `at`, past an adverb of placing ("finished
/// only fifth": "finished").
pub fn placing_word_before(doc: &Document, at: usize) -> Option<&str> {
    let before = doc.norm_before(at, 1)?;
    if PLACING_ADVERBS.contains(&before) {
        return doc.norm_before(at, 2);
    }
    Some(before)
}

/// Whether a number word follows "number", making it a rank ("the number two
/// consumer": second).
pub(super) fn follows_number(doc: &Document, at: usize) -> bool {
    let tokens = &doc.tokens;
    let word = |k: Option<usize>| k.map(|k| tokens[k].norm.as_str());
    // "number two", "the number 9 shirt" (a short figure: a rank, not a count).
    let short = tokens[at].kind == TokenKind::Word || tokens[at].norm.len() <= 2;
    // "the car, numbered 17,": the car's number, as "number 17" names it.
    let numbered =
        word(at.checked_sub(1)) == Some("numbered") && word(at.checked_sub(2)) == Some(",");
    let spelled = short && (word(at.checked_sub(1)) == Some("number") || numbered);
    // "world No. 71".
    let abbreviated = word(at.checked_sub(1)) == Some(".") && word(at.checked_sub(2)) == Some("no");
    spelled || abbreviated
}

/// Whether a figure with an ordinal suffix is a day beside its month ("April
/// 13th", "13th April", "the 13th of April"): the date "April 13".
pub(super) fn day_of_month(doc: &Document, at: usize) -> bool {
    let tokens = &doc.tokens;
    let month = |k: usize| tokens.get(k).is_some_and(|t| is_month_word(&t.norm));
    tokens[at].norm.starts_with(|c: char| c.is_ascii_digit())
        && (at.checked_sub(1).is_some_and(month)
            || month(at + 1)
            || (tokens.get(at + 1).is_some_and(|t| t.norm == "of") && month(at + 2)))
}
