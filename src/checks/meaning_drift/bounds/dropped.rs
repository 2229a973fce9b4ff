//! A bound dropped from its figure ("up to 10 weeks" → "10 weeks"), and the
//! joining of such a finding with another of its clause.

use super::approximate::APPROXIMATIONS;
use crate::align::AlignedPair;
use crate::checks::meaning_drift::flag_units;
use crate::checks::meaning_drift::word_senses::modifies_noun;
use crate::finding::Diagnostic;
use crate::lexicon::dictionary::american_z_stem;
use crate::lexicon::spun_phrase::spun_phrases;
use crate::text::Document;
use crate::text::numbers::is_calendar_word;

/// The figure at `tw[at]` lost the bound before it in the suspect: the same
/// figure stands there with no bound or approximation before it.
pub(super) fn bound_dropped(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, at, ceiling): (&[&str], usize, bool),
    out: &mut Vec<Diagnostic>,
) {
    let ours = &pair.suspect_units;
    let ow = ours.words();
    // An amount with an article is found by both its words.
    // A period's edge by all its words ("the end of February").
    let len = match super::period_edge_len(tw, at) {
        0 => 1 + usize::from(matches!(tw[at], "a" | "an" | "mid")),
        n => n,
    };
    let figure = &tw[at..(at + len).min(tw.len())];
    // Not a figure inside a name ("Aurelis-3", "Vantor 2"). The figure the
    // source bounds may be its second of the sentence ("Sept 9 … up to nine
    // hours"): the copy's figure is the one at the same count.
    let plain =
        |d: &Document, token: usize| is_calendar_word(figure[0]) || !d.is_capitalized(token);
    let theirs = &pair.source_units;
    let nth = tw[..at]
        .windows(figure.len())
        .enumerate()
        .filter(|(j, w)| *w == figure && plain(src, theirs.token[*j]))
        .count();
    let Some(k) = ow
        .windows(figure.len())
        .enumerate()
        .filter(|(k, w)| *w == figure && plain(doc, ours.token[*k]))
        .map(|(k, _)| k)
        .nth(nth)
    else {
        return;
    };
    // "Oct 2 … for more than two decades" → "Oct 2 … over 20 years": the
    // figure the copy holds unbounded may be one the source holds unbounded too.
    let count = |words: &[&str]| words.windows(figure.len()).filter(|w| *w == figure).count();
    if count(&ow) < count(tw) {
        return;
    }
    let before = k.checked_sub(1).map(|p| ow[p]);
    let after = &ow[k + 1..];
    // "a minimum of two", "upwards of 300", "43 years or more", "5% or
    // lower", "2031 at the earliest", "three years at most".
    // "a maximum refund of 25%": the bound a noun or two before the figure.
    let (same_way, other_way) = if ceiling {
        (BELOW, ABOVE)
    } else {
        (ABOVE, BELOW)
    };
    // "or" and a word of `bound` a few words after the figure ("5% or lower").
    let or_bound = |bound: &[&str]| {
        (0..after.len().min(4)).any(|j| matches!(after[j..], ["or", w, ..] if bound.contains(&w)))
    };
    // A bound after the figure the other way ("no more than 5" → "5 or
    // higher") reverses it: no restatement.
    let worded = (k.saturating_sub(BOUND_NOUN_REACH)..k).any(|p| {
        matches!(
            ow[p],
            "minimum" | "maximum" | "upwards" | "upward" | "excess" | "north"
        )
    }) || or_bound(same_way)
        || (0..after.len().min(AFTER_REACH)).any(|j| {
            matches!(
                after[j..],
                ["at", "the", "earliest" | "latest" | "most" | "least", ..]
                    | ["at", "earliest" | "latest" | "most" | "least", ..]
            )
        });
    // "at least until Sunday": the bound a word or two before the figure.
    let bound_near = (k.saturating_sub(3)..k).any(|p| matches!(ow[p], "least" | "most"));
    // "were not kept waiting for more than an hour" → "were seen within an
    // hour": a floor denied is a cap, which "within" keeps; a floor not
    // denied told by "within" is made a cap, polarity-drift's.
    let qualified = worded
        || bound_near
        || within(&ow, k)
        || before.is_some_and(|b| {
            // "at least 2,600 calls" → "some 2,600 emergency calls": a floor
            // told as an estimate of the same thing drops it; "over 2,600"
            // keeps it.
            let n = figure.len();
            let counted = tw
                .get(at + n)
                .is_some_and(|w| ow.iter().skip(k + n).take(2).any(|o| o == w));
            APPROXIMATIONS.contains(&b) && (ceiling || b == "over" || !counted)
                // "grants of up to £250,000" → "grants can reach £250,000":
                // the verb that tops a range keeps a cap, not a floor.
                || (ceiling && matches!(b, "reach" | "reaches"))
                || matches!(
                    b,
                    "to" | "most"
                        | "least"
                        | "than"
                        | "as"
                        | "upwards"
                        // "more than 65 weeks" → "beyond 65 weeks", "in
                        // excess of", "upward of".
                        | "upward"
                        | "beyond"
                        | "above"
                        | "below"
                        | "over"
                        | "under"
                        | "exceeding"
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
    let stems = |w: &[&str]| w.iter().map(|x| american_z_stem(x)).collect::<Vec<_>>();
    let spun = || {
        spun_phrases(&stems(tw), &stems(&ow))
            .iter()
            .any(|(copy, _)| copy.end == k)
    };
    if qualified || modifies_noun(doc, ours.token[k]) || spun() {
        return;
    }
    let bound = if ceiling { "cap" } else { "floor" };
    // "at least four months" → "about four months": the floor told as an
    // estimate, whose word is flagged with the figure.
    let estimated = before.is_some_and(|b| APPROXIMATIONS.contains(&b));
    let fate = if or_bound(other_way) {
        "turned the other way"
    } else if estimated {
        "made an estimate"
    } else {
        "dropped"
    };
    flag_or_join(
        doc,
        src,
        pair,
        k - usize::from(estimated)..k + figure.len(),
        |now| format!("the source's {bound} on \"{now}\" was {fate}"),
        out,
    );
}

/// Whether "within" bounds the copy's figure at `ow[k]`, right before it
/// or before "the past" ("within the past ten years").
fn within(ow: &[&str], k: usize) -> bool {
    k.checked_sub(1).is_some_and(|p| ow[p] == "within")
        || matches!(
            ow.get(k.saturating_sub(3)..k),
            Some([
                "within",
                "the",
                "past" | "next" | "last" | "first" | "coming"
            ])
        )
}

/// Words after "or" that keep a cap on the figure before them ("5% or lower").
const BELOW: &[&str] = &["less", "fewer", "under", "below", "lower", "smaller"];

/// Words after "or" that keep a floor under the figure before them ("43 years or more").
const ABOVE: &[&str] = &["more", "over", "above", "higher", "greater", "longer"];

/// How many words after a figure, its unit and period among them, "at most"
/// or "at the earliest" may bound it ("2 million pounds a year at most").
const AFTER_REACH: usize = 6;

/// How many words before a figure "maximum" or "minimum" may bound it.
const BOUND_NOUN_REACH: usize = 4;

/// How many words may stand between a figure whose bound was dropped and
/// another finding in its clause for the two to be reported as one.
const JOIN_REACH: usize = 6;

/// Flags suspect units `units` of `pair`, or, when another finding of the
/// same sentence stands within [`JOIN_REACH`] words ("could cost up to 15
/// million" → "will cost … 15 million"), widens that finding over them: the
/// hedge and the bound are one claim made firm.
pub(super) fn flag_or_join(
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
