//! `number-drift`: figures changed, added, dropped or given another role.

mod added;
mod ages;
mod approximation;
mod around;
mod article;
mod bounded_share;
mod complement;
mod count_share;
mod counted;
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
mod pair_check;
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
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::Document;
use crate::text::numbers::{Quantity, Unit};
use swaps::swapped;
// Names submodules take from here (`use super::…`), with `Document`,
// `Quantity` and `Unit` above.
use approximation::{APPROXIMATION, bounds};
use around::noun_after;
use article::{Article, Ledger};
use pair_check::{Lost, PairCheck, Sorted};

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
twice = 2; a couple of = a pair of = 2; hundred-year-old = century-old; 31,4% = 31.4% (a decimal comma); Sept. 4 = September 4 = 4th September; 5 hours 2 minutes and 18 seconds = 5hr 2min 18sec; \
two hundredths of a second = 0.02sec; a length and a half = one and a half lengths; 400 metres = 400m), \
so restyling passes; a currency or unit that changed \
($4,000 → €4,000, NZ$64m → US$64m, 2,800 metres → 2,800 feet; a bare \"$\" may be any country's dollar) is a changed figure, and a duration restated \
in words (12 months → the year, two weeks → a fortnight, 24 hours → a single day; also past its adjectives, \
\"a cold, settled fortnight\" → \"two cold, settled weeks\") is not a dropped one, \
if a length it gives holds the figure within the hedge before it (\"41 seconds\" → \"nearly a minute\" and \
\"90 seconds\" → \"under a minute\" are flagged; a duration the source sentence says too restates nothing); \
nor is a length of time in figures new where the source says one in words that it holds (\"a week\" → \"seven \
days\"; \"the past year\" → \"the past 12 months\", not \"an hour\" → \"two hours\"; also in a left-out source sentence beside it, merged into it), unless a source figure of its \
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
other's unit (\"eight new shops over 18 months\" → \"18 new shops over eight months\"), a kept count given to \
another group its source sentence names (\"1,200 towpath users found that 58% of walkers\" → \"1,200 \
walkers\", \"wine club and 34 shops\" → \"34-member wine club and shops\") and ages given to \
other people (\"Jordan Acheson, 29 … Shane Milloy, 24\" → \"24-year-old Jordan Acheson … Shane Milloy, \
the 29-year-old\"); of a value the suspect repeats, the copy after the figure the source has before it \
is the one kept (\"9.5% over two years … 6% over three years\" → \"9.5% over three years … 6% over three \
years\" flags the first); a sentence reworded past alignment where the source left one out, or beside the other half of a split one, keeps \
its figures, their digits in order (\"The runner-up receives £65,000\" → \"The beaten finalist takes home £56,000\" is flagged). A multiple stated by a verb that changed is flagged (\"doubled\" → \"tripled\"; \
\"doubled\" → \"halved\" reverses a rise, which polarity-drift judges; \"fourfold\" = \"quadruple\"), and so is a figure for each made \
the total (\"averaging 1,800 euros each\" → \"€1,800 in total\"), and a total over a length of time made \
a rate of time (\"$3 million over five years\" → \"$3 million a year for five years\"), and, outside a quotation, a size stated \
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
minute\" → \"nine minutes from time\", \"with nine minutes left\" or \"after 81 minutes\", \"the 50th minute\" → \"five minutes after half-time\" or \"after the restart\", \"after half-time\" or \"after the break\" → \"into the second half\", \"doubled the lead\" → \"scored his second\", \"runner-up\" → \"the second\") and an age given as a bare number of years (\"under 12 \
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
            out.extend(counted::recounted(
                article.src,
                article.doc,
                pair.pair,
                pair.theirs,
                &sorted.matched,
            ));
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
