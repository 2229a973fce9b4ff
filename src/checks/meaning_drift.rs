//! `meaning-drift`: attribution, modality, intention, degree or scope shifted.

mod bounds;
mod carried;
mod causes;
mod claims;
mod conditions;
mod degree;
mod hedges;
mod plans;
mod pledges;
mod records;
mod reviews;
mod scare;
mod sources;
mod speakers;

use super::{Check, Context, Rule};
use crate::align::AlignedPair;
use crate::align::units::Units;
use crate::finding::{Category, Diagnostic, Severity};
use crate::lexicon::negation::{is_negator, is_negator_word};
use crate::lexicon::stance::{Stance, shift, stances};
use crate::lexicon::wordnet::are_antonyms;
use crate::text::Document;
use crate::text::tokens::TokenKind;
use crate::text::words::stem;

/// Flags substitutions that change who vouches for a statement, how sure or how strong it is.
pub struct MeaningDrift;

static RULE: Rule = Rule {
    id: "meaning-drift",
    category: Category::Meaning,
    default_severity: Severity::Warning,
    needs_source: true,
    summary: "Attribution, modality, intention, degree or scope shifted",
    explanation: "Some substitutions keep the topic but change the claim: a neutral attribution \
verb becomes a loaded or an affirming one (said → claims, said → confirmed; also where the rewrite moved it: \"said Marta \
Olsen\" → \"Marta Olsen conceded\", \"the director claimed.\", \"Olsen admitted she had\"; verbs of contention may be exchanged: argued → \
maintained; a verdict of fault the source states may be condemned: \"said the fees were unfair\" → \"slammed the fees as \
unfair\"; a verb granting a claim whose denial it dropped, \"said it could not verify the \
photos\" → \"confirmed the photos\", reverses it, which polarity-drift reports), a possibility becomes a certainty (may → will; \"could not\", an ability denied, is certain \
already), a \
present plan becomes a past intention (plans to → has intended to), a \
conditional becomes a certainty outside past reported speech (\"this plan would reduce\" → \"will \
reduce\"; \"has said it would\" is no past report), a condition becomes a given (\"if inflation keeps easing\" → \"as inflation \
eases\") or is deleted whole (\"would open in May if the board approves\" → \"would open in May\"), a strong degree becomes a \
weak one (substantial → adequate, slightly more → far more), an early stage a late one \
(early talks → advanced talks), a guarded verdict a glowing one (encouraging → impressive), \
a belief a finding (believe → have established), a finding a proof (showed → proved; \
denied on both sides it claims less: \"failed to show\" → \"failed to prove\" passes), a \
link a cause (linked to → caused by, led to, blamed on; \"study links X to Y\" → \"X behind Y\"), a request a grant (requested → secured), a delay a cancellation (delaying → scrapping), help \
a guarantee (would help attract → would guarantee), doubt made \
opposition (wary of → opposed to), a proposal a promise or a decision (proposed → \
promised, approved), what someone said they would do a pledge (\"said it would review\" → \
\"pledged to review\"), some becomes all (much → most), or a fact becomes a refusal (\"the \
statement did not detail\" → \"the company would not specify\"). Each word-level substitution of \
an aligned sentence is looked up in a curated table of such scales (\"some\" before a figure \
approximates it and is no scope: \"some 2,350 short\"); a run that shifts two kinds \
(\"could push some\" → \"would drive many\") gets a finding for each. A hedge dropped (\"expected \
to open\" → \"will open\"; not when the same hedge stands elsewhere in the sentence, nor a modal of \
purpose or of an open question, \"so that he could rest\", \"whether it should move\", nor a hedge inside a \
refusal, \"declined to comment on its likely outcome\", nor \"may not\" told as \"not necessarily\", nor an \
inability, \"no faults that could not be repaired\", nor a duty unmet, \"a valve that should have closed\", nor a \
possibility restated, \"where possible\" → \"where feasible\"; a dropped hedge with no verb where it stood, a few words from another finding of its sentence, is part of that \
finding) or a modal put before a plain verb (\"earns\" → \"may earn\"), an \
adverb of degree the source lacks (\"deeply sceptical\"), a cap made a floor (\"up to 180 \
million\" → \"at least 180 million\"; a denied floor is a cap: \"does not expect more than \
eight\" = \"no more than eight\") or a figure just under made a floor (\"almost eight \
months\" → \"more than eight months\") and a cap or floor dropped from its figure (\"for up to \
10 weeks\" → \"for 10 weeks\"), and an approximation deleted from its figure (\"for about \
$3.4 billion\" → \"for $3.4 billion\", \"some 90,000\" → \"90,000\") are flagged too (within a few \
words of another finding, as part of it: \"could cost up to 15 million\" → \"will cost 15 million\"), and so are a plan stated as what will happen \
(\"plans to begin\" → \"will begin\") or as done (\"plans to freeze hiring\" → \"has frozen \
hiring\", \"would set up\" → \"has set up\") or under way (\"plans to close\" → \"is closing\"), a hope, fear or risk dropped from the clause it governs \
(\"hoped the line would reopen\" → \"the line would reopen\", \"at risk of missing\" → \"would miss\"), an act under deliberation stated as settled (\"would \
consider extending\" → \"would extend\"; an open question's past verb kept without its \"whether\": \"examining whether \
the pumps failed\" → \"said the pumps failed\"; a review told as its outcome: \"would review the \
quota\" → \"would restore the quota\"), a question the source leaves open stated as \
answered (\"did not say whether fares would rise\" → \"fares will rise\"), a body's claim stated as fact (\"which says it has \
1,800 members\" → \"which has\", \"which the council says will cut\" → \"which will cut\"), a claim stripped of the attribution the source gives it \
to someone else (\"according to police, the transfer was made\" → \"the transfer was made\"; not when the \
sentence before names the speaker saying something, which news copy lets carry over, nor when \
a court \"heard\" it) \
or given to another party of the story (\"according to government estimates\" → \"according \
to company estimates\"; a person's claim given to an institution or the reverse: \"Trustee Amira \
Soleh argued\" → \"The board argued\", unless a sentence ties the two; a name of common words, \
\"Coastline Power\", is an organisation's, not a person's), an accusation stated as fact (\"accused of embezzling\" → \
\"for embezzling\", \"who embezzled\", unless the suspect still attributes it: \"who prosecutors \
claim embezzled\"), a characterisation the source attributes, in scare quotes or as an \
accusation, told in the writer's own voice (said the council had \"mismanaged\" the budget → \
\"over the council's mismanagement\", \"accused the firm of misleading customers\" → \"after \
the firm misled customers\", unless still attributed: \"what critics called\", \"according to\"), a superlative the source bounds in time told as a record (\"the biggest since 2011\" → \"a record crowd\"), a partial or near statement made whole (\"repay part of the money\" → \
\"repay the money\", \"nearly doubled\" → \"doubled\", \"broadly offset\" → \"offset\"), a plain gap widened (\"below the target\" → \"well below\"), \
a frequent thing made constant and a toned-down move told as a steep one (\"fell slightly\" → \
\"slumped\").",
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
            substitutions(doc, src, pair, out);
            attribution_moved(doc, src, pair, out);
            hedges::refusal(doc, src, pair, words, out);
            hedges::hedge_dropped(doc, src, pair, out, &mut guessed);
            hedges::hedge_added(doc, src, pair, out);
            degree::intensifier_added(doc, src, pair, out);
            bounds::bound_flipped(doc, src, pair, words, out);
            bounds::approximation_dropped(doc, src, pair, words, out);
            claims::claim_stated(doc, src, pair, words, out);
            claims::deliberation_dropped(doc, src, pair, words, out);
            reviews::review_settled(doc, src, pair, words, out);
            claims::question_settled(doc, src, pair, words, out);
            claims::accusation_stated(doc, src, pair, words, out);
            scare::characterisation_stated(doc, src, pair, words, out);
            claims::pending_stated(doc, src, pair, words, out);
            plans::plan_stated_done(doc, src, pair, words, out);
            degree::steep_move(doc, src, pair, words, out);
            degree::gap_restated(doc, src, pair, words, out);
            degree::uniqueness_added(doc, src, pair, words, out);
            degree::uniqueness_removed(doc, src, pair, words, out);
            degree::partial_dropped(doc, src, pair, words, out);
            records::record_claimed(doc, src, pair, words, out);
            causes::cause_stated(doc, src, pair, words, out);
            claims::attribution_dropped(doc, src, (pair, &source.alignment.pairs), words, out);
            conditions::condition_dropped(doc, src, pair, words, out);
            conditions::condition_deleted(doc, src, pair, words, out);
            sources::attribution_swapped(doc, src, pair, words, out);
            speakers::speaker_swapped(doc, src, pair, source.names, out);
            pledges::statement_pledged(doc, src, pair, words, out);
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

/// Stance shifts inside each replaced run.
fn substitutions(doc: &Document, src: &Document, pair: &AlignedPair, out: &mut Vec<Diagnostic>) {
    for e in pair.substitutions() {
        let theirs = Units::new(src, e.source.clone());
        let ours = Units::new(doc, e.suspect.clone());
        let shifts = ours.text.iter().enumerate().filter_map(|(k, to)| {
            theirs.text.iter().enumerate().find_map(|(j, from)| {
                // "not all analysts expect" → "some analysts doubt": a denied
                // scope is restated, not shifted.
                let denied = theirs.token[j]
                    .checked_sub(1)
                    .is_some_and(|p| src.tokens[p].norm == "not");
                // "did not seek costs" → "sought costs": the negation dropped
                // is polarity-drift's; the shift is not one of this rule's.
                let denied_ours = ours.token[k]
                    .checked_sub(1)
                    .is_some_and(|p| matches!(doc.tokens[p].norm.as_str(), "not" | "never"));
                let undenied = denied && !denied_ours;
                shift(from, to)
                    .or_else(|| made_certain(from, to))
                    .or_else(|| conditional_made_certain(src, theirs.token[j], from, to))
                    // "Some analysts" → "Not all analysts": a denied "all" is "some".
                    .filter(|(a, _)| !(undenied || ((denied || denied_ours) && a.class == "scope")))
                    // "failed to show" → "failed to prove": a stronger proof
                    // denied claims less, not more.
                    .filter(|(a, _)| {
                        a.class != "proof"
                            || !(failed_before(src, theirs.token[j])
                                && failed_before(doc, ours.token[k]))
                    })
                    // "he scores a goal": a verb, no scope; "scores of" is one.
                    .filter(|(_, b)| b.class != "scope" || !counts_without_of(doc, ours.token[k]))
                    // "some 2,350 MW short": an approximation of a figure, no scope.
                    .filter(|(a, _)| {
                        !(a.class == "scope"
                            && (approximates(doc, ours.token[k])
                                || approximates(src, theirs.token[j])))
                    })
                    // "most places" → "almost every place": the phrase keeps the stance.
                    .filter(|(a, _)| !phrase_keeps(doc, ours.token[k], a))
                    // "could drop … which would trigger" → "might fall … would
                    // prompt": both stances stand on both sides, reordered.
                    .filter(|(a, b)| {
                        let has = |units: &Units, s: &Stance| {
                            units.text.iter().any(|w| stances(w).contains(s))
                        };
                        !(a.class == "modality"
                            && has(&pair.suspect_units, a)
                            && has(&pair.source_units, b))
                    })
                    // "could not return until" → "will stay out until": an
                    // ability denied is no possibility but a certainty.
                    .filter(|(a, _)| {
                        !(a.class == "modality"
                            && matches!(from.as_str(), "could" | "can")
                            && (theirs.text.get(j + 1).is_some_and(|n| n == "not")
                                || src
                                    .tokens
                                    .get(theirs.token[j] + 1)
                                    .is_some_and(|n| n.norm == "not")))
                    })
                    // "will be allowed to apply" → "may apply": a permission
                    // restated by a modal of permission, no possibility.
                    .filter(|(a, _)| {
                        !(a.class == "modality"
                            && matches!(to.as_str(), "may" | "can" | "could")
                            && pair.source_units.text.iter().any(|w| {
                                stances(w)
                                    .iter()
                                    .any(|s| s.class == "obligation" && s.group == "permitted")
                            }))
                    })
                    // "Should the board approve it": a condition, no modal.
                    .filter(|_| !(to == "should" && opens_clause(doc, ours.token[k])))
                    // "would not be able to" → "could not": the same modality.
                    .filter(|_| !(from == "would" && able_after(src, theirs.token[j])))
                    // "had no plans" → "did not plan", "than planned" → "behind
                    // plan": tense or an auxiliary, not the intention.
                    .filter(|(a, _)| {
                        a.class != "intention"
                            || !(matches!(from.as_str(), "has" | "had") || stem(from) == stem(to))
                    })
                    .filter(|(a, _)| a.class == "scope" || !are_antonyms(from, to))
                    // "the report showed" → "the report said": a finding
                    // told as a statement claims no more.
                    .filter(|(a, _)| !(a.class == "attribution" && a.group == "established"))
                    // "acknowledged" → "said", "confirmed" → "said": a loaded
                    // or affirming verb toned down claims no more, unless an
                    // allegation became a statement.
                    .filter(|(a, b)| {
                        !(a.class == "attribution"
                            && matches!(a.group, "loaded" | "affirming")
                            && b.group == "neutral"
                            && !from.starts_with("alleg")
                            && !from.starts_with("claim"))
                    })
                    // "said the waits were unacceptable" → "slammed the waits
                    // as unacceptable": the source's verdict is a condemnation.
                    .filter(|(a, _)| {
                        !(a.class == "attribution"
                            && condemns_verdict(src, theirs.token[j], doc, ours.token[k], to))
                    })
                    // "declined to comment" → "declined to speculate": a
                    // statement refused claims nothing.
                    .filter(|(a, _)| a.class != "attribution" || !refused(doc, ours.token[k]))
                    // "now insists on two signatures": a demand, not a statement.
                    .filter(|(_, b)| b.class != "attribution" || !insists_on(doc, ours.token[k]))
                    // "the data showed", "figures show": records show; only
                    // a speaker's statement made a finding is drift.
                    .filter(|(_, b)| {
                        !(b.class == "attribution"
                            && b.group == "established"
                            && records_before(doc, ours.token[k]))
                    })
                    // "Many carried signs" → "Few carried signs": a denying
                    // "few" is a negation added, which polarity-drift reports.
                    .filter(|(a, _)| a.class != "scope" || !denies(doc, pair, ours.token[k]))
                    // "Claims are put at £35m", "insurance claims of": the
                    // noun, no attribution.
                    .filter(|(a, _)| {
                        a.class != "attribution"
                            || !(claim_noun(src, theirs.token[j])
                                || claim_noun(doc, ours.token[k])
                                || claimed_won(doc, ours.token[k]))
                    })
                    // "likely to rise" → "would probably climb": the source's
                    // stance is still there in another word.
                    .filter(|(a, _)| !ours.text.iter().any(|w| stances(w).contains(a)))
                    // "would likely disrupt" → "probably disrupting": the
                    // suspect's stance is the source's, in another of its words.
                    .filter(|(_, b)| {
                        !theirs
                            .text
                            .iter()
                            .enumerate()
                            .any(|(i, w)| i != j && stances(w).contains(b))
                    })
                    // "said it could not verify the accounts" → "confirmed
                    // the accounts": a verb granting the claim, with the
                    // denial after the source's verb dropped, reverses it,
                    // which polarity-drift reports.
                    .filter(|(a, _)| {
                        a.class != "attribution"
                            || !(grants(to)
                                && denial_after(src, theirs.token[j])
                                && !denial_after(doc, ours.token[k]))
                    })
                    .map(|s| (k, from, to, s))
            })
        });
        // One finding per kind of shift: "could push some" → "would drive
        // many" changes both the modality and the scope.
        let mut classes = Vec::new();
        for (k, from, to, (a, b)) in shifts {
            if classes.contains(&a.class) {
                continue;
            }
            classes.push(a.class);
            let t = ours.token[k];
            let last = (k + 1..ours.text.len())
                .take_while(|&m| is_verb_group(&ours.text[m]))
                .last()
                .unwrap_or(k);
            let end = ours.token.get(last + 1).copied().unwrap_or(e.suspect.end);
            let span = if end - t <= MAX_SPAN_TOKENS {
                t..end
            } else {
                t..t + 1
            };
            let (start, end) = doc.token_span(span);
            out.push(
                Diagnostic::new(
                    start,
                    end,
                    format!(
                        "\"{from}\" became \"{to}\": {} changed from {} to {}",
                        a.class, a.group, b.group
                    ),
                )
                .evidence(src.span_text(e.source.clone())),
            );
        }
    }
}

/// Whether token `t` is denied by "not" or "never" before it, or by a
/// failure ("failed to show", "unable to prove").
fn failed_before(doc: &Document, t: usize) -> bool {
    let before = |back: usize| t.checked_sub(back).map(|p| doc.tokens[p].norm.as_str());
    matches!(before(1), Some("not" | "never"))
        || (before(1) == Some("to")
            && matches!(
                before(2),
                Some("fail" | "fails" | "failed" | "failing" | "unable")
            ))
}

/// Verdicts of fault: said of a thing, they already condemn it.
const FAULT_VERDICTS: &[&str] = &[
    "unacceptable",
    "unfair",
    "unjust",
    "unjustified",
    "unreasonable",
    "inadequate",
    "wrong",
    "disgraceful",
    "shameful",
    "scandalous",
    "outrageous",
    "appalling",
    "irresponsible",
    "reckless",
    "unworkable",
    "flawed",
];

/// Words after a verb of condemnation within which its "as" is looked for.
const AS_REACH: usize = 6;

/// Whether suspect token `t`, a verb of strong criticism, condemns its object
/// "as" a verdict of fault ("as unacceptable", "as too short") the source's
/// sentence around token `s` states too: the verb adds no stance.
fn condemns_verdict(src: &Document, s: usize, doc: &Document, t: usize, to: &str) -> bool {
    let strong = stances(to)
        .iter()
        .any(|x| x.class == "criticism" && x.group == "strong");
    let Some(sent) = doc.sentence_of(t).filter(|_| strong) else {
        return false;
    };
    let end = doc.sentences[sent].tokens.end.min(t + AS_REACH + 1);
    let Some(a) = (t + 1..end).find(|&i| doc.tokens[i].norm == "as") else {
        return false;
    };
    let norm = |k: usize| doc.norm_at(k);
    let verdict = match norm(a + 1) {
        "too" => norm(a + 2),
        w if FAULT_VERDICTS.contains(&w) => w,
        _ => return false,
    };
    let stated = src.sentence_of(s).is_some_and(|k| {
        src.words(src.sentences[k].tokens.clone())
            .any(|(_, w)| w.norm == verdict)
    });
    !verdict.is_empty() && stated
}

/// Whether token `t` is "some" before a figure ("some 90,000"): an
/// approximation, not a part of a whole.
fn approximates(doc: &Document, t: usize) -> bool {
    doc.tokens[t].norm == "some"
        && doc
            .tokens
            .get(t + 1)
            .is_some_and(|n| n.kind == TokenKind::Number)
}

/// Whether token `t` is a plural of a number used as a noun of scope
/// ("scores", "dozens", "hundreds") without the "of" that makes it one.
fn counts_without_of(doc: &Document, t: usize) -> bool {
    matches!(
        doc.tokens[t].norm.as_str(),
        "scores" | "dozens" | "hundreds"
    ) && doc.tokens.get(t + 1).is_none_or(|n| n.norm != "of")
}

/// Whether the suspect's word at token `t` with the word before it forms a
/// phrase of the source's stance `kept` ("almost every": most).
fn phrase_keeps(doc: &Document, t: usize, kept: &Stance) -> bool {
    let Some(before) = t.checked_sub(1).map(|p| &doc.tokens[p]) else {
        return false;
    };
    let phrase = format!("{} {}", before.norm, doc.tokens[t].norm);
    stances(&phrase).contains(kept)
}

/// Whether token `t` is "insist" demanding something ("insists on two
/// signatures", "insisted upon a refund"), not attributing a quotation
/// before it ("\"…,\" she insisted on a call with reporters").
fn insists_on(doc: &Document, t: usize) -> bool {
    let quoted_before = doc
        .sentence_of(t)
        .is_some_and(|s| claims::quoted(doc, doc.sentences[s].tokens.start..t));
    doc.tokens[t].norm.starts_with("insist")
        && doc
            .tokens
            .get(t + 1)
            .is_some_and(|n| matches!(n.norm.as_str(), "on" | "upon"))
        && !quoted_before
}

/// Whether token `t` opens its sentence or a clause after punctuation.
fn opens_clause(doc: &Document, t: usize) -> bool {
    t.checked_sub(1).is_none_or(|p| {
        doc.tokens[p].kind == TokenKind::Punct || doc.sentence_of(p) != doc.sentence_of(t)
    })
}

/// Whether "be able" follows token `t`, with or without "not" between
/// ("would not be able to": "could not").
fn able_after(doc: &Document, t: usize) -> bool {
    let words: Vec<&str> = doc
        .words(t + 1..(t + 5).min(doc.tokens.len()))
        .map(|(_, w)| w.norm.as_str())
        .filter(|w| *w != "not")
        .take(2)
        .collect();
    words == ["be", "able"]
}

/// Speech verbs that only ever load an attribution: unlike "claimed" or
/// "admitted", none is also a plain verb ("claimed lives", "admitted to hospital").
const LOADED_SPEECH: &[&str] = &[
    "insisted",
    "insists",
    "conceded",
    "concedes",
    "boasted",
    "boasts",
    "bragged",
    "fumed",
    "asserted",
    "asserts",
    "confessed",
];

/// Whether token `t` is "claimed" or "claims" closing its sentence ("…, the
/// director claimed."): a speech verb, not a title or lives claimed, which
/// take an object.
fn claim_closing(doc: &Document, t: usize) -> bool {
    matches!(doc.tokens[t].norm.as_str(), "claimed" | "claims")
        && doc
            .tokens
            .get(t + 1)
            .is_none_or(|n| matches!(n.norm.as_str(), "." | "!" | "?"))
}

/// Whether token `t` is "admitted" or "admits" conceding a statement
/// ("Varga admitted he had been lucky"), not a patient or a member let in
/// ("was admitted to hospital", "admits new members into").
fn admits_speech(doc: &Document, t: usize) -> bool {
    let norm = |k: usize| doc.norm_at(k);
    matches!(norm(t), "admitted" | "admits")
        && !matches!(
            norm(t + 1),
            "to" | "into" | "as" | "in" | "on" | "at" | "for"
        )
        && t.checked_sub(1).is_none_or(|p| {
            !matches!(
                norm(p),
                "was" | "were" | "is" | "are" | "be" | "been" | "being" | "not"
            )
        })
}

/// Plain speech verbs a rewrite may have made loaded.
const PLAIN_SPEECH: &[&str] = &[
    "said", "says", "told", "tells", "added", "adds", "stated", "states", "noted", "notes",
];

/// "said Marta Olvedo" → "Marta Olvedo conceded", "Velmora said in a
/// statement" → "In a statement, Velmora insisted": a plain speech verb made
/// loaded where the rewrite also moved it, so no substitution pairs the two.
fn attribution_moved(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    out: &mut Vec<Diagnostic>,
) {
    let (theirs, ours) = (&pair.source_units, &pair.suspect_units);
    let Some(k) = (0..ours.text.len()).find(|&k| {
        let (w, t) = (ours.text[k].as_str(), ours.token[k]);
        (LOADED_SPEECH.contains(&w) || claim_closing(doc, t) || admits_speech(doc, t))
            && !insists_on(doc, t)
    }) else {
        return;
    };
    let to = ours.text[k].as_str();
    let is_plain = |w: &&String| PLAIN_SPEECH.contains(&w.as_str());
    let plain = |units: &Units| units.text.iter().filter(is_plain).count();
    let Some(from) = theirs.text.iter().find(is_plain) else {
        return;
    };
    // "conceded" → "admitted": the source concedes already.
    let conceded = |w: &String| {
        to.starts_with("admit")
            && ["conced", "acknowledg", "confess"]
                .iter()
                .any(|c| w.starts_with(c))
    };
    if theirs
        .text
        .iter()
        .any(|w| stem(w) == stem(to) || conceded(w))
        || plain(ours) > plain(theirs)
    {
        return;
    }
    let (start, end) = doc.token_span(ours.token[k]..ours.token[k] + 1);
    out.push(
        Diagnostic::new(
            start,
            end,
            format!("\"{from}\" became \"{to}\": attribution changed from neutral to loaded"),
        )
        .evidence(src.sentence_text(pair.source.start)),
    );
}

/// Nouns of a record that shows or finds things itself.
const RECORDS: &[&str] = &[
    "report",
    "data",
    "figures",
    "study",
    "survey",
    "records",
    "statistics",
    "analysis",
    "research",
    "poll",
    "review",
    "audit",
    "inquiry",
    "investigation",
    "tests",
    "results",
];

/// Words before a verb within which its subject, a record, is looked for.
const SUBJECT_REACH: usize = 8;

/// Whether a record ("the data", "the audit") stands in the words before token `t`.
fn records_before(doc: &Document, t: usize) -> bool {
    doc.words(t.saturating_sub(SUBJECT_REACH)..t)
        .any(|(_, x)| RECORDS.contains(&x.norm.as_str()))
}

/// Words after a verb of saying searched for a denial of what it reports.
const DENIAL_REACH: usize = 5;

/// Whether a verb of saying grants what it reports is true ("confirmed",
/// "acknowledged", "admitted", "conceded").
fn grants(word: &str) -> bool {
    stances(word).iter().any(|s| s.group == "affirming")
        || ["acknowledg", "admit", "conced", "confess"]
            .iter()
            .any(|p| word.starts_with(p))
}

/// Whether a denial follows the verb at token `t` closely ("said it could
/// not verify", "said she had not put").
fn denial_after(doc: &Document, t: usize) -> bool {
    doc.words(t + 1..doc.tokens.len())
        .take(DENIAL_REACH)
        .any(|(_, x)| is_negator_word(&x.norm))
}

/// Whether suspect token `t` of `pair` is a negation in its sentence.
fn denies(doc: &Document, pair: &AlignedPair, t: usize) -> bool {
    let units = &pair.suspect_units;
    let spelt_one = |k: usize| {
        units
            .token
            .get(k + 1)
            .is_some_and(|&n| doc.tokens[n].norm == "one")
    };
    units
        .token
        .iter()
        .position(|&x| x == t)
        .is_some_and(|k| is_negator(&units.words(), k, spelt_one(k)))
}

/// Whether token `t` is "claim" or "claims" as a noun: after a determiner, an
/// adjective, a quantifier or a verb taking it as object ("put claims at"), or
/// before a verb of being or a preposition.
fn claim_noun(doc: &Document, t: usize) -> bool {
    let norm = |k: usize| doc.norm_at(k);
    matches!(norm(t), "claim" | "claims")
        && (matches!(
            norm(t + 1),
            "are"
                | "were"
                | "is"
                | "was"
                | "of"
                | "for"
                | "against"
                | "from"
                | "have"
                | "had"
                | "at"
                | "worth"
                | "totalling"
                | "totaling"
        ) || t.checked_sub(1).is_some_and(|p| {
            matches!(
                norm(p),
                "the"
                    | "a"
                    | "an"
                    | "insurance"
                    | "its"
                    | "their"
                    | "these"
                    | "such"
                    | "more"
                    | "fewer"
                    | "new"
                    | "of"
                    | "put"
                    | "paid"
                    | "pay"
                    | "filed"
                    | "file"
            )
        }))
}

/// Things "claimed" wins or takes, not a statement ("claimed lives", "claimed the title").
const CLAIMED_THINGS: &[&str] = &[
    "lives",
    "life",
    "victims",
    "title",
    "titles",
    "victory",
    "responsibility",
    "credit",
    "seat",
    "seats",
    "prize",
    "crown",
    "medal",
];

/// Whether token `t` is "claim" taking a thing won or taken, a word or an
/// article before it ("the disease claimed lives", "claimed the title").
fn claimed_won(doc: &Document, t: usize) -> bool {
    let norm = |k: usize| doc.norm_at(k);
    norm(t).starts_with("claim")
        && (CLAIMED_THINGS.contains(&norm(t + 1))
            || (matches!(norm(t + 1), "the" | "a" | "its" | "their" | "his" | "her")
                && CLAIMED_THINGS.contains(&norm(t + 2))))
}

/// An intention or a weighing stated as what will happen ("plans to begin" →
/// "will begin", "aims to cut" → "will cut"): the plan made certain.
fn made_certain(from: &str, to: &str) -> Option<(Stance, Stance)> {
    if !matches!(to, "will" | "shall") {
        return None;
    }
    // "planned to fill" → "will fill" too; "had" is tense, not a plan.
    let intended = stances(from)
        .iter()
        .find(|s| s.class == "intention" && !matches!(from, "has" | "had"))?;
    let certain = stances(to).iter().find(|s| s.class == "modality")?;
    Some((*intended, *certain))
}

/// "This plan would reduce flooding" → "will reduce": a conditional stated
/// as certain. After a verb of saying or expecting, "would" is only the tense
/// of reported speech ("said it would open" → "says it will open").
fn conditional_made_certain(
    src: &Document,
    t: usize,
    from: &str,
    to: &str,
) -> Option<(Stance, Stance)> {
    if (from, to) != ("would", "will") {
        return None;
    }
    let sentence = src.sentence_of(t)?;
    // "has said it would": a present perfect report shifts no tense.
    let words: Vec<&str> = src
        .words(src.sentences[sentence].tokens.start..t)
        .map(|(_, w)| w.norm.as_str())
        .collect();
    let reported = words
        .iter()
        .enumerate()
        .any(|(i, w)| reports(w) && !(i > 0 && matches!(words[i - 1], "has" | "have")));
    if reported {
        return None;
    }
    let certain = stances(to).iter().find(|s| s.class == "modality")?;
    Some((
        Stance {
            class: "modality",
            group: "conditional",
        },
        *certain,
    ))
}

/// Whether the verb at token `t` of `doc` is refused ("declined to", "refused to").
fn refused(doc: &Document, t: usize) -> bool {
    t >= 2
        && doc.tokens[t - 1].norm == "to"
        && matches!(
            doc.tokens[t - 2].norm.as_str(),
            "declined" | "declines" | "decline" | "refused" | "refuses" | "refuse"
        )
}

/// Whether a word reports speech, thought or expectation in the past ("said",
/// "told", "expected", "hoped"), after which "would" is reported speech's tense;
/// a present report ("says", "state regulators", "concerns") shifts no tense.
fn reports(word: &str) -> bool {
    matches!(word, "according" | "if" | "whether")
        || (is_past(word)
            && stances(word).iter().any(|s| {
                matches!(
                    s.class,
                    "attribution" | "forecast" | "belief" | "evidence" | "concern"
                )
            }))
}

/// Whether a word is a past (or -ing) form: regular, or one of the irregular
/// pasts of reporting verbs.
fn is_past(word: &str) -> bool {
    word.ends_with("ed")
        || word.ends_with("ing")
        || matches!(
            word,
            "said" | "told" | "wrote" | "written" | "thought" | "found" | "shown" | "forecast"
        )
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

/// Whether a word continues the verb group of a stance word ("has intended to",
/// "is expected to"), so that the flagged span takes it in.
fn is_verb_group(word: &str) -> bool {
    matches!(word, "to" | "be" | "been" | "have") || !stances(word).is_empty()
}
