//! Prints what the embedded lexicons say about word pairs, for tuning rules:
//! WordNet synonymy (sense ranks), frequency ranks, antonymy, lemmas and the
//! bigram count of the pair.
//!
//! `cargo run --release --example lexicon_probe -- joint venture joint adventure`

use spincheck::lexicon::{frequency, wordnet};

fn main() {
    let words: Vec<String> = std::env::args().skip(1).collect();
    if words.len() < 2 || !words.len().is_multiple_of(2) {
        eprintln!("usage: lexicon_probe WORD WORD [WORD WORD ...]");
        std::process::exit(2);
    }
    for pair in words.chunks(2) {
        let (a, b) = (pair[0].as_str(), pair[1].as_str());
        println!(
            "{a} {b}: synonym ranks {:?}, frequency ranks {} {}, antonyms {}, lemmas {:?} {:?}, bigram {}",
            wordnet::synonym_rank(a, b),
            frequency::rank(a),
            frequency::rank(b),
            wordnet::are_antonyms(a, b),
            wordnet::lemmas(a),
            wordnet::lemmas(b),
            frequency::bigram_count(a, b)
        );
    }
}
