//! Tokens with byte spans in both the folded and the original text.

use super::normalize::Normalized;
use unicode_normalization::char::is_combining_mark;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with digits, inner apostrophes, hyphens or abbreviation dots.
    Word,
    /// Digits with optional decimal point and thousands separators.
    Number,
    /// Any other visible character; `...` and `--` are one token.
    Punct,
}

/// One token of a document.
#[derive(Debug, Clone)]
pub struct Token {
    /// What the token is.
    pub kind: TokenKind,
    /// Byte offset of the token in the original text.
    pub start: usize,
    /// Byte offset just past the token in the original text.
    pub end: usize,
    /// Byte offset in the folded text.
    pub folded_start: usize,
    /// Byte offset just past the token in the folded text.
    pub folded_end: usize,
    /// Folded, lower-cased form used for matching.
    pub norm: String,
}

impl Token {
    /// Whether the token is a word or a number.
    pub fn is_wordlike(&self) -> bool {
        self.kind != TokenKind::Punct
    }

    /// Whether the token is a dash, as ends a dateline ("LONDON (Wire) –").
    pub fn is_dash(&self) -> bool {
        matches!(self.norm.as_str(), "-" | "--" | "—" | "–")
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Whether the letters-and-dots run `word` is an abbreviation like `U.S` or `a.m`.
fn is_dotted_initials(word: &str) -> bool {
    word.split('.')
        .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
}

/// Whether the joiner at `chars[i]` continues the word that started at `chars[word_start]`.
fn continues_word(chars: &[(usize, char)], i: usize, folded: &str, word_start: usize) -> bool {
    let c = chars[i].1;
    let prev = chars[i - 1].1;
    let Some(&(_, next)) = chars.get(i + 1) else {
        return false;
    };
    match c {
        '\'' => prev.is_alphabetic() && next.is_alphabetic(),
        '-' => is_word_char(prev) && is_word_char(next),
        '.' => {
            if prev.is_ascii_digit() && next.is_ascii_digit() {
                return true;
            }
            let so_far = &folded[chars[word_start].0..chars[i].0];
            let after_next = chars.get(i + 2).map(|&(_, c)| c);
            next.is_alphabetic() && after_next == Some('.') && is_dotted_initials(so_far)
        }
        ',' => {
            prev.is_ascii_digit()
                && (1..=3).all(|k| chars.get(i + k).is_some_and(|&(_, d)| d.is_ascii_digit()))
                && !chars.get(i + 4).is_some_and(|&(_, d)| d.is_ascii_digit())
        }
        _ => false,
    }
}

/// Splits folded text into tokens, mapping each back to the original bytes.
pub fn tokenize(normalized: &Normalized) -> Vec<Token> {
    let folded = normalized.text.as_str();
    let chars: Vec<(usize, char)> = folded.char_indices().collect();
    let mut tokens = Vec::with_capacity(chars.len() / 4);
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if is_word_char(c) {
            i += 1;
            while i < chars.len() {
                let ch = chars[i].1;
                if is_word_char(ch) || continues_word(&chars, i, folded, start) {
                    i += 1;
                } else {
                    break;
                }
            }
        } else {
            i += 1;
            let repeats = matches!(c, '.' | '-');
            while repeats && i < chars.len() && chars[i].1 == c && i - start < 3 {
                i += 1;
            }
        }
        let end_byte = chars.get(i).map_or(folded.len(), |&(b, _)| b);
        let slice = &folded[at..end_byte];
        let kind = if !is_word_char(c) {
            TokenKind::Punct
        } else if slice
            .chars()
            .all(|ch| ch.is_ascii_digit() || ch == '.' || ch == ',')
        {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        let (ostart, oend) = normalized.to_original(at, end_byte);
        tokens.push(Token {
            kind,
            start: ostart,
            end: oend,
            folded_start: at,
            folded_end: end_byte,
            norm: slice.to_lowercase(),
        });
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(s: &str) -> Vec<String> {
        tokenize(&Normalized::new(s))
            .into_iter()
            .map(|t| t.norm)
            .collect()
    }

    #[test]
    fn keeps_inner_apostrophes_hyphens_decimals_and_abbreviations() {
        assert_eq!(
            norms("Alibaba’s AI-driven $1.5 billion, 1,000 U.S. firms."),
            [
                "alibaba's",
                "ai-driven",
                "$",
                "1.5",
                "billion",
                ",",
                "1,000",
                "u.s",
                ".",
                "firms",
                "."
            ]
        );
    }

    #[test]
    fn quotes_and_ellipsis_are_punctuation() {
        assert_eq!(
            norms("‘strategies’ strategies… “ok”"),
            [
                "'",
                "strategies",
                "'",
                "strategies",
                "...",
                "\"",
                "ok",
                "\""
            ]
        );
    }

    #[test]
    fn spans_point_into_the_original() {
        let s = "He said “naïve” — really…";
        for t in tokenize(&Normalized::new(s)) {
            let orig = &s[t.start..t.end];
            assert!(!orig.is_empty());
        }
        let t = tokenize(&Normalized::new(s));
        assert_eq!(&s[t[3].start..t[3].end], "naïve");
    }
}
