//! Reads phrases, one a line, and prints each with the WordNet parts of speech
//! of the phrase with each word in any of its base forms (0: WordNet does not
//! list it), for choosing table entries.
//!
//! `cargo run --release --example wn_phrase < phrases.txt`

#[path = "common/phrase_parts.rs"]
mod phrase_parts;

use phrase_parts::phrase_parts;
use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines() {
        let phrase = line.unwrap();
        println!("{}\t{}", phrase.trim(), phrase_parts(&phrase));
    }
}
