//! Negation: words that deny explicitly ("not", "failed to") and words that
//! carry a negation inside them ("lost", "unable", "free of charge").

use super::dictionary::is_known;
use super::wordnet::{ADJECTIVE, ADVERB, NOUN, VERB, lemmas, parts_as_written, parts_of_speech};

/// Words that deny, when their context agrees (see [`is_negator`]).
const NEGATORS: &[&str] = &[
    "refused", "refuses", "refuse", "declined", "declines", "decline", "not", "no", "never",
    "without", "nor", "none", "nobody", "nothing", "neither", "fail", "fails", "failed", "failing",
    "rather", "instead", "little", "few", "hardly", "barely", "scarcely", "miss", "misses",
    "missed", "missing", "exempt", "exempted", "rarely", "seldom", "far", "against", "non",
    "nowhere",
];

/// Words after which "little" and "few" describe rather than deny ("every
/// few years" counts, as "a few" does, and "the past few weeks").
const DETERMINERS: &[&str] = &[
    "a", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "every", "what", "past", "last", "next", "first", "coming",
];

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

/// Whether `word` is one of the explicit negators, whatever its context.
pub fn is_negator_word(word: &str) -> bool {
    NEGATORS.contains(&word)
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
        "not" => next != Some("only") && !comparison(words, k) && !until_follows(words, k),
        // "no more than", "no later than", and "No 3" (number three), deny
        // nothing; nor does a vote ("voted no").
        "no" if k > 0 && matches!(words[k - 1], "voted" | "vote" | "votes" | "voting") => false,
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
        // "nowhere near enough" denies as "not enough" does; "nowhere to
        // be found" is left to the words it restates.
        "nowhere" => next == Some("near"),
        // "over missed targets", "the missed deadline": a description, not
        // a denial ("had missed the deadline").
        "missed" => k.checked_sub(1).is_none_or(|p| {
            !DETERMINERS.contains(&words[p]) && !ATTRIBUTIVE_BEFORE.contains(&words[p])
        }),
        // "failed, however, to": a linking adverb may stand between.
        "fail" | "fails" | "failed" | "failing" | "refused" | "refuses" | "refuse" | "declined"
        | "declines" | "decline" => {
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
        // are missing", "went missing" describe.
        "missing" => k.checked_sub(1).is_some_and(|p| {
            let before = words[p];
            !DETERMINERS.contains(&before)
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
        }),
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
            (next == Some("than") && !is_figure(words.get(k + 2)))
                || (k > 0
                    && words[k - 1] == "would"
                    && words[k + 1..]
                        .iter()
                        .take(RATHER_REACH)
                        .any(|w| *w == "than"))
        }
        // "five hours instead of three" compares figures; it denies nothing.
        "instead" => next == Some("of") && !is_figure(words.get(k + 2)),
        // "little choice", "few options" nearly deny; "a little", "the few", "its
        // little town" do not.
        // "a little", "the few"; "as little as 2%" is an amount, not a denial.
        "little" | "few" => {
            k.checked_sub(1)
                .is_none_or(|p| !DETERMINERS.contains(&words[p]) && words[p] != "as")
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

/// Whether a canonical unit is a figure (number words are digits there).
fn is_figure(word: Option<&&str>) -> bool {
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

/// Comparatives that make "no … than" a bound on an amount or a date.
const BOUNDS: &[&str] = &[
    "more", "less", "fewer", "later", "longer", "shorter", "greater", "higher", "lower", "larger",
    "smaller", "bigger", "older", "younger", "further", "farther", "over", "under",
];

/// Whether "no"/"not" at `k` opens a bound ("no more than", "not later than").
fn comparison(words: &[&str], k: usize) -> bool {
    // "no later than May" bounds; "no earlier than January" is "not before
    // January" and "no better than placebo" is "not better": they deny.
    let comparative = words.get(k + 1).is_some_and(|w| BOUNDS.contains(w));
    comparative && words.get(k + 2) == Some(&"than")
}

/// Words after "not" within which "until" says when.
const UNTIL_REACH: usize = 6;

/// Whether "until" follows "not" closely, in its clause ("did not close until
/// May", "had not published the full report until after the vote").
fn until_follows(words: &[&str], k: usize) -> bool {
    words
        .iter()
        .skip(k + 1)
        .take(UNTIL_REACH)
        .take_while(|w| !matches!(**w, "and" | "but" | "or" | "which" | "while"))
        .any(|w| *w == "until")
}

/// The denied words of the litotes in `words` ("not unlike": "unlike"), two
/// denials that affirm.
pub fn litotes<'a>(words: &[&'a str]) -> Vec<&'a str> {
    words
        .windows(2)
        .filter(|w| w[0] == "not" && denying_prefix(w[1]).is_some())
        .map(|w| w[1])
        .collect()
}

/// How many "not … until" denials `words` hold: uncounted as negations, since
/// they say when, yet a word on the other side may carry them ("could not
/// return until" → "will stay out until").
pub fn until_denials(words: &[&str]) -> usize {
    (0..words.len())
        .filter(|&k| matches!(words[k], "not" | "no" | "without") && until_follows(words, k))
        .count()
}

/// Base forms that carry a negation in their meaning: "lost" is "no longer
/// has", "waived" is "did not charge", "unable" is "could not".
const IMPLICIT: &[&str] = &[
    "lose",
    "lack",
    "stop",
    "halt",
    "cease",
    "quit",
    "withhold",
    "waive",
    "bar",
    "ban",
    "forbid",
    "prohibit",
    "prevent",
    "exclude",
    "deny",
    // "would oppose any cuts" → "would accept no cuts".
    "oppose",
    "reject",
    "avoid",
    "escape",
    "omit",
    "skip",
    "abandon",
    "scrap",
    "cancel",
    "hide",
    "conceal",
    "shortage",
    "short",
    "scarce",
    "absent",
    "absence",
    "insufficient",
    "inadequate",
    "impossible",
    "inability",
    "ineligible",
    "invalid",
    "confidential",
    "secret",
    // "not yet empty" → "still stocked"; "ends her hopes of" → "cannot".
    "empty",
    "end",
    // "acquitted" → "found not guilty".
    "acquit",
    // "the same as" → "do not differ from".
    "differ",
    // "asked not to be named" → "requested anonymity".
    "anonymity",
    "anonymous",
    "free",
    "doubt",
    "spare",
    // "Not everyone welcomed the project" → "The project has its critics".
    "critic",
    "suspend",
    "shut",
    "flat",
    "steady",
    "stable",
    "unless",
    "except",
    "only",
    // "ignored warnings" → "failed to act on warnings".
    "ignore",
    // "failing to comply with" → "breaching".
    "breach",
    "violate",
    "flout",
    // "had wrongly admitted" → "should not have admitted".
    "wrongly",
    "wrongfully",
    // "no longer sits on the council" → "has left the council".
    "leave",
    // "did not speak" → "stayed silent"; "little warning" → "minimal warning".
    "silent",
    "minimal",
    "scant",
    // "had not expected to reach the final" → "reaching it came as a surprise".
    "surprise",
    // "had not kept pace" → "has lagged".
    "lag",
    // "missed three weeks" → "was sidelined for three weeks".
    "sideline",
    // "strip planets of their air" → "leave planets without air".
    "strip",
    "deprive",
    // "will not cut the budget" → "will keep the budget intact".
    "intact",
    // "will not pay a dividend" → "has axed its dividend".
    "axe",
    // "could not be discharged" → "stuck in beds".
    "stuck",
    // "fixed at £30m and will not rise" → "capped at £30m".
    "capped",
    // "will not be rebuilt on the same site" → "will be rebuilt elsewhere".
    "elsewhere",
    // "would not happen for five years" → "was five years away".
    "away",
];

/// Words after "first" searched for the "since" that makes it "not … since".
const FIRST_SINCE_REACH: usize = 6;

/// Two-word forms that carry a negation: "ruled out", "has yet to".
const IMPLICIT_PAIRS: &[(&str, &str)] = &[
    ("rule", "out"),
    ("yet", "to"),
    ("too", "few"),
    ("stay", "within"),
    ("remain", "within"),
    ("keep", "within"),
    ("still", "awaited"),
    // "leaves 180,000 without power" → "knocks out power to 180,000".
    // "did not give evidence" → "stayed out of the witness box".
    ("stay", "out"),
    ("sit", "out"),
    // "has not yet received" → "is still waiting for".
    ("still", "waiting"),
    // "has not yet been tried" → "is still awaiting trial".
    ("still", "awaiting"),
    // "had not yet decided" → "was still deciding".
    ("still", "deciding"),
    ("still", "considering"),
    ("still", "weighing"),
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
];

/// Implicitly negative phrases counted as the word they restate, so that a
/// restatement balances its original ("cancelled" → "called off").
const RESTATED_AS: &[(&str, &str)] = &[("call", "cancel")];

/// Verbs whose "un-" reverses an action rather than denying it ("unveiled").
const REVERSIVE: &[&str] = &[
    "unveil",
    "unlock",
    "unload",
    "unpack",
    "unleash",
    "unfold",
    "unite",
    "unwind",
    "undo",
    "undergo",
    "understand",
    "undertake",
    "unearth",
    "unroll",
    "unzip",
    "unplug",
];

/// Base forms of the implicitly negative words among `words` ("lost" → "lose",
/// "unhurt" → "unhurt"), for comparing two sentences.
pub fn implicit_negatives(words: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        let bases = lemmas(w);
        let base = |x: &str| *w == x || bases.iter().any(|b| b == x);
        // "stayed at or above 29C" pairs as "stayed above".
        let next = match words.get(k + 1..k + 4) {
            Some(["at", "or", bound]) => Some(*bound),
            _ => words.get(k + 1).copied(),
        };
        // "ended up paying": a result, no ending.
        let ended_up = base("end") && next == Some("up");
        let found = IMPLICIT
            .iter()
            .find(|x| base(x) && !ended_up)
            .map(|x| x.to_string())
            .or_else(|| {
                IMPLICIT_PAIRS
                    .iter()
                    .find(|(x, y)| base(x) && next == Some(*y))
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
                && k.checked_sub(1)
                    .is_none_or(|p| !DETERMINERS.contains(&words[p]))
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
                && words.get(k + 2).is_some_and(|n| !DETERMINERS.contains(n))
                && !before.is_some_and(|b| {
                    lemmas(b)
                        .iter()
                        .any(|l| IMPLICIT_PAIRS.contains(&(l.as_str(), "out")))
                }))
            .then(|| "out".to_string())
        };
        // "non-urgent" read as two units: "non" denies the next.
        let non = || (*w == "non" && next.is_some()).then(|| "non".to_string());
        if let Some(found) = found
            .or_else(|| denying_prefix(w))
            .or_else(first_since)
            .or_else(too_to)
            .or_else(last_done)
            .or_else(out_of)
            .or_else(non)
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

/// Words after a negator searched for the negative word it denies.
const DOUBLE_REACH: usize = 3;

/// Words after a negator searched for a "without" it denies ("no search takes
/// place without a warrant").
const WITHOUT_REACH: usize = 5;

/// Words of dissent a negator denies ("no objections"): together they mean
/// all agreed.
const DISSENT: &[&str] = &["objection", "objections", "dissent", "opposition"];

/// Whether unit `j` voices dissent: a word of [`DISSENT`] or a vote against
/// ("without a single vote against"; not "take action against").
fn dissent(words: &[&str], j: usize) -> bool {
    DISSENT.contains(&words[j])
        || (words[j] == "against"
            && j.checked_sub(1)
                .is_some_and(|p| matches!(words[p], "vote" | "votes" | "voted")))
}

/// Negators that deny a negative word just after them ("did not rule out",
/// "never failed", "not impossible"), as (unit index, base form of the word
/// denied): together they affirm.
pub fn double_negations(words: &[&str]) -> Vec<(usize, String)> {
    (0..words.len())
        .filter(|&k| is_negator(words, k, false))
        .filter_map(|k| {
            let window = &words[k + 1..words.len().min(k + 1 + DOUBLE_REACH)];
            implicit_negatives(window)
                .into_iter()
                .next()
                .map(|n| (k, n))
                // "had not missed a penalty", "never failed to": one negator
                // denying another.
                .or_else(|| {
                    (k + 1..k + 1 + window.len())
                        .find(|&j| {
                            j + 1 < words.len()
                                && is_negator(words, j, false)
                                && words[j] != "without"
                        })
                        .map(|j| (k, words[j].to_string()))
                })
                // "should not vaccinate without consent": only with it.
                .or_else(|| {
                    let wider = &words[k + 1..words.len().min(k + 1 + WITHOUT_REACH)];
                    wider
                        .contains(&"without")
                        .then(|| (k, "without".to_string()))
                })
                // "without a single vote against" is "unanimously".
                .or_else(|| {
                    let end = words.len().min(k + 2 + DOUBLE_REACH);
                    (k + 1..end)
                        .find(|&j| dissent(words, j))
                        .map(|j| (k, words[j].to_string()))
                })
                .or_else(|| denied_relative(words, k))
        })
        .collect()
}

/// Words after a negative quantifier searched for a relative pronoun.
const RELATIVE_REACH: usize = 4;

/// "no emergencies that could not be handled" is "every emergency was
/// handled": a negative quantifier whose relative clause denies, as
/// (quantifier, the relative clause's negator).
fn denied_relative(words: &[&str], k: usize) -> Option<(usize, String)> {
    if !matches!(words[k], "no" | "none" | "nothing" | "nobody") {
        return None;
    }
    let end = |from: usize, reach: usize| words.len().min(from + reach);
    let relative = (k + 1..end(k + 1, RELATIVE_REACH))
        .find(|&j| matches!(words[j], "that" | "who" | "which"))?;
    (relative + 1..end(relative + 1, DOUBLE_REACH))
        .find(|&j| matches!(words[j], "not" | "never"))
        .map(|j| (k, words[j].to_string()))
}

/// Words of `words` that deny by a prefix ("impractical", "disagree") the
/// plain word `other` uses ("not practical", "did not agree").
pub fn prefixed_negatives<'a>(words: &[&'a str], other: &[&str]) -> Vec<&'a str> {
    words
        .iter()
        .copied()
        .filter(|w| {
            ["im", "in", "il", "ir", "dis", "non-", "non", "un"]
                .iter()
                .any(|p| {
                    w.strip_prefix(p)
                        .is_some_and(|rest| rest.len() >= 4 && other.contains(&rest))
                })
        })
        .collect()
}

/// "unhurt", "unfilled", "unaffected": "un-" before a known word, not a
/// reversive verb.
fn denying_prefix(word: &str) -> Option<String> {
    // "non-urgent", "non-binding": a denial by prefix whatever the word.
    if word
        .strip_prefix("non-")
        .is_some_and(|rest| rest.len() >= 4)
    {
        return Some(word.to_string());
    }
    let rest = word.strip_prefix("un")?;
    let reversive = REVERSIVE.iter().any(|r| word.starts_with(r));
    (rest.len() >= 4 && !reversive && is_known(rest)).then(|| word.to_string())
}

/// Verbs of removal or change: denying one keeps things as they are ("would
/// not revise its forecast" is "would keep its forecast").
const CHANGES: &[&str] = &[
    "withdraw",
    "revise",
    "change",
    "alter",
    "eliminate",
    "remove",
    "scrap",
    "abandon",
    "cut",
    "close",
    "axe",
    "drop",
    "lift",
    "reverse",
    "amend",
    "adjust",
    "shut",
    // "no staff will be made redundant" → "all staff will keep their jobs".
    "redundant",
    // "fees will not be refunded" → "fees will be retained".
    "refund",
    // "had not stopped the search" → "was still searching".
    "stop",
    "quit",
    "halt",
    "cease",
];

/// Words that say things stay as they are.
const KEEPS: &[&str] = &[
    "keep",
    "retain",
    "maintain",
    "preserve",
    "unchanged",
    "intact",
    // "had not given up on the bid" → "was still pursuing the bid".
    "still",
    "continue",
];

/// Words after a negator searched for the change it denies.
const CHANGE_REACH: usize = 4;

/// Words of the subject a "no" quantifies, besides [`CHANGE_REACH`].
const SUBJECT_WORDS: usize = 2;

/// The entry of `list` that `word` or one of its base forms is.
fn listed<'a>(word: &str, list: &[&'a str]) -> Option<&'a str> {
    list.iter().copied().find(|x| *x == word).or_else(|| {
        lemmas(word)
            .iter()
            .find_map(|b| list.iter().copied().find(|x| x == b))
    })
}

/// Whether `kept` says in a word of its own what a denied change of
/// `denied` says ("would not revise its forecast" → "would keep its
/// forecast"), and does not make the change itself.
pub fn kept_as_denied_change(kept: &[&str], denied: &[&str]) -> bool {
    if !kept.iter().any(|w| listed(w, KEEPS).is_some()) {
        return false;
    }
    (0..denied.len()).any(|k| {
        // "no teaching posts would be cut": the change follows the subject.
        let reach = CHANGE_REACH + if denied[k] == "no" { SUBJECT_WORDS } else { 0 };
        is_negator(denied, k, denied.get(k + 1) == Some(&"one"))
            && (k + 1..(k + 1 + reach).min(denied.len()))
                .filter_map(|i| change_at(denied, i))
                .any(|c| !(0..kept.len()).any(|i| change_at(kept, i) == Some(c)))
    })
}

/// The change word `words[k]` makes, from [`CHANGES`]; "give up" is
/// "abandon".
fn change_at(words: &[&str], k: usize) -> Option<&'static str> {
    let w = words[k];
    if words.get(k + 1) == Some(&"up") && listed(w, &["give"]).is_some() {
        return Some("abandon");
    }
    listed(w, CHANGES)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn negates(sentence: &str) -> Vec<bool> {
        let words: Vec<&str> = sentence.split(' ').collect();
        (0..words.len())
            .map(|k| is_negator(&words, k, false))
            .collect()
    }

    #[test]
    fn bounds_and_until_do_not_deny() {
        assert!(!negates("no later than may").iter().any(|&n| n));
        assert!(!negates("it did not end until 11pm").iter().any(|&n| n));
        assert!(negates("it did not end").iter().any(|&n| n));
    }

    #[test]
    fn implicit_negatives_by_base_form() {
        let found = implicit_negatives(&["they", "lost", "their", "links"]);
        assert_eq!(found, ["lose"]);
        assert_eq!(
            implicit_negatives(&["all", "escaped", "unhurt"]),
            ["escape", "unhurt"]
        );
        assert_eq!(implicit_negatives(&["has", "yet", "to", "decide"]), ["yet"]);
        assert!(implicit_negatives(&["it", "unveiled", "a", "plan"]).is_empty());
        assert!(implicit_negatives(&["until", "the", "union", "met"]).is_empty());
    }
}
