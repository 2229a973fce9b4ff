//! Polarity-drift against figures reassigned between the movements of one
//! sentence, each verb of movement keeping its own way (session 45).

use super::assert_cases;

#[test]
fn a_figure_moved_onto_another_movement_is_no_flip() {
    let income = "Income from moorings rose by 4% last year, while spending on dredging fell slightly, to £3.2 million.";
    let route = "Passenger numbers on Route 14 rose slightly last year, by 2 percent, while overall patronage across the county fell by 6 percent.";
    let cases = [
        // The figures traded places; "rose" and "fell" stayed put.
        (
            income,
            "Mooring income rose to £3.2 million last year, while spending on dredging fell sharply, by 4%.",
            "",
        ),
        // "edged up" restates "rose slightly"; the 6 percent came from the fall.
        (
            route,
            "Ridership on Route 14 edged up by 6 percent last year, even as overall patronage across the county slipped.",
            "",
        ),
        // The movements themselves turned round: flagged.
        (
            route,
            "Ridership on Route 14 edged down by 6 percent last year, even as overall patronage across the county slipped.",
            "down",
        ),
        (
            route,
            "Passenger numbers on Route 14 rose slightly last year, by 2 percent, while overall patronage across the county rose by 6 percent.",
            "rose",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}

#[test]
fn movements_turned_round_with_their_figures_are_flagged() {
    let source = "Income from moorings rose by 4% last year, while spending on dredging fell slightly, to £3.2 million.";
    let suspect = "Mooring income fell by 4% last year, while spending on dredging rose slightly, to £3.2 million.";
    assert_eq!(
        super::findings_of("polarity-drift", suspect, source),
        ["fell", "rose"]
    );
}
