//! Byte offset to 1-based line and column (in characters).

/// Start offsets of every line of a text.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text`; `\n`, `\r\n` and a lone `\r` end a line.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            let ends_line = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if ends_line {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line and 1-based column in characters of byte `offset` in `text`.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let column = text[start..offset].chars().count() + 1;
        (line, column)
    }

    /// Positions of many sorted offsets in one pass: linear in the text, however
    /// many offsets share one long line.
    pub fn positions(&self, text: &str, sorted: &[usize]) -> Vec<(usize, usize)> {
        let mut out = Vec::with_capacity(sorted.len());
        let (mut at, mut line, mut column) = (usize::MAX, 0, 0);
        for &offset in sorted {
            let l = self.starts.partition_point(|&s| s <= offset).max(1);
            if l != line || at > offset {
                (at, line, column) = (self.starts[l - 1], l, 1);
            }
            column += text[at..offset].chars().count();
            at = offset;
            out.push((line, column));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_lines_and_character_columns() {
        let text = "ab\r\nçd\ref\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.position(text, 0), (1, 1));
        assert_eq!(idx.position(text, 4), (2, 1));
        assert_eq!(idx.position(text, 6), (2, 2));
        assert_eq!(idx.position(text, 8), (3, 1));
        assert_eq!(
            idx.positions(text, &[0, 4, 6, 6, 8]),
            [(1, 1), (2, 1), (2, 2), (2, 2), (3, 1)]
        );
    }
}
