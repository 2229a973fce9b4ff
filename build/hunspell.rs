//! Expands the embedded Hunspell dictionary (`data/dict/en_US.{aff,dic}`) into
//! every surface form its affix rules derive, for `src/lexicon/hunspell.rs` to
//! look up instead of parsing the dictionary at start-up.
//!
//! The parsing and the derivations follow spellbook 0.3 (the checker the
//! lookup replaces, kept as a dev-dependency to test that the two agree) for
//! the options this `.aff` uses; an option the lookup does not implement stops
//! the build.

#[path = "../src/lexicon/hunspell/casing.rs"]
mod casing;

use super::layout::{COMPOUND_SHIFT, KNOWN, SHOWN};
use casing::{Casing, casing, titlecase};
use std::collections::HashMap;
use std::fmt::Write;

/// The expanded dictionary.
pub struct Expanded {
    /// Every form, one a line.
    pub text: String,
    /// Each form's span in `text` and its value: [`KNOWN`] and [`SHOWN`] as
    /// `layout` describes them, and from bit [`COMPOUND_SHIFT`] the compound
    /// rule flags of a `.dic` entry of that spelling.
    pub entries: Vec<(std::ops::Range<usize>, u32)>,
    /// Rust source defining `COMPOUND_RULES` and `COMPOUND_INITIALS`.
    pub rules: String,
}

/// `.aff` options that change what spellbook accepts and the lookup does not
/// implement.
const UNSUPPORTED: &[&str] = &[
    "FLAG",
    "AF",
    "IGNORE",
    "LANG",
    "BREAK",
    "OCONV",
    "NEEDAFFIX",
    "FORBIDDENWORD",
    "KEEPCASE",
    "CIRCUMFIX",
    "WARN",
    "FORBIDWARN",
    "COMPLEXPREFIXES",
    "FULLSTRIP",
    "CHECKSHARPS",
    "COMPOUNDFLAG",
    "COMPOUNDBEGIN",
    "COMPOUNDMIDDLE",
    "COMPOUNDEND",
    "COMPOUNDPERMITFLAG",
    "COMPOUNDFORBIDFLAG",
    "COMPOUNDROOT",
    "FORCEUCASE",
    "CHECKCOMPOUNDPATTERN",
    "SUBSTANDARD",
];

/// An affix rule (`PFX`/`SFX` row). spellbook 0.3 reads a table's
/// cross-product mark `N` as `Y`, so every prefix combines with every suffix.
struct Affix {
    flag: u8,
    strip: String,
    add: String,
    condition: Option<Condition>,
}

/// An affix condition: a pattern of literal characters, `.` and `[...]`
/// classes, and how many characters it spans.
struct Condition {
    pattern: Vec<char>,
    chars: usize,
}

impl Condition {
    fn new(pattern: &str) -> Condition {
        let mut chars = 0;
        let mut in_class = false;
        for c in pattern.chars() {
            match c {
                '[' => in_class = true,
                ']' => {
                    in_class = false;
                    chars += 1;
                }
                _ if !in_class => chars += 1,
                _ => {}
            }
        }
        Condition {
            pattern: pattern.chars().collect(),
            chars,
        }
    }

    /// Whether `input` starts with a match (spellbook's `Condition::matches`).
    fn matches(&self, input: &str) -> bool {
        let mut input = input.chars();
        let mut pattern = self.pattern.iter().copied().peekable();
        loop {
            match (pattern.next(), input.next()) {
                (None, _) => return true,
                (Some(_), None) => return false,
                (Some('.'), Some(_)) => {}
                (Some('['), Some(c)) => {
                    let negative = pattern.next_if_eq(&'^').is_some();
                    let mut found = false;
                    for p in pattern.by_ref() {
                        if p == ']' {
                            break;
                        }
                        found |= p == c;
                    }
                    if found == negative {
                        return false;
                    }
                }
                (Some(p), Some(c)) if p != c => return false,
                _ => {}
            }
        }
    }
}

impl Affix {
    /// The word the prefix derives from `stem`, if it applies.
    fn prefixed(&self, stem: &str) -> Option<String> {
        let rest = stem.strip_prefix(self.strip.as_str())?;
        if let Some(c) = &self.condition
            && (stem.len() < c.chars || !c.matches(stem))
        {
            return None;
        }
        Some(format!("{}{rest}", self.add))
    }

    /// The word the suffix derives from `stem`, if it applies.
    fn suffixed(&self, stem: &str) -> Option<String> {
        let rest = stem.strip_suffix(self.strip.as_str())?;
        if let Some(c) = &self.condition {
            let tail = stem.char_indices().rev().take(c.chars).collect::<Vec<_>>();
            if stem.len() < c.chars || tail.len() < c.chars {
                return None;
            }
            let start = tail.last().map_or(stem.len(), |(i, _)| *i);
            if !c.matches(&stem[start..]) {
                return None;
            }
        }
        Some(format!("{rest}{}", self.add))
    }
}

/// The `.aff` rules the expansion needs.
#[derive(Default)]
struct Aff {
    prefixes: Vec<Affix>,
    suffixes: Vec<Affix>,
    only_in_compound: Option<u8>,
    rules: Vec<Vec<(u8, u8)>>,
}

fn parse_aff(aff: &str) -> Aff {
    let mut out = Aff::default();
    let mut lines = aff.lines();
    while let Some(line) = lines.next() {
        let words: Vec<&str> = line.split_whitespace().collect();
        let Some(&key) = words.first() else { continue };
        assert!(
            !UNSUPPORTED.contains(&key),
            "en_US.aff: {key} is not supported"
        );
        match key {
            "PFX" | "SFX" => {
                let flag = words[1].as_bytes()[0];
                assert!(matches!(words[2], "Y" | "N"), "cross-product mark: {line}");
                let rows: usize = words[3].parse().expect("affix row count");
                for row in lines.by_ref().take(rows) {
                    let w: Vec<&str> = row.split_whitespace().collect();
                    assert!(w[0] == key && w[1] == words[1], "affix row: {row}");
                    assert!(!w[3].contains('/'), "continuation flags: {row}");
                    let zero = |s: &str| if s == "0" { String::new() } else { s.into() };
                    let affix = Affix {
                        flag,
                        strip: zero(w[2]),
                        add: zero(w[3]),
                        condition: w.get(4).filter(|c| **c != ".").map(|c| Condition::new(c)),
                    };
                    if key == "PFX" {
                        &mut out.prefixes
                    } else {
                        &mut out.suffixes
                    }
                    .push(affix);
                }
            }
            "ONLYINCOMPOUND" => out.only_in_compound = Some(words[1].as_bytes()[0]),
            "COMPOUNDMIN" => assert_eq!(words[1], "1", "COMPOUNDMIN other than 1"),
            "SET" => assert_eq!(words[1], "UTF-8"),
            "ICONV" if words[1].parse::<usize>().is_ok() => assert_eq!(words[1], "1"),
            "ICONV" => assert_eq!(&words[1..], ["’", "'"], "ICONV other than ’ to '"),
            "COMPOUNDRULE" if words[1].parse::<usize>().is_ok() => {}
            "COMPOUNDRULE" => out.rules.push(compound_rule(words[1])),
            _ => {}
        }
    }
    out
}

/// A compound rule's elements: each a flag and its repeat mark (`*`, `?` or 0).
fn compound_rule(rule: &str) -> Vec<(u8, u8)> {
    let mut out: Vec<(u8, u8)> = Vec::new();
    for b in rule.bytes() {
        match (b, out.last_mut()) {
            (b'*' | b'?', Some(last)) if last.1 == 0 => last.1 = b,
            (b'*' | b'?', _) => panic!("compound rule {rule}"),
            _ => out.push((b, 0)),
        }
    }
    out
}

/// The `.dic` entries as spellbook stores them: word, flags, and whether it is
/// a hidden homonym (the title-case copy of a mixed-case word, or of an
/// upper-case word with flags).
fn parse_dic(dic: &str) -> Vec<(String, Vec<u8>, bool)> {
    let mut out = Vec::new();
    for line in dic.lines().skip(1).map(str::trim).filter(|l| !l.is_empty()) {
        assert!(
            !line.contains(['\\', ' ', '\t']) && !line.starts_with('/'),
            "{line}"
        );
        let (word, flags) = line.split_once('/').unwrap_or((line, ""));
        assert!(flags.is_ascii(), "{line}");
        let mut flags = flags.as_bytes().to_vec();
        flags.sort_unstable();
        flags.dedup();
        let casing = casing(word);
        if casing == Casing::Mixed || casing == Casing::All && !flags.is_empty() {
            out.push((titlecase(word), flags.clone(), true));
        }
        out.push((word.to_string(), flags, false));
    }
    out
}

/// Expands the dictionary.
pub fn expand(aff: &str, dic: &str) -> Expanded {
    let aff = parse_aff(aff);
    let mut rule_flags: Vec<u8> = aff.rules.iter().flatten().map(|e| e.0).collect();
    rule_flags.sort_unstable();
    rule_flags.dedup();
    assert!(
        rule_flags.len() as u32 <= 32 - COMPOUND_SHIFT,
        "too many compound flags"
    );
    let bit = |flag: u8| rule_flags.iter().position(|f| *f == flag).map(|i| 1 << i);
    let mut order: Vec<String> = Vec::new();
    let mut values: HashMap<String, u32> = HashMap::new();
    let mut add = |form: String, value: u32| {
        *values.entry(form.clone()).or_insert_with(|| {
            order.push(form);
            0
        }) |= value;
    };
    let mut compounds = std::collections::HashSet::new();
    for (word, flags, hidden) in parse_dic(dic) {
        let compound: u32 = flags.iter().filter_map(|f| bit(*f)).sum();
        if compound != 0 {
            assert!(
                compounds.insert(word.clone()),
                "{word}: two compound entries"
            );
            add(word.clone(), compound << COMPOUND_SHIFT);
        }
        if aff.only_in_compound.is_some_and(|f| flags.contains(&f)) {
            continue;
        }
        let value = if hidden { KNOWN } else { KNOWN | SHOWN };
        let has = |a: &&Affix| flags.contains(&a.flag);
        let suffixed: Vec<String> = (aff.suffixes.iter().filter(has))
            .filter_map(|suffix| suffix.suffixed(&word))
            .collect();
        for prefix in aff.prefixes.iter().filter(has) {
            let stems = std::iter::once(&word).chain(&suffixed);
            for form in stems.filter_map(|s| prefix.prefixed(s)) {
                add(form, value);
            }
        }
        for form in suffixed {
            add(form, value);
        }
        add(word, value);
    }
    let mut text = String::new();
    let mut entries = Vec::with_capacity(order.len());
    for form in &order {
        let start = text.len();
        text.push_str(form);
        entries.push((start..text.len(), values[form]));
        text.push('\n');
    }
    let mut rules = String::from("/// The `.aff`'s compound rules: each element a flag's bit in a");
    rules.push_str(" compound value and its repeat mark (`*`, `?` or 0).\n");
    rules.push_str("const COMPOUND_RULES: &[&[(u32, u8)]] = &[\n");
    for rule in &aff.rules {
        let elements: Vec<String> = rule
            .iter()
            .map(|(f, m)| format!("({}, {m})", bit(*f).expect("rule flag")))
            .collect();
        writeln!(rules, "    &[{}],", elements.join(", ")).expect("write to string");
    }
    let mut initials: Vec<char> = compounds.iter().filter_map(|w| w.chars().next()).collect();
    initials.sort_unstable();
    initials.dedup();
    rules.push_str("];\n/// The first letters of the words compound rules join.\n");
    let initials: String = initials.into_iter().collect();
    writeln!(rules, "const COMPOUND_INITIALS: &str = {initials:?};").expect("write to string");
    Expanded {
        text,
        entries,
        rules,
    }
}
