//! meaning-drift examples of attribution: a claim stripped of its speaker or
//! reported in a relative clause stated as fact, a characterisation told in the
//! writer's voice; an attribution carried over or kept by a misspelt name, and
//! words that attribute nothing, pass.

use super::*;

#[test]
fn a_claim_stripped_of_its_attribution_is_meaning_drift() {
    let flagged = [
        (
            "According to police, the final transfer was made in March 2023.",
            "The final transfer was made in March 2023.",
            "was made",
        ),
        (
            "Prosecutors allege that Henrik Soll, 58, moved council funds into accounts run by relatives.",
            "Henrik Soll, 58, moved council funds into accounts run by relatives.",
            "moved",
        ),
        (
            "A petition has gathered more than 6,200 signatures in a week, according to organisers.",
            "A petition has gathered more than 6,200 signatures in a week.",
            "has gathered",
        ),
    ];
    assert_cases("meaning-drift", &flagged);
    assert_clean(
        "meaning-drift",
        &[
            // A self-report, a kept speaker and a kept attribution in other words.
            (
                "The council said it had hired 200 new staff this year.",
                "The council has hired 200 new staff this year.",
            ),
            (
                "According to police, the final transfer was made in March 2023.",
                "Police say the final transfer was made in March 2023.",
            ),
            (
                "The final transfer was made in March 2023, according to police.",
                "As per police, the final transfer was made in March 2023.",
            ),
            (
                "It did not say whether a ransom had been paid.",
                "It gave no indication of whether a ransom had been paid.",
            ),
            // The negation dropped is polarity-drift's finding.
            (
                "The museum did not seek legal costs from the family, a spokesperson said.",
                "The museum sought legal costs from the family, a spokesperson said.",
            ),
        ],
    );
}

#[test]
fn lives_claimed_and_a_future_denial_are_no_attribution_drift() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Two deaths from the fever were reported in the district this year.",
                "The fever claimed lives in the district again this year.",
            ),
            // "will not pay" is no refusal to tell.
            (
                "The firm did not raise its fees this year, keeping them at 40 dollars.",
                "Customers will not pay higher fees this year: the firm kept them at 40 dollars.",
            ),
        ],
    );
}

#[test]
fn a_claim_about_a_project_stripped_of_its_speaker_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[(
            "Norvane said the project would create 400 jobs during construction.",
            "The project will create 400 jobs during construction.",
            "will create",
        )],
    );
}

#[test]
fn claims_as_the_object_of_an_estimate_are_no_attribution() {
    assert_clean(
        "meaning-drift",
        &[(
            "The insurers' association said early estimates put claims at between 20 million and 30 million pounds.",
            "Claims are put at £20m-£30m by early estimates, according to the insurers' association.",
        )],
    );
}

#[test]
fn a_refused_statement_in_other_words_claims_nothing() {
    assert_clean(
        "meaning-drift",
        &[(
            "The club declined to comment on the striker's contract.",
            "The club declined to speculate on the striker's contract.",
        )],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "The club said the striker's contract had been extended.",
            "The club speculated the striker's contract had been extended.",
            "speculated",
        )],
    );
}

#[test]
fn an_attribution_kept_by_a_misspelt_name_or_a_split_off_half_is_no_meaning_drift() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Coach Brenda Halloway said there would be no trophy parade.",
                "Coach Brenda Hallowey ruled out a trophy parade.",
            ),
            (
                "Dunmere Mills employs about 640 people. The company said no jobs would be lost at the plant, though some staff may be offered fewer shifts.",
                "The company, which employs about 640 people, said no jobs would be lost at the plant. Though some staff may be offered fewer shifts.",
            ),
        ],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "Coach Brenda Halloway said the team had trained in secret.",
            "The team had trained in secret.",
        )],
    );
}

#[test]
fn a_claim_reported_inside_a_relative_clause_stated_as_fact_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The town will resurface the main road, which the mayor says will ease congestion.",
                "The town will resurface the main road, which will ease congestion.",
                "which will",
            ),
            (
                "The clinic hired four nurses, who it said were trained abroad.",
                "The clinic hired four nurses, who are trained abroad.",
                "who are",
            ),
            (
                "Farmers spread a new fertiliser, which chemists say can harm bees and birds.",
                "Farmers spread a new fertiliser, which harms bees and birds.",
                "which harms",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The town will resurface the main road, which the mayor says will ease congestion.",
            "The town will resurface the main road, which the mayor believes will ease congestion.",
        )],
    );
}

#[test]
fn a_noun_state_is_no_attribution_and_has_said_shifts_no_tense() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The ministry said state subsidies had dropped sharply last winter.",
                "State subsidies had dropped sharply last winter.",
                "had dropped",
            ),
            (
                "The union has said the merger would cost hundreds of jobs.",
                "The union has said the merger will cost hundreds of jobs.",
                "will",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "The union said the merger would cost hundreds of jobs.",
            "The union said the merger will cost hundreds of jobs.",
        )],
    );
}

#[test]
fn insisting_on_a_requirement_is_no_attribution() {
    assert_clean(
        "meaning-drift",
        &[(
            "The county now requires two signatures on any contract above $50,000.",
            "The county now insists on two signatures for any contract above $50,000.",
        )],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "\"Nothing is signed,\" Thule said on a call with reporters.",
            "\"Nothing is signed,\" Thule insisted on a call with reporters.",
        )],
    );
}

#[test]
fn a_name_of_common_words_is_an_organisation_that_the_company_restates() {
    assert_clean(
        "meaning-drift",
        &[(
            "Harbour Light said repairs to the pier would not finish until June.",
            "Repairs to the pier would not finish until June, the company said.",
        )],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "Mira Talvik said repairs to the pier would not finish until June.",
            "Repairs to the pier would not finish until June, the company said.",
        )],
    );
}

#[test]
fn an_attribution_carried_from_the_sentence_before_is_kept() {
    let source = "Brenmoor Ferries said on Monday that it would shut its Carrick yard in June. \
                  Brenmoor Ferries said forty jobs would go at the yard.";
    assert_clean(
        "meaning-drift",
        &[(
            source,
            "Brenmoor Ferries says it will shut its Carrick yard in June. \
             Forty jobs will go at the yard.",
        )],
    );
    // A sentence before that names no such speaker carries nothing over.
    assert_flagged(
        "meaning-drift",
        &[(
            "The yard opened in 1961 and builds small ferries. \
             Brenmoor Ferries said forty jobs would go at the yard.",
            "The yard opened in 1961 and builds small ferries. \
             Forty jobs will go at the yard.",
        )],
    );
}

#[test]
fn an_attributed_characterisation_stated_in_the_writers_voice() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Residents said the water board had \"neglected\" the reservoir and demanded an inquiry.",
                "Residents demanded an inquiry over the water board's neglect of the reservoir.",
                "neglect",
            ),
            (
                "The driver was dismissed for what the depot described as \"repeated lateness\".",
                "The driver was dismissed for repeated lateness.",
                "repeated lateness",
            ),
            (
                "Shop owners accused the landlord of inflating service charges.",
                "Shop owners protested after the landlord inflated service charges.",
                "inflated service charges",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                "Residents said the water board had \"neglected\" the reservoir and demanded an inquiry.",
                "Residents, who said the water board had neglected the reservoir, demanded an inquiry.",
            ),
            (
                "The driver was dismissed for what the depot described as \"repeated lateness\".",
                "The driver was dismissed for what the depot called repeated lateness.",
            ),
            (
                "The driver was dismissed for what the depot described as \"repeated lateness\".",
                "The driver was dismissed for \"repeated lateness\", according to the depot.",
            ),
            (
                "The mayor called for \"a fair deal\" for commuters.",
                "The mayor demanded a fair deal for commuters.",
            ),
        ],
    );
}

#[test]
fn meaning_write_off_is_no_attribution() {
    // "offered to write off the debt": a verb of accounts, which attributes
    // nothing, so the dropped "according to" is still found.
    assert_flagged(
        "meaning-drift",
        &[
            (
                "According to two people briefed on the talks, Harlow Foods has offered to write off the debt.",
                "Harlow Foods has offered to write off the debt.",
            ),
            (
                "Analysts said the lender would write off most of the loan.",
                "The lender will write off most of the loan.",
            ),
        ],
    );
}

#[test]
fn a_court_that_heard_a_claim_keeps_the_attribution() {
    assert_clean(
        "meaning-drift",
        &[(
            "The jury was told that the van had been stolen in May.",
            "Jurors heard that the van had been stolen in May.",
        )],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "The jury was told that the van had been stolen in May.",
            "The van had been stolen in May.",
        )],
    );
}

#[test]
fn judges_named_in_the_sentence_before_find_what_they_say() {
    // "They" are the judges of the sentence before: their statement is a finding.
    let source = article(
        "The three judges ruled that the hearing had been fair. They said there was no evidence that the police had hidden files.",
    );
    let suspect = article(
        "All three judges agreed the hearing had been fair. They found no evidence that files had been hidden by the police.",
    );
    assert_clean("meaning-drift", &[(&source, &suspect)]);
}

/// A claim a relative clause reports ("which it said had", "that, he said,
/// had") stated as fact drifts, whatever the tense of its verb.
#[test]
fn a_claim_reported_in_a_relative_clause_stated_as_fact_drifts() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The agency pointed to its Clean Air scheme, which it said had replaced 4,000 boilers since 2022.",
                "The agency pointed to its Clean Air scheme, which has replaced 4,000 boilers since 2022.",
                "which has",
            ),
            (
                "She cited a 2019 drainage study that, she said, had flagged the risk of flooding on the estate.",
                "She cited a 2019 drainage study that had flagged the risk of flooding on the estate.",
                "that had",
            ),
            (
                "She cited a 2019 drainage study that, she said, had flagged the risk of flooding on the estate.",
                "She cited a 2019 drainage study that, she said, flagged the risk of flooding on the estate.",
                "",
            ),
        ],
    );
}

/// A claim attributed to a document told as what the document shows keeps
/// its source ("according to the verdict form" → "the verdict form shows");
/// one attributed to people becomes a record's finding.
#[test]
fn a_document_s_claim_told_as_what_it_shows_keeps_its_source() {
    let verdict = eval_pair_findings("meaning-drift", "t1616-smoke-alarm-verdict");
    assert!(!verdict.iter().any(|f| f == "shows"), "{verdict:?}");
    assert_cases(
        "meaning-drift",
        &[(
            "Two firms won contracts, according to people familiar with the results.",
            "Two firms won contracts, the results showed.",
            "showed",
        )],
    );
}
