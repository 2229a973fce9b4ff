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

/// The file name searched upward from the working directory.
pub const FILE_NAME: &str = "spincheck.toml";

/// The commented default configuration `spincheck init` writes.
pub const DEFAULT_FILE: &str = r#"# spincheck configuration. Found upward from the working directory, or given with --config.

# Lowest severity that makes `spincheck check` exit with 1: "error", "warning", "info" or "never".
fail_on = "error"

# Retrieval similarity (TF-IDF cosine, 0 to 1) below which no source is taken.
min_source_score = 0.2

# Words the dictionary should accept (names, jargon), and/or a file of them, one per line.
words = []
# word_list = "words.txt"

# Rules: "off", or a severity ("error", "warning", "info") to override the default.
# See `spincheck rules` for the list.
[rules]
# omitted-content = "off"
# meaning-drift = "error"
"#;

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    fail_on: Option<String>,
    min_source_score: Option<f32>,
    #[serde(default)]
    words: Vec<String>,
    word_list: Option<String>,
    #[serde(default)]
    rules: std::collections::BTreeMap<String, String>,
}

/// A configuration file's settings, and its `fail_on` if it has one.
#[derive(Debug)]
pub struct Loaded {
    /// The settings.
    pub config: Config,
    /// `fail_on` as written (`error`, `warning`, `info`, `never`).
    pub fail_on: Option<String>,
}

impl Config {
    /// Reads a `spincheck.toml`.
    pub fn load(path: &std::path::Path) -> Result<Loaded, crate::Error> {
        let malformed = |message: String| crate::Error::Malformed {
            path: path.to_path_buf(),
            line: 1,
            message,
        };
        let text = std::fs::read_to_string(path).map_err(|e| crate::Error::io(path, e))?;
        let file: ConfigFile =
            toml::from_str(&text).map_err(|e| malformed(e.message().to_string()))?;
        let mut config = Config::default();
        if let Some(score) = file.min_source_score {
            if !(0.0..=1.0).contains(&score) {
                return Err(malformed(format!(
                    "min_source_score {score} is not between 0 and 1"
                )));
            }
            config.min_source_score = score;
        }
        config
            .words
            .extend(file.words.iter().map(|w| w.to_lowercase()));
        if let Some(list) = &file.word_list {
            let list_path = path
                .parent()
                .unwrap_or(std::path::Path::new("."))
                .join(list);
            let words =
                std::fs::read_to_string(&list_path).map_err(|e| crate::Error::io(&list_path, e))?;
            config.words.extend(
                words
                    .lines()
                    .map(str::trim)
                    .filter(|w| !w.is_empty() && !w.starts_with('#'))
                    .map(str::to_lowercase),
            );
        }
        for (rule, setting) in &file.rules {
            match setting.as_str() {
                "off" => {
                    config.disabled.insert(rule.clone());
                }
                other => {
                    let severity = Severity::parse(other).ok_or_else(|| {
                        malformed(format!(
                            "rule `{rule}`: `{other}` is not off, error, warning or info"
                        ))
                    })?;
                    config.severity.insert(rule.clone(), severity);
                }
            }
        }
        config.validate().map_err(malformed)?;
        if let Some(f) = &file.fail_on
            && !matches!(f.as_str(), "error" | "warning" | "info" | "never")
        {
            return Err(malformed(format!(
                "fail_on `{f}` is not error, warning, info or never"
            )));
        }
        Ok(Loaded {
            config,
            fail_on: file.fail_on,
        })
    }

    /// The nearest `spincheck.toml` in `dir` or its ancestors.
    pub fn find_upward(dir: &std::path::Path) -> Option<std::path::PathBuf> {
        dir.ancestors()
            .map(|d| d.join(FILE_NAME))
            .find(|p| p.is_file())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_file_loads_and_rules_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, DEFAULT_FILE).unwrap();
        let loaded = Config::load(&path).unwrap();
        assert_eq!(loaded.fail_on.as_deref(), Some("error"));
        std::fs::write(
            &path,
            "[rules]\nspelling = \"off\"\nmisquote = \"info\"\nwords = 1\n",
        )
        .unwrap();
        assert!(Config::load(&path).is_err());
        std::fs::write(
            &path,
            "words = [\"Xuhui\"]\n[rules]\nspelling = \"off\"\nmisquote = \"info\"\n",
        )
        .unwrap();
        let c = Config::load(&path).unwrap().config;
        assert!(c.disabled.contains("spelling") && c.words.contains("xuhui"));
        assert_eq!(c.severity["misquote"], Severity::Info);
        std::fs::write(&path, "[rules]\nno-such-rule = \"off\"\n").unwrap();
        assert!(
            Config::load(&path)
                .unwrap_err()
                .to_string()
                .contains("no-such-rule")
        );
    }
}
