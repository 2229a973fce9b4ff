//! Every rule's documented examples behave as documented: the bad one is
//! flagged by that rule, the good one is not.

use spincheck::checks::registry;
use spincheck::config::Config;
use spincheck::corpus::Article;
use spincheck::engine::check_against;
use spincheck::finding::Finding;

mod duplicate_sentence;
mod entity_drift_case;
mod entity_drift_quotes;
mod entity_drift_roles;
mod entity_drift_spelling;
mod entity_drift_titles;
mod fragment_cuts;
mod fragment_pieces;
mod fragment_whole;
mod garbled_phrase_again;
mod garbled_phrase_batch_28;
mod garbled_phrase_batch_29;
mod garbled_phrase_batch_30;
mod garbled_phrase_batch_31;
mod garbled_phrase_batch_32;
mod garbled_phrase_batch_33;
mod garbled_phrase_batch_34;
mod garbled_phrase_batch_35;
mod garbled_phrase_batch_36;
mod garbled_phrase_batch_37;
mod garbled_phrase_batch_38;
mod garbled_phrase_batch_39;
mod garbled_phrase_batch_40;
mod garbled_phrase_batch_41;
mod garbled_phrase_batch_42;
mod garbled_phrase_batch_43;
mod garbled_phrase_batch_44;
mod garbled_phrase_batch_45;
mod garbled_phrase_batch_46;
mod garbled_phrase_batch_47;
mod garbled_phrase_batch_47_swaps;
mod garbled_phrase_batch_48;
mod garbled_phrase_batch_49;
mod garbled_phrase_batch_50;
mod garbled_phrase_batch_51;
mod garbled_phrase_batch_52;
mod garbled_phrase_batch_53;
mod garbled_phrase_batches_13_to_16;
mod garbled_phrase_batches_17_to_20;
mod garbled_phrase_batches_21_to_24;
mod garbled_phrase_batches_25_to_28;
mod garbled_phrase_batches_2_to_7;
mod garbled_phrase_batches_8_to_11;
mod garbled_phrase_clean;
mod garbled_phrase_evidence;
mod garbled_phrase_idioms;
mod garbled_phrase_multi;
mod garbled_phrase_passes;
mod garbled_phrase_right_sense;
mod garbled_phrase_single;
mod garbled_phrase_speech_frame;
mod garbled_phrase_spelling_variants;
mod garbled_phrase_swaps_by_form;
mod garbled_phrase_swaps_by_topic;
mod garbled_phrase_term_heads;
mod garbled_phrase_term_word_elsewhere;
mod garbled_phrase_terms;
mod garbled_phrase_verb_object;
mod garbled_phrase_verb_object_shapes;
mod garbled_phrase_verb_senses;
mod garbled_phrase_vouching;
mod garbled_phrase_word_forms;
mod handoffs;
mod meaning_drift_attitudes;
mod meaning_drift_attribution;
mod meaning_drift_bounds;
mod meaning_drift_causes;
mod meaning_drift_claim_words;
mod meaning_drift_claimed;
mod meaning_drift_clauses;
mod meaning_drift_decisions;
mod meaning_drift_degree;
mod meaning_drift_duties;
mod meaning_drift_examined;
mod meaning_drift_findings;
mod meaning_drift_forecasts;
mod meaning_drift_handoffs;
mod meaning_drift_hedge_nouns;
mod meaning_drift_hedged_verbs;
mod meaning_drift_hedges_added;
mod meaning_drift_hedges_dropped;
mod meaning_drift_hedges_kept;
mod meaning_drift_holders;
mod meaning_drift_judged;
mod meaning_drift_kept_frames;
mod meaning_drift_kept_plans;
mod meaning_drift_margins;
mod meaning_drift_misquoted;
mod meaning_drift_modality;
mod meaning_drift_near;
mod meaning_drift_nearest_clause;
mod meaning_drift_no_hedge;
mod meaning_drift_nouns;
mod meaning_drift_open_plans;
mod meaning_drift_own_beliefs;
mod meaning_drift_paraphrase_guards;
mod meaning_drift_partial_denials;
mod meaning_drift_parties;
mod meaning_drift_permission;
mod meaning_drift_placement;
mod meaning_drift_plans;
mod meaning_drift_possibilities;
mod meaning_drift_precision;
mod meaning_drift_probes;
mod meaning_drift_promises;
mod meaning_drift_pronoun_speakers;
mod meaning_drift_quantifiers;
mod meaning_drift_ranks;
mod meaning_drift_readings;
mod meaning_drift_recall;
mod meaning_drift_recall_stances;
mod meaning_drift_reports_dropped;
mod meaning_drift_required;
mod meaning_drift_restated;
mod meaning_drift_rewordings;
mod meaning_drift_scales;
mod meaning_drift_scope;
mod meaning_drift_senses_kept;
mod meaning_drift_shares;
mod meaning_drift_speaker_heads;
mod meaning_drift_speech;
mod meaning_drift_split_attribution;
mod meaning_drift_spun_hedges;
mod meaning_drift_stance_batch;
mod meaning_drift_stances;
mod meaning_drift_suggested;
mod meaning_drift_telling;
mod meaning_drift_told_elsewhere;
mod meaning_drift_views;
mod meaning_drift_weighed;
mod meaning_drift_widened;
mod meaning_drift_wishes;
mod misquote;
mod number_drift_changed;
mod number_drift_counts;
mod number_drift_dates;
mod number_drift_durations;
mod number_drift_kinds;
mod number_drift_levels;
mod number_drift_restyled;
mod number_drift_shares;
mod number_drift_sport;
mod number_drift_units;
mod number_drift_worded_units;
mod number_drift_worked_out;
mod number_drift_written;
mod omitted_content;
mod polarity_drift_affirmed;
mod polarity_drift_alternatives;
mod polarity_drift_assent;
mod polarity_drift_bounds;
mod polarity_drift_careful;
mod polarity_drift_careful_more;
mod polarity_drift_carried;
mod polarity_drift_clauses;
mod polarity_drift_closed;
mod polarity_drift_comparisons;
mod polarity_drift_conditions;
mod polarity_drift_context;
mod polarity_drift_converses;
mod polarity_drift_curated;
mod polarity_drift_cut_down;
mod polarity_drift_de_morgan;
mod polarity_drift_decisions;
mod polarity_drift_denied_words;
mod polarity_drift_denying_words;
mod polarity_drift_dissent;
mod polarity_drift_doubled;
mod polarity_drift_dropped;
mod polarity_drift_figures;
mod polarity_drift_fixed_words;
mod polarity_drift_framed_options;
mod polarity_drift_given_up;
mod polarity_drift_idioms;
mod polarity_drift_kept_or_ended;
mod polarity_drift_movements;
mod polarity_drift_negative_words;
mod polarity_drift_news_opposites;
mod polarity_drift_opposites_batch;
mod polarity_drift_others;
mod polarity_drift_paraphrases;
mod polarity_drift_predicate_opposites;
mod polarity_drift_prefixes;
mod polarity_drift_quantifiers;
mod polarity_drift_read_once;
mod polarity_drift_reassigned;
mod polarity_drift_recall;
mod polarity_drift_refusals;
mod polarity_drift_replaced;
mod polarity_drift_restated;
mod polarity_drift_restated_denials;
mod polarity_drift_scope_words;
mod polarity_drift_settled;
mod polarity_drift_shapes;
mod polarity_drift_stances;
mod polarity_drift_synonym_denier;
mod polarity_drift_time_bounds;
mod polarity_drift_timing;
mod polarity_drift_trials;
mod polarity_drift_word_opposites;
mod punctuation;
mod repetition;
mod spelling;
mod unsupported_content;

/// Every finding of `suspect` checked against `source` (none when empty).
fn findings(suspect: &str, source: &str) -> Vec<Finding> {
    let article = Article {
        id: "example".into(),
        path: "example".into(),
        title: "example".into(),
        text: source.into(),
    };
    let with_source = (!source.is_empty()).then_some((&article, 1.0));
    check_against("example", suspect, with_source, &Config::default()).findings
}

/// The texts of `rule`'s findings on `suspect` checked against `source`.
fn findings_of(rule: &str, suspect: &str, source: &str) -> Vec<String> {
    findings(suspect, source)
        .into_iter()
        .filter(|f| f.rule == rule)
        .map(|f| f.text)
        .collect()
}

/// The texts of `rule`'s findings on tune pair `name` of the labeled set,
/// for behaviour that shows only in a whole article.
fn eval_pair_findings(rule: &str, name: &str) -> Vec<String> {
    let pair = format!("{}/eval/tune/{name}", env!("CARGO_MANIFEST_DIR"));
    let read = |f: &str| std::fs::read_to_string(format!("{pair}/{f}")).expect("eval pair");
    findings_of(rule, &read("suspect.txt"), &read("source.txt"))
}

/// Each case's suspect gets exactly one finding of `rule`, on the given text,
/// or none when the text is empty.
fn assert_cases(rule: &str, cases: &[(&str, &str, &str)]) {
    for &(source, suspect, flagged) in cases {
        let found = findings_of(rule, suspect, source);
        let expected: Vec<String> = [flagged]
            .iter()
            .filter(|w| !w.is_empty())
            .map(|w| w.to_string())
            .collect();
        assert_eq!(found, expected, "{suspect}");
    }
}

/// Every case's suspect gets at least one finding of `rule`.
fn assert_flagged(rule: &str, cases: &[(&str, &str)]) {
    for &(source, suspect) in cases {
        assert!(!findings_of(rule, suspect, source).is_empty(), "{suspect}");
    }
}

/// No case's suspect gets a finding of `rule`.
fn assert_clean(rule: &str, cases: &[(&str, &str)]) {
    for &(source, suspect) in cases {
        assert_cases(rule, &[(source, suspect, "")]);
    }
}

/// One invented sentence under a headline, as an article.
fn article(sentence: &str) -> String {
    format!("Council news\n\n{sentence}\n")
}

/// Each (source, suspect) sentence pair, as articles.
fn articles(cases: &[(&str, &str)]) -> Vec<(String, String)> {
    cases
        .iter()
        .map(|(a, b)| (article(a), article(b)))
        .collect()
}

/// [`assert_clean`] and [`assert_flagged`] on sentence pairs.
fn assert_sentences(rule: &str, clean: &[(&str, &str)], flagged: &[(&str, &str)]) {
    fn refs(v: &[(String, String)]) -> Vec<(&str, &str)> {
        v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
    }
    let (clean, flagged) = (articles(clean), articles(flagged));
    assert_clean(rule, &refs(&clean));
    assert_flagged(rule, &refs(&flagged));
}

#[test]
fn bad_examples_are_flagged_and_good_ones_pass() {
    for check in registry::all() {
        let r = check.rule();
        let bad = findings_of(r.id, r.example_bad, r.example_source);
        assert!(!bad.is_empty(), "{}: bad example not flagged", r.id);
        let good = findings_of(r.id, r.example_good, r.example_source);
        assert!(good.is_empty(), "{}: good example flagged: {good:?}", r.id);
    }
}
