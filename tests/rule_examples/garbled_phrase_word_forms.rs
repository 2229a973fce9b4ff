//! garbled-phrase: word forms: a word put in the wrong part of speech, another word of the same
//! stem or the plural of a mass noun is garbled; inflections and American spellings are not.

use super::*;

#[test]
fn american_spellings_are_not_rare_words() {
    assert_clean(
        "garbled-phrase",
        &[(
            "The airline carried 2.9 million passengers on 14 aircraft last year.",
            "The airline carried 2.9 million travelers on 14 airplanes last year.",
        )],
    );
}

#[test]
fn an_inflection_of_a_common_word_is_no_look_alike_slip() {
    assert_cases(
        "garbled-phrase",
        &[
            // "slept" is rare as a form, but "sleep" is a word every writer knows.
            (
                "The stranded drivers spent the night in a school hall.",
                "The stranded drivers slept the night in a school hall.",
                "",
            ),
            // A look-alike whose base word is less common is still a slip.
            (
                "Pickets stayed at their posts outside the depot.",
                "Pickets stayed at their poles outside the depot.",
                "poles",
            ),
        ],
    );
}

#[test]
fn a_root_in_another_part_of_speech_is_garbled_only_as_a_stranded_adjective() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The motion passed with 30 votes for, 12 against and four abstentions.",
                "The motion passed with 30 votes for and 12 against, while four abstained.",
            ),
            (
                "The panel will hear from schools, youth groups and electoral officials.",
                "The panel will hear from schools, youth groups and election officials.",
            ),
            (
                "Nine of the volunteers were hospitalised with a fever.",
                "Nine of the volunteers needed hospital treatment for a fever.",
            ),
        ],
    );
    assert_cases(
        "garbled-phrase",
        &[(
            "Residents left their homes as a precaution after the levee cracked.",
            "Residents left their homes as a precautionary after the levee cracked.",
            "precautionary",
        )],
    );
}

#[test]
fn an_adjective_put_for_a_noun_with_no_noun_after_it_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Police arrested the criminal in March.",
                "Police arrested the illicit in March.",
                "illicit",
            ),
            // With a noun to modify, or after "this", the adjective stands
            // where an adjective may.
            (
                "Police arrested the criminal gang in March.",
                "Police arrested the illicit gang in March.",
                "",
            ),
            (
                "Heatwaves this severe are rare.",
                "Heatwaves this intense are rare.",
                "",
            ),
        ],
    );
}

#[test]
fn a_verb_put_for_a_plural_noun_after_a_figure_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The final lasted nine rounds, level on points.",
                "The final lasted nine adjusts, level on points.",
                "adjusts",
            ),
            // A noun there is a noun's place; a bare verb after an article is
            // as often a noun WordNet lacks.
            (
                "The final lasted nine rounds, level on points.",
                "The final lasted nine bouts, level on points.",
                "",
            ),
            (
                "Play resumed after the restart in the second half.",
                "Play resumed after the revamp in the second half.",
                "",
            ),
        ],
    );
}

#[test]
fn garbled_phrase_flags_another_word_of_the_same_stem() {
    assert_cases(
        "garbled-phrase",
        &[
            // Sibling endings on one root: each is its own word.
            (
                "The town's industrial output grew 4% last year, the council said.",
                "The town's industrious output grew 4% last year, the council said.",
                "industrious",
            ),
            // A compound noun's first word for the adjective made of it.
            (
                "Season tickets for the ferry will cost £80 more from March.",
                "Seasonal tickets for the ferry will cost £80 more from March.",
                "Seasonal",
            ),
            // A word derived from the original, or the people who do it, passes.
            (
                "The council will review local transport next spring.",
                "The council will review local transportation next spring.",
                "",
            ),
            (
                "The insurance paid out £2m after the fire, the owners said.",
                "The insurers paid out £2m after the fire, the owners said.",
                "",
            ),
        ],
    );
}

#[test]
fn garbled_phrase_flags_the_plural_of_a_mass_noun() {
    assert_cases(
        "garbled-phrase",
        &[(
            "Several local businesses stayed shut on Monday after the flood.",
            "Several local commerces stayed shut on Monday after the flood.",
            "commerces",
        )],
    );
    assert!(
        findings_of(
            "spelling",
            "Several local commerces stayed shut on Monday after the flood.",
            "Several local businesses stayed shut on Monday after the flood.",
        )
        .is_empty()
    );
}
