//! Per-thread memos of word functions (stems, WordNet base forms): the same
//! words recur across a document, its source and a batch.

use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::thread::LocalKey;

/// A thread's memo: each word's worked-out value.
pub type Memo<V> = RefCell<FxHashMap<Box<str>, V>>;

/// Calls `f` with the value `memo` holds for `word`, working it out with
/// `compute` (and remembering it) the first time. Past `limit` words the
/// memo starts afresh. Neither `compute` nor `f` may use the same memo.
pub fn memoised<V: 'static, R>(
    memo: &'static LocalKey<Memo<V>>,
    word: &str,
    limit: usize,
    compute: impl FnOnce() -> V,
    f: impl FnOnce(&V) -> R,
) -> R {
    memo.with_borrow_mut(|cache| {
        if let Some(found) = cache.get(word) {
            return f(found);
        }
        let value = compute();
        let out = f(&value);
        if cache.len() >= limit {
            cache.clear();
        }
        cache.insert(word.into(), value);
        out
    })
}
