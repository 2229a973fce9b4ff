//! Word-level diff of an aligned sentence group, with token spans on both sides.
//!
//! Both sides are compared as canonical units (lower case, contractions expanded,
//! number words as digits, hyphenated words split), so "it'll" equals "it will"
//! and "three" equals "3"; every edit maps back to token ranges of its document.
//! A run moved whole within the group (an attribution carried to the other end
//! of the sentence) is found by [`moves`] and kept as an equal run; other moved
//! text shows as a deletion here and an insertion there, and such pieces are
//! diffed against each other to recover the word swaps made inside them.

mod moves;

use super::units::Units;
use crate::text::Document;
use similar::{Algorithm, DiffOp, capture_diff_slices};
use std::ops::Range;

/// What an edit does to the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditKind {
    /// The same words on both sides.
    Equal,
    /// Words only the suspect has.
    Insert,
    /// Words only the source has.
    Delete,
    /// Source words replaced by other suspect words.
    Replace,
}

/// One run of the word diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// What happened.
    pub kind: EditKind,
    /// Token indices in the suspect (empty for a deletion, positioned where it happened).
    pub suspect: Range<usize>,
    /// Token indices in the source (empty for an insertion).
    pub source: Range<usize>,
}

/// Shared words a moved piece needs with a deleted piece to be diffed against it.
const MOVE_ANCHORS: usize = 2;

/// An edit in unit indices.
struct UnitEdit {
    kind: EditKind,
    old: Range<usize>,
    new: Range<usize>,
}

fn unit_edits(old: &[String], new: &[String]) -> Vec<UnitEdit> {
    capture_diff_slices(Algorithm::Myers, old, new)
        .into_iter()
        .map(|op| {
            let kind = match op {
                DiffOp::Equal { .. } => EditKind::Equal,
                DiffOp::Delete { .. } => EditKind::Delete,
                DiffOp::Insert { .. } => EditKind::Insert,
                DiffOp::Replace { .. } => EditKind::Replace,
            };
            UnitEdit {
                kind,
                old: op.old_range(),
                new: op.new_range(),
            }
        })
        .collect()
}

/// Whether `a` and `b` may share `n` units, each unit of `b` paired with
/// one of `a` at most: false only when they surely share fewer (a piece of
/// more than 64 units is taken to share enough).
fn shares_at_least(a: &[String], b: &[String], n: usize) -> bool {
    if a.len() < n || b.len() < n {
        return false;
    }
    if b.len() > u64::BITS as usize {
        return true;
    }
    let (mut taken, mut shared) = (0u64, 0);
    for x in a {
        if let Some(j) = (0..b.len()).find(|&j| taken & 1 << j == 0 && b[j] == *x) {
            taken |= 1 << j;
            shared += 1;
            if shared >= n {
                return true;
            }
        }
    }
    false
}

/// The word diff of an aligned group and the substitutions found inside moved text.
pub struct WordDiff {
    /// The ordered edits.
    pub edits: Vec<Edit>,
    /// Substitutions recovered by diffing deleted pieces against inserted pieces elsewhere.
    pub moved: Vec<Edit>,
    /// The source side as the canonical units the diff compared.
    pub source_units: Units,
    /// The suspect side as units.
    pub suspect_units: Units,
}

/// Diffs suspect tokens against source tokens, word by word.
pub fn word_diff(
    suspect: &Document,
    suspect_tokens: Range<usize>,
    source: &Document,
    source_tokens: Range<usize>,
) -> WordDiff {
    let new = Units::new(suspect, suspect_tokens);
    let old = Units::new(source, source_tokens);
    let ops = unit_edits(&old.text, &new.text);
    let to_edit = |kind, o: Range<usize>, n: Range<usize>| Edit {
        kind,
        suspect: new.tokens(n),
        source: old.tokens(o),
    };
    let ordered = moves::diff_with_moves(&old.text, &new.text, &ops);
    let edits = ordered
        .as_deref()
        .unwrap_or(&ops)
        .iter()
        .map(|e| to_edit(e.kind, e.old.clone(), e.new.clone()))
        .collect();
    let mut moved = Vec::new();
    let deleted = ops
        .iter()
        .filter(|e| !e.old.is_empty() && e.kind != EditKind::Equal);
    for d in deleted {
        let inserted = ops
            .iter()
            .filter(|e| !e.new.is_empty() && e.kind != EditKind::Equal && e.old != d.old);
        for i in inserted {
            let (gone, came) = (&old.text[d.old.clone()], &new.text[i.new.clone()]);
            // The equal runs of a diff pair equal units in order, so they
            // number no more than the units the pieces share: pieces sharing
            // too few are not diffed.
            if !shares_at_least(gone, came, MOVE_ANCHORS) {
                continue;
            }
            let sub = unit_edits(gone, came);
            let anchors: usize = sub
                .iter()
                .filter(|s| s.kind == EditKind::Equal)
                .map(|s| s.old.len())
                .sum();
            if anchors < MOVE_ANCHORS {
                continue;
            }
            moved.extend(sub.iter().filter(|s| s.kind == EditKind::Replace).map(|s| {
                let o = d.old.start + s.old.start..d.old.start + s.old.end;
                let n = i.new.start + s.new.start..i.new.start + s.new.end;
                to_edit(EditKind::Replace, o, n)
            }));
        }
    }
    WordDiff {
        edits,
        moved,
        source_units: old,
        suspect_units: new,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Swaps = Vec<(String, String)>;

    fn changes(source: &str, suspect: &str) -> (Swaps, Swaps) {
        let (source, suspect) = (Document::new(source), Document::new(suspect));
        let diff = word_diff(
            &suspect,
            0..suspect.tokens.len(),
            &source,
            0..source.tokens.len(),
        );
        let show = |edits: &[Edit]| {
            edits
                .iter()
                .filter(|e| e.kind != EditKind::Equal)
                .map(|e| {
                    (
                        source.span_text(e.source.clone()).to_string(),
                        suspect.span_text(e.suspect.clone()).to_string(),
                    )
                })
                .collect()
        };
        (show(&diff.edits), show(&diff.moved))
    }

    #[test]
    fn contractions_and_number_words_are_equal() {
        let (edits, _) = changes(
            "It will spend $50 billion over the next three years.",
            "It'll spend $50 billion over the following 3 years.",
        );
        assert_eq!(edits, [("next".to_string(), "following".to_string())]);
    }

    #[test]
    fn finds_swaps_inside_moved_text() {
        let (edits, moved) = changes(
            "Wu said last week that the results showed substantial progress in all core units.",
            "The results showed adequate progress in all core units, Wu stated last week.",
        );
        let in_place = ("substantial".to_string(), "adequate".to_string());
        let in_moved_text = ("said".to_string(), "stated".to_string());
        assert!(edits.contains(&in_place), "{edits:?}");
        assert_eq!(moved, [in_moved_text]);
    }
}
