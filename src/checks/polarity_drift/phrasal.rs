//! Particles of phrasal verbs: the "up" of "sign up" or the "down" of
//! "step down" is part of the verb, no movement an opposite could reverse.

use crate::lexicon::wordnet::{direction, lemmas, share_lemma, synonym_rank};
use crate::text::Document;

/// Verbs whose "up" or "down" makes a phrasal verb, not a movement ("fewer
/// trainees sign up", "the minister stepped down").
const PHRASAL_VERBS: &[&str] = &[
    "sign", "set", "pick", "take", "step", "show", "make", "end", "wrap", "open", "line", "sum",
    "follow", "look", "speak", "stand", "back", "team", "clean", "fill", "crack", "turn", "shut",
    "close", "break", "calm", "track", "play", "hand", "write", "settle", "hunker", "let",
];

/// Whether token `t` of `doc` is "up" or "down".
fn is_particle(doc: &Document, t: usize) -> bool {
    matches!(doc.tokens[t].norm.as_str(), "up" | "down")
}

/// What "up for" puts a thing to, no movement ("a campsite up for sale",
/// "a lease up for renewal").
const OFFERED_FOR: &[&str] = &[
    "sale",
    "auction",
    "grabs",
    "renewal",
    "review",
    "discussion",
    "debate",
    "election",
    "reelection",
    "consideration",
    "adoption",
];

/// Whether token `t` ("up", "down") is the particle of a phrasal verb, or
/// the "up" of "up for sale".
pub(super) fn phrasal_particle(doc: &Document, t: usize) -> bool {
    let norm = |k: usize| doc.tokens.get(k).map(|x| x.norm.as_str());
    let offered = norm(t) == Some("up")
        && norm(t + 1) == Some("for")
        && norm(t + 2).is_some_and(|w| OFFERED_FOR.contains(&w));
    offered
        || (is_particle(doc, t)
            && t.checked_sub(1).is_some_and(|p| {
                let verb = doc.tokens[p].norm.as_str();
                PHRASAL_VERBS.contains(&verb)
                    || lemmas(verb)
                        .iter()
                        .any(|l| PHRASAL_VERBS.contains(&l.as_str()))
            }))
}

/// Verbs of plain movement: a phrasal verb sharing a WordNet sense with one
/// of them ("go down" as "descend", "shoot up" as "rise") moves.
const MOVEMENTS: &[&str] = &[
    "rise", "fall", "increase", "decrease", "climb", "descend", "decline", "ascend", "sink",
    "drop", "raise", "lower", "reduce", "lift", "grow", "shrink",
];

/// Whether source token `ta` and suspect token `tb` are "up" and "down"
/// after different verbs, one side's verb and particle a WordNet phrasal
/// verb with no sense of movement ("would not give up without a fight" →
/// "would not go down without a fight": a surrender told two ways).
pub(super) fn idiom_particles(
    (src, ta): (&Document, usize),
    (doc, tb): (&Document, usize),
) -> bool {
    if !is_particle(src, ta) || !is_particle(doc, tb) {
        return false;
    }
    let (Some(va), Some(vb)) = (src.norm_before(ta, 1), doc.norm_before(tb, 1)) else {
        return false;
    };
    if share_lemma(va, vb) {
        return false;
    }
    unmoving(va, &src.tokens[ta].norm) || unmoving(vb, &doc.tokens[tb].norm)
}

/// Whether `verb` and `particle` make a WordNet phrasal verb with no sense
/// of movement ("give up", "dry up"; not "shoot up", a rise). A verb of
/// movement itself moves; only then is the phrase built.
fn unmoving(verb: &str, particle: &str) -> bool {
    if direction(verb).is_some() {
        return false;
    }
    let phrase = format!("{verb} {particle}");
    !lemmas(&phrase).is_empty() && !MOVEMENTS.iter().any(|m| synonym_rank(&phrase, m).is_some())
}

/// Verbs of holding out: a phrasal verb sharing a WordNet sense with one of
/// them ("hold up" as "withstand") stands against a fall as a rise does.
const ENDURING: &[&str] = &["endure", "withstand", "survive", "last", "sustain"];

/// Whether one of source token `ta` and suspect token `tb` is the "up" or
/// "down" of a phrasal verb with no sense of movement ([`unmoving`]) or of
/// holding out ([`ENDURING`]) and the other no particle: the phrase is told
/// by another word ("had lost a day's takings" → "had given up a day's
/// takings", "trade fell away" → "custom dried up"), not reversed.
pub(super) fn idiom_told_otherwise(
    (src, ta): (&Document, usize),
    (doc, tb): (&Document, usize),
) -> bool {
    let idiom = |d: &Document, t: usize| {
        let particle = &d.tokens[t].norm;
        is_particle(d, t)
            && d.norm_before(t, 1).is_some_and(|v| {
                let phrase = format!("{v} {particle}");
                unmoving(v, particle)
                    && !ENDURING.iter().any(|e| synonym_rank(&phrase, e).is_some())
            })
    };
    (idiom(src, ta) && !is_particle(doc, tb)) || (idiom(doc, tb) && !is_particle(src, ta))
}
