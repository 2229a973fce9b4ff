//! A hedge put into a statement the source makes plainly ("earns" → "may
//! earn", "collapsed" → "reportedly collapsed").

use super::dropped::fewer_hedges;
use super::keepers::keepers;
use super::views::view_restated;
use super::words::hedges;
use crate::align::units::Units;
use crate::align::{AlignedPair, EditKind};
use crate::checks::meaning_drift::MAX_SPAN_TOKENS;
use crate::finding::Diagnostic;
use crate::lexicon::wordnet::{VERB, parts_of_speech};
use crate::text::Document;
use std::cell::OnceCell;

/// Words that hedge a statement when put into it ("appeared to lose",
/// "reportedly collapsed", "is thought to have been").
const HEDGE_VERBS: &[&str] = &[
    "appeared",
    "appears",
    "appear",
    "seemed",
    "seems",
    "seem",
    "reportedly",
    "apparently",
    "allegedly",
    "thought",
    "believed",
    "possibly",
    "perhaps",
    "probably",
    "likely",
];

/// Words after "thought" or "believed" that make it a verb of weighing or
/// faith, not a hedge: "had thought about neutralising the descent" restates
/// "had considered", "believed in the plan".
const NOT_BELIEF: &[&str] = &["about", "of", "over", "through", "up", "in"];

/// Whether unit `k` of `units` is a hedge verb: "appeared to lose" hedges,
/// "appeared in the journal" does not, nor a comparison ("faster than believed"),
/// nor "thought about" ("considered" told in other words).
fn hedge_verb(doc: &Document, units: &Units, k: usize) -> bool {
    let word = units.text[k].as_str();
    let seeming = matches!(
        word,
        "appeared" | "appears" | "appear" | "seemed" | "seems" | "seem"
    );
    let compared = units.token[k]
        .checked_sub(1)
        .is_some_and(|p| matches!(doc.tokens[p].norm.as_str(), "than" | "as"));
    let weighed = matches!(word, "thought" | "believed")
        && doc
            .tokens
            .get(units.token[k] + 1)
            .is_some_and(|t| NOT_BELIEF.contains(&t.norm.as_str()));
    HEDGE_VERBS.contains(&word)
        && !compared
        && !weighed
        && (!seeming
            || doc
                .tokens
                .get(units.token[k] + 1)
                .is_some_and(|t| t.norm == "to"))
}

/// Verbs that carry tense, mood or voice, not content.
const AUXILIARIES: &[&str] = &[
    "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "can",
    "will", "would", "shall", "should", "must", "not", "to",
];

/// Verbs of understanding or sympathy after which a "could" tells a capacity
/// the speaker has, not a possibility ("said he understood the decision" →
/// "said he could understand the decision").
const UNDERSTANDING: &[&str] = &[
    "understand",
    "appreciate",
    "comprehend",
    "sympathise",
    "sympathize",
    "empathise",
    "empathize",
];

/// Whether the word after suspect token `at` in `ours` is a verb of
/// understanding ("could understand").
fn understanding_after(ours: &Units, at: usize) -> bool {
    ours.token
        .iter()
        .position(|&t| t == at)
        .and_then(|m| ours.text.get(m + 1))
        .is_some_and(|w| UNDERSTANDING.contains(&w.as_str()))
}

/// A modal hedge put before a verb the source states plainly ("The win earns" →
/// "The win may earn").
pub(in crate::checks::meaning_drift) fn hedge_added(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    // Whether the suspect sentence hedges more, weighed only for an edit
    // that puts a modal for a plain verb: most edits put none.
    let more_hedged = OnceCell::new();
    let more_hedged = || *more_hedged.get_or_init(|| fewer_hedges(&ours.text, &theirs.text));
    // Whether the source sentence hedges nothing ("would not be surprised if
    // waits rose" → "expected that waits might rise": the source hedged the
    // verb already), counted once for all its edits and only when one asks.
    let unhedged = OnceCell::new();
    let unhedged = || *unhedged.get_or_init(|| hedges(&theirs.text) == 0);
    for e in pair.edits.iter().filter(|e| e.kind != EditKind::Equal) {
        let oe = pair.suspect_units.slice(e.suspect.clone());
        let te = pair.source_units.slice(e.source.clone());
        let plain = match &te.text[..] {
            [] => true,
            // "had committed" → "might commit".
            [aux, verb] if AUXILIARIES.contains(&aux.as_str()) && aux != "not" => {
                !AUXILIARIES.contains(&verb.as_str()) && parts_of_speech(verb) & VERB != 0
            }
            [verb] => {
                !AUXILIARIES.contains(&verb.as_str())
                    && hedges(&te.text) + keepers(&te.text) == 0
                    && parts_of_speech(verb) & VERB != 0
            }
            _ => false,
        };
        // "May" capitalised is the month.
        let modal = matches!(
            &oe.words()[..],
            ["may" | "might" | "could"] | ["may" | "might" | "could", _]
        ) && !doc.is_capitalized(oe.token[0])
            && !understanding_after(ours, oe.token[0]);
        // "appeared to lose", "reportedly collapsed", "is thought to have been":
        // a hedge put into a sentence that had none.
        let inserted = (e.kind == EditKind::Insert || plain)
            && unhedged()
            && oe.text.len() <= MAX_SPAN_TOKENS
            && (0..oe.text.len()).any(|k| hedge_verb(doc, &oe, k))
            // "had assumed" → "had believed": a view restated.
            && !view_restated(&te.text, &oe.text);
        if !((plain && modal && more_hedged() && unhedged()) || inserted)
            || restated(&theirs.text, &ours.text, &ours.token, oe.token[0])
        {
            continue;
        }
        let (start, end) = doc.token_span(oe.token[0]..oe.token[0] + 1);
        out.push(
            Diagnostic::new(
                start,
                end,
                format!(
                    "a hedge was added: the source says \"{}\"",
                    src.span_text(pair.source_tokens(src))
                ),
            )
            .evidence(src.span_text(pair.source_tokens(src))),
        );
    }
}

/// Words of concern or fear whose object is a thing that may come ("raised
/// concerns about wash damaging boats").
const CONCERNS: &[&str] = &[
    "concern",
    "concerns",
    "concerned",
    "fear",
    "fears",
    "feared",
    "worry",
    "worries",
    "worried",
];

/// Words before a modal put in within which a concern governs it.
const CONCERN_REACH: usize = 8;

/// Whether the modal at suspect token `at` (of units `ours` over tokens
/// `tokens`) only restates what the source's words `theirs` leave open: the
/// consequence of a condition the source states, told as a counterfactual
/// ("He faced a fine if convicted" → "Had he been convicted, he could have
/// faced a fine"), or the object of a concern the source names too ("raised
/// concerns about wash damaging boats" → "raised concerns that wash could
/// damage boats").
fn restated(theirs: &[String], ours: &[String], tokens: &[usize], at: usize) -> bool {
    let Some(m) = tokens.iter().position(|&t| t == at) else {
        return false;
    };
    let conditional = theirs.iter().any(|w| matches!(w.as_str(), "if" | "unless"))
        && ours.get(m + 1).is_some_and(|w| w == "have");
    let concern = |w: &String| CONCERNS.contains(&w.as_str());
    conditional
        || (theirs.iter().any(concern)
            && ours[m.saturating_sub(CONCERN_REACH)..m].iter().any(concern))
}
