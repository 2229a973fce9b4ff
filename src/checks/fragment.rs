//! `fragment`: dangling pieces that are not sentences.

use super::{Check, Context, Rule};
use crate::finding::{Category, Diagnostic, Severity};
use crate::lexicon::wordnet::{ADJECTIVE, NOUN, VERB, lemmas, parts_as_written, parts_of_speech};
use crate::text::Document;
use crate::text::numbers::{is_year_value, plain_number};
use crate::text::tokens::{Token, TokenKind};
use crate::text::words::is_stopword;

mod adjunct;
mod clause;
mod source_cut;
mod stranding;
mod verbless;

use adjunct::{elliptical_possessive, intransitive, opens_adjunct};
use clause::verbless_clause_end;
use source_cut::{
    CLAUSE_FINAL, adverbial_then, aligned_source, is_possessive, mid_phrase_cut, number_cut,
    source_continuation, source_ends_alike, source_goes_on,
};

use stranding::indefinite_stranded;
use verbless::{subjectless, verbless_piece};

/// Flags sentences cut off mid-way and stray one- or two-word pieces.
pub struct Fragment;

static RULE: Rule = Rule {
    id: "fragment",
    category: Category::Structure,
    default_severity: Severity::Warning,
    needs_source: false,
    summary: "A dangling piece that is not a sentence",
    explanation: "Rewriters leave pieces behind: a lone \"By\" where a byline was cut, or a \
sentence that stops on a word that cannot end one (\"The council will also.\"). A sentence \
ending on an article, a preposition that needs an object, a conjunction, a possessive or a \
modal verb is flagged; so is one ending on an auxiliary, a preposition or a possessive \
(\"has\", \"within\", \"last year's\") where the aligned source sentence goes on past the same words \
(not where it goes on with an adjunct, \"came on\" before \"in the cab\", \"for the final\" before \
\"since 2009\", nor on a possessive whose noun the sentence named before, \"more than Varga's\", nor on an infinitive \
that needs no object, \"has 30 days to respond\", nor after an article where the source's word before it differs, \"of a rib\" against \"with a rib injury\", \
nor on \"since\" for the source's \
\"since then\" in a sentence that names the year it refers to, \
or where the source goes on with a focusing adverb, \"a prosecution\" before \"even if\"; \
a preposition left by a clause after \"something\" or \"nothing\" ends a sentence: \"was not \
something they were built for.\"); and so is a piece of one or two words with no closing punctuation \
anywhere but the headline, a short sentence that is only an attribution (\"According to \
tournament director Paul Renner.\"), and a statement that is only a subordinate clause, with \
no comma for a main clause to follow (\"Which is at the club's ground.\", \"Despite the \
protest.\"; \"Until this week she had …\" opens on a time phrase, not a clause), or the tail of a source sentence after a comma, word for word (\"Making it the \
wettest June since 1911.\"), or one that stops on a count whose noun the source goes on with \
(\"on three.\" against \"on three consecutive nights\"), a stub of at most four words \
that opens and ends on prepositions (\"For more on.\"), and a statement with no main verb that \
is a piece of one longer source sentence, word for word (\"And hire 300 staff by 2027.\", \
\"Including six engineers.\"), or a stub of up to three words opening on a preposition \
(\"Since then.\"), or that opens on a conjunction and a verb with no subject (\"But would \
review the plan.\"); a verb in a clause opened by \"as\", \"when\", \"that\" or \"which\" is not \
the main one (\"As crews walked out over pay.\").",
    example_source: "",
    example_bad: "Shares rose to three-year highs. By\nThe firm announced growth.",
    example_good: "Shares rose to three-year highs.\nThe firm announced growth.",
};

/// Longest sentence that is only an attribution ("According to the ministry.").
const ATTRIBUTION_WORDS: usize = 7;

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

/// Verbs (base forms) that can end a sentence on "for": "what the standard calls for".
const FOR_VERBS: &[&str] = &[
    "call", "ask", "wait", "pay", "look", "account", "care", "hope", "search", "stand", "vote",
    "apply", "qualify", "opt", "push", "argue",
];

/// Whether `word` + `last` is a verb stranding its "for" ("calls for.").
fn ends_verb_for(word: &str, last: &str) -> bool {
    last == "for" && lemmas(word).iter().any(|l| FOR_VERBS.contains(&l.as_str()))
}

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
            !CLAUSE_FINAL.contains(&next) && !words.iter().any(|w| w.norm == next)
        })
}

/// Prepositions a "where"/"what" clause may strand at the end of a sentence.
const STRANDABLE: &[&str] = &["from", "for", "at", "with", "to", "into", "of", "by"];

/// Whether the last word is a preposition stranded by a "where", "what" or
/// "which" clause before it ("did not say where the money would come from.").
fn wh_stranded(words: &[&Token], last: &str) -> bool {
    STRANDABLE.contains(&last)
        && words.len() > 2
        && words[1..words.len() - 2]
            .iter()
            .any(|w| matches!(w.norm.as_str(), "where" | "what" | "which" | "whom" | "who"))
}

/// Whether the last word is a preposition a relative clause with no "that"
/// strands ("the cup they waited 31 years for", "a period to draw
/// conclusions from"): a subject or "to" shortly before it.
fn relative_stranded(words: &[&Token], last: &str) -> bool {
    if !STRANDABLE.contains(&last) || words.len() <= 2 {
        return false;
    }
    let inner = &words[1..words.len() - 1];
    inner[inner.len().saturating_sub(RELATIVE_REACH)..]
        .iter()
        .any(|w| {
            matches!(
                w.norm.as_str(),
                "they" | "we" | "he" | "she" | "i" | "you" | "it" | "to"
            )
        })
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

/// Words before a stranded preposition searched for the subject or "to" of
/// the relative clause that strands it.
const RELATIVE_REACH: usize = 6;

/// Prepositions that open a phrase a source sentence may end with.
const TRAILING_PHRASES: &[&str] = &["in", "at", "with", "during", "after", "before", "on"];

/// Fewest words a prepositional phrase needs to count as split off.
const MIN_PHRASE_WORDS: usize = 4;

/// Fewest words a piece needs before it is looked for after a source comma.
const MIN_SPLIT_WORDS: usize = 3;

/// Whether a sentence is the tail of a source sentence after a comma, word for
/// word ("Making it the wettest June since 1911.", "Including four
/// children."): a clause split off, with no main clause of its own.
fn split_off(ctx: &Context, words: &[&Token]) -> bool {
    let Some(source) = ctx.source else {
        return false;
    };
    let first = match words.first() {
        Some(w) if words.len() >= MIN_SPLIT_WORDS => w.norm.as_str(),
        _ => return false,
    };
    // "And …" stands as a sentence; "The …", "It …" after an opening phrase
    // ("According to police, the transfer was made") is a main clause.
    if matches!(
        first,
        "and"
            | "but"
            | "or"
            | "so"
            | "yet"
            | "nor"
            | "the"
            | "a"
            | "an"
            | "this"
            | "these"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "its"
            | "their"
            | "his"
            | "her"
    ) {
        return false;
    }
    // "In front of 61,240 fans at the stadium.": a phrase of place, time or
    // manner the source ends its sentence with, cut loose with no comma.
    let phrase = words.len() >= MIN_PHRASE_WORDS && TRAILING_PHRASES.contains(&first);
    let tokens = &source.doc.tokens;
    (1..tokens.len()).any(|j| {
        let after_word = phrase && tokens[j - 1].is_wordlike();
        if (tokens[j - 1].norm != "," && !after_word) || tokens[j].norm != first {
            return false;
        }
        let mut theirs = tokens[j..].iter().filter(|t| t.is_wordlike());
        let same = words
            .iter()
            .all(|w| theirs.next().is_some_and(|t| t.norm == w.norm));
        // The piece runs to the end of the source's sentence.
        let last = j + tokens[j..]
            .iter()
            .enumerate()
            .filter(|(_, t)| t.is_wordlike())
            .nth(words.len() - 1)
            .map_or(0, |(k, _)| k);
        same && tokens
            .get(last + 1)
            .is_none_or(|t| matches!(t.norm.as_str(), "." | "!" | "?"))
    })
}

/// Whether a short sentence is only an attribution ("According to the ministry.").
fn attribution_only(tokens: &[Token], words: &[&Token]) -> bool {
    words.len() <= ATTRIBUTION_WORDS
        && words.len() > 2
        && words[0].norm == "according"
        && words[1].norm == "to"
        && !tokens.iter().any(|t| t.norm == "," || t.norm == ":")
}

/// Whether suspect sentence `k` is a fragment: cut off, stray words, only an
/// attribution or only a subordinate clause. Such a piece is not content of
/// its own.
pub fn is_fragment(ctx: &Context, k: usize) -> bool {
    verdict(ctx, k).is_some()
}

/// Words that open a clause that cannot stand alone ("Which is at the
/// ground.", "Despite the protest.", "If it was approved.").
const SUBORDINATORS: &[&str] = &[
    "which", "whose", "whom", "despite", "although", "though", "because", "unless", "whereas",
    "whilst", "if", "when", "while", "until",
];

/// Prepositions that open a relative clause with "which" ("In which 71% opposed").
const RELATIVE_PREPOSITIONS: &[&str] = &[
    "in", "of", "for", "by", "from", "with", "under", "after", "to",
];

/// Whether a sentence is one subordinate clause: it opens with a subordinator
/// or "in which", has no comma after which a main clause could stand, and
/// ends as a statement (a question may open with "Which").
fn subordinate_only(tokens: &[Token], words: &[&Token], terminal: bool) -> bool {
    let Some(first) = words.first() else {
        return false;
    };
    // "To be built in a disused wing.": an infinitive with nothing to govern it.
    let infinitive = first.norm == "to"
        && words.get(1).is_some_and(|w| {
            matches!(w.norm.as_str(), "be" | "have") || parts_as_written(&w.norm) & VERB != 0
        });
    let opener = SUBORDINATORS.contains(&first.norm.as_str())
        || infinitive
        || (RELATIVE_PREPOSITIONS.contains(&first.norm.as_str())
            && words.get(1).is_some_and(|w| w.norm == "which"));
    let quoted = tokens
        .first()
        .is_some_and(|t| t.kind == TokenKind::Punct && t.norm != "(");
    let question = tokens.iter().any(|t| t.norm == "?");
    opener
        && terminal
        && !question
        && !quoted
        && !phrase_then_subject(words)
        && !tokens
            .iter()
            .any(|t| matches!(t.norm.as_str(), "," | ";" | ":"))
}

/// Whether "until" opens a time phrase, not a clause, with the main clause's
/// subject pronoun right after it ("Until this week she had never …"): no
/// word between the two that can only be a verb.
fn phrase_then_subject(words: &[&Token]) -> bool {
    words.first().is_some_and(|w| w.norm == "until")
        && words
            .iter()
            .enumerate()
            .skip(2)
            .find_map(|(i, w)| {
                matches!(w.norm.as_str(), "i" | "he" | "she" | "we" | "they").then_some(i)
            })
            .is_some_and(|i| {
                words[1..i]
                    .iter()
                    .all(|w| parts_as_written(&w.norm) & (VERB | NOUN) != VERB)
            })
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
    let stranded =
        before.is_some_and(|b| ends_verb_for(b, last)) || wh_stranded(words, last) || relative();
    last_word.kind == TokenKind::Word
        && ((DANGLING.contains(&last)
            && !stranded
            && !indefinite_stranded(words, last)
            && !source_ends_alike(ctx, k, last))
            || (((CUT_WITH_SOURCE.contains(&last) && !existential(words))
                || (is_possessive(last) && !elliptical_possessive(words))
                || stranded)
                && before.is_some_and(|b| {
                    source_goes_on(ctx, k, [b, last]) && !adverbial_then(ctx, k, words)
                }))
            || (verbless_clause_end(words)
                && before.is_some_and(|b| source_goes_on(ctx, k, [b, last])))
            || (after_article(words) && lost_after_article(ctx, k, words))
            || number_cut(ctx, k, words)
            || mid_phrase_cut(ctx, k, words)
            || prepositional_stub(words))
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

/// Whether the sentence ends on "there" and a form of "be", with at most a
/// modal between ("how many redundancies there would be."): a whole clause.
fn existential(words: &[&Token]) -> bool {
    let n = words.len();
    let norm = |back: usize| n.checked_sub(back).map(|i| words[i].norm.as_str());
    matches!(norm(1), Some("be" | "is" | "was" | "are" | "were" | "been"))
        && (norm(2) == Some("there") || norm(3) == Some("there"))
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
    let cut_off = only_terminal && cut_mid_way(ctx, k, &words);
    let attribution_only = attribution_only(tokens, &words);
    let subordinate = subordinate_only(tokens, &words, terminal) || split_off(ctx, &words);
    let quoted = tokens.first().is_some_and(|t| t.kind == TokenKind::Punct);
    let statement = terminal && only_terminal && k > 0 && !quoted;
    let verbless = statement && verbless_piece(ctx, doc, &words);
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
