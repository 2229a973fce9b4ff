//! Words that rank a thing among others ("the largest", "the main",
//! "the fastest-declining"), which "one of" or "a" makes one among several,
//! and one among several made the only one or the reverse.

use super::{flag_unit, flag_units};
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::numbers::is_ordinal_word;
use crate::text::words::{is_stopword, stem};

/// Words of rank that are no superlative in form.
const RANKS: &[&str] = &[
    "leading", "main", "major", "key", "top", "biggest", "largest", "greatest", "primary", "best",
    "worst", "most", "first", "last",
];

/// Words ending in "-est" that are no superlative.
const NOT_SUPERLATIVE: &[&str] = &[
    "interest",
    "protest",
    "request",
    "harvest",
    "suggest",
    "earnest",
    "modest",
    "honest",
    "arrest",
    "contest",
    "digest",
    "invest",
    "inquest",
    "conquest",
    "manifest",
    "midwest",
    "northwest",
    "southwest",
    "unrest",
    "forest",
    "tempest",
    "behest",
    "bequest",
];

/// Whether `word` ranks its noun: a word of [`RANKS`] or a superlative
/// ("oldest", "fastest-declining": the first part of a compound counts).
fn is_rank(word: &str) -> bool {
    let head = word.split('-').next().unwrap_or(word);
    RANKS.contains(&head)
        || (head.len() >= 6 && head.ends_with("est") && !NOT_SUPERLATIVE.contains(&head))
}

/// Whether `word` is a word of [`RANKS`] that "a" may put before its noun
/// as one among others ("a major factor", "a leading cause"), which a
/// paraphrase may exchange for another ("the main factor"); not "a first".
fn plain_rank(word: &str) -> bool {
    RANKS.contains(&word) && !matches!(word, "first" | "last" | "most")
}

/// Whether a rank ranks the same thing on both sides: the nouns after it
/// share a stem ("one of the oldest universities" → "the oldest
/// university"); a superlative or ordinal needs it ("the first half" is no
/// "one of the first women"), a word of [`RANKS`] proper does not.
fn same_thing(rank: &str, theirs: Option<&&str>, ours: Option<&&str>) -> bool {
    let proper = RANKS.contains(&rank) && !matches!(rank, "first" | "last");
    proper
        || match (theirs, ours) {
            (Some(a), Some(b)) => stem(a) == stem(b) || singular(a) == singular(b),
            _ => false,
        }
}

/// A noun with the plural "-men" made "-man" ("women" → "woman"), which
/// stemming leaves apart.
fn singular(noun: &str) -> String {
    match noun.strip_suffix("men") {
        Some(head) => format!("{head}man"),
        None => noun.to_string(),
    }
}

/// Words of size that rank alike ("one of the largest" → "the biggest").
const SIZE_RANKS: &[&str] = &["largest", "biggest"];

/// Whether two ranks rank alike: the same word, two words of size, or two
/// words of [`RANKS`] a paraphrase exchanges ("one of the key factors" →
/// "the main factor").
fn kindred(a: &str, b: &str) -> bool {
    a == b
        || (SIZE_RANKS.contains(&a) && SIZE_RANKS.contains(&b))
        || (plain_rank(a) && plain_rank(b))
}

/// Whether `word` marks its noun's owner ("Scotland's", "its"), which may
/// stand for "the" before a rank ("Scotland's largest").
fn possessive(word: &str) -> bool {
    ["'s", "’s", "s'", "s’"]
        .iter()
        .any(|s| word.len() > 2 && word.ends_with(s))
        || matches!(word, "its" | "their" | "his" | "our")
}

/// The rank after a determiner at `i`, "the" or a possessive, through
/// "single" or "very" ("the single most", "the very best").
fn rank_after(words: &[&str], i: usize) -> Option<usize> {
    if words[i] != "the" && !possessive(words[i]) {
        return None;
    }
    let r = i + 1 + usize::from(matches!(words.get(i + 1), Some(&"single" | &"very")));
    words.get(r).is_some_and(|w| is_rank(w)).then_some(r)
}

/// One among several made the only one ("a leading cause" → "the leading
/// cause", "one of the biggest" → "the biggest", "one of Scotland's largest"
/// → "Scotland's largest", "one of the most" → "the single most").
pub fn uniqueness_added(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    if !ow.iter().any(|w| is_rank(w)) {
        return;
    }
    // "a major factor" → "the main factor": a kindred rank before the same
    // noun; "a first-round tie" is no rank among others. A possessive rank
    // ("the railway's main engineer") needs the source's "one of".
    let among = |the: bool, rank: &str, noun: Option<&&str>| {
        (the && plain_rank(rank) && tw.windows(2).any(|w| w == ["a", rank]))
            || (the
                && tw.windows(3).any(|w| {
                    w[0] == "a" && plain_rank(w[1]) && plain_rank(rank) && noun == Some(&w[2])
                }))
            || (0..tw.len()).any(|d| {
                among_before(tw, d)
                    && rank_after(tw, d).is_some_and(|r| {
                        kindred(tw[r], rank) && same_thing(rank, tw.get(r + 1), noun)
                    })
            })
    };
    // The source's own "the largest", not the one inside "one of the largest".
    let alone_in_source = |rank: &str| {
        (0..tw.len()).any(|i| {
            rank_after(tw, i).is_some_and(|r| kindred(tw[r], rank)) && !among_before(tw, i)
        })
    };
    let Some((k, r)) = (0..ow.len()).find_map(|i| {
        let r = rank_after(ow, i)?;
        (among(ow[i] == "the", ow[r], ow.get(r + 1)) && !alone_in_source(ow[r])).then_some((i, r))
    }) else {
        return;
    };
    // Units write "one" as "1"; "among the largest" keeps the others.
    if among_before(ow, k) {
        return;
    }
    flag_units(
        doc,
        src,
        pair,
        k..r + 1,
        |now| format!("\"{now}\": the source makes it one among others"),
        out,
    );
}

/// Whether "one of" or "among" stands just before word `i` ("one of the
/// largest", "among the main"), or before the owner of a possessive at `i`
/// ("one of the country's", "one of northern England's").
fn among_before(words: &[&str], i: usize) -> bool {
    let back = if possessive(words[i]) { 2 } else { 0 };
    (i.saturating_sub(back)..=i).any(|j| {
        (j >= 2 && matches!(words[j - 2], "one" | "1") && words[j - 1] == "of")
            || (j >= 1 && words[j - 1] == "among")
    })
}

/// The only one made one among several ("the largest ever imposed" → "one
/// of the largest"): the degree weakened.
pub fn uniqueness_removed(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let Some(k) = (0..ow.len().saturating_sub(1)).find(|&i| {
        ow[i] == "the"
            && is_rank(ow[i + 1])
            && among_before(ow, i)
            && (0..tw.len().saturating_sub(1)).any(|j| {
                tw[j..j + 2] == ow[i..i + 2] && same_thing(ow[i + 1], tw.get(j + 2), ow.get(i + 2))
            })
            && (0..tw.len().saturating_sub(1))
                .any(|j| tw[j..j + 2] == ow[i..i + 2] && !among_before(tw, j))
            && !(0..tw.len().saturating_sub(1))
                .any(|j| tw[j..j + 2] == ow[i..i + 2] && among_before(tw, j))
    }) else {
        return;
    };
    let first = if ow[k - 1] == "among" { k - 1 } else { k - 2 };
    flag_units(
        doc,
        src,
        pair,
        first..k + 2,
        |now| format!("\"{now}\": the source makes it the only one"),
        out,
    );
}

/// Words after a top rank that make it a rank below another ("the largest
/// after Lisbon", "the biggest behind Acme").
const BELOW_ANOTHER: &[&str] = &["after", "behind", "outside", "except", "besides", "bar"];

/// Words after a rank within which [`BELOW_ANOTHER`] is looked for.
const BELOW_REACH: usize = 4;

/// A rank below the top made the top ("the country's second-largest
/// operator" → "the country's largest operator"), unless the copy names
/// what stands above it ("the largest after Lisbon").
pub fn rank_raised(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    // The ordinal the source puts before `rank` and the noun it ranks ("second
    // largest operator").
    // The noun is the suspect's, or none where the source's rank stands
    // alone ("orange, the second-highest on a four-step scale" → "the
    // highest level on a four-tier scale").
    // A rank the source also states plainly ("the largest in the world")
    // may be that one.
    let plain = |rank: &str| {
        (0..tw.len()).any(|i| tw[i] == rank && (i == 0 || !is_ordinal_word(tw[i - 1])))
    };
    let ranks = |next: Option<&&str>, noun: Option<&&str>, rank: &str| {
        next == noun || (next.is_none_or(|n| is_stopword(n)) && !plain(rank))
    };
    let ordinal_before = |rank: &str, noun: Option<&&str>| {
        tw.windows(3)
            .find_map(|w| {
                (w[1] == rank
                    && ranks(Some(&w[2]), noun, rank)
                    && w[0] != "first"
                    && is_ordinal_word(w[0]))
                .then_some(w[0])
            })
            .or_else(|| {
                tw.iter().enumerate().find_map(|(i, w)| {
                    let (ordinal, top) = w.split_once('-')?;
                    (top == rank
                        && ordinal != "first"
                        && is_ordinal_word(ordinal)
                        && ranks(tw.get(i + 1), noun, rank))
                    .then_some(ordinal)
                })
            })
    };
    let Some((k, ordinal)) = ow.iter().enumerate().find_map(|(i, w)| {
        // "finished seventh last season": "last" ranks nothing there.
        let top = is_rank(w) && !matches!(*w, "first" | "last");
        let ordinal = top.then(|| ordinal_before(w, ow.get(i + 1))).flatten()?;
        let kept = i > 0 && is_ordinal_word(ow[i - 1]);
        let below = ow[i + 1..]
            .iter()
            .take(BELOW_REACH)
            .any(|n| BELOW_ANOTHER.contains(n));
        (!kept && !below).then_some((i, ordinal))
    }) else {
        return;
    };
    flag_unit(
        doc,
        src,
        pair,
        k,
        |now| format!("\"{now}\": the source ranks it {ordinal}"),
        out,
    );
}
