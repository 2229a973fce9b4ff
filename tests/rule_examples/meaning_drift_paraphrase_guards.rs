//! meaning-drift examples of fair paraphrases the rule once misread as a
//! change of attribution, modality or plan (session 54), each with the
//! shift it still flags.

use super::*;

#[test]
fn a_perfect_restating_the_sources_own_beside_a_kept_plan_is_no_plan_done() {
    assert_cases(
        "meaning-drift",
        &[(
            "Steve Carne said colleagues were relieved that there would be no redundancies.",
            "Steve Carne said colleagues were relieved that there had been no redundancies.",
            "had been",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "Steve Carne, a joiner who has worked at the yard for 17 years, said colleagues were relieved that there would be no redundancies.",
            "Steve Carne, a joiner who has been employed at the yard for 17 years, said colleagues were relieved that there would be no redundancies.",
        )],
    );
}

#[test]
fn what_accounts_an_examination_or_a_relative_which_shows_is_a_records_showing() {
    assert_cases(
        "meaning-drift",
        &[(
            "The chief executive reported a 12 percent rise in annual revenue.",
            "The chief executive showed a 12 percent rise in annual revenue.",
            "showed",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "Calder Stay reported a 12 percent rise in annual revenue in its latest accounts.",
                "Its latest accounts showed annual revenue up 12 percent.",
            ),
            (
                "Inspectors counted over 40 cockroaches, which indicated that the infestation was well established.",
                "Inspectors counted over 40 cockroaches, which showed that the infestation was well established.",
            ),
        ],
    );
}

#[test]
fn an_attempt_told_as_done_is_found_at_the_act_not_a_kept_noun() {
    let source = "Workers will receive statutory redundancy pay, and the company said it would try to pay an extra month's wages.";
    let suspect = "Employees will get statutory redundancy pay, and the company said it would pay an extra month's wages.";
    let found: Vec<(usize, String)> = findings(suspect, source)
        .into_iter()
        .filter(|f| f.rule == "meaning-drift")
        .map(|f| (f.start, f.text))
        .collect();
    assert_eq!(found, [(suspect.rfind("pay").unwrap(), "pay".to_string())]);
    assert_clean(
        "meaning-drift",
        &[(
            source,
            "Employees will get statutory redundancy pay, and the company said it would try to pay an additional month's wages.",
        )],
    );
}
