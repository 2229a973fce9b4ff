//! Synonym swaps article spinners make that are the wrong sense in news copy
//! ("shares" → "offers", "journal" → "diary"), from a curated table.

use crate::lexicon::dictionary::american_z_spelling;
use crate::lexicon::wordnet;
use crate::text::words::stem;
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::sync::OnceLock;

/// The curated tables, their sense columns stemmed by `build.rs`, which
/// blanks the comments and the columns the tool does not read.
const DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/spun-senses.tsv"));
const IN_CONTEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/spun-senses-in-context.tsv"));
/// The tables' source words' base forms, one line for each line of the
/// table, worked out by `build.rs` (see [`source_forms`]).
const DATA_FORMS: &str = include_str!(concat!(env!("OUT_DIR"), "/spun-senses.forms"));
const IN_CONTEXT_FORMS: &str =
    include_str!(concat!(env!("OUT_DIR"), "/spun-senses-in-context.forms"));

/// A curated table of swaps: its lines, and the lines listing each base
/// form of a source word (see [`forms`]), in order, so that only a listed
/// word's lines are read further.
struct Table {
    lines: Vec<Line>,
    /// The first and last of each base form's listings (indexes into
    /// `listings`).
    by_source: FxHashMap<Cow<'static, str>, (u32, u32)>,
    /// Each listing of a base form: the line, and the form's next listing
    /// ([`END`] after its last), chained so that no form needs a list of
    /// its own.
    listings: Vec<(u32, u32)>,
    /// The bases of irregular forms the table lists as words of their own
    /// ("write" for "written"): another irregular form of theirs ("wrote")
    /// is not matched through the base.
    irregular: FxHashSet<&'static str>,
}

/// The chain's end in [`Table::listings`].
const END: u32 = u32::MAX;

impl Table {
    /// The lines listing the base form `base`, in order, if any does.
    fn listing(&self, base: &str) -> Option<impl Iterator<Item = &Line> + Clone> {
        let &(first, _) = self.by_source.get(base)?;
        let next = |&i: &u32| Some(self.listings[i as usize].1).filter(|&n| n != END);
        Some(
            std::iter::successors(Some(first), next)
                .map(|i| &self.lines[self.listings[i as usize].0 as usize]),
        )
    }

    /// Lists the next line (the one to be pushed) under each of `forms`,
    /// and notes `bases` as bases of irregular forms (see `irregular`).
    fn list(
        &mut self,
        forms: impl IntoIterator<Item = Cow<'static, str>>,
        bases: impl IntoIterator<Item = &'static str>,
    ) {
        let line = self.lines.len() as u32;
        for form in forms {
            let listing = self.listings.len() as u32;
            self.listings.push((line, END));
            match self.by_source.entry(form) {
                Entry::Occupied(mut e) => {
                    let last = &mut e.get_mut().1;
                    self.listings[*last as usize].1 = listing;
                    *last = listing;
                }
                Entry::Vacant(e) => {
                    e.insert((listing, listing));
                }
            }
        }
        self.irregular.extend(bases);
    }
}

/// A line of a curated table.
struct Line {
    /// The spinner's word.
    spun: &'static str,
    /// Its base forms (see [`forms`]), worked out when a lookup first
    /// reaches the line.
    spun_forms: OnceLock<Vec<String>>,
    /// The line's column of words, space-separated (compared with a text
    /// word's stem; see [`lists`]).
    words: &'static str,
    /// The line's column of words before the spinner's word (compared
    /// likewise), if the table has one.
    before: &'static str,
}

/// Whether the space-separated `column` lists `stem`.
fn lists(column: &str, stem: &str) -> bool {
    column.split_whitespace().any(|w| w == stem)
}

/// The table of swaps wrong in every news sense, each with the stems of the
/// words that take the spinner's word in the right sense after it and just
/// before it.
fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| read(DATA, DATA_FORMS, 3, Some(4)))
}

/// The base forms a word may be listed under: WordNet's morphy lemmas (and
/// a "-ly" word's root's), never a stem, so that an entry
/// matches the word's inflections, irregular ones too ("led" → "drove"
/// matches "led" → "driven", "frozen" → "iced" matches "freezes" → "ices"),
/// and no word merely derived from it ("legal" → "lawful" never matches
/// "legal" → "law"); a word WordNet lacks stands for itself. A British
/// "-ise" or "-yse" spelling is read in American spelling, in the table as
/// in the text.
fn forms(w: &str) -> Vec<String> {
    forms_by(w, |b| wordnet::lemmas(b).to_vec())
}

/// The base forms of `w` (see [`forms`]), with `lemmas` giving a word's
/// WordNet lemmas.
fn forms_by(w: &str, lemmas: impl Fn(&str) -> Vec<String>) -> Vec<String> {
    let lower;
    let w = if w.bytes().any(|b| b.is_ascii_uppercase()) {
        lower = w.to_lowercase();
        &lower
    } else {
        w
    };
    let bare = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix('\''))
        .unwrap_or(w);
    // British and American spellings are one word ("utilises" → "utilizes"),
    // though WordNet lists them apart.
    let american = american_z_spelling(bare);
    let bare = american.as_deref().unwrap_or(bare);
    let mut out = lemmas(bare);
    if out.first().is_some_and(|b| b == bare) {
        // A listed word is no comparative: "container" is not "contain" + "-er".
        out.retain(|b| {
            b == bare
                || !(bare.ends_with("er") || bare.ends_with("est"))
                || !bare.starts_with(b.as_str())
        });
    }
    if let Some(root) = bare.strip_suffix("ly").filter(|r| r.len() >= 4) {
        // A "-ly" word stands for its root too ("strongly" for "strong",
        // "elderly" for "elder"), as the stem did.
        for b in lemmas(root) {
            if !out.contains(&b) {
                out.push(b);
            }
        }
    }
    if out.is_empty() {
        out.push(bare.to_string());
    }
    out
}

/// The entry of `table` for a swap of `word` for `spun`: of the pairs of a
/// base of `word` and one of `spun` (see [`forms`]), in order, the first
/// some line lists, and the first line listing it. The spinner's word is
/// looked up only for a word the table lists.
fn entry<'t>(table: &'t Table, word: &str, spun: &str) -> Option<&'t Line> {
    let mut theirs = forms(word);
    if !table.irregular.is_empty() {
        // A base the table lists apart: not matched through this form.
        let listed_apart =
            |b: &str| table.irregular.contains(b) && wordnet::exceptions(word).any(|e| e == b);
        theirs.retain(|b| b == word || !listed_apart(b));
    }
    if !theirs
        .iter()
        .any(|w| table.by_source.contains_key(w.as_str()))
    {
        return None;
    }
    let mut ours = forms(spun);
    if participial_adjectives(word, spun) {
        theirs.truncate(1);
        ours.truncate(1);
    }
    theirs
        .iter()
        .filter_map(|a| table.listing(a))
        .find_map(|lines| {
            ours.iter().find_map(|b| {
                lines
                    .clone()
                    .find(|l| l.spun_forms.get_or_init(|| forms(l.spun)).contains(b))
            })
        })
}

/// Whether both words are "-ing" adjectives WordNet lists as such
/// ("appealing" → "alluring"): they stand for themselves, not their verbs.
fn participial_adjectives(word: &str, spun: &str) -> bool {
    let adjective =
        |w: &str| w.ends_with("ing") && wordnet::parts_as_written(w) & wordnet::ADJECTIVE != 0;
    adjective(word) && adjective(spun)
}

/// A source word's base forms (see [`forms`]) and, when the word is its
/// own first base form, the bases WordNet's exception list gives it, as
/// `build.rs` wrote them on the word's line of the built forms (`built`:
/// the forms, a tab and the bases, each list joined by commas); `None` for
/// a line it left to the tool (`?`: see [`worked_out`]).
fn source_forms(
    built: &'static str,
) -> Option<(
    impl Iterator<Item = &'static str>,
    impl Iterator<Item = &'static str>,
)> {
    let (forms, bases) = built.split_once('\t')?;
    Some((forms.split(','), bases.split(',').filter(|b| !b.is_empty())))
}

/// [`source_forms`], worked out at run time. Each source word is
/// lemmatised once, so WordNet's memo of lemmas is passed by.
fn worked_out(source: &'static str) -> (Vec<Cow<'static, str>>, Vec<&'static str>) {
    let theirs = forms_by(source, wordnet::base_forms);
    let bases = if theirs.first().is_some_and(|w| w == source) {
        wordnet::exceptions(source).collect()
    } else {
        Vec::new()
    };
    (theirs.into_iter().map(Cow::Owned).collect(), bases)
}

/// A table's lines, indexed by their source word's base forms (see
/// [`source_forms`]; `built` holds them line by line), each with the
/// words of column `column` (from 0; a column past the source and
/// spinner's words, so at least 2) and of column `before`, if given; a
/// spinner's word's base forms are worked out only when a lookup reaches
/// its line.
fn read(data: &'static str, built: &'static str, column: usize, before: Option<usize>) -> Table {
    // A line of the built forms for each of the table's.
    let lines = built.bytes().filter(|&b| b == b'\n').count();
    let mut table = Table {
        lines: Vec::with_capacity(lines),
        by_source: FxHashMap::with_capacity_and_hasher(lines, Default::default()),
        listings: Vec::with_capacity(lines),
        irregular: FxHashSet::default(),
    };
    for (line, built) in data
        .lines()
        .zip(built.lines())
        .filter(|(l, _)| !l.starts_with('#'))
    {
        let mut cols = line.split('\t');
        let (Some(source), Some(spun)) = (cols.next(), cols.next()) else {
            continue;
        };
        match source_forms(built) {
            Some((theirs, bases)) => table.list(theirs.map(Cow::Borrowed), bases),
            None => {
                let (theirs, bases) = worked_out(source);
                table.list(theirs, bases);
            }
        }
        debug_assert!(column >= 2, "column {column} is the source's or spinner's");
        let (mut words, mut words_before) = ("", "");
        for (c, text) in (2..).zip(cols) {
            if c == column {
                words = text;
            }
            if Some(c) == before {
                words_before = text;
            }
        }
        table.lines.push(Line {
            spun,
            spun_forms: OnceLock::new(),
            words,
            before: words_before,
        });
    }
    table
}

/// Whether `spun` standing for `word` is a known wrong-sense spinner swap.
pub fn is_spun_sense(word: &str, spun: &str) -> bool {
    entry(table(), word, spun).is_some()
}

/// Words after the spinner's word searched for one that takes it in the
/// right sense ("rear their chicks").
const RIGHT_SENSE_REACH: usize = 3;

/// Whether `spun` standing for `word` is a known wrong-sense swap given
/// `before`, the word just before it, and `after`, the words that follow
/// it: none of the table's words for the right sense stands among the first
/// [`RIGHT_SENSE_REACH`] after it ("raise money" → "rear money" is flagged,
/// "raise fewer chicks" → "rear fewer chicks" not), nor is the word before
/// one of its words for the right sense before it ("fell ill" → "fell sick").
pub fn is_spun_sense_before<'a>(
    word: &str,
    spun: &str,
    before: Option<&str>,
    after: impl IntoIterator<Item = &'a str>,
) -> bool {
    entry(table(), word, spun).is_some_and(|line| {
        let right = |words: &str, w: &str| lists(words, &stem(w));
        !before.is_some_and(|w| right(line.before, w))
            && !after
                .into_iter()
                .take(RIGHT_SENSE_REACH)
                .any(|w| right(line.words, w))
    })
}

/// The context table's swaps, each with the stems of the words that mark
/// the source word's sense.
fn context_table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| read(IN_CONTEXT, IN_CONTEXT_FORMS, 2, None))
}

/// Whether `spun` standing for `word` is a known wrong-sense swap given
/// `around`, the words near `word` in the source: one of them marks the
/// sense the spinner's word lacks ("charged with murder" → "billed with
/// murder" is flagged, "charged customers" → "billed customers" not).
pub fn is_spun_sense_in<'a>(
    word: &str,
    spun: &str,
    around: impl IntoIterator<Item = &'a str>,
) -> bool {
    entry(context_table(), word, spun)
        .is_some_and(|line| around.into_iter().any(|w| lists(line.words, &stem(w))))
}

#[cfg(test)]
mod tests;
