//! Reads phrases, one a line, and prints each with the WordNet parts of speech
//! of the phrase with each word in any of its base forms (0: WordNet does not
//! list it), for choosing table entries.
//!
//! `cargo run --release --example wn_phrase < phrases.txt`

use spincheck::lexicon::wordnet;
use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines() {
        let phrase = line.unwrap();
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
        let parts = forms
            .iter()
            .fold(0, |bits, f| bits | wordnet::parts_as_written(f));
        println!("{}\t{parts}", phrase.trim());
    }
}
