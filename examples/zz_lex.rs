use spincheck::lexicon::{frequency, wordnet};
fn main() {
    let a: Vec<String> = std::env::args().skip(1).collect();
    for w in a.chunks(2) {
        let (x, y) = (w[0].as_str(), w[1].as_str());
        println!(
            "{x} {y}: syn {:?} rank {} {} ant {} lemmas {:?} {:?} bigram {}",
            wordnet::synonym_rank(x, y),
            frequency::rank(x),
            frequency::rank(y),
            wordnet::are_antonyms(x, y),
            wordnet::lemmas(x),
            wordnet::lemmas(y),
            frequency::bigram_count(x, y)
        );
    }
}
