//! Statements with no main clause: only an attribution ("According to the
//! ministry."), only a subordinate clause ("Which is at the club's ground."),
//! or the tail of a source sentence after a comma, word for word.

use super::TRAILING_PHRASES;
use super::source_cut::source_goes_on;
use super::verbless::has_main_verb;
use crate::checks::Context;
use crate::checks::grammar::MODALS;
use crate::lexicon::wordnet::{NOUN, VERB, parts_as_written};
use crate::text::tokens::{Token, TokenKind};

/// Longest sentence that is only an attribution ("According to the ministry.").
const ATTRIBUTION_WORDS: usize = 7;

/// Fewest words a prepositional phrase needs to count as split off.
const MIN_PHRASE_WORDS: usize = 4;

/// Fewest words a piece needs before it is looked for after a source comma.
const MIN_SPLIT_WORDS: usize = 3;

/// Whether a sentence is the tail of a source sentence after a comma, word for
/// word ("Making it the wettest June since 1911.", "Including four
/// children."): a clause split off, with no main clause of its own.
pub(super) fn split_off(ctx: &Context, words: &[&Token]) -> bool {
    let Some(source) = ctx.source else {
        return false;
    };
    let first = match words.first() {
        Some(w) if words.len() >= MIN_SPLIT_WORDS => w.norm.as_str(),
        _ => return false,
    };
    // "And …" stands as a sentence; "The …", "It …" after an opening phrase
    // ("According to police, the transfer was made") is a main clause.
    if matches!(
        first,
        "and"
            | "but"
            | "or"
            | "so"
            | "yet"
            | "nor"
            | "the"
            | "a"
            | "an"
            | "this"
            | "these"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "its"
            | "their"
            | "his"
            | "her"
    ) {
        return false;
    }
    // "In front of 61,240 fans at the stadium.": a phrase of place, time or
    // manner the source ends its sentence with, cut loose with no comma. One
    // with a verb of its own is a clause the source reported ("Residents say
    // at least 19 balls have landed …" → "At least 19 balls have landed …").
    let phrase = words.len() >= MIN_PHRASE_WORDS
        && TRAILING_PHRASES.contains(&first)
        && !has_main_verb(ctx.suspect, words, false);
    // "… came to light in 2022 when a junior accountant noticed …" → "When a
    // junior accountant noticed …": a subordinate clause that closed the
    // source sentence, cut from its main clause.
    let clause = SUBORDINATORS.contains(&first);
    let tokens = &source.doc.tokens;
    (1..tokens.len()).any(|j| {
        let after_word = (phrase || clause) && tokens[j - 1].is_wordlike();
        if (tokens[j - 1].norm != "," && !after_word) || tokens[j].norm != first {
            return false;
        }
        let mut theirs = tokens[j..].iter().filter(|t| t.is_wordlike());
        let same = words
            .iter()
            .all(|w| theirs.next().is_some_and(|t| t.norm == w.norm));
        // The piece runs to the end of the source's sentence.
        let last = j + tokens[j..]
            .iter()
            .enumerate()
            .filter(|(_, t)| t.is_wordlike())
            .nth(words.len() - 1)
            .map_or(0, |(k, _)| k);
        same && tokens
            .get(last + 1)
            .is_none_or(|t| matches!(t.norm.as_str(), "." | "!" | "?"))
    })
}

/// Whether a short sentence is only an attribution ("According to the ministry.").
pub(super) fn attribution_only(tokens: &[Token], words: &[&Token]) -> bool {
    words.len() <= ATTRIBUTION_WORDS
        && words.len() > 2
        && words[0].norm == "according"
        && words[1].norm == "to"
        && !tokens.iter().any(|t| t.norm == "," || t.norm == ":")
}

/// Words that open a relative clause after a comma ("…, where the mayor
/// said."), whose verb of saying needs what was said.
const RELATIVE_OPENERS: &[&str] = &["where", "who", "which", "whom"];

/// Words that let a verb of saying close its clause whole ("Or so police
/// say.", "as the mayor said", "what campaigners say", "than officials said").
const SAYING_COMPLETERS: &[&str] = &["so", "as", "what", "than", "how", "this", "that"];

/// Whether a statement ends on "say" or "said" with nothing reported where the
/// source goes on after the same two words ("Campaigners say." against
/// "Campaigners say the university …", "…, where the mayor said."): the
/// saying stands alone, as a sentence or a relative clause after a comma
/// with a noun as its subject. A trailing attribution ("…, the mayor said.")
/// or a quotation reports its statement.
pub(super) fn saying_cut(ctx: &Context, k: usize, tokens: &[Token], words: &[&Token]) -> bool {
    let [.., subject, verb] = words else {
        return false;
    };
    if !matches!(verb.norm.as_str(), "say" | "said")
        || tokens
            .iter()
            .any(|t| t.kind == TokenKind::Punct && t.norm != "," && t.norm != ".")
    {
        return false;
    }
    // The clause of the saying: after the last comma, or the whole sentence.
    let clause_start = tokens.iter().rposition(|t| t.norm == ",");
    let clause: Vec<&Token> = tokens[clause_start.map_or(0, |c| c + 1)..]
        .iter()
        .filter(|t| t.is_wordlike())
        .collect();
    let opens_alone = clause_start.is_none()
        || clause
            .first()
            .is_some_and(|w| RELATIVE_OPENERS.contains(&w.norm.as_str()));
    opens_alone
        && clause.len() >= 2
        && !clause
            .iter()
            .any(|w| SAYING_COMPLETERS.contains(&w.norm.as_str()))
        && !PRONOUNS.contains(&subject.norm.as_str())
        && source_goes_on(ctx, k, [subject.norm.as_str(), verb.norm.as_str()])
}

/// Subject pronouns, whose "said" a split quotation may leave on its own.
const PRONOUNS: &[&str] = &["i", "we", "you", "he", "she", "it", "they"];

/// Words that open a clause that cannot stand alone ("Which is at the
/// ground.", "Despite the protest.", "If it was approved.").
const SUBORDINATORS: &[&str] = &[
    "which", "whose", "whom", "despite", "although", "though", "because", "unless", "whereas",
    "whilst", "if", "when", "while", "until",
];

/// Prepositions that open a relative clause with "which" ("In which 71% opposed").
const RELATIVE_PREPOSITIONS: &[&str] = &[
    "in", "of", "for", "by", "from", "with", "under", "after", "to",
];

/// Whether a sentence is one subordinate clause: it opens with a subordinator
/// or "in which", has no comma after which a main clause could stand, and
/// ends as a statement (a question may open with "Which").
pub(super) fn subordinate_only(tokens: &[Token], words: &[&Token], terminal: bool) -> bool {
    let Some(first) = words.first() else {
        return false;
    };
    // "To be built in a disused wing.": an infinitive with nothing to govern
    // it; "To see them gone was a shock." is the subject of a verb after it.
    let infinitive = first.norm == "to"
        && words.get(1).is_some_and(|w| {
            matches!(w.norm.as_str(), "be" | "have") || parts_as_written(&w.norm) & VERB != 0
        })
        && !governs_infinitive(words);
    let opener = SUBORDINATORS.contains(&first.norm.as_str())
        || infinitive
        || (RELATIVE_PREPOSITIONS.contains(&first.norm.as_str())
            && words.get(1).is_some_and(|w| w.norm == "which"));
    let quoted = tokens
        .first()
        .is_some_and(|t| t.kind == TokenKind::Punct && t.norm != "(");
    let question = tokens.iter().any(|t| t.norm == "?");
    opener
        && terminal
        && !question
        && !quoted
        && !phrase_then_subject(words)
        && !tokens
            .iter()
            .any(|t| matches!(t.norm.as_str(), "," | ";" | ":"))
}

/// Whether `word` is a finite "be" or a modal, which makes an opening
/// infinitive its subject ("To see the pipes gone was a shock.").
fn governing(word: &str) -> bool {
    MODALS.contains(&word) || matches!(word, "is" | "was" | "are" | "were")
}

/// Whether a finite "be" or a modal, past the infinitive's verb and before
/// the last word, governs the infinitive the sentence opens with; one right
/// after a relative pronoun is the relative clause's ("for work that was
/// never done").
fn governs_infinitive(words: &[&Token]) -> bool {
    words.len() > 3
        && words[1..words.len() - 1].windows(2).skip(1).any(|w| {
            governing(&w[1].norm) && !matches!(w[0].norm.as_str(), "that" | "which" | "who")
        })
}

/// Whether word `i` is the main clause's subject pronoun: "it" only before an
/// auxiliary ("Until now it has …", not "Until the council approved it.").
fn subject_at(words: &[&Token], i: usize) -> bool {
    match words[i].norm.as_str() {
        "i" | "he" | "she" | "we" | "they" => true,
        "it" => words
            .get(i + 1)
            .is_some_and(|w| matches!(w.norm.as_str(), "has" | "had" | "is" | "was" | "will")),
        _ => false,
    }
}

/// Whether "until" opens a time phrase, not a clause, with the main clause's
/// subject pronoun right after it ("Until this week she had never …", "Until
/// now it has …"): no word between the two that can only be a verb.
fn phrase_then_subject(words: &[&Token]) -> bool {
    words.first().is_some_and(|w| w.norm == "until")
        && (2..words.len())
            .find(|&i| subject_at(words, i))
            .is_some_and(|i| {
                words[1..i]
                    .iter()
                    .all(|w| parts_as_written(&w.norm) & (VERB | NOUN) != VERB)
            })
}
