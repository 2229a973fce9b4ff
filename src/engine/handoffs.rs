//! Hand-offs between rules after every check has run: findings that another
//! rule's finding on the same words already tells are dropped, so one edit
//! is reported once, under the rule that names it best.

use crate::finding::Finding;

/// Drops, in order, every finding another rule's finding already tells.
pub(super) fn apply(findings: &mut Vec<Finding>) {
    drop_repeats_in_copies(findings);
    drop_missing_figures_judged_elsewhere(findings);
    drop_meaning_on_flipped_words(findings);
    drop_meaning_beside_flipped_source_words(findings);
    drop_speakers_judged_as_names(findings);
    drop_meaning_on_cut_sentences_and_changed_figures(findings);
    drop_meaning_inside_misquotes(findings);
    drop_figures_a_misquote_words(findings);
    drop_words_of_unsupported_sentences(findings);
}

/// Findings inside a repeated sentence that repeat, word for word and with
/// the same evidence, a finding of its first copy: the duplicate-sentence
/// finding reports the copy, and its damage was reported once already (a
/// source sentence missing after the copy is another omission).
fn drop_repeats_in_copies(findings: &mut Vec<Finding>) {
    let copies: Vec<(usize, usize)> = findings
        .iter()
        .filter(|f| f.rule == "duplicate-sentence")
        .map(|f| (f.start, f.end))
        .collect();
    if copies.is_empty() {
        return;
    }
    let repeats: Vec<bool> = findings
        .iter()
        .map(|f| {
            copies
                .iter()
                .find(|&&(a, b)| f.rule != "duplicate-sentence" && a <= f.start && f.end <= b)
                .is_some_and(|&(start, _)| {
                    findings.iter().any(|g| {
                        g.end <= start
                            && g.rule == f.rule
                            && g.message == f.message
                            && g.text == f.text
                            && g.source_text == f.source_text
                    })
                })
        })
        .collect();
    let mut repeated = repeats.into_iter();
    findings.retain(|_| !repeated.next().unwrap_or(false));
}

/// Rules that judge a figure's words changed into a judgement: "the largest
/// rise in a decade" → "in its history" (meaning-drift), "in the lower half
/// of the range" → "at the upper end" (polarity-drift).
const JUDGE_REWORDED_FIGURES: &[&str] = &["meaning-drift", "polarity-drift"];

/// Number-drift findings of a source figure missing where the words that
/// took its place, words and no figure, are another rule's finding: the
/// rewording is one defect, which that rule names ("since March 2022" → "on
/// record" overstates). Shown on a figure that may have replaced it ("fell
/// as much as 7% … closing down 2.6%" → "closed down 7%"), it stays.
fn drop_missing_figures_judged_elsewhere(findings: &mut Vec<Finding>) {
    drop_overlapping(
        findings,
        |f| JUDGE_REWORDED_FIGURES.contains(&f.rule),
        |f| {
            f.rule == "number-drift"
                && crate::checks::number_drift::is_missing_figure(&f.message)
                && !f.text.chars().any(|c| c.is_ascii_digit())
        },
    );
}

/// Meaning-drift findings on words a polarity-drift finding covers too: one
/// edit told twice ("will not back" → "could back", "may not have known" →
/// "knew", "Nobody should" → "Some people could", "They did not say whether
/// they would appeal" → "They said they would appeal"), whose negation gone
/// or added polarity-drift names. A meaning-drift finding that reaches past
/// the flipped words names the wider change and stays where its source
/// words hold the flipped ones ("more than two" → "no more than two": a
/// floor made a cap); where they are other words, the flipped word is
/// claimed twice and the change is told again ("would be considered" →
/// "had been rejected" over "considered" → "rejected").
fn drop_meaning_on_flipped_words(findings: &mut Vec<Finding>) {
    let flipped: Vec<(usize, usize, Option<String>)> = findings
        .iter()
        .filter(|f| f.rule == "polarity-drift")
        .map(|f| (f.start, f.end, first_quoted(&f.message)))
        .collect();
    let told_twice = |f: &Finding| {
        let said = first_quoted(&f.message);
        flipped.iter().any(|&(a, b, ref flip_said)| {
            let wider = f.start <= a && b <= f.end && (f.start, f.end) != (a, b);
            let other_words = match (&said, flip_said) {
                (Some(x), Some(y)) => !x
                    .split_whitespace()
                    .any(|w| y.split_whitespace().any(|v| v == w)),
                _ => false,
            };
            a < f.end && f.start < b && (!wider || other_words)
        })
    };
    findings.retain(|f| f.rule != "meaning-drift" || !told_twice(f));
}

/// The first quoted words of a finding's message (the source's words), lowercased.
fn first_quoted(message: &str) -> Option<String> {
    message.split('"').nth(1).map(str::to_lowercase)
}

/// Meaning-drift findings a few characters from a polarity-drift finding
/// whose quoted source words hold the meaning-drift finding's first source
/// word: one edit of one source clause told twice ("were considering
/// whether to appeal" → "had ruled out an appeal" is a negation added, not
/// also a weighing told as past and an act told as settled). A
/// verb of saying changed beside it ("said it could not confirm" →
/// "admitted") is an edit of its own and stays.
fn drop_meaning_beside_flipped_source_words(findings: &mut Vec<Finding>) {
    const NEAR: usize = 24;
    let flips: Vec<(usize, usize, String)> = findings
        .iter()
        .filter(|g| g.rule == "polarity-drift")
        .filter_map(|g| Some((g.start, g.end, first_quoted(&g.message)?)))
        .collect();
    if flips.is_empty() {
        return;
    }
    findings.retain(|f| {
        if f.rule != "meaning-drift" || f.message.contains("attribution") {
            return true;
        }
        let first_word =
            first_quoted(&f.message).and_then(|q| q.split_whitespace().next().map(str::to_string));
        let Some(word) = first_word else {
            return true;
        };
        !flips.iter().any(|(a, b, said)| {
            f.start <= b + NEAR && *a <= f.end + NEAR && said.split_whitespace().any(|w| w == word)
        })
    });
}

/// What a finding says when it gives a claim or quotation to another speaker.
const GIVEN_TO: &str = " is given to \"";

/// Meaning-drift findings of a claim given to another speaker where an
/// entity-drift finding gives the same words to another speaker too ("Fenn
/// said" → "The inspector noted", the quotation turned into the inspector's
/// reported speech): one swap, which entity-drift names.
fn drop_speakers_judged_as_names(findings: &mut Vec<Finding>) {
    drop_overlapping(
        findings,
        |f| f.rule == "entity-drift" && f.message.contains(GIVEN_TO),
        |f| f.rule == "meaning-drift" && f.message.contains(GIVEN_TO),
    );
}

/// Drops each finding `dropped` picks whose words overlap those of a
/// finding `kept` picks: one defect, which the kept finding names.
fn drop_overlapping(
    findings: &mut Vec<Finding>,
    kept: impl Fn(&Finding) -> bool,
    dropped: impl Fn(&Finding) -> bool,
) {
    let spans: Vec<(usize, usize)> = findings
        .iter()
        .filter(|f| kept(f))
        .map(|f| (f.start, f.end))
        .collect();
    if spans.is_empty() {
        return;
    }
    findings.retain(|f| !(dropped(f) && spans.iter().any(|&(a, b)| a < f.end && f.start < b)));
}

/// Meaning-drift findings that another rule's finding on the same words
/// explains: an attribution "dropped" from a sentence cut short (fragment:
/// "has not had a positive test since." lost "since August 2023, the court
/// was told" with its tail), a cap or floor "dropped" from a figure that
/// stands in for another (number-drift: "fell as much as 7% … before closing
/// down 2.6%" → "closed down 7%").
fn drop_meaning_on_cut_sentences_and_changed_figures(findings: &mut Vec<Finding>) {
    let explains = |f: &Finding, g: &Finding| {
        let dropped = f.message.contains("was dropped");
        let attribution = f.message.starts_with("the source's attribution");
        let bound = ["the source's cap on", "the source's floor on"]
            .iter()
            .any(|m| f.message.starts_with(m));
        dropped
            && (attribution && g.rule == "fragment" && g.message.starts_with("sentence stops on")
                || bound && g.rule == "number-drift")
            && g.start < f.end
            && f.start < g.end
    };
    let explained: Vec<bool> = findings
        .iter()
        .map(|f| f.rule == "meaning-drift" && findings.iter().any(|g| explains(f, g)))
        .collect();
    let mut explained = explained.into_iter();
    findings.retain(|_| !explained.next().unwrap_or(false));
}

/// Meaning-drift findings inside a quotation a misquote finding reports,
/// other than a modal, belief or evidence word changed or a hedge dropped:
/// a figure's "about" cut, a move overstated, a rank raised, an attempt
/// told as done or a cause stated inside a reworded quotation is the
/// misquote's damage, which the copy's authors label misquote alone.
fn drop_meaning_inside_misquotes(findings: &mut Vec<Finding>) {
    let quotes: Vec<(usize, usize)> = findings
        .iter()
        .filter(|f| f.rule == "misquote")
        .map(|f| (f.start, f.end))
        .collect();
    if quotes.is_empty() {
        return;
    }
    findings.retain(|f| {
        f.rule != "meaning-drift"
            || crate::checks::meaning_drift::drifts_inside_quotes(&f.message)
            || !quotes.iter().any(|&(a, b)| a <= f.start && f.end <= b)
    });
}

/// Number-drift findings of a figure added or missing inside a quotation a
/// misquote finding reports as reworded between a figure and words ("lower
/// emissions" → "zero emissions", "in twenty years" → "in a generation") or
/// in words alone: the quote's rewording, which misquote names. A figure
/// changed into another figure ("2" → "3") stays number-drift's too.
fn drop_figures_a_misquote_words(findings: &mut Vec<Finding>) {
    let has_figure = |s: &str| s.chars().any(|c| c.is_ascii_digit());
    let quotes: Vec<(usize, usize)> = findings
        .iter()
        .filter(|f| f.rule == "misquote")
        .filter(|f| {
            let mut sides = f.message.split(" became ");
            match (sides.next(), sides.next()) {
                (Some(from), Some(to)) => !(has_figure(from) && has_figure(to)),
                _ => false,
            }
        })
        .map(|f| (f.start, f.end))
        .collect();
    if quotes.is_empty() {
        return;
    }
    findings.retain(|f| {
        !(f.rule == "number-drift"
            && (crate::checks::number_drift::is_added_figure(&f.message)
                || crate::checks::number_drift::is_missing_figure(&f.message))
            && quotes.iter().any(|&(a, b)| a <= f.start && f.end <= b))
    });
}

/// Entity-drift and spelling findings inside a sentence unsupported-content
/// reports as having no counterpart in the source: the sentence is the
/// defect, reported whole, and a name or word in it has no source words to
/// be drawn from (a name styled otherwise, "Castlemere college", or a word
/// the dictionary lacks, "declutter", that the source would have vouched for).
fn drop_words_of_unsupported_sentences(findings: &mut Vec<Finding>) {
    drop_overlapping(
        findings,
        |f| f.rule == "unsupported-content",
        |f| f.rule == "entity-drift" || f.rule == "spelling",
    );
}
