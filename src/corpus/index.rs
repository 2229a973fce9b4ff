//! TF-IDF retrieval over an inverted index.
//!
//! Terms are lower-cased words (stop words dropped, number words as digits) and
//! numbers. A query keeps only its most distinctive terms, so its cost depends on
//! the posting lists it touches, not on the corpus size. The score is the cosine
//! of the two TF-IDF vectors, in `[0, 1]`.

use crate::text::words::{is_stopword, number_word};
use rustc_hash::FxHashMap;

/// Below this cosine the best article is not taken as the suspect's source.
pub const MIN_SOURCE_SCORE: f32 = 0.2;

/// How many of a query's terms are looked up (the highest-weighted ones).
const QUERY_TERMS: usize = 64;

/// The best article for a query and its similarity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Index of the article in the corpus.
    pub article: usize,
    /// Cosine similarity in `[0, 1]`.
    pub score: f32,
}

/// Inverted index of a corpus.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Index {
    terms: FxHashMap<String, u32>,
    /// Per term: (article, weight) pairs.
    postings: Vec<Vec<(u32, f32)>>,
    idf: Vec<f32>,
    norms: Vec<f32>,
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
        let mut raw: Vec<Vec<(u32, u32)>> = Vec::new();
        let mut docs = 0u32;
        for text in texts {
            for (term, count) in term_counts(text) {
                let next = index.terms.len() as u32;
                let id = *index.terms.entry(term).or_insert(next);
                if id as usize == raw.len() {
                    raw.push(Vec::new());
                }
                raw[id as usize].push((docs, count));
            }
            docs += 1;
        }
        let n = docs as f32;
        index.idf = raw
            .iter()
            .map(|p| (1.0 + n / p.len() as f32).ln())
            .collect();
        let mut norms = vec![0f32; docs as usize];
        index.postings = raw
            .into_iter()
            .zip(&index.idf)
            .map(|(list, &idf)| {
                list.into_iter()
                    .map(|(doc, count)| {
                        let w = tf(count) * idf;
                        norms[doc as usize] += w * w;
                        (doc, w)
                    })
                    .collect()
            })
            .collect();
        index.norms = norms.into_iter().map(f32::sqrt).collect();
        index
    }

    /// The `k` most similar articles to `text`, best first (ties: earlier article first).
    pub fn top(&self, text: &str, k: usize) -> Vec<Hit> {
        let mut query: Vec<(u32, f32)> = term_counts(text)
            .into_iter()
            .filter_map(|(term, count)| {
                let id = *self.terms.get(&term)?;
                Some((id, tf(count) * self.idf[id as usize]))
            })
            .collect();
        if query.is_empty() {
            return Vec::new();
        }
        let query_norm = query.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        query.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        query.truncate(QUERY_TERMS);
        let mut scores = vec![0f32; self.norms.len()];
        let mut touched: Vec<u32> = Vec::new();
        for &(term, qw) in &query {
            for &(doc, dw) in &self.postings[term as usize] {
                let score = &mut scores[doc as usize];
                if *score == 0.0 {
                    touched.push(doc);
                }
                *score += qw * dw;
            }
        }
        let mut hits: Vec<Hit> = touched
            .into_iter()
            .map(|doc| Hit {
                article: doc as usize,
                score: (scores[doc as usize] / (query_norm * self.norms[doc as usize])).min(1.0),
            })
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.article.cmp(&b.article)));
        hits.truncate(k);
        hits
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
}
