//! How a verb of saying is used: condemning a verdict the source states,
//! demanding, refused, granting a denied claim, or a noun or a win, not speech.

use super::claims;
use crate::align::AlignedPair;
use crate::lexicon::determiners::{is_article, is_plural_quantifier, is_possessive};
use crate::lexicon::negation::is_negator_word;
use crate::lexicon::stance::{Stance, stances};
use crate::text::Document;
use crate::text::numbers::plain_number;
use crate::text::words::{is_stopword, stem};

/// Verdicts of fault: said of a thing, they already condemn it.
const FAULT_VERDICTS: &[&str] = &[
    "unacceptable",
    "unfair",
    "unjust",
    "unjustified",
    "unreasonable",
    "inadequate",
    "wrong",
    "disgraceful",
    "shameful",
    "scandalous",
    "outrageous",
    "appalling",
    "irresponsible",
    "reckless",
    "unworkable",
    "flawed",
];

/// Words after a verb of condemnation within which its "as" is looked for.
const AS_REACH: usize = 6;

/// Whether suspect token `t`, a verb of strong criticism, condemns its object
/// "as" a verdict of fault ("as unacceptable", "as too short") the source's
/// sentence around token `s` states too: the verb adds no stance.
pub(super) fn condemns_verdict(
    src: &Document,
    s: usize,
    doc: &Document,
    t: usize,
    to: &str,
) -> bool {
    let strong = stances(to)
        .iter()
        .any(|x| x.class == "criticism" && x.group == "strong");
    let Some(sent) = doc.sentence_of(t).filter(|_| strong) else {
        return false;
    };
    let end = doc.sentences[sent].tokens.end.min(t + AS_REACH + 1);
    let Some(a) = (t + 1..end).find(|&i| doc.tokens[i].norm == "as") else {
        return false;
    };
    let norm = |k: usize| doc.norm_at(k);
    let verdict = match norm(a + 1) {
        "too" => norm(a + 2),
        w if FAULT_VERDICTS.contains(&w) => w,
        _ => return false,
    };
    let stated = src.sentence_of(s).is_some_and(|k| {
        src.words(src.sentences[k].tokens.clone())
            .any(|(_, w)| w.norm == verdict)
    });
    !verdict.is_empty() && stated
}

/// Whether token `t` is "insist" demanding something ("insists on two
/// signatures", "insisted upon a refund"), not attributing a quotation
/// before it ("\"…,\" she insisted on a call with reporters").
pub(super) fn insists_on(doc: &Document, t: usize) -> bool {
    let quoted_before = doc
        .sentence_of(t)
        .is_some_and(|s| claims::quoted(doc, doc.sentences[s].tokens.start..t));
    doc.tokens[t].norm.starts_with("insist")
        && doc
            .tokens
            .get(t + 1)
            .is_some_and(|n| matches!(n.norm.as_str(), "on" | "upon"))
        && !quoted_before
}

/// Words after a verb of saying searched for a denial of what it reports.
const DENIAL_REACH: usize = 5;

/// Whether a verb of saying grants what it reports is true ("confirmed",
/// "acknowledged", "admitted", "conceded").
pub(super) fn grants(word: &str) -> bool {
    stances(word).iter().any(|s| s.group == "affirming")
        || ["acknowledg", "admit", "conced", "confess"]
            .iter()
            .any(|p| word.starts_with(p))
}

/// Whether `word` denies or defends against a claim ("denied", "defended",
/// "disputed"): a verb granting the claim in its place reverses it.
pub(super) fn contests(word: &str) -> bool {
    [
        "deni", "deny", "defend", "disput", "reject", "rebut", "refut", "contest",
    ]
    .iter()
    .any(|p| word.starts_with(p))
}

/// Whether `words` hold a denial or dispute of a claim ("claimed …, which he
/// denied"): a claim told as said keeps its dispute.
pub(super) fn disputed(words: &[String]) -> bool {
    words.iter().any(|w| contests(w))
}

/// Whether the source's sentence holds the suspect's word `to` in another
/// form, not as the word `from` it replaced ("said the jobs were welcome" →
/// "welcomed the jobs"), or, for a verb of contention, another of them outside
/// a quotation ("said he had always maintained his innocence" → "insisted he
/// was innocent"; not "you cannot argue with the sky," Batti said).
pub(super) fn own_word(src: &Document, pair: &AlignedPair, from: &str, to: &str) -> bool {
    let root = stem(to);
    let contends = |w: &str| {
        stances(w)
            .iter()
            .any(|s| s.class == "attribution" && s.group == "contention")
    };
    let contention = contends(to);
    let theirs = &pair.source_units;
    (0..theirs.text.len()).any(|j| {
        let w = theirs.text[j].as_str();
        // "after a series of claims": the noun is no word of the speaker's.
        w != from
            && !claim_noun(src, theirs.token[j])
            && (stem(w) == root
                || contention && contends(w) && !src.quotes.encloses(theirs.token[j]))
    })
}

/// Whether a denial follows the verb at token `t` closely ("said it could
/// not verify", "said she had not put").
pub(super) fn denial_after(doc: &Document, t: usize) -> bool {
    doc.words(t + 1..doc.tokens.len())
        .take(DENIAL_REACH)
        .any(|(_, x)| is_negator_word(&x.norm))
}

/// Whether token `t` is "claim" or "claims" as a noun: after a determiner, an
/// adjective, a quantifier or a verb taking it as object ("put claims at"), or
/// before a verb of being or a preposition.
pub(super) fn claim_noun(doc: &Document, t: usize) -> bool {
    let norm = |k: usize| doc.norm_at(k);
    matches!(norm(t), "claim" | "claims")
        && (matches!(
            norm(t + 1),
            "are"
                | "were"
                | "is"
                | "was"
                | "of"
                | "for"
                | "against"
                | "from"
                | "have"
                | "had"
                | "at"
                | "worth"
                | "totalling"
                | "totaling"
        ) || t.checked_sub(1).is_some_and(|p| {
            matches!(
                norm(p),
                "the"
                    | "a"
                    | "an"
                    | "insurance"
                    | "its"
                    | "their"
                    | "these"
                    | "such"
                    | "more"
                    | "fewer"
                    | "new"
                    | "of"
                    | "put"
                    | "paid"
                    | "pay"
                    | "filed"
                    | "file"
            )
        }))
}

/// Things "claimed" wins or takes, not a statement ("claimed lives", "claimed the title").
const CLAIMED_THINGS: &[&str] = &[
    "lives",
    "life",
    "victims",
    "title",
    "titles",
    "victory",
    "responsibility",
    "credit",
    "seat",
    "seats",
    "prize",
    "crown",
    "medal",
];

/// Words of an amount after "claimed" within which the thing it took is
/// looked for ("claimed more than 300 lives").
const AMOUNT_REACH: usize = 4;

/// Whether `w` is a word of an amount: a number, a quantifier, or a word of
/// a bound or an approximation ("more than 300", "several", "nearly 40").
fn amount_word(w: &str) -> bool {
    plain_number(w).is_some()
        || is_plural_quantifier(w)
        || matches!(
            w,
            "more" | "than" | "over" | "nearly" | "almost" | "about" | "around" | "at" | "least"
        )
}

/// Whether token `t` is "claim" taking a thing won or taken, a word or an
/// article before it ("the disease claimed lives", "claimed the title"), or
/// an amount of it ("the outbreaks claimed more than 300 lives").
pub(super) fn claimed_won(doc: &Document, t: usize) -> bool {
    let norm = |k: usize| doc.norm_at(k);
    let counted = || {
        (t + 1..=t + AMOUNT_REACH + 1)
            .find(|&k| !amount_word(norm(k)))
            .is_some_and(|k| k > t + 1 && CLAIMED_THINGS.contains(&norm(k)))
    };
    norm(t).starts_with("claim")
        && (CLAIMED_THINGS.contains(&norm(t + 1))
            || ((is_article(norm(t + 1)) || is_possessive(norm(t + 1)))
                && CLAIMED_THINGS.contains(&norm(t + 2)))
            || counted())
}

/// Whether the verb at token `t` of `doc` is refused ("declined to", "refused to").
pub(super) fn refused(doc: &Document, t: usize) -> bool {
    t >= 2
        && doc.tokens[t - 1].norm == "to"
        && matches!(
            doc.tokens[t - 2].norm.as_str(),
            "declined" | "declines" | "decline" | "refused" | "refuses" | "refuse"
        )
}

/// Whether shift `a` is no conviction, or a belief told as a statement by
/// the same holder, the word before each ("Police believe" → "Police say").
/// A statement by someone else ("Investigators believe" → "Okonjo said")
/// reports it, and a statement told as a belief ("says" → "believes")
/// claims less. Likewise a criticism or doubt is drift only when the source's
/// own speaker gives it ("Dr Gwillim said" → "Dr Gwillim criticised"); another
/// party's ("Residents have criticised" for "Minister Roszak said") is a
/// sentence of its own the aligner paired.
pub(super) fn same_holder(a: &Stance, src: &Document, j: usize, doc: &Document, k: usize) -> bool {
    let critic = |d: &Document, t: usize| {
        let w = d.tokens[t].norm.as_str();
        w.starts_with("critici") || w.starts_with("question")
    };
    if a.class == "attribution" && (critic(src, j) || critic(doc, k)) {
        let ours = subject(doc, k);
        return subject(src, j).iter().any(|w| ours.contains(w));
    }
    if a.class != "conviction" {
        return true;
    }
    fn before(d: &Document, t: usize) -> Option<&str> {
        t.checked_sub(1).map(|p| d.tokens[p].norm.as_str())
    }
    a.group == "belief"
        && before(src, j).is_some_and(|w| w.chars().all(char::is_alphabetic))
        && before(src, j) == before(doc, k)
}

/// Stems of the content words before token `t` in its sentence: the subject
/// of the verb at `t`, with whatever leads up to it.
pub(super) fn subject(d: &Document, t: usize) -> Vec<String> {
    let start = d.sentence_of(t).map_or(t, |s| d.sentences[s].tokens.start);
    d.words(start..t)
        .map(|(_, w)| w.norm.as_str())
        .filter(|w| !is_stopword(w))
        .map(stem)
        .collect()
}

/// Whether a shift of reception runs from one end of the scale to the other
/// ("opposed" → "in favour"): an opposite, which polarity-drift reports,
/// where a move to or from a split or lukewarm reception ("backed" →
/// "divided over", "welcomed" → "lukewarm about") is this rule's.
pub(super) fn reception_reversed(a: &Stance, b: &Stance) -> bool {
    a.class == "reception"
        && matches!(
            (a.group, b.group),
            ("backed", "opposed") | ("opposed", "backed")
        )
}

/// Beginnings of verbs by which a speaker grants a point.
const CONCEDING: &[&str] = &["accept", "admit", "acknowledg", "conced"];

/// Words after a first-person subject within which its verb of granting is sought.
const ADMISSION_REACH: usize = 3;

/// Whether `to` is a verb of conceding and the source's words (`theirs`)
/// hold the speaker's own admission, a first-person verb of granting not
/// denied ("\"We accept we are behind,\" said" → "conceded"): the verb
/// names what the quotation does.
pub(super) fn admission_reported(to: &str, theirs: &[String]) -> bool {
    let conceding = |w: &str| CONCEDING.iter().any(|p| w.starts_with(p));
    conceding(to)
        && (0..theirs.len()).any(|i| {
            matches!(theirs[i].as_str(), "i" | "we")
                && theirs[i + 1..]
                    .iter()
                    .take(ADMISSION_REACH)
                    .take_while(|w| !is_negator_word(w))
                    .any(|w| conceding(w))
        })
}
