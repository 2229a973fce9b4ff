//! `garbled-phrase`: wrong-sense, look-alike, rare or ill-fitting substitutes, and
//! known tortured phrases.

mod collocation;
mod compound_sense;
mod lookalike;
mod spun_phrase;
mod stand_in;
mod stranded;
mod swapped_term;

use super::{Check, Context, Rule};
use crate::align::units::Units;
use crate::align::{AlignedPair, Edit};
use crate::finding::{Category, Diagnostic, Severity};
use crate::lexicon::frequency::{bigram_count, rank};
use crate::lexicon::spun::is_spun_sense;
use crate::lexicon::stance::{same_group, shift};
use crate::lexicon::{dictionary, tortured, wordnet};
use crate::text::Document;
use crate::text::names::{is_sentence_initial, is_title_case};
use crate::text::numbers::{Quantity, quantities};
use crate::text::tokens::TokenKind;
use crate::text::words::{is_stopword, shares_root, stem};
use collocation::{
    COMMON_PAIR, InContext, abandons_collocation, breaks_collocation, breaks_compound,
    breaks_phrasal_verb, breaks_term, unseen_after,
};
use compound_sense::minor_sense_modifier;
use lookalike::looks_alike;
use stand_in::stand_ins;
use std::cell::OnceCell;
use std::ops::Range;
use stranded::{noun_read_as_adjective, stranded_adjective};
use swapped_term::swapped_terms;

/// Flags substitutions a careful paraphrase would not make.
pub struct GarbledPhrase;

static RULE: Rule = Rule {
    id: "garbled-phrase",
    category: Category::Wording,
    default_severity: Severity::Warning,
    needs_source: false,
    summary: "A word swapped for a wrong-sense, look-alike, rare or ill-fitting substitute, or a known tortured phrase",
    explanation: "Each word-level substitution of an aligned sentence is judged. A swap from a \
curated table of spinners' wrong-sense synonyms (shares → offers, journal → diary, expected to → \
relied upon to, said → quoth) is flagged outright, and so is a phrase from a curated table of spinners' \
stand-ins for a word or term (fruit → natural product, hospital → emergency clinic). Otherwise a substitute that WordNet lists as a synonym (said → stated, biggest → largest) passes (within a phrase \
swapped word for word, only in a common sense of both words), and so does a word found \
elsewhere in the source sentence, a compound of a source word (car makers → automakers) or an equivalent from the stance lists (expected → \
estimated). A synonym is still flagged when it breaks a fixed phrase (joint venture → joint \
adventure) or, beside another garbled word, is cut off \
from the preposition the original was tied to (founded in → instituted in; alone, as often a \
careful choice: closed to traffic → shut to traffic). A verb of a phrasal verb swapped for a \
thesaurus synonym that keeps the particle, making no phrasal verb WordNet or the bigram counts \
know, is flagged (rule it out → govern it out, let them down → allow them down; cut back → \
scaled back passes). Any other substitute is flagged when there \
is evidence of garbling: it shares only a rare sense with the original where a phrase was \
swapped word for word beside another garbled word, one that is garbled on its own evidence (AI-driven growth → AI-operated \
development; not beside a mere broken collocation: stole data of 1.3 million customers → swiped information of 1.3 \
million clients), it merely looks like it (gloom → doom; neither among the commonest words nor a form of one: spent → slept passes), it is the \
same root as an adjective left with no noun to modify (as a precaution after → as a \
precautionary after; a sentence rebuilt round another form of the root passes: abstentions → \
four abstained, electoral officials → election officials), it is an adjective put for a noun \
after an article, with no noun to modify (arrested the criminal in → arrested the illicit in; \
heatwaves this intense passes), it is much rarer than the original and so is its base form (re-accelerated → \
re-reverberated), or it breaks a strong collocation the original formed with its neighbours \
(aimed at → purified for, focus on → attention on, be eligible → be worthy; never seen after \
the word before it: final set → deciding set) while another garbled word stands in the same \
stretch of text: alone, a broken collocation is as often a careful rewording (pressure in → \
strain in). A look-alike counts only when much rarer than \
the original and a letter away or past the commonest 10,000 words, or a letter or two from a \
rare one (barred → banned and lines → pipes pass). A noun term (two words far more \
often together than chance, or a WordNet compound: closing price) whose two words were each \
swapped for a thesaurus synonym, giving a pair never counted together, is flagged as a whole \
(heating system → warming framework; corner shops for convenience stores passes), and so is \
a non-synonym that breaks a fixed phrase with its unchanged neighbour (side effects → side \
impacts), or one word of a WordNet compound noun swapped for a synonym only as a verb, giving \
a pair neither WordNet nor the bigram counts know (night shifts → night changes; freight \
trains → cargo trains passes), or its first word swapped for a synonym sharing a sense further \
down the word's senses than the substitute's, a sense the compound does not carry (soft drink → \
gentle drink, dead end → idle end; back entrance → rear entrance passes). A compound noun put for one word that WordNet lists as its \
synonym only in a sense past the word's first is flagged (surgery → surgical procedure; \
workforce → labor force passes). A British \
spelling of a word is that word, and a word either text writes capitalised inside a sentence is \
a name, even where it starts one. Known tortured \
phrases from the Problematic Paper Screener list (\"counterfeit consciousness\" for \
\"artificial intelligence\") are flagged even without a source.",
    example_source: "Investors saw years of gloom before the recovery.",
    example_bad: "Investors saw years of doom before the recovery.",
    example_good: "Investors saw years of gloom before the rebound.",
};

/// In a phrase swap, a shared sense makes a good synonym when it is among the
/// original's first `SOURCE_SENSES` senses and the substitute's first
/// `SUBSTITUTE_SENSES`: readers take a word in its usual senses.
const SOURCE_SENSES: u8 = 5;

/// See [`SOURCE_SENSES`].
const SUBSTITUTE_SENSES: u8 = 2;

/// A WordNet synonym passes when it replaces one word: which of its senses the
/// original had is a matter of context that sense ranks do not settle (on
/// independent rewrites, "cleared" → "acquitted" and "heavy" → "weighty" share
/// ranks alike). Where a run of words is swapped one for one, as spinners swap
/// whole phrases ("AI-driven growth" → "AI-operated development"), a synonym
/// must share a common sense of both words.
fn common_sense((from, to): (u8, u8), phrase_swap: bool) -> bool {
    !phrase_swap || (from <= SOURCE_SENSES && to <= SUBSTITUTE_SENSES)
}

/// A substitute this many times rarer than the original (and past `RARE_RANK`) is rare.
const RARITY_FACTOR: u32 = 2;

/// Frequency rank past which the base form of a rare word must lie too: an
/// inflection of a common word ("costlier": "costly") is not rare.
const RARE_FAMILY_RANK: u32 = 30_000;

/// Frequency rank past which a word counts as rare.
const RARE_RANK: u32 = 60_000;

/// A collocation this many times weaker than the original's breaks the phrase.
const COLLOCATION_FACTOR: u64 = 10;

/// Bigram count from which an original collocation counts as strong.
const STRONG_COLLOCATION: u64 = 50_000_000;

/// Similarity from which two words are one respelt ("spectators", "spectaters"),
/// not a swap: a run holding one is not a phrase swapped word for word.
const RESPELLING: f64 = 0.8;

/// A tortured phrase this common as a plain English bigram may be legitimate.
const COMMON_BIGRAM: u64 = 20_000_000;

/// Longest suspect side (in units) of a substitution judged word by word.
const MAX_UNITS: usize = 4;

/// Longest source side (in units) of a substitution judged word by word.
const MAX_SOURCE_UNITS: usize = 6;

impl Check for GarbledPhrase {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        tortured_phrases(ctx, out);
        let Some(source) = ctx.source else { return };
        let quoted = quoted_tokens(ctx.suspect);
        let mut flagged = Vec::new();
        for pair in &source.alignment.pairs {
            flagged.extend(
                spun_phrase::findings(ctx.suspect, source.doc, pair)
                    .into_iter()
                    .map(|d| (SPUN_SENSE, d)),
            );
            swapped_terms(ctx.suspect, source.doc, pair, &quoted, &mut flagged);
            stand_ins(ctx.suspect, source.doc, pair, &quoted, &mut flagged);
            let figures = OnceCell::new();
            for e in pair.substitutions() {
                let in_quote = e.suspect.clone().any(|t| quoted[t]);
                judge(
                    ctx.suspect,
                    source.doc,
                    pair,
                    e,
                    in_quote,
                    &figures,
                    &mut flagged,
                );
            }
        }
        out.extend(corroborated(flagged));
        out.sort_by_key(|d| (d.start, std::cmp::Reverse(d.end)));
        out.dedup_by(|later, kept| later.start < kept.end);
    }
}

/// Which tokens stand inside a quotation: there misquote already reports every
/// change, so a shared rare sense alone is not enough to call a word garbled.
fn quoted_tokens(doc: &Document) -> Vec<bool> {
    let mut quoted = vec![false; doc.tokens.len()];
    for q in &doc.quotes.quotes {
        quoted[q.inner()].fill(true);
    }
    quoted
}

/// Known tortured phrases in the suspect that its source does not use itself.
fn tortured_phrases(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let doc = ctx.suspect;
    let units = Units::new(doc, 0..doc.tokens.len());
    let words = units.words();
    let source_words: Option<Vec<String>> = ctx
        .source
        .map(|s| Units::new(s.doc, 0..s.doc.tokens.len()).text);
    let mut k = 0;
    while k < words.len() {
        let Some(t) = tortured::match_at(&words, k) else {
            k += 1;
            continue;
        };
        let len = t.words.len();
        let in_source = source_words.as_ref().is_some_and(|s| {
            s.windows(len)
                .any(|w| w.iter().map(String::as_str).eq(t.words.iter().copied()))
        });
        let common = len == 2 && bigram_count(t.words[0], t.words[1]) >= COMMON_BIGRAM;
        if !in_source && !common {
            let (start, end) = doc.token_span(units.tokens(k..k + len));
            out.push(
                Diagnostic::new(
                    start,
                    end,
                    format!(
                        "tortured phrase: \"{}\" garbles \"{}\"",
                        &doc.text[start..end],
                        t.expected
                    ),
                )
                .suggest(t.expected),
            );
        }
        k += len;
    }
}

/// Why a substitute looks garbled, if it does.
fn evidence(from: &str, to: &str, phrase_swap: bool) -> Option<&'static str> {
    if let Some(r) = wordnet::synonym_rank(from, to) {
        return (!common_sense(r, phrase_swap)).then_some(RARE_SENSE);
    }
    if looks_alike(from, to) {
        return Some(LOOK_ALIKE);
    }
    let (pf, pt) = (wordnet::parts_of_speech(from), wordnet::parts_of_speech(to));
    if shares_root(from, to) && pf != 0 && pt != 0 && pf & pt == 0 {
        return Some(OTHER_FORM);
    }
    let (rf, rt) = (rank(from), rank(to));
    (rt > RARE_RANK
        && rt / RARITY_FACTOR > rf
        && family_rank(to) > RARE_FAMILY_RANK
        && !shares_root(from, to))
    .then_some(RARER)
}

/// The frequency rank of a word or, if commoner, of its base form ("costlier":
/// "costly").
fn family_rank(word: &str) -> u32 {
    wordnet::lemmas(word)
        .iter()
        .map(|l| rank(l))
        .fold(rank(word), u32::min)
}

/// Whether `to` is a compound of a word of `from` and another word ("car makers" → "automakers").
fn is_compound_of(to: &str, from: &[&str]) -> bool {
    from.iter().any(|f| {
        f.len() >= 4
            && to.len() >= f.len() + 3
            && (to
                .strip_suffix(f)
                .or_else(|| to.strip_prefix(f))
                .is_some_and(dictionary::is_known))
    })
}

const RARE_SENSE: &str = "a synonym only in a rare sense";
const SPUN_SENSE: &str = "a spinner's synonym in the wrong sense";
const LOOK_ALIKE: &str = "a look-alike, not a synonym";
const OTHER_FORM: &str = "the same root in another part of speech";
const RARER: &str = "a much rarer word, not a synonym";
const BROKEN_PHRASE: &str = "not a synonym, and it breaks the phrase";
const UNSEEN_AFTER: &str = "not a synonym, and it never follows the word before it";
const BROKEN_COMPOUND: &str = "not a synonym, and it breaks a fixed phrase";
const SYNONYM_BREAKS_COMPOUND: &str = "a synonym, but it breaks a fixed phrase";
const SYNONYM_BREAKS_PHRASE: &str =
    "a synonym in another sense: it does not take the words after it";
const SYNONYM_BREAKS_TERM: &str = "a synonym only as a verb: it breaks a compound noun";
const NOUN_AS_ADJECTIVE: &str = "an adjective for a noun, with no noun to modify";
const MINOR_SENSE_MODIFIER: &str = "a synonym in a minor sense: it breaks a compound noun";
const SWAPPED_TERM: &str = "a term swapped word for word";
const STAND_IN: &str = "a compound noun for the word in a rarer sense";
const PHRASAL_BROKEN: &str = "a phrasal verb swapped word for word, its particle left behind";

/// The substitutions of `pair` outside quotations (`quoted`, by suspect
/// token), each with the units of its source and suspect sides: inside a
/// quotation misquote reports every change.
fn unquoted_swaps<'a>(
    doc: &'a Document,
    src: &'a Document,
    pair: &'a AlignedPair,
    quoted: &'a [bool],
) -> impl Iterator<Item = (&'a Edit, Units, Units)> + 'a {
    pair.substitutions()
        .filter(|e| !e.suspect.clone().any(|t| quoted[t]))
        .map(|e| {
            let theirs = Units::new(src, e.source.clone());
            (e, theirs, Units::new(doc, e.suspect.clone()))
        })
}

fn is_content(doc: &Document, units: &Units, k: usize) -> bool {
    let w = units.text[k].as_str();
    let t = units.token[k];
    let token = &doc.tokens[t];
    // "Profit Rises as Shoppers Trade Down": title case capitalises common
    // words, which are judged as any others.
    let styled =
        || dictionary::is_known(w) && doc.sentence_of(t).is_some_and(|s| is_title_case(doc, s));
    let name = doc.is_capitalized(t)
        && if is_sentence_initial(doc, t) {
            written_as_name(doc, &token.norm)
        } else {
            !styled()
        };
    token.kind == TokenKind::Word
        && !name
        && !is_stopword(w)
        && !NOT_CONTENT.contains(&w)
        && w.chars().all(char::is_alphabetic)
        && w.len() > 2
}

/// Whether `doc` writes the word `norm` as a name: capitalised inside a
/// sentence, not in a title-case headline ("shares in Castellan"), so that a
/// sentence-initial "Castellan" is the name too.
fn written_as_name(doc: &Document, norm: &str) -> bool {
    (0..doc.tokens.len()).any(|u| {
        doc.tokens[u].norm == norm
            && doc.is_capitalized(u)
            && !is_sentence_initial(doc, u)
            && !doc.sentence_of(u).is_some_and(|s| is_title_case(doc, s))
    })
}

/// Function words the stop-word list lacks, and negations (polarity-drift judges those).
const NOT_CONTENT: &[&str] = &[
    "not",
    "no",
    "never",
    "nor",
    "none",
    "own",
    "per",
    "via",
    "yet",
    "although",
    "though",
    "whereas",
    "whilst",
    "because",
    "unless",
    // Approximations and bounds of figures: number-drift judges those.
    "around",
    "almost",
    "nearly",
    "under",
    "over",
    "roughly",
    "approximately",
];

/// The source word standing where suspect word `k` stands: by position when both
/// sides have as many content words, else first for first and last for last.
fn counterpart(from: &[usize], to: &[usize], k: usize) -> Option<usize> {
    if from.is_empty() {
        return None;
    }
    let i = to.iter().position(|&x| x == k)?;
    if from.len() == to.len() {
        return Some(from[i]);
    }
    if i == 0 {
        return from.first().copied();
    }
    (i + 1 == to.len()).then(|| from[from.len() - 1])
}

/// Judges one substitution and flags its garbled words.
///
/// `figures` holds the pair's suspect-side quantities once a substitution of
/// the pair has needed them.
fn judge(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    e: &Edit,
    in_quote: bool,
    figures: &OnceCell<Vec<Quantity>>,
    out: &mut Vec<(&'static str, Diagnostic)>,
) {
    let (theirs, ours) = (
        Units::new(src, e.source.clone()),
        Units::new(doc, e.suspect.clone()),
    );
    if theirs.text.len() > MAX_SOURCE_UNITS || ours.text.len() > MAX_UNITS || theirs.text.is_empty()
    {
        return;
    }
    let from: Vec<usize> = (0..theirs.text.len())
        .filter(|&k| is_content(src, &theirs, k))
        .collect();
    let to: Vec<usize> = (0..ours.text.len())
        .filter(|&k| is_content(doc, &ours, k))
        .collect();
    // A curated swap may start from a function word ("said" → "quoth").
    let curated =
        |k: &usize| (0..theirs.text.len()).any(|j| is_spun_sense(&theirs.text[j], &ours.text[*k]));
    if to.is_empty() || from.is_empty() && !to.iter().any(curated) {
        return;
    }
    let stance_shift = theirs.text.iter().any(|a| {
        ours.text
            .iter()
            .any(|b| shift(a, b).is_some() || wordnet::are_antonyms(a, b))
    });
    if stance_shift {
        return;
    }
    let (pair_source, pair_suspect) = (&pair.source_units, &pair.suspect_units);
    let figures = figures.get_or_init(|| quantities(doc, pair.suspect_tokens(doc)));
    let source_words = theirs.words();
    for &k in &to {
        let t = ours.text[k].as_str();
        if figures.iter().any(|q| q.tokens.contains(&ours.token[k])) {
            continue;
        }
        let misspelt_or_compound = !dictionary::is_known(t) || is_compound_of(t, &source_words);
        let same_direction = from.iter().any(|&j| {
            wordnet::direction(&theirs.text[j]).is_some_and(|d| wordnet::direction(t) == Some(d))
        });
        let in_source = pair_source
            .text
            .iter()
            .any(|w| w == t || stem(w) == stem(t));
        let equivalent = from.iter().any(|&j| same_group(&theirs.text[j], t));
        let respelt = || dictionary::american_spelling(t).is_some();
        let token = ours.token[k];
        let name = || doc.is_capitalized(token) && written_as_name(src, &doc.tokens[token].norm);
        // A curated spinner's swap is garbled whatever the substitute's form:
        // a compound of the original ("tear" → "teardrop") or a British spelling
        // ("vulnerable" → "defenceless") still took the wrong sense.
        let spun = || curated(&k);
        if (misspelt_or_compound || same_direction || equivalent || respelt()) && !spun()
            || in_source
            || name()
        {
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
        let counterpart = counterpart(&from, &to, k);
        let in_context = |j: usize| {
            InContext::new(pair_source, theirs.token[j])
                .zip(InContext::new(pair_suspect, ours.token[k]))
        };
        let spun_function_word = || {
            (0..theirs.text.len())
                .find(|j| !from.contains(j) && is_spun_sense(&theirs.text[*j], t))
                .map(|j| (j, SPUN_SENSE))
        };
        let found = from.iter().find_map(|&j| {
            let f = theirs.text[j].as_str();
            // "no plans to intervene" → "no intention of intervening": the
            // original word stands elsewhere in the sentence, moved, not swapped.
            let count = |units: &Units| units.text.iter().filter(|w| stem(w) == stem(f)).count();
            if count(pair_suspect) >= count(pair_source) {
                return None;
            }
            if is_spun_sense(f, t) {
                return Some((j, SPUN_SENSE));
            }
            if !synonym
                && let Some(why) = evidence(f, t, phrase_swap)
                && (why != OTHER_FORM
                    || (one_for_one && stranded_adjective(t, ours.text.get(k + 1))))
            {
                return Some((j, why));
            }
            if counterpart != Some(j) {
                return None;
            }
            let (a, b) = in_context(j)?;
            if breaks_phrasal_verb(&a, &b) {
                return Some((j, PHRASAL_BROKEN));
            }
            if !synonym && noun_read_as_adjective(&a, &b) {
                return Some((j, NOUN_AS_ADJECTIVE));
            }
            if synonym {
                if breaks_compound(&a, &b) {
                    return Some((j, SYNONYM_BREAKS_COMPOUND));
                }
                if breaks_term(&a, &b) {
                    return Some((j, SYNONYM_BREAKS_TERM));
                }
                if minor_sense_modifier(&a, &b) {
                    return Some((j, MINOR_SENSE_MODIFIER));
                }
                return abandons_collocation(&a, &b).map(|why| (j, why));
            }
            if shares_root(f, t) {
                return None;
            }
            if breaks_collocation(&a, &b) {
                Some((j, BROKEN_PHRASE))
            } else if breaks_compound(&a, &b) {
                Some((j, BROKEN_COMPOUND))
            } else if breaks_term(&a, &b) {
                Some((j, SYNONYM_BREAKS_TERM))
            } else {
                unseen_after(&a, &b, COMMON_PAIR).then_some((j, UNSEEN_AFTER))
            }
        });
        let found = found.or_else(spun_function_word);
        let strong = |why: &str| {
            ![
                RARE_SENSE,
                BROKEN_COMPOUND,
                SYNONYM_BREAKS_COMPOUND,
                SYNONYM_BREAKS_PHRASE,
                SYNONYM_BREAKS_TERM,
                MINOR_SENSE_MODIFIER,
                NOUN_AS_ADJECTIVE,
            ]
            .contains(&why)
        };
        if let Some((j, why)) = found.filter(|(_, why)| !in_quote || strong(why)) {
            let (token, source_token) = (ours.token[k], theirs.token[j]);
            out.push(swap_finding(
                why,
                (doc, token..token + 1),
                (src, source_token..source_token + 1),
                e.source.clone(),
            ));
        }
    }
}

/// A garbled swap of the source's `was` tokens for the suspect's `now`
/// tokens, `why` it reads as garbled, with the source's `evidence` tokens
/// beside it.
fn swap_finding(
    why: &'static str,
    (doc, now): (&Document, Range<usize>),
    (src, was): (&Document, Range<usize>),
    evidence: Range<usize>,
) -> (&'static str, Diagnostic) {
    let (start, end) = doc.token_span(now);
    let was = src.span_text(was);
    let finding = Diagnostic::new(
        start,
        end,
        format!("\"{was}\" became \"{}\": {why}", &doc.text[start..end]),
    )
    .suggest(was)
    .evidence(src.span_text(evidence));
    (why, finding)
}

/// Findings too weak to stand alone, which cannot vouch for a shared rare sense.
const WEAK: &[&str] = &[
    RARE_SENSE,
    BROKEN_PHRASE,
    SYNONYM_BREAKS_PHRASE,
    UNSEEN_AFTER,
];

/// Findings of a lone thesaurus slip, which says nothing of the words around
/// it: a curated spinner's swap, a compound's modifier in a minor sense, an
/// adjective for a noun.
const LONE: &[&str] = &[SPUN_SENSE, MINOR_SENSE_MODIFIER, NOUN_AS_ADJECTIVE];

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
/// careful rewording ("pressure in" → "strain in") has not. A [`LONE`]
/// finding vouches for none.
fn corroborated(flagged: Vec<(&'static str, Diagnostic)>) -> Vec<Diagnostic> {
    let spans: Vec<(&str, usize, usize)> = flagged
        .iter()
        .filter(|(why, _)| !LONE.contains(why))
        .map(|(why, d)| (*why, d.start, d.end))
        .collect();
    let near = |d: &Diagnostic, reach: usize, strong_only: bool| {
        spans.iter().any(|&(why, start, end)| {
            (start, end) != (d.start, d.end)
                && !(strong_only && WEAK.contains(&why))
                && (start.abs_diff(d.end) <= reach || d.start.abs_diff(end) <= reach)
        })
    };
    flagged
        .into_iter()
        .filter(|(why, d)| match *why {
            RARE_SENSE => near(d, BESIDE, true),
            BROKEN_PHRASE | SYNONYM_BREAKS_PHRASE | UNSEEN_AFTER => near(d, NEARBY, false),
            _ => true,
        })
        .map(|(_, d)| d)
        .collect()
}
