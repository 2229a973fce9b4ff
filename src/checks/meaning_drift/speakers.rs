//! The speaker of a reported claim replaced by another party of the story.

use super::parties;
use crate::align::AlignedPair;
use crate::checks::speakers::{claim_given_to, pair_speakers};
use crate::finding::Diagnostic;
use crate::lexicon::dictionary;
use crate::text::Document;
use crate::text::attribution::all_in;
use crate::text::names::Names;
use crate::text::words::stem;

/// Nouns of an institution that may speak for itself ("the club said"),
/// unlike a person's description ("the coach said").
const INSTITUTIONS: &[&str] = &[
    "club",
    "board",
    "university",
    "trust",
    "council",
    "company",
    "firm",
    "government",
    "ministry",
    "department",
    "police",
    "union",
    "court",
    "hospital",
    "school",
    "college",
    "committee",
    "agency",
    "bank",
    "team",
    "charity",
    "operator",
    "authority",
    "federation",
    "association",
    "commission",
    "league",
    "regulator",
    "prosecutors",
    "investigators",
    "campaigners",
    "airline",
    "institute",
    "group",
];

/// "Trustee Amira Soleh argued" → "The board argued", "Falk said" → "the
/// university said", "A board spokesman said" → "Fetherby said": the same
/// claim, reported by another party of the story, where one speaker is a
/// person's name and the other no name. Two names are entity-drift's; two
/// common nouns are often one party ("the firm" for "the company"). A
/// speaker restated by a word the source gives it ("the chief executive"
/// for "Chief executive Noor Halvorsen"), by a pronoun, or a company's name
/// for "the company" passes. A named body ("the Environment Agency") for
/// an unnamed party is read as two parties with no name.
pub fn speaker_swapped(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (ours, theirs): (&Names, &Names),
    out: &mut Vec<Diagnostic>,
) {
    let Some((was, now)) = pair_speakers(doc, src, (ours, theirs), pair) else {
        return;
    };
    if !was.named && !now.named {
        parties::party_swapped(doc, src, pair, (was, now), out);
        return;
    }
    if was.named == now.named || was.words.is_empty() || now.words.is_empty() {
        return;
    }
    if was.same_party(now, [src, doc]) {
        return;
    }
    let person = if was.named {
        is_person(src, theirs, &was.key)
    } else {
        is_person(src, theirs, &now.key) || is_person(doc, ours, &now.key)
    };
    // "Council officers said" → "The Environment Agency said": a body
    // named by a name that ends on an institution noun is a party, as
    // "the agency" would be.
    let named = if was.named { was } else { now };
    if !person && named.words.last().is_some_and(|w| is_institution(w)) {
        parties::party_swapped(doc, src, pair, (was, now), out);
        return;
    }
    // The new speaker is a party of the story: the source names it, or it
    // is an institution ("the club" for its coach).
    let institution = now.words.last().is_some_and(|w| is_institution(w));
    if !person || !(institution || all_in(src, &now.words)) {
        return;
    }
    out.push(claim_given_to(
        doc,
        src,
        pair,
        (was.range.clone(), now.range.clone()),
    ));
}

/// Whether a stem is an institution noun's.
pub(super) fn is_institution(stemmed: &str) -> bool {
    INSTITUTIONS.iter().any(|i| stem(i) == stemmed)
}

/// Whether a name word is a person's surname: the last word of a longer
/// name in `doc` ("Sofia Falk" for "Falk"), as an organisation's short name
/// is its first ("Veritas Biologics" for "Veritas"), its last an
/// institution noun ("Dunmore County Council") or all its words common ones
/// ("Coastline Power").
fn is_person(doc: &Document, names: &Names, key: &[String]) -> bool {
    names.runs().iter().any(|r| {
        let last = doc.words(r.clone()).last().map(|(_, t)| stem(&t.norm));
        // "Coastline Power": a name made of common words is an organisation's.
        let common = || {
            doc.words(r.clone())
                .all(|(_, t)| dictionary::is_known(&t.norm))
        };
        r.len() >= 2 && last.is_some_and(|w| key.contains(&w) && !is_institution(&w)) && !common()
    })
}
