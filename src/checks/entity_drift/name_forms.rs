//! Ways of writing one name: dots, abbreviations, initials, demonyms, plurals.

use super::case::{bare_form, is_all_caps};
use crate::lexicon::dictionary;
use crate::text::Document;
use crate::text::names::{Names, bare};
use crate::text::words::{is_stopword, shares_root};
use rustc_hash::FxHashSet;
use std::ops::Range;

/// Whether two words of names are one written two ways: with or without dots
/// ("U.S", "US") or abbreviated, cut short or contracted ("Prof",
/// "Professor"; "Cllr", "Councillor"; "Sgt", "Sergeant").
pub(super) fn same_name_word(a: &str, b: &str) -> bool {
    let dotless = |w: &str| w.replace('.', "");
    let (a, b) = (dotless(a), dotless(b));
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    a == b
        || (ABBREVIATIONS.contains(&short.as_str()) && abbreviates(short, long))
        || demonym(short, long)
        || COUNTRY_FORMS
            .iter()
            .chain(PARTY_FORMS)
            .chain(TITLE_FORMS)
            .any(|forms| forms.contains(&a.as_str()) && forms.contains(&b.as_str()))
}

/// Whether `short` is `long` cut short ("prof", "professor") or contracted,
/// its first and last letters kept and letters of the middle in order
/// ("cllr", "councillor").
fn abbreviates(short: &str, long: &str) -> bool {
    let mut rest = long.chars();
    let contracted = short.chars().next() == long.chars().next()
        && short.chars().last() == long.chars().last()
        && short.chars().all(|c| rest.any(|l| l == c));
    long.starts_with(short) || contracted
}

/// Names of one country that a story writes every which way ("American" →
/// "US", "British" → "UK"), beyond what initials and demonym endings catch.
const COUNTRY_FORMS: &[&[&str]] = &[
    &["us", "usa", "america", "american", "americans"],
    &["uk", "britain", "british", "briton", "britons"],
];

/// Parties a story names by their nickname as often as by their name
/// ("Conservative" → "Tory").
const PARTY_FORMS: &[&[&str]] = &[
    &["conservative", "conservatives", "tory", "tories"],
    &["republican", "republicans", "gop"],
];

/// Titles whose short form is no prefix nor one a contraction rule may take
/// for another word ("Dr" is "Doctor", not "Director").
const TITLE_FORMS: &[&[&str]] = &[&["dr", "doctor"]];

/// Abbreviations of titles and name words, matched by prefix ("Prof", "Professor").
const ABBREVIATIONS: &[&str] = &[
    "prof", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt", "supt", "det", "insp", "dept",
    "univ", "corp", "intl", "natl", "assn", "mt", "ft", "st", "pres", "cllr", "govt", "asst",
];

/// Endings that make a country's name its people's ("Kenya" → "Kenyan").
const DEMONYM_ENDINGS: &[&str] = &["n", "an", "ian", "ese", "ish", "i"];

/// Whether `long` is `short` with a demonym ending ("Kenya's" → "Kenyan").
fn demonym(short: &str, long: &str) -> bool {
    long.strip_prefix(short)
        .is_some_and(|ending| short.len() >= 4 && DEMONYM_ENDINGS.contains(&ending))
}

/// Whether a word of a name made of common words only changed number ("the
/// Social Democrats" → "a Social Democrat"); "Olivia Strands" for "Olivia
/// Strand" is another name.
pub(super) fn common_plural(
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

/// Whether a one-word plural name is spelt out with its noun ("the Whitsundays"
/// → "the Whitsunday Islands"); a surname that gains an "s" stays a new name.
pub(super) fn spelt_out_plural(one: &FxHashSet<&str>, more: &FxHashSet<&str>) -> bool {
    one.len() == 1
        && more.len() > 1
        && one
            .iter()
            .all(|w| more.iter().any(|m| w.strip_suffix('s') == Some(m)))
}

/// Whether `short` is the initials of `name` ("EU's" of "European Union").
pub(super) fn is_initialism(name: &str, short: &str) -> bool {
    // "U.S." is "US" with dots.
    let short = bare_form(short).replace('.', "");
    let initials: String = name
        .split_whitespace()
        .filter(|w| !is_stopword(&w.to_lowercase()))
        .filter_map(|w| w.chars().next())
        .collect();
    // "Chief Executive" → "CEO": the officer the post leaves unsaid.
    let officer = name.starts_with("Chief ") && short.strip_suffix('O') == Some(initials.as_str());
    initials.chars().count() >= 2 && is_all_caps(&short) && (short == initials || officer)
}

/// Whether the two names end alike and differ only in a title written out on
/// one side and as its initials on the other ("Chief Financial Officer Tomasz
/// Brecht" → "CFO Tomasz Brecht").
pub(super) fn titled_initialism(
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

/// Whether two words of names are different names, not one restyled: neither
/// a function word ("A Hennepin County"), a form of the other ("Peruvian",
/// "Peru's") nor joined to it.
pub(super) fn is_other_name(a: &str, b: &str) -> bool {
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
