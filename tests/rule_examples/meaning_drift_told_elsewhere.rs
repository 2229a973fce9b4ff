//! meaning-drift examples of a hedge, a habit or a plan the copy still tells
//! in other words or in another sentence: a source sentence split in two, an
//! inability told as impossible, "often" told as "frequently", a schedule
//! told by its own participle, a state the source already gives; and a
//! condition's own modal, which hedges no claim.

use super::*;

#[test]
fn a_hedge_told_in_the_other_half_of_a_split_sentence_is_kept() {
    let source = "The upgrade will cost an estimated 2.4 million pounds, of which 1.5 million pounds will come from a national fund. The rest will be borrowed.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "The upgrade is expected to cost 2.4 million pounds. Of that, 1.5 million pounds will be borrowed, with the rest coming from a national fund.",
                "",
            ),
            (
                source,
                "The upgrade will cost 2.4 million pounds. Of that, 1.5 million pounds will be borrowed, with the rest coming from a national fund.",
                "2.4",
            ),
        ],
    );
}

#[test]
fn could_no_longer_is_an_inability_not_a_hedge() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "She said attendance had dropped largely because the hall could no longer offer evening classes, and she expected numbers to recover once the move was complete.",
                "Attendance fell mostly because evening classes were no longer possible there. She was sure numbers would recover once the move had been completed.",
                "sure",
            ),
            // The other clause's "could no longer" keeps no hedge of "could fill".
            (
                "The mayor said the scheme was not a substitute for buses but could fill gaps the council could no longer afford to cover.",
                "The mayor said the scheme was not a substitute for buses, filling gaps the council could no longer afford to cover.",
                "filling",
            ),
        ],
    );
}

#[test]
fn a_habit_the_source_states_in_a_word_of_its_row_is_no_degree_added() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The charity's director, Jo Bell, said around one in five disabled adults in the county already cycle, often using their bike as a mobility aid.",
                "Jo Bell, director of the charity, said roughly one in five disabled adults in the county already ride a bike, frequently as a mobility aid.",
                "",
            ),
            (
                "The clinic said patients wait for a bed.",
                "The clinic said patients routinely wait for a bed.",
                "routinely",
            ),
        ],
    );
}

#[test]
fn a_schedule_or_a_state_the_source_gives_is_no_plan_done() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The manager said the bridge was due to be replaced in 2027.",
                "The manager said the bridge had been scheduled for replacement in 2027.",
                "",
            ),
            (
                "The manager said the bridge was due to be replaced in 2027.",
                "The manager said the bridge had been replaced in 2027.",
                "had been replaced",
            ),
            (
                "The route will be run by a local firm using a refurbished coach with racks for bicycles.",
                "A local firm will run the route using a coach that has been refurbished and fitted with racks for bicycles.",
                "",
            ),
            (
                "The route will be run by a local firm using a new coach.",
                "The route has been run by a local firm using a new coach.",
                "has been",
            ),
        ],
    );
}

#[test]
fn a_modal_inside_an_if_clause_with_its_own_subject_hedges_no_claim() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The trustees said they would review the fee after a year and might cut it if a new sponsor could be found.",
                "The trustees said they would review the fee after a year and might cut it if a new sponsor was found.",
                "",
            ),
            (
                "The suspects appear in court on Friday. If convicted, they could face up to five years in prison.",
                "The suspects appear in court on Friday. They face up to five years in prison.",
                "face",
            ),
        ],
    );
}
