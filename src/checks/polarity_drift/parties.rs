//! The parties of one verb exchanged: "the Hawks beat the Lions" → "the
//! Lions beat the Hawks", "favoured owners over tenants" → "favoured
//! tenants over owners". The same verb in the same voice with its parties
//! swapped says the opposite, as does a passive with the parties kept in
//! place ("the Hawks were beaten by the Lions"); a passive with them swapped
//! ("the Lions were beaten by the Hawks") or a converse verb restates, and a
//! verb of a shared act ("met", "played") is the same either way.

use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::determiners::{is_article, is_possessive, is_singular_demonstrative};
use crate::lexicon::wordnet::{self, lemmas};
use crate::text::Document;
use crate::text::tokens::TokenKind;
use crate::text::words::{is_stopword, with_stem};
use std::ops::Range;
use std::rc::Rc;

/// Tokens searched on each side of a verb for its party.
const PARTY_REACH: usize = 3;

/// Tokens that end a verb's reach for its parties: clause boundaries, and
/// the "and" or "with" of parties acting together.
const STOPS: &[&str] = &[
    ",", ";", ":", ".", "and", "or", "but", "which", "who", "while", "with", "against", "said",
    "says",
];

/// Forms of "be" and "get" that make a verb after them passive.
const PASSIVE: &[&str] = &[
    "be", "been", "being", "is", "are", "was", "were", "get", "got", "gets", "getting",
];

/// Words that set one party against another after a verb's object
/// ("favoured owners over tenants").
const PREFERRED: &[&str] = &["over", "than"];

/// Words that name the other party of a handing-over after the object
/// ("sold the land to the trust", "bought it from the trust").
const RECIPIENT: &[&str] = &["to", "from"];

/// Whether `w` may stand between a verb and its direct object: an article,
/// a possessive, "this" or "that".
fn determiner(w: &str) -> bool {
    is_article(w) || is_possessive(w) || is_singular_demonstrative(w)
}

/// Verbs of acts two parties share, the same whichever names the other.
const SHARED: &[&str] = &[
    "meet", "play", "face", "draw", "tie", "marry", "join", "merge", "match", "equal", "resemble",
    "fight", "battle", "share", "swap", "exchange", "trade", "debate", "contact", "rival",
    "partner", "level", "compare",
];

/// One verb's parties: the content words nearest before it, after it, and
/// after a word of preference following that ("over", "than"); whether the
/// verb is passive with its agent after "by", and whether both parties are
/// names.
struct Parties {
    before: Option<String>,
    after: Option<String>,
    preferred: Option<String>,
    /// The party after "to" or "from" following the object.
    recipient: Option<String>,
    /// The word before that party: "to" or "from".
    handed: Option<String>,
    voice: Voice,
    named: bool,
}

/// A verb's voice as its parties show it.
#[derive(PartialEq, Clone, Copy)]
enum Voice {
    Active,
    /// "the Lions were defeated by the Hawks": subject before, agent after "by".
    Passive,
    /// Active with its second party after a preposition ("filtered through").
    Intransitive,
    /// A passive marker on one side only: the parties are not told apart.
    Unclear,
}

/// The first content word of `order` (within `bounds`), stopping at a clause
/// boundary, as the words of its phrase with the phrase's last token; and whether a passive marker ("was", "by")
/// came first.
fn party(
    doc: &Document,
    order: impl Iterator<Item = usize>,
    bounds: &Range<usize>,
) -> (Option<(String, usize)>, bool) {
    let mut passive = false;
    for k in order.take(PARTY_REACH) {
        let t = &doc.tokens[k];
        let w = t.norm.as_str();
        if STOPS.contains(&w) {
            break;
        }
        passive |= PASSIVE.contains(&w) || w == "by";
        // "lent 40 million euros", "beat Oakhurst 2-0": a figure is no party.
        if t.kind == TokenKind::Word && !is_stopword(w) && !figure(w) {
            // "recounts triggered automatically" → "automatically triggered
            // recounts": a party is a noun or a name, not a manner.
            let noun = wordnet::parts_of_speech(w) & wordnet::NOUN != 0 || doc.is_capitalized(k);
            return (noun.then(|| phrase(doc, k, bounds)), passive);
        }
    }
    (None, passive)
}

/// Whether `w` is a figure ("40", "2-0").
fn figure(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
}

/// The run of content words within `bounds` holding the word at `k` ("Kestrel
/// Vale beat Oakhurst" → "Oakhurst beat Kestrel Vale", "lent … to the
/// Ostrava shipyard" → "the Ostrava shipyard lent": one party each side), as
/// its words' stems, with its last token.
fn phrase(doc: &Document, k: usize, bounds: &Range<usize>) -> (String, usize) {
    let part = |j: usize| {
        let t = &doc.tokens[j];
        t.kind == TokenKind::Word && !is_stopword(&t.norm) && !figure(&t.norm)
    };
    let first = (bounds.start..k)
        .rev()
        .take_while(|&j| part(j))
        .last()
        .unwrap_or(k);
    let last = (k + 1..bounds.end)
        .take_while(|&j| part(j))
        .last()
        .unwrap_or(k);
    // The stems joined by spaces, written into one string.
    let mut words = String::new();
    for j in first..=last {
        if j > first {
            words.push(' ');
        }
        with_stem(&doc.tokens[j].norm, |s| words.push_str(s));
    }
    (words, last)
}

/// The parties of the verb at token `v` within `sentence`.
fn parties(doc: &Document, v: usize, sentence: Range<usize>) -> Parties {
    let (before, pb) = party(doc, (sentence.start..v).rev(), &(sentence.start..v));
    let (after, pa) = party(doc, v + 1..sentence.end, &(v + 1..sentence.end));
    // "starlight filtered through the atmosphere": an active verb's party
    // after a preposition is no object a passive could turn round.
    let direct = after.as_ref().is_some_and(|(_, k)| {
        (v + 1..*k).all(|j| {
            let w = doc.tokens[j].norm.as_str();
            determiner(w) || !is_stopword(w)
        })
    });
    let voice = match (pb, pa) {
        (false, false) if direct => Voice::Active,
        (false, false) => Voice::Intransitive,
        (true, true) => Voice::Passive,
        _ => Voice::Unclear,
    };
    // The party after a word that follows the object: "favoured owners over
    // tenants", "lent 40 million euros to the shipyard".
    let following = |words: &[&str]| {
        after
            .as_ref()
            .map(|(_, k)| k + 1)
            .filter(|&k| k < sentence.end && words.contains(&doc.tokens[k].norm.as_str()))
            .and_then(|k| party(doc, k + 1..sentence.end, &(k + 1..sentence.end)).0)
    };
    let (preferred, recipient) = (following(PREFERRED), following(RECIPIENT));
    let handed = after
        .as_ref()
        .and_then(|(_, k)| doc.tokens.get(k + 1))
        .filter(|t| RECIPIENT.contains(&t.norm.as_str()))
        .map(|t| t.norm.clone());
    let capital =
        |p: &Option<(String, usize)>| p.as_ref().is_some_and(|(_, k)| doc.is_capitalized(*k));
    let named = capital(&before) && capital(&after);
    let key = |p: Option<(String, usize)>| p.map(|(w, _)| w);
    Parties {
        before: key(before),
        after: key(after),
        preferred: key(preferred),
        recipient: key(recipient),
        handed,
        voice,
        named,
    }
}

/// A sentence's words with their base forms, looked up once for all its
/// verbs.
struct Forms<'a> {
    words: Vec<(&'a str, Rc<[String]>)>,
    start: usize,
}

impl<'a> Forms<'a> {
    fn new(d: &'a Document, r: Range<usize>) -> Self {
        let start = r.start;
        let words = r
            .map(|k| {
                let w = d.tokens[k].norm.as_str();
                (w, lemmas(w))
            })
            .collect();
        Forms { words, start }
    }

    /// The tokens holding a form of the verb `w` with base forms `base`
    /// ("beat", "beaten").
    fn of<'b>(&'b self, w: &'b str, base: &'b [String]) -> impl Iterator<Item = usize> + 'b {
        self.words
            .iter()
            .enumerate()
            .filter(move |(_, (a, la))| *a == w || base.iter().any(|l| la.contains(l)))
            .map(|(i, _)| self.start + i)
    }

    /// Whether the verb `w` is in the sentence exactly once, in any form.
    fn once(&self, w: &str, base: &[String]) -> bool {
        self.of(w, base).count() == 1
    }
}

/// Whether `w` is a verb of a shared act.
fn shared(w: &str) -> bool {
    SHARED.contains(&w) || lemmas(w).iter().any(|l| SHARED.contains(&l.as_str()))
}

/// Flags a verb found once on each side whose parties changed places.
pub(super) fn swapped_parties(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let (theirs, ours) = (pair.source_tokens(src), pair.suspect_tokens(doc));
    // A verb by its form: one that may be a noun ("leads", "tenants") only
    // in the past ("favoured"), or between two names ("Arco beat Bexa").
    // WordNet is asked only about words that are no stop words.
    let verb = |d: &Document, k: usize| {
        let t = &d.tokens[k];
        (t.kind == TokenKind::Word && !is_stopword(&t.norm) && !shared(&t.norm))
            .then(|| wordnet::parts_of_speech(&t.norm))
            .filter(|pos| pos & wordnet::VERB != 0)
            .map(|pos| pos & wordnet::NOUN == 0 || t.norm.ends_with("ed"))
    };
    // A word that may be a noun is a verb between two names, or between a
    // party and its object ("the trust bought the land").
    let placed = |d: &Document, k: usize| {
        let word = |j: usize| {
            d.tokens
                .get(j)
                .is_some_and(|t| t.kind == TokenKind::Word && !is_stopword(&t.norm))
        };
        let next = d.tokens.get(k + 1).map(|t| t.norm.as_str());
        k.checked_sub(1).is_some_and(word) && next.is_some_and(|n| determiner(n) || figure(n))
    };
    // Names on both sides are possible only with capitals on both sides.
    let capitals = |d: &Document, k: usize, r: &Range<usize>| {
        (r.start..k).any(|j| d.is_capitalized(j)) && (k + 1..r.end).any(|j| d.is_capitalized(j))
    };
    // Each side's forms are looked up once, and only for a verb that may
    // still count: the cheap tests on the suspect's side come first.
    let (mut mine, mut source) = (None, None);
    for v in ours.clone() {
        let Some(strict) = verb(doc, v) else {
            continue;
        };
        if !(strict || placed(doc, v) || capitals(doc, v, &ours)) {
            continue;
        }
        let w = doc.tokens[v].norm.as_str();
        let base = lemmas(w);
        if !mine
            .get_or_insert_with(|| Forms::new(doc, ours.clone()))
            .once(w, &base)
        {
            continue;
        }
        let source = source.get_or_insert_with(|| Forms::new(src, theirs.clone()));
        if !source.once(w, &base) {
            continue;
        }
        let Some(u) = source.of(w, &base).next() else {
            continue;
        };
        let placed = strict || (placed(src, u) && placed(doc, v));
        if !(placed || capitals(src, u, &theirs) && capitals(doc, v, &ours)) {
            continue;
        }
        let (was, now) = (
            parties(src, u, theirs.clone()),
            parties(doc, v, ours.clone()),
        );
        let verbal = placed || (was.named && now.named);
        if [was.voice, now.voice].contains(&Voice::Unclear) || !verbal {
            continue;
        }
        let exchanged =
            |x: &Option<String>, y: &Option<String>, p: &Option<String>, q: &Option<String>| {
                x.is_some() && y.is_some() && x != y && x == q && y == p
            };
        // "the Hawks defeated the Lions" → "the Hawks were defeated by the
        // Lions": the voice turned with the parties kept in place.
        let active = |v: Voice| matches!(v, Voice::Active | Voice::Intransitive);
        // "the park delays the opening" → "opening delayed at the park": a
        // verb with its object on one side, its party after a preposition on
        // the other, is a passive without "by", no reversal.
        let subject = if active(was.voice) == active(now.voice) {
            was.voice == now.voice && exchanged(&was.before, &was.after, &now.before, &now.after)
        } else {
            ![was.voice, now.voice].contains(&Voice::Intransitive)
                && exchanged(&was.before, &was.after, &now.after, &now.before)
        };
        // "leased the site to B" → "B leased the site from A": the
        // handing-over told from the other side, no reversal.
        let preference = active(was.voice) == active(now.voice)
            && (exchanged(&was.after, &was.preferred, &now.after, &now.preferred)
                || (was.handed == now.handed
                    && exchanged(&was.before, &was.recipient, &now.before, &now.recipient)));
        if !(subject || preference) {
            continue;
        }
        let (start, end) = doc.token_span(v..v + 1);
        out.push(
            Diagnostic::new(
                start,
                end,
                format!("the parties of \"{w}\" changed places: the source says the reverse"),
            )
            .evidence(src.span_text(theirs.clone())),
        );
    }
}
