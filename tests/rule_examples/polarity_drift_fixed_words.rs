//! polarity-drift examples of session 64: words of fixed phrases that move
//! nothing ("no longer", "up for sale"), "before" a noun for "without" it,
//! and a removed denial whose clause moved in the sentence.

use super::*;

#[test]
fn the_longer_of_no_longer_is_no_comparative() {
    let source = "An inspection found that the shelter no longer met national welfare standards.";
    let short =
        "An inspection found that the shelter had fallen short of national welfare standards.";
    assert!(findings_of("polarity-drift", short, source).is_empty());
    // The denial dropped is still flagged, and so is a length reversed.
    let met = "An inspection found that the shelter met national welfare standards.";
    assert!(!findings_of("polarity-drift", met, source).is_empty());
    let source = "Queues at the border were longer this summer.";
    let suspect = "Queues at the border were shorter this summer.";
    assert_eq!(findings_of("polarity-drift", suspect, source), ["shorter"]);
}

#[test]
fn the_up_of_up_for_sale_is_no_movement() {
    let source = "Rowing club puts boathouse up for sale as membership falls";
    let suspect = "Rowing club to sell boathouse after slump in membership";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
    let source = "Rents in the city were up for the third month in a row.";
    let suspect = "Rents in the city were down for the third month in a row.";
    assert_eq!(findings_of("polarity-drift", suspect, source), ["down"]);
}

#[test]
fn before_a_noun_restates_without_it() {
    let source = "The first plan was withdrawn in March before a decision was made.";
    let suspect = "The first plan was withdrawn in March without a decision having been reached.";
    assert!(findings_of("polarity-drift", suspect, source).is_empty());
    // Another noun after "without" is a denial added.
    let suspect = "The first plan was withdrawn in March without a vote having been held.";
    assert!(!findings_of("polarity-drift", suspect, source).is_empty());
}

#[test]
fn a_removed_denial_whose_clause_moved_is_flagged_on_its_verb() {
    let source =
        "Visitors' bags will not be checked, but stewards have been told to watch for flares.";
    let moved =
        "Stewards have been told to watch for flares, and visitors' bags will be inspected.";
    assert_eq!(
        findings_of("polarity-drift", moved, source),
        ["will be inspected"]
    );
    let kept =
        "Stewards have been told to watch for flares, but visitors' bags will not be inspected.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
}
