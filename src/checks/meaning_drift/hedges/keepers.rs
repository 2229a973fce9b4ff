//! Words that keep a hedge in the suspect when they stand in for one.

use super::kept::{figure_after, is_approximation};
use super::words::{DENIABLE, denied_at, in_set};
use crate::checks::meaning_drift::reviews::examined_in_passive;
use crate::text::words::stem_among;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// Words that keep a hedge when they stand in for one, though the source's use
/// of them is no hedge to keep: an approximation ("an estimated 260,000" →
/// "roughly 260,000"), a schedule ("expected" → "due"), permission or ability
/// ("may accept" → "can take", "are permitted to").
const HEDGE_KEEPERS: &[&str] = &[
    // Weighing a step: "was exploring" → "is looking into", "consider" → "think about".
    "looking",
    "look",
    "think",
    "thinking",
    "studying",
    "examining",
    "reviewing",
    "assessing",
    // "will consider whether" → "will examine whether": an examination.
    "examine",
    "examines",
    "assess",
    "assesses",
    "investigate",
    "investigates",
    "investigating",
    "evaluate",
    "evaluating",
    "consideration",
    // "the level it considers safe" → "what it regards as safe".
    "regard",
    "regards",
    "regarded",
    // "the projection depends on emissions" → "the outlook hinges on them".
    "outlook",
    "doubt",
    "doubts",
    "doubted",
    "roughly",
    "approximately",
    // "estimates that it costs" → "approximates that it costs", "an
    // approximate figure": an approximation, whether or not the idiom fits.
    "approximate",
    "approximates",
    "approximated",
    // "estimate" → "gauge", "assessed", "valued at", "pegged at".
    "gauge",
    "gauged",
    "gauges",
    "assessed",
    "valued",
    "pegged",
    "judges",
    "judged",
    "reckoned",
    "reckons",
    "reckon",
    // "are thought to remain, according to conservation groups" →
    // "conservation groups believe … remain": a belief, whoever holds it.
    "believe",
    "believes",
    "believed",
    "due",
    "scheduled",
    // "has alleged" → "alleges".
    "alleges",
    "allege",
    "alleging",
    // "signals a cut may come" → "hints at a cut"; "expects inflation to
    // fall" → "sees inflation falling".
    "hint",
    "hints",
    "hinted",
    "hinting",
    "sees",
    // "expect a record season" → "is bracing for one": an expectation.
    "bracing",
    "braced",
    "braces",
    // "is expected to raise rates" → "is tipped to": a forecast by others.
    "tipped",
    // "a possible flyby" → "a potential flyby"; "more likely to survive" → "a
    // better chance of surviving".
    "potential",
    "potentially",
    // "made possible by" → "made conceivable by": a possibility still.
    "conceivable",
    "conceivably",
    "plausible",
    "plausibly",
    "chance",
    "chances",
    "can",
    "able",
    "unable",
    "capable",
    "permitted",
    "allowed",
    // "possible replacements" → "candidate replacements": still only possible.
    "candidate",
    "candidates",
    // "they may inspect a badge" → "they are entitled to inspect": a right.
    "entitled",
    // "hoped it would" → "was hopeful it would", "feared" → "was afraid";
    // "at risk of missing" → "in danger of missing".
    "hopeful",
    "optimistic",
    "afraid",
    // "feared the factory would close" → "were worried it would close",
    // "worry it will", "are concerned it will".
    "worry",
    "worries",
    "anxious",
    "fearful",
    "danger",
    "jeopardy",
    // "at risk of closing" → "safe from closing": a reversal, polarity-drift's.
    "safe",
    // "cut its profit forecast" → "lowered its profit guidance".
    "guidance",
    // "may not apply everywhere" → "does not necessarily apply everywhere".
    "necessarily",
    // "expects to save $120 million" → "is targeting savings of $120
    // million", "aims to save": a goal, no more asserted than an expectation.
    "target",
    "targets",
    "targeting",
    "targeted",
    "aim",
    "aims",
    "aiming",
    "goal",
    // "alleged that the council delayed" → "accused the council of delaying".
    "accused",
    "accuses",
    "accusing",
    // "may be delayed" → "faces delays": a danger ahead, not the outcome.
    "face",
    "faces",
    "faced",
    "facing",
    // "predicted a rise" → "foresaw one": a forecast.
    "foresee",
    "foresees",
    "foresaw",
    "foreseen",
    "projecting",
    // "hoped the talks would succeed" → "was keen for them to": a wish, no
    // more asserted than a hope.
    "keen",
    "eager",
    "wish",
    "wishes",
    "wished",
    // "is considering selling" → "is debating whether to sell": still weighed.
    "debating",
    "deliberating",
    "pondering",
    "contemplating",
    // The same verbs in their other forms: "weighs a levy" → "mulls a levy".
    "mull",
    "mulls",
    "mulled",
    "ponder",
    "ponders",
    "pondered",
    "contemplate",
    "contemplates",
    "deliberates",
    "explore",
    "explores",
    // "the fire was probably started deliberately" → "investigators suspect it
    // was": a belief.
    "suspect",
    "suspects",
    // "is likely to remain" → "is liable to remain", "prone to": a tendency,
    // no more asserted than a likelihood.
    "liable",
    "prone",
];

static KEEPER_SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();

/// Passive examinations of `to` that restate a verb of `from` ("would review
/// the figures and could restore" → "the figures would be reviewed and …
/// would return"): the source's own examination keeps none of its hedges.
pub(super) fn examinations_restated(from: &[String], to: &[String]) -> usize {
    (0..to.len())
        .filter(|&k| {
            to[k].ends_with("ed") && examined_in_passive(to, k) && stem_among(&to[k], from)
        })
        .count()
}

/// Words in `words` that keep a hedge ([`HEDGE_KEEPERS`], "about 40").
pub(super) fn keepers(words: &[String]) -> usize {
    let keeping = |k: usize| {
        let figure = figure_after(words, k);
        match words[k].as_str() {
            // "cannot sell": a denied ability is certain (see [`denials_kept`]).
            "can" if words.get(k + 1).is_some_and(|n| n == "not") => false,
            w if in_set(&KEEPER_SET, HEDGE_KEEPERS, w) => true,
            // "expected" → "did not expect": the expectation is still stated,
            // and its denial is polarity-drift's to report.
            w if DENIABLE.contains(&w) => denied_at(words, k),
            // "is expected to make his debut" → "is in line to make it".
            "line" => {
                k.checked_sub(1).is_some_and(|p| words[p] == "in")
                    && words.get(k + 1).is_some_and(|n| n == "to")
            }
            // "could produce 5,000 cars" → "has the capacity to produce them".
            "capacity" => words.get(k + 1).is_some_and(|n| n == "to"),
            // "is likely to post a loss" → "is on course to post one", "on track".
            "course" | "track" => {
                k.checked_sub(1).is_some_and(|p| words[p] == "on")
                    && words
                        .get(k + 1)
                        .is_some_and(|n| matches!(n.as_str(), "to" | "for"))
            }
            // "would consider the findings" → "would take them into account".
            "account" => k.checked_sub(1).is_some_and(|p| words[p] == "into"),
            // "a ban is likely" → "a ban is on the cards": the idiom of likelihood.
            "cards" => {
                k >= 2 && words[k - 1] == "the" && matches!(words[k - 2].as_str(), "on" | "in")
            }
            w if is_approximation(w) => figure,
            // "estimated the award would cost" → "calculated it would cost": a
            // figure worked out; not "an estimated £1.2m" → "a calculated
            // £1.2m", the estimate made exact.
            "calculated" | "calculates" | "calculate" => k
                .checked_sub(1)
                .is_none_or(|p| !matches!(words[p].as_str(), "a" | "an" | "the")),
            // "is reportedly a former employee" → "is one, according to reports".
            "reports" | "reported" => k.checked_sub(1).is_some_and(|p| words[p] == "to"),
            // "would weigh the benefits against" → "would balance them against".
            "balance" | "balancing" => words[k + 1..].iter().take(6).any(|n| n == "against"),
            // "would consider it" → "was open to it".
            "open" => words.get(k + 1).is_some_and(|n| n == "to"),
            // "signals a cut is possible" → "opens the door to a cut".
            "door" => words[k.saturating_sub(2)..k]
                .iter()
                .any(|p| matches!(p.as_str(), "open" | "opens" | "opened" | "opening")),
            // "said he should expect" → "telling him to expect": advice kept.
            "told" | "telling" | "tells" | "tell" | "urged" | "urging" | "advised" | "advising" => {
                words[k + 1..].iter().take(3).any(|n| n == "to")
            }
            // "said the club should fit filters" → "recommended that the club
            // fit filters", "recommended it to": advice kept.
            "recommended" | "recommends" | "recommend" | "recommending" => {
                words.get(k + 1).is_some_and(|n| n == "that")
                    || words[k + 1..].iter().take(3).any(|n| n == "to")
            }
            // "warns of slower growth" → "flags slower growth", "cautions
            // about it": a warning of what may come; not "cautioned that", whose
            // clause hedges by its own words or not at all.
            "flags" | "flagged" | "flagging" => words
                .get(k + 1)
                .is_none_or(|n| !matches!(n.as_str(), "that" | "down")),
            "cautions" | "cautioned" | "cautioning" => words
                .get(k + 1)
                .is_some_and(|n| matches!(n.as_str(), "of" | "about" | "against")),
            // "will probably close" → "will in all likelihood close".
            "likelihood" | "probability" => k.checked_sub(1).is_some_and(|p| words[p] == "all"),
            // "is likely to gain" → "stands to gain"; "could disrupt services" →
            // "threatens to disrupt them"; not "threatened by closures".
            "stand" | "stands" | "stood" | "threaten" | "threatens" | "threatened"
            | "threatening" => words.get(k + 1).is_some_and(|n| n == "to"),
            // "forecast that output would grow" → "projects that it will";
            // "is expecting to" → "is counting on", "banking on".
            "projects" => words.get(k + 1).is_some_and(|n| n == "that"),
            "counting" | "banking" => words.get(k + 1).is_some_and(|n| n == "on"),
            // "approved in principle" → "won outline approval".
            "outline" => words
                .get(k + 1)
                .is_some_and(|n| matches!(n.as_str(), "approval" | "permission" | "consent")),
            // "could disrupt services" → "there is a risk that the strike will".
            "risk" | "prospect" => words.get(k + 1).is_some_and(|n| n == "that"),
            // "remained possible" → "remained a possibility"; not "could not
            // exclude the possibility".
            "possibility" => k.checked_sub(1).is_some_and(|p| words[p] == "a"),
            // "will consider hardship cases" → "hardship cases will be looked
            // at", "a plan will go before the committee": still to be weighed.
            "before" => examined_in_passive(words, k),
            w if w.ends_with("ed") && examined_in_passive(words, k) => true,
            _ => super::prospects::kept(words, k),
        }
    };
    (0..words.len()).filter(|&k| keeping(k)).count()
}
