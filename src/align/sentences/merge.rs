//! Two neighbouring source sentences merged into one suspect sentence.

use super::{Bags, GROUP_GAIN, SentenceMatch};

/// Share of a source sentence's own weight the suspect sentence must render
/// for it to join a merge: "Whitcombe said the system would not pay a ransom"
/// renders "Whitcombe declined to answer when asked whether the system would
/// pay", not the neighbouring "Calloway has not said whether it received a
/// ransom demand", though "said" and "ransom" add to the similarity.
const MERGE_CONTAINMENT: f32 = 0.3;

/// Grows a single match `i` → `j` over a neighbouring source sentence that adds
/// to it and that the suspect sentence renders a good part of.
pub(super) fn extend_source(bags: &Bags, i: usize, j: usize, score: f32) -> SentenceMatch {
    let mut best = SentenceMatch {
        suspect: i..i + 1,
        source: j..j + 1,
        score,
    };
    for candidate in [
        j.saturating_sub(1)..j + 1,
        j..(j + 2).min(bags.source.len()),
    ] {
        if candidate.len() < 2 {
            continue;
        }
        let s = bags.similarity(i..i + 1, candidate.clone());
        if s < best.score + GROUP_GAIN {
            continue;
        }
        let added = if candidate.start < j {
            candidate.start
        } else {
            candidate.end - 1
        };
        let (own_shared, _, own_mass) = bags.overlap(i..i + 1, added..added + 1);
        if own_shared >= MERGE_CONTAINMENT * own_mass {
            best = SentenceMatch {
                suspect: i..i + 1,
                source: candidate,
                score: s,
            };
        }
    }
    best
}
