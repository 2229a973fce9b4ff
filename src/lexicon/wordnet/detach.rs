//! WordNet morphy's suffix rules, shared by the run-time lemmatiser
//! (`lexicon::wordnet::lemmatise`) and build.rs, which works out the spinner
//! tables' base forms with them.

/// Suffix rules of WordNet's morphy: (ending, replacement).
pub const DETACH: &[(&str, &str)] = &[
    ("s", ""),
    ("ses", "s"),
    ("xes", "x"),
    ("zes", "z"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("men", "man"),
    ("ies", "y"),
    ("es", "e"),
    ("es", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
    ("er", ""),
    ("est", ""),
    ("er", "e"),
    ("est", "e"),
];
