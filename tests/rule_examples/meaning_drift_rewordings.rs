//! meaning-drift examples of legitimate rewordings that must pass: attribution,
//! modality, scope and degree restated in other words, and a tendency, an
//! attempt or a stance word inside a name that only look like a drift.

use super::*;

#[test]
fn an_act_still_attempted_and_a_denying_few_are_no_stance_drift() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Prosecutors will seek to recover assets at a hearing in September.",
                "Prosecutors will try to recover assets at a hearing in September.",
            ),
            (
                "Many carried signs reading \"Keep Our Schools Local\".",
                "Few carried signs reading \"Keep Our Schools Local\".",
            ),
        ],
    );
    // The denying "few" is polarity-drift's to report.
    assert_cases(
        "polarity-drift",
        &[(
            "Many carried signs reading \"Keep Our Schools Local\".",
            "Few carried signs reading \"Keep Our Schools Local\".",
            "Few",
        )],
    );
}

#[test]
fn scope_and_modality_restated_in_other_words_are_clean() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Some analysts questioned whether the pace could last, Kenji Arakawa said.",
                "Not all analysts were convinced the pace could last, Kenji Arakawa said.",
            ),
            (
                "Dumont averages a goal every 74 minutes this season.",
                "Dumont scores about 1.2 goals per 90 minutes this season.",
            ),
            (
                "She said the port would not be able to sustain those volumes for long.",
                "She said the port could not keep up those volumes for long.",
            ),
            (
                "The council on Monday proposed closing three of its nine branch libraries.",
                "The council put forward proposals on Monday to close three of its nine branch libraries.",
            ),
        ],
    );
    assert_cases(
        "meaning-drift",
        &[(
            "The defences did their job in most places, officials said.",
            "The defences did their job in all places, officials said.",
            "all",
        )],
    );
}

#[test]
fn conditions_possibilities_and_allegations_kept_in_other_words_are_clean() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "The plan would take effect in August if approved by the board in October.",
                "Should the board approve it in October, the plan would take effect in August.",
            ),
            (
                "Union leaders said strike action remained possible if talks failed.",
                "Union leaders said a strike remained a possibility if talks failed.",
            ),
            (
                "Marta Vell, a council member, has alleged that the count was flawed.",
                "Marta Vell, a councillor, alleges that the count was flawed.",
            ),
        ],
    );
}

#[test]
fn meaning_faithful_rewordings_keep_degree_bound_and_speaker() {
    assert_clean(
        "meaning-drift",
        &[
            // A fall through space, no quantity's move.
            (
                "A section of the sea wall fell into the harbour during the storm.",
                "Part of the sea wall collapsed into the harbour during the storm.",
            ),
            // A figure made a modifier has no room for its floor.
            (
                "Residents handed in a petition signed by more than 4,100 people.",
                "Residents handed in a 4,100-signature petition.",
            ),
            // The speaker named by a word of the same sense.
            (
                "The hosts, the favourites according to bookmakers, lost in the first round.",
                "The hosts, the bookies' favourites, lost in the first round.",
            ),
        ],
    );
    // A plain fall of a quantity told as a collapse is still flagged.
    assert_cases(
        "meaning-drift",
        &[(
            "Sales fell last year.",
            "Sales collapsed last year.",
            "collapsed",
        )],
    );
}

#[test]
fn the_source_verb_kept_in_another_form_is_no_shift() {
    // "would study the judgment before" → "once he had studied the
    // judgment": the diff pairs "study" with "had", but the verb is kept.
    let clean = [(
        "The prosecutor said he would study the written judgment before the hearing on Friday.",
        "The prosecutor said he would go to the hearing on Friday once he had studied the written judgment.",
    )];
    let flagged = [(
        "The prosecutor said he was considering an appeal against the ruling.",
        "The prosecutor said he had lodged an appeal against the ruling.",
    )];
    assert_sentences("meaning-drift", &clean, &flagged);
}

#[test]
fn legitimate_rewordings_of_attribution_modality_and_degree_pass() {
    // Invented paraphrases that keep who vouches, how sure and how strong.
    let clean = [
        (
            "Mayor Ellen Voss said the Harrow Street bridge would reopen in March.",
            "Mayor Ellen Voss stated that the Harrow Street bridge would reopen in March.",
        ),
        (
            "Crumbwell Bakeries said profits rose 4 percent in the first half.",
            "Profits at Crumbwell Bakeries rose 4 percent in the first half, the company told reporters.",
        ),
        (
            "Officials said the coast road may close next week because of rockfalls.",
            "The coast road might close next week because of rockfalls, officials said.",
        ),
        (
            "The sports minister said the stadium upgrade could cost up to $2 million.",
            "The stadium upgrade could cost as much as $2 million, the sports minister said.",
        ),
        (
            "The village school will probably close early on Friday because of the heating fault.",
            "The village school is likely to close early on Friday because of the heating fault.",
        ),
        (
            "Researchers at Dunmore University found a small increase in flu cases among children.",
            "Researchers at Dunmore University found a slight increase in flu cases among children.",
        ),
        (
            "The energy agency warned that household bills could rise again in winter.",
            "The energy agency cautioned that household bills might rise again in winter.",
        ),
        (
            "The annual report noted a significant drop in burglaries across Selby county.",
            "The annual report pointed to a marked fall in burglaries across Selby county.",
        ),
        (
            "The ferry operator said it plans to add two sailings a day from June.",
            "The ferry operator said it intends to add two sailings a day from June.",
        ),
        (
            "Most of the 40 staff at the Kellby office will move to the new site, the firm said.",
            "The majority of the 40 staff at the Kellby office will move to the new site, the firm said.",
        ),
        (
            "Police believe the barn fire near Astle was started deliberately.",
            "Police suspect the barn fire near Astle was started deliberately.",
        ),
        (
            "The club said striker Ola Jones is expected to be fit for Saturday's match.",
            "Striker Ola Jones should be fit for Saturday's match, the club said.",
        ),
        (
            "Residents can apply for the grant from Monday, the council said.",
            "Residents will be able to apply for the grant from Monday, the council said.",
        ),
        (
            "Unemployment fell slightly in March to 4.1 percent, the statistics office said.",
            "Unemployment fell marginally in March to 4.1 percent, the statistics office said.",
        ),
    ];
    let refs: Vec<(String, String)> = clean
        .iter()
        .map(|(a, b)| (article(a), article(b)))
        .collect();
    let refs: Vec<(&str, &str)> = refs.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_clean("meaning-drift", &refs);
}

/// A careful editor's restatements pass: a keeper whose "to" follows the
/// edit ("are expected to receive" → "stand to collect"), a forecast moved
/// into the passive ("expects to add" → "are expected to be added"), a floor
/// denied by "without" told by "not", a floor reworded ("more than 60" →
/// "upward of 60", "beyond 65"), and an attempt for a bid ("sought to
/// renegotiate" → "looked to renegotiate"); the hedge cut beside them is
/// still flagged.
#[test]
fn a_careful_restatement_of_a_forecast_floor_or_attempt_passes() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Castlebridge are expected to receive about £50,000 in prize money for reaching the last four.",
                "Castlebridge stand to collect around £50,000 in prize money for making the last four.",
            ),
            (
                "The trust expects to add ultrasound services at the site in 2025.",
                "Ultrasound services are expected to be added at the site in 2025.",
            ),
            (
                "The club has reached the semi-finals without conceding more than one goal in any of its six matches.",
                "In six matches this season, the club has not conceded more than one goal in any game.",
            ),
            (
                "Police have arrested two men suspected of stealing converters from more than 60 vehicles.",
                "Two men suspected of taking converters from upward of 60 vehicles have been arrested.",
            ),
            (
                "Just 212 patients had been waiting more than 65 weeks.",
                "Only 212 patients had been waiting beyond 65 weeks.",
            ),
            (
                "Several developers have canceled contracts or sought to renegotiate prices.",
                "Several developers have dropped contracts or looked to renegotiate costs.",
            ),
        ],
    );
    assert_flagged(
        "meaning-drift",
        &[(
            "Castlebridge are expected to receive about £50,000, a sum chairman Derek Foy said would probably go towards new floodlights.",
            "Castlebridge stand to collect around £50,000, which chairman Derek Foy said would go towards new floodlights.",
        )],
    );
}

/// Words that only look like a drift pass: "liable to" keeps a likelihood,
/// "squeeze incomes" presses rather than wins, "most of the 20th century" is
/// the bulk of a period as "much of" is, and "would do everything in its
/// power" is an undertaking "pledged" only names.
#[test]
fn a_tendency_a_squeeze_a_span_and_an_all_out_undertaking_are_no_drift() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Forecasters said the river is likely to remain above flood stage until Monday.",
                "Forecasters said the river is liable to remain above flood stage until Monday.",
            ),
            (
                "An economist said weak prices would squeeze farm incomes across the region.",
                "An economist said weak prices would crush farm incomes across the region.",
            ),
            (
                "The painting hung in a private collection for most of the 20th century.",
                "The painting hung in a private collection for much of the 20th century.",
            ),
            (
                "The council leader said the authority would do everything in its power to help families.",
                "The council leader pledged that the authority would do everything in its power to help families.",
            ),
        ],
    );
    // A narrow win over a named rival told as a rout still drifts, and an
    // intention with no such undertaking told as a pledge.
    assert_cases(
        "meaning-drift",
        &[
            (
                "Harwick squeezed past Marlow 2-1 on Saturday.",
                "Harwick crushed Marlow 2-1 on Saturday.",
                "crushed",
            ),
            (
                "The council leader said the authority would review the charges.",
                "The council leader pledged that the authority would review the charges.",
                "pledged",
            ),
        ],
    );
}

/// A verb of contention the source states outside a quotation may name the
/// speech; membership is no portion; a figure the source also holds
/// unbounded, an estimate told as a valuation and "the greater part" for
/// "the majority" shift nothing.
#[test]
fn restated_contention_membership_and_valuations_are_no_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "His lawyer, Ana Ruiz, said her client had always maintained his innocence.",
                "Ana Ruiz, his lawyer, said her client had always insisted he was innocent.",
                "",
            ),
            (
                "\"You cannot argue with the weather,\" Tomas Berg said.",
                "\"You cannot argue with the weather,\" Tomas Berg insisted.",
                "insisted",
            ),
            (
                "The race is part of a six-event series whose champions will be crowned in Oslo.",
                "The race counts toward a six-event series whose champions will be crowned in Oslo.",
                "",
            ),
            (
                "The levy was part of the deal agreed in May, the mayor said.",
                "The levy featured in the deal agreed in May, the mayor said.",
                "",
            ),
            (
                "The trust said it would repay part of the money this year.",
                "The trust said it would repay the money this year.",
                "the money",
            ),
            (
                "BRAYFORD, Oct 2 (Wire) - Councillors voted to end free parking that has run for more than two decades.",
                "BRAYFORD, Oct 2 (Wire) - Councillors voted to end free parking that has run for over 20 years.",
                "",
            ),
            (
                "Detectives believe one crew is behind the theft of 30 trailers, with losses estimated at more than £40,000.",
                "Detectives believe one crew is responsible for the theft of 30 trailers, with losses evaluated at more than £14,000.",
                "",
            ),
            (
                "The majority of the cost will be met by the state, the council said.",
                "The greater part of the cost will be met by the state, the council said.",
                "",
            ),
        ],
    );
}

/// A word of a name changed ("the Fraternal Order of Police" → "the
/// Fraternal Request of Police") is no stance shift; the same word as a
/// common noun still is.
#[test]
fn a_stance_word_inside_a_name_is_no_shift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The audit was welcomed by the Fraternal Order of Police, the union said.",
                "The audit was welcomed by the Fraternal Request of Police, the union said.",
                "",
            ),
            (
                "The judge issued an order to release the footage, the court said.",
                "The judge issued a request to release the footage, the court said.",
                "request",
            ),
        ],
    );
}
