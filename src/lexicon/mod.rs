//! Embedded language data: the dictionary and word lists (see NOTICE for origins).

pub mod determiners;
pub mod dictionary;
pub mod fixed_terms;
pub mod frequency;
pub mod hunspell;
pub(crate) mod layout;
pub mod negation;
pub mod phrases;
pub mod speech;
pub mod spun;
pub mod spun_phrase;
pub mod stance;
pub mod suggest;
mod table;
pub mod thesaurus;
pub mod titles;
pub mod tortured;
pub mod wordnet;

/// Parses the small curated lists `build.rs` does not lay out now instead of
/// on first use. Meant for a background thread at start-up; a rule needing a
/// list meanwhile waits for it.
pub fn warm_up() {
    wordnet::synonym_rank("large", "big");
    wordnet::are_antonyms("rise", "fall");
    tortured::by_first_word();
    spun::is_spun_sense("share", "offer");
    spun::is_spun_sense_in("charged", "billed", ["with"]);
    stance::stances("said");
    fixed_terms::idioms_with("wall");
}
