//! Sentence ends that look cut but are whole English: a preposition stranded
//! by a verb ("calls for."), by a "where" or "what" clause, by a relative
//! clause with no "that" (after "something" or "nothing" too), a clause
//! ending on "there" and a form of "be", an adjective ending on "of"
//! ("unheard of"), a time phrase ending on "then" ("since then") and a modal
//! that is a noun or closes an elliptical comparison ("in the will", "as
//! they could").

use crate::checks::grammar::{BE, MODALS};
use crate::lexicon::determiners::{is_article, is_demonstrative, is_possessive};
use crate::lexicon::wordnet::{ADJECTIVE, VERB, lemmas, parts_as_written};
use crate::text::tokens::Token;

/// Prepositions a "where"/"what" clause may strand at the end of a sentence.
pub(super) const STRANDABLE: &[&str] = &["from", "for", "at", "with", "to", "into", "of", "by"];

/// Verbs (base forms) that can end a sentence on "for": "what the standard calls for".
const FOR_VERBS: &[&str] = &[
    "call", "ask", "wait", "pay", "look", "account", "care", "hope", "search", "stand", "vote",
    "apply", "qualify", "opt", "push", "argue",
];

/// Whether `word` + `last` is a verb stranding its "for" ("calls for.").
pub(super) fn ends_verb_for(word: &str, last: &str) -> bool {
    last == "for" && lemmas(word).iter().any(|l| FOR_VERBS.contains(&l.as_str()))
}

/// Whether the last word is a preposition stranded by a "where", "what" or
/// "which" clause before it ("did not say where the money would come from.").
pub(super) fn wh_stranded(words: &[&Token], last: &str) -> bool {
    STRANDABLE.contains(&last)
        && words.len() > 2
        && words[1..words.len() - 2]
            .iter()
            .any(|w| matches!(w.norm.as_str(), "where" | "what" | "which" | "whom" | "who"))
}

/// Whether the last word is a preposition a relative clause with no "that"
/// strands ("the cup they waited 31 years for", "a period to draw
/// conclusions from"): a subject or "to" shortly before it.
pub(super) fn relative_stranded(words: &[&Token], last: &str) -> bool {
    if !STRANDABLE.contains(&last) || words.len() <= 2 {
        return false;
    }
    let inner = &words[1..words.len() - 1];
    inner[inner.len().saturating_sub(RELATIVE_REACH)..]
        .iter()
        .any(|w| {
            matches!(
                w.norm.as_str(),
                "they" | "we" | "he" | "she" | "i" | "you" | "it" | "to"
            )
        })
}

/// Words before a stranded preposition searched for the subject or "to" of
/// the relative clause that strands it.
const RELATIVE_REACH: usize = 6;

/// Indefinite pronouns a relative clause with no "that" may follow, leaving
/// its preposition at the end ("something the council would look into").
const INDEFINITES: &[&str] = &[
    "something",
    "anything",
    "nothing",
    "everything",
    "someone",
    "anyone",
    "somebody",
    "anybody",
];

/// Whether `w` opens the subject of such a relative clause ("something the
/// council …", "nothing they …"): an article, a possessive, a demonstrative
/// but "that" (which may itself open the clause), or a subject pronoun.
fn subject_opener(w: &str) -> bool {
    is_article(w)
        || is_possessive(w)
        || (is_demonstrative(w) && w != "that")
        || matches!(w, "they" | "we" | "he" | "she" | "i" | "you" | "it")
}

/// Whether the sentence ends on a modal that is whole there: a noun after an
/// article or a possessive ("had been left £20,000 in the will."), or the
/// verb of an elliptical comparison whose subject "than" or the second "as"
/// of "as … as" opens ("had preserved as much original material as they
/// could.", "more than the council would."). A modal after its subject alone
/// ("She will.") or after an "as" of time or reason ("stopped work as they
/// could.") is cut.
pub(super) fn whole_modal(words: &[&Token], last: &str) -> bool {
    if !MODALS.contains(&last) {
        return false;
    }
    let n = words.len();
    let norm = |back: usize| n.checked_sub(back).map(|i| words[i].norm.as_str());
    let noun = norm(2).is_some_and(|w| is_article(w) || is_possessive(w));
    let compared = (3..=4).any(|back| {
        let opens = match norm(back) {
            Some("than") => true,
            Some("as") => words[n.saturating_sub(back + COMPARISON_REACH)..n - back]
                .iter()
                .any(|w| w.norm == "as"),
            _ => false,
        };
        opens && norm(back - 1).is_some_and(subject_opener)
    });
    noun || compared
}

/// Words before the second "as" of "as … as" searched for the first ("as
/// much original material as").
const COMPARISON_REACH: usize = 8;

/// Words before the stranded preposition searched for the indefinite pronoun.
const INDEFINITE_REACH: usize = 7;

/// Whether the last word is a preposition stranded by a relative clause after
/// an indefinite pronoun ("were something the council would look into.",
/// "was not something they were designed for."): the clause is whole even
/// where the source went on after the same words.
pub(super) fn indefinite_stranded(words: &[&Token], last: &str) -> bool {
    if !STRANDABLE.contains(&last) || words.len() < 4 {
        return false;
    }
    let inner = &words[..words.len() - 1];
    let from = inner.len().saturating_sub(INDEFINITE_REACH);
    inner[from..]
        .windows(2)
        .any(|w| INDEFINITES.contains(&w[0].norm.as_str()) && subject_opener(&w[1].norm))
}

/// Whether the sentence ends on "there" and a form of "be", with at most a
/// modal between ("how many redundancies there would be."): a whole clause.
pub(super) fn existential(words: &[&Token]) -> bool {
    let n = words.len();
    let norm = |back: usize| n.checked_sub(back).map(|i| words[i].norm.as_str());
    matches!(norm(1), Some("be" | "is" | "was" | "are" | "were" | "been"))
        && (norm(2) == Some("there") || norm(3) == Some("there"))
}

/// Whether `word` + `last` is an adjective WordNet writes with its "of"
/// ("rare but not unheard of."): a whole predicate.
pub(super) fn adjective_of(word: &str, last: &str) -> bool {
    last == "of"
        && [format!("{word}-of"), format!("{word} of")]
            .iter()
            .any(|phrase| parts_as_written(phrase) & ADJECTIVE != 0)
}

/// Whether `word` + `last` is a time phrase ending on "then" ("cleared since
/// then.", "will be ready by then."): a whole adverbial, not a cut.
pub(super) fn then_phrase(word: &str, last: &str) -> bool {
    last == "then" && matches!(word, "since" | "until" | "till" | "by" | "before" | "from")
}

/// Words before a passive participle searched for its form of "be" ("were
/// also looked at").
const PASSIVE_REACH: usize = 3;

/// Whether the last word is a preposition a passive strands from its
/// prepositional verb ("were also looked at.", "was dealt with."): WordNet
/// writes the verb with it, and a form of "be" stands shortly before. An
/// agent's "by" ("was fined by.") is always cut.
pub(super) fn passive_stranded(words: &[&Token], last: &str) -> bool {
    let [.., participle, _] = words else {
        return false;
    };
    let at = words.len() - 2;
    let passive = words[at.saturating_sub(PASSIVE_REACH)..at]
        .iter()
        .any(|w| BE.contains(&w.norm.as_str()));
    STRANDABLE.contains(&last)
        && last != "by"
        && passive
        && lemmas(&participle.norm)
            .iter()
            .any(|l| *l != participle.norm && parts_as_written(&format!("{l} {last}")) & VERB != 0)
}
