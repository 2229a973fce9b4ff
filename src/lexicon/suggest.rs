//! Fast spelling suggestions: single edits first, the dictionary's slower search last.

use super::dictionary::{dictionary, suggestions};
use super::frequency::rank;

/// Longest word for which single edits are generated.
const MAX_EDIT_LEN: usize = 24;

/// Words one edit away from `word` (delete, transpose, replace, insert of a-z) that the dictionary knows.
fn single_edits(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() > MAX_EDIT_LEN || !word.is_ascii() {
        return Vec::new();
    }
    let dict = dictionary();
    let mut found: Vec<String> = Vec::new();
    let mut try_word = |candidate: String| {
        if !found.contains(&candidate) && dict.check(&candidate) {
            found.push(candidate);
        }
    };
    let n = chars.len();
    let join = |v: &[char]| v.iter().collect::<String>();
    for i in 0..n {
        let mut v = chars.clone();
        v.remove(i);
        try_word(join(&v));
        if i + 1 < n {
            let mut v = chars.clone();
            v.swap(i, i + 1);
            try_word(join(&v));
        }
    }
    for i in 0..=n {
        for c in 'a'..='z' {
            if i < n && chars[i] != c {
                let mut v = chars.clone();
                v[i] = c;
                try_word(join(&v));
            }
            let mut v = chars.clone();
            v.insert(i, c);
            try_word(join(&v));
        }
    }
    found
}

/// The best correction for a misspelt `word`, if one is close.
///
/// A name written in lower case gets its capitalised form. Otherwise single
/// edits of the lower-cased word are ranked by word frequency; when there
/// are none and `slow_budget` is not spent, the dictionary's own (slower)
/// search is asked, spending one unit of the budget.
pub fn best_correction(word: &str, slow_budget: &mut usize) -> Option<String> {
    let lower = word.to_lowercase();
    let mut chars = lower.chars();
    if let Some(first) = chars.next() {
        let capitalised: String = first.to_uppercase().chain(chars).collect();
        if capitalised != word && dictionary().check(&capitalised) {
            return Some(capitalised);
        }
    }
    let mut edits = single_edits(&lower);
    edits.sort_by_key(|w| (rank(w), w.clone()));
    if let Some(best) = edits.into_iter().next() {
        return Some(best);
    }
    if *slow_budget == 0 {
        return None;
    }
    *slow_budget -= 1;
    suggestions(word)
        .into_iter()
        .find(|s| strsim::damerau_levenshtein(&lower, &s.to_lowercase()) <= 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrects_common_misspellings() {
        let mut none = 0;
        assert_eq!(
            best_correction("Sarmountable", &mut none).as_deref(),
            Some("surmountable")
        );
        assert_eq!(
            best_correction("goverment", &mut none).as_deref(),
            Some("government")
        );
        assert_eq!(
            best_correction("recieved", &mut none).as_deref(),
            Some("received")
        );
        let mut one = 1;
        assert_eq!(
            best_correction("begginers", &mut one).as_deref(),
            Some("beginners")
        );
        assert_eq!(one, 0);
    }
}
