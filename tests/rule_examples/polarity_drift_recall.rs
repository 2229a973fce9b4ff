//! polarity-drift examples of recall work (sessions 40 and 63): denials
//! dropped that other words of the sentence used to excuse, and a figure
//! kept told as moved.

use super::*;

#[test]
fn a_claim_left_untold_told_as_found_is_not_answered_by_a_negative_word_elsewhere() {
    // "cancelled" and "free" carry negations of their own; they answer no
    // "did not comment" or "did not find" the copy tells as confirmed or found.
    let flagged = [
        (
            "Pennine Mutual said in a statement that it did not comment on individual policies but that it had \"reassessed its exposure to outdoor events in areas at elevated risk of wildfire\".",
            "In a statement, Pennine Mutual confirmed it had cancelled the festival's policy because of the wildfire risk on the moor.",
        ),
        (
            "It did not, however, find that the evidence at trial had been insufficient to convict, meaning prosecutors can try Halloway again.",
            "The panel also found that the evidence at trial had been insufficient to convict, although prosecutors remain free to try Halloway again.",
        ),
    ];
    for (source, suspect) in flagged {
        assert!(
            !findings_of("polarity-drift", suspect, source).is_empty(),
            "{suspect}"
        );
    }
    // Kept uncommitted, the claim passes.
    let source =
        "The insurer did not comment on individual policies but said it had cancelled several.";
    let kept =
        "The insurer declined to comment on individual policies but said it had cancelled several.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
}

#[test]
fn a_ruling_that_for_could_not_establish_that_is_flagged_but_a_ruling_coalition_is_not() {
    let source = "A second group of 14 coins was treated separately because the coroner could not establish that it had been buried at the same time.";
    let suspect = "A second group of 14 coins was treated separately, with the coroner ruling that it had been buried at the same time.";
    assert_eq!(findings_of("polarity-drift", suspect, source), ["ruling"]);
    let source = "The governing coalition holds 131 seats. The main opposition party, the National Union, has said it is sceptical but has not ruled out backing the change.";
    let suspect = "The ruling coalition controls 131 seats, and the main opposition National Union has said it will back the change.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
}

#[test]
fn up_to_bounds_an_amount_and_answers_no_dropped_denial() {
    // "up" of "up to 40%" is no rise for "reduce" to reverse.
    let source = "Tate said the company was exploring a hybrid-electric vessel that could cut fuel use by up to 40%, but no order had been placed.";
    let suspect = "According to Tate, the company is looking into a hybrid-electric ship that might reduce fuel consumption by as much as 40%, and an order has already been placed.";
    assert!(!findings_of("polarity-drift", suspect, source).is_empty());
}

#[test]
fn a_dropped_denial_is_placed_on_another_form_of_the_word_it_denied() {
    // "was not yet proven" deleted; "proved" stands earlier in the copy.
    let source = "Puffin numbers have started to recover since the ban, according to a study published on Wednesday, although the researchers cautioned that the link was not yet proven.";
    let suspect = "Puffin numbers have begun to bounce back since the ban, according to a study published on Wednesday, which the researchers said had proved the link.";
    assert_eq!(findings_of("polarity-drift", suspect, source), ["proved"]);
}

#[test]
fn not_until_told_as_before_is_flagged() {
    let cases = [
        (
            "The Labour Alliance has said it will not decide on a partner until the final count is in.",
            "The Labour Alliance has said it will decide on a partner before the final count is in.",
            "partner",
        ),
        // Only after the count: the same order.
        (
            "The Labour Alliance has said it will not decide on a partner until the final count is in.",
            "The Labour Alliance has said it will decide on a partner only after the final count is in.",
            "",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}

#[test]
fn a_negative_word_put_in_by_one_edit_excuses_no_denial_dropped_in_another() {
    // "would stay silent" answers "would not ring", not "did not expect".
    let source = "The council said it did not expect the delay to affect the market, and the clock would not ring over the holiday.";
    let dropped = "The council said it expected the delay to affect the market, and the clock would stay silent over the holiday.";
    assert_flagged("polarity-drift", &[(source, dropped)]);
    let kept = "The council said it did not expect the delay to affect the market, and the clock would stay silent over the holiday.";
    // A state kept by an edit just beside the denied act still answers it.
    let sail = (
        "The ferry can carry 40 passengers but did not sail on four days last week because of high winds.",
        "The ferry can carry 40 passengers, although high winds kept it in port on four days last week.",
    );
    assert_clean("polarity-drift", &[(source, kept), sail]);
}

#[test]
fn a_denied_objection_told_as_objected_is_flagged_beside_a_negative_word() {
    // "was unable to" answers "could not", not "had no objection".
    let source = "The finance lead said the authority had no objection to the restoration itself but could not justify the expense.";
    let flagged = "The finance lead said the authority objected to the restoration itself and was unable to justify the cost.";
    assert_flagged("polarity-drift", &[(source, flagged)]);
    let clean = [
        "The finance lead said the authority did not object to the restoration itself and was unable to justify the cost.",
        "The finance lead said the authority had no objections to the restoration itself and was unable to justify the cost.",
    ];
    for suspect in clean {
        assert_clean("polarity-drift", &[(source, suspect)]);
    }
}

#[test]
fn curated_opposites_of_reluctance_difficulty_and_notice_are_flagged() {
    let cases = [
        (
            "Drivers were reluctant to work weekend nights.",
            "Drivers were keen to work weekend nights.",
            "keen",
        ),
        (
            "The practice said recruiting dentists had been difficult for years.",
            "The practice said recruiting dentists had been straightforward for years.",
            "straightforward",
        ),
        (
            "Inspectors made unannounced visits to the nursery.",
            "Inspectors made scheduled visits to the nursery.",
            "scheduled",
        ),
        // Restated, not flipped.
        (
            "Drivers were reluctant to work weekend nights.",
            "Drivers were unwilling to work weekend nights.",
            "",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}

#[test]
fn a_removed_negation_is_flagged_on_the_word_restating_what_it_denied() {
    let cases = [
        // The denied word went with the negation ("no breach of" → "that")
        // and is restated undenied later in the sentence.
        (
            "Inspectors said the audit had found no breach of the waste rules at the depot.",
            "Inspectors said the audit had found that the waste rules at the depot had been breached.",
            "breached",
        ),
        // A whole clause rewritten: a synonym of the denied word.
        (
            "The cafe was not shut during the works and trade had not fallen, according to an owner who asked not to be named.",
            "According to an owner who did not wish to be named, the cafe stayed open throughout the works, though trade had dropped.",
            "dropped",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}

#[test]
fn a_negative_word_swapped_in_another_clause_answers_no_dropped_denial() {
    // "abandoned" restates "dropped" in its own clause; the refusal turned
    // to assent in the next stands.
    let source = "The club dropped the fine in May but refused to change its rules.";
    let suspect = "The club abandoned the fine in May but agreed to review its rules.";
    assert!(!findings_of("polarity-drift", suspect, source).is_empty());
    let source = "No horses would be removed while the appeal was heard, and the council was not seeking to prosecute the owner.";
    let suspect = "No horses will be taken away while the appeal is heard, and the council intends to prosecute the owner.";
    assert!(!findings_of("polarity-drift", suspect, source).is_empty());
    let source = "Data from the meters would not be used to fine anyone during the trial, and tenants could leave the scheme at any time.";
    let suspect = "Data from the meters could be used to fine tenants during the trial, and tenants were free to leave the scheme whenever they wished.";
    assert!(!findings_of("polarity-drift", suspect, source).is_empty());
    // A denial cut out with its words went into the negative word; one that
    // keeps the replaced word, or whose root the other side restates,
    // carries a denial of its own.
    let source = "A jury found Mark Bell, 61, not guilty of two counts of theft.";
    let suspect = "A jury acquitted Mark Bell, 61, of two counts of theft.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
    let source = "Patients should ring their doctor before visiting, to avoid infecting others.";
    let suspect = "Patients should call their doctor before going in, so as not to infect others.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
    let source = "Two unvaccinated pupils who were exposed must stay at home.";
    let suspect = "Two exposed pupils who are not vaccinated must stay at home.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
}

#[test]
fn a_state_both_sides_keep_answers_no_dropped_denial() {
    assert_cases(
        "polarity-drift",
        &[(
            "The hall will remain open, and the council said it did not expect further disruption.",
            "The hall will stay open, and the council said it expected further disruption.",
            "expected",
        )],
    );
}

#[test]
fn a_figure_that_stays_told_as_one_that_rises_is_flagged() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Ticket prices will stay at £12 for adults.",
                "Ticket prices will rise to £12 for adults.",
                "rise",
            ),
            (
                "Swim prices will remain at 5.50 pounds for adults.",
                "Swim prices will also rise, to 5.50 pounds for adults.",
                "rise",
            ),
            (
                "Ticket prices rose to £12 for adults.",
                "Ticket prices stayed at £12 for adults.",
                "stayed",
            ),
            (
                "The team stayed at the hotel and rested.",
                "The team rose at the hotel and rested.",
                "",
            ),
            (
                "Ticket prices stayed at £12 in March and rose in May.",
                "Ticket prices stayed at £12 in March and climbed in May.",
                "",
            ),
            (
                "The fee would stay at £1 but the charge per minute would go up to 16p.",
                "The fee would remain at £1 but the charge per minute would rise to 16p.",
                "",
            ),
            (
                "The fee would stay at £1 and the charge per minute would stay at 13p.",
                "The fee would remain at £1 but the charge per minute would rise to 13p.",
                "rise",
            ),
        ],
    );
}

#[test]
fn a_state_kept_of_the_root_a_denial_reaches_restates_no_denial() {
    // "stayed profitable" keeps what "not made a profit" denied: a flip.
    let source = "The bakery has not made a profit since it opened in 2019.";
    let suspect = "The bakery has stayed profitable since it opened in 2019.";
    assert!(!findings_of("polarity-drift", suspect, source).is_empty());
    // A state of another root still restates the denied act.
    let source = "The pilot said he had not panicked when the engine failed.";
    let suspect = "The pilot said he had kept calm when the engine failed.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
}

#[test]
fn a_negative_word_swapped_outside_a_bare_denials_reach_answers_nothing() {
    // "pending" restates "outstanding" before the coordination; the "not"
    // dropped after it governed "charge" alone. A denying verb before the
    // added "not" reaches it and answers it.
    let cases = [
        (
            "The board said it would settle all outstanding claims within a month and would not charge any tenant who had paid before May.",
            "The board said it would settle all pending cliams within a month and would charge any tenant who had paid before May.",
            "charge",
        ),
        (
            "The firm denied that its drivers were to blame for the delays.",
            "The firm said its drivers were not to blame for the delays.",
            "",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}
