//! polarity-drift: a contrast turned round past a "but" or a "merely", and
//! session 64's curated phrases (a thing kept in service told as withdrawn,
//! full-time work told as part-time), each vouched for by the tune pairs of
//! two or more authors (the two-author rule in `data/curated/polarity-phrases.tsv`).

use super::*;

#[test]
fn a_contrast_turned_round_is_polarity_drift() {
    let cases = [
        (
            "The trust said the grant had been suspended, not withdrawn, while it reviewed the accounts.",
            "The trust said the grant had been withdrawn, not merely suspended, while it reviewed the accounts.",
            "withdrawn, not",
        ),
        (
            "The magistrate said the driver had been careless rather than reckless and fined him 600 pounds.",
            "The magistrate said the driver had been reckless rather than merely careless and fined him 600 pounds.",
            "reckless rather",
        ),
        (
            "The baker said the hardest part of the job was not kneading but shaping the loaves.",
            "The baker said the hardest part of the job was kneading rather than shaping the loaves.",
            "kneading rather",
        ),
        (
            "The baker said the hardest part of the job was not kneading but shaping the loaves.",
            "The baker said the hardest part of the job was shaping the loaves rather than kneading them.",
            "",
        ),
        // A denial set against a "but" on both sides kept its place.
        (
            "The guild said it did not oppose the new stalls but objected to the later opening hours.",
            "The guild said it had no objection to the new stalls but opposed the later opening hours.",
            "",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}

#[test]
fn a_thing_kept_in_service_told_as_withdrawn_is_polarity_drift() {
    let cases = [
        (
            "The older ferry remained in service throughout the repairs to the slipway.",
            "The older ferry was withdrawn from service throughout the repairs to the slipway.",
            "from service",
        ),
        (
            "The number 12 bus, which runs past the hospital, will be withdrawn in March.",
            "The number 12 bus, which runs past the hospital, will remain in service after March.",
            "in service",
        ),
        (
            "The buyer said it would keep the locomotive in service on the heritage line.",
            "The buyer said it would retire the locomotive from service on the heritage line.",
            "from service",
        ),
        (
            "The older ferry remained in service throughout the repairs to the slipway.",
            "The older ferry stayed in service throughout the repairs to the slipway.",
            "",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}

#[test]
fn full_time_work_told_as_part_time_is_polarity_drift() {
    let cases = [
        (
            "The bakery employs 12 people, five of them full time.",
            "The bakery has 12 staff, five of them part time.",
            "part time",
        ),
        (
            "The bakery employs 12 people, five of them full-time.",
            "The bakery has 12 staff, five of them working full time.",
            "",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}
