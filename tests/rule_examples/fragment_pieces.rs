//! fragment: pieces split off a source sentence that have no main verb or
//! subject of their own, and the words that only look like one.

use super::*;

#[test]
fn a_comparative_or_agent_noun_is_no_verb() {
    let source = "Hall fees\n\nThe warden said every group using the hall, including a toddler group and a chess club, would pay more.";
    let split = "Hall fees\n\nThe warden said every group using the hall would pay more. Including a toddler group and a chess club.";
    assert_cases(
        "fragment",
        &[
            (source, split, "Including a toddler group and a chess club."),
            (
                source,
                "Hall fees\n\nThe warden said every group using the hall would pay more. A toddler group and a chess club will pay more too.",
                "",
            ),
        ],
    );
}

#[test]
fn that_after_a_comma_points_at_a_noun() {
    let source = "Clinic waits\n\nPatients waited 30 weeks before the pilot. During the trial, that wait at the clinic fell to 19 weeks for most patients.";
    assert_cases(
        "fragment",
        &[
            (
                source,
                "Clinic waits\n\nPatients waited 30 weeks before the pilot. During the trial, that wait at the clinic fell to 19 weeks.",
                "",
            ),
            (
                source,
                "Clinic waits\n\nPatients waited 30 weeks before the pilot. During the trial, that wait at the clinic.",
                "During the trial, that wait at the clinic.",
            ),
        ],
    );
}

#[test]
fn a_statement_whose_source_only_adds_an_attribution_is_whole() {
    let suspect = "Badge checks\n\nWardens seized 148 badges. Around 2.6 million people in England hold a blue badge.";
    let attributed = "Badge checks\n\nWardens seized 148 badges. Around 2.6 million people in England hold a blue badge, according to government figures.";
    let said = "Badge checks\n\nWardens seized 148 badges. Around 2.6 million people in England hold a blue badge, the council said.";
    assert_cases(
        "fragment",
        &[(attributed, suspect, ""), (said, suspect, "")],
    );
    let source = "Badge checks\n\nWardens seized 148 badges. Around 2.6 million people in England, according to government figures, hold a blue badge.";
    let piece = "Badge checks\n\nWardens seized 148 badges. Around 2.6 million people in England.";
    assert_cases(
        "fragment",
        &[(source, piece, "Around 2.6 million people in England.")],
    );
}

#[test]
fn a_passive_strands_its_prepositional_verb() {
    let source = "Show scales\n\nThe scales were faulty. The other classes were also reviewed.";
    assert_cases(
        "fragment",
        &[
            (
                source,
                "Show scales\n\nThe scales were faulty. The other classes were also looked at.",
                "",
            ),
            (
                "Show scales\n\nThe scales were faulty. The other classes were also sent to the judges.",
                "Show scales\n\nThe scales were faulty. The other classes were also sent to.",
                "The other classes were also sent to.",
            ),
        ],
    );
}

#[test]
fn such_as_needs_its_object() {
    let source = "Venue closures\n\nSmall venues such as the Old Mill have closed.";
    assert_cases(
        "fragment",
        &[
            (
                source,
                "Venue closures\n\nSmall venues have closed. Such as.",
                "Such as.",
            ),
            (
                source,
                "Venue closures\n\nSmall venues such as the Old Mill have closed, and more may follow.",
                "",
            ),
        ],
    );
}

#[test]
fn a_present_verb_and_its_object_after_a_conjunction_have_no_subject() {
    assert_cases(
        "fragment",
        &[
            (
                "Grit bins\n\nEach bin holds salt and costs £180 to replace.",
                "Grit bins\n\nEach bin holds salt. And costs £180 to replace.",
                "And costs £180 to replace.",
            ),
            (
                "Grit bins\n\nEach bin holds salt, and costs rose by £180 last year.",
                "Grit bins\n\nEach bin holds salt. And costs rose by £180 last year.",
                "",
            ),
        ],
    );
}

#[test]
fn a_closing_subordinate_clause_split_off_has_no_main_clause() {
    let source = "Treasurer fraud\n\nThe fraud came to light in 2022 when an accountant, Rosa Imbert, noticed the repairs.";
    assert_cases(
        "fragment",
        &[
            (
                source,
                "Treasurer fraud\n\nThe fraud came to light in 2022. When an accountant, Rosa Imbert, noticed the repairs.",
                "When an accountant, Rosa Imbert, noticed the repairs.",
            ),
            (
                source,
                "Treasurer fraud\n\nWhen an accountant, Rosa Imbert, noticed the repairs, the fraud came to light.",
                "",
            ),
        ],
    );
}

#[test]
fn a_line_with_no_closing_punctuation_where_the_source_goes_on_is_cut() {
    let source = "Ferry strike\n\nTwo boats carry medical staff, and the coastguard is on standby.\n\nTalks resume on Friday.";
    assert_cases(
        "fragment",
        &[
            (
                source,
                "Ferry strike\n\nTwo boats carry medical staff, and the coastguard\n\nTalks resume on Friday.",
                "Two boats carry medical staff, and the coastguard",
            ),
            (
                source,
                "Ferry strike\n\nTwo boats carry medical staff, and the coastguard is on standby\n\nTalks resume on Friday.",
                "",
            ),
        ],
    );
}

#[test]
fn a_stub_of_a_few_words_opening_on_in_is_no_sentence() {
    let source = "Grant audit\n\nThe report found no evidence of personal gain.";
    assert_cases(
        "fragment",
        &[
            (
                source,
                "Grant audit\n\nThe report found no evidence of personal gain. In the report.",
                "In the report.",
            ),
            (
                source,
                "Grant audit\n\nIn the report, auditors found no evidence of personal gain.",
                "",
            ),
        ],
    );
}

#[test]
fn a_scraped_line_is_left_to_unsupported_content() {
    let source = "Ferry trial\n\nA rowed ferry will cross the river this summer.\n\nTickets cost £2 each way.";
    let copy = |line: &str| {
        format!(
            "Ferry trial\n\nA rowed ferry will cross the river this summer.\n\n{line}\n\nTickets cost £2 each way."
        )
    };
    for line in [
        "Advertisement",
        "ADVERTISEMENT",
        "Read more: Ten riverside pubs worth a detour for",
        "Related: Five ways to cut your wait",
    ] {
        let suspect = copy(line);
        assert_cases("fragment", &[(source, &suspect, "")]);
        assert_cases("unsupported-content", &[(source, &suspect, line)]);
    }
    // A cut piece is still a fragment, and a label inside a paragraph is no
    // link line.
    let cut = "Ferry trial\n\nA rowed ferry will cross the river this summer. By\n\nTickets cost £2 each way.";
    let inline = "Ferry trial\n\nA rowed ferry will cross the river this summer. Related: the ferry will also.\n\nTickets cost £2 each way.";
    assert_cases(
        "fragment",
        &[
            (source, cut, "By"),
            (source, inline, "Related: the ferry will also."),
        ],
    );
}

#[test]
fn a_relative_clause_closed_on_an_object_after_a_preposition_is_whole() {
    let source = "Car auction\n\nEleven vintage cars sold for 842,000 pounds on Saturday, after the family firm that owned them closed.";
    assert_cases(
        "fragment",
        &[
            (
                source,
                "Car auction\n\nEleven vintage cars were sold for 842,000 pounds on Saturday, following the closure of the family firm that owned them.",
                "",
            ),
            (
                source,
                "Car auction\n\nEleven vintage cars sold for 842,000 pounds on Saturday, after the family firm that owned them.",
                "Eleven vintage cars sold for 842,000 pounds on Saturday, after the family firm that owned them.",
            ),
        ],
    );
}

#[test]
fn a_participle_and_a_preposition_with_no_main_verb_are_a_piece() {
    let source = "Lantern festival\n\nThe zoo cancelled two nights of its lantern festival. Refunds will be paid within 14 days.";
    let story = |piece: &str| {
        format!(
            "Lantern festival\n\nThe zoo cancelled two nights of its lantern festival. {piece} Refunds will be paid within 14 days."
        )
    };
    assert_cases(
        "fragment",
        &[
            (source, &story("Speaking on."), "Speaking on."),
            (
                source,
                &story("Based on the promoters."),
                "Based on the promoters.",
            ),
            // A particle WordNet writes with the verb ("move on") ends a
            // whole sentence; a main verb after the phrase makes one.
            (source, &story("Moving on."), ""),
            (source, &story("Spending on lanterns reached £9,000."), ""),
            (
                source,
                &story("Speaking on Monday, the keeper said sorry."),
                "",
            ),
        ],
    );
}

#[test]
fn a_saying_with_nothing_reported_is_an_attribution_alone() {
    let source = "Observatory\n\nThe observatory will close on weekday nights. Campaigners say the university may be breaching the bequest.";
    let cut = "Observatory\n\nThe observatory will close on weekday nights. Campaigners say.";
    let square = "Fans gathered in the main square, where the mayor said celebrations would go on.";
    assert_cases(
        "fragment",
        &[
            (source, cut, "Campaigners say."),
            (
                square,
                "Fans gathered in the main square, where the mayor said.",
                "Fans gathered in the main square, where the mayor said.",
            ),
            // A trailing attribution reports its statement, and "so" or "as"
            // closes the saying whole.
            (
                source,
                "Observatory\n\nThe observatory will close on weekday nights. The university may be breaching the bequest, campaigners say.",
                "",
            ),
            (
                source,
                "Observatory\n\nThe observatory will close on weekday nights. Or so campaigners say.",
                "",
            ),
        ],
    );
}
