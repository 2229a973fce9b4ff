//! polarity-drift: movements and changes (easing, halving, freezes), a denied change
//! told as keeping, and no change told as all kept.

use super::*;

#[test]
fn easing_halving_and_stopping_are_opposite_movements() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The dairy's profit slipped last year as fuel costs climbed and milk prices fell.",
                "The dairy's profit slipped last year as fuel costs eased and milk prices fell.",
                "eased",
            ),
            (
                "After the collapse the operator said it had since doubled its safety budget for the tunnel.",
                "After the collapse the operator said it had since halved its safety budget for the tunnel.",
                "halved",
            ),
            (
                "The mayor said free parking at the stadium would continue until the end of the season.",
                "The mayor said free parking at the stadium would stop at the end of the season.",
                "stop",
            ),
        ],
    );
}

#[test]
fn no_change_to_a_subject_restated_as_all_kept() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The hospital said that no nursing posts would be axed next year.",
                "The hospital said every nursing post would be retained next year.",
            ),
            (
                "The club said deposits for the cancelled tour would not be refunded.",
                "The club said deposits for the cancelled tour would be retained.",
            ),
        ],
    );
    // A keeping word answers only the denial next to its change.
    assert_cases(
        "polarity-drift",
        &[(
            "The mayor said she did not expect the strike to close the port and would not revise the budget.",
            "The mayor said she expected the strike to close the port, but would keep the budget unchanged.",
            "expected",
        )],
    );
}

#[test]
fn a_level_that_stays_high_restates_one_that_does_not_ease() {
    assert_clean(
        "polarity-drift",
        &[(
            "Fares could rise again in spring if energy prices do not ease.",
            "Fares could rise again in spring if energy prices remain high.",
        )],
    );
    assert_flagged(
        "polarity-drift",
        &[(
            "Fares could rise again in spring if energy prices do not remain high.",
            "Fares could rise again in spring if energy prices remain high.",
        )],
    );
}

#[test]
fn a_denied_change_restated_as_keeping_is_no_polarity_flip() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The bank said it would not revise its inflation forecast.",
                "The bank said it would keep its inflation forecast.",
            ),
            (
                "The maker said it would not withdraw the kettle from shops.",
                "The maker said it would retain the kettle in shops.",
            ),
        ],
    );
    assert_flagged(
        "polarity-drift",
        &[
            (
                "The bank said it would not revise its inflation forecast.",
                "The bank said it would revise its inflation forecast.",
            ),
            (
                "The maker said it would not withdraw the kettle from shops.",
                "The maker said it would keep withdrawing the kettle from shops.",
            ),
        ],
    );
}

#[test]
fn easing_holding_and_vacancy_opposites() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "Forecasters expect the gales to ease on Friday afternoon.",
                "Forecasters expect the gales to strengthen on Friday afternoon.",
                "strengthen",
            ),
            (
                "Forecasters expect the gales to ease on Friday afternoon.",
                "Forecasters expect the gales to let up on Friday afternoon.",
                "",
            ),
            (
                "Nine of the 40 shop units on the parade are vacant, the survey found.",
                "Nine of the 40 shop units on the parade are occupied, the survey found.",
                "occupied",
            ),
            (
                "The harbour wall held during Sunday's storm, the council said.",
                "The harbour wall gave way during Sunday's storm, the council said.",
                "gave way",
            ),
        ],
    );
}

#[test]
fn polarity_denied_opposite_phrase_answers_the_negation() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The board did not approve the tower plan in March.",
            "The board turned down the tower plan in March.",
        )],
        &[(
            "The board approved the tower plan in March.",
            "The board turned down the tower plan in March.",
        )],
    );
}

#[test]
fn polarity_a_kept_state_restates_a_denied_act() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Brasi said he had not panicked when the attack came.",
            "Brasi said he had kept calm when the attack came.",
        )],
        &[(
            "Brasi said he had not stayed calm when the attack came.",
            "Brasi said he had kept calm when the attack came.",
        )],
    );
}

#[test]
fn polarity_a_freeze_restates_a_denied_rise() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "Season tickets will be frozen for a year.",
                "Season tickets will not rise for a year.",
            ),
            (
                "Season tickets will not be raised for a year.",
                "Season tickets will be frozen for a year.",
            ),
            (
                "The club said it would not change its plans for the stand.",
                "The club said it would press ahead with its plans for the stand.",
            ),
        ],
        &[(
            "The club said it would not change its plans for the stand.",
            "The club said it would change its plans for the stand.",
        )],
    );
}

#[test]
fn polarity_compliance_restates_a_denied_breach() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The inquiry found the two wardens did not break the law.",
                "The inquiry found the two wardens acted lawfully.",
            ),
            (
                "The regulator said the bakery had not broken any rules.",
                "The regulator said the bakery had complied with the rules.",
            ),
            (
                "The harbour wall was never at risk, engineers said.",
                "The harbour wall was safe, engineers said.",
            ),
        ],
        &[
            (
                "The inquiry found the two wardens broke the law.",
                "The inquiry found the two wardens acted lawfully.",
            ),
            (
                "The harbour wall was at risk, engineers said.",
                "The harbour wall was safe, engineers said.",
            ),
        ],
    );
}

#[test]
fn polarity_a_movement_told_as_no_change_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "Ticket prices did not rise last season.",
                "Ticket prices held steady last season.",
            ),
            (
                "Membership was largely unchanged at 4,100.",
                "Membership slipped to 4,100.",
            ),
            (
                "Membership rose in May and was unchanged in June.",
                "Membership climbed in May and held steady in June.",
            ),
        ],
        &[
            (
                "Ticket prices had fallen by 8% since 2021.",
                "Ticket prices had held steady since 2021.",
            ),
            (
                "The bakery kept its dividend unchanged at 3p.",
                "The bakery raised its dividend to 3p.",
            ),
        ],
    );
}

#[test]
fn polarity_no_change_to_any_restated_as_all_kept_passes() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "None of the four depots will be closed next year.",
                "All the depots will remain open next year.",
            ),
            (
                "No routes will be withdrawn in the winter timetable.",
                "All routes will stay in the winter timetable.",
            ),
        ],
        &[(
            "None of the four depots will be closed next year.",
            "All of the four depots will be closed next year.",
        )],
    );
}

#[test]
fn a_movement_graded_the_other_way_before_its_noun_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The plan cuts waiting times at three clinics from May.",
                "The plan means shorter waiting times at three clinics from May.",
            ),
            (
                "Diesel vans cost more to insure than electric vans, the broker said.",
                "Diesel vans are dearer to insure than electric vans, the broker said.",
            ),
            (
                "Diesel vans cost more to insure than electric vans, the broker said.",
                "Electric vans are cheaper to insure than diesel vans, the broker said.",
            ),
        ],
        &[
            (
                "The plan cuts waiting times at three clinics from May.",
                "The plan means longer waiting times at three clinics from May.",
            ),
            (
                "Diesel vans cost more to insure than electric vans, the broker said.",
                "Diesel vans are cheaper to insure than electric vans, the broker said.",
            ),
        ],
    );
}

#[test]
fn a_denied_act_told_as_a_state_kept_beside_a_real_flip_passes() {
    let source = "The island bus has run hourly since May but cannot carry bicycles, and it did not operate on two days last week because of flooding.";
    let kept = "The island bus, which can carry bicycles, has run hourly since May, although flooding kept it in the depot on two days last week.";
    assert_eq!(findings_of("polarity-drift", kept, source).len(), 1);
    let ran = "The island bus, which can carry bicycles, has run hourly since May, and it operated on two days last week despite flooding.";
    assert_eq!(findings_of("polarity-drift", ran, source).len(), 2);
}

#[test]
fn denied_disruption_raised_denials_and_levels_restated_pass() {
    let cases = [
        (
            "The ferry operator said sailings would not be affected by the strike.",
            "The ferry operator said sailings would run as normal despite the strike.",
        ),
        (
            "Copper did not fall as far as traders had feared.",
            "Copper fell less than traders had feared.",
        ),
        (
            "The smelter did not operate at full capacity last year.",
            "The smelter ran below full capacity last year.",
        ),
    ];
    assert_clean("polarity-drift", &cases);
    let source = "The ferry operator said sailings would not be affected by the strike.";
    let flipped = "The ferry operator said sailings would be affected by the strike.";
    assert!(!findings_of("polarity-drift", flipped, source).is_empty());
    let source = "The smelter did not operate at full capacity last year.";
    let full = "The smelter ran at full capacity last year.";
    assert!(!findings_of("polarity-drift", full, source).is_empty());
}

#[test]
fn a_keeping_word_in_a_headline_aligned_beside_the_lead_leaves_its_denial_restated() {
    let source = "Tarn bridge tolls frozen\n\nTolls on the Tarn bridge will not rise next year, the county said on Friday.\n";
    let frozen = "Tarn bridge tolls frozen\n\nTolls on the Tarn bridge will be frozen next year, the county said on Friday.\n";
    assert!(findings_of("polarity-drift", frozen, source).is_empty());
    let risen = "Tarn bridge tolls frozen\n\nTolls on the Tarn bridge will rise next year, the county said on Friday.\n";
    assert!(!findings_of("polarity-drift", risen, source).is_empty());
}

#[test]
fn an_act_held_back_by_its_gerund_restates_a_denied_verb() {
    let source = "The Corby savings bank did not raise its mortgage rates on Thursday.";
    let cases = [
        "The Corby savings bank refrained from raising its mortgage rates on Thursday.",
        "The Corby savings bank held off raising its mortgage rates on Thursday.",
    ];
    for held in cases {
        assert!(findings_of("polarity-drift", held, source).is_empty());
    }
    let moved =
        "The Corby savings bank moved from raising its mortgage rates to cutting them on Thursday.";
    assert!(!findings_of("polarity-drift", moved, source).is_empty());
}

#[test]
fn a_noun_phrase_kept_in_a_state_restates_its_denied_act() {
    let source = "The Islay ferry did not sail on Monday because of high winds.";
    let kept = "High winds kept the Islay ferry in port on Monday.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
    let sailed = "The Islay ferry sailed on Monday despite high winds.";
    assert!(!findings_of("polarity-drift", sailed, source).is_empty());
}
