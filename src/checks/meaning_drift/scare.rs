//! A characterisation the source puts in someone's mouth, in scare quotes or
//! as an accusation, that the suspect restates in its own voice (said the
//! council had "mismanaged" the budget → "over the council's mismanagement
//! of the budget").

use super::flag_units;
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::text::Document;
use crate::text::words::is_stopword;

/// Verbs that put a quoted characterisation in someone's mouth.
const ATTRIBUTING: &[&str] = &[
    "said",
    "says",
    "described",
    "describes",
    "called",
    "calls",
    "branded",
    "brands",
    "termed",
    "dubbed",
    "labelled",
    "claimed",
    "claims",
    "alleged",
    "alleges",
];

/// Words before the quote within which its attributing verb stands.
const VERB_REACH: usize = 6;

/// Longest quote read as a characterisation rather than a quoted statement.
const QUOTE_WORDS: usize = 5;

/// Content words of an accused act read after "accused … of".
const ACT_WORDS: usize = 3;

/// Words that keep the claim attributed in the suspect ("what critics
/// called", "according to", "alleged").
const STILL_ATTRIBUTED: &[&str] = &[
    "described",
    "describes",
    "describing",
    "branded",
    "branding",
    "termed",
    "dubbed",
    "labelled",
    "according",
    "what",
    "so-called",
    "accused",
    "accuses",
    "accusing",
    "accusation",
    "accusations",
    "alleged",
    "allegedly",
    "alleging",
    "allegation",
    "allegations",
    "claim",
    "claimed",
    "claims",
    "claiming",
    "allege",
    "alleges",
    "contend",
    "contends",
    "argue",
    "argues",
    "suspected",
    "suspicion",
    "denied",
    "denies",
    "insisted",
    "argued",
    // "critics called the scheme a \"waste of money\"" → "critics derided
    // it as a waste of money": a verb of judging keeps it theirs.
    "derided",
    "denounced",
    "characterised",
    "characterized",
    "portrayed",
    "regards",
    "regarded",
];

/// Verbs that report a speaker's words.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "warned",
    "wrote",
    "complained",
    "believes",
    "revealed",
    "admitted",
    "conceded",
    "maintained",
    "acknowledged",
    "noted",
    "stated",
    "announced",
    "believed",
    "thinks",
    "felt",
];

/// Words after a reporting verb that closes the sentence ("…, he said on
/// Tuesday", "…, said council leader Ann Hale").
const TAIL_WORDS: usize = 6;

/// Words that open a clause in the writer's voice after a reporting verb
/// ("said his group would … after the administration lost control").
const OWN_VOICE: &[&str] = &[
    "after",
    "over",
    "for",
    "amid",
    "because",
    "following",
    "since",
    "despite",
    "which",
    "who",
    "given",
];

/// A short quoted characterisation ("had \"mismanaged\" its budget", "what
/// the trust described as \"persistent insubordination\"") or an accused act
/// ("accused the government of neglecting the countryside") that the suspect
/// restates, quotes and attribution gone, as the writer's own statement.
pub fn characterisation_stated(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    let charged = ow.windows(2).any(|w| w == ["charged", "with"]);
    if ow.iter().any(|w| STILL_ATTRIBUTED.contains(w)) || called(ow) || charged {
        return;
    }
    let cs = characterisations(src, pair, tw);
    for words in cs {
        let Some((first, last)) = restated(doc, pair, ow, &words) else {
            continue;
        };
        // A reporting verb before the words still attributes them unless a
        // clause in the writer's voice opens between ("said … after").
        let reported = ow[..first].iter().rposition(|w| REPORTING.contains(w));
        if reported.is_some_and(|r| !ow[r..first].iter().any(|w| OWN_VOICE.contains(w)))
            || (last..ow.len()).any(|j| REPORTING.contains(&ow[j]) && ow.len() - j <= TAIL_WORDS)
        {
            continue;
        }
        let was = words.join(" ");
        flag_units(
            doc,
            src,
            pair,
            first..last + 1,
            |now| {
                format!(
                    "the source's attributed \"{was}\" became \"{now}\": a characterisation is stated as fact"
                )
            },
            out,
        );
        return;
    }
}

/// "called" as a verb of naming, not "called for" or "called on"; "dismissed
/// the scheme as", a verb of judging, not "dismissed for insubordination".
fn called(ow: &[&str]) -> bool {
    let judged = (0..ow.len()).any(|k| {
        matches!(ow[k], "dismissed" | "dismisses" | "dismissing")
            && ow[k + 1..].iter().take(JUDGED_REACH).any(|w| *w == "as")
    });
    judged
        || ow.windows(2).any(|w| {
            matches!(w[0], "called" | "calls" | "calling")
                && !matches!(w[1], "for" | "on" | "off" | "in")
        })
}

/// Words after "dismissed" within which its "as" is looked for ("dismissed
/// the council's new scheme as").
const JUDGED_REACH: usize = 5;

/// The content words of each attributed characterisation in the source pair.
fn characterisations(src: &Document, pair: &AlignedPair, tw: &[&str]) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let content = |r: std::ops::Range<usize>| -> Vec<String> {
        tw[r]
            .iter()
            .filter(|w| !is_stopword(w))
            .map(|w| w.to_string())
            .collect()
    };
    // Quoted spans: quote marks in the gaps between units.
    let gaps: Vec<usize> = (0..=tw.len())
        .filter(|&g| quote_in_gap(src, pair, g))
        .collect();
    for span in gaps.chunks(2) {
        let [open, close] = *span else { break };
        if close <= open || close - open > QUOTE_WORDS {
            continue;
        }
        let from = open.saturating_sub(VERB_REACH);
        let verb = (from..open).any(|i| {
            ATTRIBUTING.contains(&tw[i])
                && !(matches!(tw[i], "called" | "calls")
                    && matches!(tw.get(i + 1).copied(), Some("for" | "on")))
        });
        let words = content(open..close);
        if verb && !words.is_empty() {
            found.push(words);
        }
    }
    // "accused the government of neglecting the countryside".
    let accused = tw.iter().position(|w| *w == "accused");
    if let Some(of) =
        accused.and_then(|a| (a + 1..tw.len().min(a + VERB_REACH)).find(|&i| tw[i] == "of"))
    {
        // The act's words, up to a figure ("diverting about $4.7
        // million" keeps "diverting").
        let words: Vec<String> = content(of + 1..tw.len())
            .into_iter()
            .take_while(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
            .take(ACT_WORDS)
            .collect();
        if !words.is_empty() {
            found.push(words);
        }
    }
    found
}

/// Whether a quote mark stands in gap `g` of the source pair: before unit
/// `g`, or after the last unit when `g` is the count of units.
fn quote_in_gap(src: &Document, pair: &AlignedPair, g: usize) -> bool {
    let token = &pair.source_units.token;
    let range = match g {
        0 => pair.source_tokens(src).start..token[0],
        g if g == token.len() => token[g - 1] + 1..(token[g - 1] + 3).min(src.tokens.len()),
        g => token[g - 1] + 1..token[g],
    };
    let range = range.start.min(range.end)..range.end;
    src.tokens[range].iter().any(|t| {
        let text = &src.text[t.start..t.end];
        text.contains(['"', '\u{201c}', '\u{201d}'])
    })
}

/// The first and last suspect units where `words` all appear in order, close
/// together and unquoted, each as itself or a derived form ("mismanaged" →
/// "mismanagement").
fn restated(
    doc: &Document,
    pair: &AlignedPair,
    ow: &[&str],
    words: &[String],
) -> Option<(usize, usize)> {
    let mut at = 0;
    let mut first = None;
    let mut last = 0;
    for w in words {
        let k = (at..ow.len()).find(|&k| derived(w, ow[k]))?;
        if first.is_some() && k > last + 3 {
            return None;
        }
        first.get_or_insert(k);
        last = k;
        at = k + 1;
    }
    let first = first?;
    // Quoted in the suspect: still the speaker's words.
    let at = doc.tokens[pair.suspect_units.token[first]].start;
    let start = doc.tokens[pair.suspect_tokens(doc).start].start;
    let before = &doc.text[start..at];
    let count = |c: char| before.matches(c).count();
    let quoted = count('"') % 2 == 1 || count('\u{201c}') > count('\u{201d}');
    (!quoted).then_some((first, last))
}

/// Whether `b` is `a` or a form derived from the same root: a shared start
/// of at least five letters reaching within three letters of the shorter.
fn derived(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let shared = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    shared >= 5 && shared + 3 >= shorter
}
