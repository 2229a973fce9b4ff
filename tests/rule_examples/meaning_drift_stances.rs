//! meaning-drift examples of a worry, fear or estimate told as fact: the stance
//! dropped drifts; the stance kept in other words passes. From session 46's
//! curated batch: "rarely" told as "never"; from session 52's: "rare" told as
//! "unheard of", "a third" told as "most".

use super::*;

/// "said he was concerned that X" → "said X": a worry told as fact.
#[test]
fn a_concern_told_as_fact_drifts() {
    let source = "Council news\n\nDempsey said he was concerned that the company had finished two previous projects late.\n";
    assert_flagged(
        "meaning-drift",
        &[(
            source,
            "Council news\n\nDempsey said the company had finished two previous projects late.\n",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                source,
                "Council news\n\nDempsey said he was worried the company had finished two previous projects late.\n",
            ),
            (
                source,
                "Council news\n\nDempsey voiced concern that the company had finished two previous projects late.\n",
            ),
            // A worry with its own modal, told as a fear, keeps both hedges.
            (
                "Council news\n\nShop owners said they were worried that bookings could fall.\n",
                "Council news\n\nShop owners said they feared bookings could drop.\n",
            ),
        ],
    );
}

/// "fear the loss of trade" → "will lose trade": a fear of a thing told as
/// what will happen.
#[test]
fn a_fear_of_a_loss_told_as_fact_drifts() {
    let source = "Festival news\n\nLocal businesses fear the loss of trade after the festival was cancelled.\n";
    assert_flagged(
        "meaning-drift",
        &[(
            source,
            "Festival news\n\nLocal businesses will lose trade after the festival was cancelled.\n",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                source,
                "Festival news\n\nLocal businesses are worried about losing trade after the festival was cancelled.\n",
            ),
            (
                source,
                "Festival news\n\nLocal businesses dread the loss of trade after the festival was cancelled.\n",
            ),
        ],
    );
}

/// "The charity estimates that 1.3 million" → "Some 1.3 million": the
/// speaker's estimate told as fact; the approximation keeps no speaker.
#[test]
fn a_speakers_estimate_told_as_fact_drifts() {
    let source =
        "Health news\n\nThe charity estimates that 1.3 million people have chronic migraine.\n";
    assert_flagged(
        "meaning-drift",
        &[(
            source,
            "Health news\n\nSome 1.3 million people have chronic migraine.\n",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[
            (
                source,
                "Health news\n\nAbout 1.3 million people have chronic migraine, according to the charity.\n",
            ),
            (
                source,
                "Health news\n\nSome 1.3 million people have chronic migraine, the charity estimates.\n",
            ),
        ],
    );
}

/// "asking for" is a request like "asked for": told as "demanding", the
/// request is made a command.
#[test]
fn a_request_in_the_progressive_told_as_a_demand_drifts() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Farmers are asking for the crossing to stay open.",
                "Farmers are demanding that the crossing stay open.",
                "demanding",
            ),
            (
                "Farmers are asking for the crossing to stay open.",
                "Farmers are requesting that the crossing stay open.",
                "",
            ),
        ],
    );
}

/// Session 46, curated by the rule of garbled-phrase's spinner swaps (two
/// authors' tune pairs, never clean): "rarely" → "never" tells an infrequent
/// thing as one that does not happen; "seldom" keeps it.
#[test]
fn rarely_told_as_never_drifts() {
    let source = "The study found that erosion rarely happens evenly along the coast.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "The study found that erosion never happens evenly along the coast.",
                "never",
            ),
            (
                source,
                "The study found that erosion seldom happens evenly along the coast.",
                "",
            ),
        ],
    );
}

/// Session 47, curated by the same two-author rule: a question raised
/// ("questioned whether") told as an accusation ("accused").
#[test]
fn a_question_told_as_an_accusation_drifts() {
    let source = "Patient groups questioned whether the waiting-list data told the full story.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "Patient groups accused the board of massaging the waiting-list data.",
                "accused",
            ),
            (
                source,
                "Patient groups asked whether the waiting-list data told the full story.",
                "",
            ),
        ],
    );
}

/// Session 47, by the same two-author rule: "most" told as "nearly all"
/// raises the degree (t1600, t2031), and so does "almost every" (until
/// session 47 a paraphrase of "most", from t426, where the change sits in a
/// quote and is labelled misquote); "almost all" for "nearly all" is a
/// paraphrase.
#[test]
fn most_told_as_nearly_all_drifts() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "The board said most universities had confirmed the offers.",
                "The board said nearly all universities had confirmed the offers.",
                "all",
            ),
            (
                "The defences did their job in most places, officials said.",
                "The defences did their job in almost every place, officials said.",
                "every",
            ),
            (
                "The board said almost all universities had confirmed the offers.",
                "The board said nearly all universities had confirmed the offers.",
                "",
            ),
        ],
    );
}

/// Session 52, curated by the same two-author rule: "rare" → "unheard of"
/// tells a rare thing as one that does not happen; "uncommon" keeps it.
#[test]
fn rare_told_as_unheard_of_drifts() {
    let source = "Inspectors said faults on the lifts had remained rare since the refit.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "Inspectors said faults on the lifts had been unheard of since the refit.",
                "unheard",
            ),
            (
                source,
                "Inspectors said faults on the lifts had remained uncommon since the refit.",
                "",
            ),
        ],
    );
}

/// Session 52, by the same rule: "about a third" told as "most" raises the
/// share; "about a third" kept in other words ("roughly a third") passes.
#[test]
fn a_third_told_as_most_drifts() {
    let source = "About a third of the club's 200 members signed the letter to the council.";
    assert_cases(
        "meaning-drift",
        &[
            (
                source,
                "Most of the club's 200 members signed the letter to the council.",
                "Most",
            ),
            (
                source,
                "Roughly a third of the club's 200 members signed the letter to the council.",
                "",
            ),
        ],
    );
}
