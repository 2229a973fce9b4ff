//! `polarity-drift`: negation added or removed, antonyms and opposite phrases.

mod abstained;
mod affirmed;
mod against;
mod anchored;
mod answered;
mod argument;
mod assent;
mod bounds;
mod cancelled;
mod carried;
mod clause;
pub(crate) mod closed;
mod comparative;
mod consent;
mod counterpart;
mod degree;
mod denied_opposite;
mod derived;
mod dropped;
mod earliest;
mod enough;
mod evidence;
mod excuses;
mod few_many;
mod graded;
mod implied;
mod in_place;
mod inserted;
mod kept;
mod litotes;
mod moved_denial;
mod negation;
mod negators;
mod opposed;
mod ordered;
mod parties;
mod pending;
mod phrasal;
mod phrases;
mod possible;
mod quantifier;
mod question;
mod reassigned;
mod remainder;
mod restated;
mod reversed;
mod rhetorical;
mod scale;
mod since;
mod span;
mod split;
mod steady;
mod still;
mod suffixed;
mod swaps;
mod switched;
mod target;
mod turned;
mod until;

use super::{Check, Context, Rule};
use crate::align::AlignedPair;
use crate::finding::{Category, Diagnostic, Severity};
use crate::text::Document;
pub(crate) use few_many::few_for_many;
use negation::negation;
pub(crate) use opposed::are_converses;
use phrases::{direction_flips, direction_swapped, opposite_phrases};
use std::ops::Range;
use swaps::{antonyms, moved_opposites};

/// Flags aligned sentences whose meaning flipped.
pub struct PolarityDrift;

static RULE: Rule = Rule {
    id: "polarity-drift",
    category: Category::Meaning,
    default_severity: Severity::Error,
    needs_source: true,
    summary: "Negation added or removed, or a word or phrase swapped for its opposite",
    explanation: "Counts negations (not, n't, no, never, without, nor, fail to, stop short of doing, rather than, \
instead of (not before a figure or a short phrase holding one: \"rather than the earlier estimate of 310 million\"), nowhere near, little (not before a plural noun: \"little shops\") or few without a determiner (not where the other \
side states the amount small: \"a small effect\" → \"little effect\"), barely or hardly \
(not before an amount: \"barely 40 minutes\"), and words that deny by themselves: missed (not describing a noun: \"over missed \
targets\"), declined (not a fall to an amount: \"declined to 61 million\"), exempt…) on both sides of each aligned sentence, so \
\"and not from\" → \"rather than from\", \"no choice\" → \"little choice\", \"missed the \
deadline\" → \"failed to meet it\" and \"did not say when or how\" → \"did not say when. Nor did \
it say how\" pass (a \"nor\" after another negation is counted with it); an odd change that no antonym swap cancels (\"did not approve\" → \
\"rejected\" passes) is flagged where the negation appeared or vanished, unless the rewrite \
dropped the denial with a clause of six words or more and with every word it denied (\"but had not yet decided whether \
to list it\" → \"and list it this spring\" passes; what is stated as settled is meaning-drift's). Phrases of opposite \
polarity from a curated list (\"shunning the limelight\" ↔ \"in the headlines\") are flagged too, \
as is a figure that moves the other way however the sentence was reordered (\"rose 4.6 percent\" \
→ \"fell 4.6%\"), each reversal of a sentence counted (\"tightened … above\" → \"relaxed … below\"; not a \
comparison turned round with the figures either side of it: \"$1.1m, less than half the $2.4m\" → \"$2.4m, more than twice \
the $1.1m\"), \
a strict opposite from the curated news list in a sentence rebuilt around it \
(\"was welcomed by the union\" → \"the union criticised it\"; not between converse verbs, nor \
where negations could answer it; converse verbs with the parties swapped, one of them perhaps unnamed (\"A led 2-0\" → \"B \
trailed 2-0\"), or a thing handed over in the passive on both sides (\"was given daily\" → \"was taken daily\") pass), and a denial moved to another word both sentences name, so the \
counts balance (\"postponed, not cancelled\" → \"cancelled, not postponed\"), as is a negative \
quantifier swapped for a universal one before an unchanged predicate (\"none of them inside\" → \"all of them \
inside\"; \"no posts would be cut\" → \"every post would be kept\" passes). A negation carried inside a word (\"lose\", \"unable\", \"refused permission\", \"free of charge\", \"shut\" or \"closed\", \"intact\", \"axed\", \"stuck\", \"capped\", \"elsewhere\", \"last seen\" \
for \"not seen since\", \"still awaiting\" for \"not yet\", \"still under way\" for \"had not yet concluded\", \"remain closed until\" for \"not reopen before\") \
answers an explicit one on the other side, as does keeping for a denied change (\"would \
not revise the forecast\" → \"would keep the forecast\") or a state kept for a denied act (\"had not panicked\" → \"had kept \
calm\"), opposing (\"would oppose any cuts\" → \"would accept no cuts\"; not where it flips an undenied word: \"which \
approved it, found no evidence\" → \"which rejected it, found evidence\" is flagged), a last occurrence for a denial since \
(\"their last title came in 2019\" → \"have not won a title since 2019\"), a \"less\" for a denied equal comparison (\"some were \
less keen\" → \"not all were as keen\"), a decision against an act (\"voted against striking\" → \"voted not to strike\") \
and a curated opposite phrase the negation denies (\"did not approve\" → \"turned down\"); a negative word its own side \
denies carries nothing (\"Neither will close, and no posts go\" → \"Neither will shut, and posts go\" is flagged), nor does an \
act of ending restating a denied one before the same object (\"would not scrap the line\" → \"would cancel the line\" is flagged); a negation moved within its clause (\"no one was \
hurt\" → \"there were no injuries\") or answered by an opposite in its own clause (\"not \
high\" → \"low\") passes, and a negative prefix makes an opposite (\"unlicensed\" → \
\"licensed\"). A negation inside a clause the rewrite inserted, denying a word the source \
sentence never uses (\"Nobody was hurt when …\" added before the source's account), is new \
content and passes, and so does a superlative restated as a denied comparative (\"the \
largest since 2011\" → \"not since 2011 a bigger one\", \"for the first time\" → \"never \
before\"). A denied giving-up restated as going on (\"had not given up on\" → \"was still \
pursuing\") passes, as does a share told by its complement (\"won nine of 12\" → \"lost three of \
12\"), and a curated phrase whose source word another opposite already answers (\"ahead of plan \
but below forecasts\" → \"behind plan and short of forecasts\": one flip, \"behind\"); an opposite \
beside a negation that a word of its own edit carries stands (\"does not apply to flats built after \
2015\" → \"excluding flats built before 2015\"), and hyphenated opposites count whole \
(\"loss-making\" → \"profitable\"). A denying verb that is itself the opposite of the source's word \
(\"beating forecasts\" → \"missing forecasts\") is that flip, not a negation an opposite answers. A negative verb \
restating a word the other sentence leaves undenied carries no negation (\"failed to find him, and the file was closed\" → \
\"found him, and the file was shut\" is flagged). The same verb with its parties swapped is flagged (\"the Hawks defeated \
the Lions\" → \"the Lions defeated the Hawks\", \"favoured owners over tenants\" → \"favoured tenants over owners\"); \
a passive (\"the Lions were defeated by the Hawks\") or a shared act (\"met\") passes. \
An opposite that stands by the figure a source word of its own stood by refers to that word's thing and is no flip \
(\"exports totalled 4.2bn, while imports rose 3%\" → \"imports climbed 3%, while exports came to 4.2bn\"; \
\"well below the record 11,800 MW\" → \"short of the record 11,800 MW\"). A curated phrase kept in a clause the \
rewrite split off leaves the other flipped (\"did not approve …, but granted permission\" → \"turned down …. It \
granted permission\" passes; without the denial it is flagged). A denial restated from the source sentence just \
before or after the aligned ones, with the words it denies, was merged in, not added. A negative quantifier made \
universal leaves the negation that balanced it standing (\"would still keep …, none would lose\" → \"would no longer \
keep …, all would lose\": both flagged), and a denial moved onto another form of a verb counts (\"kept … would not \
raise\" → \"did not keep … would raise\"). A negative word denied as the other side denies a plain word of its \
meaning (\"would not close\" → \"would not shut\") is no double negation (\"could not continue without\" → \"could \
not continue with\" is flagged). A removed negation whose edit left only function words or misspellings of the source's words \
is flagged through the predicate after it (\"but no action had been taken\" → \"and had been dealt with\"). \
A resulting \"leaving\" carries no negation (\"rain fell, leaving the ground saturated and able to absorb more\" for \"could \
not absorb more\" is flagged). A flipped word with a second pair of opposites among the five words after it on each side \
restates (\"dropped plans to close two depots\" → \"kept two depots open\" passes). \
A freeze restates a denied rise either way round (\"fares will be frozen\" ↔ \"fares will not rise\"; not \"had not \
received an increase\", which denies the receiving), keeping on restates a denied change (\"would not change its plans\" → \
\"would press ahead with its plans\"), compliance a denied breach (\"did not break the law\" → \"acted lawfully\"), and \
\"protected from\", \"still below\", \"close for\", \"still to\" (for \"not yet\") and an upper bound (\"30% or \
lower\" for \"did not exceed 30%\") carry a denial (\"the cuts would not affect libraries\" → \"libraries \
would be protected from the cuts\"). A litotes denies its \"without\" (\"not without its critics\" → \"has its critics\" \
passes), and a superlative restates its own adjective graded and denied (\"not this low since 2015\" → \"the lowest since \
2015\"). A movement told as no change, or no change as a movement, is flagged (\"had fallen by 14%\" → \"had held \
steady\", \"kept its dividend unchanged\" → \"raised its dividend\"); not a denied movement (\"did not rise\" → \"held \
steady\"), a hedged standstill (\"largely unchanged\"), or a sentence that states both. A name of several words is \
one party (\"Kestrel Vale beat Oakhurst\" → \"Oakhurst beat Kestrel Vale\" is flagged), as is the giver swapped \
with the party after \"to\" or \"from\" (\"A lent 40m to B\" → \"B lent 40m to A\"), and a verb turned passive with \
its parties kept in place is flagged (\"the Hawks defeated the Lions\" → \"the Hawks were defeated by the Lions\"). \
\"At most\" carries a denied \"more than\" (\"did not last more than two days\" → \"lasted two days at most\"), \
a denied vote against stated is flagged (\"did not vote against it\" → \"voted against it\"), \"precede\" and \
\"follow\" are converses, as are \"before\" and \"after\" with the events they order swapped (\"A ended before B began\" → \
\"B began after A ended\"), and so are a verb of handing over and its converse's agent (\"looking to sell\" → \
\"seeking a buyer\"). \
A comparison turned round with its parties (\"higher in Northvale than in Southmere\" → \"lower in Southmere than in \
Northvale\", even where the parties are opposites: \"the northern wards\", \"the southern wards\"), converse verbs whose parties differ by a modifier (\"the Liberal candidate led the Labour candidate\" → \
\"the Labour candidate trailed the Liberal candidate\") and \"from\" ↔ \"to\" after converse verbs with the parties \
swapped (\"received a grant from the fund\" → \"the fund awarded a grant to the museum\") pass. \
\"Has yet to\" denies as \"has not\" does (\"has yet to name\" → \"has named\" is flagged; \"remains to be set\", \
\"still needs approval\" and \"awaiting approval\" carry it). A word denied by its prefix in place of another (\"disappointed that … had not renewed\" → \"unhappy that … had renewed\") restates it and answers no denial. A denied expectation stated as exceeded (\"had not expected so steep a fall\" → \"fell more steeply than expected\") \
and \"reluctant\" for \"never wanted\" pass, as does \"beyond its means\" for \"not affordable\"; \"out of reach\" → \"within reach\" is flagged, as is a converse in the other voice with the parties swapped (\"A was lent 12m by B\" → \"B borrowed 12m from A\"). \"More than any other\" restated as \"no other … as much\" passes. \
A negative word restating a curated phrase of its own side (\"voted against the plan\" → \"opposed the plan\") carries no \
negation, nor does a \"rather than\" standing for an \"or\"; a denied decision on a question (\"had not decided whether\") \
settled without a verb of settling (\"would appeal\") is meaning-drift's (agreeing to the act settles it: \"has agreed to fund\" is flagged), as is a process under way whose decision a \
contrast denied told as decided (\"was considering a challenge but had not decided whether to proceed\" → \"has decided \
to launch a challenge\"). An excess told as a sufficiency before the same \
act, or the reverse, is flagged (\"too modest to reverse\" → \"enough to reverse\"), as is money lost told as made \
(\"lost 2 million pounds\" → \"made 2 million pounds\"; \"made 40 staff redundant\" is no gain); a quotation recast around \
a new denial of a word the source sentence never uses (\"we have worked hard\" → \"we have failed to keep up\") is \
misquote's. A count told by its remainder passes (\"61 of the 90 passed\" → \"of the 90, 29 failed\"; \"31,420 started and \
29,870 finished\" → \"about 1,550 failed to finish\"; \"two of the ten voted against\" → \"eight of the ten voted in \
favour\"; the whole stated on the side of the part: \"two of four were upheld\" → \"two of six were dismissed\" is \
flagged), and \"none of\" denies a curated phrase after its noun (\"none of the councils opposed it\" → \"every council \
backed it\" passes); handing over is the converse of taking and receiving (\"took over the route from the council\" → \"the \
council handed the route to the firm\" passes), and a \"-less\" word carries the denial of its noun (\"without power\" → \
\"powerless\"). \
\"Few\" and \"many\" swapped after the same determiner are flagged (\"the few boats\" → \"the many boats\"), as are \"never\" \
told as \"only once\" and a denial moved off a verb of telling onto what it reported (\"did not say whether it would sell\" → \
\"said it would not sell\"; not off a verb of belief: \"did not expect to raise\" → \"expected not to raise\" passes). \
A denied attainment told as a shortfall of the same mark passes (\"did not reach the 40 million\" → \"below the 40 \
million\"), as do \"far from X\" for the other side's \"not X\", \"more than X\" for it where no figure follows and no denial is left \
on its side (\"could not afford it\" → \"it was more than they could afford\"; \"at least\" made \"at most\" is \
meaning-drift's), a denial moved onto the bound it governed (\"no household may keep more than two\" → \"households \
may keep no more than two\") and an adverb of a negative word (\"anonymously\" → \
\"without giving a name\"); opposite verbs acting on the same thing are paired whatever the voice (\"rejected a plan \
to extend terms\" → \"a plan to extend terms was backed\" is flagged), and so are opposite adjectives describing \
the same noun before it or after \"be\" (\"streets with low participation\" → \"streets where participation is high\"). \
A denied disruption told as normal running (\"would not be affected\" → \"would run as normal\"), \"not as far as\" \
for \"less than\" and a denied level told as below it (\"did not run at full capacity\" → \"ran below full \
capacity\") pass. \
An adjective sharing a sense with a WordNet opposite of the source's is an opposite (\"largely orderly\" → \"largely \
chaotic\" is flagged, \"not large\" → \"modest\" passes), and \"barely\" or \"hardly\" restates a small amount the \
other side states (\"dipped slightly\" → \"barely moved\"). An act held back by its gerund after \"from\" or \"off\" \
restates its denied verb (\"did not raise rates\" → \"refrained from raising rates\"; not a change from one act to \
another: \"moved from raising rates to cutting them\"). A denied equal comparison with an expectation denies the \
comparison (\"not as bad as expected\" → \"better than expected\" passes, → \"worse than expected\" is flagged). A state kept restates a denied act past a noun phrase (\"did not sail\" → \"kept the ferry in port\"). A \"not … until\" dropped with its words and \"until\" kept is flagged (\"was not restored until Friday\" → \"was restored until Friday\"). An \"only\" carries a denial only where it bounds the act (\"would not resume talks while the lockout continued\" → \"would resume talks only once it was over\" passes; \"had not consulted\" → \"had only briefly consulted\" is flagged), and a claim the source leaves untold (\"did not say whether\", \"could not establish that\") told as confirmed, found or ruled, or as said with the verb of telling kept (\"did not say whether they would appeal\" → \"said they would appeal\"), is flagged, whatever negative word stands elsewhere in the sentence (\"did not comment on the policy\" → \"confirmed it had cancelled the policy\"). A \"not … until\" told as \"before\" is flagged (\"will not decide until the count is in\" → \"will decide before the count is in\"), and the \"up\" of \"up to 40%\" is a bound, no rise an opposite could answer. \"Fewer than 200\" told as \"not as many as 200\" and \"less than half\" as \"not even half\" pass, a vote tally does not keep a decision against an act from denying it (\"voted 7 to 4 against releasing\" → \"chose not to release\"), a held-back act is matched by its base form (\"did not cut\" → \"refrained from cutting\"), abstaining carries a denied vote (\"abstained\" → \"did not vote\"), \"survive\" and \"die\" are opposites (\"did not survive\" → \"died\" passes) and \"before\" an act restates \"without\" it (\"spin without breaking up\" → \"rotate before breaking apart\"). A negative word one edit put in answers only the denial of its own or a neighbouring edit (\"did not expect …, would not ring\" → \"expected …, would stay silent\" is flagged), and \"objected to\" stands undenied for a denied \"objection\". A denying word dropped with the act it governed kept and no denial in that act's clause is flagged (\"declined to say whether it would cut prices\" → \"said it would cut prices\", \"ruled out a link\" → \"confirmed a link\"; with an object only where a word of assent stands in its place: \"rejected the plan\" → \"voted down the plan\" passes), as is a refusal with no act named told as assent (\"The judge declined.\" → \"The judge agreed.\"). An act ruled out or given up where the other side words it otherwise counts as a denial (\"was considering whether to take the case\" → \"had ruled out taking the case\" and \"was still pursuing\" → \"had given up pursuing\" are flagged; \"did not rule out selling\" → \"might sell\" passes), and a denied word of dissent told as another (\"raised no objections\" → \"opposed the plan\") is flagged. A decision \"against\" advice told as one \"in line with\" it is flagged, as is \"raising fears\" → \"easing fears\" (a movement's \"-ing\" form counts), and a rule not relaxed or repealed is restated by a rule kept in place. \
\"Up\" and \"down\" after different verbs, one a WordNet phrasal verb with no sense of movement, are no opposites \
(\"would not give up without a fight\" → \"would not go down without a fight\" passes; \"went up\" → \"came down\" \
is flagged). \
A thing \"missing\" is a thing not found (\"remains missing\" → \"has yet to be found\" passes), and a litotes across a participle with no modal before it affirms what it was \
without (\"was not approved without opposition\" → \"faced opposition before it was approved\" passes; \"could not \
survive without\" is no litotes). An act a denied \"rule out\" leaves open told as plainly denied, or the reverse, is flagged \
(\"could not rule out compulsory redundancies\" → \"there would be no compulsory redundancies\", \"had no intention \
of moving\" → \"had not ruled out moving\"; \"did not rule out\" → \"did not preclude\" passes), as is an open question \
a denied verb of telling left untold told by another, even as a denial (\"declined to say whether any staff had \
been dismissed\" → \"confirmed that no staff had been dismissed\"); \"not long after\" restates \"shortly after\" \
and \"not easily\" \"hard\", and \"-ing\" forms after \"be\" that are opposites only as adjectives are none \
(\"was standing for election\" → \"was running\"). A verb of contradiction (\"deny\", \"reject\", \"dispute\", \"contest\", \"challenge\", \
\"refute\", \"rebut\") answers no denial of another (\"The council denied this\" → \"The council did not dispute \
this\" is flagged). A figure moved onto another movement whose verb keeps its own way is reassigned, no flip \
(\"income rose by 4%, while spending fell slightly, to £3.2m\" → \"income rose to £3.2m, while spending fell by 4%\"; \
\"rose slightly\" → \"edged up\" keeps the way), and \"come\" and \"go\" before different words are phrases of their \
own (\"come online\" → \"go live\" passes; \"went up\" → \"came down\" is flagged). \"Discourage\", \"deter\", breaking \
a rule or law, \"beyond repair\" and \"beyond\" before an act (\"was beyond saving\" for \"could not be saved\") carry a denial (\"break the rules\" → \"do not follow the rules\" passes). \
A verb of assent put for a verb of contest in the same form, or the reverse, is flagged (\"respected the verdict\" → \
\"disputed the verdict\", \"would comply\" → \"would contest the order\", \"denied that\" → \"conceded that\"). \
An auxiliary \"have\" before a participle the other side restates is no opposite (\"had lost about two weeks\" → \
\"missed roughly two weeks\" passes; \"still lacked\" → \"had installed\" is flagged), and \"un-\" before what a \
denied verb can do restates the denial (\"could not afford an increase\" → \"an increase was unaffordable\"). \
An option the source leaves open (a denied ruling out, or \"left open the possibility of\") told as closed \
is flagged: an undenied \"rule out\", \"exclude\", \"dismiss\", \"reject\", \"set aside\", \"drop the idea of\" \
or \"off the table\" before the act, or after it with the act as subject (\"had not ruled out a legal challenge\" \
→ \"had dismissed the idea of a legal challenge\", \"has not been ruled out\" → \"remains off the table\"); \
\"has not closed the door to\", \"is still considering\" and \"remains open to\" pass. \
An act denied before a time told as done in or by it (\"will not reopen before March 2026\" → \"will reopen in \
March 2026\") is meaning-drift's, a denied verb of contest told as assent in another tense restates it (\"did not \
dispute\" → \"admitted\", \"did not object to\" → \"backed\"), and so does a \"did not dispute that\" added where \
the source contests nothing. A negative word that only replaced one plain word in a clause of its own answers no \
denial turned round elsewhere (\"dropped the fine but refused to change its rules\" → \"abandoned the fine but agreed \
to review its rules\" is flagged; \"found him, 61, not guilty\" → \"acquitted him, 61,\" passes). \
Consent told by a denied obstruction (\"had no objection to\", \"would not stand in the way of\", \"would not \
mind\") against dissent on the other side (\"opposed\", \"objected to\", \"resisted\", \"could not approve\", \
\"did not want\") is flagged where neither side holds both (\"opposed the sale\" → \"would not stand in the way of the \
sale\", \"could not approve it\" → \"had no objection to it\"; \"would not object\" → \"had no objection\" passes). \
Two flips side by side, an amount or a \
condition and the word it governs, restate each other (\"fewer than half had\" → \"more than half lacked\", \
\"banned unless\" → \"allowed if\"), and a claim the source questions (\"questioned whether it could cope\") \
told as denied or turned round (\"warned it could not cope\") is meaning-drift's. A verb with its object on one \
side and its other party after a preposition on the other is a passive without \"by\", no reversal (\"Zoo delays \
pool opening\" → \"Pool opening delayed at zoo\" passes). An opposite a negative word before it denies on its side only \
restates (\"keeps its licence\" → \"avoids losing its licence\", \"unless\" → \"except if\"). A negative word restating an undenied word of its own \
family on the other side carries no denial (\"during the suspension … did not expect to recover\" → \"while \
shipments were suspended … expected to recover\" is flagged). \"Stayed put\", \"switched off\", \"offline\" \
and \"astray\" carry a denial (\"was glad he had not moved\" → \"was pleased he had stayed put\"), and \"little\" \
restates a low amount (\"the risk was low\" → \"faced little risk\"). \"Without delay\" and \"without hesitation\" \
deny nothing where the other side has no word of their noun's root (\"promptly\" → \"without delay\").",
    example_source: "Ma has been shunning the limelight and did not attend.",
    example_bad: "Ma has been in the headlines and attended.",
    example_good: "Ma has been shunning the limelight and didn't attend.",
};

impl Check for PolarityDrift {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(source) = ctx.source else { return };
        let (doc, src) = (ctx.suspect, source.doc);
        for pair in &source.alignment.pairs {
            let first = out.len();
            let mut denied_phrases = Vec::new();
            opposite_phrases(doc, src, pair, out, &mut denied_phrases);
            direction_flips(doc, src, pair, out);
            direction_swapped(doc, src, pair, out);
            parties::swapped_parties(doc, src, pair, out);
            steady::steadied(doc, src, pair, out);
            graded::graded_the_other_way(doc, src, pair, out);
            few_many::few_made_many(doc, src, pair, out);
            until::dropped_until(doc, src, pair, out);
            affirmed::affirmed_denials(doc, src, pair, out);
            possible::possibility_flipped(doc, src, pair, out);
            let mut flips = Vec::new();
            antonyms(doc, src, pair, &mut flips);
            moved_opposites(doc, src, pair, &mut flips);
            flips.retain(|d| {
                !(question::questioned_flip(pair, d)
                    || reversed::reversed_with_terms(doc, src, pair, d)
                    || until::restated_until(doc, pair, d)
                    || denied_opposite::denied_opposite(doc, pair, d))
            });
            // "drops plans to close" → "keeps … open": two reversals restate.
            if cancelled::opposites_cancel(doc, pair, &flips) {
                // A curated phrase on a cancelled flip's word goes with it.
                let gone: Vec<usize> = flips.iter().map(|d| d.start).collect();
                let mut kept = out.split_off(first);
                kept.retain(|d| !gone.contains(&d.start));
                out.append(&mut kept);
                flips.clear();
            }
            // A denied opposite phrase ("did not approve" → "turned down")
            // answers the negation as a word flip does; it is never a
            // finding of its own.
            denied_phrases.retain(|p| !flips.iter().any(|d| d.overlaps(p.start, p.end)));
            let phrases: Vec<(usize, usize)> =
                denied_phrases.iter().map(|d| (d.start, d.end)).collect();
            flips.append(&mut denied_phrases);
            let moved = bounds::denial_onto_bound(doc, pair, &mut flips);
            negation(doc, src, pair, source.alignment, &mut flips, out);
            flips.retain(|d| !phrases.contains(&(d.start, d.end)));
            out.append(&mut flips);
            enough::sufficiency_flipped(doc, src, pair, out);
            consent::consent_flipped(doc, src, pair, out);
            let mut turned = Vec::new();
            bounds::bound_turned(doc, src, pair, out, &mut turned, moved);
            out.append(&mut turned);
            closed::possibility_closed(doc, src, pair, out);
        }
        // An opposite phrase may also be an antonym ("opposed" → "supported"): one finding.
        out.sort_by_key(|d| (d.start, d.end));
        out.dedup_by(|later, kept| later.start == kept.start && later.end == kept.end);
    }
}

/// A finding on the suspect's units `now` of `pair` for the source's units
/// `was`, two sides of a pair of `opposites` ("\"too small\" became \"large
/// enough\": an excess and a sufficiency are opposites").
fn became(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    was: Range<usize>,
    now: Range<usize>,
    opposites: &str,
) -> Diagnostic {
    let (start, end) = doc.token_span(pair.suspect_units.tokens(now));
    let old = src.span_text(pair.source_units.tokens(was));
    Diagnostic::new(
        start,
        end,
        format!(
            "\"{old}\" became \"{}\": {opposites} are opposites",
            &doc.text[start..end]
        ),
    )
    .evidence(old)
}
