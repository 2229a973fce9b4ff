//! `number-drift`: figures changed, added, dropped or given another role.

mod added;
mod ages;
mod approximation;
mod around;
mod bounded_share;
mod complement;
mod count_share;
mod counterparts;
mod decades;
mod derived;
mod each;
mod excuses;
mod findings;
mod gaps;
mod half_time;
mod halves;
mod level_change;
mod magnitude;
mod matching;
mod metres;
mod missing;
mod misspelt;
mod multiples;
mod multiplied;
mod named_list;
mod one_in;
mod parts;
mod periods;
mod placing;
mod race_time;
mod relative_date;
mod relative_period;
mod remainder;
mod role_words;
mod roles;
mod rounding;
mod stated;
mod streak;
mod swaps;
mod vague;
mod weekdays;
mod worded_durations;
mod wording;
mod worked;

pub use missing::is_missing_figure;
mod year_part;

use super::{Check, Context, Rule};
use crate::align::{AlignedPair, Alignment};
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit, quantities};
use std::cell::OnceCell;
use std::ops::Range;
use swaps::{Figures, swapped};
// Names submodules take from here (`use super::…`), with `Document`,
// `Quantity` and `Unit` above.
use approximation::{APPROXIMATION, bounds};
use around::noun_after;

/// Flags figures of an aligned sentence that differ from the source's.
pub struct NumberDrift;

static RULE: Rule = Rule {
    id: "number-drift",
    category: Category::Facts,
    default_severity: Severity::Error,
    needs_source: true,
    summary: "A figure that changed, appeared, vanished or moved to another role",
    explanation: "Numbers are parsed with their scale and unit on both sides (8% = 8 percent = \
eight percent; $53 billion = 53bn dollars; three = 3; a decade = 10; a fifth of = 20%; \
twice = 2; a couple of = 2; 31,4% = 31.4% (a decimal comma); Sept. 4 = September 4 = 4th September; 5 hours 2 minutes and 18 seconds = 5hr 2min 18sec; \
two hundredths of a second = 0.02sec; a length and a half = one and a half lengths; 400 metres = 400m), \
so restyling passes; a currency or unit that changed \
($4,000 → €4,000, NZ$64m → US$64m, 2,800 metres → 2,800 feet; a bare \"$\" may be any country's dollar) is a changed figure, and a duration restated \
in words (12 months → the year, two weeks → a fortnight, 24 hours → a single day; also past its adjectives, \
\"a cold, settled fortnight\" → \"two cold, settled weeks\") is not a dropped one, \
if a length it gives holds the figure within the hedge before it (\"41 seconds\" → \"nearly a minute\" and \
\"90 seconds\" → \"under a minute\" are flagged; a duration the source sentence says too restates nothing); \
nor is a length of time in figures new where the source says one in words (\"a week\" → \"seven \
days\", also in a left-out source sentence beside it, merged into it), unless a source figure of its \
unit is left unmatched that it may have changed (\"down from 23 days a year earlier\" → \"down from 32 \
days a year earlier\" is flagged). A figure \
converted into another unit agrees within rounding (4 metres = 13ft, 80kg = 176 pounds, \
31C = 88F), and a conversion added or dropped beside a figure (\"$61m (£48m)\", \"£9,000, or \
about $11,400\") is neither new nor missing, unless it gets its own figure wrong (\"42.9C \
(107.2F)\"). In \
each aligned sentence, a suspect figure found nowhere in the source is flagged as changed (when \
a source figure of the same kind went missing beside it) or added, unless worked out from the \
source's figures (a share, a difference or a sum, also of a figure another sentence states: \
\"$500 million\" of a \"$2.5 billion\" budget → \"a fifth of the total\", \"one of its three \
shelters\" → \"a third of them\", \"19 minutes, from 45\" → \"less than half the 45 minutes\", \
\"8.9C, 1.6 degrees above the average\" → \"an average of 7.3C\", \"118 mm, more than its 94 mm \
average\" → \"by about a quarter\"; or the rest of a total the source \
left in words, \"the rest\" → \"the remaining £3.7m\"); a source figure the suspect \
no longer states is flagged as dropped where words took its place or a figure of its unit \
stayed, unless another part of a split sentence states it or works a figure out from it, or the words are a vague amount that covers it (\"420 pupils\" → \"hundreds of pupils\", \"31 hours\" → \"several hours\", \"for a decade\" → \"for years\"; \"a couple of\" → \"several\" or \"a dozen\" → \"dozens\" resized it and is flagged) or judge a share with a quantifier, a change of degree meaning-drift judges (\"nearly half of them\" → \"most of them\", \"41 of its 65 members\" → \"nearly all of its 65 members\"), or a year is told by its decade (\"built in 1968\" → \"the late sixties\"), or a figure of the sentence was worked out from it (\"half of his six-year sentence\" → \"three years\", \"3,150 of 31,482\" → \"about one in 10\"), or the end of December is told as the end of the year (\"by year-end\") or the extra 30 minutes of a match as \"extra time\", or a side \"with 10 men\" as \"a man down\", or a count of years as the year it runs from that the source states (\"for the first time in 27 years\" … \"last reached it in 1997\" → \"since 1997\"), or the words that took its place are a meaning-drift or polarity-drift finding (\"since March 2022\" → \"on record\": one defect, which that rule names), or the sentence is the headline, which abridges (one left out with its words, \"in service since 2009\", is an omission; a figure the \
source states more often than the suspect may be the one a new figure replaced: \"the two \
decks\" → \"the three decks\", \"two\" said again elsewhere); and a figure that became an estimate, forecast or \
target (\"beating estimates to reach 280\" → \"estimates of 280\") is flagged as moved (figures after \"expects\" or \"forecasts\" in the source are forecasts already), as are \
two figures that traded places (\"damaged 1,140 properties and forced 2,300 people\" → \"damaged \
2,300 properties and forced 1,140 people\"), also in a reworded sentence when each now \
shares more of the words of its clause (compared by stem) with the other's source figure than with its own \
(\"every 8 minutes in the morning and every 20 minutes at night\" → \"every 20 minutes during the \
morning and every 8 minutes at night\"; two figures of two kinds by the words of their clauses, \"income rose by 4%, while spending fell to £3.2 million\" → \"income rose to £3.2 million, while spending fell by 4%\"), in a list by the figure before each (\"17 shots, six of them on target, \
against 11 shots, five\" → \"17 shots, 5 of them on target, to 11, with 6\"), two numbers that took each \
other's unit (\"eight new shops over 18 months\" → \"18 new shops over eight months\") and ages given to \
other people (\"Jordan Acheson, 29 … Shane Milloy, 24\" → \"24-year-old Jordan Acheson … Shane Milloy, \
the 29-year-old\"); of a value the suspect repeats, the copy after the figure the source has before it \
is the one kept (\"9.5% over two years … 6% over three years\" → \"9.5% over three years … 6% over three \
years\" flags the first); a sentence reworded past alignment where the source left one out, or beside the other half of a split one, keeps \
its figures, their digits in order (\"The runner-up receives £65,000\" → \"The beaten finalist takes home £56,000\" is flagged). A multiple stated by a verb that changed is flagged (\"doubled\" → \"tripled\"; \
\"doubled\" → \"halved\" reverses a rise, which polarity-drift judges; \"fourfold\" = \"quadruple\"), and so is a figure for each made \
the total (\"averaging 1,800 euros each\" → \"€1,800 in total\"), and, outside a quotation, a size stated \
without a figure moved to another order (\"several hundred dollars\" → \"several thousand\", \"for weeks\" → \
\"for months\"). A run is one figure as an ordinal or a count (\"the 18th consecutive month\" = \"18 months \
in a row\"), a group named by its size may be counted (\"a pair of cubs\" or \"twins\" → \"two cubs\", \"triplets\" → \"three babies\"), and a year may be told as \"last year\". Rates must count per the same thing (\"a month\" \
is not \"a year\"), and a year the same part of it (\"by the end of 2025\" is not \"by mid-2025\"); a share or a length of time in words stated as a bound holds a figure \
on its side (\"more than two decades\" for 22 years, \"almost a third\" for 31%; \"almost\" and \"nearly\" only close to it, \"nearly half\" for 46% but not 41%); a figure said with a fraction is rounded to it, hedged or not (\"one and a quarter million dollars\" for $1.26 million); a lone \"one\" may become \"a\", \"one-way\" \"single\" and \"once\" \"a one-off\", \
and a weekday may be left out or spelt out (\"weekdays\" → \"Monday to Friday\"); \"the first time\" \
may restate \"never before\", but a rank of the same thing changed is flagged (\"never beyond the second \
round\" → \"never past the first round\"), and so is a placing changed in words (\"finished second\" → \"was \
third\"; \"runner-up\" keeps it); a race time may be worked out from a source time and a margin; \
a count of the names listed after it may go where the names stay (\"two members, Oliver Brandt \
and Sami Haddad\" → \"members Oliver Brandt and Sami Haddad\"; a name said again counts once); \"the end of the decade\" may be the year that closes it (\"2030\"); a month name ending a person's name (\"Professor Leona March\") is no date; a run being chased may be numbered one past the wins so far (\"won the last three\" → \"chasing a fourth \
straight win\"), the next of a count numbered one past it (\"after two terms\" → \"a third term\") \
and a count given as the rest of its whole with the opposite verb (\"missed five of his eight\" \
→ \"made three of his eight\"); a frequency may be restated (\"every 10 minutes\" → \"six \
times an hour\", \"every day\" → \"seven days a week\"), and so may a minute of a football match (\"the 81st \
minute\" → \"nine minutes from time\", \"with nine minutes left\" or \"after 81 minutes\", \"the 50th minute\" → \"five minutes after half-time\", \"after half-time\" or \"after the break\" → \"into the second half\", \"doubled the lead\" → \"scored his second\", \"runner-up\" → \"the second\") and an age given as a bare number of years (\"under 12 \
months old\" → \"aged under one\"). A share restated as \"one in N\" is 100/N per cent (\"5% of staff\" → \"one in 20\"). \
A time of day in words is a clock time (\"5:30 a.m.\" = \"half past five in the morning\"), hours \
between two clock times may run past midnight (\"from 8 p.m.\" … \"11 a.m.\" → \"15 hours later\"), \
a gap in percentage points may take a share the suspect states in another sentence, a misspelt \
month (\"Ocotber\") is left to spelling, and a figure is matched to a source figure of its own unit \
first (\"14 ships … 48 hours\" → \"48 ships … two days\": the ships changed). A total may be \
stated with its parts (\"11 counts of fraud and two of laundering\" → \"13 counts, 11 of fraud and \
two of laundering\", \"bringing the total to £4,515,170\"), a group counted with or without the \
one it names (\"the lowest of the five cities\" → \"lower than the other four\"; \"five other \
lakes\" → \"six more lakes\" is flagged), the start of a multiple worked out (\"doubled to 24\" → \
\"from 12 to 24\"), the level a multiple reaches worked out (\"a fund of 2,500 dollars to be doubled\" → \
\"doubled to 5,000 dollars\"), a rate restated per another period beside it (\"$126 a year, or \
$10.50 a month\"), a length of time bounded in another unit (\"22 months\" → \"almost two years\"), \
weeks as months at four a month up to three months (\"six weeks\" → \"a month and a half\") \
and the gap between two bounded in words (\"38.5 minutes, against a goal of 30 minutes\" → \"more than eight \
minutes over the goal\"). A count given as a percentage of the same number, or the other way round, is \
flagged (\"12 volunteers left the study\" → \"12% left\"). \
A kept figure is flagged when the level a move reached became its size or the other way round \
(\"rose 12% to £4.5 million\" → \"rose by £4.5 million\", \"up from $610,000\" → \"up $610,000\"), \
and a period counted from now moved to another (\"next year\" → \"this year\"; \"the coming \
season\" may be \"this season\").",
    example_source: "Revenue rose eight percent, beating estimates to reach 280 billion yuan.",
    example_bad: "Revenue rose 8%, exceeding estimates of 280 billion yuan.",
    example_good: "Revenue rose 8 percent, beating estimates to reach 280 billion yuan.",
};

/// One article's figures, read once for all its aligned pairs.
struct Article<'a> {
    /// What the check reads (for sentences cut off mid-way).
    ctx: &'a Context<'a>,
    /// The suspect.
    doc: &'a Document,
    /// The source.
    src: &'a Document,
    /// The aligned pairs of suspect and source sentences.
    pairs: &'a [AlignedPair],
    /// The source sentences no suspect sentence renders on its own.
    omitted: &'a [usize],
    /// Every figure of the source.
    all_source: Vec<Quantity>,
    /// Every figure of the suspect.
    all_suspect: Vec<Quantity>,
    /// Each pair's figures, source side and suspect side.
    figures: Vec<Figures>,
}

impl<'a> Article<'a> {
    /// Reads the figures of the suspect, of `src` and of each of their `pairs`.
    fn read(ctx: &'a Context<'a>, src: &'a Document, alignment: &'a Alignment) -> Self {
        let pairs = &alignment.pairs;
        let doc = ctx.suspect;
        let raw_source = quantities(src, 0..src.tokens.len());
        let all_suspect = metres::as_metres(doc, quantities(doc, 0..doc.tokens.len()), &raw_source);
        let all_source = metres::as_metres(src, raw_source, &all_suspect);
        let figures = pairs
            .iter()
            .map(|p| {
                (
                    metres::as_metres(src, quantities(src, p.source_tokens(src)), &all_suspect),
                    metres::as_metres(doc, quantities(doc, p.suspect_tokens(doc)), &all_source),
                )
            })
            .collect();
        Self {
            ctx,
            doc,
            src,
            pairs,
            omitted: &alignment.omitted,
            all_source,
            all_suspect,
            figures,
        }
    }
}

/// What the pairs of an article found about source figures, settled once
/// every pair is checked.
#[derive(Default)]
struct Ledger {
    /// Source figures reported changed.
    restated: Vec<Range<usize>>,
    /// Source figures some pair stated or worked a figure out from.
    accounted: Vec<Range<usize>>,
    /// Source figures found missing, with their findings.
    lost: Vec<(Range<usize>, Diagnostic)>,
}

impl Ledger {
    /// Reports the figures found missing that no pair changed, stated or
    /// worked a figure out from: of a source sentence split in two, the
    /// figure one half lacks, the other half may have changed (that finding
    /// tells it) or stated ("rose to 312 million, up from 271 million" →
    /// "rose by 41 million … to 312 million. …").
    fn report(self, out: &mut Vec<Diagnostic>) {
        let Self {
            restated,
            accounted,
            lost,
        } = self;
        out.extend(
            lost.into_iter()
                .filter(|(tokens, _)| !restated.contains(tokens) && !accounted.contains(tokens))
                .map(|(_, d)| d),
        );
    }
}

/// One aligned pair under check: its figures on both sides, and which of the
/// source's a suspect figure has taken.
struct PairCheck<'a> {
    /// The article the pair is of.
    art: &'a Article<'a>,
    /// The pair's index among the article's pairs.
    index: usize,
    /// The pair.
    pair: &'a AlignedPair,
    /// The pair's source figures.
    theirs: &'a [Quantity],
    /// The pair's suspect figures.
    ours: &'a [Quantity],
    /// Per source figure: whether a suspect figure states it or was worked
    /// out from it.
    used: Vec<bool>,
    /// The source sentence's words.
    source_words: Vec<&'a str>,
    /// The figures a suspect figure may be worked out from (see
    /// [`stated::stated_figures`]), read when first needed.
    stated: OnceCell<Vec<Quantity>>,
}

impl<'a> PairCheck<'a> {
    /// Starts the check of pair `index` of `art`, no source figure taken.
    fn new(art: &'a Article<'a>, index: usize) -> Self {
        let (theirs, ours) = &art.figures[index];
        let pair = &art.pairs[index];
        let source_words = art
            .src
            .words(pair.source_tokens(art.src))
            .map(|(_, t)| t.norm.as_str())
            .collect();
        Self {
            art,
            index,
            pair,
            theirs,
            ours,
            used: vec![false; theirs.len()],
            source_words,
            stated: OnceCell::new(),
        }
    }

    /// The figures a suspect figure may be worked out from: the pair's
    /// source figures and those of other source sentences the suspect states.
    fn stated(&self) -> &[Quantity] {
        self.stated.get_or_init(|| {
            stated::stated_figures(self.theirs, &self.art.all_source, &self.art.all_suspect)
        })
    }

    /// The pair's source figures no suspect figure took.
    fn unused(&self) -> Vec<&'a Quantity> {
        self.theirs
            .iter()
            .zip(&self.used)
            .filter(|(_, used)| !**used)
            .map(|(q, _)| q)
            .collect()
    }

    /// The pair's source figures some suspect figure took, or was worked out
    /// from.
    fn taken(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.theirs
            .iter()
            .zip(&self.used)
            .filter(|(_, used)| **used)
            .map(|(q, _)| q.tokens.clone())
    }

    /// The source sentence, as evidence for a finding.
    fn evidence(&self) -> &'a str {
        self.art.src.sentence_text(self.pair.source.start)
    }
}

/// Suspect figures of a pair, sorted by what the source makes of them.
#[derive(Default)]
struct Sorted<'a> {
    /// Source figures and the suspect figures that state them.
    matched: Vec<(&'a Quantity, &'a Quantity)>,
    /// Suspect figures found nowhere in the source and not yet explained.
    unexplained: Vec<&'a Quantity>,
    /// Suspect figures another source sentence states.
    elsewhere: Vec<&'a Quantity>,
}

/// Source figures a pair's suspect side no longer states.
struct Lost<'a> {
    /// Figures the suspect states nowhere as often as the source: reported
    /// missing unless explained.
    missing: Vec<&'a Quantity>,
    /// Figures the suspect states elsewhere, only fewer times than the
    /// source: they may stand for a figure of this sentence stated nowhere
    /// in the source ("the two decks" → "the three decks", "two" said again
    /// further on), but are not reported lost on their own.
    spare: Vec<&'a Quantity>,
}

impl Check for NumberDrift {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    /// Checks each aligned pair in turn: its figures matched to the source's
    /// (and excused where the source tells them another way), figures that
    /// traded places, figures worked out from the source's, figures changed
    /// or added, and source figures the suspect lost.
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(source) = ctx.source else { return };
        let article = Article::read(ctx, source.doc, source.alignment);
        let mut ledger = Ledger::default();
        for index in 0..article.pairs.len() {
            let mut pair = PairCheck::new(&article, index);
            let mut sorted = pair.sort_figures(&mut ledger, out);
            swapped(article.doc, article.src, &sorted.matched, out);
            out.extend(level_change::moved(
                article.src,
                article.doc,
                &sorted.matched,
            ));
            pair.drop_worked_out(&mut sorted);
            let unused = pair.unused();
            ledger.accounted.extend(pair.taken());
            pair.report_traded(&mut sorted.elsewhere, &unused, out);
            let mut lost = pair.lost_here();
            pair.report_new(sorted, &unused, &mut lost, &mut ledger, out);
            pair.report_missing(lost, &mut ledger.lost, out);
        }
        // A figure changed in a sentence reworded past alignment ("£65,000" → "£56,000").
        gaps::changed_in_gaps(&article, source.alignment, &mut ledger, out);
        ledger.report(out);
        // "next year" → "this year": a date counted from now moved.
        out.extend(
            article
                .pairs
                .iter()
                .flat_map(|p| relative_period::moved(article.src, article.doc, p)),
        );
        // "several hundred dollars" → "several thousand": a size without
        // a figure changed.
        out.extend(
            article
                .pairs
                .iter()
                .flat_map(|p| magnitude::resized(article.src, article.doc, p)),
        );
        // "doubled its space" → "tripled its space": a multiple changed.
        out.extend(
            article
                .pairs
                .iter()
                .flat_map(|p| multiplied::changed(article.src, article.doc, p)),
        );
    }
}
