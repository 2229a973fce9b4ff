//! meaning-drift examples of a rank among others made the only one where the
//! copy writes the rank after a possessive, after "single" or with a kindred
//! rank word; "among the largest", "one of the country's most", "some of the
//! most" made "a portion of the most", a possessive rank the source has as
//! "a main" and a rank the source also states alone pass.

use super::*;

#[test]
fn one_among_others_made_the_only_one_in_other_words_is_meaning_drift() {
    assert_cases(
        "meaning-drift",
        &[
            (
                "Harwick Mills, one of Scotland's largest wool mills, has closed.",
                "Harwick Mills, Scotland's largest wool mill, has closed.",
                "Scotland's largest",
            ),
            (
                "Harwick Mills, one of the largest wool mills in the county, has closed.",
                "Harwick Mills, the county's biggest wool mill, has closed.",
                "county's biggest",
            ),
            (
                "The curator said it was one of the most important finds of the decade.",
                "The curator said it was the single most important find of the decade.",
                "the single most",
            ),
        ],
    );
}

#[test]
fn a_rank_kept_among_others_or_stated_alone_is_not_meaning_drift() {
    assert_clean(
        "meaning-drift",
        &[
            (
                "Harwick Mills, one of the largest wool mills in the county, has closed.",
                "Harwick Mills, among the largest wool mills in the county, has closed.",
            ),
            (
                "Harwick Mills, one of Scotland's largest wool mills, has closed.",
                "Harwick Mills, one of the biggest wool mills in Scotland, has closed.",
            ),
            (
                "Harwick Mills is the largest wool mill in the county, the trust said.",
                "Harwick Mills is the county's biggest wool mill, the trust said.",
            ),
            (
                "Fishermen said the lines would close some of the most productive grounds.",
                "Fishermen said the lines would close a portion of the most productive grounds.",
            ),
            (
                "The engineer said it could still run on a main line.",
                "The railway's main engineer said it could still run on a main line.",
            ),
            (
                "Drummond Castle, one of the most visited sites in the country, will limit entry.",
                "Drummond Castle, one of the country's most visited sites, will limit entry.",
            ),
        ],
    );
}
