//! Explicit negators ("not", "failed to", "rather than") and the contexts
//! in which they deny nothing ("no later than", "not … until", "voted no").

use super::double::no_vote;
use crate::lexicon::determiners::{is_article, is_demonstrative, is_possessive};
use crate::lexicon::wordnet::{ADJECTIVE, NOUN, lemmas, parts_as_written, parts_of_speech};
use bounds::{comparison, figure_contrast, until_follows};

pub use bounds::{denied_until, until_denials};

mod bounds;

/// Whether `w` is a word after which "little" and "few" describe rather than
/// deny ("every few years" counts, as "a few" does, and "the past few
/// weeks"): an article, a demonstrative or possessive, "every", "what", or an
/// adjective of order in time.
pub(super) fn determiner(w: &str) -> bool {
    is_article(w)
        || is_demonstrative(w)
        || is_possessive(w)
        || matches!(w, "every" | "what")
        || matches!(w, "past" | "last" | "next" | "first" | "coming")
}

/// Amounts written out that "barely" or "hardly" measures ("barely half
/// full", "barely one flower in ten").
const AMOUNT_WORDS: &[&str] = &[
    "half", "quarter", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "dozen",
];

/// Prepositions after which "missed" describes the noun it comes before
/// ("fined over missed targets", "a rise in missed appointments").
const ATTRIBUTIVE_BEFORE: &[&str] = &[
    "over", "of", "for", "in", "on", "by", "from", "about", "after",
];

/// Whether unit `p` is a verb after "to" or a modal, not "have" or "be",
/// so a "missed" after it describes its object ("to cut missed deliveries";
/// not "to have missed").
fn object_of_infinitive(words: &[&str], p: usize) -> bool {
    let bare = p.checked_sub(1).is_some_and(|q| {
        matches!(
            words[q],
            "to" | "will" | "would" | "can" | "could" | "should" | "must"
        )
    });
    bare && !matches!(words[p], "have" | "be" | "not" | "never" | "also" | "still")
}

/// Whether unit `k` of `words` is the "yet" of "has yet to decide", which
/// denies as "has not decided" does ("yet more rain", "and yet" do not).
/// It is no negator word of its own, so checks blind to context skip it.
pub fn yet_to(words: &[&str], k: usize) -> bool {
    words[k] == "yet"
        && words.get(k + 1) == Some(&"to")
        && k.checked_sub(1).is_some_and(|p| {
            matches!(
                words[p],
                "has" | "have" | "had" | "is" | "are" | "was" | "were" | "remains"
            )
        })
}

/// Whether `word` is one of the explicit negators, whatever its context:
/// the words that deny when their context agrees (see [`is_negator`]). A
/// `match`, which compiles to a test of length and bytes, is much cheaper
/// than a scan of a list on this hot path.
pub fn is_negator_word(word: &str) -> bool {
    matches!(
        word,
        "refused"
            | "refuses"
            | "refuse"
            | "refusing"
            | "declined"
            | "declines"
            | "decline"
            | "declining"
            | "not"
            | "no"
            | "never"
            | "without"
            | "nor"
            | "none"
            | "nobody"
            | "nothing"
            | "neither"
            | "fail"
            | "fails"
            | "failed"
            | "failing"
            | "rather"
            | "instead"
            | "little"
            | "few"
            | "hardly"
            | "barely"
            | "scarcely"
            | "miss"
            | "misses"
            | "missed"
            | "missing"
            | "exempt"
            | "exempted"
            | "rarely"
            | "seldom"
            | "far"
            | "against"
            | "non"
            | "nowhere"
            | "neglect"
            | "neglects"
            | "neglected"
            | "neglecting"
    )
}

/// Whether `word` is "not", "never" or "n't", a verb's own denial.
pub fn is_plain_denial(word: &str) -> bool {
    matches!(word, "not" | "never" | "n't")
}

/// Whether canonical unit `k` of `words` denies. `spelt_one`: the next word is
/// "one" written out ("no one" denies; "No 1" ranks).
pub fn is_negator(words: &[&str], k: usize, spelt_one: bool) -> bool {
    let w = words[k];
    if !is_negator_word(w) {
        return false;
    }
    let next = words.get(k + 1).copied();
    match w {
        // "non-urgent" read as two units: "non" denies the word after it.
        "non" => next.is_some(),
        // "may or may not be linked", "whether or not": a hedge, no denial.
        "not"
            if (k >= 3 && words[k - 2] == "or" && words[k - 1] == words[k - 3])
                || (k >= 2 && words[k - 1] == "or" && words[k - 2] == "whether") =>
        {
            false
        }
        // "not only"; "did not finish until 11pm" says when it finished.
        // "for seven weeks, not fourteen" compares figures.
        "not" => {
            next != Some("only")
                && !comparison(words, k)
                && !until_follows(words, k)
                && !figure_contrast(words, k, spelt_one)
        }
        // "no more than", "no later than", and "No 3" (number three), deny
        // nothing; nor does a vote ("voted no", "the only no vote").
        "no" if no_vote(words, k) => false,
        "no" => {
            let rank = is_figure(words.get(k + 1)) && !spelt_one;
            // "no further step until": says when, as "not … until" does.
            !(comparison(words, k) || rank || until_follows(words, k))
        }
        // "barely 40 minutes", "hardly half full": an amount, which
        // meaning-drift weighs; "barely changed" denies.
        "hardly" | "barely" | "scarcely" => {
            !(is_figure(next.as_ref()) || next.is_some_and(|n| AMOUNT_WORDS.contains(&n)))
        }
        // "nothing but a success" is "only a success": it affirms.
        "nothing" => next != Some("but"),
        // "nowhere near enough" denies as "not enough" does, and "had
        // nowhere (else) to store them" as "had no storage for them";
        // "nowhere to be found" is left to the words it restates.
        "nowhere" => {
            let to = match next {
                Some("to") => Some(k + 1),
                Some("else" | "left") if words.get(k + 2) == Some(&"to") => Some(k + 2),
                _ => None,
            };
            next == Some("near") || to.is_some_and(|t| words.get(t + 1) != Some(&"be"))
        }
        // "near misses with trains", "a near miss": an accident that did not
        // happen, named by a noun; "misses the target" denies.
        "miss" | "misses" => k.checked_sub(1).is_none_or(|p| words[p] != "near"),
        // "over missed targets", "the missed deadline": a description, not
        // a denial ("had missed the deadline").
        // "missed by about £4m" measures a shortfall, no denial.
        "missed" => {
            !(next == Some("by") && amount_follows(words, k + 2))
                && k.checked_sub(1).is_none_or(|p| {
                    !determiner(words[p])
                        && !ATTRIBUTIVE_BEFORE.contains(&words[p])
                        && !object_of_infinitive(words, p)
                })
        }
        // "failed, however, to": a linking adverb may stand between;
        // "neglected to log" is "failed to log", "neglected the garden" denies nothing.
        "fail" | "fails" | "failed" | "failing" | "refused" | "refuses" | "refuse" | "refusing"
        | "declined" | "declines" | "decline" | "declining" | "neglect" | "neglects"
        | "neglected" | "neglecting" => {
            let to = if next == Some("to") {
                Some(k + 1)
            } else if next.is_some_and(|n| LINKING_ADVERBS.contains(&n))
                && words.get(k + 2) == Some(&"to")
            {
                Some(k + 2)
            } else {
                None
            };
            // "profit declined to 61 million": a fall to an amount, no refusal.
            to.is_some_and(|t| !amount_follows(words, t + 1))
        }
        // "far from harmless" denies as "not harmless" does; "far from the
        // coast" measures.
        "far" => {
            next == Some("from")
                && words
                    .get(k + 2)
                    .is_some_and(|w| parts_of_speech(w) & (ADJECTIVE | NOUN) == ADJECTIVE)
        }
        // "warned against driving" is "urged not to drive".
        "against" => (1..=2).any(|d| {
            k.checked_sub(d).is_some_and(|p| {
                lemmas(words[p])
                    .iter()
                    .any(|l| WARNINGS.contains(&l.as_str()))
            })
        }),
        // "missing the target by two points" denies; "the missing hiker", "two
        // are missing", "went missing", "48,000 pounds missing from its
        // accounts" describe.
        "missing" => {
            next != Some("from")
                && k.checked_sub(1).is_some_and(|p| {
                    let before = words[p];
                    !determiner(before)
                        && !is_figure(Some(&before))
                        && !matches!(
                            before,
                            "is" | "are"
                                | "was"
                                | "were"
                                | "be"
                                | "been"
                                | "went"
                                | "gone"
                                | "go"
                                | "still"
                                | "remain"
                                | "remains"
                                | "remained"
                                | "reported"
                                | "listed"
                        )
                })
        }
        // "rather than X", "instead of X" deny X as "not X" does.
        // "could remain without power until Wednesday" says when, as "not … until" does.
        // "without fail", "without doubt" affirm.
        "without" => {
            !until_follows(words, k)
                && !matches!(next, Some("fail" | "doubt" | "question" | "exception"))
        }
        // "neither … nor" is one negation, counted at "neither"; so is "did
        // not say which days. Nor did it say whether …", as "not … or" is.
        "nor" => !words[..k]
            .iter()
            .any(|w| matches!(*w, "neither" | "not" | "never")),
        // "would rather sign a forward than …" splits the pair.
        "rather" => {
            (next == Some("than") && !figure_phrase(words, k + 2))
                || (k > 0
                    && words[k - 1] == "would"
                    && words[k + 1..]
                        .iter()
                        .take(RATHER_REACH)
                        .any(|w| *w == "than"))
        }
        // "five hours instead of three" compares figures; it denies nothing.
        "instead" => next == Some("of") && !figure_phrase(words, k + 2),
        // "little choice", "few options" nearly deny; "a little", "the few", "its
        // little town" do not.
        // "a little", "the few"; "as little as 2%" is an amount, not a denial.
        // "found that few used it": "that" before "few" opens a clause ("that
        // few" is no determiner, "those few" is); "that little shop" describes.
        "little" | "few" => {
            k.checked_sub(1).is_none_or(|p| {
                !determiner(words[p]) && words[p] != "as"
                    || (w == "few" && words[p] == "that")
            })
                // "little shops": "little" takes no plural count noun as an
                // amount, so there it is a size.
                && !(w == "little" && next.is_some_and(plural_noun))
        }
        _ => true,
    }
}

/// Whether `word` is a plural noun ("shops"), not a noun as written ("news",
/// "progress").
fn plural_noun(word: &str) -> bool {
    word.ends_with('s')
        && !word.ends_with("ss")
        && parts_as_written(word) & NOUN == 0
        && lemmas(word)
            .iter()
            .any(|l| l != word && parts_as_written(l) & NOUN != 0)
}

/// Adverbs that may stand between "failed" and "to" ("failed, however, to").
const LINKING_ADVERBS: &[&str] = &["however", "though", "also", "again", "therefore"];

/// Verbs after which "against" advises not to ("warned against driving").
const WARNINGS: &[&str] = &["warn", "caution", "advise", "counsel"];

/// Words after "would rather" searched for its "than".
const RATHER_REACH: usize = 8;

/// Whether a noun phrase holding a figure may open with `w` ("rather than
/// the earlier estimate of 11.2 billion", "instead of its planned 40"): an
/// article or a possessive.
fn figure_phrase_opener(w: &str) -> bool {
    is_article(w) || is_possessive(w)
}

/// Longest run of words after the opener searched for the phrase's figure.
const FIGURE_PHRASE_REACH: usize = 4;

/// Whether the words from `at` are a figure, or a short noun phrase holding
/// one ("the earlier estimate of 11.2 billion"): "rather than" and "instead
/// of" before it compare two figures, as before a bare figure.
fn figure_phrase(words: &[&str], at: usize) -> bool {
    if is_figure(words.get(at)) {
        return true;
    }
    words.get(at).is_some_and(|w| figure_phrase_opener(w))
        && words
            .iter()
            .skip(at + 1)
            .take(FIGURE_PHRASE_REACH)
            .take_while(|w| !matches!(**w, "that" | "which" | "who" | "to"))
            .any(|w| is_figure(Some(w)))
}

/// Whether a canonical unit is a figure (number words are digits there).
pub(super) fn is_figure(word: Option<&&str>) -> bool {
    word.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}

/// Words that may stand before the figure an amount starts with ("to about
/// 61 million").
const APPROXIMATORS: &[&str] = &[
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "just",
    "some",
    "approximately",
];

/// Whether an amount starts at unit `i` ("61", "about 61", "$61").
fn amount_follows(words: &[&str], i: usize) -> bool {
    let at = |j: usize| {
        words.get(j).is_some_and(|w| {
            w.trim_start_matches(['$', '£', '€'])
                .starts_with(|c: char| c.is_ascii_digit())
        })
    };
    at(i) || (words.get(i).is_some_and(|w| APPROXIMATORS.contains(w)) && at(i + 1))
}
