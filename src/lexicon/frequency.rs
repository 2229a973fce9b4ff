//! English word and bigram frequencies (symspellpy's lists, MIT; see NOTICE).

use super::layout::{STEM_UNLISTED, unpack};
use super::table::{self, Table, built};

const WORDS: &str = include_str!("../../data/lexicon/frequencies.tsv");
const BIGRAMS: &str = include_str!("../../data/lexicon/bigrams.tsv");

static WORD_TABLE: Table = Table {
    text: WORDS,
    slots: built!("frequencies.slots"),
};

static BIGRAM_TABLE: Table = Table {
    text: BIGRAMS,
    slots: built!("bigrams.slots"),
};

/// Frequency rank of a lower-case word (1 = most frequent), an American
/// spelling ranked as its British form ("travelers" as "travellers");
/// unknown words rank last.
pub fn rank(word: &str) -> u32 {
    let listed = |w: &str| WORD_TABLE.get(w);
    listed(word)
        .or_else(|| british_forms(word).iter().find_map(|w| listed(w)))
        .unwrap_or(u32::MAX)
}

/// American spelling patterns and their British forms.
const AMERICAN_PATTERNS: &[(&str, &str)] = &[
    ("eler", "eller"),
    ("eled", "elled"),
    ("eling", "elling"),
    ("or", "our"),
    ("ize", "ise"),
    ("yze", "yse"),
    ("ense", "ence"),
    ("airplane", "aeroplane"),
];

/// British spellings an American-spelt word may have ("labor" → "labour",
/// "traveler" → "traveller", "center" → "centre").
fn british_forms(word: &str) -> Vec<String> {
    let mut out: Vec<String> = AMERICAN_PATTERNS
        .iter()
        .filter_map(|(us, gb)| {
            let i = word.find(us)?;
            Some(format!("{}{gb}{}", &word[..i], &word[i + us.len()..]))
        })
        .collect();
    if let Some(stem) = word.strip_suffix("er").filter(|s| s.len() >= 3) {
        out.push(format!("{stem}re"));
    }
    out
}

/// A listed lower-case ASCII word, read lazily: its length and letter set
/// come first, so a scan can skip it without reading the word.
#[derive(Clone, Copy)]
pub struct Lettered {
    span: u32,
    /// The word's set of letters ([`super::layout::letters`]).
    pub letters: u32,
}

impl Lettered {
    /// The word's length in bytes.
    pub fn byte_len(self) -> usize {
        (self.span & 0xff) as usize
    }

    /// The word itself.
    pub fn word(self) -> &'static str {
        &WORDS[unpack(self.span)]
    }
}

/// The listed lower-case ASCII words, most frequent first.
pub fn lettered_words() -> impl Iterator<Item = Lettered> {
    static LETTERED: &[u8] = built!("lettered.bin");
    LETTERED.chunks_exact(8).map(|slot| Lettered {
        span: table::word(slot, 0),
        letters: table::word(slot, 1),
    })
}

/// The English stem of a word on the list exactly as written, worked out
/// by `build.rs` with the stemmer `text::words::stem` runs (so that
/// a listed word need not be stemmed at run time); `None` for any other word.
pub fn listed_stem(word: &str) -> Option<String> {
    static STEMS: &[u8] = built!("frequencies.stems");
    let rank = WORD_TABLE.get(word)? as usize;
    let record = STEMS.get(4 * (rank - 1)..4 * rank)?;
    if record[0] == STEM_UNLISTED {
        return None;
    }
    let (keep, added) = (usize::from(record[0]), usize::from(record[1]));
    let mut stem = String::with_capacity(keep + added);
    stem.push_str(word.get(..keep)?);
    stem.push_str(std::str::from_utf8(&record[2..2 + added]).ok()?);
    Some(stem)
}

/// How often the lower-case word occurs in the reference counts (0 if unlisted).
pub fn count(word: &str) -> u64 {
    WORD_TABLE
        .entry(word)
        .and_then(|(key_end, _)| WORDS[key_end + 1..].split('\n').next()?.parse().ok())
        .unwrap_or(0)
}

/// How often the lower-case bigram `a b` occurs in the reference counts (0 if unlisted).
pub fn bigram_count(a: &str, b: &str) -> u64 {
    let count = |(key_end, _): (usize, u32)| {
        let digits = BIGRAMS[key_end + 1..].split('\n').next()?;
        digits.parse().ok()
    };
    BIGRAM_TABLE
        .entry(&format!("{a} {b}"))
        .and_then(count)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::super::layout::letters;
    use super::*;

    #[test]
    fn listed_stems_are_the_run_time_stemmer_s() {
        let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
        let mut listed = 0;
        for word in WORDS.lines().filter_map(|l| l.split('\t').next()) {
            if let Some(stem) = listed_stem(word) {
                assert_eq!(stem, stemmer.stem(word), "{word}");
                listed += 1;
            }
        }
        assert!(listed > 80_000, "{listed}");
        assert_eq!(listed_stem("qzxqzx"), None);
        assert_eq!(listed_stem("hoping").as_deref(), Some("hope"));
    }

    #[test]
    fn common_words_rank_high() {
        assert_eq!(rank("the"), 1);
        assert!(rank("focus") < rank("purified"));
        assert_eq!(rank("qzxqzx"), u32::MAX);
        assert!(bigram_count("aimed", "at") > 0);
    }

    #[test]
    fn every_listed_word_and_bigram_is_found_in_the_built_tables() {
        for (line, entry) in WORDS.lines().enumerate() {
            let (word, _) = entry.split_once('\t').unwrap();
            assert_eq!(rank(word), line as u32 + 1, "{word}");
        }
        let lettered: Vec<_> = lettered_words().map(|l| (l.word(), l.letters)).collect();
        let lower = |w: &&str| w.bytes().all(|b| b.is_ascii_lowercase());
        let expected: Vec<_> = WORDS
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .map(|(w, _)| w)
            .filter(lower)
            .collect();
        assert_eq!(lettered.len(), expected.len());
        assert!(
            lettered
                .iter()
                .zip(expected)
                .all(|(&(w, set), e)| w == e && set == letters(e))
        );
        for line in BIGRAMS.lines() {
            let (pair, count) = line.split_once('\t').unwrap();
            let (a, b) = pair.split_once(' ').unwrap();
            assert_eq!(bigram_count(a, b).to_string(), count, "{pair}");
        }
    }

    #[test]
    fn american_spellings_rank_as_their_british_forms() {
        assert_eq!(rank("travelers"), rank("travellers"));
        assert_eq!(rank("labor"), rank("labour"));
        assert_eq!(rank("airplane"), rank("aeroplane"));
        assert!(rank("labor") < u32::MAX);
    }
}
