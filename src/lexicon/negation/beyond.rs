//! A limit passed, which denies: "beyond the club's means" is "the club
//! cannot afford it", "beyond the reach of rescuers" is "rescuers cannot
//! reach it".

/// Nouns of a limit that "beyond" denies.
/// ("beyond repair" is "could not be repaired").
const LIMITS: &[&str] = &[
    "means",
    "reach",
    "grasp",
    "control",
    "repair",
    "recognition",
];

/// Words after "beyond" within which its limit is looked for ("beyond the
/// small club's means").
const LIMIT_REACH: usize = 4;

/// "beyond" when unit `k` of `words` is a "beyond" before a limit of
/// [`LIMITS`] ("beyond 2030", "beyond the city" deny nothing).
pub(super) fn beyond_limit(words: &[&str], k: usize) -> Option<String> {
    (words[k] == "beyond"
        && words[k + 1..]
            .iter()
            .take(LIMIT_REACH)
            .any(|w| LIMITS.contains(w)))
    .then(|| "beyond".to_string())
}
