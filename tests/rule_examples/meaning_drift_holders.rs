//! meaning-drift examples of a belief its holder is named for, told as fact
//! once the holder and the verb of belief are gone; a belief kept passes.

use super::*;

#[test]
fn a_named_holders_belief_stated_as_fact_is_meaning_drift() {
    let flagged = [
        (
            "Inspectors believe the boiler was fitted without a permit, the report says.",
            "The boiler was fitted without a permit, according to the report.",
            "The",
        ),
        (
            "The crowd of 9,000 set what organisers believe is a county record.",
            "The crowd of 9,000 set a county record.",
            "a",
        ),
        (
            "The researchers believe the spray may work by blocking the enzyme.",
            "The spray works by blocking the enzyme.",
            "spray works",
        ),
    ];
    assert_cases("meaning-drift", &flagged);
}

#[test]
fn a_named_holders_belief_kept_or_told_in_other_words_passes() {
    let passing = [
        (
            "Inspectors believe the boiler was fitted without a permit.",
            "Inspectors think the boiler was fitted without a permit.",
        ),
        (
            "The firm still believed a merger made sense.",
            "The firm remained convinced that a merger made sense.",
        ),
        (
            "Inspectors believe the boiler was fitted without a permit.",
            "The boiler is believed to have been fitted without a permit.",
        ),
    ];
    assert_clean("meaning-drift", &passing);
}
