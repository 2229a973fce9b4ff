//! A claim the source attributes to a speaker ("according to police", "the
//! firm said") stated with no attribution at all.

mod clauses;
mod speaker;
mod verbs;

use super::carried::{said_before, said_unmatched_before};
use super::claims::{determiner, quoted};
use super::record_subjects::{is_record, records_before};
use crate::align::{AlignedPair, MATCH_THRESHOLD};
use crate::finding::Diagnostic;
use crate::lexicon::determiners::{is_plural_demonstrative, is_plural_quantifier};
use crate::lexicon::dictionary::misspelling_of;
use crate::lexicon::stance::stances;
use crate::lexicon::wordnet::synonym_rank;
use crate::text::Document;
use crate::text::words::{GROUP_LEADS, has_stem, is_stopword, same_stem, stem};
use speaker::{BELIEFS, attribution};

/// Verbs that attribute a claim to a speaker ("police said", "prosecutors
/// allege"); "according to" attributes too.
const REPORTING: &[&str] = &[
    "said", "says", "say", "told", "allege", "alleges", "alleged", "claim", "claims", "claimed",
    "argue", "argues", "argued", "insist", "insists", "insisted",
];

/// Verbs of telling or describing that keep a claim its speaker's where the
/// copy puts them in ("told growers that" → "informed growers that", "what
/// the company says is" → "what it describes as"); the source's own are no
/// attribution the copy must keep.
const TELLING: &[&str] = &["informed", "informs", "describes", "described"];

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
/// [`plan_stated_done`] and its kin judge, unless a verb of belief follows
/// ("said they did not expect the review to delay": a claim about another).
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
/// story still follows it). Where the source opens on its speaker, the
/// speaker must be named in the clause of the claim ("The park said the
/// elephants would stay" → "The elephants will stay, and the park will pay"
/// is flagged).
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
    let Some((said, speaker, claim, head, own)) = attribution(src, pair, tw) else {
        return;
    };
    // "…, but volunteers had covered the cases, and the curator said no
    // buttons had been lost" → "…, but volunteers had covered the cases.":
    // the claim after the verb is told elsewhere, if at all; this copy
    // states nothing the speaker vouches for ("said on Wednesday", with no
    // verb of its own, is no claim after the verb).
    if claim.is_some_and(|c| {
        tw[c..].iter().any(|w| GROUP_LEADS.contains(w)) && !claim_told(&tw[c..], ow)
    }) {
        return;
    }
    // "Residents in the affected villages say the gaps have hit older
    // readers hardest" → "… older readers in the affected villages hardest":
    // the villages are the claim's place; only the head noun names the
    // speaker in the sentence itself.
    let naming = head.map_or_else(|| speaker.clone(), |h| vec![h]);
    // The source's claim after its verb of saying ("said [the council had
    // rejected the offer]").
    let told = claim.map_or(&[][..], |c| &tw[c..]);
    let split_off = pairs.iter().any(|other| {
        !std::ptr::eq(other, pair)
            && (other.suspect.start < pair.suspect.start || doc.is_headline(pair.suspect.start))
            && other.source.start < pair.source.end
            && pair.source.start < other.source.end
            && attributes(&other.suspect_units.words(), (tw, told), &speaker)
    });
    let found = record_finding(doc, pair, ow, &speaker);
    // A speaker named in another clause vouches for none of this one; a
    // verb of saying anywhere still attributes.
    let clause = clauses::claim_clause(doc, src, pair, (tw, ow), claim);
    // "said they did not expect the review to delay" → "do not think the
    // review will delay": the belief kept by any verb of belief.
    let believed = own
        && ow.iter().any(|w| {
            let word = stem(w);
            BELIEFS.iter().any(|b| has_stem(b, &word))
        });
    let attributed = believed
        || attributes(&ow[clause], (tw, told), &naming)
        || attributes(ow, (tw, told), &[])
        || split_off
        || said_before(doc, pair, &speaker, REPORTING)
        || said_unmatched_before(doc, (pair, pairs), told, REPORTING)
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

/// Whether suspect words `ow` hold a word of the claim `claim` (source
/// words after its verb of saying), as written, of its stem or of the same
/// sense; a claim of no content words is taken as told.
fn claim_told(claim: &[&str], ow: &[&str]) -> bool {
    let mut content = claim
        .iter()
        .filter(|w| !is_stopword(w) && w.starts_with(char::is_alphanumeric))
        .peekable();
    content.peek().is_none()
        || content.any(|c| {
            ow.iter()
                .any(|w| same_stem(w, c) || synonym_rank(w, c).is_some())
        })
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
/// knew"), no attribution, as is any other verb of saying or stance the
/// source's claim `told` holds as written ("Gerald Minto said the council
/// had rejected the offer" → "The council rejected the offer", "said no
/// calls were missed" → "No calls were missed").
fn attributes(ow: &[&str], (tw, told): (&[&str], &[&str]), speaker: &[String]) -> bool {
    let claims_own = |w: &str| {
        !REPORTING.contains(&w)
            && (stances(w).iter().any(|s| s.group == "established")
                && tw.iter().any(|t| same_stem(t, w))
                || !matches!(w, "according" | "heard" | "hears" | "per") && in_claim(told, w))
    };
    let attributed = (0..ow.len()).any(|i| attributing(ow, i) && !claims_own(ow[i]));
    // "according to bookmakers" → "the bookies' favourites": a word for the
    // speaker in its common sense names it too.
    let synonym = |w: &str, s: &str| {
        !is_stopword(w) && synonym_rank(w, s).is_some_and(|(a, b)| a.max(b) <= SPEAKER_SENSES)
    };
    // "a gap in the board's budget": the speaker as an owner names no
    // speaker of the claim; "in the board's view" does, as does "the club's
    // position is that" for "the club argues that".
    let owner_only = |i: usize| {
        ow[i].ends_with("'s")
            && !ow.get(i + 1).is_some_and(|n| {
                matches!(
                    *n,
                    "view"
                        | "words"
                        | "account"
                        | "figures"
                        | "estimate"
                        | "statement"
                        | "position"
                        | "opinion"
                        | "argument"
                        | "assessment"
                ) || attributing(ow, i + 1)
            })
    };
    let named = speaker.iter().any(|s| {
        (0..ow.len()).any(|i| {
            let w = ow[i];
            !owner_only(i) && (same_stem(w, s) || misspelling_of(w, s) || synonym(w, s))
        })
    });
    attributed || named
}

/// Whether `w`, before a noun, makes it no verb ("most of those projects"):
/// a plural demonstrative or quantifier, "most", "such", "other" or "of".
fn quantifier(w: &str) -> bool {
    is_plural_demonstrative(w)
        || is_plural_quantifier(w)
        || matches!(w, "most" | "such" | "other" | "of")
}

/// Whether suspect word `i` of `ow` attributes its claim: a verb of saying
/// or stance, "according to", "heard".
fn attributing(ow: &[&str], i: usize) -> bool {
    let w = ow[i];
    // "The project will create", "State funding has fallen": a noun opening
    // the sentence or after a determiner is no verb of forecasting or saying.
    let noun = matches!(w, "project" | "projects" | "state" | "states")
        && (i == 0 || determiner(ow[i - 1]) || quantifier(ow[i - 1]));
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
    let per = w == "per" && ow.get(i + 1).is_some_and(|n| determiner(n));
    // "the company's claims of progress", "Claims from the estate have
    // risen": a noun of claiming, with no "that" after it, attributes nothing.
    let claims = matches!(w, "claim" | "claims")
        && (i == 0 || ow[i - 1].ends_with("'s") || determiner(ow[i - 1]))
        && ow.get(i + 1) != Some(&"that");
    !claims
        && (per
            || matches!(w, "according" | "heard" | "hears")
            || REPORTING.contains(&w)
            || TELLING.contains(&w)
            || DENIALS.contains(&w)
            || (!noun
                && !compared
                && !written_off
                && stances(w)
                    .iter()
                    .any(|s| matches!(s.class, "attribution" | "evidence" | "forecast"))))
}

/// Whether the source's claim `told` holds `word` as its own, not as the
/// speaker's next act joined to the verb of saying ("said the level might
/// fall, but warned residents to stay alert").
fn in_claim(told: &[&str], word: &str) -> bool {
    told.iter()
        .enumerate()
        .any(|(i, t)| *t == word && (i == 0 || !matches!(told[i - 1], "but" | "and")))
}
