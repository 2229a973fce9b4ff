//! The WordNet parts of speech of a phrase, for the examples that probe
//! phrases.

use spincheck::lexicon::wordnet;

/// The WordNet parts of speech of `phrase` with each word in any of its base
/// forms, or-ed together (0: WordNet does not list it).
pub fn phrase_parts(phrase: &str) -> u8 {
    let mut forms: Vec<String> = vec![String::new()];
    for w in phrase.split_whitespace() {
        let mut options: Vec<String> = vec![w.to_string()];
        options.extend(wordnet::lemmas(w).iter().cloned());
        forms = forms
            .iter()
            .flat_map(|f| {
                options.iter().map(move |o| {
                    if f.is_empty() {
                        o.clone()
                    } else {
                        format!("{f} {o}")
                    }
                })
            })
            .collect();
    }
    forms
        .iter()
        .fold(0, |bits, f| bits | wordnet::parts_as_written(f))
}
