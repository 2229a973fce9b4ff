//! `garbled-phrase`: wrong-sense, look-alike, rare or ill-fitting substitutes, and
//! known tortured phrases.
//!
//! The rule's parts: [`judge`] weighs each word-level substitution, with the
//! word-pair evidence of [`evidence`] and the context tests of
//! [`collocation`] and its siblings; [`swapped_term`], [`stand_in`] and
//! [`spun_phrase`] find multi-word swaps; [`corroborate`] drops findings too
//! weak alone; [`tortured`] finds known tortured phrases.

mod collocation;
mod compound_sense;
mod content;
mod corroborate;
mod evidence;
mod fixed_term;
mod hyphen_part;
mod judge;
mod kin;
mod lookalike;
mod spun_phrase;
mod stand_in;
mod stranded;
mod swapped_term;
mod tortured;

use super::{Check, Context, Rule};
use crate::align::units::Units;
use crate::align::{AlignedPair, Edit};
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::Document;
use corroborate::corroborated;
use hyphen_part::rare_parts;
use judge::{PairFigures, judge};
use stand_in::stand_ins;
use std::ops::Range;
use swapped_term::swapped_terms;
use tortured::tortured_phrases;

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
relied upon to, said → quoth) is flagged outright, and where it also breaks a strong collocation (aimed at → \
purified at) it counts, as a broken phrase does, for a garbled word beside it; so is one from a curated table of swaps \
wrong in one sense of the original, where a word of that sense stands near it (charged with fraud \
→ billed with fraud; charged customers → billed customers passes), and a phrase from a curated table of spinners' \
stand-ins for a word or term (fruit → natural product, hospital → emergency clinic). Otherwise a substitute that WordNet lists as a synonym (said → stated, biggest → largest) passes (within a phrase \
swapped word for word, only in a common sense of both words), and so does a word found \
elsewhere in the source sentence (not inside a name), a compound of a source word (car makers → automakers) or an equivalent from the stance lists (expected → \
estimated). A synonym is still flagged when it breaks a fixed phrase (joint venture → joint \
adventure) or, beside another garbled word, is cut off \
from the preposition the original was tied to (founded in → instituted in; alone, as often a \
careful choice: closed to traffic → shut to traffic). A verb of a phrasal verb swapped for a \
thesaurus synonym, or for a common verb that makes no phrasal verb with any particle (ruling her out → \
deciding her out), that keeps the particle, making no phrasal verb WordNet or the bigram counts \
know, is flagged (rule it out → govern it out, let them down → allow them down, brought forward → conveyed \
forward; cut back → scaled back passes). So is a synonym of a verb that governs \"of\", keeping the \"of\" it \
cannot take (consist of → comprise of), and any word of a curated idiom swapped while the rest \
of it stays (the writing on the wall → the writing on the ceiling, break even → break level; \
another listed wording of the idiom, uphill battle → uphill struggle, passes), or the noun of a \
verb idiom WordNet lists, its verb kept (took place → took spot; make way → make room passes), and one part of a hyphenated compound swapped for a synonym that \
makes another WordNet term sharing no sense with it (warm-up → heat-up, sold-out → sold-off). Any other substitute is flagged when there \
is evidence of garbling: it shares only a rare sense with the original where a phrase was \
swapped word for word beside another garbled word, one that is garbled on its own evidence (AI-driven growth → AI-operated \
development; not beside a mere broken collocation: stole data of 1.3 million customers → swiped information of 1.3 \
million clients), it merely looks like it (gloom → doom; neither among the commonest words nor a form of one: spent → slept passes, nor in a headline, which is reworded whole: mild winter hits coat sales → mild winter hurts coat sales), it is the \
same root as an adjective left with no noun to modify (as a precaution after → as a \
precautionary after; a sentence rebuilt round another form of the root passes: abstentions → \
four abstained, electoral officials → election officials), it is an adjective put for a noun \
after an article, with no noun to modify (arrested the criminal in → arrested the illicit in; \
heatwaves this intense passes) or left heading a noun phrase before \"of\" where a noun or \
quantifier stood, whatever its meaning (the whole of 2023 → the entire of 2023, many of → numerous of; the best of and a synonym sharing a noun sense, the option of → the alternative of, pass), or a verb's \"-s\" form put for a plural after an article or figure, \
with no noun to modify (nine rounds, level → nine adjusts, level), or a word only a noun or adjective put for a verb between \"to\" or a modal and \
its object (nurses to staff it → nurses to personnel it), it is much rarer than the original and so is its base form (re-accelerated → \
re-reverberated; the original done again, checked → rechecked, passes), or it breaks a strong collocation the original formed with its neighbours \
(aimed at → purified for, focus on → attention on, be eligible → be worthy; never seen after \
the word before it: final set → deciding set) while another garbled word stands in the same \
stretch of text (more than a rare-sense synonym, and put for another source word: not discussed → \
debated at length): alone, a broken collocation is as often a careful rewording (pressure in → \
strain in), and so are two side by side unless each is a non-synonym breaking a strong \
collocation (given → administered beside remain → linger passes). So does a word that is no synonym put for the first word of a compound noun \
WordNet lists, giving a pair neither WordNet nor the bigram counts know, beside another garbled \
word that is more than a rare sense or a word unseen after the one before it (new fire station → \
new blaze station; alone, as often a careful choice: prison term → jail term). A look-alike counts only when much rarer than \
the original and a letter away or past the commonest 10,000 words, or a letter or two from a \
rare one (barred → banned and lines → pipes pass). A noun term (two words far more \
often together than chance, or a WordNet compound: closing price) whose two words were each \
swapped for a thesaurus synonym or, the first word a noun, for a word the known tortured \
phrases put for it, giving a pair never counted together, is flagged as a whole (heating system → warming \
framework, trade association → commerce affiliation; corner shops for convenience stores passes), and so is \
the first or middle word of a fixed term of news copy from a curated list (titles, offices, \
trade and sport terms) swapped for another, leaving words that make no listed term, no counted \
pair and no WordNet compound (chief executive → main executive, board of directors → panel of \
directors; boss for chief executive, news conference for press conference and another head, \
maternity unit for maternity ward, pass; a compound of the word breaks it too: market \
towns → marketplace towns), and so is a non-synonym that breaks a fixed phrase with its unchanged neighbour (side effects → side \
impacts; a degree adverb makes no fixed phrase: too far → too remote passes), or one word of a WordNet compound noun swapped for a synonym only as a verb, giving \
a pair neither WordNet nor the bigram counts know (night shifts → night changes; freight \
trains → cargo trains passes), or its first word swapped, synonym or not, for a word at least five times rarer and past \
the commonest 5,000 (warning light → cautioning light, control room → regulate room; price increase → \
price hike passes), or its first word swapped for a synonym sharing a sense further \
down the word's senses than the substitute's, a sense the compound does not carry (soft drink → \
gentle drink, dead end → idle end; back entrance → rear entrance passes). Either word of a WordNet compound noun swapped for a \
word that is no synonym and only ever a verb, giving a pair neither WordNet nor the bigram counts \
know, is flagged alone (governing body → overseeing body, security guard → security protect; a past \
participle, endangered species → imperiled species, passes). One part of a hyphenated compound (no figure or number word in it) swapped for a word of \
another root at least five times rarer and past the commonest 5,000 words is flagged (body-worn → \
body-donned, long-term → long-lasting; family-owned → family-run and third-largest → \
third-biggest pass). A compound noun put for one word that WordNet lists as its \
synonym only in a sense past the word's first is flagged (surgery → surgical procedure; \
workforce → labor force passes), and so is a compound word split in two with its first part \
swapped, making a pair neither WordNet nor the bigram counts know (scoreboard → tally board). A word of the original's stem is flagged when it is another \
word: a sibling of one part of speech, each adding its own ending to the root (industrial → \
industrious; a word derived from the original, transport → transportation, or the people \
doing it, investigation → investigators, passes), or an adjective made of a compound noun's \
first word (season ticket → seasonal ticket). So is the \"-s\" plural of a noun that takes \
none, which spelling lets pass, put for another word's plural (businesses → commerces). A British \
spelling of a word is that word, and a word either text writes capitalised inside a sentence is \
a name, even where it starts one. Known tortured \
phrases from the Problematic Paper Screener list (\"counterfeit consciousness\" for \
\"artificial intelligence\") are flagged even without a source.",
    example_source: "Investors saw years of gloom before the recovery.",
    example_bad: "Investors saw years of doom before the recovery.",
    example_good: "Investors saw years of gloom before the rebound.",
};

/// A collocation this many times weaker than the original's breaks the phrase.
const COLLOCATION_FACTOR: u64 = 10;

/// Bigram count from which an original collocation counts as strong.
const STRONG_COLLOCATION: u64 = 50_000_000;

/// Longest suspect side (in units) of a substitution judged word by word.
const MAX_UNITS: usize = 4;

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
                spun_phrase::findings(ctx.suspect, source.doc, pair, &quoted)
                    .into_iter()
                    .map(|d| (SPUN_SENSE, d)),
            );
            swapped_terms(ctx.suspect, source.doc, pair, &quoted, &mut flagged);
            stand_ins(ctx.suspect, source.doc, pair, &quoted, &mut flagged);
            let figures = PairFigures::default();
            for e in pair.substitutions() {
                let in_quote = e.suspect.clone().any(|t| quoted[t]);
                if !in_quote {
                    let (now, was) = (e.suspect.clone(), e.source.clone());
                    flagged.extend(rare_parts((ctx.suspect, now), (source.doc, was)));
                }
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

const RARE_SENSE: &str = "a synonym only in a rare sense";
const SPUN_SENSE: &str = "a spinner's synonym in the wrong sense";
const SPUN_BREAKS_PHRASE: &str = "a spinner's synonym in the wrong sense, and it breaks the phrase";
const LOOK_ALIKE: &str = "a look-alike, not a synonym";
const OTHER_FORM: &str = "the same root in another part of speech";
const OTHER_WORD: &str = "another word of the same stem, not a form of the original";
const MASS_PLURAL: &str = "the plural of a noun that takes none";
const RARER: &str = "a much rarer word, not a synonym";
const BROKEN_PHRASE: &str = "not a synonym, and it breaks the phrase";
const UNSEEN_AFTER: &str = "not a synonym, and it never follows the word before it";
const BROKEN_COMPOUND: &str = "not a synonym, and it breaks a fixed phrase";
const SYNONYM_BREAKS_COMPOUND: &str = "a synonym, but it breaks a fixed phrase";
const SYNONYM_BREAKS_PHRASE: &str =
    "a synonym in another sense: it does not take the words after it";
const SYNONYM_BREAKS_TERM: &str = "a synonym only as a verb: it breaks a compound noun";
const NOUN_AS_ADJECTIVE: &str = "an adjective for a noun, with no noun to modify";
const NOUN_AS_VERB: &str = "a verb for a noun, where only a noun can stand";
const VERB_AS_NOUN: &str = "a noun for a verb, where only a verb can stand";
const MINOR_SENSE_MODIFIER: &str = "a synonym in a minor sense: it breaks a compound noun";
const HYPHEN_PART: &str = "one part of a hyphenated compound swapped for a much rarer word";
const RARER_MODIFIER: &str = "a much rarer word: it breaks a compound noun";
const REPLACED_MODIFIER: &str = "not a synonym, and it breaks a compound noun";
const VERB_IN_COMPOUND: &str = "a verb put into a compound noun, which it breaks";
const FIXED_TERM_BROKEN: &str = "one word of a fixed term swapped, leaving no term";
const SWAPPED_TERM: &str = "a term swapped word for word";
const STAND_IN: &str = "a compound noun for the word in a rarer sense";
const SPLIT_COMPOUND: &str = "a compound word split in two, its first part swapped";
const PREPOSITION_LOST: &str = "a synonym that does not take the preposition the original governs";
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
