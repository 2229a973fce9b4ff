//! Dropping findings too weak to stand alone.

use super::{
    BROKEN_COMPOUND, BROKEN_PHRASE, FIXED_TERM_BROKEN, FIXED_TERM_SWAPPED, LIGHT_OBJECT_LOST,
    MASS_PLURAL, MINOR_SENSE_MODIFIER, NOUN_AS_ADJECTIVE, NOUN_AS_VERB, OBJECT_SENSE_LOST,
    OTHER_WORD, PREPOSITION_LOST, RARE_SENSE, RARER, RARER_MODIFIER, REPLACED_MODIFIER,
    SPEECH_LOST, SPUN_SENSE, SWAPPED_TERM, SYNONYM_BREAKS_PHRASE, UNSEEN_AFTER, VERB_AS_NOUN,
    VERB_IN_COMPOUND,
};
use crate::finding::Diagnostic;
use crate::text::Document;

/// Findings too weak to stand alone, which cannot vouch for a shared rare sense.
const WEAK: &[&str] = &[
    RARE_SENSE,
    BROKEN_PHRASE,
    REPLACED_MODIFIER,
    SYNONYM_BREAKS_PHRASE,
    UNSEEN_AFTER,
];

/// Findings too weak to vouch for a [`REPLACED_MODIFIER`]: alone, a word
/// never seen after the word before it, a shared rare sense and a much rarer
/// word (a careful writer's one vivid word) are the likeliest of all to be a
/// careful choice.
const FAINT: &[&str] = &[RARE_SENSE, RARER, UNSEEN_AFTER];

/// Findings that a collocation broken by a non-synonym cannot lean on: the
/// weak ones and a much rarer word, as often one careful rewording of the
/// sentence.
const BROKEN_ONLY: &[&str] = &[RARE_SENSE, RARER, SYNONYM_BREAKS_PHRASE, UNSEEN_AFTER];

/// Findings that a word never seen after the word before it cannot lean on:
/// besides the broken collocations, a much rarer word (as often one vivid
/// choice) and a term swapped word for word, whose rewording of a noun term
/// leaves the words around it as they were.
const UNSEEN_ONLY: &[&str] = &[
    RARER,
    BROKEN_PHRASE,
    SYNONYM_BREAKS_PHRASE,
    UNSEEN_AFTER,
    SWAPPED_TERM,
];

/// Findings that a synonym breaking a collocation cannot lean on: two
/// collocations broken side by side ("pay" → "foot the bill", "remain" →
/// "linger") are as often one careful rewording, save two strong ones each
/// broken by a word that is no synonym ("plant" → "shrub" beside "running" →
/// "jogging"); nor can a shared rare sense or a much rarer word ("founded
/// in" → "instituted in" beside "stole" → "pilfered").
const COLLOCATION_ONLY: &[&str] = &[
    RARE_SENSE,
    RARER,
    BROKEN_PHRASE,
    SYNONYM_BREAKS_PHRASE,
    UNSEEN_AFTER,
];

/// Findings of a lone thesaurus slip, which says nothing of the words around
/// it: a curated spinner's swap, a listed fixed term broken or swapped word for
/// word, a fixed phrase broken by a word that is no synonym, a compound's
/// modifier in a minor sense, much rarer or replaced by a word that is no
/// synonym, an adjective for a noun, a noun for a verb, another word of the
/// original's stem, the plural of a mass noun, a verb's governed preposition
/// kept after a synonym that takes none, a verb put for a sense its object
/// rules out, a light verb's object noun put for one it takes not.
const LONE: &[&str] = &[
    SPUN_SENSE,
    FIXED_TERM_BROKEN,
    FIXED_TERM_SWAPPED,
    BROKEN_COMPOUND,
    MINOR_SENSE_MODIFIER,
    RARER_MODIFIER,
    NOUN_AS_ADJECTIVE,
    NOUN_AS_VERB,
    VERB_AS_NOUN,
    REPLACED_MODIFIER,
    VERB_IN_COMPOUND,
    OTHER_WORD,
    MASS_PLURAL,
    PREPOSITION_LOST,
    SPEECH_LOST,
    OBJECT_SENSE_LOST,
    LIGHT_OBJECT_LOST,
];

/// Findings that vouch for a word never seen after the word before it only
/// in its own paragraph: a shared rare sense, weak alone, one paragraph away
/// ("ended" → "landed" closing one, a rare sense opening the next) is as
/// often a careful rewording of each.
const OWN_PARAGRAPH: &[&str] = &[RARE_SENSE];

/// Bytes between two findings within which a garbled word vouches for the
/// rare-sense synonym beside it.
const BESIDE: usize = 24;

/// Bytes between two findings within which another garbled word vouches for a
/// broken collocation: about a sentence.
const NEARBY: usize = 160;

/// Drops findings whose evidence is weak alone: a shared rare sense needs
/// another garbled word beside it, one strong alone ("re-accelerated growth"
/// → "re-reverberated development"; two weak ones side by side, "begun
/// irrigating at night" → "watering crops after dark", are as often a careful
/// rewording of the whole phrase); a collocation broken by a non-synonym needs
/// another garbled word in the same stretch of text, as spun text has and
/// careful rewording ("pressure in" → "strain in") has not; so does a
/// compound's modifier replaced by a word that is no synonym, though not on
/// the word of a [`FAINT`] finding ("prison term" → "jail term" is as often a
/// careful choice). A [`LONE`] finding vouches for none, nor does a shared
/// rare sense for a broken collocation (both are weak alone: "as far away as"
/// → "as far afield as" beside a rare sense is one careful rewording), nor a
/// much rarer word for a broken collocation or a compound's replaced modifier,
/// nor a term swapped word for word for a word never seen after the one
/// before it, nor an [`OWN_PARAGRAPH`] finding for one in another paragraph
/// of `suspect`, nor a word for another put for the same source word
/// ([`same_source_word`]).
pub(super) fn corroborated(
    flagged: Vec<(&'static str, Diagnostic)>,
    suspect: &Document,
) -> Vec<Diagnostic> {
    let spans: Vec<(&str, &Diagnostic)> = flagged
        .iter()
        .filter(|(why, _)| !LONE.contains(why))
        .map(|(why, d)| (*why, d))
        .collect();
    let paragraph = |at: usize| {
        let s = suspect.sentences.partition_point(|s| s.end <= at);
        suspect.sentences.get(s).map(|s| s.paragraph)
    };
    let near = |d: &Diagnostic, reach: usize, too_weak: &[&str], own_paragraph: &[&str]| {
        spans.iter().any(|&(why, o)| {
            (o.start, o.end) != (d.start, d.end)
                && !same_source_word(o, d)
                && !too_weak.contains(&why)
                && (!own_paragraph.contains(&why) || paragraph(o.start) == paragraph(d.start))
                && (o.start.abs_diff(d.end) <= reach || d.start.abs_diff(o.end) <= reach)
        })
    };
    let verdicts: Vec<bool> = flagged
        .iter()
        .map(|(why, d)| match *why {
            RARE_SENSE => near(d, BESIDE, WEAK, &[]),
            REPLACED_MODIFIER => near(d, NEARBY, FAINT, &[]),
            BROKEN_PHRASE => near(d, NEARBY, BROKEN_ONLY, &[]),
            SYNONYM_BREAKS_PHRASE => near(d, NEARBY, COLLOCATION_ONLY, &[]),
            UNSEEN_AFTER => near(d, NEARBY, UNSEEN_ONLY, OWN_PARAGRAPH),
            _ => true,
        })
        .collect();
    flagged
        .into_iter()
        .zip(verdicts)
        .filter_map(|((_, d), kept)| kept.then_some(d))
        .collect()
}

/// Whether findings `a` and `b` put two suspect words for one source word
/// of one substitution (the same suggestion and the same source evidence):
/// a word reworded as a phrase ("not discussed" → "debated at length") is
/// one rewording, whose words cannot vouch for each other.
fn same_source_word(a: &Diagnostic, b: &Diagnostic) -> bool {
    a.suggestion.is_some() && a.suggestion == b.suggestion && a.source_text == b.source_text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flag(why: &'static str, at: usize, was: &str, evidence: &str) -> (&'static str, Diagnostic) {
        let d = Diagnostic::new(at, at + 6, format!("\"{was}\" became something: {why}"))
            .suggest(was)
            .evidence(evidence);
        (why, d)
    }

    /// How many of two findings [`corroborated`] keeps in one long paragraph.
    fn kept(a: (&'static str, Diagnostic), b: (&'static str, Diagnostic)) -> usize {
        corroborated(vec![a, b], &Document::new("word ".repeat(60))).len()
    }

    /// Two words put for one source word ("not discussed" → "debated at
    /// length") are one rewording: neither vouches for the other.
    #[test]
    fn words_for_one_source_word_do_not_vouch_for_each_other() {
        let discussed = || flag(BROKEN_PHRASE, 10, "discussed", "not discussed");
        let other = flag(BROKEN_PHRASE, 20, "discussed", "not discussed");
        assert_eq!(kept(discussed(), other), 0);
        let plant = flag(BROKEN_PHRASE, 20, "plant", "plant");
        assert_eq!(kept(discussed(), plant), 2);
    }

    /// A shared rare sense or a much rarer word, each as often a careful
    /// choice, vouches for no broken collocation; a look-alike does.
    #[test]
    fn a_rare_sense_does_not_vouch_for_a_broken_collocation() {
        let year = || flag(BROKEN_PHRASE, 10, "year", "a year");
        assert_eq!(kept(year(), flag(RARE_SENSE, 40, "sell", "sell")), 0);
        assert_eq!(kept(year(), flag(RARER, 40, "sell", "sell")), 1);
        let look_alike = flag(super::super::LOOK_ALIKE, 40, "sell", "sell");
        assert_eq!(kept(year(), look_alike), 2);
    }

    /// A much rarer word vouches for no compound's replaced modifier, a
    /// non-synonym breaking a fixed phrase for no weak finding at all.
    #[test]
    fn a_rarer_word_or_broken_fixed_phrase_vouches_for_no_modifier() {
        let bad = || flag(REPLACED_MODIFIER, 10, "bad", "bad weather");
        assert_eq!(kept(bad(), flag(RARER, 40, "sell", "sell")), 1);
        assert_eq!(
            kept(bad(), flag(BROKEN_COMPOUND, 40, "side", "side effects")),
            1
        );
        let far = || flag(UNSEEN_AFTER, 10, "far", "far away");
        assert_eq!(
            kept(far(), flag(BROKEN_COMPOUND, 40, "side", "side effects")),
            1
        );
        assert_eq!(
            kept(far(), flag(super::super::LOOK_ALIKE, 40, "sell", "sell")),
            2
        );
    }

    /// A term swapped word for word vouches for a broken collocation but not
    /// for a word never seen after the one before it.
    #[test]
    fn a_swapped_term_does_not_vouch_for_an_unseen_word() {
        let term = || flag(SWAPPED_TERM, 40, "takes effect", "takes effect");
        let far = flag(UNSEEN_AFTER, 10, "far", "far away");
        assert_eq!(kept(far, term()), 1);
        assert_eq!(kept(flag(BROKEN_PHRASE, 10, "year", "a year"), term()), 2);
    }

    /// A shared rare sense vouches for a word never seen after the one before
    /// it in its own paragraph, not in the next.
    #[test]
    fn a_rare_sense_vouches_for_an_unseen_word_in_its_own_paragraph_only() {
        let far = || flag(UNSEEN_AFTER, 10, "far", "far away");
        let sell = || flag(RARE_SENSE, 40, "sell", "sell");
        let one = Document::new("word ".repeat(20));
        assert_eq!(corroborated(vec![far(), sell()], &one).len(), 1);
        let two = Document::new(format!("{}\n\n{}", "word ".repeat(6), "word ".repeat(10)));
        assert_eq!(corroborated(vec![far(), sell()], &two).len(), 0);
        let look_alike = flag(super::super::LOOK_ALIKE, 40, "sell", "sell");
        assert_eq!(corroborated(vec![far(), look_alike], &two).len(), 2);
    }
}
