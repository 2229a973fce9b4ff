//! Which figures the suspect states anywhere, and how often: what a figure
//! lost in one sentence may be stated in, or worked out from, in another.

use super::derived::MIN_COUNT;
use crate::text::numbers::{Quantity, Unit};

/// A pair's source figures, and those of other source sentences that the
/// suspect states too: what a figure the rewriter worked out may come from.
/// A share of another sentence is of another whole, and small counts match
/// by chance: neither is taken from elsewhere.
pub(super) fn stated_figures(
    theirs: &[Quantity],
    all_source: &[Quantity],
    all_suspect: &[Quantity],
) -> Vec<Quantity> {
    let told = |s: &Quantity| {
        all_suspect
            .iter()
            .any(|x| x.same_value(s) && same_measure(x, s))
    };
    let operand =
        |s: &Quantity| s.unit != Unit::Percent && !(s.unit == Unit::Plain && s.value < MIN_COUNT);
    let others = all_source
        .iter()
        .filter(|s| !theirs.contains(s) && operand(s) && told(s));
    theirs.iter().chain(others).cloned().collect()
}

/// A pair's source figures, and the shares (percentages) of other source
/// sentences that the suspect states too: what a difference in percentage
/// points may be worked out from.
pub(super) fn stated_shares(
    theirs: &[Quantity],
    all_source: &[Quantity],
    all_suspect: &[Quantity],
) -> Vec<Quantity> {
    let others = all_source.iter().filter(|s| {
        s.unit == Unit::Percent
            && s.measure != Some("point")
            && !theirs.contains(s)
            && all_suspect
                .iter()
                .any(|x| x.unit == Unit::Percent && x.same_value(s))
    });
    theirs.iter().chain(others).cloned().collect()
}

/// Whether the suspect states source figure `q` in any sentence, a rate
/// only at its own period ("30 trains a week" is not the "30" of another
/// sentence).
pub(super) fn stated_elsewhere(q: &Quantity, all_suspect: &[Quantity]) -> bool {
    all_suspect.iter().any(|s| alike(s, q))
}

/// Whether the suspect states source figure `q` as many times as the source
/// does ("two" twice in the source and once in the suspect is one "two"
/// lost); a date may be said once for all.
pub(super) fn stated_as_often(
    q: &Quantity,
    all_source: &[Quantity],
    all_suspect: &[Quantity],
) -> bool {
    let stated = all_suspect.iter().filter(|s| alike(s, q)).count();
    let dated =
        q.is_year() || q.measure == Some("clock") || matches!(q.unit, Unit::Month | Unit::Weekday);
    stated > 0 && (dated || stated >= all_source.iter().filter(|s| alike(s, q)).count())
}

/// Whether figure `s` states source figure `q`, at its period if a rate.
/// A share is stated only as one ("2 percent" is not the "two" of "two
/// drop-in sessions" in another sentence), and a time of day only as one
/// ("9 p.m." is not the "nine" of "nine staff").
fn alike(s: &Quantity, q: &Quantity) -> bool {
    let clock = |x: &Quantity| x.measure == Some("clock");
    s.same_value(q)
        && (q.per.is_none() || s.per == q.per)
        && ((s.unit == Unit::Percent) == (q.unit == Unit::Percent))
        && clock(s) == clock(q)
}

/// Whether two figures of one value measure the same thing: a figure found
/// in another sentence stands for this one only then ("38 km/h" is no "38
/// seconds").
pub(super) fn same_measure(a: &Quantity, b: &Quantity) -> bool {
    let timed_against_measured =
        |x: &Quantity, y: &Quantity| matches!(x.unit, Unit::Time(_)) && y.measure.is_some();
    !timed_against_measured(a, b) && !timed_against_measured(b, a)
}
