//! TF-IDF retrieval over an inverted index.
//!
//! Terms are lower-cased words (stop words dropped, number words as digits) and
//! numbers. A query keeps only its most distinctive terms, so its cost depends on
//! the posting lists it touches, not on the corpus size. The score is the cosine
//! of the two TF-IDF vectors, in `[0, 1]`.

use super::postings::{Postings, each_count, push_number};
use super::terms::Terms;
use crate::Error;
use crate::text::words::{is_stopword, number_word};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::LazyLock;

/// Below this cosine the best article is not taken as the suspect's source.
pub const MIN_SOURCE_SCORE: f32 = 0.2;

/// How many of a query's terms are looked up (the highest-weighted ones).
const QUERY_TERMS: usize = 40;

/// The best article for a query and its similarity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Index of the article in the corpus.
    pub article: usize,
    /// Cosine similarity in `[0, 1]`.
    pub score: f32,
}

/// Inverted index of a corpus.
///
/// A built index holds its postings ([`Postings`]) in memory as compact
/// lists. An index file stores them as one raw block, and the term
/// dictionary's arrays as others, after the rest (see `persist`): loading
/// copies the dictionary's blocks and leaves the 58 million postings of a
/// 100,000-article corpus on disk.
#[derive(Debug, Default)]
pub struct Index {
    terms: Terms,
    /// Each term's inverse document frequency.
    idf: Vec<f32>,
    /// Each article's vector length.
    norms: Vec<f32>,
    postings: Postings,
}

/// A thread's buffers for queries, kept from one query to the next.
#[derive(Default)]
struct Scratch {
    /// Score accumulator, one slot per article, all zero between queries.
    scores: Vec<f32>,
    /// Articles whose slot a query made non-zero, in order.
    touched: Vec<u32>,
    /// Posting lists as read from an index file.
    buf: Vec<u8>,
}

thread_local! {
    /// Each thread's query buffers.
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Whether hit `a` ranks before `b`: higher score, then earlier article.
fn ranks_before(a: &Hit, b: &Hit) -> bool {
    a.score > b.score || (a.score == b.score && a.article < b.article)
}

/// Term counts of a text. A term is borrowed from `text` unless it had to be
/// lower-cased or is a number word's digits.
pub fn term_counts(text: &str) -> FxHashMap<Cow<'_, str>, u32> {
    let mut counts: FxHashMap<Cow<'_, str>, u32> = FxHashMap::default();
    for raw in text.split(|c: char| !c.is_alphanumeric()) {
        if raw.is_empty() || (raw.len() == 1 && !raw.as_bytes()[0].is_ascii_digit()) {
            continue;
        }
        let lower = if !raw.is_ascii() {
            Cow::Owned(raw.to_lowercase())
        } else if raw.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(raw.to_ascii_lowercase())
        } else {
            Cow::Borrowed(raw)
        };
        if is_stopword(&lower) {
            continue;
        }
        let term = number_word(&lower).map_or(lower, Cow::Borrowed);
        // A term seen before is counted without building a key; new ones
        // are inserted in the order they come, as an entry would be.
        match counts.get_mut(term.as_ref()) {
            Some(count) => *count += 1,
            None => {
                counts.insert(term, 1);
            }
        }
    }
    counts
}

/// The weight of a term counted `count` times in a text, before its inverse
/// document frequency; counts up to 63 are looked up.
pub(super) fn tf(count: u32) -> f32 {
    tf_in(tf_table(), count)
}

/// [`tf`] of the counts up to 63, for loops over many postings to fetch once.
pub(super) fn tf_table() -> &'static [f32; 64] {
    static SMALL: LazyLock<[f32; 64]> =
        LazyLock::new(|| std::array::from_fn(|n| 1.0 + (n as f32).ln()));
    &SMALL
}

/// [`tf`] with its table ([`tf_table`]) at hand.
#[inline]
pub(super) fn tf_in(small: &[f32; 64], count: u32) -> f32 {
    match small.get(count as usize) {
        Some(&w) => w,
        None => 1.0 + (count as f32).ln(),
    }
}

impl Index {
    /// Builds the index over article texts.
    pub fn build<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut builder = Builder::default();
        for text in texts {
            builder.add(term_counts(text));
        }
        builder.finish()
    }

    /// The `k` most similar articles to `text`, best first (ties: earlier
    /// article first); an error only if postings left in an index file cannot
    /// be read.
    pub fn top(&self, text: &str, k: usize) -> Result<Vec<Hit>, Error> {
        let mut query: Vec<(u32, f32)> = term_counts(text)
            .into_iter()
            .filter_map(|(term, count)| {
                let id = self.terms.get(&term)?;
                Some((id, tf(count) * self.idf[id as usize]))
            })
            .collect();
        if query.is_empty() {
            return Ok(Vec::new());
        }
        let query_norm = query.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        // Heaviest first, ties by id: a total order (ids are distinct), so the
        // heaviest terms are picked out before only they are sorted.
        let heavier = |a: &(u32, f32), b: &(u32, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        if query.len() > QUERY_TERMS {
            query.select_nth_unstable_by(QUERY_TERMS - 1, heavier);
            query.truncate(QUERY_TERMS);
        }
        query.sort_unstable_by(heavier);
        SCRATCH.with_borrow_mut(|scratch| {
            let Scratch {
                scores,
                touched,
                buf,
            } = scratch;
            scores.resize(self.norms.len(), 0.0);
            touched.clear();
            for &(term, qw) in &query {
                let added = self.postings.each_scaled(term, qw, buf, |doc, w| {
                    // Article numbers are not checked on loading (58 million
                    // postings for 100,000 articles): one past the list, from
                    // a damaged file, is skipped here.
                    let Some(score) = scores.get_mut(doc as usize) else {
                        return;
                    };
                    // A sum from +0.0 is never -0.0: a slot is zero exactly
                    // when its bits are, told without a float comparison.
                    if score.to_bits() == 0 {
                        touched.push(doc);
                    }
                    *score += w;
                });
                if let Err(e) = added {
                    touched.iter().for_each(|&doc| scores[doc as usize] = 0.0);
                    return Err(e);
                }
            }
            let mut best: Vec<Hit> = Vec::with_capacity(k + 1);
            for &doc in touched.iter() {
                let slot = &mut scores[doc as usize];
                let score = (*slot / (query_norm * self.norms[doc as usize])).min(1.0);
                *slot = 0.0;
                let hit = Hit {
                    article: doc as usize,
                    score,
                };
                // Most articles rank below a full list's last: they are
                // passed without a search.
                if best.len() == k && best.last().is_some_and(|b| ranks_before(b, &hit)) {
                    continue;
                }
                let at = best.partition_point(|b| ranks_before(b, &hit));
                if at < k {
                    best.insert(at, hit);
                    best.truncate(k);
                }
            }
            Ok(best)
        })
    }

    /// The postings, to be saved beside the rest.
    pub(super) fn postings(&self) -> &Postings {
        &self.postings
    }

    /// The term dictionary, whose arrays are saved beside the rest.
    pub(super) fn terms(&self) -> &Terms {
        &self.terms
    }

    /// The terms' and articles' weights, to be saved beside the rest.
    pub(super) fn weights(&self) -> (&[f32], &[f32]) {
        (&self.idf, &self.norms)
    }

    /// An index from parts an index file held, if they have a weight and a
    /// posting list for each term.
    pub(super) fn from_parts(
        terms: Terms,
        (idf, norms): (Vec<f32>, Vec<f32>),
        postings: Postings,
    ) -> Option<Self> {
        let fits = terms.len() == idf.len() && postings.terms() == idf.len();
        fits.then_some(Index {
            terms,
            idf,
            norms,
            postings,
        })
    }

    /// The most similar article, if any term is shared.
    pub fn best(&self, text: &str) -> Result<Option<Hit>, Error> {
        Ok(self.top(text, 1)?.into_iter().next())
    }
}

/// An index built one article at a time: each article's term counts (see
/// [`term_counts`], which may be computed on other threads) are added in
/// corpus order, and [`Builder::finish`] weighs the postings.
#[derive(Debug, Default)]
pub struct Builder {
    /// Term ids by text, numbered in the order the terms were first added.
    terms: FxHashMap<String, u32>,
    /// Each term's postings as [`Postings::built`] takes them.
    lists: Vec<Vec<u8>>,
    /// Each term's last article so far.
    last: Vec<u32>,
    /// How many postings each term has.
    lens: Vec<u32>,
    /// How many articles were added.
    docs: u32,
}

impl Builder {
    /// Adds the next article's term counts.
    pub fn add(&mut self, counts: FxHashMap<Cow<'_, str>, u32>) {
        for (term, count) in counts {
            let id = match self.terms.get(term.as_ref()) {
                Some(&id) => id as usize,
                None => {
                    self.terms
                        .insert(term.into_owned(), self.lists.len() as u32);
                    self.lists.push(Vec::new());
                    self.last.push(0);
                    self.lens.push(0);
                    self.lists.len() - 1
                }
            };
            let list = &mut self.lists[id];
            push_number(list, self.docs - self.last[id]);
            push_number(list, count);
            self.last[id] = self.docs;
            self.lens[id] += 1;
        }
        self.docs += 1;
    }

    /// The index of the articles added.
    pub fn finish(self) -> Index {
        let Builder {
            terms,
            lists,
            lens,
            docs,
            ..
        } = self;
        let n = docs as f32;
        let idf: Vec<f32> = lens
            .iter()
            .map(|&len| (1.0 + n / len as f32).ln())
            .collect();
        let mut norms = vec![0f32; docs as usize];
        let small = tf_table();
        for (list, &idf) in lists.iter().zip(&idf) {
            each_count(list, |doc, count| {
                let w = tf_in(small, count) * idf;
                norms[doc as usize] += w * w;
            });
        }
        Index {
            terms: Terms::new(terms),
            postings: Postings::built(lists, &lens, idf.clone()),
            idf,
            norms: norms.into_iter().map(f32::sqrt).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_article_sharing_rare_terms() {
        let index = Index::build([
            "Harbor workers strike over pay in Porto Vell",
            "Wheat harvest in Kansas beats forecasts by eight percent",
            "The council approved the budget",
        ]);
        let hit = index
            .best("Kansas wheat crop beat the forecast by 8 percent")
            .unwrap()
            .unwrap();
        assert_eq!(hit.article, 1);
        assert!(hit.score > 0.3 && hit.score <= 1.0);
        assert!(index.best("zzz qqq").unwrap().is_none());
    }

    #[test]
    fn identical_text_scores_one() {
        let index = Index::build(["alpha beta gamma", "delta epsilon"]);
        let hit = index.best("alpha beta gamma").unwrap().unwrap();
        assert!((hit.score - 1.0).abs() < 1e-5);
    }

    #[test]
    fn a_posting_past_the_article_list_is_skipped() {
        let mut index = Index::build(["alpha beta", "gamma delta"]);
        let mut lists = vec![Vec::new(); 4];
        for (word, doc) in [("alpha", 0), ("beta", 0), ("gamma", 7), ("delta", 7)] {
            let list = &mut lists[index.terms.get(word).unwrap() as usize];
            push_number(list, doc);
            push_number(list, 1);
        }
        index.postings = Postings::built(lists, &[1; 4], index.idf.clone());
        assert_eq!(index.best("alpha beta").unwrap().unwrap().article, 0);
        assert!(index.best("gamma delta").unwrap().is_none());
    }
}
