//! Lookups in the hash tables `build.rs` lays out over the embedded word lists.

use super::layout::{SLOT, hash};

/// Includes a file `build.rs` wrote.
macro_rules! built {
    ($name:literal) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/", $name))
    };
}
pub(crate) use built;

/// A built hash table over the keys of an embedded text.
pub struct Table {
    /// The text the keys are spans of.
    pub text: &'static str,
    /// The slots, laid out as [`super::layout`] says.
    pub slots: &'static [u8],
}

impl Table {
    /// The two values stored with `key`, if it is in the table.
    pub fn get(&self, key: &str) -> Option<(u32, u32)> {
        let mask = self.slots.len() / SLOT - 1;
        let mut i = hash(key.as_bytes()) as usize & mask;
        loop {
            let [start, end, a, b] = self.slot(i);
            if end == 0 {
                return None;
            }
            if self.text.as_bytes().get(start as usize..end as usize) == Some(key.as_bytes()) {
                return Some((a, b));
            }
            i = (i + 1) & mask;
        }
    }

    fn slot(&self, i: usize) -> [u32; 4] {
        let s = &self.slots[i * SLOT..(i + 1) * SLOT];
        std::array::from_fn(|k| {
            u32::from_le_bytes([s[4 * k], s[4 * k + 1], s[4 * k + 2], s[4 * k + 3]])
        })
    }
}

/// The `u32`s of a little-endian array `build.rs` wrote, from `first` to `end`.
pub fn words(bytes: &'static [u8], first: u32, end: u32) -> impl Iterator<Item = u32> + Clone {
    bytes[first as usize * 4..end as usize * 4]
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
}
