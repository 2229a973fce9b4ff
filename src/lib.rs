//! spincheck: find the source of a spun news article, align the two, and flag
//! the damage the rewrite did.
//!
//! The pipeline flows one way: [`text`] → [`corpus`] → [`align`] → [`checks`] → [`report`].

pub mod corpus;
pub mod error;
pub mod text;

pub use error::Error;
pub mod align;
pub mod atomic;
pub mod checks;
pub mod cli;
pub mod config;
pub mod engine;
pub mod eval;
pub mod finding;
pub mod lexicon;
pub mod report;
pub mod suppress;
