//! garbled-phrase: spinner swaps in the wrong sense, thesaurus confusions, phrases for a word,
//! verbs and set phrases, compounds, British spellings, hyphenated words and every inflection of an
//! entry.

use super::*;

#[test]
fn spinner_swaps_in_the_wrong_sense_are_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Harrowgate shares fell 4% in afternoon trade.",
                "Harrowgate offers fell 4% in afternoon trade.",
                "offers",
            ),
            (
                "The study was published in the journal Marine Frontiers.",
                "The study was published in the diary Marine Frontiers.",
                "diary",
            ),
            (
                "The bridge is expected to open in May.",
                "The bridge is relied upon to open in May.",
                "relied",
            ),
            (
                "The bank's loan book grew by 4% in the quarter.",
                "The bank's advance book grew by 4% in the quarter.",
                "advance",
            ),
            (
                "A jury convicted both men of burglary on Friday.",
                "A jury condemned both men of burglary on Friday.",
                "condemned",
            ),
            (
                "The figures were published by the health ministry on Monday.",
                "The figures were distributed by the health ministry on Monday.",
                "distributed",
            ),
            (
                "The new wind farm will double the region's generating capacity.",
                "The new wind farm will double the region's generating limit.",
                "limit",
            ),
            (
                "Turnout in the mayoral election was 31 percent.",
                "Turnover in the mayoral election was 31 percent.",
                "Turnover",
            ),
            (
                "The ship was stuck with a draught of 14 metres.",
                "The ship was stuck with a beverage of 14 metres.",
                "beverage",
            ),
            // A word the spinner's stem shares ("comparable", "substitute")
            // is no entry's: "similar" → "comparable" passes.
            (
                "A similar scheme runs in two other cities.",
                "A comparable scheme runs in two other cities.",
                "",
            ),
            // The debate ended → finished: no entry, however spinners use it.
            (
                "The debate ended just before midnight.",
                "The debate finished just before midnight.",
                "",
            ),
            // The reverse swap, or a swap not in the table, is not flagged.
            (
                "Harrowgate said its offers were final.",
                "Harrowgate stated its offers were final.",
                "",
            ),
        ],
    );
}

#[test]
fn spinner_phrases_for_a_word_or_term_are_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Kessler Foods said fruit sales rose by a fifth.",
                "Kessler Foods said natural product sales rose by a fifth.",
                "natural product",
            ),
            (
                "Two patients were moved to the county hospital overnight.",
                "Two patients were moved to the county emergency clinic overnight.",
                "emergency clinic",
            ),
            (
                "The mayor will not stand in the next election.",
                "The mayor will not stand in the following political race.",
                "political race",
            ),
            (
                "The lender's managing director resigned on Monday.",
                "The lender's overseeing chief resigned on Monday.",
                "overseeing chief",
            ),
            (
                "Tankers were waiting outside the harbour on Sunday.",
                "Tankers were holding up outside the harbour on Sunday.",
                "holding up",
            ),
            (
                "The museum will reopen its east wing in June.",
                "The exhibition hall will reopen its east wing in June.",
                "exhibition hall",
            ),
            // Inside a quotation misquote reports the change.
            (
                "\"My mother's surgery is on Friday,\" she said.",
                "\"My mother's medical procedure is on Friday,\" she said.",
                "",
            ),
            // The source uses the phrase itself: no swap.
            (
                "The lab studies natural products such as fruit.",
                "The lab studies natural products like fruit.",
                "",
            ),
            // The copy keeps the word: the phrase was added, not swapped in.
            (
                "The hospital reopened its wards.",
                "The hospital reopened its emergency clinic and wards.",
                "",
            ),
        ],
    );
}

#[test]
fn spinner_swaps_to_compounds_or_british_spellings_are_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            // A compound of the original word is still the wrong sense.
            (
                "Engineers found a tear in the roof membrane.",
                "Engineers found a teardrop in the roof membrane.",
                "teardrop",
            ),
            // So is a British spelling.
            (
                "The marsh orchid is listed as vulnerable on the national register.",
                "The marsh orchid is listed as defenceless on the national register.",
                "defenceless",
            ),
        ],
    );
}

#[test]
fn more_thesaurus_confusions_are_spinner_swaps() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Savers earned more interest on fixed accounts this spring.",
                "Savers earned more curiosity on fixed accounts this spring.",
                "curiosity",
            ),
            (
                "The new cable links the island to the national grid.",
                "The new cable links the island to the national matrix.",
                "matrix",
            ),
            (
                "The opposition called the budget reckless.",
                "The resistance called the budget reckless.",
                "resistance",
            ),
            (
                "Pupils at the village school will get free lunches.",
                "Irises at the village school will get free lunches.",
                "Irises",
            ),
            (
                "Members voted to accept the pay offer on Monday.",
                "Members polled to accept the pay offer on Monday.",
                "polled",
            ),
            // The reverse swap is not in the table.
            (
                "The plan met fierce resistance from tenants.",
                "The plan met fierce opposition from tenants.",
                "",
            ),
        ],
    );
}

#[test]
fn common_thesaurus_confusions_are_spinner_swaps() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The bakery employs 60 people at its Leeds site.",
                "The bakery utilizes 60 people at its Leeds site.",
                "utilizes",
            ),
            (
                "She was elected chair of the parks committee in June.",
                "She was elected seat of the parks committee in June.",
                "seat",
            ),
            (
                "The airline will add six jets to its fleet next year.",
                "The airline will add six jets to its armada next year.",
                "armada",
            ),
            (
                "Commuters lost 40 minutes a day during the works.",
                "Commuters misplaced 40 minutes a day during the works.",
                "misplaced",
            ),
            (
                "The defending champion won the opening heat.",
                "The protecting champion won the opening heat.",
                "protecting",
            ),
            // The reverse swap is not in the table.
            (
                "The committee took its seat in the new chamber.",
                "The committee took its chair in the new chamber.",
                "",
            ),
        ],
    );
}

#[test]
fn spinner_swaps_of_verbs_and_set_phrases_are_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The minister shook hands with each of the winners.",
                "The minister trembled hands with each of the winners.",
                "trembled",
            ),
            (
                "Crews resurfaced a long stretch of the coast road.",
                "Crews resurfaced a long lengthen of the coast road.",
                "lengthen",
            ),
            (
                "The firm runs 30 garden centres in the north.",
                "The firm sprints 30 garden centres in the north.",
                "sprints",
            ),
            (
                "Many of the growers sold their land last year.",
                "A considerable lot of the growers sold their land last year.",
                "A considerable lot",
            ),
            (
                "Rents were far higher than in the capital.",
                "Rents were undeniably higher than in the capital.",
                "undeniably",
            ),
            (
                "Shoppers spent an average of 40 euros a visit.",
                "Shoppers spent a normal of 40 euros a visit.",
                "a normal",
            ),
            (
                "The defender was sent off after half an hour.",
                "The defender was dispatched after half an hour.",
                "dispatched",
            ),
            (
                "The driver pleaded guilty to careless driving.",
                "The driver pleaded responsible to careless driving.",
                "pleaded responsible",
            ),
        ],
    );
    // The same words in their own senses pass.
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The panel said it would extend the deadline.",
                "The panel said it would lengthen the deadline.",
            ),
            (
                "Sales were lower than average in March.",
                "Sales were lower than normal in March.",
            ),
        ],
    );
}

#[test]
fn hyphenated_spinner_swaps_match_the_whole_word() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The firm's pre-tax profit rose 8% to £40m in the year.",
                "The firm's pre-charge profit rose 8% to £40m in the year.",
                "pre-charge",
            ),
            // The entry's part alone is no swap: "tax" → "charge" in plain words.
            (
                "The council plans a new tax on parking at offices.",
                "The council plans a new charge on parking at offices.",
                "",
            ),
        ],
    );
}

#[test]
fn spinner_swaps_match_every_inflection_of_the_entry() {
    assert_cases(
        "garbled-phrase",
        &[
            // "led" → "drove" is listed; the past participle is the same swap.
            (
                "The expedition was led by two glaciologists from Bergen.",
                "The expedition was driven by two glaciologists from Bergen.",
                "driven",
            ),
            // "frozen" → "iced" is listed; "freezes" → "ices" is its present.
            (
                "The council freezes bus fares for a second year.",
                "The council ices bus fares for a second year.",
                "ices",
            ),
            // "heard" → "listened": the noun "hearing" is a form of the verb.
            (
                "A hearing has been set for 4 March at the crown court.",
                "A listening has been set for 4 March at the crown court.",
                "listening",
            ),
            // A curated swap of one word of a run outranks weaker evidence
            // against the word before it.
            (
                "Dockworkers strike over automation, halting container traffic",
                "Dockworkers strike over automation, stopping holder traffic",
                "holder",
            ),
            // A "holder" is no form of "hold": "contained" → "held" passes.
            (
                "The warehouse contained stock worth 2 million pounds.",
                "The warehouse held stock worth 2 million pounds.",
                "",
            ),
            // A fall driven by prices, and growing a business, keep the sense.
            (
                "The decline was led by weaker prices for butter.",
                "The decline was driven by weaker prices for butter.",
                "",
            ),
            (
                "The bank wants to grow its mortgage book next year.",
                "The bank wants to develop its mortgage book next year.",
                "",
            ),
        ],
    );
}
