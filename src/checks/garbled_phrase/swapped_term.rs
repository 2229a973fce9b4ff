//! Two-word terms a spinner swapped word for word ("sea level" → "ocean
//! degree", "heating system" → "warming framework", "burial sites" →
//! "entombment destinations").

use super::collocation::is_compound;
use super::content::is_content;
use super::{FIXED_TERM_SWAPPED, SWAPPED_TERM, Substitution, swap_finding, unquoted};
use crate::align::AlignedPair;
use crate::finding::Diagnostic;
use crate::lexicon::fixed_terms::{is_fair_variant, is_fixed_term};
use crate::lexicon::frequency::{bigram_count, count};
use crate::lexicon::spun::is_spun_sense;
use crate::lexicon::{dictionary, thesaurus, tortured, wordnet};
use crate::text::Document;
use crate::text::words::{shares_root, stem, stem_among};

/// How many times more often than chance two words must stand together to
/// form a term ("clinical trial", not "good start").
const ASSOCIATION: f64 = 600.0;

/// Sum of the word counts of the frequency list: the size of the corpus it counts.
const CORPUS_WORDS: f64 = 5.418e11;

/// A source word replaced by a different word, with the tokens of both.
struct Swap {
    source: usize,
    suspect: usize,
    from: String,
    to: String,
}

/// Flags each pair of adjacent suspect words that replaced, word by word, a
/// noun term the bigram table or WordNet knows ("clinical trial", "closing
/// price") or, otherwise, a listed fixed term ("voluntary redundancy" →
/// "deliberate excess"; a fair variant listed for it passes, and the finding
/// vouches for no weak one near it) with a pair the bigram table never counts,
/// where each new word is a thesaurus synonym of the word it replaced (a
/// WordNet synonym or, in a listed term or one led by a noun, each a looser
/// Moby thesaurus link: [`loosely_looked_up`]), or (after a noun modifier) one
/// the known tortured phrases put for it ("burial sites" → "entombment
/// destinations"): a spinner looks each word up, where a careful writer
/// rephrases the term as a whole ("convenience stores" → "corner shops") or
/// keeps it.
/// Substitutions inside quotations are left to misquote.
pub(super) fn swapped_terms(
    doc: &Document,
    src: &Document,
    pair: &AlignedPair,
    substitutions: &[Substitution],
    out: &mut Vec<(&'static str, Diagnostic)>,
) {
    let mut swaps = Vec::new();
    for Substitution { theirs, ours, .. } in unquoted(substitutions) {
        let (m, n) = (theirs.text.len(), ours.text.len());
        // Word for word throughout, or at either end of a longer rewrite.
        let mapped = (0..m).filter_map(|j| match j {
            _ if m == n => Some((j, j)),
            0 | 1 if n >= 2 && m >= 2 => Some((j, j)),
            _ if j + 2 >= m && n >= 2 => Some((j, j + n - m)),
            _ => None,
        });
        for (j, k) in mapped {
            let (a, b) = (theirs.text[j].as_str(), ours.text[k].as_str());
            if is_content(src, theirs, j)
                && is_content(doc, ours, k)
                && dictionary::is_known(b)
                && stem(a) != stem(b)
                && !shares_root(a, b)
                && !stem_among(b, &pair.source_units.text)
            {
                swaps.push(Swap {
                    source: theirs.token[j],
                    suspect: ours.token[k],
                    from: a.to_owned(),
                    to: b.to_owned(),
                });
            }
        }
    }
    swaps.sort_by_key(|s| s.source);
    for w in swaps.windows(2) {
        let (s, t) = (&w[0], &w[1]);
        if !(adjacent(src, s.source, t.source) && adjacent(doc, s.suspect, t.suspect)) {
            continue;
        }
        let term = is_term(&s.from, &t.from);
        let listed = !term && is_fixed_term(&[&s.from, &t.from]);
        if !(term || listed)
            || bigram_count(&s.to, &t.to) > 0
            || is_fair_variant(&[&s.from, &t.from], &[&s.to, &t.to])
        {
            continue;
        }
        let thesaurus =
            looked_up(&s.from, &s.to) && looked_up(&t.from, &t.to) || loosely_looked_up(s, t);
        // A noun modifier names the thing, as a term's words do ("burial
        // sites" → "entombment destinations"); an adjective swapped with its
        // noun is as often a careful rewording ("total cost" → "complete
        // expense").
        let spinners = || {
            wordnet::parts_of_speech(&s.from) & wordnet::ADJECTIVE == 0
                && [s, t]
                    .iter()
                    .all(|x| looked_up(&x.from, &x.to) || spinners_swap(&x.from, &x.to))
        };
        if !(thesaurus || spinners()) {
            continue;
        }
        out.push(swap_finding(
            if listed {
                FIXED_TERM_SWAPPED
            } else {
                SWAPPED_TERM
            },
            (doc, s.suspect..t.suspect + 1),
            (src, s.source..t.source + 1),
            s.source..t.source + 1,
        ));
    }
}

/// Whether token `b` follows token `a` with only spaces between.
fn adjacent(doc: &Document, a: usize, b: usize) -> bool {
    a < b && {
        let (_, end) = doc.token_span(a..a + 1);
        let (start, _) = doc.token_span(b..b + 1);
        doc.text[end..start].chars().all(char::is_whitespace)
    }
}

/// Whether `a b` is a noun term: a noun after a noun or adjective, standing
/// together far more often than chance or listed by WordNet as a compound.
fn is_term(a: &str, b: &str) -> bool {
    let pos = |w: &str| wordnet::parts_of_speech(w);
    let together = bigram_count(a, b) as f64;
    let chance = count(a) as f64 * count(b) as f64 / CORPUS_WORDS;
    pos(b) & wordnet::NOUN != 0
        && pos(a) & (wordnet::NOUN | wordnet::ADJECTIVE) != 0
        && (chance > 0.0 && together >= ASSOCIATION * chance || is_compound(a, b))
}

/// Whether each word of the term `s t` was swapped for a word only the Moby
/// thesaurus links with it, no opposite ("executive director" → "official
/// chief", "standing ovation" → "upright applause"), in a term WordNet lists
/// or one whose first word is no adjective. A looser thesaurus's entry for
/// each word in turn is a spinner's pick; a writer rewording a term keeps a
/// word or takes a near synonym. An adjective's loose synonym before a loose
/// synonym of its noun is as often a free rewording ("total cost" →
/// "complete expense").
fn loosely_looked_up(s: &Swap, t: &Swap) -> bool {
    let loose = |x: &Swap| {
        !looked_up(&x.from, &x.to)
            && thesaurus::related(&x.from, &x.to)
            && !wordnet::are_antonyms(&x.from, &x.to)
    };
    (is_compound(&s.from, &t.from) || wordnet::parts_of_speech(&s.from) & wordnet::ADJECTIVE == 0)
        && loose(s)
        && loose(t)
}

/// Whether a tortured phrase of the list puts `to`, or a form of it, for
/// `from` or a form of it.
fn spinners_swap(from: &str, to: &str) -> bool {
    let forms = |w: &str| {
        let lemmas = wordnet::lemmas(w);
        std::iter::once(w.to_owned())
            .chain(lemmas.iter().cloned())
            .collect::<Vec<_>>()
    };
    let theirs = forms(to);
    forms(from)
        .iter()
        .any(|a| theirs.iter().any(|b| tortured::swaps_word(a, b)))
}

/// Whether a thesaurus lists `to` for `from`, or a spinner's table does.
fn looked_up(from: &str, to: &str) -> bool {
    wordnet::synonym_rank(from, to).is_some() || is_spun_sense(from, to)
}
