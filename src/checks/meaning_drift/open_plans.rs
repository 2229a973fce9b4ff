//! An open option told as a plan or a decision: "had not ruled out a legal
//! challenge" → "was preparing a legal challenge", "has not ruled out
//! backing the change" → "will back the change", "had not ruled out a
//! downed power line" → "suspected a downed power line". The source
//! leaves the act open (polarity-drift's [`open_options`]); the copy puts
//! a word of intention, decision or belief before the same act. Keeping it
//! open in other words ("is still considering", "has kept an appeal on the
//! table", "has not excluded an appeal") passes; telling it closed is
//! polarity-drift's.

use super::flag_units;
use crate::align::AlignedPair;
use crate::checks::polarity_drift::closed::open_options;
use crate::finding::Diagnostic;
use crate::lexicon::negation::is_negator_word;
use crate::text::Document;
use crate::text::words::{is_lettered_content, stem};

/// Words that tell an act as planned, decided, under way or held.
const COMMITTED: &[&str] = &[
    "will",
    "would",
    "shall",
    "going",
    "prepare",
    "prepares",
    "preparing",
    "prepared",
    "plan",
    "plans",
    "planning",
    "planned",
    "decided",
    "intends",
    "intended",
    "intending",
    "launch",
    "launched",
    "launching",
    "mount",
    "mounted",
    "mounting",
    "lodge",
    "lodged",
    "lodging",
    "pursue",
    "pursued",
    "pursuing",
    "begun",
    "began",
    "started",
    "suspected",
    "suspects",
];

/// Words by which the copy keeps an act open: a modal of possibility or a
/// word of deliberation or of an option.
const KEEPS_OPEN: &[&str] = &[
    "may",
    "might",
    "could",
    "possible",
    "possibly",
    "possibility",
    "open",
    "table",
    "option",
    "options",
    "consider",
    "considering",
    "considered",
    "weighing",
    "mulling",
    "exploring",
    "whether",
    "if",
    "unless",
];

/// Most units from the committing word to the act word.
const REACH: usize = 4;

/// Units before the committing word searched for a word keeping the act open.
const OPEN_REACH: usize = 6;

/// Auxiliaries taken into a quoted phrase before its first word ("had not
/// ruled out", "was preparing").
const QUOTED_AUXILIARIES: &[&str] = &[
    "had", "has", "have", "was", "were", "is", "are", "did", "does", "do", "would",
];

/// Where a quoted phrase starting at unit `k` of `words` begins, with an
/// auxiliary before it.
fn with_auxiliary(words: &[&str], k: usize) -> usize {
    if k > 0 && QUOTED_AUXILIARIES.contains(&words[k - 1]) {
        k - 1
    } else {
        k
    }
}

/// Unit `end` of `words` moved past up to two more content words, so a
/// quoted act ends with its noun ("a downed power line").
fn act_end(words: &[&str], mut end: usize) -> usize {
    let content = |w: &str| {
        is_lettered_content(w)
            && !matches!(
                w,
                "against" | "over" | "after" | "before" | "within" | "until"
            )
    };
    for _ in 0..2 {
        match words.get(end) {
            Some(w) if content(w) => end += 1,
            _ => break,
        }
    }
    end
}

/// Flags an act the source leaves open (a denied ruling out, a "left open
/// the possibility of") that the copy tells after a word of intention,
/// decision or belief the source sentence lacks, with no word near it
/// keeping the act open.
pub(super) fn open_option_planned(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (tw, ow): (&[&str], &[&str]),
    out: &mut Vec<Diagnostic>,
) {
    // Cheap guards first: most source sentences leave nothing open.
    if !tw.iter().any(|w| *w == "out" || *w == "open") || !ow.iter().any(|w| COMMITTED.contains(w))
    {
        return;
    }
    let options = open_options(tw);
    if options.is_empty() || !open_options(ow).is_empty() {
        return;
    }
    // One finding a sentence: another finding here says it.
    let (ss, se) = doc.token_span(pair.suspect_tokens(doc));
    if out.iter().any(|d| d.overlaps(ss, se)) {
        return;
    }
    for option in &options {
        let stems: Vec<String> = option.acts.iter().map(|w| stem(w)).collect();
        let is_act = |w: &str| stems.contains(&stem(w));
        let found = (0..ow.len()).filter(|&j| is_act(ow[j])).find_map(|j| {
            let m = (j.saturating_sub(REACH)..j).find(|&m| COMMITTED.contains(&ow[m]))?;
            if tw.contains(&ow[m]) {
                return None;
            }
            let near = &ow[m.saturating_sub(OPEN_REACH)..j];
            if near
                .iter()
                .any(|w| KEEPS_OPEN.contains(w) || is_negator_word(w))
            {
                return None;
            }
            Some((m, j))
        });
        let Some((m, j)) = found else { continue };
        let end = (j..ow.len().min(j + 3))
            .rev()
            .find(|&i| is_act(ow[i]))
            .map_or(j + 1, |i| i + 1);
        let end = act_end(ow, end);
        let start = with_auxiliary(ow, m);
        let from = with_auxiliary(tw, option.span.start);
        let was = src.span_text(pair.source_units.tokens(from..act_end(tw, option.span.end)));
        let told = if ow[m].starts_with("suspect") {
            "a suspicion"
        } else {
            "a plan"
        };
        flag_units(
            doc,
            src,
            pair,
            start..end,
            |now| format!("\"{was}\" became \"{now}\": an open option told as {told}"),
            out,
        );
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::COMMITTED;

    #[test]
    fn committing_words_are_lower_case() {
        assert!(
            COMMITTED
                .iter()
                .all(|w| w.chars().all(|c| c.is_ascii_lowercase()))
        );
    }
}
