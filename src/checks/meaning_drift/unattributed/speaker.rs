//! The source's attribution of a claim to a speaker: who is said to say it,
//! as written, and where the claim itself starts.

use super::super::claims::{determiner, punctuated_before};
use super::{PERSONAL, REPORTING, SELF, SPEAKER_REACH};
use crate::align::AlignedPair;
use crate::align::units::Units;
use crate::lexicon::determiners::{is_article, is_possessive};
use crate::lexicon::dictionary::is_known;
use crate::lexicon::negation::is_negator_word;
use crate::lexicon::wordnet::{VERB, parts_of_speech};
use crate::text::Document;
use crate::text::names::is_sentence_initial;
use crate::text::words::{GROUP_LEADS, is_stopword};

/// A source attribution: as written, the speaker's content words, the
/// unit where the claim after the verb starts ("said [the cuts were
/// needed]"; `None` where the claim comes first), the speaker's head
/// noun where the speaker's reach opened on a preposition after it
/// ("residents" of "Residents in the affected villages say"), and whether
/// the claim is the speaker's own belief ("said they did not expect").
type Attribution = (String, Vec<String>, Option<usize>, Option<String>, bool);

/// Verbs of belief after a speaker's own pronoun ("said they did not expect
/// the review to delay", "which said it knew of no illnesses"): the claim is
/// what the speaker believes of something else, not a report of its own act.
pub(super) const BELIEFS: &[&str] = &[
    "expect", "expects", "expected", "believe", "believes", "believed", "think", "thinks",
    "thought", "know", "knew", "knows",
];

/// Words between a speaker's own pronoun and its verb of belief ("it did not
/// expect", "they had thought").
const BELIEF_AUXILIARIES: &[&str] = &["did", "does", "do", "not", "had", "has", "have", "still"];

/// Whether words `rest`, after a speaker's own pronoun, open on a verb of
/// belief, past auxiliaries and a denial.
fn belief(rest: &[&str]) -> bool {
    rest.iter()
        .find(|w| !BELIEF_AUXILIARIES.contains(w) && !is_negator_word(w))
        .is_some_and(|w| BELIEFS.contains(w))
}

/// Prepositions after a speaker's head noun ("residents in the villages",
/// "officials at the council").
const SPEAKER_PREPOSITIONS: &[&str] = &[
    "in", "of", "at", "from", "for", "on", "near", "along", "across", "around", "with", "by",
];

/// The speaker's head noun cut off by [`SPEAKER_REACH`]: the word just
/// before source unit `start` where the speaker's words open on a
/// preposition ("Residents [in the affected villages] say").
fn cut_head(src: &Document, units: &Units, tw: &[&str], start: usize) -> Option<String> {
    let before = start.checked_sub(1)?;
    let head = tw[before];
    (SPEAKER_PREPOSITIONS.contains(&tw[start])
        && !is_stopword(head)
        && head.starts_with(char::is_alphabetic)
        && !punctuated_before(src, units.token[start]))
    .then(|| head.to_string())
}

/// The source's attribution of its sentence to a speaker; `None` for a
/// self-report or no attribution.
pub(super) fn attribution(src: &Document, pair: &AlignedPair, tw: &[&str]) -> Option<Attribution> {
    let units = &pair.source_units;
    let content = |range: std::ops::Range<usize>| -> Vec<String> {
        tw[range]
            .iter()
            .filter(|w| !is_stopword(w) && !REPORTING.contains(w))
            .map(|w| w.to_string())
            .collect()
    };
    let text = |range: std::ops::Range<usize>| src.span_text(units.tokens(range)).to_string();
    // "rates set according to the complexity of the pattern", "used
    // according to the label": a verb's manner, no speaker; an attribution
    // opens its clause ("…, according to police") or follows a noun
    // ("the favourites according to bookmakers", "figures according to").
    let manner = |k: usize| {
        k > 0
            && !punctuated_before(src, units.token[k])
            && (tw[k - 1].ends_with("ed")
                || parts_of_speech(tw[k - 1]) & VERB != 0 && !tw[k - 1].ends_with('s'))
    };
    if let Some(k) = tw
        .windows(2)
        .position(|w| w == ["according", "to"])
        .filter(|&k| !manner(k))
    {
        let end = (k + 2 + SPEAKER_REACH).min(tw.len());
        let end = (k + 2..end)
            .find(|&j| punctuated_before(src, units.token[j]))
            .unwrap_or(end);
        let speaker = content(k + 2..end);
        return (!speaker.is_empty()).then(|| (text(k..end), speaker, None, None, false));
    }
    let k = tw.iter().position(|w| REPORTING.contains(w))?;
    // "It did not say whether": a denial, no attribution.
    if tw[k.saturating_sub(2)..k]
        .iter()
        .any(|w| is_negator_word(w))
    {
        return None;
    }
    // "the alleged fraud": an adjective, no attribution; "the union's
    // claim for damages": a noun.
    if k > 0 && (is_article(tw[k - 1]) || is_possessive(tw[k - 1]) || tw[k - 1].ends_with("'s")) {
        return None;
    }
    // "…, said Marta Olsen": the speaker follows; "…, said it would": not.
    let clause_end = (k + 1..tw.len())
        .find(|&j| punctuated_before(src, units.token[j]))
        .unwrap_or(tw.len());
    // The speaker after the verb is a short name or title that ends its
    // clause, with no verb of its own ("said 71.4% of patients were" is a claim).
    let inverted = punctuated_before(src, units.token[k])
        && tw.get(k + 1).is_some_and(|w| {
            !SELF.contains(w) && *w != "that" && w.starts_with(char::is_alphabetic)
        })
        && clause_end - (k + 1) <= SPEAKER_REACH + 2
        && !tw[k + 1..clause_end]
            .iter()
            .any(|w| GROUP_LEADS.contains(w));
    let (range, claim_start) = if inverted {
        (k + 1..(k + 1 + SPEAKER_REACH).min(tw.len()), 0)
    } else {
        (speaker_start(src, units, tw, k)..k, k + 1)
    };
    let mut speaker = content(range.clone());
    // The claim's first word: after the verb ("said it would"), or at the
    // start of an inverted sentence ("It will close, the firm said"); "he"
    // or "she" after speakers named in the plural ("prosecutors said he
    // sold") is someone else.
    let plural = !inverted
        && speaker.last().is_some_and(|w| {
            let at = units.token[k - 1];
            let plural = w
                .strip_suffix('s')
                .is_some_and(|one| !one.ends_with('s') && is_known(one));
            (w == "police" || plural)
                && tw[k - 1] == w.as_str()
                && (!src.is_capitalized(at) || is_sentence_initial(src, at))
        });
    let own_at = (claim_start..tw.len())
        .find(|&j| tw[j] != "that")
        .filter(|&j| SELF.contains(&tw[j]) && !(plural && PERSONAL.contains(&tw[j])));
    // A self-report ("said it had spoken to 22 groomers") is often restated
    // plainly; the speaker's belief about something else is not its own act.
    let own = match own_at {
        Some(j) if belief(&tw[j + 1..]) => true,
        Some(_) => return None,
        None => false,
    };
    // "She said the building had failed", "…, it said": a pronoun for a
    // speaker named before speaks of another, named again by any of its
    // forms ("in his view"); one in a later sentence of the pair may stand
    // for a name the copy keeps ("The judge cut the fine. She said …").
    if speaker.is_empty()
        && !own
        && !inverted
        && k > 0
        && src.sentences[pair.source.start]
            .tokens
            .contains(&units.token[k])
        && let Some(forms) = PRONOUNS.iter().find(|f| f[0] == tw[k - 1])
    {
        speaker.extend(forms.iter().map(|f| f.to_string()));
    }
    let head = (!inverted)
        .then(|| cut_head(src, units, tw, range.start))
        .flatten();
    let said = if inverted {
        text(k..range.end)
    } else {
        text(range.start - usize::from(head.is_some())..k + 1)
    };
    let claim = (!inverted).then_some(claim_start);
    (own || !speaker.is_empty()).then_some((said, speaker, claim, head, own))
}

/// Subject pronouns that stand for a speaker named before ("she said"),
/// each with its other forms.
const PRONOUNS: &[&[&str]] = &[
    &["he", "his", "him"],
    &["she", "her", "hers"],
    &["it", "its"],
    &["they", "their", "them"],
];

/// Words that open a relative clause ("the bridge, which inspectors said was
/// worn"), before which the words are the claim's, not its speaker's.
const RELATIVES: &[&str] = &["which", "that", "who", "whom", "whose", "where"];

/// The first source unit of the speaker before reporting verb `k`: at most
/// [`SPEAKER_REACH`] units back, and not across a comma, a sentence's end or
/// a relative word ("8%, which the council says", "fees that the regulator
/// said", "a day. Claimants allege"), before which the claim's words stand,
/// from a pronoun on ("a target it said"), and from a second noun phrase's
/// article after a first ("a change the company says is needed": the
/// company speaks, not the change).
fn speaker_start(src: &Document, units: &Units, tw: &[&str], k: usize) -> usize {
    let reach = k.saturating_sub(SPEAKER_REACH);
    (reach..k)
        .rev()
        .find_map(|j| {
            if RELATIVES.contains(&tw[j]) {
                Some(j + 1)
            } else if j > reach + 1
                && is_article(tw[j])
                && determiner(tw[j - 2])
                && !is_stopword(tw[j - 1])
                && tw[j - 1].starts_with(char::is_alphabetic)
            {
                Some(j)
            } else if SELF.contains(&tw[j]) {
                // "a target it said was unchanged": the pronoun is the speaker.
                Some(j)
            } else {
                punctuated_before(src, units.token[j]).then_some(j)
            }
        })
        .unwrap_or(reach)
}
