//! polarity-drift: a denial restated by a word that carries it in its meaning
//! ("had not moved" → "had stayed put") answers it.

use super::*;

#[test]
fn words_meaning_a_denied_state_answer_the_denial() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "Bill said he had considered moving her during the worst period but was glad he had not.",
                "Bill said he had considered moving her during the worst period but was pleased he had stayed put.",
            ),
            (
                "The company said the shredders would operate inside a sealed building and would not run between 10 p.m. and 6 a.m.",
                "The company said the shredders would operate inside a sealed building and would be switched off between 10 p.m. and 6 a.m.",
            ),
            (
                "The water firm admitted that a third of its spill monitors were offline for most of last year.",
                "The water firm admitted that a third of its spill monitors were not working for most of last year.",
            ),
            (
                "The report criticised the practice of sending clothes to distant plants, which raised the risk of items going missing.",
                "The report criticised the practice of sending clothes to distant plants, which raised the risk of items going astray.",
            ),
        ],
    );
    // Their own denial dropped is still flagged.
    assert_cases(
        "polarity-drift",
        &[
            (
                "He said he had not stayed put during the worst of the storm.",
                "He said he had stayed put during the worst of the storm.",
                "stayed",
            ),
            (
                "The water firm admitted that a third of its spill monitors were not offline for most of last year.",
                "The water firm admitted that a third of its spill monitors were offline for most of last year.",
                "offline",
            ),
        ],
    );
}

#[test]
fn little_restates_a_low_amount() {
    assert_clean(
        "polarity-drift",
        &[(
            "The report concluded that the risk to the trees was low.",
            "The report found that the trees faced little risk.",
        )],
    );
    assert_cases(
        "polarity-drift",
        &[(
            "The report concluded that the risk to the trees was high.",
            "The report found that the trees faced little risk.",
            "little",
        )],
    );
}

#[test]
fn without_delay_says_promptly() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "It urged anyone with eye pain or blurred vision to see an optometrist or doctor promptly.",
                "It urged anyone with eye pain or blurred vision to see an optometrist or doctor without delay.",
            ),
            (
                "The steward said he would not hesitate to delay the start if the wind rose.",
                "The steward said he would delay the start without hesitation if the wind rose.",
            ),
        ],
    );
    // Where the other side words the act undenied, the denial is weighed.
    assert_cases(
        "polarity-drift",
        &[(
            "The steward said he would hesitate to delay the start if the wind rose.",
            "The steward said he would delay the start without hesitation if the wind rose.",
            "without",
        )],
    );
}

/// Session 53: a preference stated both ways (t2291) restates, with what is
/// preferred first on both sides; turned round, the denial counts.
#[test]
fn a_preference_stated_both_ways_restates() {
    let source =
        "The chair said the group would rather see signs and education than new restrictions.";
    let clean = "The chair said the group would prefer signs and education to new restrictions.";
    assert!(findings_of("polarity-drift", clean, source).is_empty());
    assert!(findings_of("polarity-drift", source, clean).is_empty());
    let turned = "The chair said the group would prefer new restrictions to signs and education.";
    assert_eq!(
        findings_of("polarity-drift", turned, source),
        ["prefer new restrictions to"]
    );
}

/// Session 54: a failure or refusal named as a noun restates the verb that
/// denies (t2386, t2397: two authors); a denial besides it still counts.
#[test]
fn a_failure_named_as_a_noun_restates_failing() {
    let fails = "If the club fails to comply, it could face prosecution and an unlimited fine.";
    let failure = "Failure to comply could lead to prosecution and an unlimited fine.";
    assert!(findings_of("polarity-drift", failure, fails).is_empty());
    assert!(findings_of("polarity-drift", fails, failure).is_empty());
    assert_clean(
        "polarity-drift",
        &[(
            "The owner admitted two offences, including failing to provide accurate allergen information to customers.",
            "The owner pleaded guilty to two offences, one of them a failure to give customers accurate allergen information.",
        )],
    );
    assert_cases(
        "polarity-drift",
        &[
            (
                fails,
                "Failure to comply could not lead to prosecution or an unlimited fine.",
                "not",
            ),
            (
                fails,
                "If the club complies, it could face prosecution and an unlimited fine.",
                "complies",
            ),
        ],
    );
}

#[test]
fn a_negative_word_restating_a_source_word_carries_no_denial() {
    // "unsafe" restates the denied "dangerous", "ended" the plain
    // "finished": neither carries the dropped denial.
    assert_cases(
        "polarity-drift",
        &[
            (
                "Inspectors found traces of the gas in two flats above the shop, though none at levels considered dangerous.",
                "Inspectors found traces of the gas in two flats above the shop, at levels regarded as unsafe.",
                "at",
            ),
            (
                "Two of the three trial runs on the new track finished without a derailment.",
                "Two of the three trial runs on the new track ended in a derailment.",
                "ended in",
            ),
        ],
    );
    // The denial kept, or restated by an opposite, passes.
    assert_clean(
        "polarity-drift",
        &[
            (
                "Inspectors found traces of the gas in two flats above the shop, though none at levels considered dangerous.",
                "Inspectors found traces of the gas in two flats above the shop, but none at levels regarded as unsafe.",
            ),
            (
                "Two of the three trial runs on the new track finished without a derailment.",
                "Two of the three trial runs on the new track ended without a derailment.",
            ),
            (
                "The cooperative said it could not guarantee every member a slot in October.",
                "The cooperative said it could not promise every member a slot in October.",
            ),
            (
                "Dogs are not allowed on the main beach during the summer months.",
                "Dogs are forbidden on the main beach during the summer months.",
            ),
        ],
    );
}
