//! garbled-phrase examples of single words swapped by spinners: each test is a
//! table of source/suspect cases and what the rule must flag or pass.

use super::*;

/// A curated spinner's swap beside a change of stance is still garbled; the
/// verb of a shifted modal, reworded with it, is left to meaning-drift.
#[test]
fn a_spinners_swap_beside_a_stance_shift_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The cooperative said olive yields could fall by a third this year.",
                "The cooperative said olive surrenders will fall by a third this year.",
                "surrenders",
            ),
            (
                "The levy could lead some owners to sell, the federation said.",
                "The levy will drive some owners to sell, the federation said.",
                "",
            ),
        ],
    );
}

/// A hyphenated word marks the sense of a swap wrong in one sense only, as a
/// whole as well as by its parts.
#[test]
fn a_hyphenated_word_marks_the_sense() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The carrier runs year-round services to Dublin and Amsterdam.",
                "The carrier runs year-round ceremonies to Dublin and Amsterdam.",
                "ceremonies",
            ),
            (
                "The vicar holds services in the old chapel on Sundays.",
                "The vicar holds ceremonies in the old chapel on Sundays.",
                "",
            ),
        ],
    );
}

/// Common spinner swaps wrong in the sense a nearby word marks: flagged there,
/// passed in the sense where the substitute is right.
#[test]
fn spinner_swaps_in_a_marked_sense_are_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The maker recalled 40,000 kettles after reports of overheating.",
                "The maker recollected 40,000 kettles after reports of overheating.",
                "recollected",
            ),
            (
                "She recalled the night the river burst its banks.",
                "She recollected the night the river burst its banks.",
                "",
            ),
            (
                "The striker passed a medical on Monday before signing.",
                "The striker elapsed a medical on Monday before signing.",
                "elapsed",
            ),
            (
                "Two years have passed since the mill closed.",
                "Two years have elapsed since the mill closed.",
                "",
            ),
            (
                "The council plans to convert the old mill into flats.",
                "The council plans to convert the aged mill into flats.",
                "aged",
            ),
            (
                "The bakery chain will open nine shops next year.",
                "The bakery sequence will open nine shops next year.",
                "sequence",
            ),
            (
                "A chain of events led to the delay, the inquiry found.",
                "A sequence of events led to the delay, the inquiry found.",
                "",
            ),
            (
                "The scheme is aimed at cutting waiting times, the trust said.",
                "The scheme is purified at cutting waiting times, the trust said.",
                "purified",
            ),
            (
                "The council will introduce a levy on workplace parking.",
                "The council will present a levy on workplace parking.",
                "present",
            ),
        ],
    );
}

/// A curated swap that also breaks a strong collocation ("aimed at" →
/// "purified at") vouches for a broken phrase beside it, as any broken
/// phrase does.
#[test]
fn a_curated_swap_that_breaks_a_phrase_vouches_for_its_neighbour() {
    assert_eq!(
        findings_of(
            "garbled-phrase",
            "The plan was purified at faster growth and underscores the group's attention on exports, the firm said.",
            "The plan was aimed at faster growth and underscores the group's focus on exports, the firm said.",
        ),
        ["purified", "attention"]
    );
}

/// An adjective left heading a noun phrase before "of", where a noun or a
/// quantifier stood, is garbled whatever its meaning; a superlative, a
/// quantifier, a word mostly used as a noun and one sharing a noun sense
/// with the original ("option" → "alternative") can head one.
#[test]
fn an_adjective_heading_a_noun_phrase_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Many of the town's traders backed the scheme, the council said.",
                "Numerous of the town's traders backed the scheme, the council said.",
                "Numerous",
            ),
            (
                "Only 14 permits were approved in the whole of 2023, the board said.",
                "Only 14 permits were approved in the entire of 2023, the board said.",
                "entire",
            ),
            (
                "Many of the town's traders backed the scheme, the council said.",
                "Several of the town's traders backed the scheme, the council said.",
                "",
            ),
            (
                "The best of the entries will be shown at the library in June.",
                "The finest of the entries will be shown at the library in June.",
                "",
            ),
            (
                "Prices for the type of chips the plant makes fell by a fifth.",
                "Prices for the kind of chips the plant makes fell by a fifth.",
                "",
            ),
            (
                "The club was offered the option of capping attendance at 600.",
                "The club was offered the alternative of capping attendance at 600.",
                "",
            ),
        ],
    );
}

/// A common verb that makes no phrasal verb with any particle, put for one
/// that made a phrasal verb with the particle kept, strands the particle; a
/// verb that makes phrasal verbs with other particles may be a writer's
/// phrasal verb WordNet lacks.
#[test]
fn a_particle_left_to_a_verb_that_takes_none_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The injury left the sprinter on crutches, ruling her out of the final in June.",
                "The injury left the sprinter on crutches, deciding her out of the final in June.",
                "deciding",
            ),
            (
                "The theft forced the charity to cut back its home nursing service for a year.",
                "The theft forced the charity to scale back its home nursing service for a year.",
                "",
            ),
        ],
    );
}

/// A word only ever a noun or adjective, put for a verb between "to" or a
/// modal and its object, stands where only a verb can; after "to" an
/// article may follow a noun.
#[test]
fn a_noun_where_only_a_verb_can_stand_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The unit needs four more nurses to staff it at night, the trust said.",
                "The unit needs four more nurses to personnel it at night, the trust said.",
                "personnel",
            ),
            (
                "The board will review the plan in June, the chairman said.",
                "The board will inspection the plan in June, the chairman said.",
                "inspection",
            ),
            (
                "The unit needs four more nurses to staff it at night, the trust said.",
                "The unit needs four more nurses to crew it at night, the trust said.",
                "",
            ),
            (
                "The driver returned to work the next day, the company said.",
                "The driver returned to employment the next day, the company said.",
                "",
            ),
        ],
    );
}

/// The verb of a phrasal verb WordNet lists ("fended off", "staved off") is
/// rare alone, and its rarity is no slip; the same rare verb without its
/// particle is still flagged.
#[test]
fn a_rare_verb_leading_a_phrasal_verb_is_no_slip() {
    assert_sentences(
        "garbled-phrase",
        &[
            (
                "The 24-year-old saved three break points in the final set, the club said.",
                "The 24-year-old fended off three break points in the final set, the club said.",
            ),
            (
                "The champion held off a late charge from the Kenyan to win the race.",
                "The champion fended off a late charge from the Kenyan to win the race.",
            ),
        ],
        &[(
            "The 24-year-old saved three break points in the final set, the club said.",
            "The 24-year-old fended three break points in the final set, the club said.",
        )],
    );
}

/// "Roughly" → "generally" loses the approximation of a figure; before
/// anything else it keeps its sense ("roughly stable" → "generally steady").
#[test]
fn an_approximation_swapped_is_garbled_only_before_a_figure() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The closures represent roughly a fifth of the bank's branches.",
                "The closures represent generally a fifth of the bank's branches.",
                "generally",
            ),
            (
                "Truffle numbers remained roughly stable over the period.",
                "Truffle numbers remained generally stable over the period.",
                "",
            ),
        ],
    );
}

/// Spinner swaps seen garbled in several authors' copies and never in a
/// careful one are garbled wherever they stand.
#[test]
fn spinner_swaps_seen_across_authors_are_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The trust's senior ecologist said numbers had fallen by a third.",
                "The trust's elder ecologist said numbers had fallen by a third.",
                "elder",
            ),
            (
                "The ferry operator said sailings would resume on Friday.",
                "The ferry administrator said sailings would resume on Friday.",
                "administrator",
            ),
            (
                "Works are scheduled to start in the spring, the council said.",
                "Works are booked to start in the spring, the council said.",
                "booked",
            ),
        ],
    );
}

/// A word of a name in the source sentence ("Stock Exchange") is no word the
/// copy took over: a spinner's swap of the same stem is still garbled.
#[test]
fn a_name_in_the_source_sentence_does_not_excuse_a_swap() {
    assert_cases(
        "garbled-phrase",
        &[(
            "The stock rose 7% in afternoon trading on the New York Stock Exchange.",
            "The stock rose 7% in afternoon exchanging on the New York Stock Exchange.",
            "exchanging",
        )],
    );
}

/// "welcomed" → "greeted" is labelled clean in one tune pair (t180) and
/// garbled in two, so the rule no longer keeps it: greeting news or data is
/// a careful rewrite.
#[test]
fn greeted_for_welcomed_is_not_a_curated_swap() {
    assert_clean(
        "garbled-phrase",
        &[(
            "Doctors welcomed the data, saying the vaccine could ease winter pressure.",
            "Doctors greeted the data positively, saying the vaccine could ease winter pressure.",
        )],
    );
}

/// Right rewrites of another form of a curated swap's words pass: "appeal"
/// → "allure" is listed but "appealing" → "alluring" is not flagged, and
/// "aware" → "bear in mind" is not taken for "aware" → "mindful".
#[test]
fn swaps_whose_stems_reach_a_right_rewrite_are_not_curated() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The council said the new design was appealing to visitors.",
                "The council said the new design was alluring to visitors.",
            ),
            (
                "Residents should be aware of the flood risk this winter, the council said.",
                "Residents should bear in mind the flood risk this winter, the council said.",
            ),
        ],
    );
}

/// The curated swaps match a word's inflections by WordNet lemma, not by
/// stem: "legal" → "lawful" is flagged, while a rewrite to "law" (which
/// "lawful" stems to) passes; "written" → "composed" is flagged, "wrote" →
/// "composed" (another irregular form of "write") passes.
#[test]
fn curated_swaps_match_inflections_not_stems() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The council faces legal costs of £40,000 after the ruling.",
                "The council faces lawful costs of £40,000 after the ruling.",
                "lawful",
            ),
            (
                "Landlords are obliged by law to fit smoke alarms.",
                "Landlords are required by law to fit smoke alarms.",
                "",
            ),
            (
                "Landlords face a legal duty to fit smoke alarms.",
                "Landlords face a duty in law to fit smoke alarms.",
                "",
            ),
            (
                "The museum raised £2m through a public appeal.",
                "The museum raised £2m through a public allure.",
                "allure",
            ),
            (
                "The MP has written to the transport secretary.",
                "The MP has composed to the transport secretary.",
                "composed",
            ),
            (
                "Marchbank wrote the symphony in 1893.",
                "Marchbank composed the symphony in 1893.",
                "",
            ),
        ],
    );
}
