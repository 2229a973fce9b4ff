//! Text moved within an aligned group: "X, officials said" for "Officials
//! said X", an attribution or clause carried to the other end of the sentence.
//!
//! A diff keeps one order, so a moved piece shows as a deletion in one place
//! and an insertion in another, and the insertion is often paired with
//! unrelated words deleted next to it ("though no decision has been made" →
//! "officials said"). Runs of words the diff left unmatched on both sides,
//! identical and holding two content words or more, are taken as moved:
//! they are set aside, the rest is diffed again, and each comes back as an
//! equal run.

use super::{EditKind, UnitEdit, unit_edits};
use crate::lexicon::negation::is_negator_word;
use crate::text::words::{GROUP_LEADS, is_stopword};
use std::ops::Range;

/// Fewest content words a run must hold to be taken as moved: a shorter run
/// ("caused by", "had concluded") is as often a source phrase reused for
/// another in place ("were linked to" → "were caused by").
const MOVED_CONTENT: usize = 2;

/// Whether a unit is a content word: no stop word, auxiliary or negator, which
/// recur in any sentence ("did not fund" and "did not intend" share "did not").
fn content_word(unit: &str) -> bool {
    !is_stopword(unit) && !GROUP_LEADS.contains(&unit) && !is_negator_word(unit)
}

/// Unit indices of a side the diff left unmatched.
fn unmatched(len: usize, ops: &[UnitEdit], side: fn(&UnitEdit) -> &Range<usize>) -> Vec<bool> {
    let mut out = vec![false; len];
    for op in ops.iter().filter(|op| op.kind != EditKind::Equal) {
        out[side(op).clone()].fill(true);
    }
    out
}

/// The longest run of units unmatched on both sides and equal, as (old start,
/// new start, length).
fn longest_run(
    old: &[String],
    new: &[String],
    free_old: &[bool],
    free_new: &[bool],
) -> Option<(usize, usize, usize)> {
    let mut best: Option<(usize, usize, usize)> = None;
    for a in (0..old.len()).filter(|&a| free_old[a]) {
        for b in (0..new.len()).filter(|&b| free_new[b] && old[a] == new[b]) {
            // Only runs starting here, not inside a longer one.
            if a > 0 && b > 0 && free_old[a - 1] && free_new[b - 1] && old[a - 1] == new[b - 1] {
                continue;
            }
            let len = (0..)
                .take_while(|&t| {
                    a + t < old.len()
                        && b + t < new.len()
                        && free_old[a + t]
                        && free_new[b + t]
                        && old[a + t] == new[b + t]
                })
                .count();
            let content = old[a..a + len].iter().filter(|u| content_word(u)).count();
            if content >= MOVED_CONTENT && best.is_none_or(|(_, _, l)| len > l) {
                best = Some((a, b, len));
            }
        }
    }
    best
}

/// Maps a range of the units kept (`kept` holds their original indices) back
/// to original indices; an empty range goes just after the kept unit before it.
fn original(kept: &[usize], r: &Range<usize>) -> Range<usize> {
    if r.is_empty() {
        let at = r.start.checked_sub(1).map_or(0, |k| kept[k] + 1);
        return at..at;
    }
    kept[r.start]..kept[r.end - 1] + 1
}

/// The diff of `old` and `new` with moved runs found and returned as equal
/// runs at their place in `new`; `None` when nothing moved.
pub(super) fn diff_with_moves(
    old: &[String],
    new: &[String],
    ops: &[UnitEdit],
) -> Option<Vec<UnitEdit>> {
    // A move leaves units unmatched on both sides; most pairs have none.
    let changed = |side: fn(&UnitEdit) -> &Range<usize>| {
        ops.iter()
            .any(|op| op.kind != EditKind::Equal && !side(op).is_empty())
    };
    if !changed(|op| &op.old) || !changed(|op| &op.new) {
        return None;
    }
    let mut free_old = unmatched(old.len(), ops, |op| &op.old);
    let mut free_new = unmatched(new.len(), ops, |op| &op.new);
    let mut runs = Vec::new();
    while let Some((a, b, len)) = longest_run(old, new, &free_old, &free_new) {
        free_old[a..a + len].fill(false);
        free_new[b..b + len].fill(false);
        runs.push(UnitEdit {
            kind: EditKind::Equal,
            old: a..a + len,
            new: b..b + len,
        });
    }
    if runs.is_empty() {
        return None;
    }
    let mut moved_old = vec![false; old.len()];
    let mut moved_new = vec![false; new.len()];
    for r in &runs {
        moved_old[r.old.clone()].fill(true);
        moved_new[r.new.clone()].fill(true);
    }
    let keep = |moved: &[bool]| -> Vec<usize> { (0..moved.len()).filter(|&k| !moved[k]).collect() };
    let (kept_old, kept_new) = (keep(&moved_old), keep(&moved_new));
    let pick = |units: &[String], kept: &[usize]| -> Vec<String> {
        kept.iter().map(|&k| units[k].clone()).collect()
    };
    let rest = unit_edits(&pick(old, &kept_old), &pick(new, &kept_new));
    let mut out: Vec<UnitEdit> = rest
        .into_iter()
        .map(|op| UnitEdit {
            kind: op.kind,
            old: original(&kept_old, &op.old),
            new: original(&kept_new, &op.new),
        })
        .chain(runs)
        .collect();
    out.sort_by_key(|op| op.new.start);
    Some(out)
}
