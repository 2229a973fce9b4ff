//! Run configuration: which rules run, at what severity, and extra known words.

use crate::checks::{Rule, registry};
use crate::corpus::MIN_SOURCE_SCORE;
use crate::finding::Severity;
use rustc_hash::{FxHashMap, FxHashSet};

/// Settings every check run reads.
#[derive(Debug, Clone)]
pub struct Config {
    /// Rules switched off.
    pub disabled: FxHashSet<String>,
    /// Severity overrides per rule id.
    pub severity: FxHashMap<String, Severity>,
    /// Extra words the dictionary should accept, lower case.
    pub words: FxHashSet<String>,
    /// Retrieval score below which no source is taken.
    pub min_source_score: f32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            disabled: FxHashSet::default(),
            severity: FxHashMap::default(),
            words: FxHashSet::default(),
            min_source_score: MIN_SOURCE_SCORE,
        }
    }
}

impl Config {
    /// Whether `rule` runs.
    pub fn enabled(&self, rule: &Rule) -> bool {
        !self.disabled.contains(rule.id)
    }

    /// The severity `rule`'s findings get.
    pub fn severity_of(&self, rule: &Rule) -> Severity {
        self.severity
            .get(rule.id)
            .copied()
            .unwrap_or(rule.default_severity)
    }

    /// Checks that every rule id named in the configuration exists.
    pub fn validate(&self) -> Result<(), String> {
        for id in self.disabled.iter().chain(self.severity.keys()) {
            if registry::find(id).is_none() {
                return Err(format!("unknown rule `{id}` (see `spincheck rules`)"));
            }
        }
        Ok(())
    }
}
