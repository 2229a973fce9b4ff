//! Where a claim stands in a sentence: its main verb group, or the verb
//! group of a source claim found again in the suspect.

use super::super::claims::{determiner, punctuated_before};
use super::REPORTING;
use crate::align::AlignedPair;
use crate::align::units::Units;
use crate::lexicon::wordnet::{NOUN, VERB, exceptions, lemmas, parts_of_speech};
use crate::text::Document;
use crate::text::words::{GROUP_LEADS, is_stopword};

/// Words that open a parenthetical between commas (", which runs nine
/// terminals,"), whose verbs are not the sentence's own.
const PARENTHETICALS: &[&str] = &["which", "who", "whose", "where", "founded", "based"];

/// The first and last units of the suspect sentence's main verb group
/// ("Henrik Sollberg, 58, transferred", "A petition has gathered"), skipping
/// parentheticals between commas (`aside`, from [`asides`]).
fn main_verb(
    doc: &Document,
    units: &Units,
    words: &[&str],
    aside: &[bool],
) -> Option<(usize, usize)> {
    let mut verb = None;
    for k in 1..words.len() {
        let w = words[k];
        if aside[k] {
            continue;
        }
        // "The final transfer was made": a word before an auxiliary heads the subject.
        let is_verb = GROUP_LEADS.contains(&w)
            || (parts_of_speech(w) & VERB != 0
                && !determiner(words[k - 1])
                && !words.get(k + 1).is_some_and(|n| GROUP_LEADS.contains(n))
                && !doc.is_capitalized(units.token[k]));
        if is_verb {
            verb = Some(k);
            break;
        }
    }
    let first = verb?;
    // "The council's water bill … has more than doubled": a word that is a
    // noun too, before an auxiliary of its clause, heads the subject.
    let first = if !GROUP_LEADS.contains(&words[first]) && parts_of_speech(words[first]) & NOUN != 0
    {
        (first + 1..words.len())
            .take_while(|&j| !punctuated_before(doc, units.token[j]))
            .find(|&j| !aside[j] && GROUP_LEADS.contains(&words[j]))
            .unwrap_or(first)
    } else {
        first
    };
    Some((first, group_end(words, first)))
}

/// The last unit of the verb group opening at `first`: "was made", "has
/// been taken", "will run" run on past their auxiliaries to the verb they lead.
fn group_end(words: &[&str], first: usize) -> usize {
    let mut k = first;
    let leads = |w: &str| GROUP_LEADS.contains(&w) || matches!(w, "be" | "been");
    while words.get(k + 1).is_some_and(|w| {
        leads(w) || w.ends_with("ed") || (leads(words[k]) && parts_of_speech(w) & VERB != 0)
    }) {
        k += 1;
    }
    k
}

/// Prepositions after an opening participle that make its words a clause
/// before the subject ("Built in 1893 by …, the carousel is").
const CLAUSE_PREPOSITIONS: &[&str] = &[
    "in", "by", "at", "on", "from", "with", "for", "after", "as", "near", "during", "under",
];

/// Whether `words` open with a participle and its preposition ("Built in
/// 1893", "Founded by", "Speaking at"), a clause the subject follows; not
/// a plural noun ("Sales in March fell").
fn opening_participle(words: &[&str]) -> bool {
    let inflected = |w: &str| {
        !w.ends_with('s')
            && (w.ends_with("ing") || lemmas(w).iter().any(|l| l != w))
            && parts_of_speech(w) & VERB != 0
    };
    words
        .get(1)
        .is_some_and(|w| CLAUSE_PREPOSITIONS.contains(w))
        && words.first().is_some_and(|w| inflected(w))
}

/// Which of `words` (units of `doc`) stand in a parenthetical between
/// commas (", which runs nine terminals,", ", 58,") or in a participle's
/// clause before the subject ("Built in 1893 by the firm, the carousel").
fn asides(doc: &Document, units: &Units, words: &[&str]) -> Vec<bool> {
    let mut aside = opening_participle(words);
    (0..words.len())
        .map(|k| {
            if k > 0 && punctuated_before(doc, units.token[k]) {
                let w = words[k];
                aside = PARENTHETICALS.contains(&w) || w.starts_with(|c: char| c.is_ascii_digit());
            }
            aside
        })
        .collect()
}

/// The suspect verb group of the source's claim (source and suspect words
/// `tw`, `ow`, and which of them stand in parentheticals, `t_aside` and
/// `o_aside`; `breaks`, the source units after punctuation): the first auxiliary or past-tense verb of the source from
/// unit `from` ("8%, which the council says will mean fewer services" →
/// "will mean"), outside parentheticals, found again outside the suspect's;
/// past a source auxiliary the copy drops to its verb ("had failed" →
/// "failed").
fn claim_verb(
    (tw, ow): (&[&str], &[&str]),
    (t_aside, o_aside): (&[bool], &[bool]),
    breaks: &[bool],
    from: usize,
) -> Option<(usize, usize)> {
    let verb =
        |w: &str| GROUP_LEADS.contains(&w) || (w.ends_with("ed") && parts_of_speech(w) & VERB != 0);
    let found = |w: &str| (0..ow.len()).find(|&i| ow[i] == w && !o_aside[i]);
    let mut verbs = (from..tw.len()).filter(|&j| !t_aside[j] && verb(tw[j]));
    let lead = verbs.next()?;
    // "the error came from a template supplied to": past an irregular verb
    // of the claim's clause, an "-ed" word is a participle, not its verb.
    let clause = (from.max(1)..=lead)
        .rev()
        .take_while(|&j| j == lead || !breaks[j + 1]);
    if clause
        .skip(1)
        .any(|j| irregular(tw[j]) && !determiner(tw[j - 1]))
    {
        return None;
    }
    let first = found(tw[lead]).or_else(|| {
        verbs
            .next()
            .filter(|&j| j == lead + 1 && GROUP_LEADS.contains(&tw[lead]))
            .and_then(|j| found(tw[j]))
    })?;
    Some((first, group_end(ow, first)))
}

/// The suspect verb group to flag for a claim stated without its
/// attribution: the sentence's main verb where the source's claim, from
/// unit `claim` on, holds it too ("prosecutors allege she knew" → "She
/// knew"); else the claim's own verb found again ("8%, which the council
/// says will mean" → "An 8% cut … will mean"), or the sentence's first verb
/// outside parentheticals for a claim told before its attribution ("…
/// reduced collisions, the agency said on Wednesday"), or the verb of its
/// last clause where the copy joins its clauses as the source does.
pub(super) fn claim_at(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    claim: Option<usize>,
) -> Option<(usize, usize)> {
    let o_aside = asides(doc, &pair.suspect_units, ow);
    if let Some(near) = nearest_clause(doc, src, pair, (tw, ow), claim, &o_aside) {
        return Some(near);
    }
    let main = main_verb(doc, &pair.suspect_units, ow, &o_aside);
    let Some(c) = claim else { return main };
    if main.is_some_and(|(a, _)| tw.get(c..).is_some_and(|rest| rest.contains(&ow[a]))) {
        return main;
    }
    let t_aside = asides(src, &pair.source_units, tw);
    let breaks: Vec<bool> = (0..tw.len())
        .map(|j| punctuated_before(src, pair.source_units.token[j]))
        .collect();
    let at = |from| claim_verb((tw, ow), (&t_aside, &o_aside), &breaks, from);
    at(c)
        .or_else(|| told_after(src, &pair.source_units, (tw, ow), &o_aside, c))
        .or_else(|| at(0))
        .or(main)
}

/// The suspect unit of the first content word of a claim with no verb of
/// its own told after an attribution between commas, from source unit `c`
/// ("about 40% more, but, the Pasks say, well below what shops charge" →
/// "but well below" flags "well"): the claim is what follows the speaker,
/// not the sentence's verb before it.
fn told_after(
    src: &Document,
    units: &Units,
    (tw, ow): (&[&str], &[&str]),
    o_aside: &[bool],
    c: usize,
) -> Option<(usize, usize)> {
    if c == 0
        || c >= tw.len()
        || !punctuated_before(src, units.token[c])
        || tw[c..].iter().any(|w| finite(w))
    {
        return None;
    }
    let word = tw[c..]
        .iter()
        .find(|w| !is_stopword(w) && w.starts_with(char::is_alphanumeric))?;
    let i = (0..ow.len()).find(|&i| ow[i] == *word && !o_aside[i])?;
    Some((i, i))
}

/// The first source unit of an attribution that closes its sentence ("…,
/// according to the operator", "…, the co-op said", "…, said Marta
/// Olsen"): the claim stands before it. `None` where the claim follows the
/// verb of saying (`claim`, its first unit, with a verb after it).
fn closing(src: &Document, units: &Units, tw: &[&str], claim: Option<usize>) -> Option<usize> {
    let verb = match claim {
        None => tw
            .windows(2)
            .position(|w| w == ["according", "to"])
            .or_else(|| tw.iter().position(|w| REPORTING.contains(w)))?,
        Some(c) if c > 0 && !tw[c.min(tw.len())..].iter().any(|w| finite(w)) => c - 1,
        Some(_) => return None,
    };
    (1..=verb)
        .rev()
        .find(|&j| punctuated_before(src, units.token[j]))
}

/// Whether `w` is an irregular past or participle ("came", "sold"), no
/// auxiliary, "-ed" form nor verb of saying.
fn irregular(w: &str) -> bool {
    !w.ends_with("ed")
        && !w.ends_with("ing")
        && !GROUP_LEADS.contains(&w)
        && !REPORTING.contains(&w)
        && finite(w)
        && exceptions(w).any(|b| b != w && parts_of_speech(b) & VERB != 0)
}

/// Whether `w` reads as a verb of a clause: an auxiliary, or a verb's
/// inflected form ("lost", "waited"; not "homes").
fn finite(w: &str) -> bool {
    GROUP_LEADS.contains(&w)
        || !w.ends_with('s')
            && parts_of_speech(w) & VERB != 0
            && (w.ends_with("ed") || lemmas(w).iter().any(|l| l != w))
}

/// Whether unit `k` of `words` is an "and" or "but" that joins two clauses:
/// after a comma, or before a verb group ("… every day and will stay").
fn joins_clauses(doc: &Document, units: &Units, words: &[&str], k: usize) -> bool {
    matches!(words[k], "and" | "but")
        && (punctuated_before(doc, units.token[k])
            || words.get(k + 1).is_some_and(|n| GROUP_LEADS.contains(n)))
}

/// The suspect verb group of the claim nearest a closing attribution, the
/// last clause before it: "… had issued a warning, and about 9,000 homes
/// lost power, according to the operator" → "… had put out a warning, and
/// about 9,000 homes lost power" flags "lost", where the copy joins its
/// clauses by the same word; `None` otherwise.
fn nearest_clause(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    claim: Option<usize>,
    o_aside: &[bool],
) -> Option<(usize, usize)> {
    let end = closing(src, &pair.source_units, tw, claim)?;
    let cut = (1..end)
        .rev()
        .find(|&j| joins_clauses(src, &pair.source_units, tw, j))?;
    let units = &pair.suspect_units;
    let at = (1..ow.len())
        .rev()
        .find(|&i| ow[i] == tw[cut] && !o_aside[i] && joins_clauses(doc, units, ow, i))?;
    let first = (at + 1..ow.len())
        .take_while(|&k| k == at + 1 || !punctuated_before(doc, units.token[k]))
        .find(|&k| {
            let w = ow[k];
            GROUP_LEADS.contains(&w) || !doc.is_capitalized(units.token[k]) && finite(w)
        })?;
    Some((first, group_end(ow, first)))
}
