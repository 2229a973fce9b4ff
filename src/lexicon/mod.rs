//! Embedded language data: the dictionary and word lists (see NOTICE for origins).

pub mod dictionary;
pub mod frequency;
pub mod phrases;
pub mod stance;
pub mod suggest;
pub mod tortured;
pub mod wordnet;
