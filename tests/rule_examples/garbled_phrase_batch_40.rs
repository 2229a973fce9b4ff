//! garbled-phrase: the fortieth batch of curated spinner swaps is garbled.

use super::*;

/// The fortieth batch of spinner swaps, phrases and idioms, by the same rule
/// with `t2596`–`t2613` newly readable (session 60).
#[test]
fn fortieth_batch_of_spinner_swaps_is_garbled() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The league's governing body said the fixture would be replayed.",
                "The league's governing corpse said the fixture would be replayed.",
                "corpse",
            ),
            (
                "The pit sells crushed stone to builders across the valley.",
                "The pit sells squashed stone to builders across the valley.",
                "squashed",
            ),
            (
                "Foresters thinned the beech plantation over the winter.",
                "Foresters diluted the beech plantation over the winter.",
                "diluted",
            ),
            (
                "The parish council agreed to fund the shelter for two more years.",
                "The parish council concurred to fund the shelter for two more years.",
                "concurred to",
            ),
            (
                "Police asked anyone who saw the van to come forward.",
                "Police asked anyone who saw the van to come onward.",
                "onward",
            ),
            (
                "Police asked anyone who saw the van to come forward.",
                "Police asked anyone who saw the van to approach forward.",
                "approach",
            ),
            (
                "Engineers placed rock armour along the foot of the sea wall.",
                "Engineers placed rock shield along the foot of the sea wall.",
                "shield",
            ),
        ],
    );
}

/// The same sentences with words that keep the sense pass, and so do the
/// right senses: a body found, paint thinned, an idiomatic variant.
#[test]
fn fortieth_batch_rewordings_and_right_senses_pass() {
    assert_clean(
        "garbled-phrase",
        &[
            (
                "The league's governing body said the fixture would be replayed.",
                "The league's governing authority said the fixture would be replayed.",
            ),
            (
                "A body was found in the river on Sunday morning.",
                "A corpse was found in the river on Sunday morning.",
            ),
            (
                "The pit sells crushed stone to builders across the valley.",
                "The pit sells crushed rock to builders across the valley.",
            ),
            (
                "The restorers thinned the varnish with turpentine.",
                "The restorers diluted the varnish with turpentine.",
            ),
            (
                "The parish council agreed to fund the shelter for two more years.",
                "The parish council decided to fund the shelter for two more years.",
            ),
            (
                "Police asked anyone who saw the van to come forward.",
                "Police asked anyone who saw the van to step forward.",
            ),
            (
                "The trial result is a real step forward, the doctor said.",
                "The trial result is a real leap forward, the doctor said.",
            ),
            (
                "Engineers placed rock armour along the foot of the sea wall.",
                "Engineers placed boulders along the foot of the sea wall.",
            ),
        ],
    );
}
