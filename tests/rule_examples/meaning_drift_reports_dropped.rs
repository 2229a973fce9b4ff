//! meaning-drift examples of a hedge of report or appearance dropped: a passive
//! of report ("is believed to") reduced, denied, cut alone or turned active, an
//! allegation, and "appeared" told as fact.

use super::*;

#[test]
fn hedges_of_report_and_allegation_dropped_are_meaning_drift() {
    let flagged = [
        (
            "The outbreak is believed to have started at a nursery.",
            "The outbreak started at a nursery.",
        ),
        (
            "The club is reported to have set aside 4 million euros.",
            "The club has set aside 4 million euros.",
        ),
        (
            "Forecasters said more storms were possible on Friday.",
            "Forecasters said more storms were likely on Friday.",
        ),
        (
            "Vaccination rates have slipped to about 88%.",
            "Vaccination rates have plunged to about 88%.",
        ),
    ];
    assert_flagged("meaning-drift", &flagged);
    let clean = [
        (
            "Prosecutors had sought a sentence of no more than three years.",
            "Prosecutors had sought a sentence of three years at most.",
        ),
        (
            "Organisers said they would consider moving the start earlier.",
            "Organisers said they would look at moving the start earlier.",
        ),
        (
            "The outbreak is believed to have started at a nursery.",
            "The outbreak is thought to have started at a nursery.",
        ),
    ];
    assert_clean("meaning-drift", &clean);
}

#[test]
fn a_denied_passive_forecast_is_still_a_hedge() {
    assert_cases(
        "meaning-drift",
        &[(
            "A spokesman said rail services were not expected to be disrupted.",
            "A spokesman said rail services would not be disrupted.",
            "be disrupted",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "A spokesman said rail services were not expected to be disrupted.",
            "A spokesman said rail services were unlikely to be disrupted.",
        )],
    );
}

/// The passive of report with no verb of being before it ("a manuscript
/// believed to have lain") hedges, and dropping it drifts.
#[test]
fn a_reduced_passive_of_report_dropped_drifts() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "A letter by the poet Ada Lorne, believed to have lain in a bank vault for decades, was sold on Friday.",
                "A letter by the poet Ada Lorne, which lay in a bank vault for decades, was sold on Friday.",
                "lay",
            ),
            (
                "A painting by Ada Lorne, believed to have hung in a chapel for decades, sold on Friday.",
                "A painting by Ada Lorne, thought to have hung in a chapel for decades, sold on Friday.",
                "",
            ),
        ],
    );
}

/// A passive report ("were believed to have been") cut alone by the diff
/// still hedges, read with the words around it: "were flooded, according to
/// the union" drops it; "were thought to have been" keeps it.
#[test]
fn a_passive_report_cut_alone_is_a_dropped_hedge() {
    assert_flagged(
        "meaning-drift",
        &[(
            "Three barns were believed to have been flooded, though the farmers' union cautioned that damage surveys were still under way.",
            "Three barns were flooded, according to the farmers' union.",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "Three barns were believed to have been flooded, the farmers' union said.",
            "Three barns were thought to have been flooded, the farmers' union said.",
        )],
    );
}

/// "appeared" tying an adjective to its subject hedges it ("appeared
/// largest" → "was largest" drifts); "looked" keeps the appearance, and
/// "appeared in court" hedges nothing.
#[test]
fn an_appearance_told_as_fact_drifts() {
    let source = "The effect appeared largest among pupils from poorer homes, the report said.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "The effect was largest among pupils from poorer homes, the report said.",
                "was",
            ),
            (
                "The minister appeared relaxed as she arrived at the inquiry.",
                "The minister looked relaxed as she arrived at the inquiry.",
                "",
            ),
            (
                "The minister appeared in court on Monday, officials said.",
                "The minister was in court on Monday, officials said.",
                "",
            ),
            (
                "A rash usually appears three days after the fever starts.",
                "A rash normally shows up three days after the fever starts.",
                "",
            ),
            // Another form of the same hedge keeps it, whichever way.
            (
                "She added that about one in 400 comets of this size appeared to break up near the Sun, a share that could rise as surveys improve.",
                "According to her, about one in 400 comets of this size appear to break up near the Sun, a share that will rise as surveys improve.",
                "will rise",
            ),
            (
                "Officials said two of the wells seem to be dry.",
                "Officials said two of the wells appeared to be dry.",
                "",
            ),
        ],
    );
}

/// A hedged passive cut at the end of the sentence and its claim put first
/// in the active ("the leak may have been caused by rust" → "rust caused the
/// leak") drops the hedge, flagged on the claim's verb.
#[test]
fn a_hedged_passive_turned_active_drops_its_hedge() {
    let source = "Engineers said the flood may have been caused by a blocked drain.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "Engineers said that a blocked drain caused the flood.",
                "caused",
            ),
            (
                source,
                "Engineers said that a blocked drain may have caused the flood.",
                "",
            ),
        ],
    );
}
