//! meaning-drift examples of bounds and approximations on figures: an
//! approximate figure given as exact, a bound dropped or turned round, a figure
//! just under made a floor; "up to", "some" and an approximation restated pass.

use super::*;

/// Careful rewrites that keep polarity and stance pass: (source, suspect, flagged or "").
/// An approximate figure given as exact is flagged; an approximation or a
/// bound restyled, or figures swapped (number-drift's), is not this rule's.
#[test]
fn an_approximate_figure_given_as_exact() {
    let source = "The group agreed to buy the operator for about $3.4 billion, the companies said.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "The group agreed to buy the operator for $3.4 billion, the companies said.",
                "3.4",
            ),
            (
                source,
                "The group agreed to buy the operator for roughly $3.4 billion, the companies said.",
                "",
            ),
            (
                "The plan allows for some 90,000 new homes by 2040, the regulator said.",
                "The plan allows for 90,000 new homes by 2040, the regulator said.",
                "90,000",
            ),
            (
                "Ticket holders will get a refund of up to 25% of the fare, the operator said.",
                "Ticket holders will get a maximum refund of 25% of the fare, the operator said.",
                "",
            ),
            (
                "The council does not expect more than eight compulsory redundancies.",
                "The council expects no more than eight compulsory redundancies.",
                "",
            ),
            // A denial further before the floor moved onto the bound.
            (
                "Under the new rules no tenant may keep more than two dogs.",
                "Under the new rules tenants may keep no more than two dogs.",
                "",
            ),
            (
                "The painting is unlikely to fetch more than £40,000 at auction.",
                "The painting will probably fetch no more than £40,000 at auction.",
                "",
            ),
            (
                "Under the new rules each tenant may keep more than two dogs.",
                "Under the new rules each tenant may keep no more than two dogs.",
                "no more than",
            ),
            (
                "The council said the cuts cannot last more than two years.",
                "The cuts cannot last more than two years, the council said.",
                "",
            ),
            (
                "The plant will create about 1,200 jobs and 140 permanent posts.",
                "The plant will create about 140 jobs and 1,200 permanent posts.",
                "",
            ),
        ],
    );
}

#[test]
fn a_bound_dropped_from_an_amount_with_an_article_or_a_mid_month_drifts() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Traffic was suspended for at least a week.",
                "Traffic was suspended for a week.",
                "a week",
            ),
            (
                "Growers lost up to a third of their crop.",
                "Growers lost a third of their crop.",
                "a third",
            ),
            (
                "The line will stay closed until at least mid-August, the operator said.",
                "The line will stay closed until mid-August, the operator said.",
                "mid-August",
            ),
            (
                "The shelters will stay open until at least the end of March, the council said.",
                "The shelters will stay open until the end of March, the council said.",
                "the end of March",
            ),
            (
                "The shelters will stay open until at least the end of March, the council said.",
                "The shelters will stay open at least until the end of March, the council said.",
                "",
            ),
            (
                "Traffic was suspended for at least a week.",
                "Traffic was suspended for a week at least.",
                "",
            ),
        ],
    );
}

#[test]
fn a_bound_dropped_beside_a_firmer_verb_is_one_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The storm could cost farmers up to 40 million dollars in lost crops, the ministry said.",
                "The storm will cost farmers 40 million dollars in lost crops, the ministry said.",
                "will cost farmers 40",
            ),
            (
                "About 250 homes may lose power, officials said.",
                "250 homes will lose power, officials said.",
                "250 homes will lose",
            ),
        ],
    );
}

#[test]
fn up_to_after_a_verb_of_movement_is_no_cap() {
    assert_clean(
        "meaning-drift",
        &[(
            "The average bill went up to $7.40 from $6.85, the company said.",
            "Customers spent an average of $7.40, up from $6.85, the company said.",
        )],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "The closure could cost the region up to $15 million, business groups said.",
            "The closure could cost the region $15 million, business groups said.",
            "15",
        )],
    );
}

#[test]
fn a_figure_just_under_made_a_floor_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Her client had already spent almost eight months on remand, Rebecca Flint said.",
                "Her client had already been held on remand for more than eight months, Rebecca Flint said.",
                "more than eight",
            ),
            (
                "Marath, which imports nearly half of its wheat, has struggled with bread prices.",
                "Marath, which imports more than half of its wheat, has struggled with bread prices.",
                "more than half",
            ),
            // The cap on the grants is gone though a floor stays on another figure.
            (
                "It would offer grants of up to 5,000 dollars to beekeepers who lost more than half their colonies.",
                "It would offer grants of 5,000 dollars to beekeepers who lost more than half of their colonies.",
                "5,000",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "Marath, which imports nearly half of its wheat, has struggled with bread prices.",
                "Marath, which buys almost half of its wheat abroad, has struggled with bread prices.",
            ),
            (
                "A blizzard buried the county under as much as 28 inches of snow, officials said.",
                "A blizzard buried the county under up to 71 centimeters (28 inches) of snow, officials said.",
            ),
        ],
    );
}

#[test]
fn an_approximation_before_the_figure_keeps_the_estimate() {
    assert_cases(
        "meaning-drift",
        &[(
            "An estimated 8,000 fans packed the square, police said, and the festival is expected to raise about €2 million for the town.",
            "Some 8,000 fans filled the square, police said, and the festival will raise about €2 million for the town.",
            "will raise",
        )],
    );
}

#[test]
fn some_before_a_figure_approximates_and_is_no_scope() {
    assert_clean(
        "meaning-drift",
        &[(
            "The club said attendance reached 4,100 on Saturday, well below the all-time high of 6,000 set in 2019.",
            "The club said attendance reached 4,100 on Saturday, some 1,900 short of the record 6,000 set in 2019.",
        )],
    );
}

#[test]
fn a_cap_restated_after_its_figure_keeps_the_cap_and_one_turned_round_is_flagged() {
    assert_clean(
        "meaning-drift",
        &[(
            "The tax rate will be no more than 9 percent, the mayor said.",
            "The tax rate will be 9 percent or lower, the mayor said.",
        )],
    );
    assert_flagged(
        "meaning-drift",
        &[
            (
                "The tax rate will be no more than 9 percent, the mayor said.",
                "The tax rate will be 9 percent, the mayor said.",
            ),
            (
                "The tax rate will be no more than 9 percent, the mayor said.",
                "The tax rate will be 9 percent or higher, the mayor said.",
            ),
        ],
    );
}

/// "Can reach" tops a range as "up to" does; it keeps no floor.
#[test]
fn a_cap_told_by_the_verb_reach_is_kept_and_a_floor_is_not() {
    assert_clean(
        "meaning-drift",
        &[(
            "Clubs may also apply to the sports trust, which can award grants of up to 8,000 pounds.",
            "Clubs may also apply to the sports trust, whose grants can reach 8,000 pounds.",
        )],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "The club said it needed at least 40 volunteers to run the gala.",
            "The club said it needed to reach 40 volunteers to run the gala.",
            "40",
        )],
    );
}

#[test]
fn meaning_nearly_dropped_from_a_figure_is_flagged() {
    assert_sentences(
        "meaning-drift",
        &[(
            "Many growers lost nearly half their crop to the frost.",
            "Many growers lost almost half their crop to the frost.",
        )],
        &[
            (
                "Many growers lost nearly half their crop to the frost.",
                "Many growers lost half their crop to the frost.",
            ),
            (
                "The fund has paid out almost $40 million since March.",
                "The fund has paid out $40 million since March.",
            ),
        ],
    );
}

#[test]
fn meaning_an_amount_told_by_some_made_larger_or_smaller_is_flagged() {
    assert_sentences(
        "meaning-drift",
        &[
            (
                "Residents said the roadworks had caused some disruption.",
                "Residents said the roadworks had caused a degree of disruption.",
            ),
            (
                "Some shops closed early because of the storm.",
                "Several shops closed early because of the storm.",
            ),
        ],
        &[
            (
                "Residents said the roadworks had caused some disruption.",
                "Residents said the roadworks had caused major disruption.",
            ),
            (
                "The plan drew strong opposition from parents.",
                "The plan drew some opposition from parents.",
            ),
        ],
    );
}

/// A figure given as approximate made a floor ("about a third" → "more than
/// a third") or a floor made a figure just under ("more than 3,000" →
/// "nearly 3,000") drifts; an approximation restyled does not.
#[test]
fn an_approximate_figure_made_a_floor_and_a_floor_made_near_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The scheme cut waiting times by about a third, the trust said.",
                "The scheme cut waiting times by more than a third, the trust said.",
                "more than a third",
            ),
            (
                "The scheme cut waiting times by about a third, the trust said.",
                "The scheme cut waiting times by roughly a third, the trust said.",
                "",
            ),
            (
                "Residents handed in a petition with more than 4,000 names, the council said.",
                "Residents handed in a petition with nearly 4,000 names, the council said.",
                "nearly 4,000",
            ),
        ],
    );
}

/// A figure the source bounds may stand second in its sentence, after the
/// same figure in a date: the copy's figure at the same count is the one
/// judged ("Sept 9 … up to nine hours" → "Sept 9 … as long as nine hours"),
/// and one unbounded there is flagged.
#[test]
fn a_bound_is_judged_on_the_figure_at_the_same_count() {
    let source = "LONDON, Sept 9 - Callers were cut off for up to nine hours, the regulator said.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "LONDON, Sept 9 - Callers were cut off for as long as nine hours, the regulator said.",
                "",
            ),
            (
                source,
                "LONDON, Sept 9 - Callers were cut off for nine hours, the regulator said.",
                "nine",
            ),
        ],
    );
}

/// The same bound kept on the same figure passes where a denial is only told
/// another way ("cannot sign" → "fail to sign", "not until" → "not before");
/// a bound turned round on it is flagged.
#[test]
fn the_same_bound_kept_on_its_figure_with_the_denial_restated_passes() {
    let source = "If the club cannot sign at least three players by June, the league may step in.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "Should the club fail to sign at least three players by June, the league may step in.",
                "",
            ),
            (
                "The hall would not reopen until at least 40 stewards had been hired, the trust said.",
                "The hall would reopen, though not before at least 40 stewards had been hired, the trust said.",
                "",
            ),
            (
                "The club hopes to sign up to three players by June, the manager said.",
                "The club hopes to sign at least three players by June, the manager said.",
                "at least",
            ),
        ],
    );
}
