//! Spell checking against the embedded Hunspell dictionary (en_US, see
//! NOTICE), which `build.rs` expands into every form its affix rules derive
//! (`build/hunspell.rs`), so a word is looked up without parsing the
//! dictionary at start-up.
//!
//! [`check`] answers as spellbook 0.3's `Dictionary::check` does on this
//! dictionary (a test compares the two on some million words): the word's
//! casings, hyphenated parts, trailing full stops and numbers, and ordinals
//! joined by the `.aff`'s compound rules ("21st", "112th").

mod casing;

use super::layout::{COMPOUND_SHIFT, KNOWN, SHOWN};
use super::table::{Table, built};
use casing::{Casing, casing, titlecase};
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/dict-rules.rs"));

/// Every form of the dictionary with its value (see `layout::KNOWN`).
static FORMS: Table = Table {
    text: include_str!(concat!(env!("OUT_DIR"), "/dict-forms.txt")),
    slots: built!("dict.slots"),
};

/// Longest word (in bytes) that can be spelled right.
const MAX_WORD_LEN: usize = 360;

/// Most times a word is split at hyphens, one within another.
const MAX_BREAK_DEPTH: usize = 9;

/// Whether `word` is spelled correctly.
pub fn check(word: &str) -> bool {
    if word.len() > MAX_WORD_LEN {
        return false;
    }
    let word = if word.contains('’') {
        Cow::Owned(word.replace('’', "'"))
    } else {
        Cow::Borrowed(word)
    };
    if word.is_empty() {
        return true;
    }
    let trimmed = word.trim_end_matches('.');
    if is_number(trimmed) || spell_break(trimmed, 0) {
        return true;
    }
    trimmed.len() != word.len() && spell_break(&word, 0)
}

/// Whether `word` is a number: digits, optionally after a minus sign, with
/// single `.`, `,` or `-` between digits.
fn is_number(word: &str) -> bool {
    let word = word.strip_prefix('-').unwrap_or(word);
    if word.is_empty() {
        return false;
    }
    let mut separated = true;
    for c in word.chars() {
        match c {
            '0'..='9' => separated = false,
            '.' | '-' | ',' if !separated => separated = true,
            _ => return false,
        }
    }
    true
}

/// Whether `word` is right as it is or split at hyphens (a leading or a
/// trailing one dropped, or two right parts around the first).
fn spell_break(word: &str, depth: usize) -> bool {
    if spell_casing(word) {
        return true;
    }
    if depth == MAX_BREAK_DEPTH {
        return false;
    }
    let deeper = |part: &str| spell_break(part, depth + 1);
    word.strip_prefix('-').is_some_and(deeper)
        || word.strip_suffix('-').is_some_and(deeper)
        || word
            .split_once('-')
            .is_some_and(|(a, b)| !b.is_empty() && deeper(a) && deeper(b))
}

/// Whether `word` is a word in its own casing or one its casing allows: an
/// upper-case word may be any casing's, a title-case one a lower-case word's.
fn spell_casing(word: &str) -> bool {
    match casing(word) {
        Casing::None | Casing::Mixed => check_word(word, false),
        Casing::Init => check_word(word, true) || check_word(&word.to_lowercase(), false),
        Casing::All => {
            check_word(word, false)
                || apostrophe_split(word)
                || check_word(&titlecase(word), false)
                || check_word(&word.to_lowercase(), false)
        }
    }
}

/// An upper-case word with an apostrophe before its end ("SANT'ELIA"), with
/// the part after it title-cased and the part up to it lower- or title-cased.
fn apostrophe_split(word: &str) -> bool {
    let Some(i) = word.find('\'').filter(|&i| i != word.len() - 1) else {
        return false;
    };
    let (head, tail) = word.split_at(i + 1);
    let tail = titlecase(tail);
    check_word(&format!("{}{tail}", head.to_lowercase()), false)
        || check_word(&format!("{}{tail}", titlecase(head)), false)
}

/// Whether the dictionary derives `word` (`shown`: from an entry other than
/// a hidden homonym), or compound rules join it of entries.
fn check_word(word: &str, shown: bool) -> bool {
    let bit = if shown { SHOWN } else { KNOWN };
    FORMS.get(word).is_some_and(|v| v & bit != 0)
        || word.starts_with(|c| COMPOUND_INITIALS.contains(c)) && compound(word, &mut Vec::new(), 0)
}

/// The compound-rule flags of the entry spelt `part`, if it has any.
fn compound_flags(part: &str) -> Option<u32> {
    FORMS
        .get(part)
        .map(|v| v >> COMPOUND_SHIFT)
        .filter(|&f| f != 0)
}

/// Whether `word` from byte `start` splits into entries that, after those of
/// `parts`, a compound rule joins. Ported as spellbook has it, including that
/// a first part whose remainder fails stays in `parts` for later splits.
fn compound(word: &str, parts: &mut Vec<u32>, start: usize) -> bool {
    let Some((first, _)) = word[start..].char_indices().nth(1) else {
        return false;
    };
    for (i, _) in word[start + first..].char_indices() {
        let i = start + first + i;
        let Some(head) = compound_flags(&word[start..i]) else {
            continue;
        };
        parts.push(head);
        let Some(tail) = compound_flags(&word[i..]) else {
            if compound(word, parts, i) {
                return true;
            }
            continue;
        };
        parts.push(tail);
        if !COMPOUND_RULES.iter().any(|rule| rule_matches(rule, parts)) {
            parts.pop();
            parts.pop();
            if compound(word, parts, i) {
                return true;
            }
            continue;
        }
        return true;
    }
    false
}

/// Whether a compound rule matches the parts' flags in order: a depth-first
/// search that, as spellbook's, gives up at the first path through the whole
/// rule, whether or not it used every part.
fn rule_matches(rule: &[(u32, u8)], parts: &[u32]) -> bool {
    let mut stack = vec![(0, 0)];
    while let Some((r, p)) = stack.pop() {
        let Some(&(flag, repeat)) = rule.get(r) else {
            return p == parts.len();
        };
        let matched = parts.get(p).is_some_and(|f| f & flag != 0);
        match repeat {
            b'?' | b'*' => {
                stack.push((r + 1, p));
                if matched {
                    stack.push((if repeat == b'*' { r } else { r + 1 }, p + 1));
                }
            }
            _ if matched => stack.push((r + 1, p + 1)),
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests;
