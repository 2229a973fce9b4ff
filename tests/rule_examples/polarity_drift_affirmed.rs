//! polarity-drift examples of a denying word dropped with its act kept:
//! "ruled out a link" → "confirmed a link".

use super::*;

#[test]
fn a_denying_word_dropped_with_its_act_kept_is_flagged() {
    let flagged = [
        (
            "The water company ruled out any link to a sewage overflow at the treatment works.",
            "The water company confirmed a link to a sewage overflow at the treatment works.",
        ),
        (
            "The retailer declined to say whether it would cut prices again before Christmas.",
            "The retailer said it would cut prices again before Christmas.",
        ),
        (
            "The manager said his side \"did not deserve to lose\" but declined to blame the referee for the defeat.",
            "The manager said his side \"did not deserve to lose\", and he blamed the referee for the defeat.",
        ),
        (
            "The panel rejected a claim that the mayor had misused council funds, the report says.",
            "The report shows that the panel found the mayor had misused council funds.",
        ),
        (
            "The judge declined a request from the regulator to appoint an independent monitor.",
            "The judge approved the regulator's request to appoint an independent monitor.",
        ),
        (
            "She asked the judge to consider a suspended sentence. The judge declined.",
            "She asked the judge to consider a suspended sentence. The judge agreed.",
        ),
        (
            "Asked to step down, the chairman refused, saying the board backed him.",
            "Asked to step down, the chairman agreed, saying the board backed him.",
        ),
    ];
    for (source, suspect) in flagged {
        assert!(
            !findings_of("polarity-drift", suspect, source).is_empty(),
            "{suspect}"
        );
    }
}

#[test]
fn a_denying_word_restated_stays_clean() {
    let clean = [
        (
            "The minister ruled out a merger of the two agencies.",
            "The minister dismissed a merger of the two agencies.",
        ),
        (
            "Police were unable to trace the driver of the van.",
            "Police could not trace the driver of the van.",
        ),
        (
            "The club declined to comment on the transfer.",
            "The club would not comment on the transfer.",
        ),
        (
            "The council rejected the plan for a new car park.",
            "Councillors voted down the plan for a new car park.",
        ),
        (
            "The chancellor refused to rule out further cuts to the budget.",
            "The chancellor left open further cuts to the budget.",
        ),
        (
            "Asked to step down, the chairman refused.",
            "Asked to step down, the chairman declined.",
        ),
        (
            "Shares in the group declined, and analysts agreed the outlook was weak.",
            "Shares in the group fell, and analysts agreed the outlook was weak.",
        ),
        (
            "The outage left many customers unable to call emergency services, although calls could still be routed.",
            "Many customers could not ring emergency services, although calls could still be routed.",
        ),
    ];
    for (source, suspect) in clean {
        assert!(
            findings_of("polarity-drift", suspect, source).is_empty(),
            "{suspect}: {:?}",
            findings_of("polarity-drift", suspect, source)
        );
    }
}

#[test]
fn a_claim_left_untold_told_as_said_is_flagged() {
    // The verb of telling kept, its denial dropped: the copy says was told
    // what the source left untold.
    let source = "The two breeders did not say whether they would challenge the ruling.";
    let said = "The two breeders said they would challenge the ruling.";
    assert!(!findings_of("polarity-drift", said, source).is_empty());
    let source = "The agency did not say whether the consortium was suspected of wrongdoing.";
    let said = "The agency said the consortium was suspected of wrongdoing.";
    assert!(!findings_of("polarity-drift", said, source).is_empty());
    // Left open in other words, it passes.
    for open in [
        "The two breeders would not say whether they would challenge the ruling.",
        "The two breeders gave no indication of whether they would challenge the ruling.",
        "The two breeders said it was unclear whether they would challenge the ruling.",
    ] {
        let source = "The two breeders did not say whether they would challenge the ruling.";
        assert!(
            findings_of("polarity-drift", open, source).is_empty(),
            "{open}: {:?}",
            findings_of("polarity-drift", open, source)
        );
    }
}

#[test]
fn a_denial_cut_from_has_not_said_is_flagged() {
    // Only the "not" (and the "whether") cut: the kept "has said" now tells
    // what the source left untold.
    let source = "The trust has not said whether it will still consider the bid.";
    let said = "The trust has said it will still consider the bid.";
    assert!(!findings_of("polarity-drift", said, source).is_empty());
    // Still left open, it passes.
    for open in [
        "The trust has not yet said whether it will still consider the bid.",
        "The trust has said nothing on whether it will still consider the bid.",
    ] {
        assert!(
            findings_of("polarity-drift", open, source).is_empty(),
            "{open}: {:?}",
            findings_of("polarity-drift", open, source)
        );
    }
}

#[test]
fn an_open_question_left_untold_told_as_a_denial_is_flagged() {
    assert_flagged(
        "polarity-drift",
        &[
            (
                "The nursery declined to say whether any staff had been dismissed.",
                "The nursery confirmed that no staff had been dismissed.",
            ),
            (
                "The council did not comment on whether other sites had reported similar problems.",
                "The council said no other sites had reported similar problems.",
            ),
        ],
    );
    assert_clean(
        "polarity-drift",
        &[(
            "The council did not announce any cuts to the library budget.",
            "The council announced no cuts to the library budget.",
        )],
    );
}

#[test]
fn an_avoided_act_stated_as_done_is_flagged() {
    let cases = [
        (
            "The board asked the club to avoid using the north pitch until the drains were fixed.",
            "The board asked the club to use the north pitch until the drains were fixed.",
            "use",
        ),
        (
            "Both sides said they hoped to avoid going to court over the drums.",
            "Both sides said they were prepared to go to court over the drums.",
            "go",
        ),
        (
            "Both sides said they hoped to avoid going to court over the drums.",
            "Both sides said they hoped to steer clear of going to court over the drums.",
            "",
        ),
        (
            "The team worked from ropes to avoid compacting the soil over the roots.",
            "The team worked from ropes so as to avoid compacting the soil over the roots.",
            "",
        ),
    ];
    assert_cases("polarity-drift", &cases);
}
