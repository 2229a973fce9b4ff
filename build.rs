//! Lays out hash tables over the embedded word lists (see `src/lexicon/layout.rs`),
//! so the tool looks words up without parsing the lists at start-up.

use std::collections::HashMap;
use std::path::Path;
use std::{env, fs};

#[path = "src/lexicon/layout.rs"]
mod layout;

/// A table entry: the key's byte span in its text and two values.
type Entry = [u32; 4];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/lexicon/layout.rs");
    for name in ["frequencies", "bigrams"] {
        let text = read(&format!("data/lexicon/{name}.tsv"));
        write_slots(&text, &counted(&text), &out.join(format!("{name}.slots")));
    }
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
}

fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn write(path: &Path, bytes: Vec<u8>) {
    fs::write(path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
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
/// rank (its line number) and the byte its count starts at.
fn counted(text: &str) -> Vec<Entry> {
    lines(text)
        .enumerate()
        .filter_map(|(i, (start, line))| {
            let (key, count) = line.split_once('\t')?;
            count.parse::<u64>().ok()?;
            let key_end = start + key.len() as u32;
            Some([start, key_end, i as u32 + 1, key_end + 1])
        })
        .collect()
}

/// Entries of the synset list's lemmas, valued by the span of their senses in the
/// returned postings, each posting `synset id << 8 | sense rank`, in synset order.
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
        postings.extend(senses);
        entries.push([
            *start,
            start + lemma.len() as u32,
            first,
            postings.len() as u32,
        ]);
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

/// Writes the slots of a table holding `entries`, twice as many slots as entries
/// rounded up to a power of two; a key listed twice keeps its last entry.
fn write_slots(text: &str, entries: &[Entry], path: &Path) {
    let capacity = (entries.len() * 2).next_power_of_two().max(2);
    let mut slots = vec![[0u32; 4]; capacity];
    let key = |e: &Entry| &text.as_bytes()[e[0] as usize..e[1] as usize];
    for entry in entries {
        let mut i = layout::hash(key(entry)) as usize & (capacity - 1);
        while slots[i][1] != 0 && key(&slots[i]) != key(entry) {
            i = (i + 1) & (capacity - 1);
        }
        slots[i] = *entry;
    }
    let mut bytes = Vec::with_capacity(capacity * layout::SLOT);
    bytes.extend(slots.iter().flatten().flat_map(|v| v.to_le_bytes()));
    write(path, bytes);
}
