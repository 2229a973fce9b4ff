//! fragment: a sentence that drops a phrase, adjunct or clause but stays whole is no cut, and the
//! endings that close a sentence.

use super::*;

#[test]
fn a_preposition_stranded_after_something_ends_a_sentence() {
    assert_clean(
        "fragment",
        &[
            (
                "The minister said the board would review the ferry timetable.",
                "The minister said the ferry timetable was something the board would look into.",
            ),
            (
                "The levees were never built for a storm of this strength.",
                "A storm of this strength was not something they were built for.",
            ),
        ],
    );
    assert_flagged(
        "fragment",
        &[(
            "The board said something about the plan to sell the depot.",
            "The board said something about the plan to.",
        )],
    );
}

#[test]
fn a_count_whose_noun_the_sentence_already_gave_is_no_cut() {
    assert_clean(
        "fragment",
        &[(
            "At 41 of the sites, bleaching rates did not fall at all, and at nine sites they rose.",
            "Bleaching rates failed to fall at all at 41 of the sites, and went up at nine.",
        )],
    );
    assert_clean(
        "meaning-drift",
        &[(
            "Her team estimates that this explanation is less likely but cannot rule it out.",
            "Her team judges this explanation less likely but cannot rule it out.",
        )],
    );
}

#[test]
fn an_adjective_left_for_a_dropped_ones_is_no_cut() {
    let source = "Moth count\n\nVolunteers counted 30 moths in the lit gardens, compared with 12 in the unlit ones. The count ran for a week.";
    let elided = "Moth count\n\nVolunteers counted 30 moths in the lit gardens, against 12 in the unlit. The count ran for a week.";
    assert!(findings_of("fragment", elided, source).is_empty());
    let source = "Moth count\n\nVolunteers counted 30 moths in the lit gardens and 12 in the unlit meadows. The count ran for a week.";
    let cut = "Moth count\n\nVolunteers counted 30 moths in the lit gardens and 12 in the unlit. The count ran for a week.";
    assert_eq!(findings_of("fragment", cut, source).len(), 1);
}

#[test]
fn a_dropped_closing_yet_is_no_cut() {
    let source = "Parade plans\n\nThe mayor said the parade was going well. She would not call it a triumph yet, she added.";
    let suspect = "Parade plans\n\nThe mayor said the parade was going well. She would not call it a triumph.";
    assert!(findings_of("fragment", suspect, source).is_empty());
    let source = "Parade plans\n\nThe mayor said the parade was going well. The crew fitted a backup generator.";
    let cut = "Parade plans\n\nThe mayor said the parade was going well. The crew fitted a backup.";
    assert_eq!(findings_of("fragment", cut, source).len(), 1);
}

#[test]
fn a_sentence_ending_on_there_would_be_is_whole() {
    assert_clean(
        "fragment",
        &[(
            "The bank said about 410 jobs could be affected. It did not say how many redundancies would be made.",
            "The bank said roughly 410 jobs might be affected. It gave no figure for how many redundancies there would be.",
        )],
    );
}

#[test]
fn a_particle_before_a_dropped_adjunct_is_no_cut() {
    let source = "Tram halted\n\nThe tram stopped near the depot. A warning lamp came on in the driver's cab. Two schools will remain closed on Monday.";
    let suspect = "Tram halted\n\nThe tram stopped near the depot. A warning lamp came on. Two schools will remain closed on.";
    assert_eq!(
        findings_of("fragment", suspect, source),
        ["Two schools will remain closed on."]
    );
}

#[test]
fn an_adjective_noun_before_a_dropped_adjunct_is_no_cut() {
    let source = "Cup crowd\n\nOrganisers counted 5,200 fans, the largest for the final since 2009. The bridge has been closed to heavy vehicles since June.";
    let suspect = "Cup crowd\n\nOrganisers counted 5,200 fans for the final. The bridge has been closed to heavy.";
    assert_eq!(
        findings_of("fragment", suspect, source),
        ["The bridge has been closed to heavy."]
    );
}

#[test]
fn a_possessive_owning_a_noun_named_before_is_no_cut() {
    let source = "Fundraising\n\nPell's campaign raised $3 million, more than Varga's campaign did. The turnout was lower than at last month's vote.";
    let suspect = "Fundraising\n\nPell's campaign raised $3 million, more than Varga's. The turnout was lower than at last month's.";
    assert_eq!(
        findings_of("fragment", suspect, source),
        ["The turnout was lower than at last month's."]
    );
}

#[test]
fn an_infinitive_that_needs_no_object_is_no_cut() {
    let source = "Ruling\n\nThe landlord has 21 days to pay the arrears. Crews used ladders to reach the stranded walkers.";
    let suspect = "Ruling\n\nThe landlord has 21 days to pay. Crews used ladders to reach.";
    assert_eq!(
        findings_of("fragment", suspect, source),
        ["Crews used ladders to reach."]
    );
}

#[test]
fn until_a_time_phrase_and_a_reworded_article_phrase_are_no_fragments() {
    assert!(
        findings_of(
            "fragment",
            "The club won on Sunday. Until this season they had never reached a final at home.",
            "",
        )
        .is_empty()
    );
    assert_eq!(
        findings_of(
            "fragment",
            "The club won on Sunday. Until they had reached a final.",
            "",
        ),
        ["Until they had reached a final."]
    );
    assert_clean(
        "fragment",
        &[(
            "The keeper was ruled out on Friday with a wrist injury.",
            "The keeper was ruled out on Friday after breaking a wrist.",
        )],
    );
    assert_flagged(
        "fragment",
        &[(
            "The keeper was ruled out on Friday with a wrist injury.",
            "The keeper was ruled out on Friday with a wrist.",
        )],
    );
}

#[test]
fn fragment_noun_before_a_focused_adjunct_is_no_cut() {
    // The source goes on after "a claim" with "even if …": an adjunct the
    // rewrite dropped, not the rest of the noun phrase.
    let source = "The tenants' lawyer, Ruth Pardoe, said the delay could make it impossible \
to bring a claim even if new witnesses came forward.";
    let suspect = "The tenants' lawyer, Ruth Pardoe, said the delay would make it impossible \
to bring a claim.";
    assert!(findings_of("fragment", suspect, source).is_empty());
}

/// A sentence that ends on its attribution in the present tense is whole,
/// whatever the source put after the verb.
#[test]
fn an_attribution_in_the_present_ends_a_sentence() {
    assert_clean(
        "fragment",
        &[
            (
                "Officials believe the water is safe to drink after the repairs.",
                "The water is safe to drink after the repairs, officials believe.",
            ),
            (
                "Analysts expect prices to fall again in the spring.",
                "Prices will fall again in the spring, analysts expect.",
            ),
        ],
    );
}

/// A phrase after an article that is whole ("by a third", "a year") ends a
/// sentence though the source went on with a clause of its own ("because
/// …", "once …"): the rewrite dropped the clause, it did not cut the phrase.
#[test]
fn a_whole_phrase_before_a_dropped_clause_ends_a_sentence() {
    assert_clean(
        "fragment",
        &[
            (
                "The court heard the case on Monday. She reduced the fine by a third because the company had pleaded guilty at the first opportunity.",
                "The court heard the case on Monday. She cut the fine by a third.",
            ),
            (
                "The trust opened a new surgical hub in August and expected it to treat 9,000 extra patients a year once fully staffed.",
                "The trust opened a new surgical hub in August, which treats 9,000 extra patients a year.",
            ),
        ],
    );
}

/// Words that closed the source's subject, its verb after them, end a
/// suspect's clause whole ("register of them exists" → "there is no
/// register of them."), as does a participle after "than" ("fewer buyers
/// than expected").
#[test]
fn a_moved_subject_or_an_elliptical_comparison_ends_a_sentence() {
    assert_clean(
        "fragment",
        &[
            (
                "Forest schools have grown quickly in Britain over the past decade, though no official register of them exists.",
                "Forest schools have spread rapidly across Britain in the last ten years, although there is no official register of them.",
            ),
            (
                "FENWICK, June 16 (Wire) - Fewer buyers than expected turned up at the livestock auction.",
                "FENWICK, June 16 (Wire) - The livestock auction drew fewer buyers than expected.",
            ),
        ],
    );
}

/// Whole sentences that end or open like cut ones: a time phrase ending on
/// "then", an adjective written with its "of" ("unheard of"), a clause with a
/// verb of its own after the source's reporting verb, a plain present verb
/// after a plural ("Applications usually take"), "Until now it has …", and an
/// infinitive that is the subject of "was".
#[test]
fn whole_sentences_that_look_cut_are_not_fragments() {
    assert_clean(
        "fragment",
        &[
            (
                "The blight reached the valley in 2019. Since then, about 800 hectares of spruce have been felled, the agency said.",
                "The blight reached the valley in 2019. About 800 hectares of spruce have been felled since then.",
            ),
            (
                "The ranger said owls nesting in church towers were uncommon but not unknown.",
                "Owls nesting in church towers are uncommon but not unheard of.",
            ),
            (
                "The club opened in May. Neighbours say at least 12 windows have been broken by stray balls since the spring.",
                "The club opened in May. At least 12 windows have been broken by stray balls since the spring.",
            ),
            (
                "The scheme opened in May. Applications usually take between 20 and 30 days to process, the clerk said.",
                "The scheme opened in May. Applications usually take between 20 and 30 days to process.",
            ),
            (
                "\"We looked at every option. Until now the water has simply been poured away.\"",
                "\"We studied every option. Until now it has just been poured away.\"",
            ),
            (
                "The thieves struck overnight. \"To find bare frames where the bells hung yesterday was a blow to us all.\"",
                "The thieves struck overnight. \"To see bare frames where the bells hung yesterday was a blow to us all.\"",
            ),
        ],
    );
    // With the false cut gone, the dropped attribution is reported.
    let source = "The blight reached the valley in 2019. Since then, about 800 hectares of spruce have been felled, according to the agency.";
    let suspect = "The blight reached the valley in 2019. About 800 hectares of spruce have been felled since then.";
    assert_eq!(findings_of("meaning-drift", suspect, source).len(), 1);
}

/// A sentence whose last words close a phrase of their own is whole even
/// where its source goes on after them: a modal read as a noun ("in the
/// will") or closing a comparison ("as … as they could"), a participle after
/// "as" ("as planned"), a two-word adverb ("so far") and the unit a figure is
/// counted per ("£19 a year"). The same endings where a phrase is left open
/// are cut.
#[test]
fn a_closed_phrase_ends_a_sentence_its_source_goes_on_after() {
    let pair = |source: &str, suspect: &str| {
        (
            format!("Village news\n\nThe hall reopened in May. {source}\n"),
            format!("Village news\n\nThe hall reopened in May. {suspect}\n"),
        )
    };
    let cases = [
        (
            "Under the will of a neighbour, each nephew received £5,000.",
            "Each nephew had been left £5,000 in the will.",
            "",
        ),
        (
            "The nephews contested the will, and their lawyers will appeal.",
            "The nephews contested the will, and their lawyers will.",
            "The nephews contested the will, and their lawyers will.",
        ),
        (
            "Her team kept as much of the old panelling as possible.",
            "Her team kept as much of the old panelling as they could.",
            "",
        ),
        (
            "Her team stopped work as they could not find oak.",
            "Her team stopped work as they could.",
            "Her team stopped work as they could.",
        ),
        (
            "Organisers said the fair would go ahead as planned this weekend.",
            "Organisers said the fair would go ahead this weekend as planned.",
            "",
        ),
        (
            "Crews cleared the road and covered the drains with sandbags.",
            "Crews cleared the road and covered.",
            "Crews cleared the road and covered.",
        ),
        (
            "The appeal has so far raised £8,400 for the roof.",
            "The appeal for the roof has brought in £8,400 so far.",
            "",
        ),
        (
            "The appeal has raised £8,400 for the roof of the old hall.",
            "The appeal has raised £8,400 for the roof of the old.",
            "The appeal has raised £8,400 for the roof of the old.",
        ),
        (
            "The council capped the charge at £19 a year per household.",
            "The council limited the charge to £19 a year.",
            "",
        ),
        (
            "The council set aside £19,000 for a second generator.",
            "The council set aside £19,000 for a second.",
            "The council set aside £19,000 for a second.",
        ),
    ];
    for (source, suspect, flagged) in cases {
        let (source, suspect) = pair(source, suspect);
        assert_cases("fragment", &[(&source, &suspect, flagged)]);
    }
}

#[test]
fn a_sentence_after_a_clock_time_is_judged_on_its_own() {
    // "6 a.m. Last year" ends a sentence, so only the cut second one is a fragment.
    assert_cases(
        "fragment",
        &[
            (
                "Flights are banned between 11 p.m. and 6 a.m. Last year the airport handled \
                 5,310 of them, out of about 142,000 flights in total.",
                "Flights are banned between 11 p.m. and 5 a.m. Last year the airport handled \
                 5,310 of them, out of.",
                "Last year the airport handled 5,310 of them, out of.",
            ),
            (
                "Taps run dry from 10 p.m. to 6 a.m. on Monday, the utility said.",
                "Taps run dry from 10 p.m. to 6 a.m. on Monday, the utility said.",
                "",
            ),
        ],
    );
}
