//! A claim the source attributes to a speaker ("according to police", "the
//! firm said") stated with no attribution at all.

mod verbs;

use super::carried::said_before;
use super::claims::{DETERMINERS, punctuated_before, quoted};
use super::word_senses::{is_record, records_before};
use crate::align::units::Units;
use crate::align::{AlignedPair, MATCH_THRESHOLD};
use crate::finding::Diagnostic;
use crate::lexicon::dictionary::{is_known, misspelling_of};
use crate::lexicon::negation::is_negator_word;
use crate::lexicon::stance::stances;
use crate::lexicon::wordnet::synonym_rank;
use crate::text::Document;
use crate::text::names::is_sentence_initial;
use crate::text::words::{GROUP_LEADS, is_stopword, stem};

/// Verbs that attribute a claim to a speaker ("police said", "prosecutors
/// allege"); "according to" attributes too.
const REPORTING: &[&str] = &[
    "said", "says", "say", "told", "allege", "alleges", "alleged", "claim", "claims", "claimed",
    "argue", "argues", "argued", "insist", "insists", "insisted",
];

/// Verbs of denial, which keep a claim someone's, and denied ("He rejected
/// claims that the firm had delayed repairs" → "He denied that the firm
/// had held back repairs"): no claim stated as fact.
const DENIALS: &[&str] = &[
    "deny",
    "denies",
    "denied",
    "denying",
    "rejected",
    "dismissed",
    "disputed",
    "disputes",
    "refuted",
];

/// Words after a reporting verb that make the claim the speaker's own ("the
/// company said it would close", "she said she had"): a self-report, which
/// [`plan_stated_done`] and its kin judge.
const SELF: &[&str] = &[
    "it", "he", "she", "they", "we", "i", "its", "their", "his", "her",
];

/// Pronouns of [`SELF`] that name one person, whom speakers named in the
/// plural ("prosecutors said he sold") are not.
const PERSONAL: &[&str] = &["he", "she", "his", "her"];

/// Senses of a word, most common first, within which another word of the
/// same sense names the same speaker ("bookmakers", "bookies").
const SPEAKER_SENSES: u8 = 2;

/// Units before or after a reporting verb searched for its speaker.
const SPEAKER_REACH: usize = 4;

/// A claim the source attributes to a speaker other than its subject
/// ("according to police, the transfer was made", "Norvane said the project
/// would create 400 jobs") that the suspect states with no attribution at
/// all and without naming the speaker ("The project will create 400 jobs"),
/// nor in an earlier suspect sentence made from the same source sentences
/// ("The firm said no jobs would go. Though hours may be cut."), nor in the
/// suspect sentence before, which names the speaker as saying something. A
/// sentence after it that names the speaker over other words comes too late:
/// "The fall reflects a frozen budget. \"We are turning away excellent
/// science,\" said Dr Brandvold." states the claim as fact (a headline's
/// story still follows it).
pub fn attribution_dropped(
    doc: &Document,
    src: &Document,
    (pair, pairs): (&AlignedPair, &[AlignedPair]),
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    // A pair taken only for where it stands, below the match threshold, says
    // something else: no claim of the source is stated there.
    if pair.score < MATCH_THRESHOLD
        || quoted(src, pair.source_tokens(src))
        || quoted(doc, pair.suspect_tokens(doc))
    {
        return;
    }
    let Some((said, speaker, claim, head)) = attribution(src, pair, tw) else {
        return;
    };
    // "Residents in the affected villages say the gaps have hit older
    // readers hardest" → "… older readers in the affected villages hardest":
    // the villages are the claim's place; only the head noun names the
    // speaker in the sentence itself.
    let naming = head.map_or_else(|| speaker.clone(), |h| vec![h]);
    let split_off = pairs.iter().any(|other| {
        !std::ptr::eq(other, pair)
            && (other.suspect.start < pair.suspect.start || doc.is_headline(pair.suspect.start))
            && other.source.start < pair.source.end
            && pair.source.start < other.source.end
            && attributes(&other.suspect_units.words(), tw, &speaker)
    });
    let found = record_finding(doc, pair, ow, &speaker);
    let attributed = attributes(ow, tw, &naming)
        || split_off
        || said_before(doc, pair, &speaker, REPORTING)
        || attribution_cut(doc, pair);
    if attributed && found.is_none() {
        return;
    }
    let tokens = pair.suspect_tokens(doc);
    let (first, last) = doc.token_span(tokens.clone());
    // Another finding of the sentence says more about it than this one.
    if out.iter().any(|d| first <= d.start && d.end <= last) {
        return;
    }
    let units = &pair.suspect_units;
    let (verb, message) = match found {
        Some(k) => (
            units.token[k]..units.token[k] + 1,
            format!("the source's attribution \"{said}\" became a record's finding"),
        ),
        None => (
            verbs::claim_at(doc, src, pair, (tw, ow), claim)
                .map_or(tokens.clone(), |(a, b)| units.token[a]..units.token[b] + 1),
            format!("the source's attribution \"{said}\" was dropped: a claim is stated as fact"),
        ),
    };
    let (start, end) = doc.token_span(verb);
    out.push(Diagnostic::new(start, end, message).evidence(src.span_text(pair.source_tokens(src))));
}

/// Whether the suspect sentence just before or just after `pair`'s is an
/// attribution cut off on its own ("According to the."): the speaker was
/// lost with a broken sentence, which fragment reports, not left out.
fn attribution_cut(doc: &Document, pair: &AlignedPair) -> bool {
    let near = [pair.suspect.start.checked_sub(1), Some(pair.suspect.end)];
    near.into_iter()
        .flatten()
        .filter_map(|s| doc.sentences.get(s))
        .any(|s| {
            let words: Vec<&str> = doc
                .words(s.tokens.clone())
                .map(|(_, t)| t.norm.as_str())
                .collect();
            words.len() <= SPEAKER_REACH + 2 && words.windows(2).any(|w| w == ["according", "to"])
        })
}

/// The suspect unit of a verb of finding whose subject is a record ("the
/// results showed") where the source's speaker is no record ("according to
/// people familiar with the results") and the suspect attributes the claim
/// by no other word: a speaker's claim told as what a record establishes.
fn record_finding(
    doc: &Document,
    pair: &AlignedPair,
    ow: &[&str],
    speaker: &[String],
) -> Option<usize> {
    if speaker.is_empty() || speaker.iter().any(|s| is_record(s)) {
        return None;
    }
    let established = |w: &str| {
        stances(w)
            .iter()
            .any(|s| s.class == "attribution" && s.group == "established")
    };
    let k = ow.iter().position(|w| established(w))?;
    let other = (0..ow.len()).any(|i| !established(ow[i]) && attributing(ow, i));
    (!other && records_before(doc, pair.suspect_units.token[k])).then_some(k)
}

/// Whether suspect words `ow` still attribute their claim: a verb of saying
/// or stance, "according to", "heard", or the speaker named (a misspelt name still
/// names the speaker: "Pennock" → "Pennick"). A verb of finding the source's
/// words `tw` hold too is the claim's own ("the union says that spending
/// shows" → "that spending shows", "prosecutors allege she knew" → "she
/// knew"), no attribution.
fn attributes(ow: &[&str], tw: &[&str], speaker: &[String]) -> bool {
    let claims_own = |w: &str| {
        !REPORTING.contains(&w)
            && stances(w).iter().any(|s| s.group == "established")
            && tw.iter().any(|t| stem(t) == stem(w))
    };
    let attributed = (0..ow.len()).any(|i| attributing(ow, i) && !claims_own(ow[i]));
    // "according to bookmakers" → "the bookies' favourites": a word for the
    // speaker in its common sense names it too.
    let synonym = |w: &str, s: &str| {
        !is_stopword(w) && synonym_rank(w, s).is_some_and(|(a, b)| a.max(b) <= SPEAKER_SENSES)
    };
    // "a gap in the board's budget": the speaker as an owner names no
    // speaker of the claim; "in the board's view" does.
    let owner_only = |i: usize| {
        ow[i].ends_with("'s")
            && !ow.get(i + 1).is_some_and(|n| {
                matches!(
                    *n,
                    "view" | "words" | "account" | "figures" | "estimate" | "statement"
                ) || attributing(ow, i + 1)
            })
    };
    let named = speaker.iter().any(|s| {
        (0..ow.len()).any(|i| {
            let w = ow[i];
            !owner_only(i) && (stem(w) == stem(s) || misspelling_of(w, s) || synonym(w, s))
        })
    });
    attributed || named
}

/// Words before a noun that make it no verb ("most of those projects").
const QUANTIFIERS: &[&str] = &[
    "those", "these", "of", "such", "other", "many", "most", "some", "all", "several", "both",
];

/// Whether suspect word `i` of `ow` attributes its claim: a verb of saying
/// or stance, "according to", "heard".
fn attributing(ow: &[&str], i: usize) -> bool {
    let w = ow[i];
    // "The project will create", "State funding has fallen": a noun opening
    // the sentence or after a determiner is no verb of forecasting or saying.
    let noun = matches!(w, "project" | "projects" | "state" | "states")
        && (i == 0 || DETERMINERS.contains(&ow[i - 1]) || QUANTIFIERS.contains(&ow[i - 1]));
    // "larger than expected", "as forecast": a comparison with a forecast,
    // which nobody is said to make.
    let compared = i > 0
        && matches!(ow[i - 1], "than" | "as")
        && stances(w).iter().any(|s| s.class == "forecast");
    // "offered to write off the debt": a verb of accounts, no writing.
    let written_off = matches!(w, "write" | "writes" | "wrote" | "written" | "writing")
        && ow.get(i + 1).is_some_and(|n| matches!(*n, "off" | "down"));
    // "Jurors heard that", "the court heard": what a court is told.
    // "£4 per week": a rate, no source; "per the council" names one.
    let per = w == "per" && ow.get(i + 1).is_some_and(|n| DETERMINERS.contains(n));
    per || matches!(w, "according" | "heard" | "hears")
        || REPORTING.contains(&w)
        || DENIALS.contains(&w)
        || (!noun
            && !compared
            && !written_off
            && stances(w)
                .iter()
                .any(|s| matches!(s.class, "attribution" | "evidence" | "forecast")))
}

/// A source attribution: as written, the speaker's content words, the
/// unit where the claim after the verb starts ("said [the cuts were
/// needed]"; `None` where the claim comes first), and the speaker's head
/// noun where the speaker's reach opened on a preposition after it
/// ("residents" of "Residents in the affected villages say").
type Attribution = (String, Vec<String>, Option<usize>, Option<String>);

/// Prepositions after a speaker's head noun ("residents in the villages",
/// "officials at the council").
const SPEAKER_PREPOSITIONS: &[&str] = &[
    "in", "of", "at", "from", "for", "on", "near", "along", "across", "around", "with", "by",
];

/// The speaker's head noun cut off by [`SPEAKER_REACH`]: the word just
/// before source unit `start` where the speaker's words open on a
/// preposition ("Residents [in the affected villages] say").
fn cut_head(src: &Document, units: &Units, tw: &[&str], start: usize) -> Option<String> {
    let before = start.checked_sub(1)?;
    let head = tw[before];
    (SPEAKER_PREPOSITIONS.contains(&tw[start])
        && !is_stopword(head)
        && head.starts_with(char::is_alphabetic)
        && !punctuated_before(src, units.token[start]))
    .then(|| head.to_string())
}

/// The source's attribution of its sentence to a speaker; `None` for a
/// self-report or no attribution.
fn attribution(src: &Document, pair: &AlignedPair, tw: &[&str]) -> Option<Attribution> {
    let units = &pair.source_units;
    let content = |range: std::ops::Range<usize>| -> Vec<String> {
        tw[range]
            .iter()
            .filter(|w| !is_stopword(w) && !REPORTING.contains(w))
            .map(|w| w.to_string())
            .collect()
    };
    let text = |range: std::ops::Range<usize>| src.span_text(units.tokens(range)).to_string();
    if let Some(k) = tw.windows(2).position(|w| w == ["according", "to"]) {
        let end = (k + 2 + SPEAKER_REACH).min(tw.len());
        let end = (k + 2..end)
            .find(|&j| punctuated_before(src, units.token[j]))
            .unwrap_or(end);
        let speaker = content(k + 2..end);
        return (!speaker.is_empty()).then(|| (text(k..end), speaker, None, None));
    }
    let k = tw.iter().position(|w| REPORTING.contains(w))?;
    // "It did not say whether": a denial, no attribution.
    if tw[k.saturating_sub(2)..k]
        .iter()
        .any(|w| is_negator_word(w))
    {
        return None;
    }
    // "the alleged fraud": an adjective, no attribution.
    if k > 0
        && matches!(
            tw[k - 1],
            "the" | "an" | "a" | "his" | "her" | "its" | "their"
        )
    {
        return None;
    }
    // "…, said Marta Olsen": the speaker follows; "…, said it would": not.
    let clause_end = (k + 1..tw.len())
        .find(|&j| punctuated_before(src, units.token[j]))
        .unwrap_or(tw.len());
    // The speaker after the verb is a short name or title that ends its
    // clause, with no verb of its own ("said 71.4% of patients were" is a claim).
    let inverted = punctuated_before(src, units.token[k])
        && tw.get(k + 1).is_some_and(|w| {
            !SELF.contains(w) && *w != "that" && w.starts_with(char::is_alphabetic)
        })
        && clause_end - (k + 1) <= SPEAKER_REACH + 2
        && !tw[k + 1..clause_end]
            .iter()
            .any(|w| GROUP_LEADS.contains(w));
    let (range, claim_start) = if inverted {
        (k + 1..(k + 1 + SPEAKER_REACH).min(tw.len()), 0)
    } else {
        (speaker_start(src, units, tw, k)..k, k + 1)
    };
    let speaker = content(range.clone());
    // The claim's first word: after the verb ("said it would"), or at the
    // start of an inverted sentence ("It will close, the firm said"); "he"
    // or "she" after speakers named in the plural ("prosecutors said he
    // sold") is someone else.
    let plural = !inverted
        && speaker.last().is_some_and(|w| {
            let at = units.token[k - 1];
            let plural = w
                .strip_suffix('s')
                .is_some_and(|one| !one.ends_with('s') && is_known(one));
            (w == "police" || plural)
                && tw[k - 1] == w.as_str()
                && (!src.is_capitalized(at) || is_sentence_initial(src, at))
        });
    if tw[claim_start..]
        .iter()
        .find(|w| **w != "that")
        .is_some_and(|w| SELF.contains(w) && !(plural && PERSONAL.contains(w)))
    {
        return None;
    }
    let head = (!inverted)
        .then(|| cut_head(src, units, tw, range.start))
        .flatten();
    let said = if inverted {
        text(k..range.end)
    } else {
        text(range.start - usize::from(head.is_some())..k + 1)
    };
    let claim = (!inverted).then_some(claim_start);
    (!speaker.is_empty()).then_some((said, speaker, claim, head))
}

/// Words that open a relative clause ("the bridge, which inspectors said was
/// worn"), before which the words are the claim's, not its speaker's.
const RELATIVES: &[&str] = &["which", "that", "who", "whom", "whose", "where"];

/// The first source unit of the speaker before reporting verb `k`: at most
/// [`SPEAKER_REACH`] units back, and not across a comma, a sentence's end or
/// a relative word ("8%, which the council says", "fees that the regulator
/// said", "a day. Claimants allege"), before which the claim's words stand,
/// from a pronoun on ("a target it said"), and from a second noun phrase's
/// article after a first ("a change the company says is needed": the
/// company speaks, not the change).
fn speaker_start(src: &Document, units: &Units, tw: &[&str], k: usize) -> usize {
    let reach = k.saturating_sub(SPEAKER_REACH);
    (reach..k)
        .rev()
        .find_map(|j| {
            if RELATIVES.contains(&tw[j]) {
                Some(j + 1)
            } else if j > reach + 1
                && matches!(tw[j], "the" | "a" | "an")
                && DETERMINERS.contains(&tw[j - 2])
                && !is_stopword(tw[j - 1])
                && tw[j - 1].starts_with(char::is_alphabetic)
            {
                Some(j)
            } else if SELF.contains(&tw[j]) {
                // "a target it said was unchanged": the pronoun is the speaker.
                Some(j)
            } else {
                punctuated_before(src, units.token[j]).then_some(j)
            }
        })
        .unwrap_or(reach)
}
