//! Source names written in another case: runs lower-cased, words shouted or miscased.

use super::SourceNames;
use super::articles::stray_article;
use crate::finding::Diagnostic;
use crate::lexicon::dictionary;
use crate::lexicon::titles::{POSTS, is_title_word};
use crate::text::Document;
use crate::text::names::{Names, bare, is_sentence_initial};
use crate::text::tokens::TokenKind;
use crate::text::words::{is_stopword, number_word};

/// Whether a written word is in capitals ("MA", "U.S."), two letters or more.
pub(super) fn is_all_caps(s: &str) -> bool {
    s.chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
        && s.chars().count() >= 2
}

/// A written name without its possessive.
pub(super) fn bare_form(s: &str) -> &str {
    s.strip_suffix("'s").unwrap_or(s)
}

/// Whether `src` writes `words` as they stand, case and all, between word
/// boundaries ("the last strike by Calloway nurses" beside "the Calloway
/// Nurses' Union"): a copy of the source's own wording changed no name.
fn source_writes(src: &Document, words: &str) -> bool {
    let text = src.text.as_str();
    let is_word = |c: char| c.is_alphanumeric();
    text.match_indices(words).any(|(i, _)| {
        !text[..i].chars().next_back().is_some_and(is_word)
            && !text[i + words.len()..].chars().next().is_some_and(is_word)
    })
}

/// Multi-word source names written in another case ("ant group"), unless
/// the source writes them so too.
pub(super) fn mangled_runs(
    doc: &Document,
    src: &Document,
    ours: &Names,
    names: &SourceNames,
    covered: &mut [bool],
    out: &mut Vec<Diagnostic>,
) {
    let words: Vec<(usize, &str)> = doc
        .tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.is_wordlike())
        .map(|(i, t)| (i, bare(&t.norm)))
        .collect();
    for (run, form) in &names.runs {
        for w in words.windows(run.len()) {
            if !w.iter().map(|(_, n)| n).eq(run.iter()) || ours.in_headline(w[0].0) {
                continue;
            }
            let (first, last) = (w[0].0, w[run.len() - 1].0);
            // Words split by punctuation ("Tessmoor. County council") are no
            // name; "Halden's transport authority" for "Halden Transport
            // Authority" describes it in common words.
            let possessive = |s: &str| s.ends_with("'s") || s.ends_with("\u{2019}s");
            let described = run.len() > 1
                && doc.is_capitalized(first)
                && possessive(doc.folded_token(first))
                && !form.split_whitespace().next().is_some_and(possessive);
            if last - first + 1 != run.len() || described {
                continue;
            }
            let written = doc.span_text(first..last + 1);
            // The rest of the name still capitalised: only its opener changed case.
            let many = run.len() > 1
                && written
                    .split_whitespace()
                    .skip(1)
                    .any(|w| w.starts_with(char::is_uppercase));
            // An article or a number opening the name takes the case of its place
            // in the sentence ("The Alder Street Theatre" → "reopened the Alder
            // Street Theatre"), and a title is lower-cased before a name in
            // apposition ("Mayor Lisa Gutierrez" → "the mayor, Lisa Gutierrez").
            // "Scotland's Connectivity Minister" → "Scotland's connectivity
            // minister": a post, not a name, lower-cased as style.
            let post = form
                .split_whitespace()
                .last()
                .is_some_and(|w| POSTS.contains(&w.to_lowercase().as_str()));
            let same_case = written
                .split_whitespace()
                .zip(form.split_whitespace())
                .enumerate()
                .all(|(k, (a, b))| {
                    let lower = b.to_lowercase();
                    let lower = lower.trim_end_matches([',', '.']);
                    // "Prosecutor Helen Marsh KC" opening a sentence →
                    // "prosecutor Helen Marsh KC": a common word before the name.
                    // "the Heritage Renewal Fund" mid-sentence → "the
                    // heritage Renewal Fund": the opener is the name's own.
                    let common_opener = k == 0
                        && many
                        && dictionary::is_known(lower)
                        && !names.firm_openers.contains(run[0]);
                    matches!(lower, "the" | "a" | "an")
                        || is_title_word(lower)
                        || common_opener
                        || (post && dictionary::is_known(lower))
                        || (k == 0 && (is_stopword(lower) || number_word(lower).is_some()))
                        || a.chars().next().map(char::is_uppercase)
                            == b.chars().next().map(char::is_uppercase)
                });
            if !same_case && !source_writes(src, written) {
                covered[first..=last].fill(true);
                let (start, end) = doc.token_span(first..last + 1);
                out.push(
                    Diagnostic::new(
                        start,
                        end,
                        format!("the name \"{form}\" is written \"{written}\""),
                    )
                    .suggest(*form)
                    .evidence(*form),
                );
            }
        }
    }
}

/// Longest acronym ("JAA") whose title-case form ("Jaa") is a mangling.
const MAX_TITLED_ACRONYM: usize = 3;

/// Single name words lower-cased or shouted, and names given a stray article ("The MA").
pub(super) fn mangled_words(
    doc: &Document,
    ours: &Names,
    names: &SourceNames,
    covered: &mut [bool],
    out: &mut Vec<Diagnostic>,
) {
    for (t, tok) in doc.tokens.iter().enumerate() {
        if covered[t] || tok.kind != TokenKind::Word {
            continue;
        }
        let Some(&form) = names.words.get(bare(&tok.norm)) else {
            continue;
        };
        if ours.in_headline(t) {
            if lowered_in_headline(doc, names, t, form) {
                covered[t] = true;
                let (start, end) = doc.token_span(t..t + 1);
                out.push(
                    Diagnostic::new(
                        start,
                        end,
                        format!("the name \"{form}\" is written \"{}\"", doc.folded_token(t)),
                    )
                    .suggest(form)
                    .evidence(form),
                );
            }
            continue;
        }
        if names.lowercase.contains(bare(&tok.norm)) {
            continue;
        }
        let written = doc.folded_token(t);
        // A name written as the source writes it can still gain an article.
        let as_source = names.forms.contains(bare_form(written));
        let shouted = !as_source && is_all_caps(written) && !is_all_caps(form);
        // "Delacroix" → "DelaCroix": the same letters, cased otherwise inside.
        let miscased = !as_source
            && written != form
            && !shouted
            && written.to_lowercase() == form.to_lowercase()
            && written.chars().next() == form.chars().next()
            && (!is_all_caps(form) || acronym_titled(written, form));
        let lowered = !as_source
            && !doc.is_capitalized(t)
            && (is_sentence_initial(doc, t) || !dictionary::is_known(bare(&tok.norm)));
        let article = stray_article(doc, names, t, form, as_source);
        if !(shouted || lowered || miscased || article.is_some()) {
            continue;
        }
        let first = article.unwrap_or(t);
        covered[first..=t].fill(true);
        let (start, end) = doc.token_span(first..t + 1);
        let what = if article.is_some() {
            format!(
                "the source writes \"{form}\" with no article, not \"{}\"",
                doc.span_text(first..t + 1)
            )
        } else {
            format!("the name \"{form}\" is written \"{written}\"")
        };
        out.push(
            Diagnostic::new(start, end, what)
                .suggest(form)
                .evidence(form),
        );
    }
}

/// Whether a short acronym is written in title case ("JAA" → "Jaa"): no word
/// to write so, as a longer acronym spoken as a word may be ("Nato"). A
/// word of the language ("It" for "IT", "Who" for "WHO") is that word.
fn acronym_titled(written: &str, form: &str) -> bool {
    form.chars().count() <= MAX_TITLED_ACRONYM
        && written.chars().skip(1).all(char::is_lowercase)
        && !dictionary::is_known(&written.to_lowercase())
}

/// Whether name token `t` of a headline is a source name (written `form`)
/// put in lower case: a headline may be in title or sentence case, but
/// writes no name so ("varrow Valley floods"). A name that is also a common
/// word ("the mariners") is left alone, as is one the source lower-cases too.
fn lowered_in_headline(doc: &Document, names: &SourceNames, t: usize, form: &str) -> bool {
    let norm = bare(&doc.tokens[t].norm);
    !doc.is_capitalized(t)
        && form.starts_with(char::is_uppercase)
        && !names.lowercase.contains(norm)
        && !dictionary::is_known(norm)
}
