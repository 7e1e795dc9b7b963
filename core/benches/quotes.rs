//! Throughput of the quotation stage against the whole pipeline.
//!
//!     cargo bench -p newsfacts-core --bench quotes
//!
//! Runs on crafted quote-heavy wire text, and also on the PolNeAR articles when the shared data
//! folder is there (`NEWSFACTS_SHARED`, default `../shared` next to the repository; read at run
//! time only). Prints MB/s of the pipeline and of `quotes::extract` alone, and the share of the
//! pipeline's time the quotes take (one core, no Python).

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

use newsfacts_core::{boilerplate, entities, extract, ner, quotes, segment, ArticleInput};

#[path = "support/common.rs"]
#[allow(dead_code)]
mod support;

fn article(i: usize) -> String {
    format!(
        "Ministers meet as strike enters day {i}\n\n\
         LISBON (Newsfacts) - Transport ministers from Portugal and Spain met on Tuesday in Madrid, \
         as a dock strike entered its {i}th day. “We want a deal by Friday,” Portuguese Minister \
         Helena Tavares told reporters. She said the talks had been constructive.\n\n\
         “The offer stands,” she said in a statement, “but our patience is not endless.”\n\n\
         The union's leader, Rui Azevedo, said on Monday that workers had been without a contract \
         since January 2022. According to the port authority, more than 40 ships were waiting.\n\n\
         ''It is a disgrace,'' said the minister. Azevedo called the offer an “insult” and warned \
         that the strike would spread, the newspaper reported.\n\n\
         Madrid accused Lisbon of blocking the deal, but the minister said the offer stood. \
         Analysts expect the strike to last until next week.\n\nRead more: ports brace for strikes\n"
    )
}

fn polnear() -> Vec<String> {
    let shared = std::env::var_os("NEWSFACTS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared"));
    let path = shared.join("data/quotes/polnear_dev.jsonl");
    let Ok(body) = std::fs::read_to_string(&path) else {
        println!(
            "(PolNeAR not found at {}: crafted text only)",
            path.display()
        );
        return Vec::new();
    };
    support::jsonl_texts(&body)
}

/// The best of `rounds` timed runs (the machine may be shared: the minimum is the least noisy).
fn secs(rounds: usize, mut f: impl FnMut()) -> f64 {
    f();
    (0..rounds)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn measure(label: &str, docs: &[String]) {
    let bytes: usize = docs.iter().map(String::len).sum();
    let rounds = 7;
    let pipeline = secs(rounds, || {
        for d in docs {
            black_box(extract(&ArticleInput::new(d)));
        }
    });
    // The inputs of the quotation stage, prepared once.
    let prepared: Vec<_> = docs
        .iter()
        .map(|d| {
            let doc = segment::segment(d, &boilerplate::detect(d));
            let names = ner::tag(d, &doc);
            let (ents, ments) = entities::resolve(d, &doc, &names);
            (doc, ents, ments)
        })
        .collect();
    let quotes_only = secs(rounds, || {
        for (d, (doc, ents, ments)) in docs.iter().zip(&prepared) {
            let mut m = ments.clone();
            black_box(quotes::extract(d, doc, ents, &mut m));
        }
    });
    let n: usize = docs
        .iter()
        .zip(&prepared)
        .map(|(d, (doc, ents, ments))| quotes::extract(d, doc, ents, &mut ments.clone()).len())
        .sum();
    println!(
        "{label:9} {:5} articles {:6.2} MB: pipeline {:7.1} MB/s, quotes alone {:7.1} MB/s, \
         quotes = {:4.1}% of the pipeline time ({n} quotes)",
        docs.len(),
        bytes as f64 / 1e6,
        bytes as f64 / pipeline / 1e6,
        bytes as f64 / quotes_only / 1e6,
        100.0 * quotes_only / pipeline,
    );
}

fn main() {
    let crafted: Vec<String> = (0..2000).map(article).collect();
    measure("crafted", &crafted);
    let p = polnear();
    if !p.is_empty() {
        measure("PolNeAR", &p);
    }
}
