//! garbled-phrase: the twenty-first and later batches of curated spinner
//! swaps are garbled.

use super::*;

/// The twenty-first batch of spinner swaps, by the same rule with
/// `t2278`–`t2289` newly readable (session 51).
#[test]
fn twenty_first_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The county highways committee voted to impose a weight limit on the lane.",
                "The county expressways committee voted to impose a weight limit on the lane.",
                "expressways",
            ),
            (
                "The vicar said the dispute had been handled with patience on both sides.",
                "The vicar said the dispute had been handled with patience on both flanks.",
                "flanks",
            ),
            (
                "The striker joined the top-flight side on a three-year deal.",
                "The striker joined the top-flight flank on a three-year deal.",
                "flank",
            ),
            (
                "The guild, which represents 38 towers in the district, backed the plan.",
                "The guild, which symbolises 38 towers in the district, backed the plan.",
                "symbolises",
            ),
            (
                "The photographer represented himself at the small claims hearing.",
                "The photographer symbolized himself at the small claims hearing.",
                "symbolized",
            ),
            (
                "The quarry's operations director said the firm respected the decision.",
                "The quarry's activities chief said the firm respected the decision.",
                "activities chief",
            ),
        ],
    );
}

/// The same sentences reworded with words that keep the sense, and the
/// spinner's words put for other source words, pass.
#[test]
fn twenty_first_batch_rewordings_that_keep_the_sense_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The county highways committee voted to impose a weight limit on the lane.",
                "The county roads committee voted to impose a weight limit on the lane.",
            ),
            (
                "The vicar said the dispute had been handled with patience on both sides.",
                "The vicar said the dispute had been handled with patience by both parties.",
            ),
            (
                "Walkers were warned of loose scree on the slopes of the hill.",
                "Walkers were warned of loose scree on the flanks of the hill.",
            ),
            (
                "The guild, which represents 38 towers in the district, backed the plan.",
                "The guild, which speaks for 38 towers in the district, backed the plan.",
            ),
            (
                "The new window stands for the parish's 900 years of worship.",
                "The new window symbolises the parish's 900 years of worship.",
            ),
            (
                "The quarry's operations director said the firm respected the decision.",
                "The quarry's operations manager said the firm respected the decision.",
            ),
        ],
    );
}

/// The twenty-second batch of spinner swaps, by the same rule with
/// `t2326`–`t2343` newly readable (session 51).
#[test]
fn twenty_second_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The mill will supply carpets for a chain of hotels in the Gulf.",
                "The mill will supply carpets for a fetter of hotels in the Gulf.",
                "fetter",
            ),
            (
                "Objectors want the chimney kept as a memorial feature on the site.",
                "Objectors want the chimney kept as a memorial characteristic on the site.",
                "characteristic",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense, and the spinner's words
/// put for other words, pass.
#[test]
fn twenty_second_batch_rewordings_that_keep_the_sense_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The mill will supply carpets for a chain of hotels in the Gulf.",
                "The mill will supply carpets for a group of hotels in the Gulf.",
            ),
            (
                "Objectors want the chimney kept as a memorial feature on the site.",
                "Objectors want the chimney kept as a memorial on the site.",
            ),
            (
                "The prisoners were held in shackles for the journey.",
                "The prisoners were held in fetters for the journey.",
            ),
            (
                "The curator said the brushwork was typical of the painter.",
                "The curator said the brushwork was characteristic of the painter.",
            ),
        ],
    );
}

/// The twenty-third batch of spinner swaps, by the same rule with
/// `t2344`–`t2355` newly readable (session 52).
#[test]
fn twenty_third_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Staff must test every kettle before it leaves the building.",
                "Staff must test every kettle before it leaves the edifice.",
                "edifice",
            ),
            (
                "The parish council agreed to cover the cost of the new railings.",
                "The parish council agreed to blanket the cost of the new railings.",
                "blanket",
            ),
            (
                "Ms Hale, who covers food retailers at the bank, said the plan was sound.",
                "Ms Hale, who blankets food retailers at the bank, said the plan was sound.",
                "blankets",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense, a covering of snow or
/// fog, and the spinner's words put for other words, pass.
#[test]
fn twenty_third_batch_rewordings_that_keep_the_sense_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "Staff must test every kettle before it leaves the building.",
                "Staff must test every kettle before it leaves the premises.",
            ),
            (
                "The parish council agreed to cover the cost of the new railings.",
                "The parish council agreed to pay for the new railings.",
            ),
            (
                "By dawn the moor was covered in snow.",
                "By dawn the moor was blanketed in snow.",
            ),
            (
                "A thick fog buried the valley on Monday morning.",
                "A thick fog blanketed the valley on Monday morning.",
            ),
            (
                "The cathedral is the oldest structure in the city.",
                "The cathedral is the oldest edifice in the city.",
            ),
        ],
    );
}

/// The twenty-fourth batch of spinner swaps, by the same rule with
/// `t2356`–`t2373` newly readable (session 52).
#[test]
fn twenty_fourth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The club has launched a public appeal to pay for the repairs.",
                "The club has launched a public attraction to pay for the repairs.",
                "attraction",
            ),
            (
                "The stalls stand below the harbour wall every Saturday.",
                "The stalls stand below the harbour partition every Saturday.",
                "partition",
            ),
            (
                "The show drew an estimated 9,000 visitors last year.",
                "The show sketched an estimated 9,000 visitors last year.",
                "sketched",
            ),
            (
                "She said the decision had not been taken lightly.",
                "She said the decision had not been taken gently.",
                "gently",
            ),
            (
                "The theatre will open its centenary season next month.",
                "The theatre will open its centenary time of year next month.",
                "time of year",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense, and the spinner's
/// words in their right senses (the attraction of a place), pass.
#[test]
fn twenty_fourth_batch_rewordings_that_keep_the_sense_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The club has launched a public appeal to pay for the repairs.",
                "The club has started a public fundraising drive to pay for the repairs.",
            ),
            (
                "The show drew an estimated 9,000 visitors last year.",
                "The show attracted an estimated 9,000 visitors last year.",
            ),
            (
                "Few doubt the appeal of a house by the sea.",
                "Few doubt the attraction of a house by the sea.",
            ),
            (
                "Stir the mixture lightly before serving.",
                "Stir the mixture softly before serving.",
            ),
        ],
    );
}
