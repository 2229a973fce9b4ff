//! `meaning-drift`: attribution, modality, intention, degree or scope shifted.

mod absence;
mod accusations;
mod attempts;
mod attitudes;
mod bounds;
mod carried;
mod causes;
mod certainty;
mod claims;
mod conditions;
mod degree;
mod deliberations;
mod denied_plans;
mod generics;
mod grants;
mod hedges;
mod loaded_speech;
mod near_certain;
mod open_plans;
mod plans;
mod pledges;
mod quantifiers;
mod reasons;
mod records;
mod refusals;
mod regions;
mod required;
mod reviews;
mod scare;
mod sources;
mod speakers;
mod speech_verbs;
mod substitutions;
mod superlatives;
mod tense;
mod unattributed;
mod weighed;
mod wholes;
mod word_senses;

use super::{Check, Context, Rule};
use crate::align::AlignedPair;
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::Document;

/// Flags substitutions that change who vouches for a statement, how sure or how strong it is.
pub struct MeaningDrift;

static RULE: Rule = Rule {
    id: "meaning-drift",
    category: Category::Meaning,
    default_severity: Severity::Warning,
    needs_source: true,
    summary: "Attribution, modality, intention, degree or scope shifted",
    explanation: "Some substitutions keep the topic but change the claim: a neutral attribution \
verb becomes a loaded or an affirming one (said → claims, said → confirmed, said → welcomed, unless the source's own word: \"said it was welcome\"; claimed → said passes where the copy keeps the denial; not \"according to a study\" moved to \
\"researchers reported\", the claim's verb beside it, \"saw a rise\" → \"showed a rise\", unchanged in stance; also where the rewrite moved it: \"said Marta \
Olsen\" → \"Marta Olsen conceded\", \"the director claimed.\", \"Keswick, which owns the chain, claimed the rise was needed\", \"Olsen admitted she had\"; verbs of contention may be exchanged: argued → \
maintained; so may one the source's sentence states outside a quotation: \"said he had always maintained his innocence\" → \"insisted he was \
innocent\"; a verdict of fault the source states may be condemned: \"said the fees were unfair\" → \"slammed the fees as \
unfair\"; a verb granting a claim whose denial it dropped, \"said it could not verify the \
photos\" → \"confirmed the photos\", reverses it, which polarity-drift reports, as does a refusal to say told as a confirmation, \
\"declined to say how many\" → \"confirmed that\", and a concession put for a denial or a defence: \
\"denied that the pool would close\" → \"admitted\", \"defended the decision\" → \"conceded\"), a possibility becomes a certainty (may → will; \"could not\", an ability denied, is certain \
already; \"would give\" → \"should make\", both the outcome expected, passes; so does a hedge the copy puts \
before the modal in its clause, \"there is a possibility that it will close\", a modal weakened under a hedge the \
source states before it, \"it is possible that the vote will be delayed\" → \"may be delayed\", and a word the copy \
keeps in another form, \"would study the ruling\" → \"once he had studied it\") or an expected or scheduled \
outcome (\"could open\" → \"is set to open\", \"may stay\" → \"is due to stay\"), a \
present plan becomes a past intention or a decision (plans to → has intended to, has decided to), a \
conditional becomes a certainty outside past reported speech (\"this plan would reduce\" → \"will \
reduce\"; \"has said it would\" is no past report), and so does a speaker's own intention reported with every verb of saying gone from the \
copy (\"the council said it would review\" → \"the council will review\"; not \"says it will review\", nor where another \
sentence made from the same source sentence still reports it, nor in an indirect question, \"how much it will charge\"), a condition becomes a given (\"if inflation keeps easing\" → \"as inflation \
eases\") or is deleted whole (\"would open in May if the board approves\" → \"would open in May\"), a strong degree becomes a \
weak one (substantial → adequate, slightly more → far more), an early stage a late one \
(early talks → advanced talks), a guarded verdict a glowing one (encouraging → impressive), \
a belief a finding (believe → have established; not what a judge or court said told as found; a paper's scoop told as its report, \"can reveal\" → \"has reported\", passes), a finding a proof (showed → proved, not inside a quotation the copy keeps, which misquote reports; \
denied on both sides it claims less: \"failed to show\" → \"failed to prove\" passes), nothing found told as proof (\"found no evidence that data was taken\" → \"confirmed that no data was taken\", \"had not found a fault\" → \"had ruled out a fault\"), a \
link a cause (linked to → caused by, led to, blamed on, reduced; \"a link between\" → \"causes\"; \"study links X to Y\" → \"X behind Y\"), a request a grant (requested → secured), a delay a cancellation (delaying → scrapping), help \
a guarantee (would help attract → would guarantee), doubt made \
opposition (wary of → opposed to), disappointment made fury (disappointed → furious), a reaction moved along the scale of feeling \
(\"welcomed\" → \"accepted\", \"cautiously optimistic\" → \"thrilled\", \"mixed feelings\" → \"strong objections\"; \"worried\" → \"concerned\" passes), an admission told as a doubted claim or the reverse (\"after admitting that\" → \"following claims that\"), a proposal a promise or a decision (proposed → \
promised, approved), what someone said they would do a pledge (\"said it would review\" → \
\"pledged to review\"; not a pledge denied or made a noun's modifier, \"made no promises\" → \"gave no guarantees\"), a plan denied a settled refusal (\"had no plans to close\" → \"would not close\", \
\"promised not to shut\"; not \"did not intend to appeal\" → \"won't appeal\"), some becomes all (much → most, not \"did not change much\" → \"broadly flat\", \"four of them\" → \"all of them\"; not \"most of 2025\" → \"much of 2025\", the bulk of a period), a modal's denial raised outside a quotation (\"could not\" → \"could never\"), or a fact becomes a refusal (\"the \
statement did not detail\" → \"the company would not specify\"; not one the source states, \"had turned down the invitation\" → \"had refused the invitation\"). Each word-level substitution of \
an aligned sentence is looked up in a curated table of such scales (\"some\" before a figure \
approximates it and is no scope: \"some 2,350 short\"); a run that shifts two kinds \
(\"could push some\" → \"would drive many\") gets a finding for each. A hedge dropped (\"expected \
to open\" → \"will open\", \"potential victims\" → \"victims\", \"said she believed the fall was\" → \"said the fall was\", \"a symphony believed to have lain unplayed\" → \"which lay unplayed\", \"appeared largest\" → \"was largest\", \"may have been caused by corrosion\" → \"corrosion caused\", though not → \"in her view the fall was\" or \"attributed the fall to\"; not when the same hedge stands elsewhere in the sentence or a goal or a noun of its \
stem keeps it, \"expects to save\" → \"is targeting savings\", \"had expected\" → \"in line with expectations\", nor when what it \
qualified is a doubt the copy still states, \"there could be no certainty\" → \"there was no certainty\", nor in a \
sentence paired with the source's only by where it stands, below the match threshold, which says something else, nor a modal of \
purpose or of an open question, \"so that he could rest\", \"whether it should move\", nor a hedge inside a \
refusal, \"declined to comment on its likely outcome\", nor \"may not\" told as \"not necessarily\", nor an \
inability, \"no faults that could not be repaired\", nor an ability told by a word of ability or permission, \"could apply\" → \"is eligible to apply\", \"could take only one\" → \"had room for just one\", nor a duty unmet, \"a valve that should have closed\", nor a \
possibility restated, \"where possible\" → \"where feasible\", nor advice kept by a verb of advice, \"said the club should fit\" → \"recommended that the club fit\", nor a hedge told by a verb or idiom of prospect, wish or deliberation, \"could disrupt\" → \"threatens to disrupt\", \"could be removed\" → \"risked removal\", \"appeared calm\" → \"looked calm\", \"may be delayed\" → \"faces delays\", \"hoped\" → \"was keen for\", \"is considering\" → \"is debating whether\", nor an estimate told as an approximation, \"estimates\" → \"approximates\", nor one told as the claim of its speaker, \"the surveyor estimated that\" → \"according to the surveyor\", nor an estimate of a figure told as a bound on one, \"an estimated £186,000\" → \"more than \
£190,000\", which number-drift judges, nor a hedge cut inside a quotation the copy keeps with no verb where it stood, which misquote reports (so is a word of degree, scope, habit, spread, assessment, stage, time, concern or criticism changed there, \"carries some risk\" → \"serious risk\", \"cautiously optimistic\" → \"optimistic\", unless it plays a claim down, \"substantial progress\" → \"adequate progress\"; a modal or a hedge changed there still drifts); a dropped hedge with no verb where it stood, a few words from another finding of its sentence, is part of that \
finding; with no verb where it stood, it is placed on the claim it governed where the copy keeps it, \"had probably helped \
patients, she said\" → \"had helped patients, according to her\", and not at all where that claim keeps a hedge of its own, \
\"were likely to be modest\" → \"expect only modest gains\", nor on a word linking clauses, \"though\", \"with\"; after a verb \
of saying put in, \"adding that it had bottomed out\", on the claim's verb) or a modal put before a plain verb (\"earns\" → \"may earn\"; not in what a concern the source names governs, \"raised concerns about wash damaging boats\" → \"concerns that wash could damage boats\", nor a counterfactual of a condition the source states, \"faced a fine if convicted\" → \"had he been convicted, he could have faced a fine\", which keeps that condition), an \
adverb of degree the source lacks (\"deeply sceptical\") or an adjective of severity put before a noun \
the source names plainly (\"found rot\" → \"discovered severe rot\"; not \"hard frost\" → \"severe frost\"), a cap made a floor (\"up to 180 \
million\" → \"at least 180 million\"; a denied floor is a cap: \"does not expect more than \
eight\" = \"no more than eight\", as is one nearly denied, \"rarely more than a third\", as is one whose denial the copy moves onto the bound: \"no tenant may keep more \
than two\" = \"tenants may keep no more than two\") or a figure just under or an approximate one made a floor (\"almost eight \
months\" → \"more than eight months\", \"about a third\" → \"more than a third\"), a floor made a figure just under (\"more than 3,000\" → \"nearly 3,000\") and a cap or floor dropped from its figure (\"for up to \
10 weeks\" → \"for 10 weeks\"; a floor told as an estimate is flagged with its word, \"at least four months\" → \"about four months\"; not a figure made a modifier, \"more than 2,600 people\" → \"a 2,600-name \
petition\"; not a spinner's phrase put for it, \"at least\" → \"in any event\", which garbled-phrase reports), and an approximation deleted from its figure (\"for about \
$3.4 billion\" → \"for $3.4 billion\", \"some 90,000\" → \"90,000\") are flagged too (within a few \
words of another finding, as part of it: \"could cost up to 15 million\" → \"will cost 15 million\"), and so are a plan stated as what will happen \
(\"plans to begin\" → \"will begin\") or as done (\"plans to freeze hiring\" → \"has frozen \
hiring\", \"would set up\" → \"has set up\"; not by \"been\" where \"be\" only carries the act after it, \"will be able to track\") or under way (\"plans to close\" → \"is closing\"), a hope, fear or risk dropped from the clause it governs \
(\"hoped the line would reopen\" → \"the line would reopen\", \"at risk of missing\" → \"would miss\"), an act under deliberation stated as settled (\"would \
consider extending\" → \"would extend\"; not one put to a vote, \"will vote on whether to strike\" → \"are to vote on strike action\", \"had not decided whether to publish\" → \"would publish\", though \"had decided to publish\" or \"had agreed to publish\" is polarity-drift's; not one denied on both sides, \"failed to weigh\" → \"had not considered\", nor one examined still, \"will look at staffing\" → \"will examine staffing\"; an open question's past verb kept without its \"whether\": \"examining whether \
the pumps failed\" → \"said the pumps failed\"; a review told as its outcome: \"would review the \
quota\" → \"would restore the quota\", \"was reviewing\" → \"was scaling back\"), a firm intention told as one weighed (\"would appeal\" → \"was considering an appeal\"), a question the source leaves open stated as \
answered (\"did not say whether fares would rise\" → \"fares will rise\"; \"said fares would rise\", with its negation removed, is polarity-drift's), a body's claim stated as fact (\"which says it has \
1,800 members\" → \"which has\", \"which the council says will cut\" → \"which will cut\"), a claim stripped of the attribution the source gives it \
to someone else (\"according to police, the transfer was made\" → \"the transfer was made\", or told as what a record shows: \
\"according to people familiar with the results\" → \"the results showed\"; not when the copy \
names the speaker by a word of the same sense, \"according to bookmakers\" → \"the bookies' favourites\", though not as an owner, \
\"a gap in the board's budget\" (as the holder of a view it names the speaker: \"the club's position is that\"), nor, where the source opens on its speaker, in another clause only, \"The park said the elephants would stay\" → \
\"The elephants will stay, and the park will pay\", nor when the \
sentence before, no headline, names the speaker saying something, which news copy lets carry over; the speaker is sought \
back only to a comma or relative word, \"the bridge, which inspectors said was worn\" → \"the bridge, worn,\" names no inspectors, \
or to a second noun phrase, \"a change the company says is needed\" → \"a change that is needed\"; a sentence split off that \
names the speaker keeps the attribution only when it comes first (\"The fall reflects a frozen budget.\" before a \
quotation \"said Brandvold\" is drift); nor when a court \"heard\" it, nor when the attribution stands cut off in a sentence of its own beside \
the claim, \"According to the.\", which fragment reports) \
or given to another party of the story (\"according to government estimates\" → \"according \
to company estimates\"; a person's claim given to an institution or the reverse: \"Trustee Amira \
Soleh argued\" → \"The board argued\", unless a sentence ties the two; a name of common words, \
\"Coastline Power\", is an organisation's, not a person's), an accusation stated as fact (\"accused of embezzling\" → \
\"for embezzling\", \"who embezzled\", unless the suspect still attributes it: \"who prosecutors \
claim embezzled\", or its \"of\" or \"with\" still holds the act: \"charged with fraud\" → \"billed with fraud\"), a characterisation the source attributes, in scare quotes or as an \
accusation, told in the writer's own voice (said the council had \"mismanaged\" the budget → \
\"over the council's mismanagement\", \"accused the firm of misleading customers\" → \"after \
the firm misled customers\", unless still attributed: \"what critics called\", \"according to\"), \
a contribution made the cause (\"contributed to\" → \"caused\"; not \"one cause of\"), one among others made the only one by any superlative of the same \
thing (\"one of the oldest abbeys\" → \"the oldest abbey\", \"a major factor\" → \"the main factor\") or a rank below the top \
made the top (\"the second-largest operator\" → \"the largest operator\"; not \"the largest after Lisbon\"), a claim or explanation the source attributes told as the reason (\"sued, alleging that the spray drifted\" → \"sued \
because the spray drifted\", \"blaming a price war\" → \"as a result of a price war\"; not \"saying\" or \"citing\", the subject's own reason, nor when the copy still says who gives it), \
a superlative the source bounds in time told as a record (\"the biggest since 2011\" → \"a record crowd\"), a partial or near statement made whole (\"repay part of the money\" → \
\"repay the money\", \
\"nearly doubled\" → \"doubled\", \"broadly offset\" → \"offset\"; not membership, \"is part of a series\"), a whole made partial (\"funded in full\" → \"partly funded\"; not \"not covered in full\" → \"partly covered\"), a plain gap widened (\"below the target\" → \"well below\", \"more than 40\" → \"well over 40\"), \
a frequent thing made constant and a toned-down move told as a steep one (\"fell slightly\" → \
\"slumped\", \"was slowing\" → \"was collapsing\", a plain rise told as soaring, \"rising rents\" → \"soaring rents\"; a narrow win told as a rout, \"edged past\" → \"thrashed\"; not a fall through space, \"fell onto the beach\" → \"collapsed onto the beach\"), \
a habit the source does not state (\"worked shifts of up to 11 hours\" → \"routinely worked \
11-hour shifts\"), a review told as an investigation (\"was reviewing the complaints\" → \"was \
investigating them\"), a count of a group told as the whole of it (\"two of the three members\" → \
\"all three members\"), a floor told as an estimate (\"at least 2,600 calls\" → \"some 2,600 \
calls\"), a sharp move told as a steady one (\"risen sharply\" → \"risen steadily\"), an attempt told as \
done (\"had tried to conceal the sales\" → \"hid the sales\"; not \"in a bid to hide\"), an option left open told as a plan or a suspicion (\"had not ruled out a legal \
challenge\" → \"was preparing a legal challenge\"; not \"has not excluded\" nor \"is still considering\"), what the source says can happen told as what does (\"can cause serious illness\" → \"causes serious illness\"; not \"is able to cause\", nor a passive, \"can be opened\" → \"is opened\"), a possibility told \
as all but certain (\"raising the possibility of a second election\" → \"making a second election all but \
certain\"), a certain denial told as unlikely (\"would not pursue a bid\" → \"was unlikely to pursue \
it\"), a part of a place widened to the whole (\"in parts of Europe\" → \"across Europe\"; not \
\"across nine countries\" nor \"across northern England\" for \"in the north of England\"), a multiple bounded like a figure (\"almost double\" → \"more than double\") and a claim reported \
after \"that\" and its subject stated as fact (\"a deal that critics say carries too much risk\" → \"a deal \
that carries\"), a reception moved to or from a split or lukewarm one (\"largely backed the plan\" → \"been \
divided over the plan\", \"welcomed\" → \"were lukewarm about\"; backing turned to opposition is polarity-drift's). Words \
polarity-drift reports are left to it, and a hedge kept word for word in the sentence beside \
(a quotation moved whole) is not dropped. Careful restatements pass: a belief told as a weaker one \
(\"was confident\" → \"expected\") or as the same one (\"confident\" → \"sure\"; \"not sure\" → \"not certain\", denied on both sides), \"thought about\" for \"considered\" (\"was considering applying\" → \"was thinking about applying\"), a warning told as a fear (\"warn of \
reed shortage\" → \"fearing reed shortage\"), estimates told as the same source's figures under a kept \
\"according to\", and a modal put where the source hedges already (\"would not be surprised if waits \
rose\" → \"expected that waits might rise\"); a claim entity-drift gives to another speaker, an \
attribution lost with the tail of a sentence fragment cuts short and a cap lost from a figure \
number-drift reports changed are left to those rules.",
    example_source: "The company said it plans to make substantial progress.",
    example_bad: "The company claims it has intended to make adequate progress.",
    example_good: "The company stated it plans to make substantial progress.",
};

/// A shifted word is flagged with the rest of its verb group ("has intended to") up to
/// this many tokens; a longer one alone.
const MAX_SPAN_TOKENS: usize = 3;

/// Bytes from another finding of its sentence within which a dropped hedge
/// with no verb where it stood is taken for part of that finding.
const GUESS_REACH: usize = 60;

impl Check for MeaningDrift {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(source) = ctx.source else { return };
        let (doc, src) = (ctx.suspect, source.doc);
        for pair in &source.alignment.pairs {
            // The pair's words, read once for the checks that scan them.
            let (tw, ow) = (pair.source_units.words(), pair.suspect_units.words());
            let words = (tw.as_slice(), ow.as_slice());
            let (before, mut guessed) = (out.len(), Vec::new());
            substitutions::substitutions(doc, src, (pair, &source.alignment.pairs), out);
            loaded_speech::attribution_moved(doc, src, pair, out);
            refusals::refusal(doc, src, pair, words, out);
            hedges::hedge_dropped(doc, src, pair, out, &mut guessed);
            hedges::hedge_added(doc, src, pair, out);
            let at = out.len();
            degree::intensifier_added(doc, src, pair, out);
            leave_quoted(doc, src, pair, out, at);
            bounds::bound_flipped(doc, src, pair, words, out);
            bounds::approximation_dropped(doc, src, pair, words, out);
            claims::claim_stated(doc, src, pair, words, out);
            deliberations::deliberation_dropped(doc, src, pair, words, out);
            reviews::review_settled(doc, src, pair, words, out);
            reviews::examination_settled(doc, src, pair, words, out);
            deliberations::question_settled(doc, src, pair, words, out);
            accusations::accusation_stated(doc, src, pair, words, out);
            scare::characterisation_stated(doc, src, pair, words, out);
            deliberations::pending_stated(doc, src, pair, words, out);
            weighed::firm_weighed(doc, src, pair, words, out);
            plans::plan_stated_done(doc, src, pair, words, out);
            degree::steep_move(doc, src, pair, words, out);
            degree::rout_claimed(doc, src, pair, words, out);
            degree::gap_restated(doc, src, pair, words, out);
            degree::comparison_restated(doc, src, pair, words, out);
            degree::denial_raised(doc, src, pair, words, out);
            superlatives::uniqueness_added(doc, src, pair, words, out);
            superlatives::uniqueness_removed(doc, src, pair, words, out);
            superlatives::rank_raised(doc, src, pair, words, out);
            let at = out.len();
            degree::partial_dropped(doc, src, pair, words, out);
            degree::severity_added(doc, src, pair, words, out);
            wholes::whole_turned(doc, src, pair, words, out);
            quantifiers::quantifier_added(doc, src, pair, words, out);
            leave_quoted(doc, src, pair, out, at);
            records::record_claimed(doc, src, pair, words, out);
            absence::absence_proved(doc, src, pair, words, out);
            causes::cause_stated(doc, src, pair, words, out);
            reasons::reason_stated(doc, src, pair, words, out);
            unattributed::attribution_dropped(
                doc,
                src,
                (pair, &source.alignment.pairs),
                words,
                out,
            );
            conditions::condition_dropped(doc, src, pair, words, out);
            conditions::condition_deleted(doc, src, pair, words, out);
            sources::attribution_swapped(doc, src, pair, words, out);
            speakers::speaker_swapped(doc, src, pair, source.names, out);
            pledges::statement_pledged(doc, src, pair, words, out);
            denied_plans::denied_plan_settled(doc, src, pair, words, out);
            open_plans::open_option_planned(doc, src, pair, words, out);
            attempts::attempt_done(doc, src, pair, words, out);
            generics::possibility_stated(doc, src, pair, words, out);
            near_certain::certainty_added(doc, src, pair, words, out);
            near_certain::denial_hedged(doc, src, pair, words, out);
            regions::region_widened(doc, src, pair, words, out);
            attitudes::attitude_moved(doc, src, pair, out);
            grants::grant_turned(doc, src, pair, out);
            // A dropped hedge with no verb where it stood, a few words from
            // another finding of its sentence, is that finding's doing told again at the
            // wrong words ("estimated that the stoppage could cost" → "the
            // stoppage is costing").
            let told = |d: &Diagnostic| {
                out[before..].iter().any(|o| {
                    o.start.abs_diff(d.end) <= GUESS_REACH || d.start.abs_diff(o.end) <= GUESS_REACH
                })
            };
            let kept: Vec<Diagnostic> = guessed.into_iter().filter(|d| !told(d)).collect();
            out.extend(kept);
        }
        // Where two findings overlap, the first found stays: a named shift
        // ("may" became "will") says more than a dropped hedge.
        out.sort_by_key(|d| d.start);
        // The kept one reaches over the other's words.
        out.dedup_by(|later, kept| {
            let overlap = later.start < kept.end;
            if overlap {
                kept.end = kept.end.max(later.end);
            }
            overlap
        });
    }
}

/// Drops the findings of `out` from `at` on (words of degree added or made
/// whole: "cautiously optimistic" → "optimistic") that stand inside a
/// quotation of a suspect sentence whose source sentence quotes too: a
/// quoted word changed, which misquote reports.
fn leave_quoted(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
    at: usize,
) {
    if out.len() == at || !claims::quoted(src, pair.source_tokens(src)) {
        return;
    }
    let tokens = pair.suspect_tokens(doc);
    let quoted = |d: &Diagnostic| {
        tokens
            .clone()
            .find(|&t| doc.tokens[t].start >= d.start)
            .is_some_and(|t| doc.quotes.encloses(t))
    };
    let kept: Vec<Diagnostic> = out.drain(at..).filter(|d| !quoted(d)).collect();
    out.extend(kept);
}

/// Flags suspect units `units` of `pair`, the message written around the
/// flagged text, with the source sentences as evidence.
pub(super) fn flag_units(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    units: std::ops::Range<usize>,
    message: impl FnOnce(&str) -> String,
    out: &mut Vec<Diagnostic>,
) {
    let (start, end) = doc.token_span(pair.suspect_units.tokens(units));
    out.push(
        Diagnostic::new(start, end, message(&doc.text[start..end]))
            .evidence(src.span_text(pair.source_tokens(src))),
    );
}

/// Flags the one suspect unit `k` of `pair`, as [`flag_units`] does a run.
pub(super) fn flag_unit(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    k: usize,
    message: impl FnOnce(&str) -> String,
    out: &mut Vec<Diagnostic>,
) {
    flag_units(doc, src, pair, k..k + 1, message, out);
}

/// Flags each replaced run of `pair` of at most `max_run` units on either
/// side, neither side inside a quotation the copy keeps and its words
/// flagged by no other finding, that `change` reads (given each side's
/// units and the run's units among them) as moved from one `what` to
/// another: "\"…\" became \"…\": the {what} changed from {was} to {now}".
pub(super) fn flag_reworded_runs(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    (what, max_run): (&str, usize),
    change: impl Fn(Side, Side) -> Option<(&'static str, &'static str)>,
    out: &mut Vec<Diagnostic>,
) {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    for e in pair.substitutions() {
        let (from, to) = (theirs.covering(&e.source), ours.covering(&e.suspect));
        if from.is_empty() || to.is_empty() || from.len() > max_run || to.len() > max_run {
            continue;
        }
        if src.quotes.encloses(e.source.start) && doc.quotes.encloses(e.suspect.start) {
            continue;
        }
        let Some((was, now)) = change((&theirs.text, from), (&ours.text, to)) else {
            continue;
        };
        let (start, end) = doc.token_span(e.suspect.clone());
        // A finding of another kind on these words says it already.
        if out.iter().any(|d| d.overlaps(start, end)) {
            continue;
        }
        out.push(
            Diagnostic::new(
                start,
                end,
                format!(
                    "\"{}\" became \"{}\": the {what} changed from {was} to {now}",
                    src.span_text(e.source.clone()),
                    &doc.text[start..end],
                ),
            )
            .evidence(src.span_text(pair.source_tokens(src))),
        );
    }
}

/// One side of a replaced run: all the units of its sentences, and the
/// run's among them.
pub(super) type Side<'a> = (&'a [String], std::ops::Range<usize>);
