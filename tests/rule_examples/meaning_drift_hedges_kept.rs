//! meaning-drift examples of a hedge kept in other words, by a verb or idiom of
//! prospect, wish, belief or likelihood ("on the cards", "feasible", "not
//! necessarily"): no hedge dropped.

use super::*;

#[test]
fn hedges_kept_in_other_words_are_clean() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "The union said a strike would likely disrupt flights over Easter.",
                "The union said a strike was probably disrupting flights over Easter.",
            ),
            (
                "Central bank signals a cut may come in spring",
                "Central bank hints at spring cut",
            ),
            (
                "The bank expects inflation to fall to 2.4% next year, it said.",
                "The bank sees inflation falling to 2.4% next year, it said.",
            ),
            (
                "The farmers' union estimates that the average cost of producing a litre of milk is about 41p.",
                "The farmers' union puts the average cost of producing a litre of milk at about 41p.",
            ),
        ],
    );
}

#[test]
fn a_hedge_kept_in_other_words_is_no_hedge_dropped() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "The judge said the firm should expect a large fine.",
                "The judge said he was telling the firm to expect a large fine.",
            ),
            (
                "The agency supported the plan, but said in its response that the club should fit filters to the outlets.",
                "The agency backed the plan, but its response recommended that the club fit filters to the outlets.",
            ),
            (
                "Engineers are studying a possible second launch in 2028.",
                "Engineers are examining a potential second launch in 2028.",
            ),
            (
                "Seedlings grown in shade were far more likely to survive the drought.",
                "Seedlings grown in shade had a much better chance of surviving the drought.",
            ),
            (
                "The council said it would consider a ban on night flights.",
                "The council said it was open to a ban on night flights.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "The council said it would consider a ban on night flights.",
            "The council said it would impose a ban on night flights.",
            "impose",
        )],
    );
}

#[test]
fn a_likelihood_told_as_on_the_cards_keeps_its_hedge() {
    assert_clean(
        "meaning-drift",
        &[(
            "A walkout by the depot's cleaners is likely before the summer.",
            "A walkout by the depot's cleaners is on the cards before the summer.",
        )],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "A walkout by the depot's cleaners is likely before the summer.",
            "A walkout by the depot's cleaners will happen before the summer.",
        )],
    );
}

#[test]
fn hedges_restated_or_shifted_by_name_are_no_dropped_hedge() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "The bakery cut its annual sales forecast to 12 million.",
                "The bakery lowered its annual sales guidance to 12 million.",
            ),
            (
                "Tenants alleged that the landlord had ignored the leak for months.",
                "Tenants accused the landlord of having ignored the leak for months.",
            ),
            (
                "The driver was reportedly a former courier for the firm.",
                "The driver was a former courier for the firm, according to reports.",
            ),
            (
                "The board said it would weigh the costs against the likely gains.",
                "The board said it would balance the costs against the likely gains.",
            ),
        ],
    );
    // The hedge became a named shift: one finding, on the shift, not a
    // second one for the hedge.
    assert_cases(
        "meaning-drift",
        &[(
            "The coach said she was upset and was considering a protest.",
            "The coach said she was calm but had lodged a protest.",
            "had",
        )],
    );
}

#[test]
fn not_necessarily_keeps_a_hedge() {
    assert_clean(
        "meaning-drift",
        &[(
            "The authors said the results may not hold for larger farms.",
            "The authors said the results do not necessarily hold for larger farms.",
        )],
    );
}

#[test]
fn feasible_keeps_the_hedge_of_possible() {
    assert_clean(
        "meaning-drift",
        &[(
            "Drivers at the closing depot will be moved to other routes where possible, the operator said.",
            "Drivers at the closing depot will be moved to other routes where feasible, the operator said.",
        )],
    );
}

/// A belief told as the speaker's view or as the cause she assigns passes; a
/// likelihood put in "his view" is still a hedge dropped.
#[test]
fn a_belief_told_as_a_view_or_an_attributed_cause_passes() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Dr Lena Moss said she believed the drop in visitor numbers was driven by higher ferry fares.",
                "In her view, the drop in visitor numbers was driven by higher ferry fares, Dr Lena Moss said.",
            ),
            (
                "Director Paul Rook said he believed the fall in sales was caused by the wet summer.",
                "Director Paul Rook attributed the fall in sales to the wet summer.",
            ),
        ],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "He said fines alone were unlikely to fix the city's housing problems.",
            "In his view fines alone would not fix the city's housing problems.",
        )],
    );
}

/// A hedge told by a verb or idiom of prospect, belief, wish or deliberation
/// passes ("could disrupt" → "threatens to disrupt", "is considering hiring" →
/// "is debating whether to hire"); the hedge cut with nothing for it is still
/// flagged, and jobs "threatened by" closures keep no hope.
#[test]
fn a_hedge_told_by_a_verb_of_prospect_or_wish_passes() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Repairs to the lock could disrupt boat traffic for much of the summer.",
                "Repairs to the lock threaten to disrupt boat traffic for much of the summer.",
            ),
            (
                "The trust said the work may be delayed by high water levels.",
                "The trust said the work faces delays because of high water levels.",
            ),
            (
                "Engineers believe the gate failed because of a corroded hinge.",
                "Engineers suspect the gate failed because of a corroded hinge.",
            ),
            (
                "Local boatyards are likely to lose business while the canal is closed.",
                "Local boatyards stand to lose business while the canal is closed.",
            ),
            (
                "Hallam said he hoped the lock would reopen before the holiday.",
                "Hallam said he was keen for the lock to reopen before the holiday.",
            ),
            (
                "The trust is considering hiring extra contractors.",
                "The trust is debating whether to hire extra contractors.",
            ),
            (
                "The repairs were probably the most expensive in the trust's history.",
                "In all probability the repairs were the most expensive in the trust's history.",
            ),
            (
                "A report predicted that more locks would need repairs.",
                "A report foresaw repairs to more locks.",
            ),
            (
                "The agency forecast that output would grow by 2%.",
                "The agency projects that output will grow by 2%.",
            ),
            (
                "The trust expects to spend about 3 million pounds.",
                "The trust is counting on spending about 3 million pounds.",
            ),
            (
                "The union warned that the strike could spread to other depots.",
                "The union said the strike risked spreading to other depots.",
            ),
            (
                "The strike could disrupt services across the city.",
                "There is a risk that the strike will disrupt services across the city.",
            ),
            (
                "Residents fear the plant will pollute the river.",
                "Residents are concerned the plant will pollute the river.",
            ),
        ],
    );
    assert_flagged(
        "meaning-drift",
        &[
            (
                "Roughly 900 jobs are affected by the closures, though Okonjo said the company hoped to move most affected staff into its supermarkets.",
                "Roughly 900 jobs are threatened by the closures, though Okonjo said the company would move most affected staff into its supermarkets.",
            ),
            (
                "The minister is expected to announce the budget on Tuesday.",
                "The minister will unveil the budget on Tuesday.",
            ),
        ],
    );
}

#[test]
fn an_estimate_put_at_a_figure_past_a_long_object_is_kept() {
    let source = "The sanctuary estimates the cost of the flood, including repairs to heated enclosures, at £74,000.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "The sanctuary puts the cost of the flood, including repairs to heated enclosures, at £74,000.",
                "",
            ),
            (
                source,
                "The sanctuary puts the cost of the flood, including repairs to heated enclosures, at the top of its list.",
                "puts",
            ),
        ],
    );
}

#[test]
fn a_permission_told_as_a_right_is_kept() {
    let source =
        "The council said officers may inspect a badge but must not ask about a disability.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "The council said that, while officers are entitled to inspect a badge, they must not ask about a disability.",
                "",
            ),
            (
                source,
                "The council said that officers inspect every badge but must not ask about a disability.",
                "inspect",
            ),
        ],
    );
}

#[test]
fn a_verb_of_deliberation_in_its_base_form_keeps_the_weighing() {
    let source = "The committee will meet on April 2 to consider a proposal to raise team fees.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "The committee will meet on April 2 to ponder a proposal to raise team fees.",
                "",
            ),
            (
                source,
                "The committee will meet on April 2 to adopt a proposal to raise team fees.",
                "adopt",
            ),
        ],
    );
}

#[test]
fn a_candidate_is_still_only_possible() {
    let source = "The cast has begun reading two possible replacements.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "The cast has begun reading two candidate replacements.",
                "",
            ),
            (
                source,
                "The cast has begun reading two replacements.",
                "replacements",
            ),
        ],
    );
}

#[test]
fn a_hedge_told_by_another_hedge_or_misspelt_is_kept() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "She has asked the operator to keep a small counter in the town centre, possibly inside the library on Market Row.",
                "She has asked the operator to keep a small counter in the town centre, maybe inside the library on Market Row.",
            ),
            (
                "The qualifier, scheduled for May 20, is expected to draw 144 players from across the region.",
                "The qualifier, slated for May 20, is anticipatted to attract 144 players from across the region.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[
            (
                "She has asked the operator to keep a small counter in the town centre, possibly inside the library on Market Row.",
                "She has asked the operator to keep a small counter in the town centre, inside the library on Market Row.",
                "inside",
            ),
            (
                "The trust said the second shop would maybe open in the spring.",
                "The trust said the second shop would open in the spring.",
                "open",
            ),
            (
                "The qualifier, scheduled for May 20, is expected to draw 144 players from across the region.",
                "The qualifier, slated for May 20, will attract 144 players from across the region.",
                "will attract",
            ),
        ],
    );
}

#[test]
fn an_ability_told_by_an_option_or_an_adjective_of_ability_is_kept() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "A resident said the engines could be heard clearly inside her home.",
                "A resident said the engines were clearly audible inside her home.",
            ),
            (
                "Bramwell said business customers could book a paid collection from their premises.",
                "Bramwell said business customers had the option of booking a paid collection from their premises.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[
            (
                "A resident said the engines could be heard clearly inside her home.",
                "A resident said the engines were heard clearly inside her home.",
                "were",
            ),
            (
                "Bramwell said business customers could book a paid collection from their premises.",
                "Bramwell said business customers booked a paid collection from their premises.",
                "booked",
            ),
        ],
    );
}
