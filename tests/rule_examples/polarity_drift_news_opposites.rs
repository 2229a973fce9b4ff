//! polarity-drift: news opposites of outcomes, timing, pace and powers, and curated
//! opposite phrases of news copy, flipped.

use super::*;

#[test]
fn news_opposites_and_prefix_denials_are_polarity_drift() {
    let cases = [
        (
            "The regulator on Monday cleared the proposed merger of the two dairies.",
            "The regulator on Monday blocked the proposed merger of the two dairies.",
            "blocked",
        ),
        (
            "The union called off a 48-hour strike planned for next week.",
            "The union went ahead with a 48-hour strike planned for next week.",
            "went ahead with",
        ),
        (
            "The judge released Ashcombe on bail until the hearing in March.",
            "The judge remanded Ashcombe in custody until the hearing in March.",
            "in custody",
        ),
        (
            "Patients with non-urgent appointments should stay at home on Tuesday.",
            "Patients with urgent appointments should stay at home on Tuesday.",
            "urgent",
        ),
        (
            "The cuts will come mostly through voluntary redundancy, the council said.",
            "The cuts will come mostly through compulsory redundancy, the council said.",
            "compulsory",
        ),
        (
            "Patients with non-urgent appointments should stay at home on Tuesday.",
            "Patients whose appointments are not urgent should stay at home on Tuesday.",
            "",
        ),
        (
            "Governors warned the school was at risk of running out of money by 2027.",
            "Governors warned the school was safe from running out of money by 2027.",
            "safe from",
        ),
        (
            "Economists are divided on the likely effect of the rent cap.",
            "Economists broadly agree on the likely effect of the rent cap.",
            "agree",
        ),
        (
            "The minister stopped short of promising long-term funding for the posts.",
            "The minister did not promise long-term funding for the posts.",
            "",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}

#[test]
fn opposite_news_phrases_of_timing_powers_and_advice() {
    let cases = [
        (
            "The trust said it would delay the opening of its new cancer wing until 2028.",
            "The trust said it would bring forward the opening of its new cancer wing to 2028.",
            "bring forward",
        ),
        (
            "Ministers agreed to defer the road scheme to the following spending round.",
            "Ministers agreed to bring forward the road scheme to the following spending round.",
            "bring forward",
        ),
        (
            "The tribunal found that the regulator had exceeded its powers in issuing the fine.",
            "The tribunal found that the regulator had acted within its powers in issuing the fine.",
            "within its powers",
        ),
        (
            "The planning board did approve a smaller extension to the depot.",
            "The planning board turned down a smaller extension to the depot.",
            "turned down",
        ),
        (
            "The mayor signed the contract against the advice of the city's lawyers.",
            "The mayor signed the contract on the advice of the city's lawyers.",
            "on the advice of",
        ),
        (
            "Analysts said the sharp fall in sales came as no surprise.",
            "Analysts said the sharp fall in sales was unexpected.",
            "unexpected",
        ),
        (
            "The club said the stand's reopening would be delayed until spring.",
            "The club said the stand's reopening would be pushed back until spring.",
            "",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}

#[test]
fn opposites_swapped_inside_moved_text_are_polarity_drift() {
    let cases = [
        (
            "Net debt narrowed to 6.1 billion crowns, and the board proposed a dividend.",
            "The board proposed a dividend, while net debt widened to 6.1 billion crowns.",
            "widened",
        ),
        (
            "Voters approved the levy in a referendum that drew the highest turnout in a decade.",
            "In a referendum that drew the lowest turnout in a decade, voters approved the levy.",
            "lowest",
        ),
        (
            "The authority's chief executive, Patrice Obuya, rejected the criticism.",
            "Patrice Obuya, chief executive of the authority, accepted the criticism.",
            "accepted",
        ),
    ];
    assert_cases("polarity-drift", &cases);
    // Both words kept, only moved: no flip.
    assert!(
        findings_of(
            "polarity-drift",
            "Shares rose 3% while bonds fell, and the board proposed a dividend.",
            "The board proposed a dividend, while shares rose 3% and bonds fell."
        )
        .is_empty()
    );
}

#[test]
fn figures_moving_the_other_way_permission_made_a_ban_and_standards_missed_flip() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Sales were down 9% on the year.",
                "Sales showed a 9% rise on the year.",
                "rise",
            ),
            (
                "The rule lets the city draw on the reserve fund.",
                "The rule bars the city from drawing on the reserve fund.",
                "bars",
            ),
            (
                "Inspectors found the plant met current safety standards.",
                "Inspectors found the plant fell short of current safety standards.",
                "fell short of",
            ),
            (
                "Rents rose after years of slow growth.",
                "Rents rose after years of rapid growth.",
                "rapid",
            ),
            // A denied opposite restates, a few words back too.
            (
                "Drones will be banned across the park from June.",
                "Drones will no longer be allowed anywhere in the park from June.",
                "",
            ),
        ],
    );
}

#[test]
fn news_opposites_of_pace_verdicts_and_lobbying_flip() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Officials said the rate of new infections appeared to be slowing.",
                "Officials said the rate of new infections appeared to be accelerating.",
                "accelerating",
            ),
            (
                "The jury acquitted him on a single count of witness tampering.",
                "The jury also found him guilty on a single count of witness tampering.",
                "found him guilty",
            ),
            (
                "The union had lobbied against the merger for a year.",
                "The union had lobbied for the merger for a year.",
                "lobbied for",
            ),
            // A denied opposite restates.
            (
                "Schools will stay closed until Monday.",
                "Schools will not reopen until Monday.",
                "",
            ),
        ],
    );
}

#[test]
fn outcomes_told_as_their_opposites_are_flagged() {
    assert_flagged(
        "polarity-drift",
        &[
            (
                "Speed limits of 20 mph remain in place on three other curves.",
                "Speed limits of 20 mph on three other curves have been lifted.",
            ),
            (
                "The two youth clubs named in the complaint remain open.",
                "The two youth clubs named in the complaint have since shut their doors.",
            ),
            (
                "The councillor said many residents were relieved that work had stopped.",
                "The councillor said many residents were dismayed that work had stopped.",
            ),
        ],
    );
}

#[test]
fn opposites_of_pace_margin_and_performance_are_flagged() {
    assert_flagged(
        "polarity-drift",
        &[
            (
                "Lapwing numbers rose more slowly than the survey had expected.",
                "Lapwing numbers grew faster than the survey had expected.",
            ),
            (
                "The plan was rejected by 55% to 45%.",
                "The plan was backed by 55% to 45%.",
            ),
            (
                "The rest of the loan book was performing well, the bank said.",
                "The rest of the loan book was underperforming, the bank said.",
            ),
            (
                "It was a sharper drop than economists had forecast.",
                "It was a smaller drop than economists had forecast.",
            ),
        ],
    );
}

#[test]
fn hard_made_easy_is_polarity_drift() {
    assert_cases(
        "polarity-drift",
        &[(
            "The government has pledged to build 300,000 homes, but officials acknowledged the target would be hard to meet.",
            "The government has promised to build 300,000 homes, and officials said the target would be easy to meet.",
            "easy",
        )],
    );
}

#[test]
fn general_news_opposites_are_polarity_drift() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Inspectors said testing at the quarry had been limited last year.",
                "Inspectors said testing at the quarry had been extensive last year.",
                "extensive",
            ),
            (
                "Residents said seating in the new hall was inadequate for concerts.",
                "Residents said seating in the new hall was ample for concerts.",
                "ample",
            ),
            (
                "The driver was cleared of dangerous driving at Leeds Crown Court.",
                "The driver was convicted of dangerous driving at Leeds Crown Court.",
                "convicted",
            ),
            (
                "Police said the man had been carrying an imitation rifle.",
                "Police said the man had been carrying a real rifle.",
                "real",
            ),
        ],
    );
}

/// Curated opposites of news copy: on time and late, far from and close
/// to, went ahead and called off, re-elected and lost a seat, included and
/// left out, disclosed and kept secret, held and broke down.
#[test]
fn curated_opposites_of_schedules_seats_and_secrets() {
    assert_sentences(
        "polarity-drift",
        &[
            ("The trains were not on time.", "The trains were late."),
            (
                "The depot is not far from the river.",
                "The depot is close to the river.",
            ),
            (
                "The senator was not re-elected.",
                "The senator lost her seat.",
            ),
            (
                "The ceasefire has held.",
                "The ceasefire has not broken down.",
            ),
        ],
        &[
            (
                "The trains were on time all week.",
                "The trains were late all week.",
            ),
            (
                "The town hall is far from the station.",
                "The town hall is close to the station.",
            ),
            ("The strike was called off.", "The strike went ahead."),
            (
                "The senator was re-elected in November.",
                "The senator lost her seat in November.",
            ),
            (
                "The striker was included in the squad.",
                "The striker was left out of the squad.",
            ),
            (
                "The firm disclosed the price it paid.",
                "The firm kept secret the price it paid.",
            ),
            (
                "The ceasefire has held since March.",
                "The ceasefire has broken down since March.",
            ),
            (
                "The coach praised the referee.",
                "The coach blamed the referee.",
            ),
        ],
    );
}

#[test]
fn polarity_a_curated_phrase_with_a_tally_inside_is_matched() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Councillors voted 9-6 against the cut on Tuesday.",
            "Councillors rejected the cut by 9 votes to 6 on Tuesday.",
        )],
        &[(
            "Councillors voted 9-6 against the cut on Tuesday.",
            "Councillors voted 9-6 in favour of the cut on Tuesday.",
        )],
    );
}

#[test]
fn polarity_a_curated_phrase_of_the_same_side_carries_no_negation() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Marsh, who voted against the budget, said the board had done enough to consult tenants.",
            "Marsh, who opposed the budget, said the board had done enough to consult tenants.",
        )],
        &[(
            "Marsh, who voted against the budget, said the board had not done enough to consult tenants.",
            "Marsh, who opposed the budget, said the board had done enough to consult tenants.",
        )],
    );
}

/// "least" in a floor bounds a figure: a floor told as a share ("at least
/// three of the trees" → "most of the trees") is no opposite.
#[test]
fn a_floor_told_as_a_share_is_no_opposite() {
    assert_clean(
        "polarity-drift",
        &[(
            "The survey found bats roosting in at least three of the oak trees.",
            "The survey found bats roosting in most of the oak trees.",
        )],
    );
}
