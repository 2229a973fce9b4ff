//! An "only" before the very bound the other side denied the act within:
//! "had not been present when scores were totalled" → "had been present
//! only when scores were totalled". "Not when" and "only when" the same
//! thing are opposites, so the "only" carries no denial there ("would not
//! resume talks while the lockout continued" → "would resume talks only
//! once it was over" restates: the bound changed).

use super::implied::BOUNDED;
use super::negators::DENIED_REACH;
use crate::lexicon::negation::is_negator;

/// Words of the bound after "only" that must follow the other side's
/// denial unchanged ("when scores").
const BOUND_WORDS: usize = 2;

/// Whether an "only" of `fewer` opens a bound ("only when", "only with")
/// whose first [`BOUND_WORDS`] words stand in `more` within
/// [`DENIED_REACH`] words after a denial: the act was denied within the
/// bound the "only" keeps it to ("will not be felt for five years" → "will
/// only be felt after five years" bounds nothing and passes).
pub(super) fn same_bound_denied(more: &[&str], fewer: &[&str]) -> bool {
    fewer.iter().enumerate().any(|(k, w)| {
        let Some(bound) = fewer.get(k + 1..k + 1 + BOUND_WORDS) else {
            return false;
        };
        *w == "only"
            && BOUNDED.contains(&bound[0])
            && more.windows(BOUND_WORDS).enumerate().any(|(j, pair)| {
                pair == bound
                    && (j.saturating_sub(DENIED_REACH + 1)..j)
                        .any(|n| is_negator(more, n, more.get(n + 1) == Some(&"one")))
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_bound_denied_is_read() {
        let more = ["had", "not", "been", "present", "when", "scores", "were"];
        let fewer = ["had", "been", "present", "only", "when", "scores", "were"];
        assert!(same_bound_denied(&more, &fewer));
        let more = ["would", "not", "resume", "talks", "while", "the", "lockout"];
        let fewer = ["would", "resume", "talks", "only", "once", "it", "was"];
        assert!(!same_bound_denied(&more, &fewer));
        let more = ["will", "not", "be", "felt", "for", "five", "years"];
        let fewer = ["will", "only", "be", "felt", "after", "five", "years"];
        assert!(!same_bound_denied(&more, &fewer));
    }
}
