//! A link the source reports stated as a cause.

use super::flag_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::wordnet::lemmas;
use crate::text::Document;

/// Phrases that state an association, not a cause ("linked to a lower risk").
const ASSOCIATIONS: &[&[&str]] = &[
    &["linked", "to"],
    &["linked", "with"],
    &["associated", "with"],
    &["tied", "to"],
    &["correlated", "with"],
    &["connected", "to"],
    &["connected", "with"],
    &["coincided", "with"],
    &["coincides", "with"],
    &["coinciding", "with"],
    // The nouns: "a link between screen time and poor sleep".
    &["association", "between"],
    &["correlation", "between"],
    &["connection", "between"],
];

/// Forms of "link" that take their object between the verb and its "to"
/// ("study links coffee to a lower risk").
const LINKS: &[&str] = &["link", "links", "linked", "linking"];

/// Words a link may hold between itself and its "to" or "with".
const LINK_REACH: usize = 5;

/// Verbs that state a cause ("cuts the risk", "causes strokes").
const CAUSES: &[&str] = &[
    "cuts", "cut", "reduces", "reduce", "lowers", "lower", "causes", "cause", "caused", "prevents",
    "prevent", "boosts", "boost", "raises", "raise", "triggers", "trigger", "drives", "drive",
    "protects", "protect", "halves", "halve", "driven", "drove", "fuelled", "fueled", "sparked",
    "blamed", "blames", "blame", "blaming",
];

/// Verbs that state a cause with the particle after them ("led to", "resulted in").
const CAUSE_PHRASES: &[&[&str]] = &[
    &["led", "to"],
    &["leads", "to"],
    &["lead", "to"],
    &["leading", "to"],
    &["resulted", "in"],
    &["results", "in"],
    &["resulting", "in"],
];

/// What "behind" places a thing behind when it is no cause ("behind
/// schedule", "behind bars").
const NOT_CAUSED: &[&str] = &["schedule", "bars", "closed", "target", "plan", "inflation"];

/// Whether `words` state an association: "linked to", "linked mainly to"
/// with an adverb between, or "links coffee to" with the linked thing between.
fn associated(words: &[&str]) -> bool {
    ASSOCIATIONS.iter().any(|p| {
        words.windows(p.len()).any(|w| w == *p)
            || words
                .windows(3)
                .any(|w| w[0] == p[0] && w[1].ends_with("ly") && w[2] == p[1])
    }) || words.iter().enumerate().any(|(i, w)| {
        LINKS.contains(w)
            && words
                .iter()
                .skip(i + 1)
                .take(LINK_REACH)
                .any(|n| matches!(*n, "to" | "with" | "between"))
    })
}

/// Where `ow` states a cause `tw` does not, with the length of its phrase:
/// a causing verb in any form ("caused", "reduced"), a verb with its particle ("led to")
/// or "behind" a thing ("sprouts behind outbreak").
fn cause_at(tw: &[&str], ow: &[&str]) -> Option<(usize, usize)> {
    (0..ow.len()).find_map(|k| {
        let w = ow[k];
        let causing =
            || CAUSES.contains(&w) || lemmas(w).iter().any(|l| CAUSES.contains(&l.as_str()));
        if causing() && !tw.contains(&w) {
            return Some((k, 1));
        }
        if let Some(p) = CAUSE_PHRASES
            .iter()
            .find(|p| ow.get(k..k + p.len()) == Some(**p))
        {
            return (!tw.contains(&p[0])).then_some((k, p.len()));
        }
        let behind = w == "behind"
            && !tw.contains(&"behind")
            && ow.get(k + 1).is_some_and(|n| !NOT_CAUSED.contains(n));
        behind.then_some((k, 1))
    })
}

/// An association the source reports ("coffee was linked to a lower risk")
/// stated as a cause ("coffee cuts the risk", "led to a lower risk").
pub fn cause_stated(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    if !associated(tw) || associated(ow) {
        return;
    }
    let Some((k, len)) = cause_at(tw, ow) else {
        return;
    };
    flag_units(
        doc,
        src,
        pair,
        k..k + len,
        |now| format!("\"{now}\": the source reports an association, not a cause"),
        out,
    );
}
