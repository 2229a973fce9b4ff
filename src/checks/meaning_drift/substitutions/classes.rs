//! Which classes of stance qualify a word rather than head a verb group,
//! and which of them, changed inside a kept quotation, misquote reports.

use crate::lexicon::stance::{Stance, stances};

/// Classes of stance whose words qualify a noun or a verb ("significantly",
/// "most", "often") and head no verb group of their own.
pub(super) const MODIFIER_CLASSES: &[&str] = &[
    "degree",
    "scope",
    "habit",
    "spread",
    "assessment",
    "stage",
    "time",
    "difficulty",
];

/// Whether a shift from `a` to `b` inside a kept quotation is misquote's to
/// report: words that describe the world, not the speaker's certainty or
/// intent ("some risk", "deeply worried"), unless a claim is played down
/// ("substantial" → "adequate"), or a speaker's certainty softened ("will"
/// → "may"), or a quoted finding told as a proof ("show" → "prove").
pub(super) fn left_to_misquote(a: &Stance, b: &Stance) -> bool {
    let worded = MODIFIER_CLASSES.contains(&a.class)
        || matches!(a.class, "concern" | "displeasure" | "criticism" | "extent");
    let played_down = a.class == "degree" && a.group == "high" && b.group == "low";
    let softened = a.class == "modality" && a.group == "certain" && b.group != "certain";
    let proof = a.class == "proof";
    (worded && !played_down) || softened || proof
}

/// Whether a word continues the verb group of a stance word of `class` ("has
/// intended to", "is expected to"), so that the flagged span takes it in: an
/// auxiliary or "to" after a verb, or another word of the same class; not the
/// verb a modal governs ("would climb"), nor what follows a modifier
/// ("significantly to reflect").
pub(super) fn is_verb_group(word: &str, class: &str) -> bool {
    let auxiliary = matches!(word, "to" | "be" | "been" | "have");
    (auxiliary && !MODIFIER_CLASSES.contains(&class))
        || stances(word).iter().any(|s| s.class == class)
}
