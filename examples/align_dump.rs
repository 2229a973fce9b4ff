//! Prints the sentence alignment of a suspect with a source file, for tuning.
//!
//! `cargo run --example align_dump -- SUSPECT SOURCE`

use spincheck::align::{Alignment, EditKind};
use spincheck::text::Document;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [suspect, source] = &args[..] else {
        eprintln!("usage: align_dump SUSPECT SOURCE");
        std::process::exit(2);
    };
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p}: {e}"));
    let (suspect, source) = (Document::new(read(suspect)), Document::new(read(source)));
    let alignment = Alignment::new(&suspect, &source);
    for pair in &alignment.pairs {
        println!(
            "== {:?} <- {:?} score {:.2}",
            pair.suspect, pair.source, pair.score
        );
        for e in pair.edits.iter().filter(|e| e.kind != EditKind::Equal) {
            println!(
                "   {:?}: {:?} -> {:?}",
                e.kind,
                source.span_text(e.source.clone()),
                suspect.span_text(e.suspect.clone())
            );
        }
    }
    for &i in &alignment.unsupported {
        println!("unsupported {i}: {}", suspect.sentence_text(i));
    }
    for &j in &alignment.omitted {
        println!("omitted {j}: {}", source.sentence_text(j));
    }
}
