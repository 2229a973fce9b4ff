//! Judging one word-level substitution of an aligned sentence pair.

use super::collocation::{InContext, breaks_collocation, leads_phrasal_verb};
use super::content::{counterpart, in_name, is_content, written_as_name};
use super::evidence::{SOURCE_SENSES, common_sense, done_again, evidence, is_compound_of};
use super::fixed_term::{breaks_fixed_term, breaks_idiom, breaks_listed_idiom};
use super::kin::kin;
use super::speech_frame::speech_verb_lost;
use super::spun_phrase::spun_in_long_run;
use super::stranded::{adjective_as_head, stranded_adjective};
use super::verb_object::{light_object_broken, verb_object_broken};
use super::{
    FIXED_TERM_BROKEN, LIGHT_OBJECT_LOST, LOOK_ALIKE, MAX_UNITS, NOUN_AS_ADJECTIVE,
    OBJECT_SENSE_LOST, OTHER_FORM, RARER, SPEECH_LOST, SPUN_BREAKS_PHRASE, SPUN_SENSE,
    Substitution, swap_finding,
};
use crate::align::AlignedPair;
use crate::align::units::Units;
use crate::finding::Diagnostic;
use crate::lexicon::spun::{is_spun_sense, is_spun_sense_before, is_spun_sense_in};
use crate::lexicon::stance::{same_group, shift};
use crate::lexicon::{dictionary, wordnet};
use crate::text::Document;
use crate::text::words::{has_stem, stem};
use context::context_evidence;
use strength::strong;

mod context;
mod strength;

/// Similarity from which two words are one respelt ("spectators", "spectaters"),
/// not a swap: a run holding one is not a phrase swapped word for word.
const RESPELLING: f64 = 0.8;

/// Tokens either side of a source word searched for a word (or currency
/// sign) marking its sense.
const SENSE_REACH: usize = 4;

/// Longest source side (in units) of a substitution judged word by word.
const MAX_SOURCE_UNITS: usize = 6;

/// Judges one substitution and flags its garbled words.
pub(super) fn judge(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    swap: &Substitution,
    out: &mut Vec<(&'static str, Diagnostic)>,
) {
    let (e, in_quote) = (swap.edit, swap.quoted);
    let (theirs, ours) = (&swap.theirs, &swap.ours);
    if theirs.text.is_empty() {
        return;
    }
    if theirs.text.len() > MAX_SOURCE_UNITS || ours.text.len() > MAX_UNITS {
        if !in_quote {
            spun_in_long_run((doc, ours), (src, theirs), pair, e, out);
        }
        return;
    }
    // A figure's unit word ("220 million dollars" → "$220 million") is the
    // figure's, which number-drift judges: it is no word a neighbour replaced.
    let from: Vec<usize> = (0..theirs.text.len())
        .filter(|&k| is_content(src, theirs, k))
        .filter(|&k| {
            !pair
                .source_quantities(src)
                .iter()
                .any(|q| q.tokens.contains(&theirs.token[k]))
        })
        .collect();
    let to: Vec<usize> = (0..ours.text.len())
        .filter(|&k| is_content(doc, ours, k))
        .collect();
    // A hyphenated word ("pre-tax" → "pre-charge") is matched whole against
    // the table's hyphenated entries, which its parts alone never match: the
    // part changed ("tax" → "charge") is no swap by itself.
    let spun_compound = |j: usize, k: usize| {
        let (a, b) = (
            &src.tokens[theirs.token[j]].norm,
            &doc.tokens[ours.token[k]].norm,
        );
        (a.contains('-') || b.contains('-')) && is_spun_sense(a, b)
    };
    // A curated swap that is wrong only beside a word marking the source
    // word's sense ("charged with murder" → "billed with murder").
    let sentence = pair.source_tokens(src);
    let spun_in_context = |j: usize, k: usize| {
        let at = theirs.token[j];
        let near = at.saturating_sub(SENSE_REACH).max(sentence.start)
            ..(at + SENSE_REACH + 1).min(sentence.end);
        // A hyphenated word counts whole ("year-round") and by its parts.
        let near = src.tokens[near].iter().flat_map(|x| {
            let parts = x.norm.split('-').filter(|_| x.norm.contains('-'));
            std::iter::once(x.norm.as_str()).chain(parts)
        });
        is_spun_sense_in(&theirs.text[j], &ours.text[k], near)
    };
    // A curated swap may start from a function word ("said" → "quoth").
    let curated = |k: &usize| {
        (0..theirs.text.len()).any(|j| {
            is_spun_sense(&theirs.text[j], &ours.text[*k])
                || spun_compound(j, *k)
                || spun_in_context(j, *k)
        })
    };
    if to.is_empty() || from.is_empty() && !to.iter().any(curated) {
        return;
    }
    // A change of stance or polarity ("could fall" → "will fall") is another
    // rule's: beside it only a curated spinner's swap of another word counts
    // ("yields could fall" → "surrenders will fall"), and not the verb of a
    // shifted modal, reworded with it ("could lead" → "will drive").
    let shifted = |b: &str| {
        theirs
            .text
            .iter()
            .any(|a| shift(a, b).is_some() || wordnet::are_antonyms(a, b))
    };
    let stance_shift = ours.text.iter().any(|b| shifted(b));
    let (pair_source, pair_suspect) = (&pair.source_units, &pair.suspect_units);
    let figures = pair.suspect_quantities(doc);
    let source_words = theirs.words();
    // The finding for suspect word `k` put for source word `j`.
    let finding = |why, j: usize, k: usize| {
        let (token, source_token) = (ours.token[k], theirs.token[j]);
        swap_finding(
            why,
            (doc, token..token + 1),
            (src, source_token..source_token + 1),
            e.source.clone(),
        )
    };
    for &k in &to {
        let t = ours.text[k].as_str();
        // A figure is number-drift's, unless a spinner's table put it for a
        // word ("could double" → "could twofold").
        if figures.iter().any(|q| q.tokens.contains(&ours.token[k])) && !curated(&k) {
            continue;
        }
        // The words after the substitute, or the word just before it (past
        // a comma), may take it in the right sense ("rear fewer chicks",
        // "fell sick", "stalls, vending cheese").
        let spun_sense = |f: &str| {
            let at = ours.token[k];
            let before = doc
                .norm_before(at, 1)
                .filter(|w| *w != ",")
                .or_else(|| doc.norm_before(at, 2));
            let after = doc.tokens[at + 1..].iter();
            is_spun_sense_before(f, t, before, after.map(|x| x.norm.as_str()))
        };
        let misspelt_or_compound = !dictionary::is_known(t) || is_compound_of(t, &source_words);
        let same_direction = from.iter().any(|&j| {
            wordnet::direction(&theirs.text[j]).is_some_and(|d| wordnet::direction(t) == Some(d))
        });
        // A word of a name ("the New York Stock Exchange") is no word the
        // copy could have taken over ("trading" → "exchanging").
        let t_stem = stem(t);
        let in_source = pair_source
            .text
            .iter()
            .zip(&pair_source.token)
            .any(|(w, &u)| (w == t || has_stem(w, &t_stem)) && !in_name(src, u));
        let equivalent = from.iter().any(|&j| same_group(&theirs.text[j], t));
        let respelt = || dictionary::american_spelling(t).is_some();
        let token = ours.token[k];
        let name = || doc.is_capitalized(token) && written_as_name(src, &doc.tokens[token].norm);
        // A curated spinner's swap is garbled whatever the substitute's form:
        // a compound of the original ("tear" → "teardrop") or a British spelling
        // ("vulnerable" → "defenceless") still took the wrong sense.
        let spun = || curated(&k);
        let counterpart = counterpart(&from, &to, k);
        let kin = counterpart.and_then(|j| {
            kin((pair_source, theirs, j), (pair_suspect, ours, k)).map(|why| (j, why))
        });
        if let Some((j, why)) = kin.filter(|_| !in_quote && !name()) {
            out.push(finding(why, j, k));
            continue;
        }
        let in_context = |j: usize| {
            InContext::of(pair_source, theirs, j).zip(InContext::of(pair_suspect, ours, k))
        };
        // An adjective left heading a noun phrase is ungrammatical whatever
        // the meaning ("the whole of" → "the entire of").
        let head = |j| in_context(j).is_some_and(|(a, b)| adjective_as_head(&a, &b));
        if let Some(j) = counterpart.filter(|&j| !in_quote && !in_source && head(j)) {
            out.push(finding(NOUN_AS_ADJECTIVE, j, k));
            continue;
        }
        // A verb its object fixes in one sense, swapped for another of its
        // senses ("raised £500" → "elevated £500"), however close in WordNet;
        // or a light verb's object noun swapped for one the verb makes no
        // phrase with ("taken the decision" → "taken the choice").
        let object_lost = |j: usize| {
            let (ours, theirs) = ((doc, token), (src, theirs.token[j]));
            if verb_object_broken(ours, theirs) {
                Some((j, OBJECT_SENSE_LOST))
            } else {
                light_object_broken(ours, theirs).then_some((j, LIGHT_OBJECT_LOST))
            }
        };
        if let Some((j, why)) = counterpart
            .filter(|_| !in_quote && !in_source && !shifted(t))
            .and_then(object_lost)
        {
            out.push(finding(why, j, k));
            continue;
        }
        if (misspelt_or_compound || same_direction || equivalent || respelt()) && !spun()
            || in_source
            || name()
        {
            // A word the source sentence holds only elsewhere, not as a form
            // of the word it replaced, was not taken over when the swap
            // keeps a fixed term's other words in place ("Local councillor …
            // residents of nearby Slackhead" → "Nearby councillor"). An
            // opposite is polarity-drift's ("voluntary redundancy" →
            // "compulsory redundancy").
            let elsewhere = in_source
                && !name()
                && !shifted(t)
                && !theirs.text.iter().any(|w| w == t || has_stem(w, &t_stem));
            // A compound of the original word still breaks a fixed term
            // ("market towns" → "marketplace towns").
            let compound = is_compound_of(t, &source_words) && !in_source && !name();
            // So does any word put for a word of a listed idiom, even one
            // the stance lists hold equivalent ("came to light" → "came to
            // mild").
            let idiom = |j: usize| {
                (!in_source || elsewhere)
                    && !name()
                    && breaks_listed_idiom(
                        (pair_source, theirs.token[j]),
                        (pair_suspect, ours.token[k]),
                    )
            };
            if let Some(j) = counterpart.filter(|&j| {
                (compound || elsewhere)
                    && in_context(j).is_some_and(|(a, b)| breaks_fixed_term(&a, &b))
                    || idiom(j)
            }) {
                out.push(finding(FIXED_TERM_BROKEN, j, k));
            }
            continue;
        }
        let one_for_one = theirs.text.len() == ours.text.len();
        let phrase_swap = theirs.text.len() >= 2
            && one_for_one
            && theirs
                .text
                .iter()
                .zip(&ours.text)
                .all(|(a, b)| a == b || strsim::normalized_levenshtein(a, b) < RESPELLING);
        let synonym = from.iter().any(|&j| {
            let f = theirs.text[j].as_str();
            let phrasal = ours
                .text
                .get(k + 1)
                .map(|particle| format!("{t} {particle}"));
            wordnet::synonym_rank(f, t).is_some_and(|r| common_sense(r, phrase_swap))
                || phrasal.is_some_and(|p| {
                    wordnet::synonym_rank(f, &p).is_some_and(|(a, _)| a <= SOURCE_SENSES)
                })
        });
        let spun_function_word = || {
            (0..theirs.text.len())
                .find(|j| !from.contains(j) && spun_sense(&theirs.text[*j]))
                .map(|j| (j, SPUN_SENSE))
        };
        // "no plans to intervene" → "no intention of intervening": the
        // original word stands elsewhere in the sentence, moved, not swapped.
        let moved = |f: &str| {
            let f = stem(f);
            let count = |units: &Units| {
                let same = |w: &&String| has_stem(w, &f);
                units.text.iter().filter(same).count()
            };
            count(pair_suspect) >= count(pair_source)
        };
        // A curated swap from any word of the original outranks weaker
        // evidence against another ("involved in the research" → "engaged
        // with the exploration").
        let spun_swap = from.iter().find(|&&j| {
            let f = theirs.text[j].as_str();
            !moved(f) && (spun_sense(f) || spun_compound(j, k) || spun_in_context(j, k))
        });
        if stance_shift {
            let after_shift = k > 0 && shifted(&ours.text[k - 1]);
            if let Some(&j) = spun_swap.filter(|_| !shifted(t) && !after_shift) {
                out.push(finding(SPUN_SENSE, j, k));
            }
            continue;
        }
        // A curated swap that also breaks a strong collocation ("aimed at" →
        // "purified at") is evidence of both kinds: it stands alone, and it
        // vouches for a garbled word nearby as a broken phrase does.
        let spun_reason = |j: usize| {
            let breaks = !synonym
                && counterpart == Some(j)
                && in_context(j).is_some_and(|(a, b)| breaks_collocation(&a, &b));
            if breaks {
                SPUN_BREAKS_PHRASE
            } else {
                SPUN_SENSE
            }
        };
        // The word after the substitute, past the end of the swap too ("leaking
        // outlet valve" → "leaky outlet valve" leaves no adjective stranded).
        let next_word = || {
            ours.text.get(k + 1).map(String::as_str).or_else(|| {
                doc.tokens
                    .get(ours.token[k] + 1)
                    .filter(|x| x.is_wordlike())
                    .map(|x| x.norm.as_ref())
            })
        };
        let found = spun_swap.map(|&j| (j, spun_reason(j))).or_else(|| {
            from.iter().find_map(|&j| {
                let f = theirs.text[j].as_str();
                if moved(f) {
                    return None;
                }
                // A headline is rewritten whole ("Heatwave brings record heat" →
                // "Calderbury swelters in record heat"): a rarer word or a
                // look-alike there is another wording ("mild winter hits coat
                // sales" → "mild winter hurts coat sales"), not a thesaurus or
                // typing slip.
                let headline = || {
                    doc.sentence_of(ours.token[k])
                        .is_some_and(|s| doc.is_headline(s))
                };
                if !synonym
                    && let Some(why) = evidence(f, t, phrase_swap)
                    && (why != OTHER_FORM || (one_for_one && stranded_adjective(t, next_word())))
                    && !(why == LOOK_ALIKE && headline())
                    && !(why == RARER
                        && (headline()
                            || source_words.iter().any(|w| done_again(w, t))
                            || leads_phrasal_verb(
                                t,
                                doc.tokens.get(ours.token[k] + 1).map(|x| x.norm.as_str()),
                            )))
                {
                    return Some((j, why));
                }
                if counterpart != Some(j) {
                    return None;
                }
                let (a, b) = in_context(j)?;
                context_evidence(doc, ours.token[k], (&a, &b), (f, t), synonym).map(|why| (j, why))
            })
        });
        let idiom = counterpart.filter(|&j| {
            breaks_idiom(
                (pair_source, theirs.token[j]),
                (pair_suspect, ours.token[k]),
            )
        });
        let found = idiom.map(|j| (j, FIXED_TERM_BROKEN)).or(found);
        // A verb of speech swapped word for word for a word that reports
        // nothing ("He added that" → "He included that").
        let speech = counterpart.filter(|&j| {
            one_for_one
                && !synonym
                && speech_verb_lost((doc, ours.token[k]), (src, theirs.token[j]))
        });
        let found = found.or(speech.map(|j| (j, SPEECH_LOST)));
        let found = found.or_else(spun_function_word);
        if let Some((j, why)) = found.filter(|(_, why)| !in_quote || strong(why)) {
            out.push(finding(why, j, k));
        }
    }
}
