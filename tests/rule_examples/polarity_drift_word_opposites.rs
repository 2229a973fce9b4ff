//! polarity-drift: opposite words paired by their object or noun (kept / dropped,
//! sale / purchase, criticising / defending, broad / narrow), flipped.

use super::*;

#[test]
fn kept_and_dropped_accepted_and_disputed_beaten_and_short_are_opposites() {
    assert_flagged(
        "polarity-drift",
        &[
            (
                "The late bus will be dropped on Sundays, the operator said.",
                "The late bus will be retained on Sundays, the operator said.",
            ),
            (
                "The union said it disputed the findings of the review.",
                "The union said it accepted the findings of the review.",
            ),
            (
                "The crowd of 7,100 beat the ground's record of 6,800.",
                "The crowd of 7,100 fell short of the ground's record of 6,800.",
            ),
        ],
    );
    assert_clean(
        "polarity-drift",
        &[(
            "The late bus will be dropped on Sundays, the operator said.",
            "The late bus will be scrapped on Sundays, the operator said.",
        )],
    );
}

#[test]
fn polarity_hyphenated_opposites_and_news_opposites() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The ferry service remained loss-making last year, the operator said.",
                "The ferry service remained profitable last year, the operator said.",
                "profitable",
            ),
            (
                "The winner of the regatta will receive 5,000 pounds and a trophy.",
                "The runner-up of the regatta will receive 5,000 pounds and a trophy.",
                "runner-up",
            ),
            (
                "Three of the clinics started the winter with a nursing post unfilled.",
                "Three of the clinics ended the winter with a nursing post unfilled.",
                "ended",
            ),
            (
                "At a hearing on Monday the former treasurer denied all charges against him.",
                "At a hearing on Monday the former treasurer pleaded guilty to all charges against him.",
                "pleaded guilty",
            ),
        ],
    );
}

#[test]
fn a_denying_verb_swapped_for_its_opposite_is_one_flip() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The bakery chain posted higher sales in spring, beating analysts' estimates.",
                "The bakery chain posted higher sales in spring, missing analysts' estimates.",
                "missing",
            ),
            (
                "The bakery chain posted higher sales in spring but did not beat analysts' estimates.",
                "The bakery chain posted higher sales in spring, missing analysts' estimates.",
                "",
            ),
            (
                "The committee did not approve the harbour plan on Tuesday.",
                "The committee rejected the harbour plan on Tuesday.",
                "",
            ),
        ],
    );
}

#[test]
fn polarity_two_opposites_reversing_a_verb_and_what_it_governs_cancel() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The board dropped plans to close two depots.",
            "The board kept two depots open.",
        )],
        &[(
            "The board dropped plans to close two depots.",
            "The board kept plans to close two depots.",
        )],
    );
}

#[test]
fn polarity_a_sale_made_a_purchase_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The fee was covered by the sale of its striker.",
            "The fee was paid for by the sale of its striker.",
        )],
        &[(
            "The fee was covered by the sale of its striker.",
            "The fee was covered by the purchase of its striker.",
        )],
    );
}

#[test]
fn criticising_told_as_defending_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[(
            "Opposition leader Ruth Okafor criticised the delay.",
            "Opposition leader Ruth Okafor condemned the delay.",
        )],
        &[(
            "Opposition leader Ruth Okafor criticised the delay.",
            "Opposition leader Ruth Okafor defended the delay.",
        )],
    );
}

#[test]
fn money_lost_told_as_money_made() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The bakery chain lost 3.4 million pounds in its first half.",
                "The bakery chain made 3.4 million pounds in its first half.",
                "made",
            ),
            (
                "The co-operative said it made about $90,000 on the fair.",
                "The co-operative said it lost about $90,000 on the fair.",
                "lost",
            ),
            (
                "The market stalls lost money over the winter.",
                "The market stalls made money over the winter.",
                "made",
            ),
            // "make" before no money is no gain.
            (
                "The mill lost 40 staff in the spring.",
                "The mill made 40 staff redundant in the spring.",
                "",
            ),
        ],
    );
}

#[test]
fn shed_is_a_fall_and_cleared_is_not_guilty() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The jury convicted her on four counts and cleared her on the remaining two.",
                "She was found guilty on four counts and not guilty on the other two.",
            ),
            (
                "The shares shed 8% over the year.",
                "The shares fell 8% over the year.",
            ),
        ],
        &[(
            "The shares gained 8% over the year.",
            "The shares shed 8% over the year.",
        )],
    );
}

#[test]
fn a_denied_surprise_restated_as_shock_is_flagged() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The broker said the weak harvest had not surprised grain traders.",
                "The broker said the weak harvest had been expected by grain traders.",
            ),
            (
                "The broker said the weak harvest had come as a surprise to grain traders.",
                "The broker said the weak harvest had shocked grain traders.",
            ),
        ],
        &[
            (
                "The broker said the weak harvest had not surprised grain traders.",
                "The broker said the weak harvest had stunned grain traders.",
            ),
            (
                "The broker said the weak harvest had not come as a surprise to grain traders.",
                "The broker said the weak harvest had caught grain traders off guard.",
            ),
        ],
    );
}

#[test]
fn broad_and_narrow_raised_and_trimmed_are_opposites() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The bakery chain trimmed its sales outlook on Monday.",
            "The bakery chain cut its sales outlook on Monday.",
        )],
        &[
            (
                "The survey found unusually broad leaves on the island's oaks.",
                "The survey found unusually narrow leaves on the island's oaks.",
            ),
            (
                "The bakery chain raised its sales outlook to 4% on Monday.",
                "The bakery chain trimmed its sales outlook to 4% on Monday.",
            ),
        ],
    );
}

#[test]
fn objecting_told_as_welcoming_and_a_handful_as_plenty_are_flagged() {
    let source = "Parents had objected to the closure of the Mardle Lane crossing.";
    let welcomed = "Parents had welcomed the closure of the Mardle Lane crossing.";
    assert_eq!(
        findings_of("polarity-drift", welcomed, source),
        ["welcomed"]
    );
    let opposed = "Parents had opposed the closure of the Mardle Lane crossing.";
    assert!(findings_of("polarity-drift", opposed, source).is_empty());
    let source = "Only a handful of stalls at Fenner Market opened on Sunday.";
    let plenty = "Plenty of stalls at Fenner Market opened on Sunday.";
    assert!(!findings_of("polarity-drift", plenty, source).is_empty());
    let few = "Just a few stalls at Fenner Market opened on Sunday.";
    assert!(findings_of("polarity-drift", few, source).is_empty());
}

#[test]
fn opposite_adjectives_describing_the_same_noun_are_paired_before_and_after_be() {
    let source = "Inspectors will visit depots with low staffing this winter.";
    let high = "Inspectors will visit depots where staffing is high this winter.";
    assert_eq!(findings_of("polarity-drift", high, source), ["high"]);
    let kept = "Inspectors will visit depots where staffing is low this winter.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
    let source = "Dealers said grain stocks remained low after the harvest.";
    let remained = "Dealers reported high grain stocks after the harvest.";
    assert_eq!(findings_of("polarity-drift", remained, source), ["high"]);
}

#[test]
fn an_opposite_verb_the_source_uses_for_another_act_flips_on_the_same_object() {
    let source = "Members of the Arlow town council approved a new harbour wall fund on Monday, and rejected by 19 votes to 11 a proposal to charge a toll on ferry cars.";
    let approved = "Arlow town councillors backed a new harbour wall fund on Monday, while a plan to charge a toll on ferry cars was approved by 19 votes to 11.";
    assert_eq!(
        findings_of("polarity-drift", approved, source),
        ["approved"]
    );
    let kept = "Arlow town councillors approved a new harbour wall fund on Monday, while a plan to charge a toll on ferry cars was rejected by 19 votes to 11.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
}

/// Session 53: a moved word whose synonym stands among more of its
/// neighbours in the source restates that word (t2246), not the opposite
/// beside it; the events turned round are flagged.
#[test]
fn a_synonym_among_more_neighbours_is_the_counterpart() {
    let source = "The marathon began at noon on Saturday and ended at noon on Sunday.";
    let clean = "The marathon started at noon on Saturday and finished at noon on Sunday.";
    assert!(findings_of("polarity-drift", clean, source).is_empty());
    let turned = "The marathon finished at noon on Saturday and started at noon on Sunday.";
    assert_eq!(findings_of("polarity-drift", turned, source), ["started"]);
}

/// Session 62: "still" and "already" are opposites; a "still" with a denial
/// after it ("still not") says "not yet", so "already" answers no dropped
/// denial there and the negation count flags it.
#[test]
fn still_and_already_are_opposites_unless_the_still_is_denied() {
    let cases = [
        (
            "Officials said the road was still closed on Monday.",
            "Officials said the road was already closed on Monday.",
            "already",
        ),
        (
            "Officials admitted that part of the funding has still not been secured.",
            "Officials admitted that part of the funding has already been secured.",
            "already",
        ),
        (
            "Officials admitted that the funding has already been secured.",
            "Officials admitted that the funding still has not been secured.",
            "not",
        ),
        (
            "Officials admitted that part of the funding has not yet been secured.",
            "Officials admitted that part of the funding has still not been secured.",
            "",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}

/// Session 66: an age given as a figure ("26-year-old", "aged from 25 to
/// 91") is a measure, not the "old" that "young" opposes; "young" told as
/// "old" is still flagged.
#[test]
fn an_age_given_as_a_figure_opposes_nothing() {
    let cases = [
        (
            "Young breeder Tom Hesketh, 26, said he had wanted to judge for years.",
            "Tom Hesketh, a 26-year-old breeder, said he had wanted to judge for years.",
            "",
        ),
        (
            "The club, which has 58 members aged from 25 to 91, trains at the baths.",
            "The club has 58 members, the youngest 25 and the oldest 91, and trains at the baths.",
            "",
        ),
        (
            "Young breeder Tom Hesketh said he had wanted to judge for years.",
            "Old breeder Tom Hesketh said he had wanted to judge for years.",
            "Old",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}
