//! A verb whose sense its object fixes ("raised £500", "lodged an appeal"),
//! swapped for a verb of another of its senses with the object kept
//! ("elevated £500", "housed an appeal").

mod dealings;
mod events;
mod light;
mod places;
mod reasons;
mod rulings;
mod table;
mod works;

use crate::lexicon::wordnet;
use crate::text::Document;
use dealings::DEALINGS;
use events::EVENTS;
use light::LIGHT_OBJECTS;
use places::PLACES;
use reasons::REASONS;
use rulings::RULINGS;
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

/// The collocation whose object follows token `at` of `doc`, if its verb is
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
        .find(|c| {
            (verb == c.verb || lemmas.iter().any(|l| l == c.verb))
                && object_follows(doc, at, c.objects)
        })
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
        .any(|w| objects.contains(&w) || objects.iter().any(|o| is_currency(o) && w.starts_with(o)))
}

/// Whether `word` is a currency sign, which may open a figure's token ("£500").
fn is_currency(word: &str) -> bool {
    matches!(word, "£" | "$" | "€")
}

/// Whether the suspect's verb at `now`, put for the source's at `was`, takes
/// the source verb's object in another sense: the source verb and its object
/// form a listed collocation, the substitute is a verb no form of which the
/// collocation lists as fair, and an object of the same sense follows it too.
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
        && object_follows(doc, now, c.objects)
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
