//! meaning-drift examples of stance raised to proof or finding: a statement
//! made a finding, a belief made knowledge, a suggestion, warning or
//! interpretation told as proven, an absence of evidence told as proof; "found
//! doing" is no finding.

use super::*;

#[test]
fn a_statement_made_a_finding_is_flagged() {
    assert_cases(
        "meaning-drift",
        &[(
            "Tobias Renn, a security researcher, said the flaw exposed the records of 40,000 users.",
            "Tobias Renn, a security researcher, found that the flaw exposed the records of 40,000 users.",
            "found",
        )],
    );
    // A record shows or finds; a finding told as a statement claims no more.
    assert_clean(
        "meaning-drift",
        &[
            (
                "The audit said the project was two years late.",
                "The audit found the project was two years late.",
            ),
            (
                "The report showed that waits had grown.",
                "The report said that waits had grown.",
            ),
        ],
    );
}

#[test]
fn a_finding_proven_a_request_granted_or_a_doubt_made_opposition_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The mayor said the survey showed support for the new park.",
                "The mayor said the survey proved support for the new park.",
                "proved",
            ),
            (
                "Floods in the valley were linked to the new dam.",
                "Floods in the valley were caused by the new dam.",
                "caused",
            ),
            (
                "The orchestra has requested a grant of 40,000 crowns.",
                "The orchestra has secured a grant of 40,000 crowns.",
                "secured",
            ),
            (
                "The board proposed a ban on night flights in May.",
                "The board approved a ban on night flights in May.",
                "approved",
            ),
            (
                "Several fishermen remain wary of the new quota.",
                "Several fishermen remain opposed to the new quota.",
                "opposed to",
            ),
            (
                "The minister gave the plan a cautious welcome on Monday.",
                "The minister gave the plan an enthusiastic welcome on Monday.",
                "enthusiastic",
            ),
        ],
    );
}

#[test]
fn a_belief_made_knowledge_or_a_delay_a_cancellation_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The ferry operator said none of the passengers was thought to be badly hurt.",
                "The ferry operator said none of the passengers was known to be badly hurt.",
                "known",
            ),
            (
                "The older vines appeared to have survived the hailstorm, growers said.",
                "The older vines were confirmed to have survived the hailstorm, growers said.",
                "confirmed",
            ),
            (
                "Union leaders accused the board of hiding the losses for a year.",
                "Union leaders revealed the board had been hiding the losses for a year.",
                "revealed",
            ),
            (
                "Ticket prices rose slightly in the spring, the theatre said.",
                "Ticket prices rose drastically in the spring, the theatre said.",
                "drastically",
            ),
            (
                "The regional council is delaying the new swimming pool to save money.",
                "The regional council is scrapping the new swimming pool to save money.",
                "scrapping",
            ),
            (
                "The coach said the new stadium would help attract young players to the club.",
                "The coach said the new stadium would guarantee young players for the club.",
                "guarantee",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The regional council is delaying the new swimming pool to save money.",
            "The regional council is postponing the new swimming pool to save money.",
        )],
    );
}

#[test]
fn a_stronger_proof_denied_claims_less() {
    assert_clean(
        "meaning-drift",
        &[(
            "The tribunal ruled that the landlord had failed to show the charges were fair.",
            "The tribunal ruled that the landlord had failed to prove the charges were fair.",
        )],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "The tribunal ruled that the landlord had managed to show the charges were fair.",
            "The tribunal ruled that the landlord had managed to prove the charges were fair.",
        )],
    );
}

#[test]
fn stance_words_of_proof_praise_knowledge_and_degree() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Plant scientists say warm nights helped the fungus spread.",
                "Plant scientists have proven that warm nights helped the fungus spread.",
                "proven",
            ),
            (
                "The mayor said the reopening was a turning point for the harbour.",
                "The mayor hailed the reopening as a turning point for the harbour.",
                "hailed",
            ),
            (
                "The crew battled a stiff headwind on the final stretch.",
                "The crew battled a light headwind on the final stretch.",
                "light",
            ),
            (
                "The tenants' union broadly welcomed the new rules.",
                "The tenants' union wholeheartedly welcomed the new rules.",
                "wholeheartedly",
            ),
            (
                "Detectives believe the paintings were sold to a dealer abroad.",
                "Detectives know the paintings were sold to a dealer abroad.",
                "know",
            ),
        ],
    );
}

#[test]
fn a_suggestion_told_as_a_finding_is_flagged() {
    assert_sentences(
        "meaning-drift",
        &[
            (
                "The survey found that otter numbers had risen along the river.",
                "The survey showed that otter numbers had risen along the river.",
            ),
            (
                "The audit found that the depot had overspent by £2 million.",
                "The audit reported that the depot had overspent by £2 million.",
            ),
        ],
        &[
            (
                "The study suggested that the new landfill had drawn gulls to the runway.",
                "The study found that the new landfill had drawn gulls to the runway.",
            ),
            (
                "Tests showed that the water was safe to drink.",
                "Tests suggested that the water was safe to drink.",
            ),
        ],
    );
}

/// A record that modifies a noun ("the research centre") is not the subject
/// that shows or proves things; a view or an interpretation told as proven
/// is drift.
#[test]
fn a_warning_or_an_interpretation_told_as_proven_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Scientists at the Orlen research centre have warned that early blossoming is making orchards more vulnerable to frost.",
                "Scientists at the Orlen research centre have proven that early blossoming is leaving orchards more exposed to frost.",
                "proven",
            ),
            (
                "Analysts said the result reflected growing support for the party in city wards.",
                "Analysts said the result proved growing support for the party in city wards.",
                "proved",
            ),
            (
                "Analysts said the result reflected growing support for the party in city wards.",
                "Analysts said the result showed growing support for the party in city wards.",
                "",
            ),
            (
                "The study warned that early blossoming is making orchards more vulnerable to frost.",
                "The study found that early blossoming is leaving orchards more exposed to frost.",
                "",
            ),
        ],
    );
}

/// Nothing found told as something ruled out or a denial proved drifts;
/// "no evidence" told as proof of the thing itself is polarity-drift's.
#[test]
fn an_absence_of_evidence_told_as_proof_drifts() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The bank said it had found no evidence that card numbers were stolen.",
                "The bank said it had confirmed that no card numbers were stolen.",
                "confirmed",
            ),
            (
                "Engineers said they had not found a fault in the signalling software.",
                "Engineers said they had ruled out a fault in the signalling software.",
                "ruled out",
            ),
            (
                "Engineers said they had not found a fault in the signalling software.",
                "Engineers said they had found no fault in the signalling software.",
                "",
            ),
            (
                "Police said there was no evidence that the fire was started deliberately.",
                "Police said there was proof that the fire was started deliberately.",
                "",
            ),
        ],
    );
}

/// "found" before an "-ing" form tells a discovery ("Asteroid found spinning
/// faster"), no finding stated; "found that" still states one.
#[test]
fn found_doing_is_a_discovery_not_a_finding() {
    let headline = eval_pair_findings("meaning-drift", "t1577-fast-asteroid");
    assert!(!headline.iter().any(|f| f == "found"), "{headline:?}");
    assert_cases(
        "meaning-drift",
        &[(
            "Fast asteroid spotted\n\nShe added that the asteroid was spinning faster than any other of its size.",
            "Fast asteroid spotted\n\nShe found that the asteroid was spinning faster than any other of its size.",
            "found",
        )],
    );
}

#[test]
fn proved_before_a_state_is_no_finding() {
    // "said it had struggled to fill" → "proved hard to fill": "proved"
    // reads as "turned out"; before a clause or an object it is a finding.
    assert_cases(
        "meaning-drift",
        &[(
            "The union said the change had cut waiting times at the clinic.",
            "The union proved the change had cut waiting times at the clinic.",
            "proved",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "Last year, the theatre said it had struggled to fill two vacancies in the department.",
            "Last year, according to the theatre, two vacancies in the department proved hard to fill.",
        )],
    );
}
