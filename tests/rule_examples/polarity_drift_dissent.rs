//! polarity-drift examples of a denied word of dissent told as another word
//! of dissent: "raised no objections" → "opposed the plan".

use super::*;

#[test]
fn denied_dissent_told_as_another_word_of_dissent_is_flagged() {
    assert_flagged(
        "polarity-drift",
        &[
            (
                "Residents raised no objections to the plan for a new car park.",
                "Residents opposed the plan for a new car park.",
            ),
            (
                "Residents raised no objections to the plan for a new car park.",
                "Residents voiced opposition to the plan for a new car park.",
            ),
            (
                "There was no opposition to the plan from residents.",
                "Residents objected to the plan.",
            ),
        ],
    );
}

#[test]
fn denied_dissent_kept_denied_stays_clean() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "Residents raised no objections to the plan for a new car park.",
                "Residents did not oppose the plan for a new car park.",
            ),
            (
                "Residents raised no objections to the plan for a new car park.",
                "Residents had no opposition to the plan for a new car park.",
            ),
            (
                "The council would oppose any cuts to the library budget.",
                "The council would accept no cuts to the library budget.",
            ),
        ],
    );
}

/// A denied negative word faced by another negative word of the copy's own,
/// acting on the same object, is stated undenied; a denied act of ending
/// restated by another, though the first is no negative word.
#[test]
fn denied_negative_word_restated_by_another_is_flagged() {
    assert_flagged(
        "polarity-drift",
        &[
            (
                "Osei said the group was not opposed to electric power in principle.",
                "Osei said the group objected to electric power in principle.",
            ),
            (
                "The group said it would not drop its call for an independent inquiry.",
                "The group said it would abandon its call for an independent inquiry.",
            ),
        ],
    );
    assert_clean(
        "polarity-drift",
        &[
            (
                "Osei said the group was not opposed to electric power in principle.",
                "Osei said the group did not object to electric power in principle.",
            ),
            (
                "The group said it would not drop its call for an independent inquiry.",
                "The group said it would not abandon its call for an independent inquiry.",
            ),
        ],
    );
}

#[test]
fn consent_by_a_denied_obstruction_told_as_dissent_is_flagged() {
    assert_flagged(
        "polarity-drift",
        &[
            (
                "The union said it opposed the sale of the farm.",
                "The union said it would not stand in the way of the sale of the farm.",
            ),
            (
                "The inspector said he could not approve a building of that height.",
                "The inspector said he had no objection to a building of that height.",
            ),
            (
                "The tenants' group said it had not opposed the change.",
                "The tenants' group said it had resisted the change.",
            ),
            (
                "The club said it did not want the ground sold.",
                "The club said it would not mind the ground being sold.",
            ),
        ],
    );
}

#[test]
fn consent_by_a_denied_obstruction_kept_stays_clean() {
    assert_clean(
        "polarity-drift",
        &[
            (
                "The council said it would not object to the new stand.",
                "The council said it had no objection to the new stand.",
            ),
            (
                "The council opposed the new stand.",
                "The council objected to the new stand.",
            ),
            (
                "The union said it would not stand in the way of the sale.",
                "The union said it did not oppose the sale.",
            ),
        ],
    );
}

/// Unanimity told as no dissent: a negation denying a verb of dissent a word
/// or three after it ("without a dissenting voice") affirms agreement, as
/// "without a single vote against" does; dissent stated, or a denial dropped
/// from a verb of dissent, still flips.
#[test]
fn unanimity_told_as_no_dissenting_voice_restates() {
    let unanimous = "The parish council supported the new allotment rules unanimously.";
    let no_dissent =
        "The parish council backed the new allotment rules without a dissenting voice.";
    assert_cases(
        "polarity-drift",
        &[
            (unanimous, no_dissent, ""),
            (
                no_dissent,
                "The parish council backed the new allotment rules despite a dissenting voice.",
                "despite",
            ),
            (
                "The parish council said it would not object to the new allotment rules.",
                "The parish council said it objected to the new allotment rules.",
                "objected",
            ),
            (
                "The parish council said the new rules would not reduce allotment fees.",
                "The parish council said allotment fees would be reduced under the new rules.",
                "reduced",
            ),
        ],
    );
}
