//! Light verbs whose object noun makes the phrase: the verb means little
//! alone, so "take a decision" is one phrase, which a thesaurus breaks by
//! swapping the noun and keeping the verb ("take a choice").

/// A light verb, the object nouns that make a phrase with it, and the nouns
/// that make the same phrase with it too.
pub(super) struct LightObject {
    /// The verb's base form.
    pub(super) verb: &'static str,
    /// Base forms of the object nouns.
    pub(super) objects: &'static [&'static str],
    /// Base forms of nouns the verb takes in the same sense ("make a
    /// decision" → "make a choice"); any other noun put for the object, the
    /// verb kept, is garbled.
    pub(super) fair: &'static [&'static str],
}

/// Decisions are taken, made or reached: "take a choice" and "make a
/// verdict" are no phrase, while "make a choice" and "reach a verdict" are.
pub(super) const LIGHT_OBJECTS: &[LightObject] = &[
    LightObject {
        verb: "take",
        objects: &["decision"],
        fair: &[
            "step", "action", "move", "vote", "view", "stance", "position",
        ],
    },
    LightObject {
        verb: "make",
        objects: &["decision"],
        fair: &[
            "choice",
            "call",
            "ruling",
            "determination",
            "judgment",
            "judgement",
            "resolution",
            "move",
        ],
    },
    LightObject {
        verb: "reach",
        objects: &["decision"],
        fair: &[
            "verdict",
            "conclusion",
            "agreement",
            "judgment",
            "judgement",
            "ruling",
            "determination",
            "resolution",
            "settlement",
            "deal",
            "consensus",
            "compromise",
        ],
    },
];
