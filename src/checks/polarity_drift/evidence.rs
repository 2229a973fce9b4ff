//! Denials of proof: "could not establish that the closures were the cause",
//! "no evidence yet linking them" restated as the fact itself ("the
//! closures caused the rise") is a claim made certain, which meaning-drift
//! reports; "found no evidence" → "found evidence" keeps the word and flips.

use super::negation::Changed;
use crate::align::units::Units;
use crate::align::{AlignedPair, Edit};
use crate::lexicon::negation::is_negator_word;
use crate::lexicon::wordnet::share_lemma;
use crate::text::Document;
use crate::text::words::stem;
use std::sync::OnceLock;

/// Words that name proof or its finding.
const PROOF: &[&str] = &[
    "evidence",
    "establish",
    "established",
    "prove",
    "proved",
    "proven",
    "proof",
    "demonstrate",
    "demonstrated",
];

/// Words after a negator searched for the proof it denies.
const PROOF_REACH: usize = 2;

/// Whether the source negator at token `t` denies proof, and the suspect
/// sentence names no proof ("no evidence" → "there was proof" flips).
pub(super) fn proof_denied(doc: &Document, src: &Document, pair: &AlignedPair, t: usize) -> bool {
    let denies = src
        .words(t + 1..pair.source_tokens(src).end)
        .take(PROOF_REACH)
        .any(|(_, w)| PROOF.contains(&w.norm.as_str()));
    static ROOTS: OnceLock<Vec<String>> = OnceLock::new();
    let roots = ROOTS.get_or_init(|| PROOF.iter().map(|w| stem(w)).collect());
    denies
        && !doc
            .words(pair.suspect_tokens(doc))
            .any(|(_, w)| roots.contains(&stem(&w.norm)))
}

/// Verbs that attribute a claim as found, confirmed or ruled, by prefix.
const ASSERTING: &[&str] = &["confirm", "found", "rule", "blame", "conclud", "establish"];

/// Verbs whose denial commits to nothing ("did not say", "could not
/// establish", "did not rule out"), by prefix.
const UNCOMMITTED: &[&str] = &[
    "say",
    "said",
    "comment",
    "confirm",
    "find",
    "found",
    "establish",
    "prove",
    "rule",
];

/// Words after a negator searched for the verb it leaves uncommitted.
const UNCOMMITTED_REACH: usize = 2;

/// Whether the words hold a negator that denies a verb of saying or
/// finding ("did not say", "could not establish"): a claim left untold.
pub(super) fn untold(words: &[&str]) -> bool {
    (0..words.len()).any(|k| {
        is_negator_word(words[k])
            && words[k + 1..]
                .iter()
                .take(UNCOMMITTED_REACH)
                .any(|w| UNCOMMITTED.iter().any(|u| w.starts_with(u)))
    })
}

/// Whether a claim the source leaves untold the suspect attributes as
/// found or confirmed ("did not rule out job losses" → "confirmed that
/// there would be job losses"): a flip, not a restatement.
pub(super) fn untold_asserted(theirs: &[&str], ours: &[&str]) -> bool {
    untold(theirs)
        && !ours.iter().any(|w| is_negator_word(w))
        && ours
            .iter()
            .any(|w| ASSERTING.iter().any(|a| w.starts_with(a)))
}

/// Whether the suspect side of edit `e` holds a verb that attributes its
/// clause as found or confirmed ("it confirmed that", "also found").
pub(super) fn asserted(doc: &Document, e: &Edit) -> bool {
    doc.words(e.suspect.clone()).any(|(k, w)| {
        ASSERTING.iter().any(|a| w.norm.starts_with(a))
            // "with the coroner ruling that it had been buried" (not "the
            // ruling coalition").
            || (w.norm == "ruling"
                && doc
                    .words(k + 1..doc.tokens.len())
                    .next()
                    .is_some_and(|(_, n)| n.norm == "that"))
    })
}

/// Verbs of telling whose denial leaves a claim untold ("did not say
/// whether", "did not disclose how much"), as base forms; moved_denial.rs
/// adds the verbs whose denial moved onto the report flips it.
pub(super) const TELLING: &[&str] = &[
    "say", "disclose", "indicate", "specify", "reveal", "announce",
];

/// Whether `word` is written as a verb of [`TELLING`] or "said".
fn telling(word: &str) -> bool {
    word == "said" || TELLING.contains(&word)
}

/// Most words of the suspect side of an edit that tells again what the
/// source's denied verb of telling left untold ("said", "has said"); also
/// the tokens after an edit that only cuts a denial searched for the verb.
const TOLD_WORDS: usize = 3;

/// Whether `word`, after a verb of telling, still leaves its claim untold:
/// a negator or the opening of a question ("said nothing", "said whether").
fn leaves_untold(word: &str) -> bool {
    is_negator_word(word) || matches!(word, "whether" | "if")
}

/// Whether edit `e` drops a denial of telling and keeps the verb of
/// telling, undenied and with no open question left ("did not say whether
/// they would appeal" → "said they would appeal"): what the source left
/// untold, the copy says was told, a flip of the verb itself. An edit with
/// no words on the suspect side is judged by [`denial_cut_from_telling`].
fn told_again(doc: &Document, src: &Document, e: &Edit) -> bool {
    let ours = Units::new(doc, e.suspect.clone());
    let ours = ours.words();
    if ours.is_empty() {
        return denial_cut_from_telling(doc, src, e);
    }
    if ours.len() > TOLD_WORDS || ours.iter().any(|w| leaves_untold(w) || *w == "unclear") {
        return false;
    }
    let theirs = Units::new(src, e.source.clone());
    let theirs = theirs.words();
    (0..theirs.len()).any(|k| {
        is_negator_word(theirs[k])
            && theirs[k + 1..]
                .iter()
                .take(UNCOMMITTED_REACH)
                .any(|w| telling(w) && ours.iter().any(|o| share_lemma(o, w)))
    })
}

/// Whether edit `e` only deletes the denial before a verb of telling both
/// sides keep, and the copy's verb is followed by no open question ("has
/// not said whether it will consider the bid" → "has said it will consider
/// the bid"): the denial cut out of "not said", a flip of the verb.
fn denial_cut_from_telling(doc: &Document, src: &Document, e: &Edit) -> bool {
    let theirs = Units::new(src, e.source.clone());
    if !theirs.words().last().is_some_and(|w| is_negator_word(w)) {
        return false;
    }
    let after = |d: &Document, at: usize| Units::new(d, at..(at + TOLD_WORDS).min(d.tokens.len()));
    let (was, now) = (after(src, e.source.end), after(doc, e.suspect.end));
    let (was, now) = (was.words(), now.words());
    let (Some(verb), Some(kept)) = (was.first(), now.first()) else {
        return false;
    };
    telling(verb) && share_lemma(kept, verb) && !now.get(1).is_some_and(|w| leaves_untold(w))
}

/// Whether edit `e` tells as told what the source left untold: attributed
/// as found or confirmed ([`asserted`]) or said with the verb of telling
/// kept ([`told_again`]).
pub(super) fn asserted_or_told(doc: &Document, src: &Document, e: &Edit) -> bool {
    asserted(doc, e) || told_again(doc, src, e)
}

/// Whether a changed edit drops a denial of saying or finding and the copy
/// attributes its clause as found or confirmed in that edit ("did not
/// comment on individual policies" → "confirmed it had cancelled the
/// policy", "did not, however, find that" → "also found that"): a flip that
/// no negative word elsewhere in the sentence answers.
pub(super) fn untold_made_told(doc: &Document, src: &Document, changed: &[Changed]) -> bool {
    changed.iter().any(|(e, added, na)| {
        *na > added.len()
            && untold(&Units::new(src, e.source.clone()).words())
            && asserted_or_told(doc, src, e)
            && !Units::new(doc, e.suspect.clone())
                .words()
                .iter()
                .any(|w| is_negator_word(w))
    })
}
