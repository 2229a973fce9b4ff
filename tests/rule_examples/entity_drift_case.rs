//! entity-drift: capitals and lower case in headlines and sentence openings: title-case words,
//! acronyms and posts are no names, and a name lower-cased or swapped in a headline is flagged.

use super::*;

#[test]
fn title_case_headlines_swap_words_not_names() {
    let source = "Fairmont Grocers Profit Rises 6.2% as Shoppers Trade Down\n\nFairmont Grocers said on Tuesday that profit rose 6.2% in the year.";
    let suspect = "Fairmont Grocers Benefit Rises 6.2% as Customers Trade Down\n\nFairmont Grocers said on Tuesday that profit rose 6.2% in the year.";
    assert!(findings_of("entity-drift", suspect, source).is_empty());
    assert_eq!(findings_of("garbled-phrase", suspect, source), ["Benefit"]);
}

#[test]
fn common_words_capitalised_by_position_and_unit_names_are_no_entity_drift() {
    let cases = [
        (
            "Prosecutor Helen Marsh KC said the money paid for a cabin.",
            "The money, prosecutor Helen Marsh KC said, paid for a cabin.",
        ),
        (
            "Chief executives met on Monday.",
            "Cheif executives met on Monday.",
        ),
        (
            "Temperatures ranged from 8 to 11 degrees Celsius.",
            "Temperatures ranged from 46 to 52 degrees Fahrenheit.",
        ),
    ];
    assert_clean("entity-drift", &cases);
    // A surname that is also a word is still a name where the source uses it as one.
    assert_eq!(
        findings_of(
            "entity-drift",
            "Councillors Nadia Brooks and Owen Fitch voted against. Fitch said the council failed.",
            "Councillors Nadia Brooks and Owen Fitch voted against. Brooks said the council failed."
        ),
        ["Fitch"]
    );
}

#[test]
fn a_title_restyled_around_its_holder_and_a_headline_naming_the_story_pass_clean() {
    assert_clean(
        "entity-drift",
        &[
            (
                "The plan was backed, said Corrin Transit Authority chief executive Nadia Ferrante.",
                "The plan was backed, said Nadia Ferrante, chief executive of the Corrin Transit Authority.",
            ),
            (
                "Harbourside museum reopens after $46 million renovation\n\n\
PELLSTON, May 17 (Wire) – The Pellston Maritime Museum reopened to the public on \
Saturday after a three-year, $46 million renovation.",
                "Pellston Maritime Museum reopens after $46 million overhaul\n\n\
PELLSTON, May 17 (Wire) – After three years and $46 million of renovation work, the \
Pellston Maritime Museum opened its doors to the public again on Saturday.",
            ),
        ],
    );
}

#[test]
fn title_case_headlines_with_misspellings_and_punctuation_are_not_names() {
    let body = "\n\nThe Dunmore council said on Monday that it would end the fines.";
    for (source, suspect) in [
        (
            "Dunmore Libraries Scrap Overdue Fines After Trial",
            "Dunmore Librarys Discard Belated Penalties After Trial",
        ),
        (
            "Late Snow Ruins Much of the Valley's Apple Crop, Growers Say",
            "Late Snow Ruins Much of the Valley's Apple Yield, Farmers Say",
        ),
        (
            "Nine Clinics to Get New Scanners Under $3 Million Plan",
            "County Plans $3M Scanner Rollout Across Nine Clinics",
        ),
    ] {
        let (source, suspect) = (format!("{source}{body}"), format!("{suspect}{body}"));
        assert!(
            findings_of("entity-drift", &suspect, &source).is_empty(),
            "{suspect}"
        );
    }
    let source = format!("Dunmore Libraries Scrap Overdue Fines{body}");
    let suspect = format!("Dunmorr Libraries Scrap Overdue Fines{body}");
    assert_eq!(findings_of("entity-drift", &suspect, &source), ["Dunmorr"]);
}

#[test]
fn a_post_lower_cased_is_style_but_a_company_is_not() {
    assert_clean(
        "entity-drift",
        &[(
            "The plan was backed by Vestland's Housing Minister on Monday.",
            "The plan was backed by Vestland's housing minister on Monday.",
        )],
    );
    assert_flagged(
        "entity-drift",
        &[(
            "The plan was backed by Harbour Energy on Monday.",
            "The plan was backed by harbour energy on Monday.",
        )],
    );
}

/// Titles contracted ("Cllr", "Sgt") are the same title; a preposition
/// opening the source sentence is no name another name replaced.
#[test]
fn contracted_titles_and_sentence_opening_prepositions_are_no_new_names() {
    assert_clean(
        "entity-drift",
        &[
            (
                "Councillor Neil Barrow said the plan would go ahead. Sergeant Ann Hale said roads would close.",
                "Cllr Neil Barrow said the plan would go ahead. Sgt Ann Hale said roads would close.",
            ),
            (
                "The regulator fined the lender on Monday. Between March and May, Velstra's adverts promised low rates, the regulator said.",
                "The regulator fined the lender on Monday. Velstra's ads from March to May promised low rates, the regulator said.",
            ),
        ],
    );
}

#[test]
fn a_plural_name_written_as_common_words_is_entity_drift() {
    let source = "Voters backed the Reds in every district of the region on Sunday.";
    let suspect = "Voters backed the red ones in every district of the region on Sunday.";
    assert_eq!(findings_of("entity-drift", suspect, source), ["red ones"]);
}

#[test]
fn a_name_opener_lower_cased_mid_sentence_is_entity_drift() {
    let source = "The grant came from the Coastal Restoration Trust last year, officials said.";
    let suspect = "The grant came from the coastal Restoration Trust last year, officials said.";
    assert_eq!(
        findings_of("entity-drift", suspect, source),
        ["coastal Restoration Trust"]
    );
}

#[test]
fn a_short_acronym_in_title_case_is_entity_drift() {
    let source = "The Pilots' Guild of Orwen (PGO) said its members had voted to strike.";
    let suspect = "The Pilots' Guild of Orwen (Pgo) said its members had voted to strike.";
    assert_eq!(findings_of("entity-drift", suspect, source), ["Pgo"]);
}

#[test]
fn a_name_lower_cased_in_the_headline_is_entity_drift() {
    let source = "Storm floods Kessling Valley\n\nHeavy rain flooded Kessling Valley on Sunday, officials said.\n";
    let suspect = "kessling Valley flooded by storm\n\nHeavy rain flooded Kessling Valley on Sunday, officials said.\n";
    assert_eq!(findings_of("entity-drift", suspect, source), ["kessling"]);
    // Sentence case leaves the name capitalised.
    let suspect = "Kessling Valley flooded by storm\n\nHeavy rain flooded Kessling Valley on Sunday, officials said.\n";
    assert!(findings_of("entity-drift", suspect, source).is_empty());
}

#[test]
fn entity_a_common_word_opening_the_sentence_before_a_name_is_wording() {
    assert_sentences(
        "entity-drift",
        &[(
            "Several Alpine villages have also faced rockfalls as thawing permafrost loosens slopes.",
            "Numerous Alpine villages have additionally faced rockfalls as thawing permafrost loosens slopes.",
        )],
        &[(
            "Fiona Dunbar, the minister, said the road would reopen in May.",
            "The road would reopen in May, according to Fiona Dunlop, the minister.",
        )],
    );
}

/// A headline word swapped inside a name the source body also capitalises is
/// a changed name, not a title-case headline's wording.
#[test]
fn a_name_word_swapped_in_a_headline_is_entity_drift() {
    let source = "Harland Gallery raises funds to keep a portrait at home\n\nLONDON (Wire) - The Harland Gallery has raised the money to buy the portrait, it said.\n";
    let suspect = "Public Gallery raises funds to keep a portrait at home\n\nLONDON (Wire) - The Harland Gallery has raised the money to buy the portrait, it said.\n";
    assert_eq!(findings_of("entity-drift", suspect, source), ["Public"]);
    let source = source.replace("Harland", "National");
    let suspect = suspect.replace("Harland", "National");
    assert_eq!(findings_of("entity-drift", &suspect, &source), ["Public"]);
    // A title-case headline's word that the body capitalises in another name.
    let source = "Early Frost Ruins Much of Valley's Pear Crop, Growers Say\n\nThe Orvale Fruit Growers' Union said on Monday that the frost had ruined the crop.\n";
    let suspect = "Early Frost Ruins Much of Valley's Pear Yield, Farmers Say\n\nThe Orvale Fruit Growers' Union said on Monday that the frost had ruined the crop.\n";
    assert!(findings_of("entity-drift", suspect, source).is_empty());
}

#[test]
fn a_misspelt_weekday_is_left_to_spelling() {
    assert_cases(
        "entity-drift",
        &[
            (
                "Parking will be free on Saturdays for the first six months, the council said.",
                "Parking will be free on Saterdays for the first six months, the council said.",
                "",
            ),
            (
                "The market opens on Wednesday, the council said.",
                "The market opens on Wensday, the council said.",
                "",
            ),
        ],
    );
    assert_cases(
        "spelling",
        &[(
            "Parking will be free on Saturdays for the first six months, the council said.",
            "Parking will be free on Saterdays for the first six months, the council said.",
            "Saterdays",
        )],
    );
}

#[test]
fn a_misspelt_common_noun_ending_a_bodys_name_is_left_to_spelling() {
    let source = "The English Draughts Association said the club would move in May.";
    let suspect = "The English Draughts Assocation said the club would move in May.";
    assert!(findings_of("entity-drift", suspect, source).is_empty());
    assert_eq!(findings_of("spelling", suspect, source), ["Assocation"]);
    // Moved within a reordered sentence too.
    let moved = "The club would move in May, the English Draughts Assocation said.";
    assert!(findings_of("entity-drift", moved, source).is_empty());
    // A surname ending the name is the name.
    assert_eq!(
        findings_of(
            "entity-drift",
            "Club secretary Alan Smyth said the club would move in May.",
            "Club secretary Alan Smith said the club would move in May.",
        ),
        ["Smyth"]
    );
}
