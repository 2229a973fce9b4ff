//! Evaluation on labeled pairs: precision and recall per rule, clean paraphrases flagged.

pub mod labels;

use crate::checks::registry;
use crate::config::Config;
use crate::corpus::Article;
use crate::engine::check_against;
use crate::finding::Finding;
use labels::{Label, Pair};
use std::collections::BTreeMap;

/// Counts for one rule.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct RuleScore {
    /// Findings that match a label of the rule.
    pub true_positives: usize,
    /// Findings of the rule.
    pub findings: usize,
    /// Labels of the rule matched by a finding.
    pub found: usize,
    /// Labels of the rule.
    pub labels: usize,
}

impl RuleScore {
    /// Matched findings over findings (1 when there are none).
    pub fn precision(&self) -> f64 {
        ratio(self.true_positives, self.findings)
    }

    /// Matched labels over labels (1 when there are none).
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.labels)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// A finding that matched no label, or a label no finding matched.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Miss {
    /// The pair folder.
    pub pair: String,
    /// Rule id.
    pub rule: String,
    /// The text concerned.
    pub text: String,
    /// `false-positive`, `missed` or `clean-flagged`.
    pub kind: &'static str,
}

/// Results over a set of pairs.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Evaluation {
    /// Pairs evaluated.
    pub pairs: usize,
    /// Scores per rule id.
    pub rules: BTreeMap<String, RuleScore>,
    /// Clean labels.
    pub clean: usize,
    /// Clean labels overlapped by some finding.
    pub clean_flagged: usize,
    /// Every false positive, missed label and flagged clean label.
    pub misses: Vec<Miss>,
    /// Per rule, its findings that match no label of the rule but lie on
    /// another label, counted by that label's rule (`clean` for a clean
    /// paraphrase): under a defect's rule, damage reported under the wrong rule.
    pub other_rule: BTreeMap<String, BTreeMap<String, usize>>,
}

impl Evaluation {
    /// Share of clean labels flagged.
    pub fn clean_flagged_rate(&self) -> f64 {
        1.0 - ratio(self.clean - self.clean_flagged, self.clean)
    }

    /// How many false positives of `rule` lie on a defect labeled under
    /// another rule, and how many on a clean label.
    pub fn elsewhere(&self, rule: &str) -> (usize, usize) {
        self.other_rule.get(rule).map_or((0, 0), |m| {
            m.iter().fold((0, 0), |(defect, clean), (label, n)| {
                if label == "clean" {
                    (defect, clean + n)
                } else {
                    (defect + n, clean)
                }
            })
        })
    }

    /// Totals over all rules.
    pub fn overall(&self) -> RuleScore {
        self.rules
            .values()
            .fold(RuleScore::default(), |a, s| RuleScore {
                true_positives: a.true_positives + s.true_positives,
                findings: a.findings + s.findings,
                found: a.found + s.found,
                labels: a.labels + s.labels,
            })
    }
}

/// Whether spans `a` and `b` share text. An empty span (omitted-content's
/// marker, an insertion point) lies between two bytes: it is inside a span
/// only strictly within it, never at an edge, where it stands between that
/// text and its neighbour (a marker after a sentence is in neither it nor the
/// next one).
fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    let inside = |p: usize, s: (usize, usize)| s.0 < p && p < s.1;
    match (a.0 == a.1, b.0 == b.1) {
        (true, true) => a.0 == b.0,
        (true, false) => inside(a.0, b),
        (false, true) => inside(b.0, a),
        (false, false) => a.0 < b.1 && b.0 < a.1,
    }
}

/// Where in the source an omitted-content finding points (its evidence located in the source).
fn source_span(pair: &Pair, f: &Finding) -> Option<(usize, usize)> {
    let text = f.source_text.as_deref()?;
    pair.source.find(text).map(|s| (s, s + text.len()))
}

fn matches(pair: &Pair, f: &Finding, l: &Label) -> bool {
    if f.rule != l.rule {
        return false;
    }
    if l.rule == "omitted-content" {
        return source_span(pair, f).is_some_and(|s| overlaps(s, (l.start, l.end)));
    }
    overlaps((f.start, f.end), (l.start, l.end))
}

/// Whether `f` lies on a label of a rule other than its own (or a clean one).
fn on_other_rule(f: &Finding, l: &Label) -> bool {
    l.rule != f.rule && l.rule != "omitted-content" && overlaps((f.start, f.end), (l.start, l.end))
}

/// Checks every pair against its own source and scores the findings against the labels.
pub fn evaluate(pairs: &[Pair], config: &Config) -> Evaluation {
    let mut eval = Evaluation {
        pairs: pairs.len(),
        ..Evaluation::default()
    };
    for check in registry::all() {
        eval.rules
            .insert(check.rule().id.to_string(), RuleScore::default());
    }
    for pair in pairs {
        let name = pair.dir.display().to_string();
        let article = Article {
            id: "source.txt".into(),
            path: pair.dir.join("source.txt"),
            title: String::new(),
            text: pair.source.clone(),
        };
        let report = check_against(&name, &pair.suspect, Some((&article, 1.0)), config);
        for f in &report.findings {
            let score = eval.rules.entry(f.rule.to_string()).or_default();
            score.findings += 1;
            if pair.labels.iter().any(|l| matches(pair, f, l)) {
                score.true_positives += 1;
            } else {
                if let Some(l) = pair.labels.iter().find(|l| on_other_rule(f, l)) {
                    *eval
                        .other_rule
                        .entry(f.rule.to_string())
                        .or_default()
                        .entry(l.rule.clone())
                        .or_default() += 1;
                }
                eval.misses.push(Miss {
                    pair: name.clone(),
                    rule: f.rule.to_string(),
                    text: f.text.clone(),
                    kind: "false-positive",
                });
            }
        }
        for l in &pair.labels {
            let text = if l.rule == "omitted-content" {
                &pair.source
            } else {
                &pair.suspect
            };
            let shown = text[l.start..l.end].to_string();
            if l.rule == "clean" {
                eval.clean += 1;
                if let Some(f) = report
                    .findings
                    .iter()
                    .find(|f| overlaps((f.start, f.end), (l.start, l.end)))
                {
                    eval.clean_flagged += 1;
                    eval.misses.push(Miss {
                        pair: name.clone(),
                        rule: f.rule.to_string(),
                        text: shown,
                        kind: "clean-flagged",
                    });
                }
                continue;
            }
            let score = eval.rules.entry(l.rule.clone()).or_default();
            score.labels += 1;
            if report.findings.iter().any(|f| matches(pair, f, l)) {
                score.found += 1;
            } else {
                eval.misses.push(Miss {
                    pair: name.clone(),
                    rule: l.rule.clone(),
                    text: shown,
                    kind: "missed",
                });
            }
        }
    }
    eval
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(rule: &str, text: &str, hay: &str) -> Label {
        Label::at(rule, text, 1, hay, 1).expect("label text")
    }

    /// A flip labeled under the wrong rule is a false positive of the rule
    /// that found it, counted as lying on another rule's label.
    #[test]
    fn a_finding_on_another_rules_label_is_counted() {
        let source = "Sales at the bakery rose by a fifth last year, its owner said.";
        let suspect = "Sales at the bakery fell by a fifth last year, its owner said.";
        let pair = Pair {
            dir: "example".into(),
            source: source.into(),
            suspect: suspect.into(),
            labels: vec![label("meaning-drift", "fell", suspect)],
        };
        let eval = evaluate(&[pair], &Config::default());
        let polarity = eval.rules["polarity-drift"];
        assert_eq!((polarity.findings, polarity.true_positives), (1, 0));
        assert_eq!(eval.other_rule["polarity-drift"]["meaning-drift"], 1);
        assert_eq!(eval.elsewhere("polarity-drift"), (1, 0));
        assert_eq!(eval.rules["meaning-drift"].found, 0);
    }
}
