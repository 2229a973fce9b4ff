//! Verbs that report speech, shared by the rules that look for a speaker.

/// Verbs that attribute what follows or precedes them to whoever is named
/// beside them ("said Abe Rook", "the council argued").
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "saying",
    "adding",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "explained",
    "noted",
    "warned",
    "insisted",
    "argued",
    "claimed",
    "conceded",
    "acknowledged",
    "admitted",
    "wrote",
    "writes",
    "declared",
    "replied",
    "recalled",
    "commented",
    "observed",
    "remarked",
    "cautioned",
    "suggested",
];

/// Whether a lower-cased word is a verb of speech.
pub fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(&word)
}
