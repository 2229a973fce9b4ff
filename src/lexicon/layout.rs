//! The layout of the tables `build.rs` writes over the embedded word lists,
//! shared by the build script (which fills them) and the lexicon (which reads them).
//!
//! A table is a power-of-two array of slots, each two little-endian `u32`s: the
//! key's span in the embedded text as `start << 8 | len` (0 marks an empty slot),
//! and a value whose meaning is the table's own. Collisions probe linearly.

/// Bytes in one slot.
pub const SLOT: usize = 8;

/// The byte range of a packed span.
pub fn unpack(span: u32) -> std::ops::Range<usize> {
    let start = (span >> 8) as usize;
    start..start + (span & 0xff) as usize
}

/// FNV-1a: the same on every platform, so the build and the lookup agree.
pub fn hash(key: &[u8]) -> u64 {
    key.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// In the frequency list's stem records, the first byte of a word whose
/// stem is not recorded (see `frequency::listed_stem`).
pub const STEM_UNLISTED: u8 = u8::MAX;

/// The set of a word's lower-case ASCII letters as bits (a = bit 0).
pub fn letters(word: &str) -> u32 {
    word.bytes()
        .filter(u8::is_ascii_lowercase)
        .fold(0, |set, b| set | 1 << (b - b'a'))
}

/// In the dictionary's table (`build/hunspell.rs`), a form's value bit: the
/// form is a word (some `.dic` entry not only for compounds derives it).
pub const KNOWN: u32 = 1;
/// The dictionary value bit: a `.dic` entry other than a hidden homonym (the
/// title-case copy of "McDonald" or "NASA") derives the form.
pub const SHOWN: u32 = 2;
/// Where a dictionary value's compound-rule flags start (bit `i` above it is
/// the `i`th flag, in byte order, that the `.aff`'s compound rules use).
pub const COMPOUND_SHIFT: u32 = 2;
