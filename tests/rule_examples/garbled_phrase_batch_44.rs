//! garbled-phrase: the forty-fourth batch of curated spinner swaps is garbled.

use super::*;

/// The forty-fourth batch of spinner swaps by the same rule with
/// `t2674`–`t2703` newly readable (session 63).
#[test]
fn forty_fourth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The council said the grant was set by a formula agreed with ministers.",
                "The council said the grant was set by a recipe agreed with ministers.",
                "recipe",
            ),
            (
                "Officers from the rural crime team visited the farm on Monday.",
                "Officers from the rustic crime team visited the farm on Monday.",
                "rustic",
            ),
            (
                "Inspectors found the kitchen dirty during an unannounced visit.",
                "Inspectors found the kitchen dirty during an unheralded visit.",
                "unheralded",
            ),
            (
                "The society has named a disused chapel as a possible site.",
                "The society has named a disused chapel as a conceivable site.",
                "conceivable",
            ),
            (
                "Ticket sales rose sharply after the final was announced.",
                "Ticket sales rose keenly after the final was announced.",
                "keenly",
            ),
            (
                "The tenants will pay a frozen rent for the next five years.",
                "The tenants will pay an icy rent for the next five years.",
                "icy",
            ),
            (
                "The crew launched a rigid inflatable boat to reach the swimmer.",
                "The crew launched a stiff inflatable boat to reach the swimmer.",
                "stiff",
            ),
            (
                "Riders must slow down at the cattle grid on the moor road.",
                "Riders must slow down at the livestock grid on the moor road.",
                "livestock",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass, and so do the
/// right senses: a secret recipe, arrests that were conceivable, keenly
/// aware, an icy road, a stiff board, and a cattle guard for the fixed term.
#[test]
fn forty_fourth_batch_rewordings_and_right_senses_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The bakery guards the secret formula for its buns.",
                "The bakery guards the secret recipe for its buns.",
            ),
            (
                "Police said further arrests were possible.",
                "Police said further arrests were conceivable.",
            ),
            (
                "Residents are sharply aware of the risk of flooding.",
                "Residents are keenly aware of the risk of flooding.",
            ),
            (
                "Drivers were warned about the frozen road over the pass.",
                "Drivers were warned about the icy road over the pass.",
            ),
            (
                "The shelf is made from a rigid board of pine.",
                "The shelf is made from a stiff board of pine.",
            ),
            (
                "Riders must slow down at the cattle grid on the moor road.",
                "Riders must slow down at the cattle guard on the moor road.",
            ),
            (
                "Ticket sales rose sharply after the final was announced.",
                "Ticket sales rose steeply after the final was announced.",
            ),
        ],
    );
}
