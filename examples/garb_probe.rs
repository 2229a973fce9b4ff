//! Reads `source phrase<TAB>suspect phrase` lines and prints, for each word
//! swapped one for one, what the lexicons know of it and its neighbours:
//! WordNet synonymy, the phrases WordNet lists, bigram counts, fixed terms.
//!
//! `cargo run --release --example garb_probe < pairs.tsv`

#[path = "common/phrase_parts.rs"]
mod phrase_parts;

use phrase_parts::phrase_parts;
use spincheck::lexicon::fixed_terms::is_fixed_term;
use spincheck::lexicon::{frequency, wordnet};
use std::io::BufRead;

/// The two-word phrase `word` makes with the unchanged word `kept` on `side`
/// of it ("L": `kept` first, "R": `kept` after), and its bigram count.
fn with_kept(side: &str, kept: &str, word: &str) -> (String, u64) {
    let (first, second) = if side == "L" {
        (kept, word)
    } else {
        (word, kept)
    };
    (
        format!("{first} {second}"),
        frequency::bigram_count(first, second),
    )
}

/// What `from` and `to` make with `kept` on `side`: bigram counts and
/// WordNet parts of speech, before and after the swap.
fn context(side: &str, kept: &str, from: &str, to: &str) -> String {
    let (fp, fc) = with_kept(side, kept, from);
    let (tp, tc) = with_kept(side, kept, to);
    format!(
        "{side}[{kept}] {fc}->{tc} wn{}->{}",
        phrase_parts(&fp),
        phrase_parts(&tp)
    )
}

/// The lowercased words of `phrase`, split at spaces and hyphens and
/// stripped of punctuation but apostrophes.
fn norm(phrase: &str) -> Vec<String> {
    phrase
        .split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Reads swap-dump rows and prints, for each one-word swap with the same
/// word beside it on both sides, the lexicons' evidence on the two pairs.
fn swaps() {
    for line in std::io::stdin().lock().lines() {
        let line = line.unwrap();
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() < 16 || c[1].contains(' ') || c[2].contains(' ') {
            continue;
        }
        let (f, t) = (c[1].to_lowercase(), c[2].to_lowercase());
        let syn = wordnet::synonym_rank(&f, &t);
        let syn = syn.map_or("-".to_string(), |(a, b)| format!("{a},{b}"));
        for (side, k, kk) in [("L", c[5], c[8]), ("R", c[6], c[9])] {
            if k != kk || k == "_" || !k.chars().all(|ch| ch.is_alphabetic()) {
                continue;
            }
            let (sp, sb) = with_kept(side, k, &f);
            let (tp, tb) = with_kept(side, k, &t);
            let sv: Vec<&str> = sp.split(' ').collect();
            let tv: Vec<&str> = tp.split(' ').collect();
            println!(
                "{}\t{f}\t{t}\t{side}\t{k}\t{}\t{}\t{sb}\t{tb}\t{syn}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                c[0],
                phrase_parts(&sp),
                phrase_parts(&tp),
                wordnet::parts_of_speech(&f),
                wordnet::parts_of_speech(&t),
                frequency::rank(&f),
                frequency::rank(&t),
                is_fixed_term(&sv) as u8,
                is_fixed_term(&tv) as u8,
                c[11],
                c[12],
                c[15]
            );
        }
    }
}

fn main() {
    if std::env::args().nth(1).as_deref() == Some("swaps") {
        return swaps();
    }
    for line in std::io::stdin().lock().lines() {
        let line = line.unwrap();
        let mut it = line.split('\t');
        let (Some(id), Some(a), Some(b)) = (it.next(), it.next(), it.next()) else {
            continue;
        };
        let (x, y) = (norm(a), norm(b));
        let mut out = vec![];
        // wn spans of the source of length 2..4 that are WN lemmas
        let mut wn_src = vec![];
        for n in 2..=4 {
            for s in 0..x.len().saturating_sub(n - 1) {
                let p = x[s..s + n].join(" ");
                let pp = phrase_parts(&p);
                if pp != 0 {
                    wn_src.push(format!("{p}:{pp}"));
                }
            }
        }
        let fixed_src: Vec<String> = (2..=3)
            .flat_map(|n| (0..x.len().saturating_sub(n - 1)).map(move |s| (s, n)))
            .filter(|&(s, n)| {
                is_fixed_term(&x[s..s + n].iter().map(String::as_str).collect::<Vec<_>>())
            })
            .map(|(s, n)| x[s..s + n].join(" "))
            .collect();
        if x.len() == y.len() {
            for i in 0..x.len() {
                if x[i] == y[i] {
                    continue;
                }
                let (f, t) = (&x[i], &y[i]);
                let syn = wordnet::synonym_rank(f, t);
                let mut ctx = vec![];
                if i > 0 && x[i - 1] == y[i - 1] {
                    ctx.push(context("L", &x[i - 1], f, t));
                }
                if i + 1 < x.len() && x[i + 1] == y[i + 1] {
                    ctx.push(context("R", &x[i + 1], f, t));
                }
                out.push(format!(
                    "{f}->{t} syn{:?} pos{}/{} rank{}/{} {}",
                    syn,
                    wordnet::parts_of_speech(f),
                    wordnet::parts_of_speech(t),
                    frequency::rank(f),
                    frequency::rank(t),
                    ctx.join(" ")
                ));
            }
        } else {
            out.push("LEN".into());
        }
        println!(
            "{id}\t{a} => {b}\t{}\twn[{}]\tfx[{}]",
            out.join(" | "),
            wn_src.join(","),
            fixed_src.join(",")
        );
    }
}
