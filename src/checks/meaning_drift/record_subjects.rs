//! Records and ruling bodies as subjects: "the report found", "the court
//! found" state what a record shows or a body rules, not a claim made
//! certain.

use crate::text::Document;

/// Nouns of a record that shows or finds things itself.
const RECORDS: &[&str] = &[
    "report",
    "data",
    "figures",
    "study",
    "survey",
    "records",
    "statistics",
    "analysis",
    "research",
    "poll",
    "review",
    "audit",
    "inquiry",
    "investigation",
    "tests",
    "results",
];

/// Documents that record what they hold ("the verdict form", "court filings").
const DOCUMENTS: &[&str] = &[
    "form",
    "forms",
    "filing",
    "filings",
    "document",
    "documents",
    "transcript",
    "minutes",
];

/// Whether `word` names a record ("the survey", "the data", "the verdict form").
pub(super) fn is_record(word: &str) -> bool {
    RECORDS.contains(&word) || DOCUMENTS.contains(&word)
}

/// Words before a verb within which its subject, a record, is looked for.
const SUBJECT_REACH: usize = 8;

/// Nouns of a body or a person that a record word may name ("the research
/// centre", "the survey team", "the audit chief"): they, not a record, state.
const RECORD_KEEPERS: &[&str] = &[
    "centre",
    "center",
    "centres",
    "institute",
    "unit",
    "group",
    "team",
    "station",
    "laboratory",
    "lab",
    "department",
    "body",
    "agency",
    "firm",
    "council",
    "foundation",
    "facility",
    "fellow",
    "director",
    "chief",
    "head",
    "staff",
    "scientists",
    "scientist",
];

/// Whether a record ("the data", "the audit") stands in the words before
/// token `t`, and not as the name of a body or person ("the research
/// centre": its scientists state things, a record does not).
pub(super) fn records_before(doc: &Document, t: usize) -> bool {
    noun_of_record_before(doc, t, RECORDS, false)
}

/// Whether one of `nouns` stands in the words before token `t` (within its
/// sentence if `own_sentence`), and not as the name of a body or person
/// that states things ("the accounts department", "the research centre").
pub(super) fn noun_of_record_before(
    doc: &Document,
    t: usize,
    nouns: &[&str],
    own_sentence: bool,
) -> bool {
    let names_keeper = |k: usize| {
        doc.tokens
            .get(k + 1)
            .is_some_and(|n| RECORD_KEEPERS.contains(&n.norm.as_str()))
    };
    let sentence = own_sentence.then(|| doc.sentence_of(t));
    doc.words(t.saturating_sub(SUBJECT_REACH)..t).any(|(k, x)| {
        nouns.contains(&x.norm.as_str())
            && !names_keeper(k)
            && sentence.is_none_or(|s| doc.sentence_of(k) == s)
    })
}

/// Bodies that rule on a case: what they state in a ruling they find.
const RULING_BODIES: &[&str] = &[
    "judge",
    "court",
    "coroner",
    "tribunal",
    "jury",
    "magistrate",
    "magistrates",
    "sheriff",
];

/// Whether a body that rules ("the judge", "the court", "the judges") stands
/// in the words before token `t`, or in the sentence before for a pronoun
/// there: "Judge Selwood said" → "Judge Selwood found" states a ruling as
/// such.
pub(super) fn ruling_before(doc: &Document, t: usize) -> bool {
    let Some(sentence) = doc.sentence_of(t) else {
        return false;
    };
    let start = doc.sentences[sentence]
        .tokens
        .start
        .max(t.saturating_sub(SUBJECT_REACH));
    let ruling = |range: std::ops::Range<usize>| {
        doc.words(range).any(|(_, x)| {
            let w = x.norm.as_str();
            RULING_BODIES.contains(&w)
                || w.strip_suffix('s')
                    .is_some_and(|one| RULING_BODIES.contains(&one))
        })
    };
    // "The judges ruled … They found no evidence": a pronoun subject is the
    // ruling body of the sentence before.
    let pronoun = || {
        doc.words(start..t)
            .any(|(_, x)| matches!(x.norm.as_str(), "they" | "it" | "he" | "she"))
    };
    ruling(start..t)
        || (sentence > 0 && pronoun() && ruling(doc.sentences[sentence - 1].tokens.clone()))
}
