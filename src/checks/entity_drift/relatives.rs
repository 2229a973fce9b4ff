//! A relative put for another: "his son" → "his brother", "her mother" →
//! "her aunt". Naming the same relative in other words ("wife" →
//! "spouse", "father" → "dad", "son" → "child") passes.

use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::text::Document;

/// Words for relatives: the relation each names and its sex, where it
/// tells one ('m', 'f'; '-' for either).
const KIN: &[(&str, &str, char)] = &[
    ("son", "child", 'm'),
    ("daughter", "child", 'f'),
    ("child", "child", '-'),
    ("brother", "sibling", 'm'),
    ("sister", "sibling", 'f'),
    ("sibling", "sibling", '-'),
    ("father", "parent", 'm'),
    ("dad", "parent", 'm'),
    ("mother", "parent", 'f'),
    ("mum", "parent", 'f'),
    ("mom", "parent", 'f'),
    ("parent", "parent", '-'),
    ("husband", "spouse", 'm'),
    ("wife", "spouse", 'f'),
    ("spouse", "spouse", '-'),
    ("partner", "spouse", '-'),
    ("widow", "spouse", 'f'),
    ("widower", "spouse", 'm'),
    ("grandson", "grandchild", 'm'),
    ("granddaughter", "grandchild", 'f'),
    ("grandchild", "grandchild", '-'),
    ("grandfather", "grandparent", 'm'),
    ("grandmother", "grandparent", 'f'),
    ("grandparent", "grandparent", '-'),
    ("uncle", "parent's sibling", 'm'),
    ("aunt", "parent's sibling", 'f'),
    ("nephew", "sibling's child", 'm'),
    ("niece", "sibling's child", 'f'),
    ("cousin", "cousin", '-'),
];

/// The relation and sex a word for a relative names, in the singular or
/// the plural ("sons", "children").
fn kin(word: &str) -> Option<(&'static str, char)> {
    let singular = match word {
        "children" => "child",
        "grandchildren" => "grandchild",
        w => w.strip_suffix('s').filter(|s| s.len() > 2).unwrap_or(w),
    };
    KIN.iter()
        .find(|(w, ..)| *w == word || *w == singular)
        .map(|&(_, relation, sex)| (relation, sex))
}

/// Flags a one-word swap on the suspect side of `pair` of a relative for
/// another relation, or for the other sex.
pub(super) fn changed_relatives(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    for e in pair.substitutions() {
        if e.source.len() != 1 || e.suspect.len() != 1 {
            continue;
        }
        let (was, now) = (src.norm_at(e.source.start), doc.norm_at(e.suspect.start));
        let (Some((relation, sex)), Some((new_relation, new_sex))) = (kin(was), kin(now)) else {
            continue;
        };
        let other_sex = sex != '-' && new_sex != '-' && sex != new_sex;
        if relation != new_relation || other_sex {
            let (start, end) = doc.token_span(e.suspect.clone());
            out.push(
                Diagnostic::new(
                    start,
                    end,
                    format!("\"{was}\" became \"{now}\": another relative"),
                )
                .suggest(was)
                .evidence(was),
            );
        }
    }
}
