//! `repetition`: a word or a run of words written twice in a row.

use super::{Check, Context, Rule};
use crate::finding::{Category, Diagnostic, Severity};
use crate::lexicon::wordnet;
use crate::text::Document;
use crate::text::tokens::TokenKind;
use crate::text::words::is_stopword;

/// Flags the second copy of a doubled word, even across quotation marks.
pub struct Repetition;

static RULE: Rule = Rule {
    id: "repetition",
    category: Category::Structure,
    default_severity: Severity::Error,
    needs_source: false,
    summary: "The same word, or run of words, twice in a row",
    explanation: "Rewriters often leave a word doubled, sometimes on both sides of a quotation \
mark (\u{2018}strategies\u{2019} strategies), sometimes a run of up to six words (\"in the in the\", \"the city council the city \
council\"), sometimes a figure (\"2024 2024\"). The second copy is flagged; an article, preposition or conjunction is flagged even with a comma between \
(\"the, the\"). Doubles that English allows (\"had had\" unless a participle follows, \"that that\", \"very, very\", \"what it is is\", \
\"brought in in 2018\", after a phrasal verb WordNet knows, \"case by case by the Greens\") pass; \"happen in in January\" is flagged.",
    details: include_str!("../../docs/rules/repetition.md"),
    example_source: "",
    example_bad: "The firm praised its \u{2018}user-first\u{2019} user-first strategies.",
    example_good: "By then the firm had had enough.",
};

/// Words English may legitimately double.
const ALLOWED: &[&str] = &["had", "that", "bye", "very", "ha", "knock"];

/// Particles that may end a phrasal verb and then start a phrase of their own
/// ("brought in in 2018", "logged on on Monday").
const PARTICLES: &[&str] = &["in", "on", "up", "out", "off", "down", "over"];

/// Words before "is is" that make it English ("what it is is", "the thing is is").
const BEFORE_IS_IS: &[&str] = &[
    "it", "what", "this", "that", "thing", "problem", "question", "point", "issue", "truth",
];

/// Words never doubled on purpose, even with a comma between ("the, the").
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or",
];

/// Signs that belong to an amount ("$5 million", "5%") and so to a repeated run.
const AMOUNT_SIGNS: &[&str] = &["$", "€", "£", "¥", "%"];

/// The words of a sentence in order (with the signs of amounts), each with whether a comma (only) came
/// before it; quotation marks are skipped, other punctuation breaks the run.
fn runs(doc: &Document, tokens: std::ops::Range<usize>) -> Vec<Vec<(usize, bool)>> {
    let mut runs = vec![Vec::new()];
    let mut comma = false;
    for i in tokens {
        let token = &doc.tokens[i];
        match (token.kind, token.norm.as_str()) {
            (TokenKind::Punct, "\"" | "'") => {}
            (TokenKind::Punct, sign) if AMOUNT_SIGNS.contains(&sign) => {
                runs.last_mut().expect("never empty").push((i, comma));
                comma = false;
            }
            (TokenKind::Punct, ",") => comma = true,
            (TokenKind::Punct, _) => {
                runs.push(Vec::new());
                comma = false;
            }
            _ => {
                runs.last_mut().expect("never empty").push((i, comma));
                comma = false;
            }
        }
    }
    runs
}

impl Check for Repetition {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let doc = ctx.suspect;
        for sentence in &doc.sentences {
            for run in runs(doc, sentence.tokens.clone()) {
                doubled_words(doc, &run, out);
                doubled_phrases(doc, &run, out);
            }
        }
    }
}

fn flag(doc: &Document, range: std::ops::Range<usize>, out: &mut Vec<Diagnostic>) {
    let (start, end) = doc.token_span(range);
    out.push(
        Diagnostic::new(
            start,
            end,
            format!("\"{}\" is written twice", &doc.text[start..end]),
        )
        .suggest(""),
    );
}

/// "the the", "the, the", "‘plans’ plans", "in 2024 2024".
fn doubled_words(doc: &Document, run: &[(usize, bool)], out: &mut Vec<Diagnostic>) {
    for (k, w) in run.windows(2).enumerate() {
        let ((p, _), (i, comma)) = (w[0], w[1]);
        let word = doc.tokens[i].norm.as_str();
        let is_is = word == "is"
            && k.checked_sub(1)
                .is_some_and(|b| BEFORE_IS_IS.contains(&doc.tokens[run[b].0].norm.as_str()));
        let particle_then_preposition = PARTICLES.contains(&word)
            && k.checked_sub(1)
                .is_some_and(|b| phrasal_verb(&doc.tokens[run[b].0].norm, word));
        let doubled = doc.tokens[i].kind != TokenKind::Punct
            && doc.tokens[p].norm == word
            && (!ALLOWED.contains(&word) || had_before_participle(doc, word, i))
            && !is_is
            && !particle_then_preposition
            && !currency_prefix(doc, i)
            && (!comma || FUNCTION_WORDS.contains(&word));
        if doubled {
            flag(doc, i..i + 1, out);
        }
    }
}

/// Whether `verb` is only a verb and takes `particle` as a phrasal verb
/// WordNet knows ("brought in", "logged on"); "happen in" is no phrasal verb,
/// so "happen in in January" is a slip.
fn phrasal_verb(verb: &str, particle: &str) -> bool {
    wordnet::parts_of_speech(verb) == wordnet::VERB
        && wordnet::parts_of_speech(&format!("{verb} {particle}")) & wordnet::VERB != 0
}

/// "had had risen": a doubled "had" before a past participle is a slip, the
/// participle needing one auxiliary; "had had enough", "had had mixed results"
/// (a participle used as an adjective, before a noun) pass.
fn had_before_participle(doc: &Document, word: &str, i: usize) -> bool {
    let Some(next) = doc.tokens.get(i + 1).map(|t| t.norm.as_str()) else {
        return false;
    };
    let written = wordnet::parts_as_written(next);
    let participle = (next.ends_with("ed") || next.ends_with("en"))
        && wordnet::parts_of_speech(next) & wordnet::VERB != 0
        && written & wordnet::NOUN == 0;
    let before_noun = doc.tokens.get(i + 2).is_some_and(|t| {
        t.kind == TokenKind::Word
            && !is_stopword(&t.norm)
            && wordnet::parts_of_speech(&t.norm) & wordnet::NOUN != 0
    });
    word == "had" && participle && (written & wordnet::ADJECTIVE == 0 || !before_noun)
}

/// "a A$3.4 million grant": letters written onto a currency sign name the
/// currency ("A$", "US$"); they are no word.
fn currency_prefix(doc: &Document, i: usize) -> bool {
    doc.tokens.get(i + 1).is_some_and(|sign| {
        sign.start == doc.tokens[i].end && AMOUNT_SIGNS[..4].contains(&sign.norm.as_str())
    })
}

/// Longest run of words whose immediate repeat is flagged.
const LONGEST_PHRASE: usize = 6;

/// "in the in the", "the city council the city council": a run of two to
/// [`LONGEST_PHRASE`] words written twice with no comma inside, the second copy
/// flagged (the longest such run only).
fn doubled_phrases(doc: &Document, run: &[(usize, bool)], out: &mut Vec<Diagnostic>) {
    let norm = |k: usize| doc.tokens[run[k].0].norm.as_str();
    let mut k = 0;
    while k < run.len() {
        let repeated = (2..=LONGEST_PHRASE).rev().find(|&n| {
            k + 2 * n <= run.len()
                && (k + 1..k + 2 * n).all(|m| !run[m].1)
                && (k..k + n).all(|m| norm(m) == norm(m + n))
                && (k..k + n - 1).any(|m| norm(m) != norm(m + 1))
                && (k..k + n).any(|m| doc.tokens[run[m].0].kind != TokenKind::Punct)
                && !(n == 2 && reduplication(norm(k), norm(k + 1)))
        });
        match repeated {
            Some(n) => {
                flag(doc, run[k + n].0..run[k + 2 * n - 1].0 + 1, out);
                k += 2 * n;
            }
            None => k += 1,
        }
    }
}

/// Words joining a noun to itself in an idiom ("case by case", "day after day").
const REDUPLICATING: &[&str] = &["by", "after", "to"];

/// "case by case by the Greens", "day after day after the vote": a noun
/// doubled round a joining word is an idiom, and the joining word may start
/// the next phrase; "backed by backed by" (no noun) is a slip.
fn reduplication(first: &str, joiner: &str) -> bool {
    REDUPLICATING.contains(&joiner) && wordnet::parts_as_written(first) & wordnet::NOUN != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flagged(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        let mut out = Vec::new();
        Repetition.check(
            &Context {
                suspect: &doc,
                source: None,
                extra_words: &Default::default(),
            },
            &mut out,
        );
        out.iter()
            .map(|d| text[d.start..d.end].to_string())
            .collect()
    }

    #[test]
    fn doubles_of_words_and_pairs() {
        assert_eq!(flagged("Talks broke down in the the evening."), ["the"]);
        assert_eq!(flagged("Talks broke down in the, the evening."), ["the"]);
        assert_eq!(
            flagged("Talks broke down in the in the evening."),
            ["in the"]
        );
        assert_eq!(flagged("It was ‘user-first’ user-first."), ["user-first"]);
        assert_eq!(
            flagged("Members of the city council the city council voted."),
            ["the city council"]
        );
        assert_eq!(flagged("The plant opened in 2024 2024."), ["2024"]);
        assert_eq!(
            flagged("It will cost $5 million $5 million."),
            ["$5 million"]
        );
        assert_eq!(flagged("Prices rose 5% 5% last year."), ["5%"]);
    }

    #[test]
    fn doubles_english_allows_pass() {
        assert!(flagged("By then the firm had had enough.").is_empty());
        assert!(flagged("The firm had had mixed results.").is_empty());
        assert!(flagged("It was very, very late.").is_empty());
        assert!(flagged("Prices rose, rose again, then fell.").is_empty());
        assert!(flagged("He said it was bad. Bad for everyone.").is_empty());
        assert!(flagged("Scores were 5, 5 and 7.").is_empty());
        assert!(flagged("What it is is a tax.").is_empty());
        assert!(flagged("The scheme was brought in in 2018.").is_empty());
        assert_eq!(flagged("The scheme was set up in in 2018."), ["in"]);
        assert_eq!(flagged("The plan is is ambitious."), ["is"]);
        assert_eq!(flagged("There were no no objections."), ["no"]);
        assert!(flagged("It rose in the north, in the south and in the west.").is_empty());
        assert!(flagged("A government backed case by case by the Greens.").is_empty());
        assert_eq!(
            flagged("It was backed by backed by the Greens."),
            ["backed by"]
        );
    }
}
