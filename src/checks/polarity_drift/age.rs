//! An age told as a figure ("a 26-year-old", "aged from 25 to 91"): a
//! measure, not the "old" or "aged" that "young" is the opposite of.

use crate::text::Document;
use crate::text::numbers::plain_number;

/// Units an age is counted in ("a 26-year-old", "three months old").
const AGE_UNITS: &[&str] = &[
    "year", "years", "month", "months", "week", "weeks", "day", "days",
];

/// Whether word `w` at token `t` of `d` gives an age as a figure: the "old"
/// of "26-year-old" or "26 years old", or "aged" before its figure ("aged
/// 25", "aged from 25 to 91", "aged between 18 and 30"). "Young" told as
/// "old" or "elderly" stays an opposite.
pub(super) fn measured_age(d: &Document, t: usize, w: &str) -> bool {
    let norm = |k: usize| d.tokens.get(k).map(|x| x.norm.as_str());
    let number = |n: Option<&str>| n.is_some_and(|n| plain_number(n).is_some());
    let Some(token) = norm(t) else {
        return false;
    };
    match w {
        "aged" => {
            number(norm(t + 1))
                || (matches!(norm(t + 1), Some("from" | "between")) && number(norm(t + 2)))
        }
        "old" if token.contains('-') => {
            let parts: Vec<&str> = token.split('-').collect();
            matches!(parts[..], [.., n, unit, "old"] if AGE_UNITS.contains(&unit) && number(Some(n)))
        }
        "old" => {
            t >= 2 && norm(t - 1).is_some_and(|u| AGE_UNITS.contains(&u)) && number(norm(t - 2))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measured(text: &str, word: &str) -> bool {
        let d = Document::new(text);
        let t = d
            .tokens
            .iter()
            .position(|x| x.norm.split('-').any(|p| p == word));
        t.is_some_and(|t| measured_age(&d, t, word))
    }

    #[test]
    fn an_age_given_as_a_figure_is_a_measure() {
        assert!(measured("Tom Hesketh, a 26-year-old breeder.", "old"));
        assert!(measured("A two-year-old colt won.", "old"));
        assert!(measured("He is 26 years old.", "old"));
        assert!(measured("58 members aged from 25 to 91.", "aged"));
        assert!(measured("Members aged 25 and over.", "aged"));
    }

    #[test]
    fn old_without_a_figure_is_still_old() {
        assert!(!measured("An old breeder spoke.", "old"));
        assert!(!measured("The aged and the young.", "aged"));
        assert!(!measured("A centuries-old custom.", "old"));
    }
}
