//! Links between words from the Moby Thesaurus II (Grady Ward, public
//! domain; see NOTICE) that WordNet does not make, as
//! `tools/moby-thesaurus.py` derives them: between two common nouns or
//! adjectives sharing no WordNet synset, each link written once, under the
//! word sorting first.

use super::table::{Table, built};
use super::wordnet;

const LINKS: &str = include_str!("../../data/lexicon/thesaurus.tsv");

static LINK_TABLE: Table = Table {
    text: LINKS,
    slots: built!("thesaurus.slots"),
};

/// Whether the thesaurus links the two words as written.
fn linked(a: &str, b: &str) -> bool {
    let (first, second) = if a < b { (a, b) } else { (b, a) };
    LINK_TABLE.get(first).is_some_and(|at| {
        let rest = &LINKS[at as usize..];
        let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
        line.split(',').any(|w| w == second)
    })
}

/// Whether the Moby Thesaurus links `a` and `b` (or base forms of them,
/// "accounts" for "account") where WordNet does not ("director", "chief").
/// Its entries are loose (they list a word's kin, even its opposites), so a
/// link is evidence of word-for-word spinning only beside other signs.
pub fn related(a: &str, b: &str) -> bool {
    a != b
        && (linked(a, b) || {
            let (la, lb) = (wordnet::lemmas(a), wordnet::lemmas(b));
            la.iter().any(|x| lb.iter().any(|y| x != y && linked(x, y)))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_found_in_the_built_table_both_ways() {
        for line in LINKS.lines().step_by(40) {
            let (word, others) = line.split_once('\t').expect("a tab");
            for other in others.split(',') {
                assert!(
                    related(word, other) && related(other, word),
                    "{word} {other}"
                );
            }
        }
    }

    #[test]
    fn links_words_and_their_inflections_wordnet_does_not() {
        assert!(related("director", "chief"));
        assert!(related("directors", "chiefs"));
        assert!(!related("director", "director"));
        assert!(!related("large", "big"));
    }
}
