//! meaning-drift examples from the recall work of sessions 40, 41 and 48 (blind
//! tune pairs) on attribution: a claim's attribution dropped behind the claim's
//! own verb, a pronoun, a relative clause, a comma or a headline, a speaker
//! named only as an owner or by a shared modifier, "claimed" beside the noun
//! "claims", a reported intention told as what will happen.

use super::*;

#[test]
fn a_claim_keeping_its_own_verb_of_finding_loses_its_attribution() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The prosecution alleges Ms Quill knew about the transfers and helped to hide them.",
                "Ms Quill knew about the transfers and helped to hide them.",
                "knew",
            ),
            (
                "The prosecution alleges Ms Quill knew about the transfers and helped to hide them.",
                "Ms Quill knew about the transfers and helped to hide them, the prosecution alleges.",
                "",
            ),
        ],
    );
}

#[test]
fn one_person_after_speakers_named_in_the_plural_is_no_self_report() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Prosecutors said he sold about 41,000 shares in August 2022, avoiding losses of roughly $1.3 million.",
                "He sold around 41,000 shares in August 2022, sidestepping losses of about $1.3 million.",
                "sold",
            ),
            // "Marta Olsen said she would": the speaker's own report.
            (
                "Marta Olsen said she would sell about 41,000 shares in August, avoiding losses.",
                "She would sell around 41,000 shares in August, sidestepping losses.",
                "",
            ),
        ],
    );
}

#[test]
fn a_claim_reported_after_that_and_a_subject_stated_as_fact() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The board approved a $48 million contract for 40 electric buses, a deal that critics say carries too much risk.",
                "The board approved a $48 million contract for 40 electric buses, a deal that carries too much risk.",
                "that carries",
            ),
            (
                "The board approved a $48 million contract for 40 electric buses, a deal that critics say carries too much risk.",
                "The board approved a $48 million contract for 40 electric buses, a deal that critics argue carries too much risk.",
                "",
            ),
        ],
    );
}

#[test]
fn a_claim_stated_as_fact_is_flagged_at_the_copys_own_opener() {
    assert_cases(
        "meaning-drift",
        &[(
            "The group, which has about 60 members, would prefer welding, a technique that it says has been used successfully on bells in Germany.",
            "The group, which has roughly 60 members, would prefer welding, a technique that has been used successfully on bells in Germany.",
            "that has",
        )],
    );
}

#[test]
fn said_made_claimed_beside_the_noun_claims() {
    assert_cases(
        "meaning-drift",
        &[(
            "The insurer declined to comment but said premiums had risen sharply after a series of claims.",
            "The insurer would not comment but claimed premiums had climbed steeply after a series of claims.",
            "claimed",
        )],
    );
}

#[test]
fn a_comparison_with_a_forecast_attributes_nothing() {
    assert_flagged(
        "meaning-drift",
        &[
            (
                "Analysts at Hollin Securities said the profit warning was larger than expected.",
                "The profit warning was larger than expected.",
            ),
            (
                "The trust said the repair bill had come in higher than forecast.",
                "The repair bill had come in higher than forecast.",
            ),
        ],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "Analysts at Hollin Securities said the profit warning was larger than expected.",
            "The profit warning was larger than analysts had expected.",
        )],
    );
}

#[test]
fn a_forecast_noun_after_a_quantifier_attributes_nothing() {
    assert_flagged(
        "meaning-drift",
        &[(
            "A spokeswoman for the energy office said most of those projects had finished on time.",
            "Most of those projects finished on schedule.",
        )],
    );
}

/// A speaker is sought back to the nearest comma, sentence end or relative
/// word ("8%, which the council says", "a day. Claimants allege"): the words
/// before are the claim's, and naming them again names no speaker. The claim
/// is flagged at its own verb found again, not the sentence's first.
#[test]
fn an_attribution_in_a_relative_clause_or_after_a_comma_is_dropped() {
    let bridge = "The bridge, which inspectors said was showing signs of wear, carries 9,000 passengers a day.";
    let buses = "Bus subsidies will be cut by 8%, which the council says will mean fewer evening services on four routes.";
    assert_cases(
        "meaning-drift",
        &[
            (
                bridge,
                "The bridge, showing signs of wear, carries 9,000 passengers a day.",
                "showing",
            ),
            (
                bridge,
                "The bridge, which inspectors described as worn, carries 9,000 passengers a day.",
                "",
            ),
            (
                buses,
                "An 8% cut in bus subsidies will mean fewer evening services on four routes.",
                "will mean",
            ),
            (
                buses,
                "Bus subsidies will be cut by 8%. The council says that will mean fewer evening services on four routes.",
                "",
            ),
            (
                "Calder's permit allows it to release up to 1.8 million litres of water a day. Claimants allege that on at least three days last summer the plant exceeded that limit.",
                "Calder's permit lets it release as much as 1.8 million litres of water a day, a limit the plant exceeded on at least three days last summer.",
                "exceeded",
            ),
            // "a target it said": the pronoun is the speaker, a self-report.
            (
                "It plans to spend 45 million by 2027, a target it said was unchanged.",
                "It plans to spend 45 million by 2027.",
                "",
            ),
        ],
    );
}

/// A headline's "agency says" is the headline's own: the first sentence of
/// the story does not go on in its voice.
#[test]
fn a_headline_s_attribution_does_not_carry_into_the_story() {
    let source = "Fog sensors cut crashes in first winter, agency says\n\nA network of fog sensors on the M14 reduced collisions by 22 percent during its first winter, the roads agency said on Wednesday.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "Fog sensors cut crashes in first winter, agency says\n\nFog sensors on the M14 reduced collisions by 22% in their first winter.",
                "reduced",
            ),
            (
                source,
                "Fog sensors cut crashes in first winter, agency says\n\nFog sensors on the M14 reduced collisions by 22% in their first winter, the roads agency said.",
                "",
            ),
        ],
    );
}

/// The speaker named only as an owner ("a gap in the board's budget") names
/// no speaker of the claim; "in the board's view" still does.
#[test]
fn a_speaker_named_only_as_an_owner_does_not_attribute() {
    let source =
        "The board said the cuts were needed to cover a 2.3 million pound gap in its budget.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "The cuts were needed to cover a 2.3 million pound gap in the board's budget.",
                "were needed",
            ),
            (
                source,
                "In the board's view, the cuts were needed to cover a 2.3 million pound gap in its budget.",
                "",
            ),
            (
                source,
                "The cuts, in the board's words, were needed to cover a 2.3 million pound gap in its budget.",
                "",
            ),
        ],
    );
}

#[test]
fn a_speaker_named_only_by_a_shared_modifier_carries_no_attribution() {
    // Session 42: the sentence before names the "Heritage Fund", not the
    // "Heritage Trust"; the dropped attribution is flagged at the claim's
    // verb, past the participle's clause that opens the sentence.
    let source = article(
        "The council said the National Heritage Fund had awarded a grant. \
             The carousel, built in 1893 by the firm Harcastle Brothers, is one of only four \
             steam-driven examples in Britain, according to the Fairground Heritage Trust.",
    );
    let suspect = article(
        "The council said the National Heritage Fund had awarded a grant. \
             Built in 1893 by the firm Harcastle Brothers, the carousel is one of just four \
             steam-driven examples in Britain.",
    );
    assert_cases("meaning-drift", &[(&source, &suspect, "is")]);
    // The speaker's head word names it: the claim stays attributed.
    let source = article(
        "The trust said the carousel had been restored. \
         The carousel is one of only four steam-driven examples in Britain, \
         according to the Fairground Heritage Trust.",
    );
    let suspect = article(
        "The trust said the carousel had been restored. \
         The carousel is one of just four steam-driven examples in Britain.",
    );
    assert_clean("meaning-drift", &[(&source, &suspect)]);
}

/// A claim split from its speaker's sentence and told before the sentence
/// that names the speaker over other words stands as fact (three authors'
/// blind pairs: "Brandvold said the fall reflected" → "The fall reflects
/// … . \"…,\" said … Brandvold."); told after it, the speaker carries over.
#[test]
fn a_claim_told_before_its_speakers_sentence_loses_its_attribution() {
    assert_flagged(
        "meaning-drift",
        &[(
            "The agency's director, Dr Mira Solberg, said the fall reflected a budget that had been frozen for three years. \"We are turning away excellent science every week,\" she said.",
            "The fall reflects a budget that has been frozen for three years. \"We are turning away excellent science every single day,\" said the agency's director, Dr Mira Solberg.",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "Dunmere Mills employs about 640 people. The company said no jobs would be lost at the plant, though some staff may be offered fewer shifts.",
            "The company, which employs about 640 people, said no jobs would be lost at the plant. Though some staff may be offered fewer shifts.",
        )],
    );
}

/// "a change the company says is needed": the speaker is the second noun
/// phrase, not the change before it; and "£4 per week" names no source.
#[test]
fn a_speaker_after_the_noun_its_claim_describes_is_found() {
    assert_flagged(
        "meaning-drift",
        &[(
            "Carers criticised a decision by Wellmead to start charging £4 a week for pill packs, a change the company says is needed to keep the service running.",
            "Carers hit out at a decision by Wellmead to begin charging £4 per week for pill packs, a change that is needed to keep the service running.",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "Carers criticised a decision by Wellmead to start charging £4 a week for pill packs, a change the company says is needed to keep the service running.",
            "Carers hit out at a decision by Wellmead to begin charging £4 per week for pill packs, a change the company says is needed to keep the service running.",
        )],
    );
}

/// "Residents in the affected villages say": the speaker's head noun lies
/// beyond the words searched for it, and "villages" kept as the claim's
/// place names no speaker.
#[test]
fn a_speaker_whose_place_the_copy_keeps_is_still_dropped() {
    assert_flagged(
        "meaning-drift",
        &[(
            "Residents in the affected villages say the gaps have hit older readers hardest.",
            "The gaps have hit older readers in the affected villages hardest.",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "Residents in the affected villages say the gaps have hit older readers hardest.",
            "Residents say the gaps have hit older readers in the affected villages hardest.",
        )],
    );
}

/// Session 48: what a speaker said it would do told as what will happen,
/// with every verb of saying gone from the copy (five authors label "The
/// council said it would review" → "The council will review"); not where
/// the copy still reports it, in its sentence or in another made from the
/// same source sentence, nor inside an indirect question; a claim about
/// another party ("said the change would cut") is attribution-dropped's.
#[test]
fn a_reported_intention_told_as_what_will_happen_drifts() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The council said it would review the decision after 12 months.",
                "The council will review the decision after 12 months.",
                "will",
            ),
            (
                "Glanmor Tree Farms said that it would cut only 18,000 firs this season.",
                "Glanmor Tree Farms will cut only 18,000 firs this season.",
                "will",
            ),
            // A claim about another party is attribution-dropped's.
            (
                "The operator said the change would cut journey times by four minutes.",
                "The change will cut journey times by four minutes.",
                "will cut",
            ),
            (
                "The council said it would review the decision and that it would publish figures.",
                "The council said it would review the decision, and it will publish figures.",
                "",
            ),
            (
                "The council said it would review the decision after 12 months.",
                "The council says it will review the decision after 12 months.",
                "",
            ),
            (
                "The council said it would review the decision after 12 months.",
                "The council will review the decision after 12 months, a spokesman said.",
                "",
            ),
            (
                "The company has not said how much it would charge for the pill.",
                "It has yet to disclose how much it will charge for the pill.",
                "",
            ),
        ],
    );
}
