//! `fragment`: dangling pieces that are not sentences.

use super::furniture::is_page_furniture;
use super::{Check, Context, Rule};
use crate::finding::{Category, Diagnostic, Severity};
use crate::lexicon::wordnet::{NOUN, VERB, parts_of_speech};
use crate::text::numbers::quantities;
use crate::text::tokens::{Token, TokenKind};

mod adjunct;
mod clause;
mod participle;
mod source_cut;
mod stranding;
mod subordinate;
mod verbless;

use adjunct::{elliptical_possessive, opens_clause};
use clause::verbless_clause_end;
use participle::participle_phrase;
use source_cut::{
    CLAUSE_FINAL, adverbial_then, aligned_source, is_possessive, mid_phrase_cut, number_cut,
    source_continuation, source_ends_alike, source_goes_on,
};
use stranding::{
    STRANDABLE, adjective_of, ends_verb_for, existential, indefinite_stranded, passive_stranded,
    relative_stranded, then_phrase, wh_stranded, whole_modal,
};
use subordinate::{attribution_only, saying_cut, split_off, subordinate_only};
use verbless::{plural_form, subjectless, verbless_piece};

/// Flags sentences cut off mid-way and stray one- or two-word pieces.
pub struct Fragment;

static RULE: Rule = Rule {
    id: "fragment",
    category: Category::Structure,
    default_severity: Severity::Warning,
    needs_source: false,
    summary: "A dangling piece that is not a sentence",
    explanation: "Rewriters leave pieces behind: a lone \"By\" where a byline was cut, or a sentence that \
stops on a word that cannot end one (\"The council will also.\"). A sentence ending on \
an article, a preposition that needs an object, a conjunction, a possessive or a modal \
verb is flagged, as is one ending on an auxiliary, preposition or possessive where the \
aligned source sentence goes on past the same words, a piece of one or two words with no \
closing punctuation outside the headline, a sentence that is only an attribution, and a \
statement that is only a subordinate clause. Endings that can close a sentence pass \
(\"has 30 days to respond\", \"not unheard of\").",
    details: include_str!("../../docs/rules/fragment.md"),
    example_source: "",
    example_bad: "Shares rose to three-year highs. By\nThe firm announced growth.",
    example_good: "Shares rose to three-year highs.\nThe firm announced growth.",
};

/// Words a sentence cannot end on.
const DANGLING: &[&str] = &[
    "a", "also", "an", "and", "at", "but", "by", "can", "could", "for", "from", "his", "into",
    "its", "must", "nor", "of", "or", "our", "should", "than", "the", "their", "to", "will",
    "with", "would", "your",
];

/// Words a sentence can end on, but not where its source sentence goes on after them
/// ("Two schools will remain closed on." against "… closed on Monday.").
const CUT_WITH_SOURCE: &[&str] = &[
    // "her" owns a noun or is one: "her insurer called her."
    "her",
    "on",
    "in",
    "has",
    "have",
    "had",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "that",
    "which",
    "who",
    "after",
    "before",
    "over",
    "under",
    "about",
    "as",
    "within",
    "since",
    "until",
    "during",
    "through",
    "against",
    "between",
    "without",
    "across",
    "toward",
    "towards",
    "including",
    "so",
    "because",
    "while",
    "whether",
    "if",
    "unless",
    "when",
    "where",
    "then",
    "other",
    "probably",
    "initially",
    "just",
];

/// Whether the sentence ends on the word right after "a" or "an" ("with a
/// backup.", "from a total."), which a cut leaves when the source goes on
/// ("with a backup diesel generator").
fn after_article(words: &[&Token]) -> bool {
    words.len() >= 3 && matches!(words[words.len() - 2].norm.as_str(), "a" | "an")
}

/// Whether the source goes on after "a backup" with a word the suspect
/// sentence does not have: what the cut lost ("with a backup diesel
/// generator"), not a phrase moved ("on a call with analysts" → "told analysts
/// on a call").
fn lost_after_article(ctx: &Context, k: usize, words: &[&Token]) -> bool {
    let last_two = [
        words[words.len() - 2].norm.as_str(),
        words[words.len() - 1].norm.as_str(),
    ];
    // The word before the article must be the source's too: "of a rib"
    // against "with a rib injury" is reworded, not cut.
    let opened_alike = words.len() < 3
        || source_goes_on(ctx, k, [words[words.len() - 3].norm.as_str(), last_two[0]]);
    opened_alike
        && source_continuation(ctx, k, last_two, true).is_some_and(|next| {
            !CLAUSE_FINAL.contains(&next)
                && !opens_clause(next)
                && !words.iter().any(|w| w.norm == next)
        })
        && !rate_unit(ctx, k, last_two[1])
}

/// Whether the sentence's last word is what a figure in it is counted per
/// ("to 19 pounds a year." against "… a year per household"): "a" means
/// "per" there, and the rate is whole.
fn rate_unit(ctx: &Context, k: usize, last: &str) -> bool {
    let doc = ctx.suspect;
    quantities(doc, doc.sentences[k].tokens.clone())
        .iter()
        .any(|q| q.per == Some(last))
}

/// Whether the aligned source has `before last` followed by anything but
/// closing punctuation ("subsidy at €5.4 million").
fn source_runs_on(ctx: &Context, k: usize, before: &str, last: &str) -> bool {
    aligned_source(ctx, k).is_some_and(|tokens| {
        tokens.windows(3).any(|w| {
            w[0].norm == before
                && w[1].norm == last
                && !matches!(w[2].norm.as_str(), "." | "," | ";" | ":" | "!" | "?" | ")")
        })
    })
}

/// Prepositions that open a phrase a source sentence may end with.
const TRAILING_PHRASES: &[&str] = &["in", "at", "with", "during", "after", "before", "on"];

/// Whether suspect sentence `k` is a fragment: cut off, stray words, only an
/// attribution or only a subordinate clause. Such a piece is not content of
/// its own.
pub fn is_fragment(ctx: &Context, k: usize) -> bool {
    verdict(ctx, k).is_some()
}

/// Whether a sentence (its words) stops mid-way: on a word no sentence ends
/// on, or where its aligned source sentence goes on with what the cut lost.
fn cut_mid_way(ctx: &Context, k: usize, words: &[&Token]) -> bool {
    let Some(last_word) = words.last() else {
        return false;
    };
    let last = last_word.norm.as_str();
    let before = words.len().checked_sub(2).map(|p| words[p].norm.as_str());
    // A relative clause strands what the source does not go on after.
    let relative = || {
        relative_stranded(words, last) && !before.is_some_and(|b| source_runs_on(ctx, k, b, last))
    };
    let stranded = before.is_some_and(|b| ends_verb_for(b, last) || adjective_of(b, last))
        || wh_stranded(words, last)
        || passive_stranded(words, last)
        || relative();
    last_word.kind == TokenKind::Word
        && ((DANGLING.contains(&last)
            && !stranded
            && !indefinite_stranded(words, last)
            && !whole_modal(words, last)
            && !source_ends_alike(ctx, k, last))
            || (((CUT_WITH_SOURCE.contains(&last) && !existential(words))
                || (is_possessive(last) && !elliptical_possessive(words))
                || stranded)
                && before.is_some_and(|b| {
                    source_goes_on(ctx, k, [b, last])
                        && !adverbial_then(ctx, k, words)
                        && !then_phrase(b, last)
                }))
            || (verbless_clause_end(words)
                && before.is_some_and(|b| source_goes_on(ctx, k, [b, last])))
            || (after_article(words) && lost_after_article(ctx, k, words))
            || number_cut(ctx, k, words)
            || mid_phrase_cut(ctx, k, words)
            || prepositional_stub(words)
            || (last == "as" && before.is_some_and(|b| matches!(b, "such" | "well")))
            || (!stranded && !indefinite_stranded(words, last) && after_plural(words, last)))
}

/// Whether the sentence ends on "in" or "on" right after a plural noun
/// WordNet knows only as a noun ("Speaking to reporters on."): no particle
/// follows a noun, so the phrase lost its object ("the case drags on" is a
/// verb's).
fn after_plural(words: &[&Token], last: &str) -> bool {
    let [.., before, _] = words else {
        return false;
    };
    matches!(last, "in" | "on")
        && plural_form(&before.norm)
        && parts_of_speech(&before.norm) & (NOUN | VERB) == NOUN
}

/// Longest piece read as a stub of a prepositional phrase.
const STUB_WORDS: usize = 4;

/// A few words that open and end on prepositions, with nothing a sentence
/// needs between ("For more on.", "At the end of."): a scraped stub.
fn prepositional_stub(words: &[&Token]) -> bool {
    let preposition = |t: &&Token| {
        t.kind == TokenKind::Word
            && (STRANDABLE.contains(&t.norm.as_str())
                || TRAILING_PHRASES.contains(&t.norm.as_str()))
    };
    words.len() >= 2
        && words.len() <= STUB_WORDS
        && words.first().is_some_and(preposition)
        && words.last().is_some_and(preposition)
}

/// Whether suspect sentence `k` stops mid-way ("The council will vote on.",
/// "The bridge is closed to heavy."), so that what it lost is the fragment's
/// to report.
pub fn stops_short(ctx: &Context, k: usize) -> bool {
    let doc = ctx.suspect;
    let tokens = &doc.tokens[doc.sentences[k].tokens.clone()];
    let words: Vec<_> = tokens.iter().filter(|t| t.is_wordlike()).collect();
    let ends_on_word = words.last().is_some_and(|w| w.kind == TokenKind::Word);
    let last = words.last().map_or("", |w| w.norm.as_str());
    (ends_on_word && CUT_WITH_SOURCE.contains(&last) && !existential(&words))
        || cut_mid_way(ctx, k, &words)
}

impl Check for Fragment {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for (k, sentence) in ctx.suspect.sentences.iter().enumerate() {
            if let Some(what) = verdict(ctx, k) {
                out.push(Diagnostic::new(sentence.start, sentence.end, what));
            }
        }
    }
}

/// What makes suspect sentence `k` a fragment, if it is one.
fn verdict(ctx: &Context, k: usize) -> Option<String> {
    let doc = ctx.suspect;
    // A scraped line ("Advertisement", "Read more: …") is no piece of a
    // sentence: unsupported-content reports it.
    if is_page_furniture(doc, k) {
        return None;
    }
    let tokens = &doc.tokens[doc.sentences[k].tokens.clone()];
    let words: Vec<_> = tokens.iter().filter(|t| t.is_wordlike()).collect();
    let last_word = words.last()?;
    let trailing = tokens
        .iter()
        .rev()
        .take_while(|t| t.kind == TokenKind::Punct);
    let mut terminal = false;
    let mut only_terminal = true;
    for t in trailing {
        match t.norm.as_str() {
            "." | "!" | "?" => terminal = true,
            _ => only_terminal = false,
        }
    }
    // A line that stops with no closing punctuation where its source
    // sentence goes on ("…, and the coastguard" before "is on standby.").
    let unfinished = || {
        let [.., before, last] = &words[..] else {
            return false;
        };
        !terminal
            && k > 0
            && words.len() > 2
            && aligned_source(ctx, k).is_some()
            && tokens.last().is_some_and(|t| t.kind != TokenKind::Punct)
            && source_goes_on(ctx, k, [before.norm.as_str(), last.norm.as_str()])
    };
    let cut_off = only_terminal && (cut_mid_way(ctx, k, &words) || unfinished());
    let attribution_only = attribution_only(tokens, &words) || saying_cut(ctx, k, tokens, &words);
    let subordinate = subordinate_only(tokens, &words, terminal) || split_off(ctx, &words);
    let quoted = tokens.first().is_some_and(|t| t.kind == TokenKind::Punct);
    let statement = terminal && only_terminal && k > 0 && !quoted;
    let verbless =
        statement && (verbless_piece(ctx, doc, &words) || participle_phrase(doc, &words));
    let subjectless = statement && subjectless(doc, &words);
    let credit = tokens
        .first()
        .is_some_and(|t| t.norm == "-" || t.norm == "--");
    let stray = words.len() <= 2 && !terminal && k > 0 && !credit;
    if attribution_only {
        Some("an attribution with no statement".to_string())
    } else if subordinate {
        Some(format!(
            "a clause with no main clause: \"{}\" needs one",
            &doc.text[words[0].start..words[0].end]
        ))
    } else if cut_off {
        Some(format!(
            "sentence stops on \"{}\"",
            &doc.text[last_word.start..last_word.end]
        ))
    } else if verbless {
        Some("a piece of a sentence with no main verb".to_string())
    } else if subjectless {
        Some("a predicate with no subject".to_string())
    } else if stray {
        Some("stray words that are not a sentence".to_string())
    } else {
        None
    }
}
