//! Sentence segmentation over tokens.
//!
//! A sentence ends at `.`, `!`, `?` or `...` (with any closing quotes or
//! brackets attached) when the next word starts a sentence: upper case, a
//! digit, or an opening quote. Abbreviations (`Mr.`, `Jan.`, `U.S.`), initials
//! and decimals do not end a sentence, unless the abbreviation can end one
//! (`a.m.`, `Inc.`) and a word that opens a sentence follows (`at 6 a.m. Last
//! year`). A blank line always ends one and starts a paragraph. A single line
//! break also does, unless the next line starts in lower case or the document
//! is hard-wrapped (most lines broken near one width), in which case it is an
//! ordinary space.

use super::numbers::is_calendar_word;
use super::tokens::{Token, TokenKind};
use crate::lexicon::determiners::{
    is_article, is_demonstrative, is_plural_quantifier, is_possessive, is_singular_quantifier,
};
use std::ops::Range;

/// One sentence: a run of tokens.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Byte offset of the first token in the original text.
    pub start: usize,
    /// Byte offset just past the last token in the original text.
    pub end: usize,
    /// The sentence's tokens, as indices into the document's token list.
    pub tokens: Range<usize>,
    /// 0-based paragraph number.
    pub paragraph: usize,
}

/// A run of this many tokens without a sentence end is cut into a sentence of
/// its own, so pathological input (one 5 MB line) keeps later stages bounded.
pub const MAX_SENTENCE_TOKENS: usize = 400;

/// Abbreviations after which a period never ends a sentence.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
    "cmdr", "adm", "maj", "st", "mt", "ft", "rev", "hon", "pres", "supt", "det", "insp", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "e.g",
    "i.e", "approx", "est", "dept", "univ", "assn", "bros", "gens", "reps", "sens",
];

/// Abbreviations that end a sentence only when a typical sentence opener follows.
const MAY_END: &[&str] = &[
    "u.s", "u.k", "u.n", "e.u", "inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "etc", "a.m",
    "p.m", "d.c", "bros",
];

/// Abbreviations that do not end a sentence before a number (`No. 5`).
const BEFORE_NUMBER: &[&str] = &["no", "nos", "vol", "fig", "p", "pp", "art", "sec"];

/// Clock abbreviations. Within its sentence a clock time is followed by a
/// day, a date or a time zone ("6 p.m. Thursday", "3 p.m. GMT"), so another
/// capitalised word after one opens the next sentence ("6 a.m. Hospitals are").
const CLOCK: &[&str] = &["a.m", "p.m"];

/// Capitalised words naming a time zone or a day after a clock time.
const ZONES_AND_DAYS: &[&str] = &[
    "eastern",
    "central",
    "pacific",
    "mountain",
    "atlantic",
    "greenwich",
    "christmas",
    "easter",
];

/// Words other than determiners that open a sentence, used after a `MAY_END`
/// abbreviation: pronouns, prepositions, words placing it in time ("Last
/// year") and words linking it to the one before.
const OPENERS: &[&str] = &[
    "i", "you", "he", "she", "it", "we", "they", "there", "here", "none", "nobody", "everyone",
    "someone", "what", "who", "how", "why", "where", "no", "any", "most", "few", "either",
    "neither", "such", "in", "on", "at", "as", "after", "before", "by", "for", "from", "with",
    "without", "during", "since", "until", "under", "over", "despite", "among", "about", "against",
    "through", "across", "between", "within", "of", "unlike", "like", "last", "next", "earlier",
    "later", "today", "tomorrow", "tonight", "then", "now", "once", "but", "and", "or", "nor",
    "so", "yet", "still", "also", "although", "though", "because", "if", "when", "while",
    "however", "instead", "only", "even",
];

/// More openers, kept apart so that `OPENERS` stays packed in a few lines.
const LONG_OPENERS: &[&str] = &["meanwhile", "according", "yesterday"];

fn is_punct(t: &Token, s: &str) -> bool {
    t.kind == TokenKind::Punct && t.norm == s
}

fn is_closer(t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "\"" | "'" | ")" | "]")
}

fn attached(a: &Token, b: &Token) -> bool {
    a.folded_end == b.folded_start
}

/// Whether token `i` ends a run like `.`, `?"` or `.)`, returning the index of the terminal mark.
fn terminal_at(tokens: &[Token], mut i: usize) -> Option<usize> {
    loop {
        let t = &tokens[i];
        if t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "." | "!" | "?" | "...") {
            return Some(i);
        }
        if is_closer(t) && i > 0 && attached(&tokens[i - 1], t) {
            i -= 1;
            continue;
        }
        return None;
    }
}

/// First word or number at or after `i`, skipping opening punctuation.
fn next_word(tokens: &[Token], i: usize) -> Option<&Token> {
    tokens[i..]
        .iter()
        .take(4)
        .find(|t| t.kind != TokenKind::Punct)
}

fn starts_lowercase(t: &Token, folded: &str) -> bool {
    folded[t.folded_start..]
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

/// Whether a period at `mark` (preceded by a word) is an abbreviation's, given what follows.
fn is_abbreviation(tokens: &[Token], mark: usize, next: Option<&Token>, folded: &str) -> bool {
    if !is_punct(&tokens[mark], ".") || mark == 0 {
        return false;
    }
    let prev = &tokens[mark - 1];
    if prev.kind != TokenKind::Word || !attached(prev, &tokens[mark]) {
        return false;
    }
    let word = prev.norm.as_str();
    if TITLES.contains(&word) {
        return true;
    }
    let raw = &folded[prev.folded_start..prev.folded_end];
    let initial = raw.chars().count() == 1 && raw.chars().all(char::is_uppercase);
    if initial || before_credit_dash(tokens, mark) {
        return true;
    }
    match next {
        Some(n) if BEFORE_NUMBER.contains(&word) => n.kind == TokenKind::Number,
        Some(n) if MAY_END.contains(&word) => !ends_before(word, n, folded),
        _ => false,
    }
}

/// Whether the `MAY_END` abbreviation `word` ends its sentence before the
/// word `next`: a determiner or another opener follows ("Acme Inc. The deal",
/// "6 a.m. Last year"), or, after a clock time, a capitalised word that is not
/// a day, a month or a time zone ("6 a.m. Hospitals", not "6 p.m. Thursday").
fn ends_before(word: &str, next: &Token, folded: &str) -> bool {
    let w = next.norm.as_str();
    if is_determiner(w) || OPENERS.contains(&w) || LONG_OPENERS.contains(&w) {
        return true;
    }
    if !CLOCK.contains(&word) || next.kind != TokenKind::Word {
        return false;
    }
    let raw = &folded[next.folded_start..next.folded_end];
    let zone = raw.chars().count() <= 4 && raw.chars().all(char::is_uppercase);
    raw.chars().next().is_some_and(char::is_uppercase)
        && !zone
        && !is_calendar_word(w)
        && !ZONES_AND_DAYS.contains(&w)
}

/// Whether `w` is an article, a possessive, a demonstrative or a quantifier.
fn is_determiner(w: &str) -> bool {
    is_article(w)
        || is_possessive(w)
        || is_demonstrative(w)
        || is_singular_quantifier(w)
        || is_plural_quantifier(w)
}

/// Whether the period at `mark` is followed by a bracketed credit and a dash,
/// as a state's abbreviation in a dateline is ("SALEM, Ore. (AP) —").
fn before_credit_dash(tokens: &[Token], mark: usize) -> bool {
    let norm = |k: usize| tokens.get(mark + k).map_or("", |t| t.norm.as_str());
    norm(1) == "("
        && tokens
            .get(mark + 2)
            .is_some_and(|t| t.kind == TokenKind::Word)
        && norm(3) == ")"
        && tokens.get(mark + 4).is_some_and(Token::is_dash)
}

/// Whether most lines that continue a paragraph are broken near one width.
pub fn looks_hard_wrapped(folded: &str) -> bool {
    let lines: Vec<usize> = folded
        .split('\n')
        .map(|l| l.trim_end().chars().count())
        .collect();
    let max = lines.iter().copied().max().unwrap_or(0);
    let continued: Vec<usize> = lines
        .windows(2)
        .filter(|w| w[0] > 0 && w[1] > 0)
        .map(|w| w[0])
        .collect();
    if continued.len() < 3 || max > 100 {
        return false;
    }
    let long = continued.iter().filter(|&&n| n * 10 >= max * 6).count();
    long * 10 >= continued.len() * 7
}

/// Splits tokens into sentences; `folded` is the folded text the tokens index into.
pub fn split_sentences(tokens: &[Token], folded: &str) -> Vec<Sentence> {
    let wrapped = looks_hard_wrapped(folded);
    let mut sentences = Vec::new();
    let mut first = 0;
    let mut paragraph = 0;
    for i in 0..tokens.len() {
        let last = i + 1 == tokens.len();
        let mut new_paragraph = false;
        let boundary = if last {
            true
        } else {
            let next = &tokens[i + 1];
            let gap = &folded[tokens[i].folded_end..next.folded_start];
            let newlines = gap.matches('\n').count();
            let following = next_word(tokens, i + 1);
            let line_break = newlines == 1
                && !wrapped
                && !following.is_some_and(|w| starts_lowercase(w, folded));
            if newlines >= 2 || line_break {
                new_paragraph = true;
                true
            } else if gap.is_empty() && is_closer(next) {
                false
            } else if let Some(mark) = terminal_at(tokens, i) {
                !gap.is_empty()
                    && !is_abbreviation(tokens, mark, following, folded)
                    && !following.is_some_and(|w| starts_lowercase(w, folded))
            } else {
                false
            }
        };
        let too_long = i + 1 - first >= MAX_SENTENCE_TOKENS;
        if boundary || too_long {
            sentences.push(Sentence {
                start: tokens[first].start,
                end: tokens[i].end,
                tokens: first..i + 1,
                paragraph,
            });
            first = i + 1;
            if new_paragraph {
                paragraph += 1;
            }
        }
    }
    sentences
}

#[cfg(test)]
mod tests {
    use crate::text::Document;

    fn sentences(s: &str) -> Vec<String> {
        let doc = Document::new(s);
        doc.sentences
            .iter()
            .map(|x| s[x.start..x.end].to_string())
            .collect()
    }

    #[test]
    fn abbreviations_decimals_and_money_do_not_split() {
        assert_eq!(
            sentences(
                "Mr. Lee of Acme Inc. paid $1.5 billion on Jan. 4 in the U.S. The deal closed."
            ),
            [
                "Mr. Lee of Acme Inc. paid $1.5 billion on Jan. 4 in the U.S.",
                "The deal closed."
            ]
        );
    }

    #[test]
    fn an_abbreviation_that_can_end_a_sentence_ends_one_before_an_opener() {
        assert_eq!(
            sentences("Flights stop at 6 a.m. Last year there were 90. Dr. Smith left."),
            [
                "Flights stop at 6 a.m.",
                "Last year there were 90.",
                "Dr. Smith left."
            ]
        );
        assert_eq!(
            sentences("Acme Inc. In May it grew. Taps run until 6 a.m. on Monday."),
            [
                "Acme Inc.",
                "In May it grew.",
                "Taps run until 6 a.m. on Monday."
            ]
        );
    }

    #[test]
    fn a_clock_time_ends_a_sentence_before_a_capital_but_a_day_or_zone() {
        assert_eq!(
            sentences(
                "Pumps stop at 6 a.m. Hospitals are exempt. It runs to 6 p.m. Thursday and \
                 3 p.m. GMT in the U.S. District Court."
            ),
            [
                "Pumps stop at 6 a.m.",
                "Hospitals are exempt.",
                "It runs to 6 p.m. Thursday and 3 p.m. GMT in the U.S. District Court."
            ]
        );
    }

    #[test]
    fn a_state_abbreviation_before_a_credit_does_not_split() {
        assert_eq!(
            sentences("SALEM, Ore. (AP) — Musicians voted. Talks end."),
            ["SALEM, Ore. (AP) — Musicians voted.", "Talks end."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("He said: “It works.” Then he left. “Why?” she asked."),
            ["He said: “It works.”", "Then he left.", "“Why?” she asked."]
        );
    }

    #[test]
    fn ellipsis_before_lowercase_continues() {
        assert_eq!(
            sentences("“Growth… and more,” he said."),
            ["“Growth… and more,” he said."]
        );
    }

    #[test]
    fn line_breaks_split_unless_next_line_is_lowercase() {
        assert_eq!(
            sentences("Co-founder Jack\nwas seen. By\nA woman poses."),
            ["Co-founder Jack\nwas seen.", "By", "A woman poses."]
        );
    }

    #[test]
    fn hard_wrapped_text_joins_lines() {
        let text = "The council voted on Tuesday to approve the new budget for the\n\
                    harbour district, which had been delayed for several months by\n\
                    disputes over funding and a legal challenge from residents of\n\
                    the old town. The mayor welcomed the vote and said work will\n\
                    start in May.";
        assert_eq!(sentences(text).len(), 2);
    }

    #[test]
    fn endless_runs_are_cut() {
        let text = "word ".repeat(1000);
        let doc = Document::new(text);
        assert_eq!(doc.sentences.len(), 3);
        assert!(
            doc.sentences
                .iter()
                .all(|s| s.tokens.len() <= super::MAX_SENTENCE_TOKENS)
        );
    }

    #[test]
    fn blank_lines_start_paragraphs() {
        let doc = Document::new("Headline here\n\nFirst one. Second one.\n\nThird.");
        let paragraphs: Vec<usize> = doc.sentences.iter().map(|s| s.paragraph).collect();
        assert_eq!(paragraphs, [0, 1, 1, 2]);
    }
}
