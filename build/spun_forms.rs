//! The base forms of the curated spinner tables' source words, worked out
//! as `lexicon::spun` works them out at run time (WordNet's morphy: the
//! exception list, then suffix rules, keeping the lemmas WordNet knows), so
//! that the tool need not lemmatise the tables at start-up. A unit test in
//! `lexicon::spun` checks every line against the run-time lemmatiser.

use crate::detach::DETACH;
use std::collections::{HashMap, HashSet};

/// WordNet's lemmas (the synset list's members) and irregular forms (each
/// inflected form's bases in the exception list's order).
pub struct Morphy<'a> {
    lemmas: HashSet<&'a str>,
    exceptions: HashMap<&'a str, Vec<&'a str>>,
}

impl<'a> Morphy<'a> {
    /// WordNet's lemmas in `synsets` and irregular forms in `irregular`.
    pub fn new(synsets: &'a str, irregular: &'a str) -> Self {
        let lemmas = synsets
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .flat_map(|(_, members)| members.split(','))
            .filter_map(|m| m.rsplit_once(':').map(|(lemma, _)| lemma))
            .collect();
        let mut exceptions: HashMap<&str, Vec<&str>> = HashMap::new();
        for (inflected, base) in irregular
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
        {
            exceptions.entry(inflected).or_default().push(base);
        }
        Self { lemmas, exceptions }
    }

    /// The exception list's bases of `word`, in order.
    fn exceptions(&self, word: &str) -> &[&'a str] {
        self.exceptions.get(word).map_or(&[], Vec::as_slice)
    }

    /// `wordnet::base_forms` of a word without a space.
    fn base_forms(&self, word: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut push = |w: &str| {
            if self.lemmas.contains(w) && !out.iter().any(|o| o == w) {
                out.push(w.to_string());
            }
        };
        push(word);
        for base in self.exceptions(word) {
            push(base);
        }
        let last = word.as_bytes().last();
        for &(ending, replacement) in DETACH {
            if ending.as_bytes().last() != last {
                continue;
            }
            let Some(stem) = word.strip_suffix(ending).filter(|s| s.len() >= 2) else {
                continue;
            };
            push(&format!("{stem}{replacement}"));
            let doubled = stem.as_bytes();
            if doubled.len() >= 3 && doubled[doubled.len() - 1] == doubled[doubled.len() - 2] {
                push(&stem[..stem.len() - 1]);
            }
        }
        out
    }

    /// `lexicon::spun`'s base forms of a table's source word, or `None` for
    /// a word the tool works out itself: one with a capital, an apostrophe,
    /// a space or another byte than a lower-case letter or a hyphen, or one
    /// that may be a British "-ise" or "-yse" spelling, which it respells.
    fn forms(&self, w: &str) -> Option<Vec<String>> {
        if !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            || w.contains("is")
            || w.contains("ys")
        {
            return None;
        }
        let mut out = self.base_forms(w);
        if out.first().is_some_and(|b| b == w) {
            out.retain(|b| {
                b == w || !(w.ends_with("er") || w.ends_with("est")) || !w.starts_with(b.as_str())
            });
        }
        if let Some(root) = w.strip_suffix("ly").filter(|r| r.len() >= 4) {
            for b in self.base_forms(root) {
                if !out.contains(&b) {
                    out.push(b);
                }
            }
        }
        if out.is_empty() {
            out.push(w.to_string());
        }
        Some(out)
    }
}

/// One line for each line of a curated spinner table (`text`): for a line
/// with a source and a spinner's word, its source word's base forms, a tab
/// and, when the word is its own first base form, the exception list's
/// bases of it, each list joined by commas; `?` for a word the tool works
/// out itself (see [`Morphy::forms`]); an empty line for any other line.
pub fn source_forms(morphy: &Morphy, text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut cols = line.split('\t');
        if let (false, Some(source), Some(_)) = (line.starts_with('#'), cols.next(), cols.next()) {
            let bases = morphy.exceptions(source);
            match morphy.forms(source) {
                // Lemmas hold no comma; a base of the exception list might.
                Some(forms) if !bases.iter().any(|b| b.contains([',', '\t'])) => {
                    out.push_str(&forms.join(","));
                    out.push('\t');
                    if forms[0] == source {
                        out.push_str(&bases.join(","));
                    }
                }
                _ => out.push('?'),
            }
        }
        out.push('\n');
    }
    out
}

/// A curated spinner table (`text`, its sense columns stemmed) cut to what
/// `lexicon::spun` reads, line for line: the source's and spinner's words
/// and the columns `columns` (from 0), every other column left empty and
/// each comment line blank, so that start-up scans neither the senses'
/// descriptions nor the comments.
pub fn read_columns(text: &str, columns: &[usize]) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if line.starts_with('#') {
            out.push('\n');
            continue;
        }
        let mut cols: Vec<&str> = line
            .split('\t')
            .enumerate()
            .map(|(i, c)| if i < 2 || columns.contains(&i) { c } else { "" })
            .collect();
        while cols.len() > 2 && cols.last() == Some(&"") {
            cols.pop();
        }
        out.push_str(&cols.join("\t"));
        out.push('\n');
    }
    out
}
