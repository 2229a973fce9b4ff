//! A denied decision on an open question ("had not decided whether to
//! appeal") told as settled: with a verb of settling kept ("had decided to
//! appeal") the denial was dropped, a flip; in other words ("would appeal")
//! the undecided option was stated as a plan, which meaning-drift reports.

use crate::align::AlignedPair;
use crate::checks::grammar::opens_question;
use crate::finding::Diagnostic;
use crate::lexicon::wordnet::lemmas;
use crate::text::Document;

/// Verbs that settle a question.
const SETTLING: &[&str] = &[
    "decide",
    "determine",
    "establish",
    "conclude",
    "resolve",
    "settle",
    "ascertain",
];

/// Words after a negator within which its verb and "whether" are looked for.
const QUESTION_REACH: usize = 4;

/// Whether `word` is a form of one of the verbs `list`.
fn form_of(word: &str, list: &[&str]) -> bool {
    list.contains(&word) || lemmas(word).iter().any(|l| list.contains(&l.as_str()))
}

/// Whether `word` is a form of a verb of settling.
fn settling(word: &str) -> bool {
    form_of(word, SETTLING)
}

/// Verbs of assent that settle a question by committing to its act ("had
/// not decided whether to fund" → "has agreed to fund").
const COMMITTING: &[&str] = &["agree"];

/// Whether the negator at token `t` of `src` denies a verb of settling
/// before "whether" ("had not yet decided whether") and `ours`, the other
/// sentence's words, holds no verb of settling nor of committing assent:
/// the question settled in other words.
pub(super) fn settled_otherwise(src: &Document, t: usize, ours: &[&str]) -> bool {
    opens_question(src, t, QUESTION_REACH, settling)
        && !ours.iter().any(|w| settling(w) || form_of(w, COMMITTING))
}

/// Verbs and nouns of doubt that open a question the source leaves open
/// ("questioned whether", "doubts about whether").
const DOUBTING: &[&str] = &["question", "doubt", "query"];

/// Words before "whether" or "if" within which the verb of doubt is looked
/// for ("raised doubts about whether").
const DOUBT_REACH: usize = 3;

/// Whether `theirs`, the source sentence's words, questions whether
/// something holds ("questioned whether the bollards could cope") and
/// `ours`, the other sentence's words, asks no question: a doubt told as a
/// denial or as its opposite ("warned that the bollards could not cope"),
/// which meaning-drift reports.
pub(super) fn doubt_asserted(theirs: &[&str], ours: &[&str]) -> bool {
    let asks = |w: &[&str]| w.contains(&"whether");
    !asks(ours)
        && theirs.iter().enumerate().any(|(k, &w)| {
            matches!(w, "whether" | "if")
                && theirs[k.saturating_sub(DOUBT_REACH)..k]
                    .iter()
                    .any(|v| doubting(v))
        })
}

/// Whether flip `d` replaced a word of a question of doubt in the source
/// sentence of `pair` that the suspect tells as answered ("questioned
/// whether it had acted quickly enough" → "accused it of acting too
/// slowly").
pub(super) fn questioned_flip(pair: &AlignedPair, d: &Diagnostic) -> bool {
    // Cheap guard first: a question of doubt needs its "whether" or "if".
    let asks = pair
        .source_units
        .text
        .iter()
        .any(|w| w == "whether" || w == "if");
    asks && d.suggestion.as_deref().is_some_and(|was| {
        doubted_word(&pair.source_units.words(), &pair.suspect_units.words(), was)
    })
}

/// Whether `was`, the source word a flip replaced, stands in a question of
/// doubt the other sentence, `ours`, tells as answered.
fn doubted_word(theirs: &[&str], ours: &[&str], was: &str) -> bool {
    doubt_asserted(theirs, ours)
        && theirs
            .iter()
            .position(|&w| matches!(w, "whether" | "if"))
            .is_some_and(|k| theirs[k + 1..].iter().any(|w| w.eq_ignore_ascii_case(was)))
}

/// Whether `word` is a form of a verb or noun of doubt.
fn doubting(word: &str) -> bool {
    DOUBTING.contains(&word) || lemmas(word).iter().any(|l| DOUBTING.contains(&l.as_str()))
}
