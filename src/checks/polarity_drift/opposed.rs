//! Whether two words, one in each text, are opposed where they stand:
//! antonyms and converses ("bought" and "sold"), negative prefixes
//! ("legal" and "illegal"), particles ("on" and "off"), and the parties
//! around a converse verb, which may swap with it and keep the meaning.

use super::age::measured_age;
use super::assent::assent_contested;
use super::counterpart;
use super::dismissed::weighed_dismissed;
use super::ordered::order_turned_round;
use super::phrasal::{idiom_particles, idiom_told_otherwise, phrasal_particle};
use super::remainder::remainder_opposite;
use super::scale::{degree_of_opposite, reversed_comparison};
use super::swaps::RELATIVE;
use super::turned::{handed_the_other_way, than_parties_swapped, turned_round};
use crate::checks::grammar::{BE, HAVE};
use crate::lexicon::dictionary;
use crate::lexicon::negation::is_negator_word;
use crate::lexicon::stance::shift;
use crate::lexicon::wordnet::{self, are_antonyms, lemmas};
use crate::text::Document;
use crate::text::numbers::is_ordinal_word;
use sides::{in_name, names_swapped, roles_swapped};

mod sides;

/// Words before the "as" of a denied equal comparison within which its
/// negation stands ("not as many", "did not have quite as many").
const DENIED_EQUAL_REACH: usize = 4;

/// Words after "over" within which a period makes it a span of time.
const PERIOD_REACH: usize = 4;

/// Periods of time "over" may span.
const PERIODS: &[&str] = &[
    "period", "past", "weekend", "years", "months", "weeks", "days", "decade", "decades", "summer",
    "winter", "course",
];

/// Whether source word `a` (at its token) and suspect word `b` are
/// opposites, not a bound, count, compound particle, lessened opposite, scope
/// shift, converse verb with the voice changed or relative position with
/// the parties swapped.
pub(super) fn opposed(
    (src, ta, a): (&Document, usize, &str),
    (doc, tb, b): (&Document, usize, &str),
) -> bool {
    let counted = is_ordinal_word(a) && is_ordinal_word(b);
    let voice_changed = || {
        let transfer = |w: &str| lemmas(w).iter().any(|l| TRANSFERS.contains(&l.as_str()));
        let both_passive = after_be(src, ta) && after_be(doc, tb) && transfer(a) && transfer(b);
        // "the Hawks were beaten by the Lions" → "the Hawks lost to the
        // Lions": a converse in the other voice keeps its parties in place
        // ("the Lions lost to the Hawks" is flagged).
        let voice = after_be(src, ta) != after_be(doc, tb);
        (are_converses(a, b)
            && if voice {
                !roles_swapped((src, ta), (doc, tb), true)
            } else {
                both_passive || roles_swapped((src, ta), (doc, tb), false)
            })
            || (RELATIVE.contains(&a) && names_swapped((src, ta), (doc, tb)))
            || turned_round((src, ta), (doc, tb))
            || order_turned_round((src, ta), (doc, tb))
            || handed_the_other_way((src, ta), (doc, tb))
            || than_parties_swapped((src, ta), (doc, tb))
    };
    // "no more than" → "less than": a bound restated.
    // "no earlier than 2028" → "no later than 2028" still flips: both bounds.
    let bound = || bounded(src, ta) != bounded(doc, tb);
    // "at least two days" → "at most two days": a floor made a cap is
    // meaning-drift's, which authors label so; so is a floor told as a
    // share ("at least three of the trees" → "most of the trees").
    let floor_cap = || {
        matches!((a, b), ("least", "most") | ("most", "least"))
            && (src.norm_before(ta, 1) == Some("at") || doc.norm_before(tb, 1) == Some("at"))
    };
    // "sell-on clause" → "sell-off clause": a particle inside a compound is
    // not the word on its own.
    let part = |d: &Document, t: usize, w: &str| {
        PARTICLES.contains(&w) && d.span_text(t..t + 1).contains('-')
    };
    let compound = || part(src, ta, a) || part(doc, tb, b);
    // "quieter" → "less noisy", "cheapest" → "least expensive": a lessened
    // opposite restates ("at least" bounds a figure).
    let lessened = |d: &Document, t: usize| match d.norm_before(t, 1) {
        Some("less" | "fewer") => true,
        Some("least") => d.norm_before(t, 2) != Some("at"),
        _ => false,
    };
    // "fewer than 200" → "not as many as 200": the denied equal comparison
    // restates the inferior one, whose negation the count finds.
    let inferior = |w: &str, d: &Document, t: usize| {
        matches!(w, "fewer" | "less")
            && matches!(d.norm_before(t, 1), Some("as" | "so"))
            && (2..=DENIED_EQUAL_REACH)
                .any(|back| d.norm_before(t, back).is_some_and(is_negator_word))
    };
    let restated =
        || lessened(src, ta) || lessened(doc, tb) || inferior(a, doc, tb) || inferior(b, src, ta);
    // "easing pressure on" → "taking pressure off": particles of different
    // verbs; "switched the lights on" → "switched the lights off" flips.
    let particles = || {
        (matches!((a, b), ("on", "off") | ("off", "on"))
            && (1..=2).any(|back| src.norm_before(ta, back) != doc.norm_before(tb, back)))
            || phrasal_particle(src, ta)
            || phrasal_particle(doc, tb)
            || idiom_particles((src, ta), (doc, tb))
            || idiom_told_otherwise((src, ta), (doc, tb))
    };
    // "refused a request" → "granted a request": a refusal with no "to"
    // after it denies nothing the negation count sees.
    let denies = || {
        is_negator_word(a)
            && !(matches!(
                a,
                "refused" | "refuses" | "refuse" | "refusing" | "failed" | "fails" | "fail"
            ) && src.tokens.get(ta + 1).is_some_and(|t| t.norm != "to"))
    };
    // "over nearly two hours" → "in just under two hours": a span of
    // time, not a bound.
    let span = || {
        let hedge = |d: &Document, t: usize| {
            d.tokens.get(t + 1).is_some_and(|n| {
                matches!(
                    n.norm.as_str(),
                    "nearly" | "almost" | "about" | "around" | "roughly"
                )
            })
        };
        // "controlled over a period of five years", "over the past decade".
        let period = |d: &Document, t: usize| {
            d.tokens[t + 1..]
                .iter()
                .take(PERIOD_REACH)
                .any(|n| PERIODS.contains(&n.norm.as_str()))
        };
        matches!(a, "over" | "under")
            && (hedge(src, ta) || hedge(doc, tb) || (a == "over" && period(src, ta)))
    };
    !denies()
        && !measured_age(src, ta, a)
        && !measured_age(doc, tb, b)
        && !negation_tail(src, ta)
        && !negation_tail(doc, tb)
        && !perfect_auxiliary(src, ta, a, b)
        && !perfect_auxiliary(doc, tb, b, a)
        && !in_name((src, ta), (doc, tb))
        && !counterpart::first_since_last((src, ta), (doc, tb))
        && !span()
        && !particles()
        && !compound()
        && !restated()
        && !degree_of_opposite((src, ta), (doc, tb))
        && !counted
        && !bound()
        && !floor_cap()
        && (are_antonyms(a, b)
            || wordnet::near_antonyms(a, b)
            || predicate_opposites((src, ta, a), (doc, tb, b))
            || prefixed_opposites(a, b)
            || reversed_comparison((src, ta), (doc, tb))
            || counterpart::hyphenated_opposites((src, ta), (doc, tb))
            || counterpart::money_opposites((src, ta), (doc, tb))
            || assent_contested((src, ta, a), (doc, tb, b))
            || weighed_dismissed((src, ta, a), (doc, tb, b)))
        && !particle_lemma(a, b)
        && !particle_lemma(b, a)
        && !counterpart::progressive_senses((src, ta, a), (doc, tb, b))
        && !is_scope_shift(a, b)
        && !voice_changed()
        && !counterpart::converse_agent(a, b)
        && !counterpart::converse_agent(b, a)
        && !counterpart::motion_idiom((src, ta), (doc, tb))
        && !counterpart::complement((src, ta), (doc, tb))
        && !remainder_opposite((src, ta), (doc, tb))
}

/// Whether token `t` is the "longer" of "no longer" or "any longer": part
/// of a negation, no comparative an opposite could flip ("no longer met the
/// standards" → "had fallen short of the standards").
fn negation_tail(d: &Document, t: usize) -> bool {
    d.tokens[t].norm == "longer" && matches!(d.norm_before(t, 1), Some("no" | "any"))
}

/// Whether `a` and `b` are predicates right after "be" on both sides that
/// the thesaurus makes opposites ("failures were uncommon" → "failures were
/// frequent"); the cheap look at "be" comes first. Not for a passive
/// participle ("were moved" → "were taken"), nor for a change of degree,
/// which meaning-drift judges ("was modest" → "was sharp").
fn predicate_opposites(
    (src, ta, a): (&Document, usize, &str),
    (doc, tb, b): (&Document, usize, &str),
) -> bool {
    let after_be = |d: &Document, t: usize| d.norm_before(t, 1).is_some_and(|w| BE.contains(&w));
    let verb_form = |w: &str| {
        w.ends_with("ed")
            || lemmas(w)
                .iter()
                .any(|l| l != w && wordnet::parts_as_written(l) & wordnet::VERB != 0)
    };
    after_be(src, ta)
        && after_be(doc, tb)
        && !verb_form(a)
        && !verb_form(b)
        && shift(a, b).is_none()
        && wordnet::thesaurus_opposites(a, b)
}

/// Whether `w` at token `t` is a form of "have" before a past participle
/// that the other side's word `other` restates ("had lost about two weeks"
/// → "missed roughly two weeks"): an auxiliary, no verb an opposite could
/// flip ("still lacked" → "had installed" still flips).
fn perfect_auxiliary(d: &Document, t: usize, w: &str, other: &str) -> bool {
    HAVE.contains(&w)
        && d.tokens.get(t + 1).is_some_and(|n| {
            let n = n.norm.as_str();
            let participle = n.ends_with("ed")
                || wordnet::exceptions(n)
                    .any(|l| l != n && wordnet::parts_as_written(l) & wordnet::VERB != 0);
            participle && wordnet::synonym_rank(n, other).is_some()
        })
}

/// Prefixes that make a word's opposite ("unlicensed", "non-binding",
/// "illegal", "irregular"); "in-", "im-" and "dis-" start too many unrelated
/// words ("intended", "impose", "display") to count.
const NEGATIVE_PREFIXES: &[&str] = &["un", "non-", "non", "il", "ir"];

/// Shortest stem a negative prefix is taken to deny ("un" + "ion" is no opposite).
const MIN_PREFIXED_STEM: usize = 4;

/// Whether one word is the other with a negative prefix ("licensed" → "unlicensed").
fn prefixed_opposites(a: &str, b: &str) -> bool {
    let denies = |long: &str, short: &str| {
        short.len() >= MIN_PREFIXED_STEM
            && NEGATIVE_PREFIXES
                .iter()
                .any(|p| long.strip_prefix(p) == Some(short))
            && dictionary::is_known(long)
    };
    denies(a, b) || denies(b, a)
}

/// Whether `w` meets the particle `other` only through a suffix rule
/// ("offer" → "off" against "on"): no opposite of it.
fn particle_lemma(w: &str, other: &str) -> bool {
    PARTICLES.contains(&other)
        && !PARTICLES.contains(&w)
        && lemmas(w).iter().any(|l| PARTICLES.contains(&l.as_str()))
}

/// Particles that make compounds ("sell-on", "knock-out").
const PARTICLES: &[&str] = &["on", "off", "in", "out", "up", "down", "over", "back"];

/// Whether token `t` is the comparative of a bound ("no more than", "not less
/// than") or the "up" of "up to 600".
fn bounded(doc: &Document, t: usize) -> bool {
    let norm = |k: usize| doc.tokens.get(k).map(|x| x.norm.as_str());
    let comparative = matches!(t.checked_sub(1).and_then(norm), Some("no" | "not"))
        && norm(t + 1) == Some("than");
    comparative || (norm(t) == Some("up") && norm(t + 1) == Some("to"))
}

/// Verbs that tell one event from either side ("A sold B to C": "C bought B"),
/// by their base forms.
const CONVERSES: &[(&str, &str)] = &[
    ("buy", "sell"),
    ("lend", "borrow"),
    ("give", "receive"),
    // "received a grant from the fund" → "the fund awarded it a grant".
    ("award", "receive"),
    ("grant", "receive"),
    ("give", "take"),
    // "took over the route from the council" → "the council handed the
    // route to the firm".
    ("hand", "take"),
    ("hand", "receive"),
    ("win", "lose"),
    ("beat", "lose"),
    ("pay", "receive"),
    ("defeat", "lose"),
    ("teach", "learn"),
    ("lead", "trail"),
    // "B will follow A" → "A will precede B"; "A exported tea to B" → "B
    // imported tea from A".
    ("precede", "follow"),
    ("export", "import"),
];

/// Converse verbs of a thing handed over, which keep their meaning when both
/// sides are passive ("the drug was given daily" → "the drug was taken
/// daily"); a contest's ("the match was won" → "lost") does not.
pub(super) const TRANSFERS: &[&str] = &["buy", "sell", "lend", "borrow", "give", "take", "receive"];

/// Whether `a` and `b` are converse verbs, in any inflection.
pub(crate) fn are_converses(a: &str, b: &str) -> bool {
    let (la, lb) = (lemmas(a), lemmas(b));
    CONVERSES.iter().any(|&(x, y)| {
        let has = |l: &[String], w: &str| l.iter().any(|m| m == w);
        (has(&la, x) && has(&lb, y)) || (has(&la, y) && has(&lb, x))
    })
}

/// Whether the word at `token` follows a form of "be": a passive ("will be
/// sold"), where a converse verb keeps the meaning ("buy passes" → "passes will
/// be sold").
fn after_be(doc: &Document, token: usize) -> bool {
    let before = doc.norm_before(token, 1);
    // "farmers are receiving" is active, "are being paid" passive.
    let progressive = doc.tokens[token].norm.ends_with("ing");
    (!progressive && before.is_some_and(|b| BE.contains(&b)))
        || (PARTICIPLES.contains(&doc.tokens[token].norm.as_str())
            && !before.is_some_and(|b| HAVE.contains(&b)))
}

/// Forms of converse verbs that are only ever participles: without "have"
/// before them they are passive ("patients given the drug").
const PARTICIPLES: &[&str] = &["given", "taken"];

/// Whether `a` → `b` is a change of scope (some → all), which meaning-drift judges.
fn is_scope_shift(a: &str, b: &str) -> bool {
    shift(a, b).is_some_and(|(x, _)| x.class == "scope")
}
