//! A verb whose sense its object fixes ("raised £500", "lodged an appeal"),
//! swapped for a verb of another of its senses with the object kept
//! ("elevated £500", "housed an appeal").

mod dealings;
mod events;
mod light;
mod places;
mod reasons;
mod rulings;
mod stances;
mod table;
mod works;

use crate::checks::grammar::BE;
use crate::lexicon::wordnet;
use crate::text::Document;
use dealings::DEALINGS;
use events::EVENTS;
use light::LIGHT_OBJECTS;
use places::PLACES;
use reasons::REASONS;
use rulings::RULINGS;
use stances::STANCES;
use table::{COLLOCATIONS, Collocation};
use works::WORKS;

/// Tokens after a verb searched for its object ("raised more than £5,000").
const REACH: usize = 4;

/// Words that end the search for an object: the verb's object came before
/// them, and what follows is an amount of change ("raise fares by £1"), a
/// place or time, or a clause ("agreed that the sale …").
const STOPS: &[&str] = &[
    "by", "to", "from", "at", "on", "in", "for", "with", "over", "that", "whether",
];

/// The collocation whose object stands by token `at` of `doc` ([`object_near`]), if its verb is
/// `verb` in any form.
fn collocation(doc: &Document, at: usize, verb: &str) -> Option<&'static Collocation> {
    let lemmas = wordnet::lemmas(verb);
    COLLOCATIONS
        .iter()
        .chain(EVENTS)
        .chain(DEALINGS)
        .chain(RULINGS)
        .chain(WORKS)
        .chain(REASONS)
        .chain(PLACES)
        .chain(STANCES)
        .find(|c| {
            (verb == c.verb || lemmas.iter().any(|l| l == c.verb))
                && object_near(doc, at, c.objects)
        })
}

/// Whether one of `objects` stands where the verb at token `at` takes it:
/// after the verb ([`object_follows`]), or before it as the subject of its
/// passive or the noun its participle qualifies ([`object_before`]).
fn object_near(doc: &Document, at: usize, objects: &[&str]) -> bool {
    object_follows(doc, at, objects) || object_before(doc, at, objects)
}

/// Words between a passive's subject and its "be": modals, "have", "not",
/// "to" and a relative pronoun ("barriers could be hired", "a breakwater
/// that was breached", "fares will not be capped").
const AUXILIARIES: &[&str] = &[
    "be", "been", "is", "are", "was", "were", "will", "would", "can", "could", "may", "might",
    "must", "shall", "should", "has", "have", "had", "not", "to", "that", "which",
];

/// Whether one of `objects` is the word just before the verb at token `at`
/// where the verb is passive, past its auxiliaries ("objections may be
/// lodged"), or a participle ("with numbers capped", "the application,
/// lodged with …"). Only the head noun right before counts, so a subject
/// further back ("a tower at the airfield will be restored") does not.
fn object_before(doc: &Document, at: usize, objects: &[&str]) -> bool {
    let mut before = doc.tokens[..at].iter().rev().map(|x| x.norm.as_str());
    let verb = doc.tokens[at].norm.as_str();
    match before.next() {
        Some(w) if BE.contains(&w) => before
            .find(|w| !AUXILIARIES.contains(w))
            .is_some_and(|w| is_object(w, objects)),
        Some(",") => participle(verb) && before.next().is_some_and(|w| is_object(w, objects)),
        Some(w) => participle(verb) && is_object(w, objects),
        None => false,
    }
}

/// Whether `word` is a past participle: an "-ed" form, or one the rows'
/// irregular verbs make ("upheld", "fed", "cast", "drawn").
fn participle(word: &str) -> bool {
    word.ends_with("ed") || matches!(word, "upheld" | "fed" | "cast" | "drawn" | "pled")
}

/// Whether `word` is one of `objects`, or a figure after a currency sign
/// among them ("£500").
fn is_object(word: &str, objects: &[&str]) -> bool {
    objects.contains(&word)
        || objects
            .iter()
            .any(|o| is_currency(o) && word.starts_with(o))
}

/// Whether one of `objects` stands within [`REACH`] tokens after token `at`,
/// before a preposition or the sentence's end.
fn object_follows(doc: &Document, at: usize, objects: &[&str]) -> bool {
    doc.tokens
        .iter()
        .skip(at + 1)
        .take(REACH)
        .map(|x| x.norm.as_str())
        .take_while(|w| !STOPS.contains(w) && !matches!(*w, "." | ";" | "!" | "?"))
        .any(|w| is_object(w, objects))
}

/// Whether `word` is a currency sign, which may open a figure's token ("£500").
fn is_currency(word: &str) -> bool {
    matches!(word, "£" | "$" | "€")
}

/// Whether the suspect's verb at `now`, put for the source's at `was`, takes
/// the source verb's object in another sense: the source verb and its object
/// form a listed collocation, the substitute is a verb no form of which the
/// collocation lists as fair, and an object of the same sense stands by it too.
/// A verb of the opposite direction ("raising fears" → "easing fears") is
/// polarity-drift's.
pub(super) fn verb_object_broken(
    (doc, now): (&Document, usize),
    (src, was): (&Document, usize),
) -> bool {
    let (f, t) = (src.tokens[was].norm.as_str(), doc.tokens[now].norm.as_str());
    let Some(c) = collocation(src, was, f) else {
        return false;
    };
    let fair = t == f
        || c.fair.contains(&t)
        || t == c.verb
        || wordnet::lemmas(t)
            .iter()
            .any(|l| l == c.verb || c.fair.contains(&l.as_str()));
    let opposite = wordnet::direction(t).is_some_and(|d| wordnet::direction(f) != Some(d));
    !fair
        && !opposite
        && wordnet::parts_of_speech(t) & wordnet::VERB != 0
        && object_near(doc, now, c.objects)
}

/// Whether the suspect's noun at `now`, put for the source's object noun at
/// `was`, breaks a light verb's phrase ("taken the decision" → "taken the
/// choice"): the source noun is a listed object of a light verb standing
/// before it, the same verb in any form stands before the substitute, and
/// the substitute is a noun the row does not list as fair.
pub(super) fn light_object_broken(
    (doc, now): (&Document, usize),
    (src, was): (&Document, usize),
) -> bool {
    let (f, t) = (src.tokens[was].norm.as_str(), doc.tokens[now].norm.as_str());
    let base = |w: &str| -> Vec<String> {
        let mut forms = wordnet::lemmas(w).to_vec();
        forms.push(w.to_string());
        forms
    };
    let (from, to) = (base(f), base(t));
    let Some(row) = LIGHT_OBJECTS.iter().find(|r| {
        from.iter().any(|l| r.objects.contains(&l.as_str())) && verb_precedes(src, was, r.verb)
    }) else {
        return false;
    };
    let fair = to.iter().any(|l| {
        from.contains(l) || row.objects.contains(&l.as_str()) || row.fair.contains(&l.as_str())
    });
    !fair && wordnet::parts_of_speech(t) & wordnet::NOUN != 0 && verb_precedes(doc, now, row.verb)
}

/// Whether a form of `verb` stands within [`REACH`] tokens before token `at`,
/// with no stop word or sentence end between ("had taken the decision").
fn verb_precedes(doc: &Document, at: usize, verb: &str) -> bool {
    doc.tokens[..at]
        .iter()
        .rev()
        .take(REACH)
        .map(|x| x.norm.as_str())
        .take_while(|w| !STOPS.contains(w) && !matches!(*w, "." | ";" | "!" | "?" | ","))
        .any(|w| w == verb || wordnet::lemmas(w).iter().any(|l| l == verb))
}
