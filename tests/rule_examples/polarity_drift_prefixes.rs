//! polarity-drift: denials carried by a negative prefix or suffix ("un-", "in-",
//! "-less") or a second negator, counted once.

use super::*;

#[test]
fn a_negation_dropped_while_another_is_carried_into_a_word_is_flagged() {
    let source = "The operator said it did not expect widespread outages, though some \
rural areas could lose electricity for several hours.";
    let suspect = "The operator said it expected widespread outages, though some \
rural areas might be without power for several hours.";
    assert_eq!(findings_of("polarity-drift", suspect, source), ["expected"]);
    let kept = "The operator said it did not expect widespread outages, though some \
rural areas might be without power for several hours.";
    assert!(findings_of("polarity-drift", kept, source).is_empty());
}

#[test]
fn negation_carried_by_prefix_verb_or_a_second_negator_passes_clean() {
    let cases = [
        (
            "The inspector judged it not urgent.",
            "The inspector considered it non-urgent.",
        ),
        (
            "The inspector judged it not urgent, documents show.",
            "The inspector considered it non-urgent, documents show.",
        ),
        (
            "The council had ignored repeated warnings.",
            "The council had failed to act on repeated warnings.",
        ),
        (
            "The defendant did not give evidence.",
            "The defendant stayed out of the witness box.",
        ),
        (
            "He had not missed a penalty all season.",
            "He had scored every penalty all season.",
        ),
        (
            "The drug fails to beat placebo.",
            "The drug does no better than placebo.",
        ),
        ("The A71 remained closed.", "The A71 had not reopened."),
    ];
    assert_clean("polarity-drift", &cases);
    assert_cases(
        "polarity-drift",
        &[
            (
                "Side effects occurred at similar rates in both groups.",
                "Side effects occurred at different rates in both groups.",
                "different",
            ),
            (
                "Calder were favourites with most bookmakers.",
                "Calder were outsiders with most bookmakers.",
                "outsiders",
            ),
        ],
    );
}

#[test]
fn a_negation_carried_by_a_prefixed_word_counts_once_and_answers_its_own_edit() {
    assert_cases(
        "polarity-drift",
        &[
            (
                "The company did not admit wrongdoing but agreed to pay the fine and to refund \
customers who were charged fees that the regulator said were not properly disclosed.",
                "Quillfin admitted wrongdoing and agreed to pay the fine and to refund customers \
who were charged undisclosed early-repayment fees.",
                // The finding names the verb the source denied.
                "admitted",
            ),
            (
                "The hospital said the trust could not show that its staffing was safe, and it \
did not say when it would.",
                "The hospital said the trust was unable to show that its staffing was safe, and it \
did not say when it would.",
                "",
            ),
        ],
    );
}

#[test]
fn a_denial_restated_by_a_prefix_beside_a_double_negation_passes() {
    assert_clean(
        "polarity-drift",
        &[(
            "The critic said the sequel was weak but not surprising.",
            "The critic said the sequel was weak but unsurprising.",
        )],
    );
}

#[test]
fn a_denied_word_moved_with_a_negative_prefix_is_no_dropped_negation() {
    // "not properly disclosed" → "undisclosed", moved before its noun; the
    // other negation dropped in the sentence still counts.
    assert_cases(
        "polarity-drift",
        &[(
            "The bakery did not admit fault but agreed to refund about 4,000 shoppers who were billed charges for late delivery that inspectors said were not properly disclosed.",
            "The bakery admitted fault and agreed to refund about 4,000 shoppers who were billed undisclosed late-delivery charges.",
            "admitted",
        )],
    );
}

#[test]
fn polarity_suffix_lemma_is_no_particle_opposite() {
    assert_clean(
        "polarity-drift",
        &[(
            "The union said 64% of members who voted backed the offer. Turnout was 49%.",
            "The union said the offer was backed by 64% of members who voted, on a turnout of 49%.",
        )],
    );
}

/// A Latin prefix denies as "not" does ("inexpensive" → "does not cost
/// much"), but not the opposite of the word the other side denies.
#[test]
fn a_latin_prefix_denies_its_listed_opposite() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The new scanner is inexpensive to run.",
            "The new scanner does not cost much to run.",
        )],
        &[(
            "The parking fines at the hospital are not cheap.",
            "The parking fines at the hospital are inexpensive.",
        )],
    );
}

#[test]
fn polarity_a_prefixed_word_restating_another_leaves_a_dropped_denial_standing() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The curator said she was disappointed that the trust had not extended the loan.",
                "The curator said she was unhappy that the trust had not extended the loan.",
            ),
            (
                "The curator said she was not pleased that the trust had ended the loan.",
                "The curator said she was unhappy that the trust had ended the loan.",
            ),
            (
                "The curator said she was not happy that the trust had ended the loan.",
                "The curator said she was unhappy that the trust had ended the loan.",
            ),
        ],
        &[
            (
                "The curator said she was disappointed that the trust had not extended the loan.",
                "The curator said she was unhappy that the trust had extended the loan.",
            ),
            (
                "The skipper was annoyed but did not blame the crew for the delay.",
                "The skipper was unhappy about the delay but blamed the crew for it.",
            ),
        ],
    );
}

#[test]
fn a_denial_carried_by_the_suffix_less() {
    assert_sentences(
        "polarity-drift",
        &[
            (
                "The shelter takes in homeless families every winter.",
                "The shelter takes in families without homes every winter.",
            ),
            (
                "The gale left 9,000 homes without power.",
                "The gale left 9,000 homes powerless.",
            ),
        ],
        &[
            (
                "The gale left 9,000 homes without power.",
                "The gale left 9,000 homes with power.",
            ),
            (
                "The club has countless rivals in the league.",
                "The club has no rivals in the league.",
            ),
        ],
    );
}

#[test]
fn a_prefixed_word_on_both_sides_carries_no_denial() {
    assert_sentences(
        "polarity-drift",
        &[],
        &[(
            "The trust said the cuts had closed a ward at its inpatient clinic, but that patient safety had not been affected.",
            "The trust said the cuts had shut a ward at its inpatient clinic, and that patient safety had also suffered.",
        )],
    );
}

#[test]
fn a_denied_prefix_noun_restated_plainly_passes() {
    assert_sentences(
        "polarity-drift",
        &[(
            "The auditors found no irregularities in the council's accounts.",
            "The auditors found the council's accounts to be in order.",
        )],
        &[(
            "The auditors found no irregularities in the council's accounts.",
            "The auditors found irregularities in the council's accounts.",
        )],
    );
}

#[test]
fn a_synonym_of_an_adjectives_wordnet_opposite_is_an_opposite() {
    let source =
        "Observers from the regional forum described the count in Harlow as largely orderly.";
    let chaotic =
        "Observers from the regional forum described the count in Harlow as largely chaotic.";
    assert_eq!(findings_of("polarity-drift", chaotic, source), ["chaotic"]);
    let source = "The rise in ferry fares this spring was not large, the operator said.";
    let modest = "The rise in ferry fares this spring was modest, the operator said.";
    assert!(findings_of("polarity-drift", modest, source).is_empty());
    let large = "The rise in ferry fares this spring was large, the operator said.";
    assert!(!findings_of("polarity-drift", large, source).is_empty());
}
