//! CPU time of the entities stage alone (`entities::resolve`, with place linking) over the
//! texts of JSONL files: the tagger's names are computed once, the gazetteer is loaded before
//! timing, and only `resolve` runs in the timed loop. Also a target for callgrind:
//!
//!     cargo run --release -p newsfacts-core --example entities_profile -- FILE.jsonl... [ROUNDS]
//!     valgrind --tool=callgrind '--toggle-collect=newsfacts_core::entities::resolve' \
//!         target/release/examples/entities_profile FILE.jsonl 1
use newsfacts_core::{boilerplate, entities, ner, places, segment, title};
use std::hint::black_box;

#[path = "../benches/support/common.rs"]
mod support;
use support::{cpu, jsonl_texts};

fn main() {
    let mut files = Vec::new();
    let mut rounds = 3usize;
    for a in std::env::args().skip(1) {
        match a.parse() {
            Ok(r) => rounds = r,
            Err(_) => files.push(a),
        }
    }
    let texts: Vec<String> = files
        .iter()
        .flat_map(|p| jsonl_texts(&std::fs::read_to_string(p).expect("readable file")))
        .collect();
    let prepared: Vec<_> = texts
        .iter()
        .map(|text| {
            let title_span = title::detect(text);
            let doc = segment::segment(text, &boilerplate::detect(text));
            let mut names = ner::tag(text, &doc);
            ner::drop_headline_orphans(text, title_span, &mut names);
            (text, doc, names)
        })
        .collect();
    black_box(places::gazetteer());
    let t = cpu();
    for _ in 0..rounds {
        for (text, doc, names) in &prepared {
            black_box(entities::resolve(text, doc, names));
        }
    }
    let secs = cpu() - t;
    let mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    println!(
        "{} articles, {mb:.2} MB, {rounds} rounds: entities {:.3} s/round, {:.1} MB/s",
        texts.len(),
        secs / rounds as f64,
        mb * rounds as f64 / secs
    );
}
