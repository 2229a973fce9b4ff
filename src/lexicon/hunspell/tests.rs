//! [`check`] against spellbook's `Dictionary::check`, the checker it replaces,
//! on every form of the dictionary in every casing, numbers and ordinals,
//! hyphenated, apostrophised and abbreviated words, every token of the eval
//! and bundled corpus texts, and misspellings of a sample.

use super::{FORMS, check};
use std::path::Path;

/// Every line of the forms table's text.
fn forms() -> Vec<&'static str> {
    FORMS.text.lines().collect()
}

/// `word` in its own, lower, title and upper case.
fn casings(word: &str) -> [String; 4] {
    let mut title: String = word.chars().take(1).flat_map(char::to_uppercase).collect();
    title.push_str(&word.chars().skip(1).collect::<String>().to_lowercase());
    [
        word.to_string(),
        word.to_lowercase(),
        title,
        word.to_uppercase(),
    ]
}

/// Numbers and ordinals, right and wrong, in several casings and with stops.
fn numbers() -> Vec<String> {
    let mut out = Vec::new();
    for n in 0..20_000 {
        for end in [
            "", "st", "nd", "rd", "th", "s", "'s", "ST", "Th", "tH", "ND", "x",
        ] {
            out.push(format!("{n}{end}"));
            out.push(format!("{n}{end}."));
            out.push(format!("-{n}{end}"));
        }
        if n % 7 == 0 {
            out.extend([format!("{n},000"), format!("{n}.5"), format!("{n}-{n}th")]);
            out.extend([
                format!("{n},,1"),
                format!("0{n}th"),
                format!("{n}th-century"),
            ]);
        }
    }
    out
}

/// Pairs of sampled forms joined by hyphens and apostrophes, and sampled
/// forms with stops, hyphens and apostrophes around them.
fn combinations(forms: &[&str]) -> Vec<String> {
    let sample: Vec<&str> = forms.iter().step_by(97).copied().collect();
    let mut out = Vec::new();
    for (i, a) in sample.iter().enumerate() {
        let b = sample[(i * 31 + 7) % sample.len()];
        let (ua, ub) = (a.to_uppercase(), b.to_uppercase());
        out.extend([
            format!("{a}-{b}"),
            format!("{a}--{b}"),
            format!("-{a}"),
            format!("{a}-"),
            format!("{a}-{b}-{a}"),
            format!("{a}'{b}"),
            format!("{ua}'{ub}"),
            format!("{ua}'{b}"),
            format!("{ua}'S"),
            format!("{ua}’S"),
            format!("{a}’s"),
            format!("{a}'"),
            format!("'{a}"),
            format!("{a}."),
            format!("{a}.."),
            format!("{ua}."),
            format!("{a}.{b}"),
            format!("{a}{b}"),
            format!("{ua}-{b}"),
            format!("{a}-{ub}"),
        ]);
    }
    out
}

/// Misspellings of sampled forms: a letter dropped (also title-cased), two
/// swapped, one doubled.
fn mutations(forms: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for word in forms.iter().step_by(7) {
        let chars: Vec<char> = word.chars().collect();
        for i in 0..chars.len() {
            let mut dropped = chars.clone();
            dropped.remove(i);
            let dropped: String = dropped.into_iter().collect();
            out.push(casings(&dropped)[2].clone());
            out.push(dropped);
            let mut doubled = chars.clone();
            doubled.insert(i, chars[i]);
            out.push(doubled.into_iter().collect());
            if i + 1 < chars.len() {
                let mut swapped = chars.clone();
                swapped.swap(i, i + 1);
                out.push(swapped.into_iter().collect());
            }
        }
    }
    out
}

/// Every whitespace-separated token of the `.txt` files under `dir` (at any
/// depth), as written, trimmed of punctuation, and split at characters
/// other than letters, digits, apostrophes, hyphens and stops.
fn tokens(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for path in entries.flatten().map(|e| e.path()) {
        if path.is_dir() {
            tokens(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for token in text.split_whitespace() {
                out.push(token.to_string());
                out.push(
                    token
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_string(),
                );
                let word = |c: char| c.is_alphanumeric() || "'’-.".contains(c);
                out.extend(token.split(|c| !word(c)).map(str::to_string));
            }
        }
    }
}

/// Words whose casing or letters take unusual paths.
const ODD: &[&str] = &[
    "",
    ".",
    "..",
    "-",
    "--",
    "'",
    "’",
    "-.",
    "1.",
    "1,000.",
    "-5",
    "--5",
    "1--2",
    "ΣΑΣ",
    "Σας",
    "STRASSE",
    "straße",
    "İstanbul",
    "ǅungla",
    "ﬁle",
    "ÉCOLE",
    "école",
    "naïve",
    "NAÏVE",
    "café",
    "O'NEILL",
    "O'Neill",
    "o'clock",
    "O'CLOCK",
    "'TIS",
    "ROCK'N'ROLL",
    "MCDONALD",
    "McDonald",
    "Mcdonald",
    "mcdonald",
    "NASA",
    "Nasa",
    "nasa",
    "NASA's",
    "iPhone",
    "IPHONE",
    "eBay",
    "EBAY",
    "1ST",
    "1St",
    "1sT",
    "21ST",
    "11TH",
    "11th",
    "1th",
    "2th",
    "3th",
    "111th",
    "101st",
    "0th",
    "10th.",
    "1th.",
    "th",
    "st",
    "-th",
    "a-",
    "-a",
    "a-b-c-d-e-f-g-h-i-j-k-l",
    "--a--",
];

#[test]
fn agrees_with_spellbook_on_every_form_and_many_other_words() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |name: &str| std::fs::read_to_string(root.join("data/dict").join(name)).unwrap();
    let dict = spellbook::Dictionary::new(&read("en_US.aff"), &read("en_US.dic")).unwrap();
    let forms = forms();
    let mut words: Vec<String> = ODD.iter().map(|w| w.to_string()).collect();
    for form in &forms {
        words.extend(casings(form));
    }
    words.extend(numbers());
    words.extend(combinations(&forms));
    words.extend(mutations(&forms));
    let mut texts = Vec::new();
    tokens(&root.join("eval/tune"), &mut texts);
    assert!(
        texts.len() > 100_000,
        "eval/tune's texts: {} tokens",
        texts.len()
    );
    // More directories may be named, separated by colons.
    let more = std::env::var("SPINCHECK_DICT_TEST_TEXTS").unwrap_or_default();
    for dir in ["eval/heldout", "corpus"]
        .into_iter()
        .chain(more.split(':').filter(|d| !d.is_empty()))
    {
        tokens(&root.join(dir), &mut texts);
    }
    texts.sort_unstable();
    texts.dedup();
    for token in texts {
        words.extend(casings(&token));
        words.push(format!("{token}."));
    }
    let (mut checked, mut accepted, mut differ) = (0, 0, Vec::new());
    for word in &words {
        let expected = dict.check(word);
        checked += 1;
        accepted += usize::from(expected);
        if check(word) != expected {
            differ.push(format!("{word:?} (spellbook: {expected})"));
        }
    }
    eprintln!("{checked} words, {accepted} right, {} differ", differ.len());
    assert!(
        checked > 1_000_000 && accepted > 500_000,
        "{checked} {accepted}"
    );
    assert!(
        differ.is_empty(),
        "{} of {checked} differ: {:?}",
        differ.len(),
        &differ[..differ.len().min(40)]
    );
}
