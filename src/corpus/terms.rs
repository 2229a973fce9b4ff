//! An index's term dictionary as flat arrays: the terms in id order as
//! [`Strings`], and an open-addressing hash table of ids. An index file stores
//! the arrays as raw blocks, so loading a corpus of a million terms allocates
//! three buffers instead of a million strings.

use super::strings::Strings;
use crate::lexicon::layout::hash;
use rustc_hash::FxHashMap;

/// Term ids by text.
#[derive(Debug)]
pub struct Terms {
    /// Every term, in id order.
    strings: Strings,
    /// A power-of-two table of `id + 1` (0 marks an empty slot); collisions
    /// probe linearly, and at least one slot is always empty.
    slots: Vec<u32>,
}

impl Default for Terms {
    fn default() -> Self {
        Terms::new(FxHashMap::default())
    }
}

impl Terms {
    /// Lays out terms numbered `0..terms.len()`.
    pub fn new(terms: FxHashMap<String, u32>) -> Self {
        let mut by_id: Vec<(u32, String)> = terms.into_iter().map(|(t, id)| (id, t)).collect();
        by_id.sort_unstable_by_key(|&(id, _)| id);
        let mut strings = Strings::default();
        for (_, term) in &by_id {
            strings.push(term.as_bytes());
        }
        let capacity = (by_id.len() * 3 / 2 + 1).next_power_of_two();
        let mut slots = vec![0u32; capacity];
        for (id, term) in &by_id {
            let mut i = slot_of(term.as_bytes(), capacity);
            while slots[i] != 0 {
                i = (i + 1) & (capacity - 1);
            }
            slots[i] = id + 1;
        }
        Terms { strings, slots }
    }

    /// The id of `term`, if the corpus has it.
    pub fn get(&self, term: &str) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut i = slot_of(term.as_bytes(), self.slots.len());
        loop {
            let id = self.slots[i].checked_sub(1)?;
            if self.strings.get(id as usize) == term.as_bytes() {
                return Some(id);
            }
            i = (i + 1) & mask;
        }
    }

    /// How many terms there are.
    pub fn len(&self) -> usize {
        self.strings.len()
    }

    /// Whether there are no terms.
    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }

    /// The terms and the table, to be saved as blocks.
    pub fn arrays(&self) -> (&Strings, &[u32]) {
        (&self.strings, &self.slots)
    }

    /// Terms from arrays [`Terms::arrays`] gave, if the table is a power of
    /// two in size holding every id once with a slot to spare (so a lookup
    /// always stops).
    pub fn from_arrays(strings: Strings, slots: Vec<u32>) -> Option<Self> {
        let n = strings.len();
        // At most `u32::MAX` slots, so no count below overflows.
        let sized =
            slots.len().is_power_of_two() && slots.len() > n && u32::try_from(slots.len()).is_ok();
        // Ids in range and each held once, as many as there are terms: the
        // slots holding each id are counted (empty slots under 0, ids out of
        // range under n + 1), without a branch, and every id's count must be
        // 1, that of ids out of range 0.
        let mut held = vec![0u32; n + 2];
        let beyond = n + 1;
        for &s in &slots {
            held[(s as usize).min(beyond)] += 1;
        }
        let once = held[1..=n]
            .iter()
            .fold(held[beyond], |other, &count| other | (count ^ 1))
            == 0;
        (sized && once).then_some(Terms { strings, slots })
    }
}

/// The home slot of a key in a table of `capacity` (a power of two) slots.
fn slot_of(key: &[u8], capacity: usize) -> usize {
    hash(key) as usize & (capacity - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(words: &[&str]) -> Terms {
        Terms::new(
            words
                .iter()
                .enumerate()
                .map(|(id, w)| (w.to_string(), id as u32))
                .collect(),
        )
    }

    #[test]
    fn every_term_is_found_by_its_id_and_others_are_not() {
        let words: Vec<String> = (0..500).map(|n| format!("term{n}")).collect();
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        let t = terms(&refs);
        for (id, w) in words.iter().enumerate() {
            assert_eq!(t.get(w), Some(id as u32));
        }
        assert_eq!(t.get("term500"), None);
        assert_eq!(t.get(""), None);
        assert_eq!(Terms::default().get("any"), None);
    }

    #[test]
    fn arrays_round_trip_and_damage_is_refused() {
        let t = terms(&["harbour", "strike", "2024"]);
        let (strings, slots) = t.arrays();
        let copy = || {
            let (text, ends) = strings.arrays();
            Strings::from_arrays(text.to_vec(), ends.to_vec()).unwrap()
        };
        let back = Terms::from_arrays(copy(), slots.to_vec()).unwrap();
        assert_eq!(back.get("strike"), Some(1));
        // Every slot full: a lookup would never stop.
        assert!(Terms::from_arrays(copy(), vec![1, 2, 3, 1]).is_none());
        // An id out of range, a table not a power of two.
        let mut bad = slots.to_vec();
        let at = bad.iter().position(|&s| s != 0).unwrap();
        bad[at] = 9;
        assert!(Terms::from_arrays(copy(), bad).is_none());
        assert!(Terms::from_arrays(copy(), vec![0; 6]).is_none());
        // An id missing; an id held twice.
        let mut missing = slots.to_vec();
        missing[at] = 0;
        assert!(Terms::from_arrays(copy(), missing).is_none());
        let mut twice = slots.to_vec();
        let empty = twice.iter().position(|&s| s == 0).unwrap();
        twice[empty] = slots[at];
        assert!(Terms::from_arrays(copy(), twice).is_none());
    }
}
