//! Polarity-drift: negations carried inside words that answer an explicit
//! one on the other side (session 45).

use super::assert_cases;

#[test]
fn discouraging_breaking_rules_and_beyond_repair_carry_a_denial() {
    let cases = [
        (
            "Museum guidance discourages the sale of collection items to raise money.",
            "Under the guidance, museums are advised against selling collection items to raise money.",
            "",
        ),
        (
            "Museum guidance discourages the sale of collection items, and museums that break the rules can lose their accredited status.",
            "Under the guidance, museums are told not to sell collection items, and those that do not follow the rules can be stripped of their accredited status.",
            "",
        ),
        (
            "Engineers found that the hydraulic pumps were beyond repair, the council said.",
            "Engineers found that the hydraulic pumps could not be repaired, the council said.",
            "",
        ),
        // Breaking a record denies nothing.
        (
            "The runner broke the course record by two minutes.",
            "The runner did not break the course record.",
            "not",
        ),
        // Beyond a date denies nothing.
        (
            "The pumps will run beyond 2030, the council said.",
            "The pumps will not run beyond 2030, the council said.",
            "not",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}

#[test]
fn a_negative_word_of_the_other_sides_family_carries_no_denial() {
    let cases = [
        // "suspended" restates the source's undenied "suspension": the
        // dropped "did not" stands unanswered.
        (
            "The mill said it had lost about 180,000 pounds in orders during the suspension and did not expect to recover all of it before the autumn.",
            "The mill said it had lost around 180,000 pounds in orders while shipments were suspended and expected to recover all of it before the autumn.",
            "expected",
        ),
        // Without a word of its family on the other side, it carries one.
        (
            "The mill said shipments to the fashion houses would not go ahead during the inquiry.",
            "The mill said shipments to the fashion houses were suspended during the inquiry.",
            "",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}

#[test]
fn a_negative_word_restating_a_loss_or_a_refusal_carries_no_denial() {
    let cases = [
        // "lost" restates the source's undenied "loss" (a short root, "los"):
        // the dropped "not yet" stands unanswered.
        (
            "The league, which is normally consulted on the loss of a home ground, said it had not yet received the plans.",
            "The league, which is normally consulted when a home ground is lost, said it had received the plans.",
            "received",
        ),
        // "reject" restates the act the source's "refusal" names.
        (
            "Officers recommended refusal, saying the company had not shown that the new mast would be safe.",
            "Officers advised councillors to reject it, saying the company had shown that the new mast would be safe.",
            "shown",
        ),
        // With no loss or refusal on the other side, they carry the denial.
        (
            "The league said the club had not kept its home ground after the sale.",
            "The league said the club had lost its home ground after the sale.",
            "",
        ),
        (
            "Officers said the company had not shown that the new mast would be safe.",
            "Officers rejected the plan, saying the company had shown that the new mast would be safe.",
            "",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}
