//! meaning-drift examples from the session 32 and 33b probes: shifts of
//! modality, degree and plans, ranks, noun hedges, records, examinations, caps
//! after the unit, beliefs and demands, and their careful counterparts passing.

use super::*;

/// Session 32 probes: a dropped modal placed past "also" on its verb, a
/// partial cause made whole, fractions given as approximate, a passive act
/// under "whether", "look at" weighing an act, an act in another form,
/// pending talks and requests told as obtained, and plans told as under way.
#[test]
fn s32_shifts_of_modality_degree_and_plans_are_flagged() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The researchers said the compound might also slow hair loss.",
                "The compound also slows hair loss, the researchers said.",
                "also slows",
            ),
            (
                "The trust said waiting times had fallen in part because of extra weekend clinics.",
                "The trust said waiting times had fallen because of extra weekend clinics.",
                "because",
            ),
            (
                "The club said membership had grown by about a quarter since the spring.",
                "The club said membership had grown by a quarter since the spring.",
                "a quarter",
            ),
            (
                "The mayor said the city would look into whether the ferry fares should be frozen.",
                "The mayor said the city would freeze the ferry fares.",
                "freeze",
            ),
            (
                "The owners said they would look at selling the hotel next year.",
                "The owners said they would sell the hotel next year.",
                "sell",
            ),
            (
                "The bank has proposed freezing bonuses for senior staff.",
                "The bank has frozen bonuses for senior staff.",
                "frozen",
            ),
            (
                "The museum said it was in discussions with builders about the new wing.",
                "The museum said it had hired builders for the new wing.",
                "hired",
            ),
            (
                "The parish has asked the county for a grant to repair the bridge.",
                "The parish has received a grant from the county to repair the bridge.",
                "received",
            ),
            (
                "The landlord said he intended to rebuild the barn after the fire.",
                "The landlord said he had begun rebuilding the barn after the fire.",
                "begun rebuilding",
            ),
            (
                "Engineers believe the crack formed during the cold snap.",
                "Engineers have shown the crack formed during the cold snap.",
                "shown",
            ),
            (
                "Neighbours said they were anxious about the new quarry.",
                "Neighbours said they were terrified about the new quarry.",
                "terrified",
            ),
        ],
    );
}

/// Their careful counterparts pass: an expectation of one's own acts told as
/// a plan, a deal still denied, an act weighed and left counterfactual, a
/// figure approximated in other words.
#[test]
fn s32_careful_restatements_pass() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The organisers said they expected to name the winners in March.",
                "The organisers said they planned to name the winners in March.",
                "",
            ),
            (
                "The brewer said it was in talks with a buyer for the site.",
                "The brewer said no deal had yet been struck with a buyer for the site.",
                "",
            ),
            (
                "A rival bid, which proposed keeping the pool open, was rejected.",
                "A rival bid that would have kept the pool open was rejected.",
                "",
            ),
            (
                "The club said membership had grown by about a quarter since the spring.",
                "The club said membership had grown by roughly a quarter since the spring.",
                "",
            ),
            (
                "The panel said the delay was partly because of the weather.",
                "The panel said the delay was in part because of the weather.",
                "",
            ),
        ],
    );
}

/// A deliberation denied on both sides, or the bulk of a period told by
/// "much" for "most", passes; a rank below the top made the top, an adjective
/// hedge cut from its noun and a speaker's claim told as a record's finding
/// are flagged.
#[test]
fn s33b_ranks_noun_hedges_and_record_findings() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The court ruled that county officials failed to weigh the risk to the reservoir.",
                "The court ruled that county officials had not considered the risk to the reservoir.",
                "",
            ),
            (
                "He said a knee injury kept him out for most of the 2024 season.",
                "He said a knee injury sidelined him for much of the 2024 season.",
                "",
            ),
            (
                "Tarvel, the region's second-largest grocer, said it would hire 300 drivers.",
                "Tarvel, the region's largest grocer, said it would hire 300 drivers.",
                "largest",
            ),
            (
                "Tarvel, the region's second-largest grocer, said it would hire 300 drivers.",
                "Tarvel, the region's largest grocer after Brimco, said it would hire 300 drivers.",
                "",
            ),
            (
                "Officers said the two teenagers were being treated as potential witnesses to the fire.",
                "Officers said the two teenagers were being treated as witnesses to the fire.",
                "witnesses",
            ),
            (
                "Brimco and Tarvel were among the winning bidders, according to people familiar with the results.",
                "Brimco and Tarvel were among the winning bidders, the results showed.",
                "showed",
            ),
            (
                "Brimco and Tarvel were among the winning bidders, according to the published results.",
                "Brimco and Tarvel were among the winning bidders, the published results showed.",
                "",
            ),
        ],
    );
}

/// An examination restated by another verb of examining and a cap told after
/// its figure's unit pass; a speaker's belief cut from the clause it governs
/// is flagged.
#[test]
fn s33b_examinations_caps_after_the_unit_and_beliefs() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The audit will look at staffing levels across the region.",
                "The audit will examine staffing levels across the region.",
                "",
            ),
            (
                "The panel will consider whether the rules were broken, the chairman said.",
                "The panel will examine whether the rules were broken, the chairman said.",
                "",
            ),
            (
                "The new ward would cost no more than 1.5 million pounds a year, the board said.",
                "The new ward would cost 1.5 million pounds a year at most, the board said.",
                "",
            ),
            (
                "Dr Okafor said she believed the fall was driven by the new clinics.",
                "Dr Okafor said she thought the fall was driven by the new clinics.",
                "",
            ),
        ],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "Dr Okafor said she believed the fall was driven by the new clinics.",
            "Dr Okafor said the fall was driven by the new clinics.",
        )],
    );
}

/// A demand told as a request is flagged; told as a call, it passes.
#[test]
fn s33b_a_demand_made_a_request() {
    let source = "The tenants' union is demanding a rent freeze across the city.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "The tenants' union is requesting a rent freeze across the city.",
                "requesting",
            ),
            (
                source,
                "The tenants' union is calling for a rent freeze across the city.",
                "",
            ),
        ],
    );
}
