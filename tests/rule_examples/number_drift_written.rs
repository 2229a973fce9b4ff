//! number-drift: figures written another way (spoken, compound, European and decimal styles,
//! fractions, centuries, currencies) keep their value.

use super::*;

/// An ordinal compound the source reads as no figure ("a rise in
/// fourth-quarter profit") is the same words in the suspect ("its
/// fourth-quarter profit"), not a new figure.
#[test]
fn an_ordinal_compound_kept_whole_is_no_new_figure() {
    assert_clean(
        "number-drift",
        &[(
            "Delmar Foods reported a 12% rise in third-quarter profit on Monday.",
            "Delmar Foods said on Monday its third-quarter profit rose 12%.",
        )],
    );
}

#[test]
fn number_currencies_rates_remainders_and_traded_roles() {
    assert_cases(
        "number-drift",
        &[
            (
                "The harbour board approved a NZ$18 million dredging contract on Monday.",
                "The harbour board approved an A$18 million dredging contract on Monday.",
                "A$18 million",
            ),
            (
                "The harbour board approved a NZ$18 million dredging contract on Monday.",
                "The harbour board approved an $18 million dredging contract on Monday.",
                "",
            ),
            (
                "The harbour board approved an 18 million Australian dollar contract.",
                "The harbour board approved an A$18 million contract.",
                "",
            ),
            (
                "The library will cost £6.4 million. Of that, £2.5 million comes from a lottery grant. The rest will come from the council.",
                "The library will cost £6.4m. A lottery grant covers £2.5m. The remaining £3.9m will come from the council.",
                "",
            ),
            (
                "The library will cost £6.4 million. Of that, £2.5 million comes from a lottery grant. The rest will come from the council.",
                "The library will cost £6.4m. A lottery grant covers £2.5m. The remaining £4.9m will come from the council.",
                "£4.9m",
            ),
            (
                "The depot spends about £48,000 a month on agency drivers, the audit found.",
                "The depot spends about £48,000 a week on agency drivers, the audit found.",
                "£48,000",
            ),
            (
                "A year on, the depot still spends £48,000 on agency drivers.",
                "One year on, the depot still spends £48,000 on agency drivers.",
                "",
            ),
            (
                "Wool sales totalled 84.2 million rand, while meat sales rose 3% to 79.5 million rand.",
                "Meat sales rose 3% to 79.5 million rand, while wool sales came to 84.2 million rand.",
                "",
            ),
            (
                "Bus revenue rose to 640 million pesos, up from 590 million pesos, while running costs climbed 4% to 910 million pesos. The state covers the shortfall.",
                "Bus revenue increased by 50 million pesos to 640 million pesos. Running costs climbed 4% to 910 million pesos, leaving a shortfall that the state covers.",
                "",
            ),
        ],
    );
    // Figures that traded the nouns they are "of".
    assert_flagged(
        "number-drift",
        &[(
            "The start-up reported sales of $41 million and a loss of $17 million, its founder said.",
            "The start-up reported sales of $17 million and a loss of $41 million, its founder said.",
        )],
    );
}

#[test]
fn spoken_compound_and_european_figures() {
    assert_cases(
        "number-drift",
        &[
            (
                "The shelter took in 240 dogs last winter, the charity said.",
                "The shelter took in two hundred and forty dogs last winter, the charity said.",
                "",
            ),
            (
                "The shelter took in 240 dogs last winter, the charity said.",
                "The shelter took in two hundred and fourteen dogs last winter, the charity said.",
                "two hundred and fourteen",
            ),
            (
                "The choir has 140 singers, most of them retired.",
                "The choir has a hundred and forty singers, most of them retired.",
                "",
            ),
            (
                "The county set aside $2.25 million for the bridge.",
                "The county set aside two and a quarter million dollars for the bridge.",
                "",
            ),
            (
                "Thieves took €312,000 from the depot, police said.",
                "Thieves took 312 000 euros from the depot, police said.",
                "",
            ),
            (
                "Thieves took €312,000 from the depot, police said.",
                "Thieves took 321 000 euros from the depot, police said.",
                "321 000 euros",
            ),
            (
                "The clerk kept €12,500 of the takings, the court heard.",
                "The clerk kept 12.500 euros of the takings, the court heard.",
                "",
            ),
            (
                "The clerk kept €12,500 of the takings, the court heard.",
                "The clerk kept 15.500 euros of the takings, the court heard.",
                "15.500 euros",
            ),
            (
                "She finished in 1 hour 12 minutes and 5 seconds on Sunday.",
                "She finished in 1 h 12 min 5 s on Sunday.",
                "",
            ),
        ],
    );
}

#[test]
fn one_and_a_half_of_a_noun_restates_a_noun_and_a_half() {
    let source = "Their last win came in 2019, when they won by a length and a half.";
    assert_cases(
        "number-drift",
        &[
            (
                source,
                "They last won in 2019, by one and a half lengths.",
                "",
            ),
            (
                source,
                "They last won in 2019, by two and a half lengths.",
                "two and a half",
            ),
        ],
    );
}

#[test]
fn figures_restyled_as_times_centuries_and_shares_of_units_pass_clean() {
    let cases = [
        (
            "The storm left up to three-quarters of an inch of ice.",
            "The storm left up to 19 millimetres of ice.",
        ),
        (
            "The warning runs until noon on Tuesday.",
            "The warning is in force until 12 p.m. Tuesday.",
        ),
        (
            "The panels date from the early 18th century.",
            "The panels were made in the early 1700s.",
        ),
        (
            "Headcount stood at 38,200 at the end of September.",
            "The company employed 38,200 people as of end-September.",
        ),
        (
            "The committee backed the scheme by a single vote.",
            "The committee backed the scheme by just one vote.",
        ),
    ];
    assert_clean("number-drift", &cases);
    assert_eq!(
        findings_of(
            "number-drift",
            "The storm left up to 9 millimetres of ice.",
            "The storm left up to three-quarters of an inch of ice."
        ),
        ["9 millimetres"]
    );
}

#[test]
fn fractions_centuries_and_hedged_units_read_as_figures() {
    assert_clean(
        "number-drift",
        &[
            (
                "The mine produced 68,000 tonnes, a quarter of the region's output.",
                "The mine produced 68,000 tonnes, about a fourth of the region's output.",
            ),
            (
                "The show brings together 140 paintings from the 19th century.",
                "The show features 140 nineteenth-century paintings.",
            ),
            (
                "Her shop was flooded to a depth of about a metre.",
                "Her shop was flooded to a depth of around one metre.",
            ),
        ],
    );
    assert_cases(
        "number-drift",
        &[(
            "The show brings together 140 paintings from the 19th century.",
            "The show features 140 eighteenth-century paintings.",
            "eighteenth-century",
        )],
    );
}

#[test]
fn a_decimal_comma_keeps_its_figure() {
    assert_clean(
        "number-drift",
        &[
            (
                "The Liberals took 27.3% of the vote on Sunday.",
                "The Liberals took 27,3% of the vote on Sunday.",
            ),
            (
                "The new bypass is 4.8 km long and opens in May.",
                "The new bypass, of 4,8 km, opens in May.",
            ),
            (
                "A day ticket costs 3.60 euros from Monday.",
                "A day ticket costs 3,60 euros from Monday.",
            ),
        ],
    );
    assert_cases(
        "number-drift",
        &[(
            "The Liberals took 27.3% of the vote on Sunday.",
            "The Liberals took 27,8% of the vote on Sunday.",
            "27,8%",
        )],
    );
}

#[test]
fn number_a_decimal_said_in_words_keeps_its_value() {
    assert_sentences(
        "number-drift",
        &[
            (
                "The ban covers 1.2 million households in the valley.",
                "The ban covers one point two million households in the valley.",
            ),
            (
                "Unemployment rose to 4.25 percent in May.",
                "Unemployment rose to four point two five percent in May.",
            ),
            (
                "At one point two officers left the hall, the report said.",
                "At one point two officers left the hall, according to the report.",
            ),
        ],
        &[(
            "The ban covers 1.2 million households in the valley.",
            "The ban covers one point five million households in the valley.",
        )],
    );
}
