//! Throughput of the engine's pipeline and of each stage, on crafted wire-style text.
//!
//!     cargo bench -p newsfacts-core --bench pipeline
//!
//! Prints MB/s per stage (one core, no Python).

use std::hint::black_box;
use std::time::Instant;

use newsfacts_core::{
    boilerplate, dates, entities, extract, lang, ner, quotes, segment, title, ArticleInput,
};

fn article(i: usize) -> String {
    format!(
        "Ministers meet as strike enters day {i}\n\n\
         LISBON (Newsfacts) - Transport ministers from Portugal and Spain met on Tuesday in Madrid, \
         as a dock strike entered its {i}th day. “We want a deal by Friday,” Portuguese Minister \
         Helena Tavares told reporters. She said the talks had been constructive.\n\n\
         The union's leader, Rui Azevedo, said on Monday that workers had been without a contract \
         since January 2022. According to the port authority, more than 40 ships were waiting.\n\n\
         Madrid accused Lisbon of blocking the deal, but the minister said the offer stood. \
         Analysts expect the strike to last until next week.\n\nRead more: ports brace for strikes\n"
    )
}

fn time_it(name: &str, bytes: usize, rounds: usize, mut f: impl FnMut()) {
    f();
    let t = Instant::now();
    for _ in 0..rounds {
        f();
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{name:12} {:9.1} MB/s",
        (bytes * rounds) as f64 / secs / 1e6
    );
}

fn main() {
    let docs: Vec<String> = (0..2000).map(article).collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    let rounds = 3;
    time_it("pipeline", bytes, rounds, || {
        for d in &docs {
            black_box(extract(&ArticleInput::new(d)));
        }
    });
    time_it("title", bytes, rounds, || {
        for d in &docs {
            black_box(title::detect(d));
        }
    });
    time_it("boilerplate", bytes, rounds, || {
        for d in &docs {
            black_box(boilerplate::detect(d));
        }
    });
    time_it("segment", bytes, rounds, || {
        for d in &docs {
            black_box(segment::segment(d, &[]));
        }
    });
    let segs: Vec<_> = docs.iter().map(|d| segment::segment(d, &[])).collect();
    time_it("ner", bytes, rounds, || {
        for (d, s) in docs.iter().zip(&segs) {
            black_box(ner::tag(d, s));
        }
    });
    let names: Vec<_> = docs
        .iter()
        .zip(&segs)
        .map(|(d, s)| ner::tag(d, s))
        .collect();
    time_it("entities", bytes, rounds, || {
        for ((d, s), n) in docs.iter().zip(&segs).zip(&names) {
            black_box(entities::resolve(d, s, n));
        }
    });
    let resolved: Vec<_> = docs
        .iter()
        .zip(&segs)
        .zip(&names)
        .map(|((d, s), n)| entities::resolve(d, s, n))
        .collect();
    time_it("quotes", bytes, rounds, || {
        for ((d, s), (e, m)) in docs.iter().zip(&segs).zip(&resolved) {
            let mut m = m.clone();
            black_box(quotes::extract(d, s, e, &mut m));
        }
    });
    time_it("dates", bytes, rounds, || {
        for (d, s) in docs.iter().zip(&segs) {
            black_box(dates::extract(d, s, None));
        }
    });
    time_it("language", bytes, rounds, || {
        for d in &docs {
            black_box(lang::detect(d));
        }
    });
}
