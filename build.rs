//! Lays out hash tables over the embedded word lists (see `src/lexicon/layout.rs`),
//! so the tool looks words up without parsing the lists at start-up.

use std::collections::HashMap;
use std::path::Path;
use std::{env, fs};

#[path = "src/lexicon/layout.rs"]
mod layout;

#[path = "build/hunspell.rs"]
mod hunspell;

#[path = "src/lexicon/wordnet/detach.rs"]
mod detach;

#[path = "build/spun_forms.rs"]
mod spun_forms;

/// A table entry: the key's byte span in its text and its value.
type Entry = (std::ops::Range<usize>, u32);

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/lexicon/layout.rs");
    println!("cargo:rerun-if-changed=build/hunspell.rs");
    println!("cargo:rerun-if-changed=build/spun_forms.rs");
    println!("cargo:rerun-if-changed=src/lexicon/wordnet/detach.rs");
    println!("cargo:rerun-if-changed=src/lexicon/hunspell/casing.rs");
    let dict = hunspell::expand(&read("data/dict/en_US.aff"), &read("data/dict/en_US.dic"));
    write_slots(&dict.text, &dict.entries, &out.join("dict.slots"));
    write(&out.join("dict-forms.txt"), dict.text.into_bytes());
    write(&out.join("dict-rules.rs"), dict.rules.into_bytes());
    for name in ["frequencies", "bigrams"] {
        let text = read(&format!("data/lexicon/{name}.tsv"));
        write_slots(&text, &counted(&text), &out.join(format!("{name}.slots")));
        if name == "frequencies" {
            write(&out.join("lettered.bin"), lettered(&text));
            write(&out.join("frequencies.stems"), stem_records(&text));
        }
    }
    let thesaurus = read("data/lexicon/thesaurus.tsv");
    write_slots(&thesaurus, &keyed(&thesaurus), &out.join("thesaurus.slots"));
    let antonyms = read("data/lexicon/antonyms.tsv");
    write_slots(
        &antonyms,
        &whole_lines(&antonyms),
        &out.join("antonyms.slots"),
    );
    let lemmas = read("data/lexicon/lemmas.tsv");
    write_slots(&lemmas, &first_of_keys(&lemmas), &out.join("lemmas.slots"));
    let synsets = read("data/lexicon/synsets.tsv");
    let (entries, postings) = senses(&synsets);
    write_slots(&synsets, &entries, &out.join("senses.slots"));
    write(
        &out.join("senses.postings"),
        postings.iter().flat_map(|p| p.to_le_bytes()).collect(),
    );
    write(
        &out.join("synset-parts.bin"),
        lines(&synsets).map(|(_, l)| part(l)).collect(),
    );
    write(
        &out.join("fixed-terms.stems"),
        stemmed_terms(&read("data/curated/fixed-terms.tsv")).into_bytes(),
    );
    write(
        &out.join("idioms.stems"),
        stemmed_terms(&read("data/curated/idioms.tsv")).into_bytes(),
    );
    write(
        &out.join("tortured.rs"),
        tortured(&read("data/tortured-phrases.tsv")).into_bytes(),
    );
    let morphy = spun_forms::Morphy::new(&synsets, &lemmas);
    for (name, columns) in [
        ("spun-senses", &[3, 4][..]),
        ("spun-senses-in-context", &[2][..]),
    ] {
        let text = read(&format!("data/curated/{name}.tsv"));
        write(
            &out.join(format!("{name}.forms")),
            spun_forms::source_forms(&morphy, &text).into_bytes(),
        );
        write(
            &out.join(format!("{name}.tsv")),
            spun_forms::read_columns(&stemmed_columns(&text, columns, stems), columns).into_bytes(),
        );
    }
    write(
        &out.join("spun-phrases.tsv"),
        stemmed_columns(
            &read("data/curated/spun-phrases.tsv"),
            &[0, 1, 4],
            phrase_stems,
        )
        .into_bytes(),
    );
}

/// The words of a spinner's phrase-table column, split at spaces and
/// hyphens, each without a possessive ("'s", "'") and stemmed as
/// `text::words::stem` stems it, joined by spaces. The table is in American
/// spelling, so no respelling is needed.
fn phrase_stems(stemmer: &rust_stemmers::Stemmer, words: &str) -> String {
    let stemmed: Vec<String> = words
        .split([' ', '-'])
        .map(|w| {
            let bare = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix('\''))
                .unwrap_or(w);
            stemmer.stem(bare).into_owned()
        })
        .collect();
    stemmed.join(" ")
}

/// A curated spinner table with the words of `columns` (from 0)
/// replaced by their English stems (`stem_words`), the other columns and
/// comment lines kept: `lexicon::spun` and `lexicon::spun_phrase` match
/// those words by stem, stemmed here so that the tool need not stem them at
/// run time.
fn stemmed_columns(
    text: &str,
    columns: &[usize],
    stem_words: fn(&rust_stemmers::Stemmer, &str) -> String,
) -> String {
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    text.lines()
        .map(|l| {
            let mut cols: Vec<String> = l.split('\t').map(str::to_string).collect();
            for &column in columns {
                if !l.starts_with('#') && column < cols.len() {
                    cols[column] = stem_words(&stemmer, &cols[column]);
                }
            }
            cols.join("\t") + "\n"
        })
        .collect()
}

/// A tortured phrase's word count, its byte span, where its first word ends
/// and the expected phrase's byte span.
type Phrase = (usize, [usize; 2], usize, [usize; 2]);

/// The known tortured phrases of two or more words and no capital letter, as
/// a Rust array of `lexicon::tortured::Tortured` entries grouped by first word
/// (in the order of their first phrases), longest first within a group
/// and in list order among equals: what `lexicon::tortured` matches, laid out
/// here so that the tool need not split the list at run time. Each entry holds
/// the byte spans of its phrase and expected phrase in the list's text and
/// where its first word ends there, so the array holds no pointers.
fn tortured(text: &str) -> String {
    let mut order: Vec<&str> = Vec::new();
    let mut groups: HashMap<&str, Vec<Phrase>> = HashMap::new();
    for (start, line) in lines(text).filter(|(_, l)| !l.starts_with('#')) {
        let mut cols = line.split('\t');
        let (Some(phrase), Some(expected)) = (cols.next(), cols.next()) else {
            continue;
        };
        let words: Vec<&str> = phrase.split_whitespace().collect();
        if words.len() < 2 || phrase.chars().any(char::is_uppercase) {
            continue;
        }
        assert_eq!(
            words.join(" "),
            phrase,
            "a tortured phrase's words are one space apart"
        );
        let start = start as usize;
        let expected_start = start + phrase.len() + 1;
        let spans = (
            words.len(),
            [start, start + phrase.len()],
            start + words[0].len(),
            [expected_start, expected_start + expected.len()],
        );
        let group = groups.entry(words[0]).or_insert_with(|| {
            order.push(words[0]);
            Vec::new()
        });
        group.push(spans);
    }
    let mut out = String::from("&[\n");
    for first in order {
        let group = groups.get_mut(first).expect("every first word has a group");
        group.sort_by_key(|(len, ..)| std::cmp::Reverse(*len));
        for (_, phrase, first, expected) in group {
            out += &format!(
                "Tortured {{ phrase: {phrase:?}, first: {first}, expected: {expected:?} }},\n"
            );
        }
    }
    out + "]\n"
}

/// The curated fixed terms or idioms, one a line, each as the English stems
/// of its words joined by spaces: what `lexicon::fixed_terms` looks words up by,
/// stemmed here so that the tool need not stem the list at run time.
fn stemmed_terms(text: &str) -> String {
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| stems(&stemmer, l) + "\n")
        .collect()
}

/// The English stems of the words of `words`, joined by spaces.
fn stems(stemmer: &rust_stemmers::Stemmer, words: &str) -> String {
    let stemmed: Vec<String> = words
        .split_whitespace()
        .map(|w| stemmer.stem(w).into_owned())
        .collect();
    stemmed.join(" ")
}

fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn write(path: &Path, bytes: Vec<u8>) {
    fs::write(path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// Each line's word's English stem, four bytes a line in line order (a
/// word's rank in `counted` less one): how many of the word's bytes the
/// stem keeps, how many bytes follow them (at most two), and those bytes;
/// `STEM_UNLISTED` first for a line with no count or a word whose stem
/// does not fit, which the tool stems at run time (`lexicon::frequency`).
fn stem_records(text: &str) -> Vec<u8> {
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    let record = |line: &str| {
        let (word, count) = line.split_once('\t')?;
        count.parse::<u64>().ok()?;
        let stem = stemmer.stem(word);
        let (word, stem) = (word.as_bytes(), stem.as_bytes());
        let keep = word.iter().zip(stem).take_while(|(a, b)| a == b).count();
        let added = &stem[keep..];
        let fits = keep < usize::from(layout::STEM_UNLISTED) && added.len() <= 2;
        fits.then(|| {
            let byte = |i: usize| added.get(i).copied().unwrap_or(0);
            [keep as u8, added.len() as u8, byte(0), byte(1)]
        })
    };
    lines(text)
        .flat_map(|(_, line)| record(line).unwrap_or([layout::STEM_UNLISTED, 0, 0, 0]))
        .collect()
}

/// Every line with the byte offset it starts at.
fn lines(text: &str) -> impl Iterator<Item = (u32, &str)> {
    text.split_inclusive('\n').scan(0u32, |offset, line| {
        let start = *offset;
        *offset += line.len() as u32;
        Some((start, line.trim_end_matches(['\n', '\r'])))
    })
}

/// Entries of a `key<TAB>count` list whose count parses, valued by the key's
/// rank (its line number); the count follows the key and a tab.
fn counted(text: &str) -> Vec<Entry> {
    lines(text)
        .enumerate()
        .filter_map(|(i, (start, line))| {
            let (key, count) = line.split_once('\t')?;
            count.parse::<u64>().ok()?;
            let start = start as usize;
            Some((start..start + key.len(), i as u32 + 1))
        })
        .collect()
}

/// Entries of a `key<TAB>rest` list, valued by the byte offset where the
/// rest of the key's line starts.
fn keyed(text: &str) -> Vec<Entry> {
    lines(text)
        .filter_map(|(start, line)| {
            let (key, _) = line.split_once('\t')?;
            let start = start as usize;
            Some((start..start + key.len(), (start + key.len() + 1) as u32))
        })
        .collect()
}

/// Entries of a `key<TAB>rest` list sorted by key, one for each key's first
/// line, valued 1: the lines of a key follow one another from there.
fn first_of_keys(text: &str) -> Vec<Entry> {
    let mut previous = None;
    lines(text)
        .filter(|(_, line)| !line.starts_with('#'))
        .filter_map(|(start, line)| Some((start as usize, line.split_once('\t')?.0)))
        .filter(|&(_, key)| previous.replace(key) != Some(key))
        .map(|(start, key)| (start..start + key.len(), 1))
        .collect()
}

/// Entries keyed by each whole line that holds a tab (`first<TAB>second`), valued 1.
fn whole_lines(text: &str) -> Vec<Entry> {
    lines(text)
        .filter(|(_, line)| line.contains('\t') && !line.starts_with('#'))
        .map(|(start, line)| (start as usize..start as usize + line.len(), 1))
        .collect()
}

/// The list's lower-case ASCII words in order, each as its packed span and its
/// set of letters (`layout::letters`), two little-endian `u32`s.
fn lettered(text: &str) -> Vec<u8> {
    lines(text)
        .filter_map(|(start, line)| Some((start as usize, line.split_once('\t')?.0)))
        .filter(|(_, word)| word.bytes().all(|b| b.is_ascii_lowercase()))
        .flat_map(|(start, word)| {
            let span = pack(&(start..start + word.len())).expect("word span fits");
            [span, layout::letters(word)]
        })
        .flat_map(u32::to_le_bytes)
        .collect()
}

/// Entries of the synset list's lemmas, valued by the span of their senses in the
/// returned postings as `first << 8 | count`, each posting `synset id << 8 | sense
/// rank`, in synset order.
fn senses(text: &str) -> (Vec<Entry>, Vec<u32>) {
    let mut order: Vec<&str> = Vec::new();
    let mut found: HashMap<&str, (u32, Vec<u32>)> = HashMap::new();
    for (id, (start, line)) in lines(text).enumerate() {
        let Some((_, members)) = line.split_once('\t') else {
            continue;
        };
        let mut offset = start + (line.len() - members.len()) as u32;
        for member in members.split(',') {
            let member_start = offset;
            offset += member.len() as u32 + 1;
            let Some((lemma, rank)) = member.rsplit_once(':') else {
                continue;
            };
            let rank = rank.parse::<u8>().unwrap_or(u8::MAX);
            let (_, postings) = found.entry(lemma).or_insert_with(|| {
                order.push(lemma);
                (member_start, Vec::new())
            });
            postings.push((id as u32) << 8 | u32::from(rank));
        }
    }
    let mut entries = Vec::with_capacity(order.len());
    let mut postings = Vec::new();
    for lemma in order {
        let (start, senses) = &found[lemma];
        let first = postings.len() as u32;
        let count = u8::try_from(senses.len()).expect("at most 255 senses a lemma");
        postings.extend(senses);
        let start = *start as usize;
        entries.push((start..start + lemma.len(), first << 8 | u32::from(count)));
    }
    (entries, postings)
}

/// The part-of-speech bit of a synset line (see `wordnet::NOUN` and the rest).
fn part(line: &str) -> u8 {
    match line.split('\t').next() {
        Some("n") => 1,
        Some("v") => 2,
        Some("a" | "s") => 4,
        Some("r") => 8,
        _ => 0,
    }
}

/// Writes the slots of a table holding `entries`, one and a half times as many
/// slots as entries rounded up to a power of two; a key listed twice keeps its
/// last entry.
fn write_slots(text: &str, entries: &[Entry], path: &Path) {
    let capacity = (entries.len() * 3 / 2).next_power_of_two().max(2);
    let mut slots = vec![[0u32; 2]; capacity];
    let key = |span: u32| &text.as_bytes()[layout::unpack(span)];
    for (range, value) in entries {
        let span = pack(range).expect("key span fits a slot");
        let mut i = layout::hash(key(span)) as usize & (capacity - 1);
        while slots[i][0] != 0 && key(slots[i][0]) != key(span) {
            i = (i + 1) & (capacity - 1);
        }
        slots[i] = [span, *value];
    }
    let mut bytes = Vec::with_capacity(capacity * layout::SLOT);
    bytes.extend(slots.iter().flatten().flat_map(|v| v.to_le_bytes()));
    write(path, bytes);
}

/// A span of at most 255 bytes starting before byte 2^24, packed as
/// `layout::unpack` reads it; `None` when it does not fit.
fn pack(range: &std::ops::Range<usize>) -> Option<u32> {
    let start = u32::try_from(range.start).ok().filter(|s| *s < 1 << 24)?;
    let len = u8::try_from(range.len()).ok()?;
    Some(start << 8 | u32::from(len))
}
