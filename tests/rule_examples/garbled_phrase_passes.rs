//! garbled-phrase: wording that is no garbling passes: look-alikes chosen on purpose, names and
//! posts in capitals, currency signs, degree adverbs, rewritten headlines and substitutes that make
//! a phrase of their own.

use super::*;

#[test]
fn a_substitute_pair_that_is_a_phrase_of_its_own_breaks_no_fixed_phrase() {
    assert_cases(
        "garbled-phrase",
        &[
            // "near term" and "payment information" are phrases in their own right.
            (
                "The harbour board expects no further closures in the short term, a spokesman said.",
                "The harbour board expects no further closures in the near term, a spokesman said.",
                "",
            ),
            (
                "The bakery never kept customers' payment details on its tills.",
                "The bakery never kept customers' payment information on its tills.",
                "",
            ),
            // A pair never counted still breaks the fixed phrase.
            (
                "The central bank raised its interest rate on Tuesday.",
                "The central bank raised its curiosity rate on Tuesday.",
                "curiosity",
            ),
        ],
    );
}

#[test]
fn ago_and_earlier_are_one_time_word() {
    assert_clean(
        "garbled-phrase",
        &[(
            "Confirmed cases rose to 86 from 59 a week ago, the agency said.",
            "Confirmed cases climbed to 86 from 59 a week earlier, the agency said.",
        )],
    );
}

#[test]
fn a_common_look_alike_is_a_choice_not_a_slip() {
    assert_clean(
        "garbled-phrase",
        &[(
            "Bus rates in the county will rise by ten pence from May.",
            "Bus fares in the county will rise by ten pence from May.",
        )],
    );
    assert_cases(
        "garbled-phrase",
        &[(
            "The town lived through years of gloom after the mill closed.",
            "The town lived through years of doom after the mill closed.",
            "doom",
        )],
    );
}

/// A look-alike the thesaurus lists as kin of the original ("possible" →
/// "feasible", "designed" → "devised") is a synonym a writer picked, not a
/// slip; a letter away ("power" → "powder") it is a slip all the same.
#[test]
fn a_look_alike_the_thesaurus_links_is_a_synonym_not_a_slip() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Engineers said a temporary footbridge might be possible by spring.",
                "Engineers said a temporary footbridge might be feasible by spring.",
            ),
            (
                "The canopy was designed by a firm of acoustic engineers from Leeds.",
                "The canopy was devised by a firm of acoustic engineers from Leeds.",
            ),
        ],
    );
    assert_cases(
        "garbled-phrase",
        &[(
            "The plant will supply power to four thousand homes, the firm said.",
            "The plant will supply powder to four thousand homes, the firm said.",
            "powder",
        )],
    );
}

#[test]
fn a_name_starting_a_sentence_is_no_garbled_substitute() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Shares in Marrowbone fell sharply on Monday. The company held its dividend at 3 pence.",
                "Shares in Marrowbone fell sharply on Monday. Marrowbone held its dividend at 3 pence.",
            ),
            (
                "Marrowbone said on Monday that its shares fell. The company held its dividend.",
                "On Monday Marrowbone said its shares fell. Marrowbone held its dividend.",
            ),
        ],
    );
}

#[test]
fn a_currency_word_written_as_a_sign_is_no_word_replaced() {
    // "220 million dollars from" → "$220 million, compared with": the
    // currency went into the sign; "compared" replaced nothing of it.
    assert_sentences(
        "garbled-phrase",
        &[(
            "The firm swung to a net loss of 220 million dollars from a profit of 95 million a year earlier.",
            "The firm posted a net loss of $220 million, compared with a $95 million profit a year earlier.",
        )],
        &[],
    );
}

#[test]
fn garbled_a_curated_swap_before_words_of_its_right_sense_passes() {
    assert_sentences(
        "garbled-phrase",
        &[(
            "Birds that arrive too early could raise fewer chicks, the team said.",
            "Birds that arrive too early could rear fewer chicks, the team said.",
        )],
        &[(
            "The hospital charity hopes to raise money for a new scanner.",
            "The hospital charity hopes to rear money for a new scanner.",
        )],
    );
}

#[test]
fn garbled_a_curated_swap_beside_words_of_its_right_sense_passes() {
    assert_cases(
        "garbled-phrase",
        &[
            // A word after the substitute ("composed by") or just before it
            // ("fell sick") takes it in the right sense.
            (
                "The hymn was written by the choir's director in 1921.",
                "The hymn was composed by the choir's director in 1921.",
                "",
            ),
            (
                "Dozens of swimmers fell ill after the regatta, the council said.",
                "Dozens of swimmers fell sick after the regatta, the council said.",
                "",
            ),
            // Elsewhere the swap is still the wrong sense.
            (
                "The MP said she had written to the minister about the closure.",
                "The MP said she had composed to the minister about the closure.",
                "composed",
            ),
            (
                "Three workers were taken ill with food poisoning, the council said.",
                "Three workers were taken sick with food poisoning, the council said.",
                "sick",
            ),
        ],
    );
}

#[test]
fn garbled_a_rarer_word_in_a_rewritten_headline_passes() {
    let source = "Heatwave brings record heat to Calderbury\n\nTemperatures reached 39.2C in Calderbury on Sunday.\n";
    assert_clean(
        "garbled-phrase",
        &[(
            source,
            "Calderbury swelters in record heat\n\nTemperatures reached 39.2C in Calderbury on Sunday.\n",
        )],
    );
    assert_flagged(
        "garbled-phrase",
        &[(
            "Council news\n\nThe heatwave brought record heat to Calderbury on Sunday.\n",
            "Council news\n\nThe swelters brought record heat to Calderbury on Sunday.\n",
        )],
    );
}

#[test]
fn garbled_a_look_alike_in_a_rewritten_headline_passes() {
    // A headline is reworded whole: a look-alike there is a word chosen for
    // the headline, while the same swap in the body is a slip.
    assert_clean(
        "garbled-phrase",
        &[(
            "Years of gloom end at Marlow Outdoor\n\nThe retailer said profit rose by a fifth.\n",
            "Years of doom end at Marlow Outdoor\n\nThe retailer said profit rose by a fifth.\n",
        )],
    );
    assert_flagged(
        "garbled-phrase",
        &[(
            "Retail news\n\nYears of gloom ended at Marlow Outdoor, the retailer said.\n",
            "Retail news\n\nYears of doom ended at Marlow Outdoor, the retailer said.\n",
        )],
    );
}

#[test]
fn a_degree_adverb_makes_no_fixed_phrase() {
    // "too far" is counted only because both words are common: another
    // word graded by "too", or another degree word before "far", is a
    // careful rewording, not a broken fixed phrase.
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Residents said the new estate was too far from the station and the shops.",
                "Residents said the new estate was too remote from the station and the shops.",
            ),
            (
                "Campaigners said the fine was too small for a firm of that size.",
                "Campaigners said the fine was too lenient for a firm of that size.",
            ),
            (
                "Residents said the new estate was too far from the station and the shops.",
                "Residents said the new estate was excessively far from the station and the shops.",
            ),
        ],
    );
}

#[test]
fn last_after_an_article_orders_and_breaks_no_phrase() {
    assert_sentences(
        "garbled-phrase",
        &[(
            "The worst of the flooding came in the last week of March, the agency said.",
            "The worst of the flooding came in the final week of March, the agency said.",
        )],
        &[(
            "Ferry bookings fell sharply last week, the operator said.",
            "Ferry bookings fell sharply final week, the operator said.",
        )],
    );
}

/// A post written capitalised before a person's name is judged word by word,
/// as the same post in lower case would be: its capitals are the title's.
#[test]
fn a_capitalised_post_before_a_name_is_judged_as_words() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Chief Executive Laura Brennan said sales rose in the spring.",
                "Boss Executive Laura Brennan said sales rose in the spring.",
                "Boss",
            ),
            (
                "The deal was agreed by Prime Minister Ana Valente on Tuesday.",
                "The deal was agreed by Prime Pastor Ana Valente on Tuesday.",
                "Pastor",
            ),
            // A place written in capitals is a name, not a post.
            (
                "Fans gathered at Ferry Lane Stadium on Tuesday.",
                "Fans assembled at Ferry Lane Stadium on Tuesday.",
                "",
            ),
        ],
    );
}

/// A word that is no synonym breaks a fixed phrase only where the phrase is a
/// compound noun WordNet lists, or where only the thesaurus links the two
/// words: against a merely frequent pair it is a writer's own choice.
#[test]
fn a_non_synonym_breaks_only_a_listed_compound_or_a_thesaurus_pair() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Trains are fuller at peak periods, the operator said on Monday.",
                "Trains are fuller at busy periods, the operator said on Monday.",
                "",
            ),
            (
                "The council will ask the trust to explain why the pump failed in March.",
                "The council will ask the trust to clarify why the pump failed in March.",
                "",
            ),
            // "top executive" is a compound of its own.
            (
                "The chief executive of the ferry firm resigned on Friday, the board said.",
                "The top executive of the ferry firm resigned on Friday, the board said.",
                "",
            ),
            (
                "Doctors checked her blood pressure at the clinic on Tuesday.",
                "Doctors checked her blood stress at the clinic on Tuesday.",
                "stress",
            ),
            (
                "The charity gave him free legal advice before the hearing, his lawyer said.",
                "The charity gave him free legitimate advice before the hearing, his lawyer said.",
                "legitimate",
            ),
        ],
    );
}
