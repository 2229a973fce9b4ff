//! Bounds on figures: a cap made a floor, a near figure made a floor, a cap or
//! floor dropped, an approximation dropped.

use super::flag_units;
use super::word_senses::modifies_noun;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::spun_phrase::spun_phrases;
use crate::text::Document;
use crate::text::numbers::{is_calendar_word, plain_number};
use crate::text::words::stem;

/// Phrases that cap a figure ("up to 180 million").
const CEILINGS: &[&[&str]] = &[
    &["up", "to"],
    &["at", "most"],
    &["no", "more", "than"],
    &["as", "many", "as"],
    &["as", "much", "as"],
];

/// Phrases that set a floor under a figure ("at least 180 million").
const FLOORS: &[&[&str]] = &[
    &["at", "least"],
    &["more", "than"],
    &["no", "fewer", "than"],
    &["no", "less", "than"],
    &["in", "excess", "of"],
];

/// The bound phrase (and its kind) standing right before a figure in `words`.
fn bound_before_figure(words: &[&str]) -> Option<(usize, usize, bool)> {
    // A figure, or a date: "until at least September", "mid-August".
    // "a week", "a third": an amount written with an article.
    let figure = |k: usize| {
        words.get(k).is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_digit() || "$£€".contains(c))
                || *w == "half"
                || plain_number(w).is_some()
                || is_calendar_word(w.trim_start_matches("mid").trim_start_matches('-'))
                || (matches!(*w, "a" | "an")
                    && words
                        .get(k + 1)
                        .is_some_and(|n| ARTICLE_AMOUNTS.contains(n)))
                || (*w == "mid" && words.get(k + 1).is_some_and(|n| is_calendar_word(n)))
        })
    };
    // "went up to $7.40": the particle of a verb of movement, no cap.
    let moved_up = |k: usize| {
        words[k] == "up"
            && k.checked_sub(1)
                .is_some_and(|p| MOVED_UP.contains(&words[p]))
    };
    (0..words.len()).find_map(|k| {
        [(CEILINGS, true), (FLOORS, false)]
            .iter()
            .find_map(|(list, ceiling)| {
                list.iter()
                    .find(|p| words[k..].starts_with(p) && figure(k + p.len()) && !moved_up(k))
                    .map(|p| (k, p.len(), *ceiling))
            })
    })
}

/// Verbs of movement whose particle "up" may stand before "to" and a figure.
const MOVED_UP: &[&str] = &[
    "went", "go", "goes", "gone", "going", "moved", "move", "moves", "shot", "crept", "edged",
    "inched", "jumped", "ticked", "climbed", "rose",
];

/// Units and fractions an article makes an amount of ("a week", "a third").
const ARTICLE_AMOUNTS: &[&str] = &[
    "day",
    "week",
    "fortnight",
    "month",
    "year",
    "decade",
    "hour",
    "third",
    "quarter",
    "fifth",
    "half",
    "dozen",
];

/// Words that qualify a figure as approximate.
const APPROXIMATIONS: &[&str] = &[
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "some",
    "approximately",
    "over",
    "under",
    "just",
];

/// A cap made a floor or a floor a cap ("up to 180 million" → "at least 180
/// million"), or a bound dropped from its figure ("up to 10 weeks" → "10 weeks").
pub(super) fn bound_flipped(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    near_made_floor(doc, src, pair, (tw, ow), out);
    let Some((s, slen, was)) = bound_before_figure(tw) else {
        return;
    };
    // "does not expect more than eight": a floor denied is a cap.
    let was = was != denied_before(tw, s);
    // The suspect's bound on the same figure ("up to 5,000" → "more than
    // half … 5,000": the bound on "half" is another figure's).
    // A bound of the same kind on another figure may be a conversion's
    // ("as much as 28 inches" → "up to 71 centimeters (28 inches)").
    let figure = tw[s + slen];
    let bounds: Vec<(usize, usize, bool)> = (0..ow.len())
        .filter_map(|k| {
            bound_before_figure(&ow[k..])
                .map(|(at, len, now)| (k + at, len, now != denied_before(ow, k + at)))
        })
        .collect();
    let same = bounds
        .iter()
        .find(|&&(k, len, _)| ow.get(k + len) == Some(&figure))
        .or_else(|| bounds.iter().find(|b| b.2 == was));
    let Some(&(k, len, now)) = same else {
        bound_dropped(doc, src, pair, (tw, s + slen, was), out);
        return;
    };
    if was == now {
        return;
    }
    let (from, to) = if was {
        ("cap", "floor")
    } else {
        ("floor", "cap")
    };
    flag_units(
        doc,
        src,
        pair,
        k..k + len,
        |now| format!("\"{now}\" made a {from} a {to}"),
        out,
    );
}

/// Words that put a figure just under itself ("almost eight months", "nearly half").
const NEARS: &[&[&str]] = &[
    &["almost"],
    &["nearly"],
    &["just", "under"],
    &["just", "short", "of"],
    &["close", "to"],
];

/// "almost eight months" → "more than eight months", "nearly half" → "more
/// than half": a figure the source stays just under, made a floor.
fn near_made_floor(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let Some((k, len, false)) = bound_before_figure(ow) else {
        return;
    };
    let figure = ow[k + len];
    let near = (0..tw.len()).find_map(|s| {
        NEARS
            .iter()
            .find(|p| tw[s..].starts_with(p) && tw.get(s + p.len()) == Some(&figure))
            .map(|p| s..s + p.len() + 1)
    });
    let Some(near) = near else { return };
    let was = src.span_text(pair.source_units.tokens(near));
    flag_units(
        doc,
        src,
        pair,
        k..k + len + 1,
        |now| format!("\"{was}\" became \"{now}\": a figure just under became a floor"),
        out,
    );
}

/// The figure at `tw[at]` lost the bound before it in the suspect: the same
/// figure stands there with no bound or approximation before it.
fn bound_dropped(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, at, ceiling): (&[&str], usize, bool),
    out: &mut Vec<Diagnostic>,
) {
    let ours = &pair.suspect_units;
    let ow = ours.words();
    // An amount with an article is found by both its words.
    let figure =
        &tw[at..(at + 1 + usize::from(matches!(tw[at], "a" | "an" | "mid"))).min(tw.len())];
    // Not a figure inside a name ("Aurelis-3", "Vantor 2").
    let Some(k) = ow.windows(figure.len()).enumerate().position(|(k, w)| {
        w == figure && (is_calendar_word(figure[0]) || !doc.is_capitalized(ours.token[k]))
    }) else {
        return;
    };
    let before = k.checked_sub(1).map(|p| ow[p]);
    let after = &ow[k + 1..];
    // "a minimum of two", "upwards of 300", "43 years or more", "2031 at the
    // earliest", "three years at most".
    // "a maximum refund of 25%": the bound a noun or two before the figure.
    let worded = (k.saturating_sub(BOUND_NOUN_REACH)..k)
        .any(|p| matches!(ow[p], "minimum" | "maximum" | "upwards"))
        || (0..after.len().min(4)).any(|j| {
            matches!(
                after[j..],
                [
                    "or",
                    "more" | "less" | "fewer" | "over" | "above" | "under",
                    ..
                ]
            ) || matches!(
                after[j..],
                ["at", "the", "earliest" | "latest" | "most" | "least", ..]
                    | ["at", "earliest" | "latest" | "most" | "least", ..]
            )
        });
    // "at least until Sunday": the bound a word or two before the figure.
    let bound_near = (k.saturating_sub(3)..k).any(|p| matches!(ow[p], "least" | "most"));
    let qualified = worded
        || bound_near
        || before.is_some_and(|b| {
            APPROXIMATIONS.contains(&b)
                || matches!(
                    b,
                    "to" | "most"
                        | "least"
                        | "than"
                        | "as"
                        | "upwards"
                        | "minimum"
                        | "maximum"
                        // "gusts reaching 148 km/h", "peaking at": the top of a range.
                        | "reaching"
                        | "reached"
                        | "peaking"
                        | "topping"
                )
        });
    // "at least 15 times" → "in any event 15 times": a spinner's phrase
    // put for the bound, garbled-phrase's to report.
    let stems = |w: &[&str]| w.iter().map(|x| stem(x)).collect::<Vec<_>>();
    let spun = || {
        spun_phrases(&stems(tw), &stems(&ow))
            .iter()
            .any(|(copy, _)| copy.end == k)
    };
    if qualified || modifies_noun(doc, ours.token[k]) || spun() {
        return;
    }
    let bound = if ceiling { "cap" } else { "floor" };
    flag_or_join(
        doc,
        src,
        pair,
        k..k + figure.len(),
        |now| format!("the source's {bound} on \"{now}\" was dropped"),
        out,
    );
}

/// How many words before a figure "maximum" or "minimum" may bound it.
const BOUND_NOUN_REACH: usize = 4;

/// Whether a negation stands within a few words before word `at` ("does
/// not expect more than").
fn denied_before(words: &[&str], at: usize) -> bool {
    words[at.saturating_sub(DENIAL_REACH)..at]
        .iter()
        .any(|w| matches!(*w, "not" | "never"))
}

/// How many words before a bound a negation may deny it.
const DENIAL_REACH: usize = 2;

/// Words besides the [`APPROXIMATIONS`] that keep a figure approximate or
/// bounded when they stand just before it, or that mark it as an estimate.
const ESTIMATE_MARKS: &[&str] = &[
    "estimated",
    "estimate",
    "estimates",
    "up",
    "least",
    "more",
    "than",
    "close",
    "circa",
    "approx",
    "an",
];

/// How many words before a figure in the suspect may keep it approximate.
const APPROXIMATION_REACH: usize = 3;

/// A figure the source gives as approximate ("for about $3.4 billion") given
/// as exact ("for $3.4 billion").
pub(super) fn approximation_dropped(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let Some(at) = (1..tw.len()).find(|&k| {
        matches!(
            tw[k - 1],
            "about" | "around" | "roughly" | "approximately" | "some"
        ) && tw[k].starts_with(|c: char| c.is_ascii_digit() || "$£€".contains(c))
    }) else {
        return;
    };
    let (was, figure) = (tw[at - 1], tw[at]);
    let ours = &pair.suspect_units;
    // Only the approximation deleted, the word before it kept ("for about
    // $3.4 billion" → "for $3.4 billion"); a word put in its place is judged
    // as a substitution, and a suspect that still approximates a figure has
    // moved the figures, which number-drift reports.
    let before = at.checked_sub(2).map(|p| tw[p]);
    let Some(k) = (0..ow.len()).find(|&k| {
        ow[k] == figure
            && k.checked_sub(1).map(|p| ow[p]) == before
            && !doc.is_capitalized(ours.token[k])
    }) else {
        return;
    };
    let kept = ow.contains(&was)
        || ow[k.saturating_sub(APPROXIMATION_REACH)..k]
            .iter()
            .any(|w| APPROXIMATIONS.contains(w) || ESTIMATE_MARKS.contains(w))
        || ow[k + 1..].windows(2).take(3).any(|w| w == ["or", "so"]);
    if kept {
        return;
    }
    flag_or_join(
        doc,
        src,
        pair,
        k..k + 1,
        |now| format!("\"{was} {figure}\" became \"{now}\": the source's figure is approximate"),
        out,
    );
}

/// How many words may stand between a figure whose bound was dropped and
/// another finding in its clause for the two to be reported as one.
const JOIN_REACH: usize = 6;

/// Flags suspect units `units` of `pair`, or, when another finding of the
/// same sentence stands within [`JOIN_REACH`] words ("could cost up to 15
/// million" → "will cost … 15 million"), widens that finding over them: the
/// hedge and the bound are one claim made firm.
fn flag_or_join(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    units: std::ops::Range<usize>,
    message: impl FnOnce(&str) -> String,
    out: &mut Vec<Diagnostic>,
) {
    let tokens = pair.suspect_units.tokens(units.clone());
    let (start, end) = doc.token_span(tokens.clone());
    let sentence = doc.sentence_of(tokens.start).map(|i| &doc.sentences[i]);
    let near = |d: &Diagnostic| {
        let Some(s) = sentence.filter(|s| s.start <= d.start && d.start < s.end) else {
            return false;
        };
        let (gap_start, gap_end) = if d.start < start {
            (d.end, start)
        } else {
            (end, d.start)
        };
        let between = doc.tokens[s.tokens.clone()]
            .iter()
            .filter(|t| t.start >= gap_start && t.end <= gap_end && t.is_wordlike())
            .count();
        between <= JOIN_REACH
    };
    // The earliest finding near, as it outlasts any it overlaps.
    let joined = out.iter_mut().filter(|d| near(d)).min_by_key(|d| d.start);
    if let Some(d) = joined {
        let added = message(&doc.text[start..end]);
        d.start = d.start.min(start);
        d.end = d.end.max(end);
        d.message = format!("{}; {added}", d.message);
        return;
    }
    flag_units(doc, src, pair, units, message, out);
}
