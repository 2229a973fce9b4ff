//! meaning-drift examples of a belief its holder is named for, told as fact
//! once the holder and the verb of belief are gone; a belief kept passes; a
//! speaker's plain remark told as their criticism or doubt.

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

#[test]
fn a_speakers_plain_remark_told_as_criticism_or_doubt_is_meaning_drift() {
    let flagged = [
        (
            "The puppet historian Dr Ifor Gwillim said the decision was not unusual.",
            "The puppet historian Dr Ifor Gwillim criticised the decision.",
            "criticised",
        ),
        (
            "Tom Hardcastle, a consultant, said the ruling was not unusual.",
            "Tom Hardcastle, a consultant, criticized the ruling.",
            "criticized",
        ),
        (
            "Local ecologist Dr Imogen Sallis said the organisers had made the right decision.",
            "Local ecologist Dr Imogen Sallis questioned whether the organisers had made the right decision.",
            "questioned",
        ),
    ];
    assert_cases("meaning-drift", &flagged);
}

#[test]
fn another_partys_criticism_or_doubt_or_a_criticism_kept_passes() {
    let passing = [
        (
            "Forestry Minister Alana Roszak said the province had asked for federal help.",
            "Residents have criticised the province for cutting firefighting budgets.",
        ),
        (
            "Some fans criticised the price of season tickets.",
            "Some fans criticized the price of season tickets.",
        ),
        (
            "The council said the bridge would reopen in May.",
            "Some residents questioned whether the bridge would reopen in May.",
        ),
    ];
    assert_clean("meaning-drift", &passing);
}
