//! A thing put in place of another, which denies the other: "replaced
//! almond powder with peanut paste" is "used peanut paste instead of almond
//! powder".

/// Words after the verb within which the word naming what takes the place
/// is looked for ("replacing almond powder with").
const REPLACE_REACH: usize = 5;

/// Verbs that put one thing in place of another named after "for" ("swaps
/// its speakers for a radio broadcast"), as "replace … with" does.
const SWAPS: &[&str] = &["swap", "substitute", "exchange"];

/// "replace" when unit `k` of `words`, whose base forms are `bases`, puts
/// a thing in place of another named after it in its clause ("replaced the
/// powder with paste", "swaps its speakers for"); "to replace the buses"
/// names no other and denies nothing.
pub(super) fn replaced_with(words: &[&str], k: usize, bases: &[String]) -> Option<String> {
    let base = |x: &str| words[k] == x || bases.iter().any(|b| b == x);
    let by = if base("replace") {
        "with"
    } else if SWAPS.iter().any(|x| base(x)) {
        "for"
    } else {
        return None;
    };
    words[k + 1..]
        .iter()
        .take(REPLACE_REACH)
        .take_while(|n| !matches!(**n, "and" | "but" | "which" | "who" | "that" | "to"))
        .any(|n| *n == by)
        .then(|| "replace".to_string())
}
