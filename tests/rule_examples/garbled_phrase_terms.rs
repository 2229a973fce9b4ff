//! garbled-phrase: fixed terms, compounds, phrasal verbs, idioms and collocations with one word
//! swapped word for word are garbled; a listed term reworded as a whole passes.

use super::*;

#[test]
fn a_term_swapped_word_for_word_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The council will pay for a new heating system at the library next year.",
                "The council will pay for a new warming framework at the library next year.",
                "warming framework",
            ),
            (
                "Engineers expect the sea level at the harbour to rise by a few centimetres.",
                "Engineers expect the ocean degree at the harbour to rise by a few centimetres.",
                "ocean degree",
            ),
            // A term rephrased as a whole, or a loose pair, is a careful choice.
            (
                "Two convenience stores on the high street will close in March.",
                "Two corner shops on the high street will close in March.",
                "",
            ),
            (
                "The farm made a good start to the season after the rain.",
                "The farm made a decent beginning to the season after the rain.",
                "",
            ),
        ],
    );
}

#[test]
fn a_phrasal_verb_swapped_word_for_word_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The police could not rule it out, a spokesman said.",
                "The police could not govern it out, a spokesman said.",
                "govern",
            ),
            (
                "Fans said the club had let them down again this season.",
                "Fans said the club had allowed them down again this season.",
                "allowed",
            ),
            (
                "Police asked anyone who saw the van to come forward.",
                "Police asked anyone who saw the van to approach forward.",
                "approach",
            ),
            (
                "The works were brought forward to March after the frost.",
                "The works were conveyed forward to March after the frost.",
                "conveyed",
            ),
        ],
    );
    // Another phrasal verb, or a noun before the particle, is a writer's choice.
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The council cut back the plan after the vote.",
                "The council scaled back the plan after the vote.",
            ),
            (
                "Rescuers said the long climb up the hill was slow.",
                "Rescuers said the long ascent up the hill was slow.",
            ),
        ],
    );
}

#[test]
fn a_wordnet_compound_swapped_word_for_word_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            // Both words of a WordNet compound the bigram table lacks,
            // each looked up alone.
            (
                "Staff at the plant held a fire drill on Tuesday morning.",
                "Staff at the plant held a flame practice on Tuesday morning.",
                "flame practice",
            ),
            // One word of it reworded alone is left to the other evidence.
            (
                "The hardware store on Mill Road will close in June.",
                "The hardware shop on Mill Road will close in June.",
                "",
            ),
        ],
    );
}

#[test]
fn a_compound_noun_rebuilt_with_a_verb_sense_synonym_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "She enrolled at law school after the election.",
                "She enrolled at law train after the election.",
                "train",
            ),
            (
                "Write the return address on the back of the envelope.",
                "Write the return handle on the back of the envelope.",
                "handle",
            ),
        ],
    );
    // A synonym sharing a noun sense, or forming a compound of its own, passes.
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Freight trains use the tunnel at night.",
                "Cargo trains use the tunnel at night.",
            ),
            (
                "The fiscal year ends in March.",
                "The financial year ends in March.",
            ),
        ],
    );
}

#[test]
fn a_compound_noun_for_a_rarer_sense_of_one_word_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[(
            "After days of rain the river burst its banks.",
            "After days of rain the river burst its depository financial institutions.",
            "depository financial institutions",
        )],
    );
    // Spelt out in its first sense, the word passes.
    assert_clean(
        "garbled-phrase",
        &[(
            "The hospital wing will be ready next spring.",
            "The hospital wing will be ready next springtime.",
        )],
    );
}

#[test]
fn a_compound_modifier_swapped_in_a_minor_sense_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "We had a soft drink at noon.",
                "We had a gentle drink at noon.",
                "gentle",
            ),
            (
                "The lane stops at the dead end.",
                "The lane stops at the idle end.",
                "idle",
            ),
            // A synonym in the modifier's first sense, or in a sense as minor
            // for both words, keeps the compound's meaning.
            (
                "Allow freight trains through.",
                "Allow cargo trains through.",
                "",
            ),
            (
                "Use the back entrance tonight.",
                "Use the rear entrance tonight.",
                "",
            ),
        ],
    );
}

#[test]
fn a_fixed_term_with_one_word_swapped_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The chief executive of the bakery chain resigned on Friday.",
                "The main executive of the bakery chain resigned on Friday.",
                "main",
            ),
            (
                "Kelby scored twice before the final whistle.",
                "Kelby scored twice before the last whistle.",
                "last",
            ),
            (
                "The board of directors approved the merger on Tuesday.",
                "The panel of directors approved the merger on Tuesday.",
                "panel",
            ),
            (
                "The bank raised its interest rate for the third time this year.",
                "The bank raised its curiosity rate for the third time this year.",
                "curiosity",
            ),
            (
                "Residents said the new fire station was near the square.",
                "Residents said the new blaze station was near the square.",
                "blaze",
            ),
            (
                "Officers made 14 arrests in county lines raids across the region.",
                "Officers made 14 arrests in province lines raids across the region.",
                "province",
            ),
            (
                "The proposal will be discussed at Tuesday's cabinet meeting.",
                "The proposal will be discussed at Tuesday's bureau meeting.",
                "bureau",
            ),
            // A compound of the original word breaks the term too.
            (
                "Buses will serve three market towns from May.",
                "Buses will serve three marketplace towns from May.",
                "marketplace",
            ),
            (
                "Drivers staged industrial action over the new rotas.",
                "Drivers staged commercial action over the new rotas.",
                "commercial",
            ),
            // A term kept, reworded whole or put as an established variant
            // passes, and so does another head: careful writers put one as
            // often as spinners do.
            (
                "The maternity ward reopened on Monday after repairs.",
                "The maternity unit reopened on Monday after repairs.",
                "",
            ),
            (
                "The chief executive of the bakery chain resigned on Friday.",
                "The boss of the bakery chain resigned on Friday.",
                "",
            ),
            (
                "The mayor will hold a press conference at noon.",
                "The mayor will hold a news conference at noon.",
                "",
            ),
            (
                "Nurses accepted a pay rise of four percent on Monday.",
                "Nurses accepted a pay increase of four percent on Monday.",
                "",
            ),
            (
                "Crews opened two evacuation centres in the town.",
                "Crews opened two evacuation centers in the town.",
                "",
            ),
        ],
    );
}

#[test]
fn garbled_a_listed_term_reworded_as_a_whole_passes() {
    assert_sentences(
        "garbled-phrase",
        &[(
            "The union is looking for a 15 percent pay rise over three years.",
            "The union is looking for a 15 percent salary hike over three years.",
        )],
        &[],
    );
}

/// An idiom with one word swapped and the rest kept is garbled, whatever the
/// substitute; one rewritten whole, or become a listed variant, passes.
#[test]
fn an_idiom_with_one_word_swapped_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Staff at the Larchmont mill could see the writing on the wall by spring.",
                "Staff at the Larchmont mill could see the writing on the ceiling by spring.",
                "ceiling",
            ),
            (
                "The cooperative needs milk at 40 cents a litre to break even this year.",
                "The cooperative needs milk at 40 cents a litre to break level this year.",
                "level",
            ),
            (
                "Any builder worth its salt checks the joists first, the inspector said.",
                "Any builder worth its pepper checks the joists first, the inspector said.",
                "pepper",
            ),
            // An irregular form of the idiom's verb ("came" for "come"), and
            // a substitute the stance lists hold equivalent ("light", "mild").
            (
                "The theft came to light in March when a volunteer checked the invoices.",
                "The theft came to mild in March when a volunteer checked the invoices.",
                "mild",
            ),
            (
                "The theft came to light in March when a volunteer checked the invoices.",
                "The theft came to lamp in March when a volunteer checked the invoices.",
                "lamp",
            ),
            // A listed variant of the idiom.
            (
                "Reopening the line by May will be an uphill battle, the operator said.",
                "Reopening the line by May will be an uphill struggle, the operator said.",
                "",
            ),
            // A frame whose one-word variants are ordinary English is no idiom.
            (
                "In the wake of the flood the council rebuilt the wall.",
                "In the aftermath of the flood the council rebuilt the wall.",
                "",
            ),
        ],
    );
}

/// A synonym of a verb that governs "of", keeping the "of" it cannot take,
/// is garbled even alone; one that takes it passes.
#[test]
fn a_synonym_keeping_a_preposition_it_cannot_take_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The wind farm will consist of 84 turbines, the developer said.",
                "The wind farm will comprise of 84 turbines, the developer said.",
                "comprise",
            ),
            (
                "The wind farm will consist of 84 turbines, the developer said.",
                "The wind farm will be made up of 84 turbines, the developer said.",
                "",
            ),
        ],
    );
}

#[test]
fn a_substitute_making_a_wordnet_phrase_with_its_preposition_keeps_the_collocation() {
    // "contingent upon" is a WordNet synonym of "depending on", so the
    // preposition the original was tied to goes with a phrase of the same
    // sense, not a thesaurus slip.
    let found = findings_of(
        "garbled-phrase",
        "The date of the move is contingent upon the weather, and the pandas were pilfered by a posse in the night.",
        "The date of the move is depending on the weather, and the pandas were stolen by a gang in the night.",
    );
    assert!(found.iter().any(|f| f == "posse"), "{found:?}");
    assert!(!found.iter().any(|f| f.contains("contingent")), "{found:?}");
}

#[test]
fn an_idiom_broken_inside_a_quotation_is_garbled() {
    // No speaker breaks an idiom word by word: misquote reports the change,
    // and the garbled word stands too. An idiom reworded whole passes.
    assert_cases(
        "garbled-phrase",
        &[
            (
                "\"Some firms are cutting corners on safety,\" the inspector said.",
                "\"Some firms are slicing corners on safety,\" the inspector said.",
                "slicing",
            ),
            (
                "\"Most of our tenants struggle to make ends meet,\" she said.",
                "\"Most of our tenants struggle to get by,\" she said.",
                "",
            ),
        ],
    );
}
