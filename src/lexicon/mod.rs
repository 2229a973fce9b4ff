//! Embedded language data: the dictionary and word lists (see NOTICE for origins).

pub mod dictionary;
pub mod frequency;
pub(crate) mod layout;
pub mod negation;
pub mod phrases;
pub mod speech;
pub mod spun;
pub mod spun_phrase;
pub mod stance;
pub mod suggest;
mod table;
pub mod tortured;
pub mod wordnet;

/// Parses the embedded lists `build.rs` does not lay out (the dictionary, above
/// all, and the small curated lists) now, two at a time, instead of one by one
/// on first use. Meant for a background thread at start-up; a rule needing a
/// list meanwhile waits for it.
pub fn warm_up() {
    rayon::join(
        || {
            wordnet::synonym_rank("large", "big");
            wordnet::are_antonyms("rise", "fall");
            tortured::by_first_word();
            stance::stances("said");
        },
        dictionary::dictionary,
    );
}
