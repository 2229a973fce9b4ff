//! polarity-drift: a cut-down thing told as the whole of it, the curated news
//! opposites "discounted" / "full" and "reduced" / "full".

use super::*;

#[test]
fn a_cut_down_thing_told_as_whole_is_flagged() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The supplier has agreed to fit six heat pumps at the depot at a discounted cost.",
                "The supplier has agreed to fit six heat pumps at the depot at full cost.",
                "full",
            ),
            (
                "The library will stay open on Sundays, but with a reduced service in the afternoons.",
                "The library will remain open on Sundays, though with its full service in the afternoons.",
                "full",
            ),
        ],
    );
}

#[test]
fn a_cut_down_thing_told_by_a_synonym_passes() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The supplier has agreed to fit six heat pumps at the depot at a discounted cost.",
                "The supplier has agreed to fit six heat pumps at the depot at a reduced cost.",
            ),
            (
                "Fares were reduced for pensioners, who will no longer pay the full price.",
                "Fares were cut for pensioners, who will no longer pay the full price.",
            ),
            (
                "He said the hardship fund had been heavily used this winter.",
                "He said the hardship fund had been much used this winter.",
            ),
        ],
    );
}
