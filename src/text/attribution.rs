//! The speaker a sentence reports a claim from ("the board argued", "…, said
//! Abe Rook", "according to the trust"), and whether two speakers are one party.

use super::Document;
use super::names::{Names, is_sentence_initial};
use super::words::{GROUP_LEADS, is_stopword, stem};
use crate::lexicon::dictionary;
use crate::lexicon::speech::is_speech_verb;
use std::ops::Range;

/// Most words a speaker runs to ("the firm's chief executive Anna Bel").
const SPEAKER_WORDS: usize = 6;

/// Words between a speaker and the verb that are not the speaker's ("Rook
/// also said", "the board has argued").
const VERB_LEADS: &[&str] = &[
    "also",
    "has",
    "have",
    "had",
    "later",
    "previously",
    "further",
    "then",
    "again",
    "earlier",
    "separately",
    "repeatedly",
    "publicly",
    "privately",
];

/// Words that open the clause a speaker starts ("…, and the club said").
const CLAUSE_OPENERS: &[&str] = &[
    "that", "and", "but", "while", "as", "when", "because", "after", "although", "though", "so",
    "yet", "where", "if",
];

/// Words that stand for a speaker named elsewhere, or for none: whom they
/// mean is not read here.
const STAND_INS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "who", "which",
    "this", "these", "those", "one", "both", "each", "some", "others", "many", "several",
];

/// The speaker of a sentence's first reported claim.
#[derive(Debug, Clone)]
pub struct Speaker {
    /// Its tokens.
    pub range: Range<usize>,
    /// Whether a word of it is a name ("Falk", "Metrolink"), not a known
    /// word capitalised only to open the sentence ("Council officials").
    pub named: bool,
    /// Stems of its content words.
    pub words: Vec<String>,
    /// Stems of its name words, or of its content words when it holds no
    /// name: what ties it to other mentions of the same party.
    pub key: Vec<String>,
}

impl Speaker {
    /// The speaker of the first claim `sentence` reports outside quotations;
    /// `None` when there is none or it is a pronoun.
    pub fn find(doc: &Document, names: &Names, sentence: Range<usize>) -> Option<Self> {
        let range = speaker_tokens(doc, sentence)?;
        let words = content(doc, range.clone());
        // "Trustee Amira Soleh": a word capitalised to open the sentence is a title.
        let name: Vec<String> = doc
            .words(range.clone())
            .filter(|&(t, tok)| {
                names.is_name_token(t)
                    && !(is_sentence_initial(doc, t) && dictionary::is_known(&tok.norm))
            })
            .map(|(_, t)| stem(&t.norm))
            .collect();
        // "Council officials said": a known word capitalised to open the
        // sentence before a common word names no one; "Hale said" does.
        let marks: Vec<(usize, bool)> = doc
            .words(range.clone())
            .map(|(t, _)| (t, names.is_name_token(t)))
            .collect();
        let named = marks.iter().enumerate().any(|(i, &(t, name))| {
            name && !(is_sentence_initial(doc, t)
                && dictionary::is_known(&doc.tokens[t].norm)
                && marks.get(i + 1).is_some_and(|&(_, next)| !next))
        });
        Some(Speaker {
            key: if name.is_empty() { words.clone() } else { name },
            range,
            named,
            words,
        })
    }

    /// Whether `other` is the same party: a content word in common, or a
    /// sentence of either document that names a key word of one with every
    /// key word of the other ("Chief executive Noor Halvorsen" ties "the
    /// chief executive" to "Halvorsen").
    pub fn same_party(&self, other: &Speaker, docs: [&Document; 2]) -> bool {
        // A speaker with no name is named by its head noun: "council officers"
        // are not tied to "Councillor Greaves" by a sentence naming the council.
        let ties = if self.named {
            &self.key[..]
        } else {
            &self.key[self.key.len().saturating_sub(1)..]
        };
        self.words.iter().any(|w| other.words.contains(w))
            || docs.iter().any(|doc| {
                doc.sentences.iter().any(|s| {
                    let words: Vec<String> = doc
                        .words(s.tokens.clone())
                        .map(|(_, t)| stem(&t.norm))
                        .collect();
                    ties.iter().any(|w| words.contains(w))
                        && other.key.iter().all(|w| words.contains(w))
                })
            })
    }
}

/// Whether every stem of `stems` is a word's stem somewhere in `doc`: a
/// party the document names.
pub fn all_in(doc: &Document, stems: &[String]) -> bool {
    stems.iter().all(|w| {
        doc.words(0..doc.tokens.len())
            .any(|(_, t)| stem(&t.norm) == *w)
    })
}

/// Stems of a speaker's content words.
fn content(doc: &Document, range: Range<usize>) -> Vec<String> {
    doc.words(range)
        .map(|(_, t)| t.norm.as_str())
        .filter(|w| !is_stopword(w) && !VERB_LEADS.contains(w))
        .map(stem)
        .collect()
}

/// Tokens of the speaker: after "according to", before the speech verb ("the
/// board argued"), or after it when punctuation comes first ("…, said Abe
/// Rook"); a short noun phrase with no pronoun.
fn speaker_tokens(doc: &Document, sentence: Range<usize>) -> Option<Range<usize>> {
    let words: Vec<usize> = doc
        .words(sentence)
        .map(|(t, _)| t)
        .filter(|&t| !doc.quotes.encloses(t))
        .collect();
    let norm = |i: usize| doc.tokens[words[i]].norm.as_str();
    let adjacent = |i: usize| i > 0 && words[i - 1] + 1 == words[i];
    // The words from `i` on up to punctuation.
    let clause_from = |i: usize| {
        (i..words.len())
            .take_while(|&j| j == i || adjacent(j))
            .last()
            .map(|end| i..end + 1)
    };
    let run = if let Some(i) =
        (1..words.len()).find(|&i| norm(i - 1) == "according" && norm(i) == "to")
    {
        clause_from(i + 1)?
    } else {
        let v = (0..words.len()).find(|&i| is_speech_verb(norm(i)))?;
        let mut end = v;
        while end > 0 && adjacent(end) && VERB_LEADS.contains(&norm(end - 1)) {
            end -= 1;
        }
        let mut start = end;
        while start > 0 && adjacent(start) && !CLAUSE_OPENERS.contains(&norm(start - 1)) {
            start -= 1;
        }
        if start < end {
            start..end
        } else if v > 0 && !adjacent(v) {
            let run = clause_from(v + 1)?;
            // Words holding a verb group are a claim, not its speaker ("said
            // the plant would close").
            if run.clone().any(|j| GROUP_LEADS.contains(&norm(j))) {
                return None;
            }
            run
        } else {
            return None;
        }
    };
    if run.len() > SPEAKER_WORDS || run.clone().any(|i| STAND_INS.contains(&norm(i))) {
        return None;
    }
    Some(words[run.start]..words[run.end - 1] + 1)
}
