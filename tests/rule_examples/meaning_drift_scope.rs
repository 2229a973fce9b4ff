//! meaning-drift examples of scope shifted: a part or a few made whole, one
//! among others made the only one, a bounded superlative told as a record, a
//! gap widened; "a total of", "much" and "half" that are no scope pass.

use super::*;

#[test]
fn gaps_widened_scope_inflated_and_pending_talks_closed_are_meaning_drift() {
    let flagged = [
        (
            "Revenue came in slightly above the $3.05 billion forecast.",
            "Revenue came in well above the $3.05 billion forecast.",
            "well above",
        ),
        (
            "Rovers led for most of the match.",
            "Rovers led throughout the match.",
            "throughout",
        ),
        (
            "The club is in advanced talks to sign the striker.",
            "The club has agreed to sign the striker.",
            "agreed",
        ),
    ];
    assert_cases("meaning-drift", &flagged);
    assert_flagged(
        "meaning-drift",
        &[
            (
                "The council has offered redeployment to around half of the library staff.",
                "The council has offered redeployment to all of the library staff.",
            ),
            (
                "Szabo's campaign requested a recount of the ballots on Friday.",
                "Szabo's campaign demanded a recount of the ballots on Friday.",
            ),
            (
                "Independent experts called the early results encouraging.",
                "Independent experts called the early results impressive.",
            ),
            (
                "Detectives believe the gang sold the watches abroad.",
                "Detectives have established the gang sold the watches abroad.",
            ),
            (
                "Such counts often included people who left early, organisers said.",
                "Such counts sometimes included people who left early, organisers said.",
            ),
        ],
    );
    assert!(
        findings_of(
            "meaning-drift",
            "Revenue came in just above the $3.05 billion forecast.",
            "Revenue came in slightly above the $3.05 billion forecast."
        )
        .is_empty()
    );
}

#[test]
fn one_among_others_made_the_only_one_hope_made_expectation_and_dropped_provisos_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The mill is one of the largest private employers in the town.",
                "The mill is the largest private employer in the town.",
                "the largest",
            ),
            (
                "The mill is one of the largest private employers in the town.",
                "The mill ranks among the largest private employers in the town.",
                "",
            ),
            (
                "The company said it hoped the drug could be available by 2027.",
                "The company said it expects the drug to be available by 2027.",
                "expects",
            ),
            (
                "The charity said it hoped to reopen the shelter.",
                "The charity has promised to reopen the shelter.",
                "promised",
            ),
            (
                "The hearing is provisionally scheduled for February.",
                "The hearing has been set for February.",
                "has been set",
            ),
        ],
    );
}

#[test]
fn a_total_of_rain_is_no_scope() {
    assert_clean(
        "meaning-drift",
        &[(
            "Storm Ilse dumped 142 millimetres of rain on Kessington in 24 hours, the most \
ever recorded in a single day in the city, the bureau said.",
            "Storm Ilse dropped 142 millimetres of rain on Kessington over 24 hours, the \
highest single-day total ever recorded in the city, the bureau said.",
        )],
    );
    // "all" for "most" still widens the scope.
    assert_cases(
        "meaning-drift",
        &[(
            "Most residents were evacuated before the river burst.",
            "All residents were evacuated before the river burst.",
            "All",
        )],
    );
}

#[test]
fn a_partial_or_near_statement_made_whole_is_flagged() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Visitor numbers have nearly doubled since the levy was introduced, the board said.",
                "Visitor numbers have doubled since the levy was introduced, the board said.",
                "doubled",
            ),
            (
                "The court ordered him to repay part of the money within a year.",
                "The court ordered him to repay the money within a year.",
                "the money",
            ),
            (
                "The judge cut the claim, saying some of the hours billed were excessive.",
                "Saying the hours billed were excessive, the judge cut the claim.",
                "the hours",
            ),
        ],
    );
    // The part restated, a shift of degree named elsewhere, or membership.
    assert_clean(
        "meaning-drift",
        &[
            (
                "Ridership has recovered partly since the pandemic.",
                "Ridership has recovered only partially since the pandemic.",
            ),
            (
                "The scheme will be paid for partly by a loan.",
                "About 60% of the scheme will be paid for by a loan.",
            ),
            (
                "The event is part of the ATP 500 series.",
                "The event is in the ATP 500 series.",
            ),
        ],
    );
}

#[test]
fn a_bounded_superlative_told_as_a_record_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Ticket sales reached 9,200, the highest for the festival since 2014, organisers said.",
                "Organisers said record ticket sales of 9,200 were reached at the festival.",
                "record",
            ),
            (
                "The lake fell to its lowest level in more than a decade this summer.",
                "The lake fell to its lowest level in its history this summer.",
                "history",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "The lake fell to its lowest level in more than a decade this summer.",
                "This summer the lake dropped to its lowest level in over ten years.",
            ),
            (
                "Rainfall was the highest since records began in 1890.",
                "Rainfall was the highest on record, with records going back to 1890.",
            ),
        ],
    );
}

#[test]
fn one_among_others_made_the_only_one_by_any_superlative_is_meaning_drift() {
    assert_flagged(
        "meaning-drift",
        &[
            (
                "The abbey is one of the oldest buildings in the county.",
                "The abbey is the oldest building in the county.",
            ),
            (
                "Late deliveries were a major factor in the losses, the report said.",
                "Late deliveries were the main factor in the losses, the report said.",
            ),
            (
                "She became the first woman to lead the guild.",
                "She became one of the first women to lead the guild.",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "The abbey is one of the oldest buildings in the county.",
                "The abbey is among the oldest buildings in the county.",
            ),
            (
                "She was one of the first nurses to arrive, the hospital said.",
                "The hospital said she was among the first nurses to arrive.",
            ),
        ],
    );
}

/// A count of a group told as the whole of it ("two of the three" → "all
/// three"; a new figure is number-drift's), a floor told as an estimate
/// ("at least 2,600" → "some 2,600", flagged with its word), a plain statement told as
/// welcomed, and a modal's denial raised to "never" outside a quotation are
/// flagged; "two of them" → "both of them", "said it was welcome" →
/// "welcomed it", "did not" → "never" and a raised denial inside a quotation
/// (misquote's) are not this rule's.
#[test]
fn a_count_made_whole_a_statement_welcomed_and_a_denial_raised_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Six engineers reviewed the design, and five of them backed it.",
                "Six engineers reviewed the design, and all of them backed it.",
                "all",
            ),
            (
                "Two inspectors visited the site, and two of them filed reports.",
                "Two inspectors visited the site, and both of them filed reports.",
                "",
            ),
            (
                "The panel said two of the three engineers opposed the design.",
                "The panel said all three engineers opposed the design.",
                "all",
            ),
            (
                "The outage left at least 2,600 homes without power for a day.",
                "The outage left some 2,600 homes without power for a day.",
                "some 2,600",
            ),
            (
                "Drivers on the bridge face at least four months of lane closures.",
                "Drivers on the bridge will face about four months of lane closures.",
                "about four",
            ),
            (
                "The outage left at least 2,600 homes without power for a day.",
                "The outage left over 2,600 homes without power for a day.",
                "",
            ),
            (
                "Tests linked samples from 40 of the patients to the same strain.",
                "Tests linked samples from all 52 patients to the same strain.",
                "",
            ),
            (
                "The fishermen's union said the new quota was a fair compromise.",
                "The fishermen's union welcomed the new quota as a fair compromise.",
                "welcomed",
            ),
            (
                "The fishermen's union said the new quota was welcome.",
                "The fishermen's union welcomed the new quota.",
                "",
            ),
            (
                "Engineers said the old bridge could not be repaired before the winter.",
                "Engineers said the old bridge could never be repaired before the winter.",
                "never",
            ),
            (
                "The minister did not visit the flooded villages, aides said.",
                "The minister never visited the flooded villages, aides said.",
                "",
            ),
            (
                "\"We were told it could not be finished on time,\" said site manager Ola Brandt.",
                "\"We were told it could never be finished on time,\" said site manager Ola Brandt.",
                "",
            ),
        ],
    );
}

/// A whole made partial or a part made whole with the marker moved around
/// its word drifts; a whole the source denies told as a part passes.
#[test]
fn a_whole_made_partial_around_its_word_drifts() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The ministry said the new posts would be funded in full from next year.",
                "The ministry said the new posts would be partly funded from next year.",
                "partly",
            ),
            (
                "The ministry said the new posts would be partly funded from next year.",
                "The ministry said the new posts would be funded in full from next year.",
                "in full",
            ),
            (
                "The insurers said the losses were not covered in full.",
                "The insurers said the losses were only partly covered.",
                "",
            ),
        ],
    );
}

/// "much" ending a denied verb phrase is little, no scope: "did not change
/// much" → "broadly flat" passes; "much of" → "most of" still drifts.
#[test]
fn much_after_a_denied_verb_is_no_scope() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Sales at its cafes did not change much in the quarter, the company said.",
                "Sales at its cafes were broadly flat in the quarter, the company said.",
                "",
            ),
            (
                "Much of the damage was caused by the wind, the council said.",
                "Most of the damage was caused by the wind, the council said.",
                "Most",
            ),
        ],
    );
}

/// "half" ending an amount ("in under a minute and a half") is no part of a
/// whole; "a half rotation" for "a full rotation" still narrows the scope.
#[test]
fn half_ending_an_amount_is_no_scope() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The asteroid completes a full rotation every 97 seconds, the team said.",
                "The asteroid turns once on its axis in under a minute and a half, the team said.",
                "",
            ),
            (
                "The asteroid completes a full rotation every 97 seconds, the team said.",
                "The asteroid completes a half rotation every 97 seconds, the team said.",
                "half",
            ),
        ],
    );
}
