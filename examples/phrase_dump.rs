//! Dumps every substitution of up to four units a side of the labeled pairs
//! under a folder as JSON lines, with the aligned sentences' units around it,
//! its labels and the rules that flag it, for choosing multi-word table
//! entries (spun phrases, fixed terms, idioms, in-context swaps).
//!
//! `cargo run --release --example phrase_dump -- eval/tune [SKIP...] > phrases.jsonl`
//!
//! Pairs whose path contains "heldout" or any SKIP are left out.
//!
//! One JSON object a line, its keys:
//!
//! - `pair`: the pair's folder name;
//! - `src`, `sus`: the units of the aligned source and suspect sentences;
//! - `j`, `n`: where in `src` the swapped source units start, and how many;
//! - `k`, `m`: likewise in `sus` for the suspect units that took their place;
//! - `src_cap`: per unit of `src`, whether its token is capitalised;
//! - `src_stem`, `sus_stem`: the stems of the units of `src` and `sus`;
//! - `src_stop`: per unit of `src`, whether it is a stopword;
//! - `src_first`: whether the swapped source units open their sentence;
//! - `labels`: the labels (rule names, or "clean") whose span overlaps the
//!   swapped suspect units, omitted content left out;
//! - `rules`: the rules spincheck flags overlapping them.

#[path = "common/labeled.rs"]
mod labeled;

use labeled::{Checked, checked_pairs, labels_over, rules_over};
use spincheck::align::units::Units;
use spincheck::text::Document;
use spincheck::text::words::{is_stopword, stem};

fn main() {
    for Checked {
        dir,
        pair,
        report,
        doc,
        src,
        alignment,
    } in checked_pairs("usage: phrase_dump DIR [SKIP...]")
    {
        for p in &alignment.pairs {
            let caps = |d: &Document, u: &Units| -> Vec<bool> {
                u.token.iter().map(|&t| d.is_capitalized(t)).collect()
            };
            for e in p.substitutions() {
                let (theirs, ours) = (
                    Units::new(&src, e.source.clone()),
                    Units::new(&doc, e.suspect.clone()),
                );
                let (n, m) = (theirs.text.len(), ours.text.len());
                if !(1..=4).contains(&n) || !(1..=4).contains(&m) {
                    continue;
                }
                let at = |all: &Units, u: &Units| all.token.iter().position(|&t| t == u.token[0]);
                let (Some(j), Some(k)) =
                    (at(&p.source_units, &theirs), at(&p.suspect_units, &ours))
                else {
                    continue;
                };
                let (tt, tt_end) = (ours.token[0], ours.token[m - 1]);
                let (start, end) = doc.token_span(tt..tt_end + 1);
                let labels = labels_over(&pair, start, end);
                let rules = rules_over(&report, start, end);
                let sentence_start = |d: &Document, t: usize| {
                    d.sentence_of(t)
                        .is_some_and(|s| d.sentences[s].tokens.start == t)
                };
                let line = serde_json::json!({
                    "pair": dir.file_name().unwrap().to_string_lossy(),
                    "j": j, "n": n, "k": k, "m": m,
                    "src": p.source_units.words(),
                    "sus": p.suspect_units.words(),
                    "src_cap": caps(&src, &p.source_units),
                    "src_stem": p.source_units.text.iter().map(|w| stem(w)).collect::<Vec<_>>(),
                    "sus_stem": p.suspect_units.text.iter().map(|w| stem(w)).collect::<Vec<_>>(),
                    "src_stop": p.source_units.text.iter().map(|w| is_stopword(w)).collect::<Vec<_>>(),
                    "src_first": sentence_start(&src, theirs.token[0]),
                    "labels": labels,
                    "rules": rules,
                });
                println!("{line}");
            }
        }
    }
}
