//! Two-word forms that carry a negation in their meaning ("ruled out",
//! "has yet to"), and the words such forms restate.

/// Two-word forms that carry a negation: "ruled out", "has yet to".
pub(super) const IMPLICIT_PAIRS: &[(&str, &str)] = &[
    ("rule", "out"),
    ("yet", "to"),
    // "has not yet opened" → "is still to open".
    ("still", "to"),
    // "did not exceed 30%" → "was 30% or lower": an upper bound.
    ("or", "lower"),
    ("or", "less"),
    ("or", "fewer"),
    // "did not last more than two days" → "lasted two days at most".
    ("at", "most"),
    ("or", "below"),
    ("too", "few"),
    ("stay", "within"),
    ("remain", "within"),
    ("keep", "within"),
    ("still", "awaited"),
    // "leaves 180,000 without power" → "knocks out power to 180,000".
    // "did not give evidence" → "stayed out of the witness box".
    ("stay", "out"),
    ("sit", "out"),
    // "the least likely to finish" → "the most likely to drop out".
    ("drop", "out"),
    // "has not yet received" → "is still waiting for".
    ("still", "waiting"),
    // "has not yet been tried" → "is still awaiting trial".
    ("still", "awaiting"),
    // "had not yet decided" → "was still deciding".
    ("still", "deciding"),
    ("still", "considering"),
    ("still", "weighing"),
    // "had not yet identified the van" → "were still trying to identify it".
    ("still", "trying"),
    ("still", "working"),
    ("still", "looking"),
    // "have not yet determined the cause" → "the cause is under
    // investigation".
    ("under", "investigation"),
    ("under", "review"),
    ("under", "consideration"),
    // "would not appeal" → "had decided against an appeal".
    ("decide", "against"),
    ("opt", "against"),
    // "remains open" → "has not been settled".
    ("remain", "open"),
    // "will not reopen before May" → "will remain closed until May".
    ("remain", "closed"),
    ("stay", "closed"),
    // "if prices do not ease" → "if prices remain high".
    ("remain", "high"),
    ("stay", "high"),
    ("remain", "low"),
    ("stay", "low"),
    ("stay", "away"),
    // "did not fall below 29C" → "stayed at or above 29C".
    ("stay", "above"),
    ("remain", "above"),
    ("stay", "below"),
    ("remain", "below"),
    // "have not recovered since 2019" → "are still below their 2019 level".
    ("still", "below"),
    // "the cuts would not affect schools" → "schools would be protected
    // from the cuts".
    ("protect", "from"),
    ("shield", "from"),
    // "will not reopen" → "will close for good" (the verb "close" alone may
    // be the adjective).
    ("close", "for"),
    ("knock", "out"),
    // "left without being seen" → "walked out before being seen".
    ("before", "being"),
    ("before", "having"),
    ("cut", "off"),
    ("cut", "power"),
    ("cut", "electricity"),
    ("cut", "supply"),
    ("cut", "supplies"),
    // "cancelled services" → "called off services": the same "cancel".
    ("call", "off"),
    // "stopped short of promising funding" is "did not promise".
    ("stop", "short"),
    // "was found not guilty of fraud" → "was cleared of fraud".
    ("clear", "of"),
    // "had no previous convictions" → "had a clean record".
    ("clean", "record"),
    // "a long run without the title" → "a long wait for the title".
    ("wait", "for"),
    // "has yet to be set" → "remains to be set"; "has yet to approve
    // it" → "it still needs approval".
    ("remain", "to"),
    ("still", "needs"),
    ("still", "need"),
    // "did not award a penalty" → "turned down appeals for one".
    ("turn", "down"),
    // "did not concede a goal" → "kept a clean sheet".
    ("clean", "sheet"),
    // "was glad he had not moved" → "was glad he had stayed put".
    ("stay", "put"),
    // "would not run at night" → "would be switched off at night".
    ("switch", "off"),
    // "is exempt from the rules" → "falls outside the rules": not within.
    ("fall", "outside"),
    ("lie", "outside"),
    // "did not begin on Monday as planned" → "was delayed beyond its
    // planned Monday start".
    ("delay", "beyond"),
    ("delay", "past"),
    // "at no cost to the council" → "at its own expense".
    ("own", "expense"),
];

/// Nouns after "open to" that leave a matter unsettled ("remains open to
/// question"); any other ("remained open to talks") is a party willing.
pub(super) const OPEN_TO_UNSETTLED: &[&str] = &[
    "question",
    "debate",
    "doubt",
    "dispute",
    "interpretation",
    "challenge",
];

/// Implicitly negative phrases counted as the word they restate, so that a
/// restatement balances its original ("cancelled" → "called off").
pub(super) const RESTATED_AS: &[(&str, &str)] = &[
    ("call", "cancel"),
    ("fall", "outside"),
    ("lie", "outside"),
    ("own", "free"),
];

/// Verbs of surprise whose participles say what "surprised" says, "did not
/// expect" ("traders were stunned" for "traders were surprised").
pub(super) const SURPRISE: &[&str] = &["shock", "stun", "astonish", "astound", "startle"];
