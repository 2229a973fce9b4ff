//! A superlative restated as a denied comparative: "the largest since 2011"
//! → "not since 2011 has there been a bigger one", "for the first time" →
//! "never before"; a shortfall restated as a need for more: "did not go far
//! enough" → "should go further".

use crate::align::units::Units;
use crate::lexicon::dictionary::is_known;
use crate::lexicon::wordnet::lemmas;

/// Superlatives and comparatives that take no "-est" or "-er" ending.
const SUPERLATIVES: &[&str] = &["most", "least", "best", "worst", "first"];

/// Comparatives, and words that place something before another ("never
/// before", "no previous").
const COMPARATIVES: &[&str] = &[
    "more",
    "less",
    "better",
    "worse",
    "before",
    "previous",
    "previously",
    "earlier",
];

/// Shortest stem an "-est" or "-er" ending is taken to grade ("b" + "est" is
/// no superlative).
const MIN_STEM: usize = 2;

/// Whether `w` ends in `ending` after a stem whose other degree, with
/// `other` for the ending, is a known word ("closest" and "closer").
fn graded(w: &str, ending: &str, other: &str) -> bool {
    w.strip_suffix(ending)
        .is_some_and(|s| s.len() >= MIN_STEM && is_known(&format!("{s}{other}")))
}

/// Whether `w` is a superlative ("largest", "most", "first").
fn is_superlative(w: &str) -> bool {
    SUPERLATIVES.contains(&w) || graded(w, "est", "er")
}

/// Whether `w` is a comparative ("bigger", "more", "before").
fn is_comparative(w: &str) -> bool {
    COMPARATIVES.contains(&w) || graded(w, "er", "est")
}

/// The side with fewer negations and the side with more, when the counts
/// (`a` for `theirs`, `b` for `ours`) differ by exactly one.
fn one_negation_apart<'u>(
    theirs: &'u Units,
    ours: &'u Units,
    a: usize,
    b: usize,
) -> Option<(&'u Units, &'u Units)> {
    match a.abs_diff(b) {
        1 if a < b => Some((theirs, ours)),
        1 => Some((ours, theirs)),
        _ => None,
    }
}

/// Whether one negation that differs restates a superlative: the side
/// without it has a superlative the other lacks, the side with it a
/// comparative the other lacks ("the largest fine imposed" → "no company has
/// been fined more heavily") or its adjective graded ("the lowest since
/// 2015" → "not this low since 2015"); a lower bound is one too ("at least until
/// 2028" → "not before 2028"). A superlative kept on both sides ("the
/// largest" → "not the largest") still counts as a flip.
pub(super) fn superlative_restated(theirs: &Units, ours: &Units, a: usize, b: usize) -> bool {
    let Some((fewer, more)) = one_negation_apart(theirs, ours, a, b) else {
        return false;
    };
    let only = |x: &Units, y: &Units, test: fn(&str) -> bool| {
        x.text.iter().any(|w| test(w) && !y.text.contains(w))
    };
    // "more than 600 people" bounds a figure: an amount, no comparison.
    let compared = more
        .text
        .iter()
        .enumerate()
        .any(|(k, w)| is_comparative(w) && !fewer.text.contains(w) && !bounds_figure(more, k));
    // "the lowest since 2015" → "has not been this low since 2015": the
    // superlative's own adjective graded by "this", "so" or "as".
    let matched = more.text.iter().enumerate().any(|(k, w)| {
        k.checked_sub(1)
            .is_some_and(|p| matches!(more.text[p].as_str(), "this" | "so" | "as"))
            && fewer
                .text
                .iter()
                .any(|s| s != w && is_superlative(s) && lemmas(s).iter().any(|l| l == w))
    });
    (only(fewer, more, is_superlative)
        && !more.text.iter().any(|w| is_superlative(w))
        && (compared || matched))
        || (than_any_other(fewer) && !than_any_other(more) && as_much(more))
}

/// Whether `u` compares with all others ("more copper than any other
/// mine"), a superlative in other words.
fn than_any_other(u: &Units) -> bool {
    u.text.windows(3).any(|w| w == ["than", "any", "other"])
}

/// Whether `u` states an equal amount ("supplies as much", "as many"),
/// which "no other" denies: "no other mine supplies as much copper".
fn as_much(u: &Units) -> bool {
    u.text
        .windows(2)
        .any(|w| w[0] == "as" && matches!(w[1].as_str(), "much" | "many"))
        && u.text.iter().any(|w| w == "other")
}

/// Whether word `k` of `u` is a comparative bounding a figure ("more than 600").
fn bounds_figure(u: &Units, k: usize) -> bool {
    u.text.get(k + 1).is_some_and(|w| w == "than")
        && u.text
            .get(k + 2)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether one negation that differs denies "enough" where the other side
/// asks for more: the side with it says "not … X enough", the side without
/// it has a comparative of X ("did not go far enough" → "should go further")
/// or "more" ("did not do enough" → "must do more"), and no "enough".
pub(super) fn shortfall_restated(theirs: &Units, ours: &Units, a: usize, b: usize) -> bool {
    let Some((fewer, more)) = one_negation_apart(theirs, ours, a, b) else {
        return false;
    };
    let (fw, mw) = (fewer.words(), more.words());
    if fw.contains(&"enough") {
        return false;
    }
    mw.iter().enumerate().any(|(k, w)| {
        let graded = k.checked_sub(1).map(|p| mw[p]);
        *w == "enough"
            && fw.iter().any(|c| {
                !mw.contains(c)
                    && is_comparative(c)
                    && (*c == "more"
                        || graded.is_some_and(|g| lemmas(c).iter().any(|l| l == g && l != c)))
            })
    })
}

/// Verbs of expecting, whose denial a comparison with the expectation
/// restates.
const EXPECTING: &[&str] = &[
    "expect",
    "anticipate",
    "forecast",
    "predict",
    "fear",
    "foresee",
];

/// Words after a negator, or after "than", within which the verb of
/// expecting is looked for ("had not been expected", "than most
/// economists expected").
const EXPECTING_REACH: usize = 4;

/// Whether `w` is a form of a verb of [`EXPECTING`].
fn expecting(w: &str) -> bool {
    EXPECTING.contains(&w) || lemmas(w).iter().any(|l| EXPECTING.contains(&l.as_str()))
}

/// Whether one negation that differs denies an expectation that the other
/// side states as exceeded: "had not expected the fall to be so steep" →
/// "the fall was steeper than economists had expected". The side with the
/// negation denies a verb of expecting with no "than" or "as" between them
/// ("was not steeper than expected" and "was not as bad as expected" deny
/// the comparison, and count); the side
/// without it compares ("steeper than", "more sharply than") with that verb.
pub(super) fn expectation_restated(theirs: &Units, ours: &Units, a: usize, b: usize) -> bool {
    let Some((fewer, more)) = one_negation_apart(theirs, ours, a, b) else {
        return false;
    };
    let (fw, mw) = (fewer.words(), more.words());
    let denied = mw.iter().enumerate().any(|(k, w)| {
        matches!(*w, "not" | "never")
            && mw[k + 1..]
                .iter()
                .take(EXPECTING_REACH)
                .take_while(|x| !matches!(**x, "than" | "as"))
                .any(|x| expecting(x))
    });
    let compared = fw.iter().enumerate().any(|(k, w)| {
        *w == "than"
            && (k.saturating_sub(2)..k).any(|p| is_comparative(fw[p]))
            && fw[k + 1..]
                .iter()
                .take(EXPECTING_REACH)
                .any(|x| expecting(x))
    });
    denied && compared && !mw.contains(&"than")
}
