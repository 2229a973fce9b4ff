//! The last time something happened told as a denial since then: "their
//! last win came in 2021" is "they have not won since 2021".

use crate::lexicon::negation::is_negator;
use crate::text::numbers::{is_calendar_word, is_month_word};

/// Units after a negation within which the "since" it is bounded by is
/// looked for.
const SINCE_REACH: usize = 6;

/// Periods "last" dates rather than names a last occurrence ("last year");
/// weekdays ("last Friday") are dated too.
const PERIODS: &[&str] = &[
    "year", "years", "week", "weeks", "month", "months", "night", "day", "days", "season",
    "weekend", "decade", "summer", "winter", "spring", "autumn",
];

/// Whether `word` after "last" dates it ("last year", "last Friday").
fn dates(word: &str) -> bool {
    PERIODS.contains(&word) || (is_calendar_word(word) && !is_month_word(word))
}

/// Whether `fewer` names a last occurrence ("their last victory came in
/// 2021", "was last seen in May") that `more` tells as a negation since a
/// time ("have not won since 2021"): one denial, told as "last". A "last"
/// both sides use, or one that dates ("last year"), tells none.
pub(super) fn last_for_since(fewer: &[&str], more: &[&str]) -> bool {
    let last = fewer.iter().enumerate().any(|(k, w)| {
        *w == "last"
            && (k == 0 || fewer[k - 1] != "at")
            && fewer.get(k + 1).is_none_or(|n| !dates(n))
    });
    if !last || more.contains(&"last") {
        return false;
    }
    (0..more.len()).any(|k| {
        is_negator(more, k, more.get(k + 1) == Some(&"one"))
            && more[k + 1..]
                .iter()
                .take(SINCE_REACH)
                .any(|w| *w == "since")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_answers_not_since() {
        let last = ["their", "last", "win", "came", "in", "2021"];
        let not_since = ["they", "have", "not", "won", "since", "2021"];
        assert!(last_for_since(&last, &not_since));
        assert!(!last_for_since(&["at", "last", "they", "won"], &not_since));
        assert!(!last_for_since(&last, &["they", "have", "not", "won"]));
        let last_year = ["prices", "rose", "last", "year"];
        assert!(!last_for_since(
            &last_year,
            &["no", "rise", "since", "2019"]
        ));
    }
}
