//! Dumps every one- or two-word-for-as-many substitution of the labeled pairs under
//! a folder, with its labels and whether garbled-phrase flags it, for tuning.
//!
//! `cargo run --release --example swap_dump -- eval/tune [SKIP...] > swaps.tsv`
//!
//! Pairs whose path contains "heldout" or any SKIP (e.g. `/t178` for pairs
//! kept unread) are left out.
//!
//! One tab-separated line a swap, its columns:
//!
//! 1. the pair's folder name;
//! 2. the source words, space-separated;
//! 3. the suspect words that took their place;
//! 4. the stems of the source words;
//! 5. the stems of the suspect words;
//! 6. the source token before the swap and 7. the one after it (normalised;
//!    "_" past either end of the text);
//! 8. the second and 9. the first suspect token before the swap, 10. the
//!    first and 11. the second after it (likewise);
//! 12. the labels (rule names, or "clean") whose span overlaps the swap's
//!     suspect words as a whole, comma-joined, or "-": a label on one word of
//!     a two-word swap counts for both, so count per swap here, not per word;
//! 13. the rules spincheck flags overlapping the swap, comma-joined, or "-";
//! 14. whether the first suspect word is capitalised;
//! 15. the suspect sentence;
//! 16. per suspect word, in the order of column 3 and space-separated, the
//!     labels whose span takes in (any part of) that word itself,
//!     comma-joined, or "-"
//!     ("garbled-phrase -": the label is on the first word only): count
//!     labelled against clean per suspect word with this one.
//!
//! Labels for omitted content are left out of columns 12 and 16.

#[path = "common/labeled.rs"]
mod labeled;

use labeled::{Checked, checked_pairs, labels_over, rules_over};
use spincheck::align::units::Units;
use spincheck::text::Document;

/// The stems of `words`, space-separated, as the curated tables key them.
fn stems(words: &[String]) -> String {
    words
        .iter()
        .map(|w| spincheck::text::words::stem(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `items` comma-joined, or "-" when there are none.
fn joined(items: &[&str]) -> String {
    if items.is_empty() {
        "-".to_string()
    } else {
        items.join(",")
    }
}

fn main() {
    for Checked {
        dir,
        pair,
        report,
        doc,
        src,
        alignment,
    } in checked_pairs("usage: swap_dump DIR [SKIP...]")
    {
        let word = |d: &Document, t: usize| {
            d.tokens
                .get(t)
                .map_or(String::from("_"), |x| x.norm.to_string())
        };
        for p in &alignment.pairs {
            for e in p.substitutions() {
                let (theirs, ours) = (
                    Units::new(&src, e.source.clone()),
                    Units::new(&doc, e.suspect.clone()),
                );
                let n = theirs.text.len();
                if !(1..=2).contains(&n) || ours.text.len() != n {
                    continue;
                }
                let alpha = |u: &Units| u.text.iter().all(|w| w.chars().all(char::is_alphabetic));
                if !alpha(&theirs) || !alpha(&ours) {
                    continue;
                }
                let (a, b) = (theirs.text.join(" "), ours.text.join(" "));
                let (ts, tt) = (theirs.token[0], ours.token[0]);
                let (ts_end, tt_end) = (theirs.token[n - 1], ours.token[n - 1]);
                let (start, end) = doc.token_span(tt..tt_end + 1);
                let labels = labels_over(&pair, start, end);
                let word_labels: Vec<String> = ours.token[..n]
                    .iter()
                    .map(|&t| {
                        let (from, to) = doc.token_span(t..t + 1);
                        joined(&labels_over(&pair, from, to))
                    })
                    .collect();
                let rules = rules_over(&report, start, end);
                let cap = doc.is_capitalized(tt);
                println!(
                    "{}\t{a}\t{b}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    dir.file_name().unwrap().to_string_lossy(),
                    stems(&theirs.text),
                    stems(&ours.text),
                    word(&src, ts.wrapping_sub(1)),
                    word(&src, ts_end + 1),
                    word(&doc, tt.wrapping_sub(2)),
                    word(&doc, tt.wrapping_sub(1)),
                    word(&doc, tt_end + 1),
                    word(&doc, tt_end + 2),
                    joined(&labels),
                    joined(&rules),
                    cap,
                    doc.sentence_text(doc.sentence_of(tt).unwrap_or(0))
                        .replace(['\t', '\n'], " "),
                    word_labels.join(" "),
                );
            }
        }
    }
}
