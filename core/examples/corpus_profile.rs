//! Run the pipeline over the texts of a JSONL file (a `text` field per line) and print, per
//! stage, the CPU seconds of this thread and MB/s: where real news text spends its time. Also a
//! target for `perf record`. CPU time (not wall time) keeps the figures usable on a busy machine.
//!
//!     cargo run --release -p newsfacts-core --example corpus_profile -- FILE.jsonl [ROUNDS]
use newsfacts_core::{
    boilerplate, dates, entities, extract, lang, ner, quotes, segment, title, ArticleInput,
};
use std::hint::black_box;

#[path = "../benches/support/common.rs"]
mod support;
use support::{cpu, jsonl_texts};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .expect("usage: corpus_profile FILE.jsonl [ROUNDS]");
    let rounds: usize = args
        .next()
        .map_or(3, |r| r.parse().expect("ROUNDS is a number"));
    let texts = jsonl_texts(&std::fs::read_to_string(&path).expect("readable file"));
    let mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let published = chrono::NaiveDate::from_ymd_opt(2020, 11, 17);
    for t in texts.iter().take(20) {
        black_box(extract(&ArticleInput::new(t))); // warm up lazy tables and regex caches
    }
    let mut secs = [0f64; 9];
    for _ in 0..rounds {
        for text in &texts {
            let mut t = cpu();
            let mut lap = |i: usize| {
                let now = cpu();
                secs[i] += now - t;
                t = now;
            };
            black_box(extract(&ArticleInput::new(text)));
            lap(0);
            black_box(title::detect(text));
            let bp = boilerplate::detect(text);
            lap(1);
            let doc = segment::segment(text, &bp);
            lap(2);
            let names = ner::tag(text, &doc);
            lap(3);
            let (ents, mut ments) = entities::resolve(text, &doc, &names);
            lap(4);
            black_box(quotes::extract(text, &doc, &ents, &mut ments));
            lap(5);
            black_box(dates::extract(text, &doc, published));
            lap(6);
            black_box(lang::detect(text));
            lap(7);
        }
    }
    println!(
        "{} articles, {mb:.2} MB, {rounds} rounds; CPU seconds of one thread",
        texts.len()
    );
    let names = [
        "pipeline",
        "title+boilerplate",
        "segment",
        "ner",
        "entities",
        "quotes",
        "dates",
        "language",
    ];
    let whole = secs[0];
    for (name, s) in names.iter().zip(secs) {
        println!(
            "{name:18} {:8.1} MB/s {:5.1}% of the pipeline",
            mb * rounds as f64 / s,
            100.0 * s / whole
        );
    }
}
