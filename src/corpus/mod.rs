//! Corpus: reading article files, splitting them into articles, and retrieving
//! the closest article for a suspect.

pub mod index;
pub mod indexer;
pub mod load;
pub mod persist;
pub mod postings;
pub mod read;
pub mod store;
pub mod strings;
pub mod terms;

pub use index::{Builder, Hit, Index, MIN_SOURCE_SCORE};
pub use load::{Article, Corpus};
pub use read::{Utf8Policy, read_text};
pub use store::Articles;
