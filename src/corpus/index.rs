//! TF-IDF retrieval over an inverted index.
//!
//! Terms are lower-cased words (stop words dropped, number words as digits) and
//! numbers. A query keeps only its most distinctive terms, so its cost depends on
//! the posting lists it touches, not on the corpus size. The score is the cosine
//! of the two TF-IDF vectors, in `[0, 1]`.

use super::terms::Terms;
use crate::text::words::{is_stopword, number_word};
use rustc_hash::FxHashMap;

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
/// The postings of all terms lie in two flat arrays (articles and weights);
/// term `t`'s are `starts[t]..starts[t + 1]`. An index file stores the three
/// arrays, and the term dictionary's, as raw blocks after the rest (see
/// `persist`), so loading copies blocks instead of decoding 40 million pairs
/// and a million terms one at a time.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Index {
    #[serde(skip)]
    terms: Terms,
    idf: Vec<f32>,
    norms: Vec<f32>,
    #[serde(skip)]
    starts: Vec<u32>,
    #[serde(skip)]
    docs: Vec<u32>,
    #[serde(skip)]
    weights: Vec<f32>,
}

/// An index's posting arrays: where each term's postings start, then every
/// posting's article and weight.
pub type Postings = (Vec<u32>, Vec<u32>, Vec<f32>);

thread_local! {
    /// Each thread's score accumulator, one slot per article, all zero between queries.
    static SCORES: std::cell::RefCell<Vec<f32>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether hit `a` ranks before `b`: higher score, then earlier article.
fn ranks_before(a: &Hit, b: &Hit) -> bool {
    a.score > b.score || (a.score == b.score && a.article < b.article)
}

/// Term counts of a text.
pub fn term_counts(text: &str) -> FxHashMap<String, u32> {
    let mut counts: FxHashMap<String, u32> = FxHashMap::default();
    for raw in text.split(|c: char| !c.is_alphanumeric()) {
        if raw.is_empty() || (raw.len() == 1 && !raw.as_bytes()[0].is_ascii_digit()) {
            continue;
        }
        let lower = raw.to_lowercase();
        if is_stopword(&lower) {
            continue;
        }
        let term = number_word(&lower).map_or(lower, str::to_string);
        *counts.entry(term).or_default() += 1;
    }
    counts
}

fn tf(count: u32) -> f32 {
    1.0 + (count as f32).ln()
}

impl Index {
    /// Builds the index over article texts.
    pub fn build<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut index = Index::default();
        let mut terms: FxHashMap<String, u32> = FxHashMap::default();
        let mut raw: Vec<Vec<(u32, u32)>> = Vec::new();
        let mut docs = 0u32;
        for text in texts {
            for (term, count) in term_counts(text) {
                let next = terms.len() as u32;
                let id = *terms.entry(term).or_insert(next);
                if id as usize == raw.len() {
                    raw.push(Vec::new());
                }
                raw[id as usize].push((docs, count));
            }
            docs += 1;
        }
        index.terms = Terms::new(terms);
        let n = docs as f32;
        index.idf = raw
            .iter()
            .map(|p| (1.0 + n / p.len() as f32).ln())
            .collect();
        let mut norms = vec![0f32; docs as usize];
        let total: usize = raw.iter().map(Vec::len).sum();
        index.starts = Vec::with_capacity(raw.len() + 1);
        index.docs = Vec::with_capacity(total);
        index.weights = Vec::with_capacity(total);
        for (list, &idf) in raw.into_iter().zip(&index.idf) {
            index.starts.push(index.docs.len() as u32);
            for (doc, count) in list {
                let w = tf(count) * idf;
                norms[doc as usize] += w * w;
                index.docs.push(doc);
                index.weights.push(w);
            }
        }
        index.starts.push(index.docs.len() as u32);
        index.norms = norms.into_iter().map(f32::sqrt).collect();
        index
    }

    /// The `k` most similar articles to `text`, best first (ties: earlier article first).
    pub fn top(&self, text: &str, k: usize) -> Vec<Hit> {
        let mut query: Vec<(u32, f32)> = term_counts(text)
            .into_iter()
            .filter_map(|(term, count)| {
                let id = self.terms.get(&term)?;
                Some((id, tf(count) * self.idf[id as usize]))
            })
            .collect();
        if query.is_empty() {
            return Vec::new();
        }
        let query_norm = query.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        query.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        query.truncate(QUERY_TERMS);
        SCORES.with_borrow_mut(|scores| {
            scores.resize(self.norms.len(), 0.0);
            let mut touched: Vec<u32> = Vec::new();
            for &(term, qw) in &query {
                let postings =
                    self.starts[term as usize] as usize..self.starts[term as usize + 1] as usize;
                for (&doc, &dw) in self.docs[postings.clone()]
                    .iter()
                    .zip(&self.weights[postings])
                {
                    // Article numbers are not checked on loading (40 million
                    // postings for 100,000 articles): one past the list, from
                    // a damaged file, is skipped here.
                    let Some(score) = scores.get_mut(doc as usize) else {
                        continue;
                    };
                    if *score == 0.0 {
                        touched.push(doc);
                    }
                    *score += qw * dw;
                }
            }
            let mut best: Vec<Hit> = Vec::with_capacity(k + 1);
            for doc in touched {
                let slot = &mut scores[doc as usize];
                let score = (*slot / (query_norm * self.norms[doc as usize])).min(1.0);
                *slot = 0.0;
                let hit = Hit {
                    article: doc as usize,
                    score,
                };
                let at = best.partition_point(|b| ranks_before(b, &hit));
                if at < k {
                    best.insert(at, hit);
                    best.truncate(k);
                }
            }
            best
        })
    }

    /// The posting arrays, to be saved beside the rest.
    pub(super) fn postings(&self) -> (&[u32], &[u32], &[f32]) {
        (&self.starts, &self.docs, &self.weights)
    }

    /// The term dictionary, whose arrays are saved beside the rest.
    pub(super) fn terms(&self) -> &Terms {
        &self.terms
    }

    /// Puts back the term dictionary and posting arrays saved apart from the
    /// rest, if they fit it.
    pub(super) fn with_arrays(
        mut self,
        terms: Terms,
        (starts, docs, weights): Postings,
    ) -> Option<Self> {
        let fits = terms.len() == self.idf.len()
            && starts.len() == self.idf.len() + 1
            && docs.len() == weights.len()
            && starts.last().is_some_and(|&end| end as usize == docs.len())
            && starts.windows(2).all(|w| w[0] <= w[1]);
        self.terms = terms;
        (self.starts, self.docs, self.weights) = (starts, docs, weights);
        fits.then_some(self)
    }

    /// The most similar article, if any term is shared.
    pub fn best(&self, text: &str) -> Option<Hit> {
        self.top(text, 1).into_iter().next()
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
            .unwrap();
        assert_eq!(hit.article, 1);
        assert!(hit.score > 0.3 && hit.score <= 1.0);
        assert!(index.best("zzz qqq").is_none());
    }

    #[test]
    fn identical_text_scores_one() {
        let index = Index::build(["alpha beta gamma", "delta epsilon"]);
        let hit = index.best("alpha beta gamma").unwrap();
        assert!((hit.score - 1.0).abs() < 1e-5);
    }

    #[test]
    fn a_posting_past_the_article_list_is_skipped() {
        let mut index = Index::build(["alpha beta", "gamma delta"]);
        index
            .docs
            .iter_mut()
            .for_each(|d| *d = if *d == 1 { 7 } else { *d });
        assert_eq!(index.best("alpha beta").unwrap().article, 0);
        assert!(index.best("gamma delta").is_none());
    }
}
