//! meaning-drift examples of plans the copy still tells as plans and of
//! admissions named: a plan kept by a synonym beside a past act, a perfect
//! inside an "until" clause, a past plan on both sides ("had been planning"
//! → "had intended") and a speaker's own admission called conceded.

use super::*;

#[test]
fn a_plan_told_again_by_a_synonym_is_kept() {
    assert_clean(
        "meaning-drift",
        &[(
            "Chief executive Morag Leitch said fares would rise by a further 4 percent in April.",
            "Chief executive Morag Leitch said fares had already risen and would climb again in April.",
        )],
    );
    // A plan told as done, with no verb of its sense still planned, is flagged.
    assert_cases(
        "meaning-drift",
        &[(
            "Chief executive Morag Leitch said fares would rise by a further 4 percent in April.",
            "Chief executive Morag Leitch said fares had already risen by a further 4 percent and would stay there.",
            "had already risen",
        )],
    );
}

#[test]
fn a_perfect_inside_an_until_clause_is_still_to_come() {
    assert_clean(
        "meaning-drift",
        &[(
            "A groundwater survey would be needed before any burials could take place.",
            "No burials could happen until a groundwater survey had been carried out.",
        )],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "The council said the survey would be carried out in May.",
            "The council said the survey had been carried out in May.",
            "had been carried",
        )],
    );
}

#[test]
fn a_speakers_own_admission_may_be_called_conceded() {
    assert_clean(
        "meaning-drift",
        &[(
            "\"We accept we are behind where we wanted to be,\" said the chief operating officer, Deborah Whitlow.",
            "\"We accept we are behind where we wanted to be,\" conceded Deborah Whitlow, the chief operating officer.",
        )],
    );
    // A denied acceptance, or one not the speaker's own, is no admission.
    assert_cases(
        "meaning-drift",
        &[
            (
                "\"We do not accept we are behind,\" said the chief operating officer, Deborah Whitlow.",
                "\"We do not accept we are behind,\" conceded Deborah Whitlow, the chief operating officer.",
                "conceded",
            ),
            (
                "The company said customers would accept the delay.",
                "The company conceded customers would accept the delay.",
                "conceded",
            ),
        ],
    );
}

#[test]
fn a_plan_of_the_past_on_both_sides_is_kept() {
    assert_clean(
        "meaning-drift",
        &[(
            "Howells said he had been planning to fly it at a national show in June.",
            "Howells said he had intended to fly it at a national show in June.",
        )],
    );
    // A present plan told as a past one is still flagged.
    assert_cases(
        "meaning-drift",
        &[(
            "The club is planning to fly it at a national show in June.",
            "The club had intended to fly it at a national show in June.",
            "had intended",
        )],
    );
}
