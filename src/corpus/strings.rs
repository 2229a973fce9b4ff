//! Many short strings as two flat arrays: their bytes back to back and where
//! each ends. An index file stores both arrays as raw blocks, so loading
//! allocates two buffers instead of one per string.

/// Strings numbered in the order they were pushed.
#[derive(Debug, Default)]
pub struct Strings {
    /// Every string's bytes, in order.
    text: Vec<u8>,
    /// Where string `i` ends in `text`; it starts where string `i - 1` ends.
    ends: Vec<u64>,
}

impl Strings {
    /// Adds `bytes` as the next string.
    pub fn push(&mut self, bytes: &[u8]) {
        self.text.extend_from_slice(bytes);
        self.ends.push(self.text.len() as u64);
    }

    /// The bytes of string `i`.
    pub fn get(&self, i: usize) -> &[u8] {
        let start = i.checked_sub(1).map_or(0, |p| self.ends[p] as usize);
        &self.text[start..self.ends[i] as usize]
    }

    /// How many strings there are.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Whether every string is UTF-8 (checked over the whole text at once;
    /// ASCII text, the usual case, ends a character at every byte).
    pub fn is_utf8(&self) -> bool {
        self.text.is_ascii()
            || std::str::from_utf8(&self.text).is_ok_and(|text| {
                self.ends
                    .iter()
                    .all(|&end| text.is_char_boundary(end as usize))
            })
    }

    /// The two arrays, to be saved as blocks.
    pub fn arrays(&self) -> (&[u8], &[u64]) {
        (&self.text, &self.ends)
    }

    /// Strings from arrays [`Strings::arrays`] gave, if the ends are in order
    /// and the last one ends the text.
    pub fn from_arrays(text: Vec<u8>, ends: Vec<u64>) -> Option<Self> {
        let ordered = ends.is_sorted() && ends.last().map_or(0, |&end| end) == text.len() as u64;
        ordered.then_some(Strings { text, ends })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_round_trip_through_their_arrays_and_damage_is_refused() {
        let mut s = Strings::default();
        for word in ["harbour", "", "strike"] {
            s.push(word.as_bytes());
        }
        let (text, ends) = s.arrays();
        let back = Strings::from_arrays(text.to_vec(), ends.to_vec()).unwrap();
        assert_eq!(back.len(), 3);
        assert_eq!(back.get(0), b"harbour");
        assert_eq!(back.get(1), b"");
        assert_eq!(back.get(2), b"strike");
        assert!(Strings::from_arrays(text.to_vec(), vec![7, 3, 13]).is_none());
        assert!(Strings::from_arrays(text.to_vec(), vec![7, 7, 99]).is_none());
        assert!(Strings::from_arrays(text.to_vec(), vec![7, 7, 12]).is_none());
        assert!(Strings::default().is_empty());
        assert!(back.is_utf8());
        let split = Strings::from_arrays("né".as_bytes().to_vec(), vec![2, 3]).unwrap();
        assert!(!split.is_utf8());
    }
}
