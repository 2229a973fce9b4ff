//! A movement told as no change, or no change told as a movement: "had
//! fallen by 14% since 2023" → "had held steady since 2023", "kept its
//! dividend unchanged" → "raised its dividend", "will stay at £12" → "will
//! rise to £12".

use super::became;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::negation::is_negator;
use crate::lexicon::wordnet::direction;
use crate::text::Document;

/// Words that say a thing did not move.
const STEADY: &[&str] = &[
    "unchanged",
    "steady",
    "flat",
    "frozen",
    "froze",
    "freeze",
    "stable",
    "stagnant",
    "stagnated",
];

/// Verbs of staying that, before "at" and a figure, say the figure did not
/// move ("prices will stay at £12", "remained at 5.50 pounds").
const STAYED: &[&str] = &[
    "stay",
    "stays",
    "stayed",
    "staying",
    "remain",
    "remains",
    "remained",
    "remaining",
];

/// Whether word `k` of `words` names no change: a word of no change, or a
/// verb of staying before "at" and a figure ("will stay at £12"; not "stayed
/// at the hotel").
fn no_change(words: &[&str], k: usize) -> bool {
    STEADY.contains(&words[k])
        || STAYED.contains(&words[k])
            && words.get(k + 1) == Some(&"at")
            && words
                .get(k + 2)
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}

/// Words before a word within which a negation denies it.
const DENIAL_REACH: usize = 3;

/// Whether word `k` of `words` is a movement that no negation denies
/// ("did not rise" → "held steady" restates).
fn moved(words: &[&str], k: usize) -> bool {
    is_movement(words[k]) && !denied(words, k)
}

/// Whether `word` tells a movement ("rose", "cut"; not the particles "up"
/// and "down", as in "set up").
fn is_movement(word: &str) -> bool {
    !matches!(word, "up" | "down") && direction(word).is_some()
}

/// Words that allow a little movement to a word of no change ("largely
/// unchanged" may have moved a point).
const ROUGHLY: &[&str] = &[
    "largely",
    "broadly",
    "little",
    "virtually",
    "nearly",
    "almost",
    "roughly",
    "relatively",
    "fairly",
    "mostly",
    "essentially",
    "more",
    "less",
];

/// Whether word `k` of `words` is a word of no change that no negation
/// denies and no hedge loosens.
fn steady(words: &[&str], k: usize) -> bool {
    no_change(words, k)
        && !denied(words, k)
        && !k
            .checked_sub(1)
            .is_some_and(|p| ROUGHLY.contains(&words[p]))
}

/// Whether `word` is a word of no change or its denial by a prefix
/// ("unstable", "unchanged" as well as "stable").
fn names_steady(word: &str) -> bool {
    let bare = word
        .strip_prefix("un")
        .or_else(|| word.strip_prefix("in"))
        .unwrap_or(word);
    STEADY.contains(&word) || STEADY.contains(&bare)
}

/// Whether a negation stands within a few words before word `k`.
fn denied(words: &[&str], k: usize) -> bool {
    (k.saturating_sub(DENIAL_REACH)..k).any(|j| is_negator(words, j, false))
}

/// Flags the suspect's word of no change where the source told only a
/// movement, and its movement where the source told only no change. A
/// side that states both, a copy that keeps every staying of the source,
/// or a denied word ("did not rise" → "held steady"), leaves it to the
/// other checks.
pub(super) fn steadied(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let (tw, ow) = (pair.source_units.words(), pair.suspect_units.words());
    let find = |words: &[&str], test: fn(&[&str], usize) -> bool| {
        (0..words.len()).find(|&k| test(words, k))
    };
    let any_direction = |words: &[&str]| words.iter().any(|w| is_movement(w));
    let any_steady = |words: &[&str]| (0..words.len()).any(|k| no_change(words, k));
    let steadies = |words: &[&str]| (0..words.len()).filter(|&k| steady(words, k)).count();
    let flipped = if any_steady(&tw) || any_direction(&ow) {
        // No change told as a movement; a copy that names the word of no
        // change, even denied ("stable" → "unstable"), leaves it to the
        // antonyms and the count, and one that keeps each staying ("stay
        // at £1" → "remain at £1") moves something else.
        (!any_direction(&tw)
            && !ow.iter().any(|w| names_steady(w))
            && steadies(&ow) < steadies(&tw))
        .then(|| find(&tw, steady).zip(find(&ow, moved)))
        .flatten()
    } else {
        // A movement told as no change.
        find(&tw, moved).zip(find(&ow, steady))
    };
    let Some((s, k)) = flipped else { return };
    out.push(became(
        doc,
        src,
        pair,
        s..s + 1,
        k..k + 1,
        "a movement and no change",
    ));
}
