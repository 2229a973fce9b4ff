//! Whether a word is known: the dictionary's, a regular inflection it does
//! not list, a prefixed or hyphenated word of known words.

use crate::lexicon::dictionary;
use crate::lexicon::suggest::{is_closed_compound, near_listed_word};
use crate::lexicon::wordnet;
use rustc_hash::FxHashSet;

/// Whether a word is known: whole, without its possessive, after a prefix,
/// or part by part at hyphens.
pub(super) fn is_known_word(word: &str, extra: &FxHashSet<String>) -> bool {
    let abbreviation = word.contains('.');
    if abbreviation
        || word.chars().any(|c| c.is_numeric())
        || !word.chars().any(char::is_alphabetic)
    {
        return true;
    }
    let is_acronym = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
        && word.chars().count() <= 6;
    // "pre-Covid", "anti-Nato": an acronym the dictionary lists, written as
    // a name.
    let acronym_as_name = word.starts_with(char::is_uppercase)
        && word.chars().count() > 3
        && dictionary::is_known(&word.to_uppercase());
    if is_acronym
        || acronym_as_name
        || extra.contains(&word.to_lowercase())
        || dictionary::is_known(word)
    {
        return true;
    }
    if let Some(bare) = without_possessive(word)
        && (dictionary::is_known(bare) || extra.contains(&bare.to_lowercase()))
    {
        return true;
    }
    if CLOSED_PREFIXES.iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|rest| rest.len() >= MIN_PREFIXED && dictionary::is_known(rest))
    }) || GUARDED_PREFIXES.iter().any(|p| {
        word.strip_prefix(p).is_some_and(|rest| {
            rest.len() >= MIN_PREFIXED
                && dictionary::is_known(rest)
                && !near_listed_word(&word.to_lowercase())
        })
    }) {
        return true;
    }
    if is_closed_compound(word) || regular_inflection(&word.to_lowercase()) {
        return true;
    }
    // "co-ordinator", "e-mail": a hyphen in a word the dictionary writes whole.
    if word.contains('-') && dictionary::is_known(&word.replace('-', "")) {
        return true;
    }
    word.contains('-')
        && word.split('-').filter(|p| !p.is_empty()).all(|p| {
            PREFIXES.contains(&p.to_lowercase().as_str())
                || p.strip_suffix('s').is_some_and(dictionary::is_known)
                || is_known_word(p, extra)
        })
}

/// Shortest dictionary word a regular inflection is made of: a shorter
/// stem plus an ending is as often another word misspelt.
const MIN_STEM: usize = 4;

/// Whether a lower-case word is a regular inflection the dictionary does not
/// list of a word it does: the plural of a noun it takes as uncountable
/// ("warmths", "equilibriums", "nitrosamines"), or the past of a noun WordNet
/// also has as a verb but the dictionary lists with no verb forms
/// ("summited"). A stem whose regular form is spelt otherwise makes no such
/// word: "colonys" (colonies), "heros" (heroes), "occured" (occurred).
fn regular_inflection(word: &str) -> bool {
    plural_of_noun(word) || past_of_noun_as_verb(word)
}

/// Whether `word` is a dictionary noun (or a dictionary word WordNet lacks)
/// plus "-s", where the noun takes "-s", not "-es" or "-ies", and the
/// dictionary knows no other plural.
pub(crate) fn plural_of_noun(word: &str) -> bool {
    let Some(stem) = word.strip_suffix('s') else {
        return false;
    };
    // "-ses", "-xes", "-ches", "-ies", "-oes", and foreign plurals ("fungi").
    let other_plural = stem.ends_with(['s', 'x', 'z', 'y', 'a', 'i', 'o', 'u', '\''])
        || stem.ends_with("ch")
        || stem.ends_with("sh");
    let noun =
        wordnet::parts_as_written(stem) & wordnet::NOUN != 0 || wordnet::parts_of_speech(stem) == 0;
    stem.chars().count() >= MIN_STEM
        && !other_plural
        && noun
        && dictionary::is_known(stem)
        && !dictionary::is_known(&format!("{stem}es"))
}

/// Whether `word` is "-ed" after a dictionary word WordNet has as a verb (or
/// "-d" after one in "-e") of which the dictionary lists no "-ing" form: a
/// noun used as a verb ("summited"), where a verb the dictionary lists with
/// its forms but no "-ed" is irregular ("catched" for "caught").
fn past_of_noun_as_verb(word: &str) -> bool {
    let Some(bare) = word.strip_suffix("ed") else {
        return false;
    };
    let in_e = format!("{bare}e");
    let stem = if dictionary::is_known(&in_e) {
        in_e.as_str()
    } else {
        bare
    };
    let Some(last) = bare.chars().last() else {
        return false;
    };
    let doubled = |end: &str| dictionary::is_known(&format!("{bare}{last}{end}"));
    let has_verb_forms = dictionary::is_known(&format!("{bare}ing")) || doubled("ing");
    stem.chars().count() >= MIN_STEM
        && last != 'y'
        && wordnet::parts_as_written(stem) & wordnet::VERB != 0
        && dictionary::is_known(stem)
        && !has_verb_forms
        && !doubled("ed")
}

/// A word without its possessive ending ("whistleblower's", "members'"), if
/// it has one.
pub(super) fn without_possessive(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix('\''))
}

/// Prefixes that make a word of any word they stand before, hyphenated
/// ("pre-pandemic", "mid-table").
const PREFIXES: &[&str] = &["un", "non", "pre", "post", "re", "out", "anti", "co", "mid"];

/// Prefixes that make a word of any word they stand before written closed
/// ("unvaccinated", "outshooting"); "pre" and "re" written closed are as often
/// a misspelling ("prepaired").
const CLOSED_PREFIXES: &[&str] = &["un", "non", "out", "anti"];

/// Prefixes that make a word of a known word written closed
/// ("underperforming") unless a listed word is one edit away: "overcrowed"
/// is a slip of "overcrowded".
const GUARDED_PREFIXES: &[&str] = &["under", "over"];

/// Shortest word a prefix makes a new word of when written closed: shorter
/// ones are as likely a misspelling's tail ("overal").
const MIN_PREFIXED: usize = 5;
