//! Word-level canonical forms: contractions expanded, number words as digits,
//! stems for content matching, and the stop-word list.

use super::memo::{Memo, memoised};
use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

/// Declares the stop words once, as the list [`STOPWORDS`] and as the
/// `match` of [`is_stopword`], which compares a word with no stop word of
/// another length.
macro_rules! stopwords {
    ($($w:literal),* $(,)?) => {
        /// Function words that carry little content for matching.
        pub const STOPWORDS: &[&str] = &[$($w),*];

        /// Whether `word` (lower case) is a stop word.
        pub fn is_stopword(word: &str) -> bool {
            matches!(word, $($w)|*)
        }
    };
}

stopwords![
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "been", "before", "being", "but", "by", "can", "could", "did", "do", "does", "for", "from",
    "had", "has", "have", "he", "her", "here", "him", "his", "how", "i", "if", "in", "into", "is",
    "it", "its", "me", "more", "most", "my", "of", "on", "one", "or", "other", "our", "out",
    "over", "s", "said", "says", "she", "so", "some", "such", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "this", "those", "through", "to", "up", "us", "was",
    "we", "were", "what", "when", "where", "which", "while", "who", "will", "with", "would", "you",
    "your",
];

/// Verbs that lead a verb group ("has gathered", "was made", "will run").
pub const GROUP_LEADS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "must", "should", "does", "did",
];

/// Letters two words share at their start from which one is taken to derive
/// from the other.
const ROOT_PREFIX: usize = 4;

/// Whether two words share a root ("images", "imagery"; "Peruvian", "Peru's"):
/// their first four letters are the same.
pub fn shares_root(a: &str, b: &str) -> bool {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count() >= ROOT_PREFIX
}

/// Whether `word` (lower case) is a content word written in letters only:
/// no stop word, figure or punctuation ("challenge", not "the" or "2026").
pub fn is_lettered_content(word: &str) -> bool {
    !is_stopword(word) && word.chars().all(char::is_alphabetic)
}

/// Declares the number words once, as the list [`NUMBER_WORDS`] and as the
/// `match` of [`number_word`], which compares a word with no number word of
/// another length.
macro_rules! number_words {
    ($($w:literal => $d:literal),* $(,)?) => {
        /// Number words with their digits.
        pub const NUMBER_WORDS: &[(&str, &str)] = &[$(($w, $d)),*];

        /// The digits a number word stands for (`three` → `3`).
        pub fn number_word(word: &str) -> Option<&'static str> {
            // Every number word is 3 to 9 ASCII letters: most tokens are
            // ruled out at once.
            if !(3..=9).contains(&word.len())
                || !word.starts_with(['z', 'o', 't', 'f', 's', 'e', 'n'])
            {
                return None;
            }
            match word {
                $($w => Some($d),)*
                _ => None,
            }
        }
    };
}

number_words![
    "zero" => "0",
    "one" => "1",
    "two" => "2",
    "three" => "3",
    "four" => "4",
    "five" => "5",
    "six" => "6",
    "seven" => "7",
    "eight" => "8",
    "nine" => "9",
    "ten" => "10",
    "eleven" => "11",
    "twelve" => "12",
    "thirteen" => "13",
    "fourteen" => "14",
    "fifteen" => "15",
    "sixteen" => "16",
    "seventeen" => "17",
    "eighteen" => "18",
    "nineteen" => "19",
    "twenty" => "20",
    "thirty" => "30",
    "forty" => "40",
    "fifty" => "50",
    "sixty" => "60",
    "seventy" => "70",
    "eighty" => "80",
    "ninety" => "90",
];

const WHOLE_CONTRACTIONS: &[(&str, &[&str])] = &[
    ("won't", &["will", "not"]),
    ("can't", &["can", "not"]),
    ("cannot", &["can", "not"]),
    ("shan't", &["shall", "not"]),
    ("it's", &["it", "is"]),
    ("that's", &["that", "is"]),
    ("there's", &["there", "is"]),
    ("what's", &["what", "is"]),
    ("who's", &["who", "is"]),
    ("here's", &["here", "is"]),
    ("he's", &["he", "is"]),
    ("she's", &["she", "is"]),
    ("let's", &["let", "us"]),
];

const SUFFIX_CONTRACTIONS: &[(&str, &str)] = &[
    ("n't", "not"),
    ("'ll", "will"),
    ("'re", "are"),
    ("'ve", "have"),
    ("'m", "am"),
    ("'d", "would"),
];

/// Stems of the content words among `norms` (lower-case words), numbers as
/// digits: what sentence alignment and coverage compare.
pub fn content_stems<'a>(norms: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out = Vec::new();
    for_each_content_stem(norms, |s| out.push(s.to_string()));
    out
}

/// Calls `f` with each of the [`content_stems`] of `norms`, in order, without
/// allocating them; `f` must not stem words itself.
pub fn for_each_content_stem<'a>(norms: impl Iterator<Item = &'a str>, mut f: impl FnMut(&str)) {
    for norm in norms {
        for_each_unit(norm, |u| {
            if !is_stopword(u) {
                with_stem(u, &mut f);
            }
        });
    }
}

/// Canonical units of one lower-cased word token: contractions expanded, number
/// words as digits, thousands separators dropped. Pushes one or more units.
pub fn canonical_units(norm: &str, out: &mut Vec<String>) {
    for_each_unit(norm, |u| out.push(u.to_string()));
}

/// Calls `f` with each of the [`canonical_units`] of `norm`, in order,
/// allocating only the units that are not already a string (a word without
/// commas or accents is its own unit).
pub fn for_each_unit(norm: &str, mut f: impl FnMut(&str)) {
    if norm.contains('\'') || norm == "cannot" {
        if let Some((_, units)) = WHOLE_CONTRACTIONS.iter().find(|(w, _)| *w == norm) {
            units.iter().for_each(|u| f(u));
            return;
        }
        for (suffix, unit) in SUFFIX_CONTRACTIONS {
            if let Some(base) = norm.strip_suffix(suffix).filter(|b| !b.is_empty()) {
                f(base);
                f(unit);
                return;
            }
        }
    }
    if let Some(digits) = number_word(norm) {
        f(digits);
    } else if norm.starts_with(|c: char| c.is_ascii_digit()) && norm.contains(',') {
        f(&norm.replace(',', ""));
    } else {
        match unaccented(norm) {
            Some(plain) => f(&plain),
            None => f(norm),
        }
    }
}

/// A word with its accents dropped ("café" → "cafe"), if it had any.
pub fn unaccented(word: &str) -> Option<String> {
    const ACCENTED: &[(char, char)] = &[
        ('à', 'a'),
        ('á', 'a'),
        ('â', 'a'),
        ('ä', 'a'),
        ('ç', 'c'),
        ('è', 'e'),
        ('é', 'e'),
        ('ê', 'e'),
        ('ë', 'e'),
        ('í', 'i'),
        ('î', 'i'),
        ('ï', 'i'),
        ('ñ', 'n'),
        ('ó', 'o'),
        ('ô', 'o'),
        ('ö', 'o'),
        ('ú', 'u'),
        ('û', 'u'),
        ('ü', 'u'),
    ];
    let plain = |c: char| {
        ACCENTED
            .iter()
            .find(|(a, _)| *a == c)
            .map_or(c, |(_, b)| *b)
    };
    (!word.is_ascii()).then(|| word.chars().map(plain).collect())
}

/// The stem of a lower-cased word, with a possessive `'s` removed (`companies'` → `compani`).
///
/// Stems are remembered per thread (the same words recur across a document, its
/// source and a batch), up to [`STEM_CACHE`] words.
pub fn stem(word: &str) -> String {
    with_stem(word, |s| s.to_string())
}

/// Calls `f` with the [`stem`] of `word`, without allocating it when the
/// thread remembers it; `f` must not stem words itself.
pub fn with_stem<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    thread_local! {
        static CACHE: Memo<Box<str>> = Memo::default();
    }
    let compute = || {
        let bare = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix('\''))
            .unwrap_or(word);
        // Most words are on the frequency list, stemmed when the tool was built.
        if let Some(stem) = crate::lexicon::frequency::listed_stem(bare) {
            return stem.into();
        }
        let stemmer = STEMMER.get_or_init(|| Stemmer::create(Algorithm::English));
        stemmer.stem(bare).into()
    };
    memoised(&CACHE, word, STEM_CACHE, compute, |s| f(s))
}

/// Whether some word of `words` has the [`stem`] of `word`: `word` is
/// stemmed once, and the remembered stems of `words` compared in place.
pub fn stem_among(word: &str, words: &[String]) -> bool {
    let target = stem(word);
    words.iter().any(|w| has_stem(w, &target))
}

/// Whether the [`stem`] of `word` is `target`. Stemming keeps a word's first
/// letter, but for its case (a leading "Y" comes back "y") and a leading
/// apostrophe it drops, so a word starting with another letter is ruled out
/// without looking its stem up.
pub fn has_stem(word: &str, target: &str) -> bool {
    may_stem_to(word, target) && with_stem(word, |s| s == target)
}

/// Whether the [`stem`] of `word` may be `target` by their first letters,
/// the screen [`has_stem`] runs before looking the stem up.
pub fn may_stem_to(word: &str, target: &str) -> bool {
    match (word.as_bytes().first(), target.as_bytes().first()) {
        (Some(a), Some(b)) => a.eq_ignore_ascii_case(b) || *a == b'\'',
        _ => true,
    }
}

/// Whether two words have one [`stem`]; words starting with different
/// letters (neither with an apostrophe) are told apart unstemmed, as in
/// [`has_stem`].
pub fn same_stem(a: &str, b: &str) -> bool {
    let could = match (a.as_bytes().first(), b.as_bytes().first()) {
        (Some(x), Some(y)) => x.eq_ignore_ascii_case(y) || *x == b'\'' || *y == b'\'',
        _ => true,
    };
    could && has_stem(b, &stem(a))
}

/// Most words whose stems a thread remembers.
const STEM_CACHE: usize = 50_000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_sorted_for_binary_search() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_stopword("the") && !is_stopword("alibaba"));
        assert!(STOPWORDS.iter().all(|w| is_stopword(w)));
        assert!(!is_stopword("") && !is_stopword("The") && !is_stopword("theirs"));
    }

    #[test]
    fn stems_keep_the_first_letter_has_stem_relies_on() {
        let dic = include_str!("../../data/dict/en_US.dic");
        let words = dic.lines().skip(1).filter_map(|l| l.split('/').next());
        for word in words
            .map(str::to_lowercase)
            .filter(|w| !w.starts_with('\''))
        {
            let s = stem(&word);
            assert_eq!(s.as_bytes().first(), word.as_bytes().first(), "{word}");
            assert!(has_stem(&word, &s), "{word}");
        }
        assert!(has_stem("'tis", &stem("'tis")) && !has_stem("cats", "dog"));
        assert!(has_stem("Yesterday", &stem("Yesterday")));
        assert!(same_stem("rejected", "rejects"));
        assert!(!same_stem("kept", "keep") && !same_stem("cats", "dogs"));
    }

    #[test]
    fn every_number_word_passes_the_quick_rejection() {
        assert!(NUMBER_WORDS.iter().all(|(w, d)| number_word(w) == Some(*d)));
        for w in [
            "of",
            "the",
            "then",
            "tens",
            "sevens",
            "Three",
            "ninety-nine",
            "",
        ] {
            assert_eq!(number_word(w), None, "{w}");
        }
    }

    #[test]
    fn expands_contractions_and_number_words() {
        let mut out = Vec::new();
        for w in ["it'll", "won't", "three", "1,000", "didn't"] {
            canonical_units(w, &mut out);
        }
        assert_eq!(
            out,
            ["it", "will", "will", "not", "3", "1000", "did", "not"]
        );
    }

    #[test]
    fn stems_inflections_together() {
        assert_eq!(stem("investors"), stem("investor"));
        assert_eq!(stem("company's"), stem("company"));
        let words = ["investors".to_string(), "said".to_string()];
        assert!(stem_among("investor", &words) && !stem_among("invest", &words));
    }
}
