//! meaning-drift examples of edits that drop no hedge: a hedge moved elsewhere
//! in its sentence or into the next, a hedged claim left out, sentences paired
//! only by position, and words that are no hedge ("the month May", "reported
//! to" a body, an inability).

use super::*;

#[test]
fn a_hedge_out_of_the_claim_or_restated_is_not_dropped() {
    assert_clean(
        "meaning-drift",
        &[
            // A purpose, not a hedge.
            (
                "He withdrew from the race so that he could rest his ankle.",
                "He withdrew from the race to rest his ankle.",
            ),
            // A hedge inside a refusal claims nothing.
            (
                "She declined to comment on its likely cost.",
                "She declined to speculate on the cost.",
            ),
            // "opened the door to" keeps the possibility.
            (
                "The central bank held rates and signalled that a cut was possible in May.",
                "The central bank held rates and opened the door to a cut in May.",
            ),
            // "estimates putting … at" is one estimate, kept by "put … at".
            (
                "Flooding hit 40 homes, with early estimates putting the damage at 2 million pounds, the council said.",
                "Flooding hit 40 homes, according to the council, which put the early damage at 2 million pounds.",
            ),
            // The charge attributes the act already.
            (
                "Four charged in alleged ticket fraud at stadium",
                "Four charged over ticket fraud at stadium",
            ),
            // An allegation restated as an argument: both contend.
            (
                "Prosecutors had alleged that the clerk forged the deeds between 2015 and 2018.",
                "Prosecutors had argued that the clerk forged the deeds between 2015 and 2018.",
            ),
            // "than believed" compares, it does not hedge.
            (
                "Glacier shrinking faster than thought, survey finds",
                "Glacier melting faster than believed, survey finds",
            ),
        ],
    );
    // The modal of an open question is no hedge; the question settled is
    // the one finding.
    assert_cases(
        "meaning-drift",
        &[(
            "The board will review whether the office should move to Leeds next year.",
            "The board will review a move of the office to Leeds next year.",
            "a move of",
        )],
    );
}

#[test]
fn the_month_may_is_no_hedge() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Engineers found the crack during a check on May 14.",
                "Engineers found the crack during a check on June 14.",
            ),
            (
                "LONDALE, 3 May (Post) – The orchard lost most of its blossom to frost.",
                "LONDALE, May 3 (Post) – The orchard lost most of its blossom to frost.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "Engineers said the crack may spread in warm weather.",
            "Engineers said the crack will spread in warm weather.",
            "will spread",
        )],
    );
}

#[test]
fn a_hedged_claim_left_out_drops_no_hedge() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "The mayor thanked the volunteers, and said she expected fresh sandbag deliveries to reach the riverside streets by Friday.",
                "The mayor thanked the volunteers, and criticised the county for its slow response to the warnings.",
            ),
            (
                "Officials said the water level might fall within the next two days, but warned residents to stay alert.",
                "Officials, though, warned residents to stay alert.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "The mayor said fresh sandbags were expected to reach the riverside streets by Friday.",
            "The mayor said fresh sandbags will reach the riverside streets by Friday.",
            "will reach",
        )],
    );
}

#[test]
fn a_hedge_moved_elsewhere_in_its_sentence_is_not_dropped() {
    assert_cases(
        "meaning-drift",
        &[(
            "The data may support a filing as early as 2026 if the trial is fast, but most investors expected a later date, the analyst said.",
            "Most investors expected a later date, but the data will support a filing as early as 2026 if the trial moves quickly, the analyst said.",
            "will support",
        )],
    );
}

#[test]
fn an_inability_or_a_duty_unmet_is_no_hedge() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "No one was hurt, and there were no breakdowns that could not be repaired, the operator said.",
                "No one was hurt, and every breakdown so far has been repaired, the operator said.",
            ),
            (
                "The crew said a valve that should have closed the pipe failed to work.",
                "The crew said a valve meant to close the pipe failed to work.",
            ),
        ],
    );
}

#[test]
fn meaning_sentence_paired_only_by_position_drops_no_hedge() {
    // The middle sentences say different things; the pair stands only between
    // its aligned neighbours, so no hedge or attribution was dropped there.
    let source = "About 140 fires are burning across the region, 12 of them classed as serious. The forestry minister said the region had asked for national help and expected 150 extra crews from other regions to arrive by Sunday. Hotter summers are making such fires more common, experts say.";
    for middle in [
        "Residents have criticised the region for cutting the budget of its fire crews last year.",
        "Residents said the region had cut its fire crews last year.",
    ] {
        let suspect = format!(
            "Around 140 fires are burning across the region, 12 of them classed as serious. {middle} Hotter summers are making such fires more common, experts say."
        );
        assert_clean("meaning-drift", &[(source, &suspect)]);
    }
}

/// A quotation with a hedge in it moved whole to the next sentence keeps the
/// hedge ("… entitled to expect," the chief executive said → "The chief
/// executive apologised. \"… entitled to expect,\" he said"); a headline
/// that drops the hedge its lead keeps still drops it.
#[test]
fn a_hedge_kept_word_for_word_in_the_next_sentence_is_not_dropped() {
    assert_clean(
        "meaning-drift",
        &[(
            "Harwell Water fined over outage\n\n\"We fell short of what our customers are entitled to expect, and we are sorry,\" chief executive Ruth Anand said in a statement. She said the company had spent 3 million pounds on new pumps.",
            "Harwell Water fined over outage\n\nChief executive Ruth Anand apologised in a statement. \"We fell short of what our customers are entitled to expect, and we are sorry,\" she said, adding that the company had spent 3 million pounds on new pumps.",
        )],
    );
    let source = "Council may raise bus fares by 10%\n\nThe council may raise bus fares by 10% next year, officials said.";
    let suspect = "Council raises bus fares by 10%\n\nThe council may raise bus fares by 10% next year, officials said.";
    let headline = findings_of("meaning-drift", suspect, source);
    assert!(
        headline.iter().any(|f| f.starts_with("raises")),
        "{headline:?}"
    );
}

/// "reported to" with no verb after it is a report made to someone ("due to
/// be reported to councillors"), no passive of report that hedges; "is
/// reported to have" still hedges.
#[test]
fn reported_to_a_body_is_no_hedge() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "A consultation will run alongside the trial, with the results due to be reported to councillors in January.",
                "A consultation will run alongside the trial, and its findings are due to go to councillors in January.",
                "",
            ),
            (
                "The club is reported to have offered the coach a new contract, the paper said.",
                "The club has offered the coach a new contract, the paper said.",
                "has",
            ),
        ],
    );
}

/// "appeared" before a verb that takes an object is "came" ("the wait
/// before cracks appeared made it costly"), no appearance; "appeared
/// damaged" still hedges.
#[test]
fn appeared_before_a_verb_with_an_object_is_no_hedge() {
    assert_clean(
        "meaning-drift",
        &[(
            "She said the wait before cracks appeared made the fault costly to repair.",
            "She said the wait before cracks emerged is what made the fault costly to repair.",
        )],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "She said the wall appeared damaged.",
            "She said the wall was damaged.",
        )],
    );
}

/// A forecast word closing a comparison past its auxiliaries ("than would
/// be expected") measures what happened, no forecast; "would be expected
/// to rise" → "will rise" is still flagged.
#[test]
fn than_would_be_expected_is_no_hedge() {
    assert_clean(
        "meaning-drift",
        &[(
            "Pollen made up far more of the total than would be expected from distant fields, the study found.",
            "Pollen made up much more of the total than distant fields would account for, the study found.",
        )],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "Sales would be expected to rise next year, the firm said.",
            "Sales will rise next year, the firm said.",
        )],
    );
}
