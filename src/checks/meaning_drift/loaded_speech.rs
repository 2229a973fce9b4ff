//! A plain speech verb made loaded where the rewrite also moved it ("said
//! Marta Olvedo" → "Marta Olvedo conceded"), so no substitution pairs the two.

use super::nouns::noun_reading;
use super::speech_verbs::{
    admission_reported, claim_noun, claimed_won, contests, insists_on, own_word,
};
use crate::align::AlignedPair;
use crate::align::units::Units;
use crate::checks::grammar::{BE, HAVE, MODALS};
use crate::finding::Diagnostic;
use crate::lexicon::determiners::{is_article, is_possessive};
use crate::lexicon::negation::is_negator_word;
use crate::text::Document;

/// Speech verbs that only ever load an attribution: unlike "claimed" or
/// "admitted", none is also a plain verb ("claimed lives", "admitted to hospital").
const LOADED_SPEECH: &[&str] = &[
    "insisted",
    "insists",
    "conceded",
    "concedes",
    "boasted",
    "boasts",
    "bragged",
    "fumed",
    "asserted",
    "asserts",
    "confessed",
];

/// Whether token `t` is "claimed" or "claims" closing its sentence ("…, the
/// director claimed."): a speech verb, not a title or lives claimed, which
/// take an object.
fn claim_closing(doc: &Document, t: usize) -> bool {
    matches!(doc.tokens[t].norm.as_str(), "claimed" | "claims")
        && !claim_noun(doc, t)
        && doc
            .tokens
            .get(t + 1)
            .is_none_or(|n| matches!(n.norm.as_str(), "." | "!" | "?"))
}

/// Words after "claimed" within which the verb of the clause it reports is sought.
const CLAUSE_REACH: usize = 4;

/// Whether token `t` is "claimed" reporting a clause mid-sentence ("Keswick,
/// which owns the chain, claimed the increase was needed", "claimed that"):
/// "that" or a finite verb within a few words and no punctuation between,
/// not a passive or an adjective ("was claimed", "the claimed savings") nor
/// a thing won ("claimed the title").
fn claim_reported(doc: &Document, t: usize) -> bool {
    let before = doc.norm_before(t, 1).unwrap_or("");
    doc.tokens[t].norm == "claimed"
        && !claimed_won(doc, t)
        && !BE.contains(&before)
        && !is_article(before)
        && !is_possessive(before)
        && (doc.norm_at(t + 1) == "that"
            || doc.tokens[t + 1..]
                .iter()
                .take(CLAUSE_REACH)
                .take_while(|x| x.is_wordlike())
                .skip(1)
                .any(|x| {
                    let w = x.norm.as_str();
                    BE.contains(&w) || HAVE.contains(&w) || MODALS.contains(&w)
                }))
}

/// Whether token `t` is "admitted" or "admits" conceding a statement
/// ("Varga admitted he had been lucky"), not a patient or a member let in
/// ("was admitted to hospital", "admits new members into").
fn admits_speech(doc: &Document, t: usize) -> bool {
    let norm = |k: usize| doc.norm_at(k);
    matches!(norm(t), "admitted" | "admits")
        && !matches!(
            norm(t + 1),
            "to" | "into" | "as" | "in" | "on" | "at" | "for"
        )
        && t.checked_sub(1).is_none_or(|p| {
            !matches!(
                norm(p),
                "was" | "were" | "is" | "are" | "be" | "been" | "being" | "not"
            )
        })
}

/// Plain speech verbs a rewrite may have made loaded.
const PLAIN_SPEECH: &[&str] = &[
    "said", "says", "told", "tells", "added", "adds", "stated", "states", "noted", "notes",
];

/// "said Marta Olvedo" → "Marta Olvedo conceded", "Velmora said in a
/// statement" → "In a statement, Velmora insisted": a plain speech verb made
/// loaded where the rewrite also moved it, so no substitution pairs the two.
pub(super) fn attribution_moved(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let Some(k) = (0..ours.text.len()).find(|&k| {
        let (w, t) = (ours.text[k].as_str(), ours.token[k]);
        (LOADED_SPEECH.contains(&w)
            || claim_closing(doc, t)
            || claim_reported(doc, t)
            || admits_speech(doc, t))
            && !insists_on(doc, t)
            // "a steep rise in asserts": a spinner's noun, no speech.
            && !noun_reading(doc, t)
    }) else {
        return;
    };
    let to = ours.text[k].as_str();
    let is_plain = |w: &&String| PLAIN_SPEECH.contains(&w.as_str());
    let plain = |units: &Units| units.text.iter().filter(is_plain).count();
    let Some(from) = theirs.text.iter().find(is_plain) else {
        return;
    };
    // "conceded" → "admitted", "admitted" → "conceded": the source concedes
    // already.
    let concession = |w: &str| {
        ["admit", "conced", "acknowledg", "confess"]
            .iter()
            .any(|c| w.starts_with(c))
    };
    let conceded = |w: &String| concession(to) && concession(w);
    // "denied that services would be cut, but said" → "admitted that …, but
    // said", "defended the decision" → "conceded": the source's denial or
    // defence made a concession, a reversal polarity-drift reports.
    // "did not dispute that" grants the claim already.
    let contested = |units: &Units| {
        (0..units.text.len()).any(|k| {
            contests(&units.text[k])
                && !k
                    .checked_sub(1)
                    .is_some_and(|p| is_negator_word(&units.text[p]))
        })
    };
    // "said he had always maintained" → "insisted": the source's own word,
    // or another verb of contention.
    if own_word(src, pair, from, to)
        || theirs.text.iter().any(conceded)
        || admission_reported(to, &theirs.text)
        || plain(ours) > plain(theirs)
        || (contested(theirs) && !contested(ours))
    {
        return;
    }
    let (start, end) = doc.token_span(ours.token[k]..ours.token[k] + 1);
    out.push(
        Diagnostic::new(
            start,
            end,
            format!("\"{from}\" became \"{to}\": attribution changed from neutral to loaded"),
        )
        .evidence(src.sentence_text(pair.source.start)),
    );
}
