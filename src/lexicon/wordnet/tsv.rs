//! Reading the tab-separated word lists line by line, by byte searches
//! (cheaper than `str`'s searchers on lines this short).

/// The lines of `data` split at their first tab, leaving out comment lines
/// (`#`) and lines with no tab.
pub(super) fn pairs(data: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    lines(data).filter(|l| !l.starts_with('#')).filter_map(|l| {
        // A byte search: cheaper than `split_once` on lines this short.
        let tab = l.bytes().position(|b| b == b'\t')?;
        Some((&l[..tab], &l[tab + 1..]))
    })
}

/// The lines of `data` as [`str::lines`] gives them ("\r\n" ends a line as
/// "\n" does), found by a byte search: cheaper than its searcher on lines
/// this short.
pub(super) fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    let mut rest = data;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let Some(end) = rest.bytes().position(|b| b == b'\n') else {
            return Some(std::mem::take(&mut rest));
        };
        let line = &rest[..end];
        rest = &rest[end + 1..];
        Some(line.strip_suffix('\r').unwrap_or(line))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_as_str_lines_does() {
        for data in [
            "",
            "\n",
            "a\tb",
            "a\tb\n",
            "a\r\nb\r",
            "\n\nx\r\r\n#y\tz\r\n\r\n",
        ] {
            assert_eq!(
                lines(data).collect::<Vec<_>>(),
                data.lines().collect::<Vec<_>>()
            );
        }
    }
}
