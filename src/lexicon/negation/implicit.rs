//! Words and two-word forms that carry a negation in their meaning ("lost",
//! "ruled out", "its first title since").

use super::beyond::beyond_limit;
use super::negators::{determiner, is_negator, yet_to};
use super::pairs::{IMPLICIT_PAIRS, OPEN_TO_UNSETTLED, RESTATED_AS, SURPRISE};
use super::particle::particle_after;
use super::prefix::denying_prefix;
use super::replaced::replaced_with;
use crate::lexicon::wordnet::{ADJECTIVE, ADVERB, VERB, lemmas, parts_as_written, parts_of_speech};
use crate::text::words::is_stopword;
use words::{IMPLICIT, implicit_rank};

mod words;

/// Nouns of a rule whose breaking is a breach ("broke the rules" → "did not
/// follow the rules"; "broke the record" denies nothing).
const RULES: &[&str] = &[
    "rule",
    "rules",
    "law",
    "laws",
    "regulation",
    "regulations",
    "guidelines",
    "code",
    "terms",
];

/// Words after "break" within which its rule is looked for ("broke any of
/// the rules").
const RULE_REACH: usize = 3;

/// Forms of "be" that make a participle passive ("was defeated").
const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Words after "first" searched for the "since" that makes it "not … since".
const FIRST_SINCE_REACH: usize = 6;

/// Shortest adjective whose "-ly" adverb carries its negation
/// ("secretly", "anonymously"; not "shortly" or "freely").
const MIN_ADVERB_STEM: usize = 6;

/// Base forms of the implicitly negative words among `words` ("lost" → "lose",
/// "unhurt" → "unhurt"), for comparing two sentences.
pub fn implicit_negatives(words: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        let bases = lemmas(w);
        // "anonymously" carries what "anonymous" does; a short stem's
        // adverb has often a sense of its own ("shortly", "freely").
        let adverb_of = w
            .strip_suffix("ly")
            .filter(|s| s.len() >= MIN_ADVERB_STEM && parts_of_speech(w) & ADVERB != 0);
        let base = |x: &str| *w == x || adverb_of == Some(x) || bases.iter().any(|b| b == x);
        // "stayed at or above 29C" pairs as "stayed above".
        let next = match words.get(k + 1..k + 4) {
            Some(["at", "or", bound]) => Some(*bound),
            _ => words.get(k + 1).copied(),
        };
        // "ended up paying": a result, no ending.
        let ended_up = base("end") && next == Some("up");
        let prev = k.checked_sub(1).map(|p| words[p]);
        // "rain fell for days, leaving the ground saturated": a result
        // stated, no departure ("is leaving the club", "since leaving"):
        // "leaving" after a word of content.
        let resulting = *w == "leaving"
            && prev.is_some_and(|p| {
                !is_stopword(p) && !matches!(p, "since" | "upon" | "without" | "not")
            });
        // "closed", "closes", "closing" say what "shut" says; the adjective
        // ("close to", "closer", "closely") denies nothing.
        let closed = !matches!(*w, "close" | "closer" | "closest" | "closely")
            && bases.iter().any(|b| b == "close");
        // "failed to" is an explicit negator, counted as such.
        let failed_to = base("fail") && next == Some("to");
        // "broke the rules" is a breach.
        let broke_rules = base("break")
            && words[k + 1..]
                .iter()
                .take(RULE_REACH)
                .any(|n| RULES.contains(n));
        // So is "has yet to".
        // A "dismissal" is a sending-off or a firing, no refusal.
        let skipped = ended_up || failed_to || yet_to(words, k) || *w == "dismissal";
        // "remained open to talks" is a party willing, not a matter left
        // unsettled as in "remains open to question". An edit may end at
        // "to", its noun kept.
        let willing = next == Some("open")
            && words.get(k + 2) == Some(&"to")
            && words
                .get(k + 3)
                .is_none_or(|n| !OPEN_TO_UNSETTLED.contains(n));
        // The first of the list that `base` holds, found by the word's forms.
        let forms = [Some(*w), adverb_of].into_iter().flatten();
        let found = (forms.chain(bases.iter().map(String::as_str)))
            .filter(|x| !(skipped || *x == "leave" && resulting))
            .filter_map(implicit_rank)
            .min()
            .map(|i| IMPLICIT[i].to_string())
            .or_else(|| closed.then(|| "shut".to_string()))
            .or_else(|| broke_rules.then(|| "breach".to_string()))
            .or_else(|| {
                IMPLICIT_PAIRS
                    .iter()
                    .find(|(x, y)| {
                        base(x)
                            && (next == Some(*y) || particle_after(words, k, y))
                            && !skipped
                            && !(*y == "open" && willing)
                    })
                    .map(|(x, _)| {
                        RESTATED_AS
                            .iter()
                            .find(|(from, _)| from == x)
                            .map_or(*x, |(_, to)| *to)
                            .to_string()
                    })
            });
        // "its first title since 1986" is "had not won a title since 1986".
        let first_since = || {
            (*w == "first"
                && words[k + 1..]
                    .iter()
                    .take(FIRST_SINCE_REACH)
                    .any(|n| *n == "since"))
            .then(|| "first".to_string())
        };
        // "too early to link" is "cannot yet link"; "too grainy to identify".
        let too_to = || {
            (*w == "too"
                && next.is_some_and(|n| parts_of_speech(n) & (ADJECTIVE | ADVERB) != 0)
                && words.get(k + 2) == Some(&"to"))
            .then(|| "too".to_string())
        };
        // "was last seen in May" is "has not been seen since May"; "the last
        // time", "last year" are no such denial.
        let last_done = || {
            (*w == "last"
                && k.checked_sub(1).is_none_or(|p| !determiner(words[p]))
                && next.is_some_and(is_past_participle))
            .then(|| "last".to_string())
        };
        // "had not been seen in public" → "had been out of public view", "was
        // burning out of control": a state; not "pulled out of the deal" or
        // "stay out of", whose "out" another verb's pair has counted.
        let out_of = || {
            let before = k.checked_sub(1).map(|p| words[p]);
            (*w == "out"
                && next == Some("of")
                && words.get(k + 2).is_some_and(|n| !determiner(n))
                && !before.is_some_and(|b| {
                    lemmas(b)
                        .iter()
                        .any(|l| IMPLICIT_PAIRS.contains(&(l.as_str(), "out")))
                }))
            .then(|| "out".to_string())
        };
        // "the amendment was defeated" is "did not pass"; "defeated Rovers"
        // is a win.
        let defeated = || {
            (*w == "defeated" && prev.is_some_and(|p| BE_FORMS.contains(&p)))
                .then(|| "defeat".to_string())
        };
        // "were shocked", "caught traders off guard": a surprise, "had not
        // expected".
        let surprised = || {
            ((w.ends_with("ed") && SURPRISE.iter().any(|x| base(x)))
                || (*w == "off" && next == Some("guard")))
            .then(|| "surprise".to_string())
        };
        // "missed by about £4m" measures a shortfall, as "fell short by" does.
        let missed_by = || {
            (*w == "missed" && next == Some("by") && !is_negator(words, k, false))
                .then(|| "short".to_string())
        };
        // "non-urgent" read as two units: "non" denies the next.
        let non = || (*w == "non" && next.is_some()).then(|| "non".to_string());
        // "remains missing" is "has not been found" ("has yet to be
        // found"); "missing the target" is an explicit negator, counted as such.
        let missing =
            || (*w == "missing" && !is_negator(words, k, false)).then(|| "missing".to_string());
        if let Some(found) = found
            .or_else(|| denying_prefix(w))
            .or_else(missing)
            .or_else(first_since)
            .or_else(too_to)
            .or_else(last_done)
            .or_else(out_of)
            .or_else(non)
            .or_else(|| replaced_with(words, k, &bases))
            .or_else(missed_by)
            .or_else(defeated)
            .or_else(surprised)
            .or_else(|| beyond_limit(words, k))
        {
            out.push(found);
        }
    }
    out
}

/// Whether `word` is an inflected form of a verb, not a plural ("updated",
/// "seen"; not "year", "weeks"): a participle, as after "last".
fn is_past_participle(word: &str) -> bool {
    !word.ends_with('s')
        && lemmas(word)
            .iter()
            .any(|l| l != word && parts_as_written(l) & VERB != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn implicit_negatives_by_base_form() {
        let found = implicit_negatives(&["they", "lost", "their", "links"]);
        assert_eq!(found, ["lose"]);
        assert_eq!(
            implicit_negatives(&["all", "escaped", "unhurt"]),
            ["escape", "unhurt"]
        );
        // "remained open to talks" is willing; "open to question" unsettled.
        assert!(implicit_negatives(&["remained", "open", "to", "talks"]).is_empty());
        let unsettled = implicit_negatives(&["remains", "open", "to", "question"]);
        assert_eq!(unsettled, ["remain"]);
        // "has yet to" is an explicit negator; "a date yet to be set" carries one.
        assert!(implicit_negatives(&["has", "yet", "to", "decide"]).is_empty());
        assert_eq!(
            implicit_negatives(&["a", "date", "yet", "to", "be", "set"]),
            ["yet"]
        );
        assert!(implicit_negatives(&["it", "unveiled", "a", "plan"]).is_empty());
        assert!(implicit_negatives(&["until", "the", "union", "met"]).is_empty());
        assert_eq!(implicit_negatives(&["the", "branch", "closed"]), ["shut"]);
        assert!(implicit_negatives(&["close", "to", "a", "deal"]).is_empty());
        assert_eq!(implicit_negatives(&["she", "is", "leaving"]), ["leave"]);
        assert!(implicit_negatives(&["rain", "leaving", "it", "wet"]).is_empty());
        assert_eq!(
            implicit_negatives(&["turned", "the", "offer", "down"]),
            ["turn"]
        );
        assert!(implicit_negatives(&["turned", "to", "look", "down"]).is_empty());
        assert_eq!(implicit_negatives(&["was", "inexpensive"]), ["inexpensive"]);
        assert_eq!(
            implicit_negatives(&["the", "tree", "remains", "missing"]),
            ["missing"]
        );
        assert!(implicit_negatives(&["kept", "missing", "the", "target"]).is_empty());
        assert!(implicit_negatives(&["prices", "increase"]).is_empty());
        assert_eq!(implicit_negatives(&["were", "stunned"]), ["surprise"]);
        assert_eq!(
            implicit_negatives(&["caught", "them", "off", "guard"]),
            ["surprise"]
        );
    }
}
