//! spelling examples: each test is a table of source/suspect cases and what the rule must flag or pass.

use super::*;

/// Words made with a prefix, and hyphenated words whose parts are prefixes or
/// plurals of known words, are spelt right; a misspelling that happens to start
/// with "pre" is not.
#[test]
fn prefixed_and_hyphenated_words_are_known() {
    let source = "Most cases were among young children, officials said.";
    assert_clean(
        "spelling",
        &[
            (
                source,
                "Most cases were among unvaccinated five-year-olds, officials said.",
            ),
            (source, "Most cases were pre-pandemic, officials said."),
            (
                source,
                "The hosts were outshooting their rivals, officials said.",
            ),
        ],
    );
    assert_cases(
        "spelling",
        &[(
            source,
            "Officials had prepaired for more cases.",
            "prepaired",
        )],
    );
    // A source word the dictionary lacks, possessive; a dictionary word's
    // plural misspelt.
    let source = "The whistleblower said bee colonies were dying, officials said.";
    assert_clean(
        "spelling",
        &[(
            source,
            "The whistleblower's claims were about bee colonies, officials said.",
        )],
    );
    assert_cases(
        "spelling",
        &[(
            source,
            "The whistleblower said bee colonys were dying.",
            "colonys",
        )],
    );
}

#[test]
fn capitalised_misspellings_of_source_words_are_spelling() {
    let source = "Jewellers robbed\n\nProsecutors told the court the pair broke in on October 17. Detective Maren Holloway led the inquiry.\n\nHolloway urged witnesses to call police.";
    let suspect = "Jewellers robbed\n\nProsecuters told the court the pair broke in on Ocotber 17. Detective Maren Holloway led the inquiry.\n\nHollowey urged witnesses to call police.";
    // A name's misspelling is entity-drift's.
    assert_eq!(
        findings_of("spelling", suspect, source),
        ["Prosecuters", "Ocotber"]
    );
}

#[test]
fn a_misspelt_title_before_a_name_is_spelling() {
    let source = "Chief Engineer Tomas Brell said the bridge would reopen in May.";
    let suspect = "Cheif Engineer Tomas Brell said the bridge would reopen in May.";
    assert_eq!(findings_of("spelling", suspect, source), ["Cheif"]);
    assert!(findings_of("entity-drift", suspect, source).is_empty());
    // A surname that misspells a dictionary word stays a name.
    let source = "The report was written by engineer Tomas Baker last spring.";
    let suspect = "The report was written by engineer Tomas Bakre last spring.";
    assert!(findings_of("spelling", suspect, source).is_empty());
}

#[test]
fn a_misspelt_common_noun_ending_a_bodys_name_is_spelling() {
    let source = "The report was written for the Kestrel Valley Parish Council last spring.";
    let suspect = "The report was written for the Kestrel Valley Parish Counsil last spring.";
    assert_eq!(findings_of("spelling", suspect, source), ["Counsil"]);
    assert!(findings_of("entity-drift", suspect, source).is_empty());
}

#[test]
fn accented_and_british_forms_of_known_words_are_spelt_right() {
    for (source, suspect) in [
        (
            "The reading room was replaced by a cafe.",
            "The reading room was replaced by a café.",
        ),
        (
            "The chain will cut 40 stores.",
            "The chain will axe 40 stores.",
        ),
        (
            "The office promotes public health.",
            "The office promotes public wellbeing.",
        ),
    ] {
        assert_clean("spelling", &[(source, suspect)]);
    }
    assert_clean(
        "garbled-phrase",
        &[(
            "The reading room was replaced by a cafe.",
            "The reading room was replaced by a café.",
        )],
    );
    assert_clean(
        "misquote",
        &[(
            "\"We will open a cafe by the door,\" she said.",
            "\"We will open a café by the door,\" she said.",
        )],
    );
}

#[test]
fn a_misspelt_title_opening_a_sentence_before_a_name_is_spelling() {
    let source =
        "Frost hit the valley in April.\n\nMeteorologist Ines Varo said such frosts were rare.";
    let suspect =
        "Frost hit the valley in April.\n\nMeterologist Ines Varo said such frosts were rare.";
    assert_eq!(findings_of("spelling", suspect, source), ["Meterologist"]);
    let source =
        "Frost hit the valley in April.\n\nThe forecaster, Ines Varo, said such frosts were rare.";
    let suspect =
        "Frost hit the valley in April.\n\nThe forecaster, Inez Varo, said such frosts were rare.";
    assert!(findings_of("spelling", suspect, source).is_empty());
}

#[test]
fn the_british_enquiry_is_spelt_right() {
    assert_clean(
        "spelling",
        &[(
            "Police said their inquiries were continuing.",
            "Police said their enquiries were continuing.",
        )],
    );
    assert_flagged(
        "spelling",
        &[(
            "Police said their inquiries were continuing.",
            "Police said their enquries were continuing.",
        )],
    );
}

#[test]
fn closed_compounds_of_common_words_are_known() {
    let source = "The toy company cut prices, and the fund did badly.";
    assert_clean(
        "spelling",
        &[
            (source, "The toymaker cut prices."),
            (source, "The rollout of lower prices was slow."),
            (source, "The fund was underdelivering."),
        ],
    );
    assert_cases(
        "spelling",
        &[
            (source, "The toy company finshed the year badly.", "finshed"),
            (source, "The toy shop was overcrowed.", "overcrowed"),
        ],
    );
}

#[test]
fn a_source_word_in_the_other_spelling_is_known() {
    assert_clean(
        "spelling",
        &[(
            "The study used records that were anonymised.",
            "The study used records that were anonymized.",
        )],
    );
}

#[test]
fn names_joined_by_an_ampersand_are_names() {
    assert_clean(
        "spelling",
        &[(
            "Advisers from a firm were hired.",
            "Advisers from Dellman & Rowe were hired.",
        )],
    );
}

/// The plural of a noun the dictionary lists as uncountable, and the past of
/// a noun WordNet also has as a verb, are words; a plural or past spelt
/// against its stem's regular form is not.
#[test]
fn regular_inflections_missing_from_the_dictionary_are_words() {
    let source = "The shop was cleared on Friday, staff said.";
    assert_clean(
        "spelling",
        &[
            (
                source,
                "The shop sold its furnitures on Friday, staff said.",
            ),
            (source, "The luggages were cleared on Friday, staff said."),
            (
                source,
                "A new owner helmed the shop from Friday, staff said.",
            ),
        ],
    );
    assert_cases(
        "spelling",
        &[
            (source, "The heros cleared the shop on Friday.", "heros"),
            (source, "The clearance occured on Friday.", "occured"),
            (source, "The police catched a thief on Friday.", "catched"),
        ],
    );
}

#[test]
fn a_hyphenated_word_of_a_prefix_and_a_source_name_is_known() {
    assert_sentences(
        "spelling",
        &[(
            "Anton Velik, the former head of Velora, lost his appeal.",
            "Anton Velik, the ex-Velora boss, lost his appeal.",
        )],
        &[],
    );
}

#[test]
fn a_dictionary_acronym_written_as_a_name_is_known_in_a_hyphenated_word() {
    let source = "Bookings at the resort have recovered, its owners said.";
    assert_clean(
        "spelling",
        &[
            (
                source,
                "Bookings at the resort are back to pre-Covid levels, its owners said.",
            ),
            (
                source,
                "Bookings at the resort recovered after an anti-Nato protest, its owners said.",
            ),
        ],
    );
    assert_cases(
        "spelling",
        &[(
            source,
            "Bookings at the resort are back to pre-Covdi levels, its owners said.",
            "pre-Covdi",
        )],
    );
}

#[test]
fn british_words_ending_in_wards_are_known() {
    assert_clean(
        "spelling",
        &[(
            "",
            "Cancellations from June onwards could not be ruled out, and fares rose afterwards.",
        )],
    );
    assert_cases(
        "spelling",
        &[(
            "",
            "Cancellations from June onwwards could not be ruled out.",
            "onwwards",
        )],
    );
}

/// British spellings the American dictionary changes ("-isable", "-ogued",
/// "-eable", "storey", "-ilful", a hyphen in "co-ordinator") are spelt right;
/// a slip that looks like a British ending ("numbre") is not.
#[test]
fn british_spellings_of_american_words_are_known() {
    assert_clean(
        "spelling",
        &[(
            "",
            "The sizeable multistorey car park was unrecognisable after a skilful \
             co-ordinator spent a year cataloguing its spoilt fibre cables.",
        )],
    );
    assert_cases(
        "spelling",
        &[
            ("", "The numbre of cars fell.", "numbre"),
            ("", "The co-ordinatr left the car park.", "co-ordinatr"),
        ],
    );
}
