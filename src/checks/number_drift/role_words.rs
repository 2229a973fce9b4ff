//! The words of its own clause that tell a figure's role, compared by stem
//! so a reworded sentence still shows which figure went where ("Earnings per
//! share came to $2.14, against $1.52 a year earlier" → "Earnings per share
//! were $1.52, compared with $2.14 in the year-ago quarter").

use crate::text::Document;
use crate::text::numbers::{Quantity, quantities};
use crate::text::tokens::TokenKind;
use crate::text::words::{is_stopword, number_word, stem};

/// Content words taken on each side of a figure.
const REACH: usize = 5;

/// Words that end one figure's part of a clause and open the next one's
/// ("every 6 minutes at peak times and every 12 minutes in the evening").
const BOUNDARIES: &[&str] = &["and", "but", "while", "whereas", "or"];

/// Whether `word` opens another clause: one of [`BOUNDARIES`] or a
/// semicolon.
pub(super) fn opens_clause(word: &str) -> bool {
    BOUNDARIES.contains(&word) || word == ";"
}

/// The stems of the content words that belong to figure `q`: those before
/// and after it up to punctuation, another figure (its unit too), or a conjunction that
/// opens the next figure's part of the sentence.
pub(super) fn role_words(doc: &Document, q: &Quantity) -> Vec<String> {
    words_around(doc, q, REACH, true)
}

/// The stems of the content words of figure `q`'s clause: as
/// [`role_words`], past commas and other figures, up to a conjunction
/// or a semicolon ("income rose by 4%, while spending fell slightly, to
/// £3.2 million": "spending fell slightly" for £3.2 million).
fn clause_words(doc: &Document, q: &Quantity) -> Vec<String> {
    words_around(doc, q, CLAUSE_REACH, false)
}

/// Content words taken on each side of a figure for its clause.
const CLAUSE_REACH: usize = 8;

/// The stems of up to `reach` content words on each side of figure `q`,
/// stopping at a conjunction and, when `marks_end` says so, at punctuation
/// or another figure.
fn words_around(doc: &Document, q: &Quantity, reach: usize, marks_end: bool) -> Vec<String> {
    let sentence = doc
        .sentence_of(q.tokens.start)
        .map_or(0..doc.tokens.len(), |i| doc.sentences[i].tokens.clone());
    let others = quantities(doc, sentence.clone());
    let in_figure = |k: usize| others.iter().any(|o| o.tokens.contains(&k));
    let mut found = Vec::new();
    let before = (sentence.start..q.tokens.start).rev();
    let after = q.tokens.end..sentence.end;
    for side in [before.collect::<Vec<_>>(), after.collect()] {
        let mut taken = 0;
        for k in side {
            let t = &doc.tokens[k];
            let w = t.norm.as_str();
            let figure = number_word(w).is_some();
            if opens_clause(w) {
                break;
            }
            if t.kind != TokenKind::Word || figure || in_figure(k) {
                // A hyphen joins one word ("year-ago"); other marks end the part.
                if !marks_end || (t.kind == TokenKind::Punct && matches!(w, "-" | "'")) {
                    continue;
                }
                break;
            }
            if is_stopword(w) {
                continue;
            }
            found.push(stem(w));
            taken += 1;
            if taken == reach {
                break;
            }
        }
    }
    found
}

/// Whether two figures that kept their values traded the words of their
/// roles: each suspect figure shares more of its distinctive role words with
/// the other's source figure than with its own. `a` and `b` are source
/// figures, `now_a` and `now_b` the suspect figures stating them.
pub(super) fn roles_traded(
    src: &Document,
    (a, b): (&Quantity, &Quantity),
    doc: &Document,
    (now_a, now_b): (&Quantity, &Quantity),
) -> bool {
    traded_by(role_words, src, (a, b), doc, (now_a, now_b))
}

/// Whether two figures that kept their values traded the words of their
/// clauses (see [`clause_words`]), as [`roles_traded`] judges role words.
pub(super) fn clauses_traded(
    src: &Document,
    (a, b): (&Quantity, &Quantity),
    doc: &Document,
    (now_a, now_b): (&Quantity, &Quantity),
) -> bool {
    traded_by(clause_words, src, (a, b), doc, (now_a, now_b))
}

/// Whether each suspect figure shares more of its distinctive `words` with
/// the other's source figure than with its own.
fn traded_by(
    words: fn(&Document, &Quantity) -> Vec<String>,
    src: &Document,
    (a, b): (&Quantity, &Quantity),
    doc: &Document,
    (now_a, now_b): (&Quantity, &Quantity),
) -> bool {
    // Words both figures of a side share tell neither's role.
    let distinct = |d: &Document, x: &Quantity, y: &Quantity| {
        let (mut mine, mut theirs) = (words(d, x), words(d, y));
        let (mine_all, theirs_all) = (mine.clone(), theirs.clone());
        mine.retain(|w| !theirs_all.contains(w));
        theirs.retain(|w| !mine_all.contains(w));
        (mine, theirs)
    };
    let (was_a, was_b) = distinct(src, a, b);
    let (is_a, is_b) = distinct(doc, now_a, now_b);
    let shared = |x: &[String], y: &[String]| x.iter().filter(|w| y.contains(w)).count();
    shared(&is_a, &was_b) > shared(&is_a, &was_a) && shared(&is_b, &was_a) > shared(&is_b, &was_b)
}
