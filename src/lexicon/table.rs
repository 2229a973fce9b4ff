//! Lookups in the hash tables `build.rs` lays out over the embedded word lists.

use super::layout::{SLOT, hash, unpack};

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
    /// The value stored with `key`, if it is in the table.
    pub fn get(&self, key: &str) -> Option<u32> {
        self.entry(key).map(|(_, value)| value)
    }

    /// Where `key` ends in the text, and its value, if it is in the table.
    pub fn entry(&self, key: &str) -> Option<(usize, u32)> {
        self.entry_of_bytes(key.as_bytes())
    }

    /// The value stored with the key whose bytes are `key`, if it is in the
    /// table (a key put together in a buffer need not be checked as text).
    pub fn get_bytes(&self, key: &[u8]) -> Option<u32> {
        self.entry_of_bytes(key).map(|(_, value)| value)
    }

    /// [`Table::entry`] of a key's bytes.
    fn entry_of_bytes(&self, key: &[u8]) -> Option<(usize, u32)> {
        let mask = self.slots.len() / SLOT - 1;
        let mut i = hash(key) as usize & mask;
        loop {
            let span = word(self.slots, 2 * i);
            if span == 0 {
                return None;
            }
            let range = unpack(span);
            if self.text.as_bytes().get(range.clone()) == Some(key) {
                return Some((range.end, word(self.slots, 2 * i + 1)));
            }
            i = (i + 1) & mask;
        }
    }
}

/// The `i`th `u32` of a little-endian array `build.rs` wrote.
pub fn word(bytes: &[u8], i: usize) -> u32 {
    let b = &bytes[4 * i..4 * i + 4];
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}
