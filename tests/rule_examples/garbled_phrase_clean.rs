//! garbled-phrase on careful rewrites that its evidence once took for a
//! spinner's: each test pairs the clean wording with the garbled one it must
//! still catch.

use super::*;

/// "owned" → "possessed" is a spinner's only in the passive ("owned by the
/// council"), and "recruits" → "enlists" only for the noun ("new recruits"):
/// a firm that "possesses" a site, or a trust that will "enlist" staff, is a
/// careful rewrite (seen clean in pairs of five authors).
#[test]
fn possess_and_enlist_are_garbled_only_in_their_marked_sense() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The port, which is owned by the city, will cut 900 jobs.",
                "The port, which is possessed by the city, will cut 900 jobs.",
                "possessed",
            ),
            (
                "The board, which still owns the horn, must approve any repair.",
                "The board, which still possesses the horn, must approve any repair.",
                "",
            ),
            (
                "He proposed a raise for new recruits in the next budget.",
                "He proposed a raise for new enlists in the next budget.",
                "enlists",
            ),
            (
                "The trust plans to recruit another 200 volunteers this year.",
                "The trust plans to enlist another 200 volunteers this year.",
                "",
            ),
        ],
    );
}

/// An adjective of the original's root is stranded only with no noun after
/// it, looked for past the end of the swap too: "leaky outlet valve" and
/// "financial director" modify the noun that follows.
#[test]
fn an_adjective_before_its_noun_is_not_stranded() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "Engineers will drain the reservoir so that a leaking outlet valve can be replaced.",
                "Engineers will drain the reservoir so that a leaky outlet valve can be replaced.",
                "",
            ),
            (
                "The company's finance director will lead the business until a successor is found.",
                "The company's financial director will lead the business until a successor is found.",
                "",
            ),
            (
                "About 140 residents were evacuated as a precaution.",
                "About 140 residents were evacuated as a precautionary.",
                "precautionary",
            ),
        ],
    );
}

/// "planning" → "arranging" is a spinner's beside a word of planning control
/// ("planning officer", "won planning approval": four authors' pairs), while
/// the verb is a careful rewrite ("as planned" → "as arranged", clean twice).
#[test]
fn planning_is_garbled_only_as_control_of_building() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The farm won planning approval on Thursday to build two new barns.",
                "The farm won arranging approval on Thursday to build two new barns.",
                "arranging",
            ),
            (
                "The ferry will leave at noon as planned, the operator said.",
                "The ferry will leave at noon as arranged, the operator said.",
                "",
            ),
        ],
    );
}

/// A modifier's new pair counted only in the noun's other number ("coming
/// months") is a known phrase, not a broken one: "in the next month" → "in
/// the coming month" passes, while "joint venture" → "joint adventure",
/// counted in neither number, is still flagged.
#[test]
fn a_pair_counted_in_the_nouns_other_number_is_no_broken_phrase() {
    assert_cases(
        "garbled-phrase",
        &[
            (
                "The lighthouse will be moved 72 metres inland in the next month, the trust said.",
                "The lighthouse will be moved 72 metres inland in the coming month, the trust said.",
                "",
            ),
            (
                "The two firms formed a joint venture to build the plant, the company said.",
                "The two firms formed a joint adventure to build the plant, the company said.",
                "adventure",
            ),
        ],
    );
}
