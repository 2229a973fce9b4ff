//! meaning-drift examples of cause overstated: a coincidence, link, association
//! or contribution told as the cause, and an attributed claim told as the
//! reason, in any inflection of its verb.

use super::*;

#[test]
fn coincidence_made_cause_spread_widened_and_one_among_made_the_only() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The deficit coincided with a sharp fall in commuter numbers.",
                "The deficit was driven by a sharp fall in commuter numbers.",
                "driven",
            ),
            (
                "It is a drop that scientists have linked mainly to lower rainfall.",
                "It is a drop caused by lower rainfall, according to scientists.",
                "caused",
            ),
            (
                "Pharmacies have reported occasional shortages of the drug.",
                "Pharmacies have reported widespread shortages of the drug.",
                "widespread",
            ),
            (
                "Storm surges were among the main drivers of the erosion, the report said.",
                "Storm surges were the main driver of the erosion, the report said.",
                "the main",
            ),
        ],
    );
}

#[test]
fn link_stated_as_led_to_blamed_or_behind_is_meaning_drift() {
    let flagged = [
        (
            "A pilot in Westholm was linked to a small rise in cycling.",
            "A pilot in Westholm led to a small rise in cycling.",
        ),
        (
            "Survey links night shifts to poorer sleep",
            "Night shifts cause poorer sleep, survey finds",
        ),
        (
            "The audit said some overruns were linked to a late design change.",
            "The audit blamed some overruns on a late design change.",
        ),
        (
            "Outbreak linked to Marsh Lane bakery",
            "Marsh Lane bakery behind outbreak",
        ),
    ];
    assert_flagged("meaning-drift", &flagged);
    let clean = [(
        "The audit said some overruns were linked to a late design change.",
        "The audit said some overruns were tied to a late design change.",
    )];
    assert_clean("meaning-drift", &clean);
}

#[test]
fn a_contribution_made_the_cause_is_meaning_drift_unless_told_as_one_cause() {
    assert_flagged(
        "meaning-drift",
        &[
            (
                "The study estimated that smoke contributed to about 40 deaths last year.",
                "The study estimated that smoke caused about 40 deaths last year.",
            ),
            (
                "The late frost contributed to the poor grape harvest.",
                "The late frost caused the poor grape harvest.",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The late frost contributed to the poor grape harvest.",
            "The late frost was one cause of the poor grape harvest.",
        )],
    );
}

#[test]
fn an_attributed_claim_told_as_the_reason_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The growers sued the firm, alleging that its spray drifted onto their fields.",
                "The growers sued the firm because its spray drifted onto their fields.",
                "because",
            ),
            (
                "The bakery chain's profit fell, with the company blaming higher flour prices.",
                "The bakery chain's profit fell as a result of higher flour prices.",
                "as a result of",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            // The subject's own reason for its act, and a reason still attributed.
            (
                "The club sacked its coach, saying he had lost the dressing room.",
                "The club sacked its coach because he had lost the dressing room.",
            ),
            (
                "The bakery chain blamed the fall in profit on higher flour prices.",
                "According to the bakery chain, the fall in profit was due to higher flour prices.",
            ),
            // "citing" gives the subject's own reason, like "saying"; a reason
            // the copy still attributes ("…, analysts said") is no fact.
            (
                "The ferry firm cancelled 40 sailings on Monday, citing a shortage of deck crew.",
                "The ferry firm cancelled 40 sailings on Monday because of a shortage of deck crew.",
            ),
            (
                "Shares fell 6%, with analysts blaming weak sales in Asia.",
                "Shares fell 6% as a result of weak sales in Asia, analysts said.",
            ),
            (
                "Anglers sued the mill, claiming its waste had killed the trout.",
                "Anglers sued the mill because its waste had killed the trout, they claim.",
            ),
        ],
    );
}

#[test]
fn a_claim_told_as_the_reason_is_found_in_any_inflection_of_its_verb() {
    // "insisted", "maintained": past forms of the claiming verbs count as
    // much as "alleging" does.
    let cases = [
        (
            "The tenants sued the landlord because the boiler had failed twice.",
            "The tenants sued the landlord and insisted that the boiler had failed twice.",
        ),
        (
            "The union walked out because the offer was unfair.",
            "The union walked out and maintained that the offer was unfair.",
        ),
    ];
    for (suspect, source) in cases {
        let found = findings_of("meaning-drift", suspect, source);
        assert_eq!(found, ["because"], "{suspect}");
    }
}

/// An association told by its noun ("a link between") or a causing verb in
/// another tense ("reduced") drifts as the verb forms do.
#[test]
fn an_association_noun_and_a_past_causing_verb_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The survey found a link between long commutes and poor sleep.",
                "The survey found that long commutes cause poor sleep.",
                "cause",
            ),
            (
                "Free lunches were linked to fewer absences, the study found.",
                "Free lunches reduced absences, the study found.",
                "reduced",
            ),
            (
                "Free lunches were linked to fewer absences, the study found.",
                "Free lunches were associated with fewer absences, the study found.",
                "",
            ),
        ],
    );
}
