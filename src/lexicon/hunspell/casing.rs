//! spellbook's casing classes of a word, shared by the build script's
//! expansion of the dictionary (`build/hunspell.rs`) and the checker.

/// A word's casing, as spellbook classes it.
#[derive(PartialEq, Clone, Copy)]
pub enum Casing {
    /// No capital letter.
    None,
    /// The first letter alone capital.
    Init,
    /// Capitals and no lower-case letter.
    All,
    /// Capitals other than the first letter alone, among lower-case letters
    /// ("iPhone", "McDonald").
    Mixed,
}

/// The casing class of `word`.
pub fn casing(word: &str) -> Casing {
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    let lower = word.chars().filter(|c| c.is_lowercase()).count();
    let first_capital = word.chars().next().is_some_and(char::is_uppercase);
    if upper == 0 {
        Casing::None
    } else if first_capital && upper == 1 {
        Casing::Init
    } else if lower == 0 {
        Casing::All
    } else {
        Casing::Mixed
    }
}

/// The first letter upper-cased and the rest lower-cased, letter by letter.
pub fn titlecase(word: &str) -> String {
    let mut chars = word.chars();
    let first = chars.next().expect("non-empty word");
    first
        .to_uppercase()
        .chain(chars.flat_map(char::to_lowercase))
        .collect()
}
