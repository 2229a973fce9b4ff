//! Text model: folding with an offset map, tokens with byte spans, sentences,
//! quotes, and line/column positions.

pub mod attribution;
pub mod lines;
pub mod memo;
pub mod names;
pub mod normalize;
pub mod numbers;
pub mod quotes;
pub mod sentences;
pub mod tokens;
pub mod words;

use lines::LineIndex;
use normalize::Normalized;
use quotes::Quotes;
use sentences::Sentence;
use std::ops::Range;
use std::sync::OnceLock;
use tokens::{Token, TokenKind};

/// Tokens of a sentence within which a dateline's dash is looked for.
const DATELINE_TOKENS: usize = 12;

/// An article, analysed once and shared by every later stage.
#[derive(Debug, Clone)]
pub struct Document {
    /// The text exactly as read.
    pub text: String,
    /// The folded text used for matching, with the map back to `text`.
    pub folded: Normalized,
    /// Tokens; spans index into `text`.
    pub tokens: Vec<Token>,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Paired quotation marks and unpaired ones.
    pub quotes: Quotes,
    /// Line starts for positions.
    pub lines: LineIndex,
    /// Per token, whether no quantity can start there; worked out on the
    /// first reading of quantities (see `numbers::quantities`).
    inert: OnceLock<Vec<bool>>,
}

impl Document {
    /// Analyses `text`.
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        let folded = Normalized::new(&text);
        let tokens = tokens::tokenize(&folded);
        let sentences = sentences::split_sentences(&tokens, &folded.text);
        let paragraphs = paragraph_ranges(&sentences);
        let quotes = quotes::find_quotes(&text, &folded.text, &tokens, &paragraphs);
        let lines = LineIndex::new(&text);
        Document {
            text,
            folded,
            tokens,
            sentences,
            quotes,
            lines,
            inert: OnceLock::new(),
        }
    }

    /// Original text covered by a token range (empty for an empty range).
    pub fn span_text(&self, tokens: Range<usize>) -> &str {
        let (start, end) = self.token_span(tokens);
        &self.text[start..end]
    }

    /// Byte span covered by a token range.
    pub fn token_span(&self, tokens: Range<usize>) -> (usize, usize) {
        if tokens.is_empty() {
            let at = self
                .tokens
                .get(tokens.start)
                .map_or(self.text.len(), |t| t.start);
            return (at, at);
        }
        (
            self.tokens[tokens.start].start,
            self.tokens[tokens.end - 1].end,
        )
    }

    /// Original text of sentence `i`.
    pub fn sentence_text(&self, i: usize) -> &str {
        let s = &self.sentences[i];
        &self.text[s.start..s.end]
    }

    /// Whether sentence `i` is the headline: in the first paragraph, without a
    /// sentence's closing punctuation.
    pub fn is_headline(&self, i: usize) -> bool {
        let s = &self.sentences[i];
        let ends_sentence = self.tokens[s.tokens.clone()]
            .last()
            .is_some_and(|t| matches!(t.norm.as_str(), "." | "!" | "?" | "\"" | "'"));
        s.paragraph == 0 && !ends_sentence
    }

    /// Index of the sentence holding token `t`.
    pub fn sentence_of(&self, t: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.tokens.end <= t);
        (i < self.sentences.len()).then_some(i)
    }

    /// The dash token ending the dateline that opens sentence `s` ("LONDON,
    /// 12 March (Wire) –"), if it opens with one: an upper-case place name, then
    /// a dash within the next few tokens.
    pub fn dateline_dash(&self, s: usize) -> Option<usize> {
        let tokens = self.sentences.get(s)?.tokens.clone();
        let first = tokens.start;
        let place = self.tokens.get(first)?.kind == TokenKind::Word
            && self.folded_token(first).len() >= 3
            && self
                .folded_token(first)
                .chars()
                .all(|c| c.is_uppercase() || !c.is_alphabetic());
        if !place {
            return None;
        }
        tokens
            .take(DATELINE_TOKENS)
            .find(|&t| self.tokens[t].is_dash())
    }

    /// Where the text of sentence `s` that holds token `t` starts: after the
    /// sentence's dateline ("PARIS, May 2 (Wire) – Officials said") when `t`
    /// follows it, else at the sentence's first token.
    pub fn text_start(&self, s: usize, t: usize) -> usize {
        match self.dateline_dash(s) {
            Some(dash) if dash < t => dash + 1,
            _ => self.sentences[s].tokens.start,
        }
    }

    /// Words and numbers (not punctuation) of a token range.
    pub fn words(&self, range: Range<usize>) -> impl Iterator<Item = (usize, &Token)> {
        self.tokens[range.clone()]
            .iter()
            .enumerate()
            .filter(|(_, t)| t.is_wordlike())
            .map(move |(k, t)| (range.start + k, t))
    }

    /// The normalised word of token `t`, or "" past the last token.
    pub fn norm_at(&self, t: usize) -> &str {
        self.tokens.get(t).map_or("", |x| x.norm.as_str())
    }

    /// The normalised word `back` tokens before token `t`, or `None` before
    /// the text's start.
    pub fn norm_before(&self, t: usize, back: usize) -> Option<&str> {
        t.checked_sub(back).map(|p| self.tokens[p].norm.as_str())
    }

    /// Whether token `t` is written with an initial capital in the original text.
    pub fn is_capitalized(&self, t: usize) -> bool {
        let tok = &self.tokens[t];
        self.folded.text[tok.folded_start..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }

    /// Whether token `t` is followed by a capitalised word ("Cheif Executive").
    pub fn precedes_capitalised_word(&self, t: usize) -> bool {
        self.tokens
            .get(t + 1)
            .is_some_and(|next| next.kind == TokenKind::Word && self.is_capitalized(t + 1))
    }

    /// Folded (not lower-cased) text of token `t`.
    pub fn folded_token(&self, t: usize) -> &str {
        let tok = &self.tokens[t];
        &self.folded.text[tok.folded_start..tok.folded_end]
    }
}

/// Token ranges of each paragraph, from the sentences' paragraph numbers.
pub fn paragraph_ranges(sentences: &[Sentence]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut last = usize::MAX;
    for s in sentences {
        match out.last_mut() {
            Some(r) if s.paragraph == last => r.end = s.tokens.end,
            _ => out.push(s.tokens.clone()),
        }
        last = s.paragraph;
    }
    out
}
