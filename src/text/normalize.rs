//! Folding text for matching while keeping a map back to the original bytes.
//!
//! Curly quotes, guillemets and primes fold to ASCII quotes, dashes to `-`, the
//! ellipsis to `...`, exotic spaces to a space, CRLF and lone CR to LF, ligatures
//! and full-width forms to their compatibility decomposition, and invisible
//! characters (soft hyphen, zero-width joiners, BOM) vanish. Every folded byte
//! remembers the original byte offset of the character it came from.

use unicode_normalization::char::decompose_compatible;

/// Text folded for matching, with the map back to the original offsets.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// The folded text.
    pub text: String,
    /// `origin[i]`: original byte offset of the character that produced folded byte `i`.
    origin: Vec<u32>,
    /// `origin_end[i]`: original byte offset just past that character.
    origin_end: Vec<u32>,
    original_len: usize,
}

/// How one original character folds.
enum Fold {
    Keep(char),
    Str(&'static str),
    Compat(char),
    Drop,
}

fn fold_char(c: char, next: Option<char>) -> Fold {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => {
            Fold::Keep('\'')
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' => Fold::Keep('"'),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => Fold::Keep('-'),
        '\u{2026}' => Fold::Str("..."),
        '\r' if next == Some('\n') => Fold::Drop,
        '\r' | '\u{2028}' | '\u{2029}' | '\u{0085}' => Fold::Keep('\n'),
        '\t'
        | '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Fold::Keep(' '),
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => Fold::Drop,
        '\u{FB00}'..='\u{FB06}' | '\u{FF01}'..='\u{FF5E}' => Fold::Compat(c),
        _ => Fold::Keep(c),
    }
}

/// Whether an ASCII byte folds to itself ([`fold_char`] keeps it as it is).
fn keeps_itself(b: u8) -> bool {
    b.is_ascii() && !matches!(b, b'`' | b'\r' | b'\t')
}

impl Normalized {
    /// Folds `original`, recording where every folded byte came from.
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        let mut origin_end = Vec::with_capacity(original.len());
        let bytes = original.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            // A run of ASCII that folds to itself is copied whole.
            let run = bytes[at..]
                .iter()
                .position(|&b| !keeps_itself(b))
                .unwrap_or(bytes.len() - at);
            if run > 0 {
                text.push_str(&original[at..at + run]);
                origin.extend(at as u32..(at + run) as u32);
                origin_end.extend(at as u32 + 1..=(at + run) as u32);
                at += run;
                continue;
            }
            let mut rest = original[at..].chars();
            let Some(c) = rest.next() else { break };
            let next = rest.next();
            let before = text.len();
            match fold_char(c, next) {
                Fold::Keep(k) => text.push(k),
                Fold::Str(s) => text.push_str(s),
                Fold::Compat(k) => decompose_compatible(k, |d| text.push(d)),
                Fold::Drop => {}
            }
            let end = (at + c.len_utf8()) as u32;
            for _ in before..text.len() {
                origin.push(at as u32);
                origin_end.push(end);
            }
            at = end as usize;
        }
        Normalized {
            text,
            origin,
            origin_end,
            original_len: original.len(),
        }
    }

    /// Original byte offset where folded byte `folded` starts (or the end of the original).
    pub fn start_in_original(&self, folded: usize) -> usize {
        self.origin
            .get(folded)
            .map_or(self.original_len, |&o| o as usize)
    }

    /// Original byte offset just past the character behind folded byte `folded_end - 1`.
    pub fn end_in_original(&self, folded_end: usize) -> usize {
        match folded_end.checked_sub(1) {
            None => self.start_in_original(0),
            Some(last) => self
                .origin_end
                .get(last)
                .map_or(self.original_len, |&o| o as usize),
        }
    }

    /// Maps a folded byte range to the original byte range it came from.
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        if start >= end {
            let at = self.start_in_original(start);
            return (at, at);
        }
        (self.start_in_original(start), self.end_in_original(end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_quotes_dashes_and_ellipsis_with_map() {
        let original = "“Hi”—it’s… ok";
        let n = Normalized::new(original);
        assert_eq!(n.text, "\"Hi\"-it's... ok");
        let dots = n.text.find("...").unwrap();
        assert_eq!(n.to_original(dots, dots + 3), (17, 20));
        assert_eq!(&original[17..20], "…");
        let its = n.text.find("it's").unwrap();
        let (s, e) = n.to_original(its, its + 4);
        assert_eq!(&original[s..e], "it’s");
    }

    #[test]
    fn drops_invisible_and_folds_line_ends() {
        let n = Normalized::new("\u{FEFF}a\r\nb\rc\u{00AD}d");
        assert_eq!(n.text, "a\nb\ncd");
        assert_eq!(n.to_original(0, 1), (3, 4));
    }

    #[test]
    fn expands_ligatures() {
        let n = Normalized::new("ﬁne");
        assert_eq!(n.text, "fine");
        assert_eq!(n.to_original(0, 2), (0, 3));
    }
}
