//! A partial or near statement made whole: "nearly doubled" → "doubled",
//! "some residents" → "residents".

use crate::align::AlignedPair;
use crate::checks::meaning_drift::flag_units;
use crate::checks::meaning_drift::word_senses::membership;
use crate::finding::Diagnostic;
use crate::lexicon::stance::stances;
use crate::lexicon::wordnet::{NOUN, parts_as_written, parts_of_speech};
use crate::text::Document;
use crate::text::words::{for_each_unit, is_stopword, number_word};

/// Words that make a statement partial or near ("nearly doubled", "part of
/// the money", "some large customers").
const PARTIALS: &[&[&str]] = &[
    &["nearly"],
    &["almost"],
    &["virtually"],
    &["partly"],
    &["partially"],
    &["in", "part"],
    &["part", "of"],
    &["some", "of"],
    &["much", "of"],
    &["most", "of"],
    &["many", "of"],
    &["some"],
    // "several residents" → "residents": a part of a group made the whole.
    &["a", "few"],
    &["most"],
    &["many"],
    &["several"],
    &["broadly"],
    &["largely"],
    &["mostly"],
    &["mainly"],
    &["generally"],
    // "cautiously supportive" → "supportive": a guarded stance made whole.
    &["cautiously"],
    &["tentatively"],
];

/// Words before a count word that make it no part of a group.
const NOT_COUNTING: &[&str] = &[
    "the", "as", "how", "so", "too", "at", "a", "great", "good", "very", "quite", "not",
];

/// Whether a count word of `PARTIALS` ("most", "many", "several", "a few") at
/// `tw[i]` tells a part of a group: not "the most", "as many as", nor a
/// superlative ("were most affected").
/// Words of `PARTIALS` that are no count word pass.
fn counts_members(tw: &[&str], i: usize, p: &[&str]) -> bool {
    if !matches!(p, [_, "few"] | ["most" | "many" | "several"]) {
        return true;
    }
    // "the most", "as many as", "how many", "a great many", "not many".
    if i.checked_sub(1)
        .is_some_and(|b| NOT_COUNTING.contains(&tw[b]))
    {
        return false;
    }
    // A group told by a noun, or by a modifier before one ("most local
    // banks"); "most affected" is a superlative. The form as written comes
    // first: "affected" is an adjective, though "affect" is also a noun.
    let noun = |k: usize| {
        tw.get(k).is_some_and(|w| match parts_as_written(w) {
            0 => parts_of_speech(w) & NOUN != 0,
            parts => parts & NOUN != 0,
        })
    };
    let at = i + p.len();
    let known = tw.get(at).is_some_and(|w| parts_of_speech(w) != 0);
    !known || noun(at) || noun(at + 1)
}

/// Whether `words[k]`, if "about" or "around", approximates an amount
/// ("about half", "around 60%"), not a preposition ("complained about the
/// noise"); any other word passes.
fn approximates_here(words: &[&str], k: usize) -> bool {
    if !matches!(words[k], "about" | "around") {
        return true;
    }
    let amount = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit())
            || number_word(w).is_some()
            || matches!(
                w,
                "half" | "third" | "quarter" | "dozen" | "hundred" | "thousand"
            )
    };
    match words.get(k + 1).copied() {
        Some("a" | "an") => words.get(k + 2).is_some_and(|w| amount(w)),
        Some(w) => amount(w),
        None => false,
    }
}

/// Whether a word counts a group in place of the source's count word: a
/// figure ("three residents", "2 shops") or a count told loosely ("various",
/// "multiple", "countless").
fn counts(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        || number_word(word).is_some()
        || matches!(word, "various" | "multiple" | "countless" | "numerous")
}

/// Words before a restated stretch that keep it partial or near in other
/// words ("a portion of the money", "close to doubling").
const QUALIFIERS: &[&str] = &[
    "nearly",
    "almost",
    "virtually",
    "practically",
    "partly",
    "partially",
    "part",
    "portion",
    "share",
    "some",
    "much",
    "most",
    "many",
    "several",
    "few",
    "certain",
    "close",
    "roughly",
    "about",
    "around",
    "approximately",
    "just",
    "half",
    "broadly",
    "largely",
    "mostly",
    "mainly",
    "generally",
    "chiefly",
    "primarily",
    "predominantly",
    "cautiously",
    "tentatively",
    "guardedly",
    "not",
    "all",
    "of",
];

/// Most words of a partial statement looked for in the suspect: up to and
/// including its first word of content.
const NEEDLE_WORDS: usize = 3;

/// A partial or near statement made whole ("nearly doubled" → "doubled",
/// "repay part of the money" → "repay the money").
pub fn partial_dropped(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    for i in 0..tw.len() {
        let Some(p) = PARTIALS
            .iter()
            .find(|p| tw.get(i..i + p.len()) == Some(**p))
        else {
            continue;
        };
        // "is part of a series" is membership, not a portion.
        if *p == ["part", "of"] && membership(tw, i) {
            continue;
        }
        if !counts_members(tw, i, p) {
            continue;
        }
        let rest = &tw[i + p.len()..];
        let Some(content) = rest.iter().take(NEEDLE_WORDS).position(|w| !is_stopword(w)) else {
            continue;
        };
        let stated = &rest[..=content];
        if stated[0].starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let find = |needle: &[&str]| ow.windows(needle.len()).position(|w| w == needle);
        // "some of the residents" → "residents": the article goes with the
        // part.
        let bare = (p.last() == Some(&"of") && stated.len() > 1 && stated[0] == "the")
            .then(|| &stated[1..]);
        let Some((m, needle)) = find(stated)
            .map(|m| (m, stated))
            .or_else(|| bare.and_then(|b| find(b).map(|m| (m, b))))
        else {
            continue;
        };
        // "partly" → "about 60%": the part restated in other words, somewhere
        // in the sentence that restates it.
        let at = pair.suspect_units.token[m];
        let sentence = doc
            .sentence_of(at)
            .map_or(at..at + 1, |i| doc.sentences[i].tokens.clone());
        // An approximation of a figure the source has too ("about 4%" →
        // "around 4%") restates nothing partial, unless it is a share of
        // something ("partly by a loan" → "about 60% of it … by a loan").
        let said: Vec<&str> = doc.words(sentence).map(|(_, t)| t.norm.as_str()).collect();
        let restates_part = |i: usize| {
            let figure = said
                .get(i + 1)
                .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()));
            let share = said.iter().skip(i + 2).take(2).any(|w| *w == "of");
            // Compared as a unit, as `tw` holds it ("2,300" as "2300").
            let kept = figure.is_some_and(|f| {
                let mut stated = tw.contains(f);
                for_each_unit(f, |u| stated |= tw.contains(&u));
                stated
            }) && !share;
            QUALIFIERS.contains(&said[i])
                && !matches!(said[i], "not" | "all" | "of")
                && approximates_here(&said, i)
                && !kept
        };
        if (0..said.len()).any(restates_part) {
            continue;
        }
        // "partly responsible" → "largely responsible" is a shift of degree,
        // reported as such; "part of the ATP series" is membership.
        let first = &src.tokens[pair.source_units.token[i + p.len() + content]];
        let named = src.text[first.start..first.end].starts_with(char::is_uppercase);
        // Words around the stretch, not its own ("some large customers" →
        // "large customers": "large" is no qualifier the suspect added),  nor
        // an "of" that continues it ("because of").
        let after = m + needle.len();
        let around = ow[m.saturating_sub(2)..(after + 2).min(ow.len())]
            .iter()
            .enumerate()
            .filter(|&(k, w)| {
                let k = m.saturating_sub(2) + k;
                // Only an "of" before the stretch makes a part of it ("a
                // number of residents"); "residents of the town" does not.
                let of_after = *w == "of" && k >= after;
                // The source's own words after the count ("a few owners of
                // small shops") restate nothing.
                let own = k >= after && rest.iter().take(NEEDLE_WORDS + 2).any(|r| r == w);
                !needle.contains(w) && !of_after && !own && approximates_here(ow, k)
            })
            .map(|(_, w)| w);
        // "broadly positive" → "widely positive": an adverb in the
        // qualifier's place restates it, a substitution of its own.
        let restated = at
            .checked_sub(1)
            .is_some_and(|b| doc.tokens[b].norm.ends_with("ly"));
        if named
            || restated
            || around.clone().any(|w| {
                QUALIFIERS.contains(w)
                    || counts(w)
                    || stances(w)
                        .iter()
                        .any(|s| matches!(s.class, "degree" | "scope"))
            })
        {
            continue;
        }
        let was = format!("{} {}", p.join(" "), stated.join(" "));
        flag_units(
            doc,
            src,
            pair,
            m..m + needle.len(),
            |now| format!("\"{was}\" became \"{now}\": a partial or near statement is made whole"),
            out,
        );
        return;
    }
}
