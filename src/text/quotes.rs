//! Pairing quotation marks into quotes, and finding the marks left unpaired.
//!
//! The direction of a mark comes from what flanks it (space before and a word
//! after opens; a word before and space or punctuation after closes), falling
//! back on the mark's own shape (“ opens, ” closes). A closing single mark with no
//! open single quote is an apostrophe (`companies’`). Quotes do not run across
//! paragraphs, except that a quote left open at a paragraph's end may continue
//! when the next paragraph opens with the same mark, as wire style does.

use super::tokens::{Token, TokenKind};

/// Double (“ ” « » „ ") or single (‘ ’ ') quotation marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// “ ” « » „ "
    Double,
    /// ‘ ’ '
    Single,
}

/// A quotation: an opening and a closing mark.
#[derive(Debug, Clone)]
pub struct Quote {
    /// Single or double.
    pub kind: QuoteKind,
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark.
    pub close: usize,
    /// Number of enclosing quotes (0 for a top-level quote).
    pub depth: usize,
}

impl Quote {
    /// Token indices strictly inside the marks.
    pub fn inner(&self) -> std::ops::Range<usize> {
        self.open + 1..self.close
    }
}

/// Quotes and unpaired marks of a document.
#[derive(Debug, Clone, Default)]
pub struct Quotes {
    /// Paired quotes, in order of their opening mark.
    pub quotes: Vec<Quote>,
    /// Token indices of marks that open or close nothing.
    pub unpaired: Vec<usize>,
}

impl Quotes {
    /// Whether token `t` stands inside a paired quotation's marks.
    pub fn encloses(&self, t: usize) -> bool {
        self.quotes.iter().any(|q| q.inner().contains(&t))
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Direction {
    Open,
    Close,
}

fn quote_kind(t: &Token) -> Option<QuoteKind> {
    if t.kind != TokenKind::Punct {
        return None;
    }
    match t.norm.as_str() {
        "\"" => Some(QuoteKind::Double),
        "'" => Some(QuoteKind::Single),
        _ => None,
    }
}

fn is_open_context(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || "([{-/—–".contains(c))
}

fn is_close_context(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || ".,;:!?)]}-—–…".contains(c))
}

fn direction(original: &str, folded: &str, t: &Token, open_same: bool) -> Direction {
    let before = folded[..t.folded_start].chars().next_back();
    let after = folded[t.folded_end..].chars().next();
    let left = is_open_context(before) && !after.is_some_and(char::is_whitespace);
    let right = !before.is_some_and(char::is_whitespace) && is_close_context(after);
    match (left, right) {
        (true, false) => Direction::Open,
        (false, true) => Direction::Close,
        _ => match original[t.start..t.end].chars().next() {
            Some('“' | '‘' | '„' | '«' | '‚') => Direction::Open,
            Some('”' | '’' | '»') => Direction::Close,
            _ if open_same => Direction::Close,
            _ => Direction::Open,
        },
    }
}

/// Pairs the quotation marks among `tokens`; `paragraphs` gives each paragraph's token range.
pub fn find_quotes(
    original: &str,
    folded: &str,
    tokens: &[Token],
    paragraphs: &[std::ops::Range<usize>],
) -> Quotes {
    let mut out = Quotes::default();
    for (p, range) in paragraphs.iter().enumerate() {
        let mut stack: Vec<(QuoteKind, usize)> = Vec::new();
        for i in range.clone() {
            let Some(kind) = quote_kind(&tokens[i]) else {
                continue;
            };
            // A mark doubled onto the opening mark before a word (""I found)
            // opens nothing.
            if doubled_opening(folded, tokens, i, &stack) {
                out.unpaired.push(i);
                continue;
            }
            let open_same = stack.iter().any(|&(k, _)| k == kind);
            match direction(original, folded, &tokens[i], open_same) {
                Direction::Open => stack.push((kind, i)),
                Direction::Close => {
                    if let Some(pos) = stack.iter().rposition(|&(k, _)| k == kind) {
                        for &(k, t) in &stack[pos + 1..] {
                            if k == QuoteKind::Double
                                || original[tokens[t].start..].starts_with('‘')
                            {
                                out.unpaired.push(t);
                            }
                        }
                        let open = stack[pos].1;
                        stack.truncate(pos);
                        out.quotes.push(Quote {
                            kind,
                            open,
                            close: i,
                            depth: stack.len(),
                        });
                    } else if kind == QuoteKind::Double {
                        out.unpaired.push(i);
                    }
                }
            }
        }
        let next_opens = paragraphs
            .get(p + 1)
            .and_then(|r| tokens.get(r.start))
            .and_then(quote_kind);
        for (kind, t) in stack {
            let continues = next_opens == Some(kind) && !opens_in_running_text(original, tokens, t);
            let reportable =
                kind == QuoteKind::Double || original[tokens[t].start..].starts_with('‘');
            if !continues && reportable {
                out.unpaired.push(t);
            }
        }
    }
    out.quotes.sort_by_key(|q| q.open);
    out.unpaired.sort_unstable();
    out
}

/// Whether the mark at `i` directly follows an opening mark of its kind, on
/// top of `stack`, and touches a word after it.
fn doubled_opening(folded: &str, tokens: &[Token], i: usize, stack: &[(QuoteKind, usize)]) -> bool {
    let t = &tokens[i];
    let after = folded[t.folded_end..].chars().next();
    stack.last().is_some_and(|&(k, o)| {
        o + 1 == i && Some(k) == quote_kind(t) && tokens[o].folded_end == t.folded_start
    }) && after.is_some_and(char::is_alphanumeric)
}

/// Whether the opening mark at `t` stands inside running text, right after a
/// word and before a lower-case one ("was "disproportionate and"): such a
/// partial quotation ends in its own sentence and cannot run on into the
/// next paragraph.
fn opens_in_running_text(original: &str, tokens: &[Token], t: usize) -> bool {
    let word = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|tok| tok.kind != TokenKind::Punct)
    };
    t > 0
        && word(t - 1)
        && word(t + 1)
        && original[tokens[t + 1].start..].starts_with(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use crate::text::Document;

    fn quoted(s: &str) -> Vec<String> {
        let doc = Document::new(s);
        doc.quotes
            .quotes
            .iter()
            .map(|q| doc.span_text(q.inner()).to_string())
            .collect()
    }

    #[test]
    fn pairs_nested_quotes_and_skips_apostrophes() {
        assert_eq!(
            quoted("“Alibaba’s users, ‘strategies’ strategies,” he said of the companies’ plans."),
            ["Alibaba’s users, ‘strategies’ strategies,", "strategies"]
        );
    }

    #[test]
    fn straight_quotes_pair_by_context() {
        assert_eq!(
            quoted(r#"He said "it works" and "so do we.""#),
            ["it works", "so do we."]
        );
    }

    #[test]
    fn reports_unpaired_marks() {
        let doc = Document::new("“One,” he said. Two.” Three.");
        assert_eq!(doc.quotes.unpaired.len(), 1);
        let t = &doc.tokens[doc.quotes.unpaired[0]];
        assert_eq!(&doc.text[t.start..t.end], "”");
    }

    #[test]
    fn a_quote_may_continue_into_the_next_paragraph() {
        let doc = Document::new("“First part.\n\n“Second part,” she said.");
        assert!(doc.quotes.unpaired.is_empty());
    }
}
