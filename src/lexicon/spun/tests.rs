//! The spinner tables' lookups, and the tables `build.rs` writes against
//! the run-time stemmer and lemmatiser.

use super::*;

#[test]
fn swaps_match_in_any_inflection() {
    assert!(is_spun_sense("shares", "offers"));
    assert!(is_spun_sense("share", "offer"));
    assert!(is_spun_sense("losses", "misfortunes"));
    assert!(!is_spun_sense("offers", "shares"));
    assert!(!is_spun_sense("said", "stated"));
    assert!(is_spun_sense_before(
        "raise",
        "rear",
        None,
        ["money", "for"]
    ));
    assert!(!is_spun_sense_before(
        "raise",
        "rear",
        None,
        ["fewer", "chicks"]
    ));
    assert!(is_spun_sense_before("ill", "sick", Some("were"), ["after"]));
    assert!(!is_spun_sense_before(
        "ill",
        "sick",
        Some("fell"),
        ["after"]
    ));
}

#[test]
fn swaps_match_by_lemma_not_by_stem() {
    assert!(is_spun_sense("legal", "lawful"));
    assert!(!is_spun_sense("legal", "law"));
    assert!(is_spun_sense("appeals", "allures"));
    assert!(is_spun_sense("written", "composed"));
    assert!(!is_spun_sense("wrote", "composed"));
    assert!(!is_spun_sense("contain", "hold"));
    assert!(is_spun_sense("led", "driven"));
    assert!(is_spun_sense("freezes", "ices"));
    assert!(is_spun_sense("senior", "elderly"));
}

#[test]
fn build_stems_match_the_run_time_stemmer() {
    let tables = [
        (
            include_str!("../../../data/curated/spun-senses.tsv"),
            DATA,
            &[3, 4][..],
        ),
        (
            include_str!("../../../data/curated/spun-senses-in-context.tsv"),
            IN_CONTEXT,
            &[2][..],
        ),
    ];
    for (written, built, columns) in tables {
        for (a, b) in written.lines().zip(built.lines()) {
            for &column in columns {
                let words = |l: &str, f: fn(&str) -> String| -> Vec<String> {
                    l.split('\t')
                        .nth(column)
                        .map_or_else(Vec::new, |c| c.split_whitespace().map(f).collect())
                };
                if !a.starts_with('#') {
                    assert_eq!(words(a, stem), words(b, str::to_string), "{a}");
                }
            }
        }
        assert_eq!(written.lines().count(), built.lines().count());
    }
}

#[test]
fn built_source_forms_match_the_run_time_lemmatiser() {
    let mut built_lines = 0;
    for (data, built) in [(DATA, DATA_FORMS), (IN_CONTEXT, IN_CONTEXT_FORMS)] {
        assert_eq!(data.lines().count(), built.lines().count());
        for (line, forms) in data.lines().zip(built.lines()) {
            let mut cols = line.split('\t');
            if let (false, Some(source), Some(_)) =
                (line.starts_with('#'), cols.next(), cols.next())
                && let Some((theirs, bases)) = source_forms(forms)
            {
                let theirs: Vec<_> = theirs.map(Cow::Borrowed).collect();
                let bases: Vec<_> = bases.collect();
                assert_eq!((theirs, bases), worked_out(source), "{line}");
                built_lines += 1;
            }
        }
    }
    assert!(built_lines > 800, "{built_lines} lines built");
}

#[test]
fn context_swaps_need_a_word_of_the_sense() {
    assert!(is_spun_sense_in(
        "charged",
        "billed",
        ["man", "with", "murder"]
    ));
    assert!(!is_spun_sense_in("charged", "billed", ["customers", "for"]));
    assert!(!is_spun_sense_in("charged", "accused", ["with", "murder"]));
}
