//! polarity-drift: session 54's curated batch of opposite phrases, each vouched
//! for by polarity-drift labels in the tune pairs of two authors (the two-author
//! rule in `data/curated/polarity-phrases.tsv`).

use super::*;

#[test]
fn graded_distance_told_the_other_way_is_polarity_drift() {
    let cases = [
        (
            "The harbour board moved the fuel berth 40 metres further from the houses in May.",
            "The harbour board moved the fuel berth 40 metres closer to the houses in May.",
            "closer to",
        ),
        (
            "The new stop is farther away from the hospital entrance than the old one.",
            "The new stop is closer to the hospital entrance than the old one.",
            "closer to",
        ),
        (
            "The harbour board moved the fuel berth 40 metres further from the houses in May.",
            "In May the harbour board moved the fuel berth 40 metres further away from the houses.",
            "",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}

#[test]
fn a_bound_kept_told_as_exceeded_is_polarity_drift() {
    let cases = [
        (
            "Inspectors said the noise readings taken in June had been within limits.",
            "Inspectors said the noise readings taken in June had exceeded limits.",
            "exceeded limits",
        ),
        (
            "The agency said emissions from the plant exceeded the legal limit on four days.",
            "The agency said emissions from the plant were within the legal limit on four days.",
            "within the legal limit",
        ),
        (
            "Inspectors said the noise readings had never exceeded the limits.",
            "Inspectors said the noise readings had always stayed within the limits.",
            "",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}
