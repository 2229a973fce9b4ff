//! Writes a synthetic corpus and spun suspects for benchmarks and scale tests.
//!
//! `cargo run --release --example gen_corpus -- ARTICLES SUSPECTS OUT_DIR`
//!
//! Articles are ~600 words of English drawn (deterministically) from the
//! embedded frequency list, with invented names and figures; each suspect is an
//! article with sentences reordered, words swapped, a figure changed and a typo.

use std::fmt::Write;
use std::path::Path;

/// A small deterministic generator (xorshift), so runs are repeatable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn vocabulary() -> Vec<&'static str> {
    include_str!("../data/lexicon/frequencies.tsv")
        .lines()
        .skip(50)
        .take(20_000)
        .filter_map(|l| l.split('\t').next())
        .filter(|w| w.chars().all(|c| c.is_ascii_lowercase()) && w.len() > 2)
        .collect()
}

fn article(rng: &mut Rng, words: &[&str], n: usize) -> Vec<String> {
    let mut sentences = Vec::new();
    let mut count = 0;
    while count < 600 {
        let len = 12 + rng.below(14);
        let mut s = String::new();
        let _ = write!(s, "Name{}", n * 7 + rng.below(5));
        for k in 0..len {
            let w = if k % 9 == 4 {
                format!("{}", rng.below(1000))
            } else {
                words[rng.below(words.len())].to_string()
            };
            s.push(' ');
            s.push_str(&w);
        }
        s.push('.');
        count += len + 1;
        sentences.push(s);
    }
    sentences
}

fn spin(rng: &mut Rng, words: &[&str], sentences: &[String]) -> String {
    let mut out: Vec<String> = sentences.to_vec();
    let a = rng.below(out.len());
    let b = rng.below(out.len());
    out.swap(a, b);
    for s in out.iter_mut() {
        let mut parts: Vec<String> = s.split(' ').map(str::to_string).collect();
        let k = 1 + rng.below(parts.len() - 1);
        if parts[k].chars().all(|c| c.is_ascii_digit()) {
            parts[k] = format!("{}", rng.below(1000));
        } else if rng.below(3) == 0 {
            parts[k] = words[rng.below(words.len())].to_string();
        } else if rng.below(5) == 0 && parts[k].len() > 4 {
            parts[k].remove(2);
        }
        *s = parts.join(" ");
    }
    out.join(" ")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [articles, suspects, out] = &args[..] else {
        eprintln!("usage: gen_corpus ARTICLES SUSPECTS OUT_DIR");
        std::process::exit(2);
    };
    let (articles, suspects): (usize, usize) = (
        articles.parse().expect("count"),
        suspects.parse().expect("count"),
    );
    let out = Path::new(out);
    std::fs::create_dir_all(out.join("sources")).expect("create sources");
    std::fs::create_dir_all(out.join("suspects")).expect("create suspects");
    let words = vocabulary();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let per_file = 100;
    let mut file = String::new();
    for n in 0..articles {
        let sentences = article(&mut rng, &words, n);
        let _ = write!(file, "Report {n}\n\n{}\n\n\n", sentences.join(" "));
        if n < suspects {
            let text = format!("Report {n}\n\n{}\n", spin(&mut rng, &words, &sentences));
            std::fs::write(out.join("suspects").join(format!("s{n:06}.txt")), text)
                .expect("write suspect");
        }
        if (n + 1) % per_file == 0 || n + 1 == articles {
            std::fs::write(
                out.join("sources")
                    .join(format!("a{:05}.txt", n / per_file)),
                &file,
            )
            .expect("write sources");
            file.clear();
        }
    }
}
