//! A denied decision on an open question ("had not decided whether to
//! appeal") told as settled: with a verb of settling kept ("had decided to
//! appeal") the denial was dropped, a flip; in other words ("would appeal")
//! the undecided option was stated as a plan, which meaning-drift reports.

use crate::checks::grammar::opens_question;
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

/// Whether `word` is a form of a verb of settling.
fn settling(word: &str) -> bool {
    SETTLING.contains(&word) || lemmas(word).iter().any(|l| SETTLING.contains(&l.as_str()))
}

/// Whether the negator at token `t` of `src` denies a verb of settling
/// before "whether" ("had not yet decided whether") and `ours`, the other
/// sentence's words, holds no verb of settling: the question settled in
/// other words.
pub(super) fn settled_otherwise(src: &Document, t: usize, ours: &[&str]) -> bool {
    opens_question(src, t, QUESTION_REACH, settling) && !ours.iter().any(|w| settling(w))
}
