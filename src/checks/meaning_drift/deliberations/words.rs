//! The words of deliberation: what puts an act under deliberation, what
//! keeps it open, and verbs of examining.

/// Words that put an act under deliberation: it is weighed, proposed or sought,
/// not done ("would consider extending", "has proposed raising", "deciding
/// whether to appeal").
pub(in crate::checks::meaning_drift) const DELIBERATIONS: &[&str] = &[
    "consider",
    "considers",
    "considering",
    "weigh",
    "weighs",
    "weighing",
    "whether",
    "propose",
    "proposed",
    "proposes",
    "proposing",
    "seek",
    "seeks",
    "seeking",
    "sought",
    "explore",
    "exploring",
    "mulling",
    // "would look at closing stores".
    "look",
    "looks",
    "looking",
];

/// Words that keep an act open in the suspect: another deliberation, an
/// intention or a modal ("would think about bidding", "is planning").
pub(super) const STILL_OPEN: &[&str] = &[
    "think",
    "thinking",
    "plan",
    "plans",
    "planning",
    "planned",
    "want",
    "wants",
    "wanted",
    "hope",
    "hopes",
    "hoping",
    "may",
    "might",
    "could",
    "undecided",
    "if",
    "proposal",
    "proposals",
    "pondering",
    "contemplating",
    "eyeing",
    "aims",
    "aiming",
    // "will seek to recover" → "will try to recover".
    "try",
    "tries",
    "trying",
    "attempt",
    "attempts",
    "attempting",
    "looking",
    "look",
    // "sought to renegotiate prices" → "looked to renegotiate costs".
    "looked",
    "looks",
    "aimed",
    "aim",
    "intends",
];

/// Verbs of examining that, put for "look at", keep the act looked at open
/// ("will look at staffing levels" → "will examine staffing levels").
pub(super) const EXAMINATIONS: &[&str] = &[
    "examine",
    "examines",
    "examining",
    "review",
    "reviews",
    "reviewing",
    "assess",
    "assesses",
    "assessing",
    "study",
    "studies",
    "studying",
    "investigate",
    "investigates",
    "investigating",
    "evaluate",
    "evaluates",
    "evaluating",
    "scrutinise",
    "scrutinize",
];
