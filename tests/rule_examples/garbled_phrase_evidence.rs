//! garbled-phrase: the kinds of evidence for a garbled word, and when a weak one needs a stronger
//! garbled word or a mark of the wrong sense beside it.

use super::*;

/// Garbled-phrase evidence, one kind a case: (source, suspect, flagged word or "" for clean).
#[test]
fn garbled_phrase_evidence_kinds() {
    let cases = [
        (
            "The tour costs 1.2 million dollars, 40% of it paid by the arts council.",
            "The tour costs $1.2 million, around 40% of it paid by the arts council.",
            "",
        ),
        (
            "The figures may understate pressure in cities, the economist said.",
            "The figures may understate the strain in cities, the economist said.",
            "",
        ),
        (
            "Hospital porters carry samples to the laboratory, the trust said.",
            "Hospital porters ferry samples to the laboratory, the trust said.",
            "",
        ),
        (
            "The council will use the fund to repair roads, officials said.",
            "The council will use the fount to repair roads, officials said.",
            "fount",
        ),
        (
            "The plant is a joint venture between two utilities, officials said.",
            "The plant is a joint adventure between two utilities, officials said.",
            "adventure",
        ),
        (
            "The bakery was founded in 1952 by her grandfather, the family said.",
            "The bakery was instituted in 1952 by her grandfather, the family said.",
            "",
        ),
        // A synonym never seen after the word before it counts only beside
        // another garbled word.
        (
            "Visitors will see the cubs from early spring, the zoo said on Monday.",
            "Visitors will see the cubs from early jump, the zoo said on Monday.",
            "",
        ),
        // A collocation broken by a non-synonym is weak evidence alone.
        (
            "About 90,000 people are expected to be eligible for the grant next year.",
            "About 90,000 people are expected to be worthy for the grant next year.",
            "",
        ),
        (
            "Residents were evacuated as a precaution after the dam cracked on Friday.",
            "Residents were evacuated as a precautionary after the dam cracked on Friday.",
            "precautionary",
        ),
        (
            "Its cost is expected to reach 3.8 billion pounds by 2029, the regulator said.",
            "Its cost is estimated to reach 3.8 billion pounds by 2029, the regulator said.",
            "",
        ),
        (
            "Satellite images show the glacier lost a fifth of its mass since 2000.",
            "Satellite imagery show the glacier lost a fifth of its mass since 2000.",
            "",
        ),
        (
            "Car makers warned the tariff would raise prices for buyers this year.",
            "Automakers warned the tariff would raise prices for buyers this year.",
            "",
        ),
        (
            "On Wednesday, a panel will look at proposals to ban ransom payments.",
            "On Wednesday, a panel will examine proposals to ban ransom payments.",
            "",
        ),
        (
            "The agency said it would try to recover the money through the courts.",
            "The agency said it would try to claw back the money through the courts.",
            "",
        ),
        (
            "Container ships are late after a series of storms in the Atlantic.",
            "Container ships are late after a string of storms in the Atlantic.",
            "",
        ),
        (
            "Two directors were cleared of all charges on Tuesday, the court said.",
            "Two directors were acquitted of all charges on Tuesday, the court said.",
            "",
        ),
        (
            "About 40,000 workers stopped work on Wednesday after talks broke down.",
            "About 40,000 workers downed tools on Wednesday after talks broke down.",
            "",
        ),
        (
            "She said suppliers were already being asked to accept lower payments.",
            "She said suppliers were already being pressed to accept lower payments.",
            "",
        ),
        (
            "Retail demand fell by 9% in the past quarter, the council said.",
            "Retail demand fell by 9% in the last quarter, the council said.",
            "",
        ),
        (
            "The rally has made gold more expensive for jewellers this year.",
            "The rally has made gold costlier for jewellers this year.",
            "",
        ),
        (
            "The strategy was aimed at long-term innovation, the firm said.",
            "The strategy was refined for long-term innovation, the firm said.",
            "",
        ),
    ];
    assert_cases("garbled-phrase", &cases);
    // Beside another garbled word, a synonym cut off from its preposition counts.
    assert_eq!(
        findings_of(
            "garbled-phrase",
            "The bakery was instituted in 1952 as a joint adventure of two families.",
            "The bakery was founded in 1952 as a joint venture of two families.",
        ),
        ["instituted", "adventure"]
    );
    // Beside another garbled word, a broken collocation counts.
    assert_eq!(
        findings_of(
            "garbled-phrase",
            "The strategy was refined for long-term innovation in a joint adventure.",
            "The strategy was aimed at long-term innovation in a joint venture.",
        ),
        ["refined", "adventure"]
    );
    assert_eq!(
        findings_of(
            "garbled-phrase",
            "About 90,000 people are expected to be worthy for the grant, a joint adventure of two councils.",
            "About 90,000 people are expected to be eligible for the grant, a joint venture of two councils.",
        ),
        ["worthy", "adventure"]
    );
}

#[test]
fn a_synonym_unseen_after_its_neighbour_needs_another_garbled_word() {
    assert!(
        findings_of(
            "garbled-phrase",
            "A study released on Wednesday found the reef had grown.",
            "A study published on Wednesday found the reef had grown."
        )
        .is_empty()
    );
}

#[test]
fn two_broken_collocations_do_not_vouch_for_each_other() {
    // A word unseen after its neighbour beside a collocation broken by a
    // non-synonym is as often one careful rewording.
    assert!(
        findings_of(
            "garbled-phrase",
            "Nurses have administered 300 doses this week, and the virus can linger in the air of a ward for two hours.",
            "Nurses have given 300 doses this week, and the virus can remain in the air of a ward for two hours."
        )
        .is_empty()
    );
}

#[test]
fn a_spinner_swap_inside_a_long_rewritten_run_is_garbled() {
    // The whole clause changed, too long to judge word by word, but the
    // listed swap in it ("gang" → "posse") is still the spinner's.
    assert_cases(
        "garbled-phrase",
        &[(
            "Detectives raided six homes on Friday, targeting a gang accused of using children to sell drugs.",
            "Detectives raided six homes on Friday, focusing on a posse blamed for utilizing youngsters to sell drugs.",
            "posse",
        )],
    );
}

#[test]
fn a_fixed_compound_broken_by_a_non_synonym_needs_no_other_garbled_word() {
    assert_cases(
        "garbled-phrase",
        &[(
            "Most patients reported only mild side effects, the doctors said.",
            "Most patients reported only mild side impacts, the doctors said.",
            "impacts",
        )],
    );
}

#[test]
fn a_rare_sense_needs_a_strong_garbled_word_beside_it() {
    let found = findings_of(
        "garbled-phrase",
        "Hackers swiped information of 1.3 million clients, the firm said on Monday.",
        "Hackers stole data of 1.3 million customers, the firm said on Monday.",
    );
    assert!(!found.contains(&"information".to_string()), "{found:?}");
}

/// A synonym never seen after the word before it is no evidence, even beside
/// a garbled word: careful writers make such swaps as often as spinners.
#[test]
fn a_synonym_unseen_after_its_neighbour_is_no_garbling_beside_a_garbled_word() {
    let found = findings_of(
        "garbled-phrase",
        "Investors saw years of doom until an early jump rally, the bank said.",
        "Investors saw years of gloom until an early spring rally, the bank said.",
    );
    assert_eq!(found, ["doom"]);
}

#[test]
fn garbled_phrase_replaced_compound_modifier_needs_company() {
    // "fire station", a listed fixed term, is flagged alone: see
    // a_fixed_term_with_one_word_swapped_is_garbled.
    let source = "Residents said the new police station was near the old gloom of the square.";
    let found = findings_of(
        "garbled-phrase",
        "Residents said the new army station was near the old doom of the square.",
        source,
    );
    assert_eq!(found, ["army", "doom"]);
    assert_clean(
        "garbled-phrase",
        &[(
            source,
            "Residents said the new army station was near the old gloom of the square.",
        )],
    );
}

#[test]
fn a_spinner_swap_wrong_beside_a_word_of_the_sense_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "A man from Kelby has been charged with murder after the fire.",
                "A man from Kelby has been billed with murder after the fire.",
                "billed",
            ),
            (
                "The former treasurer admitted six counts of fraud on Tuesday.",
                "The former treasurer admitted six tallies of fraud on Tuesday.",
                "tallies",
            ),
            (
                "The appeal raised £40,000 for the hospice in a month.",
                "The appeal elevated £40,000 for the hospice in a month.",
                "elevated",
            ),
            (
                "Kessler finished third in the 800 metres final on Sunday.",
                "Kessler completed third in the 800 metres final on Sunday.",
                "completed",
            ),
            (
                "Residents marched against rent rises in the old town on Saturday.",
                "Residents marched against lease rises in the old town on Saturday.",
                "lease",
            ),
            (
                "The report says current climate models underestimate the melt.",
                "The report says current atmosphere models underestimate the melt.",
                "atmosphere",
            ),
            (
                "The bank's quarterly loss narrowed to 12 million euros.",
                "The bank's quarterly loss limited to 12 million euros.",
                "limited",
            ),
            (
                "Two former employees will give evidence on Thursday, the court heard.",
                "Two former employees will give proof on Thursday, the court heard.",
                "proof",
            ),
            // Without a word of that sense nearby the swap may be right.
            (
                "Workers finished the new bridge in March, the council said.",
                "Workers completed the new bridge in March, the council said.",
                "",
            ),
            (
                "The political climate in the capital has soured, analysts said.",
                "The political atmosphere in the capital has soured, analysts said.",
                "",
            ),
            (
                "The firm charged customers twice for delivery, the regulator said.",
                "The firm billed customers twice for delivery, the regulator said.",
                "",
            ),
            (
                "The recount changed the vote counts in two wards.",
                "The recount changed the vote tallies in two wards.",
                "",
            ),
            (
                "The striker recovered from a knee injury in March.",
                "The striker recuperated from a knee injury in March.",
                "",
            ),
        ],
    );
}

#[test]
fn spinner_swaps_wrong_in_one_sense_take_more_marks_of_it() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "A man has been charged over the 2004 killing of a shopkeeper.",
                "A man has been billed over the 2004 killing of a shopkeeper.",
                "billed",
            ),
            (
                "Residents hope a community trust will buy the old mill.",
                "Residents hope a community faith will buy the old mill.",
                "faith",
            ),
            (
                "The firm will open a bottling plant near the harbour.",
                "The firm will open a bottling flora near the harbour.",
                "flora",
            ),
            (
                "Brent crude hit a record high of 140 dollars.",
                "Brent crude hit a document high of 140 dollars.",
                "document",
            ),
            (
                "The club sacked its manager after a run of nine defeats.",
                "The club sacked its supervisor after a run of nine defeats.",
                "supervisor",
            ),
            // Without a mark of that sense the swap may be right.
            (
                "The warehouse manager signed for the delivery on Monday.",
                "The warehouse supervisor signed for the delivery on Monday.",
                "",
            ),
            (
                "Voters have lost trust in the council, the survey found.",
                "Voters have lost faith in the council, the survey found.",
                "",
            ),
        ],
    );
}
