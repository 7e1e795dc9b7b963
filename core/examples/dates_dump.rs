//! Dump every temporal expression found in a JSONL corpus (one line per date: document number,
//! byte offsets, type, value, text), or time `dates::extract` alone over it. The dump is for
//! checking that a speed change leaves the output byte-identical (diff two runs); it prints
//! corpus text, so keep its output out of the repo. The `dct` field of a line, when present, is
//! the publication date; otherwise 2020-11-17.
//!
//!     cargo run --release -p newsfacts-core --example dates_dump -- dump FILE.jsonl... > out.txt
//!     cargo run --release -p newsfacts-core --example dates_dump -- time ROUNDS FILE.jsonl...
use chrono::NaiveDate;
use newsfacts_core::{boilerplate, dates, segment};
use std::hint::black_box;

#[path = "../benches/support/common.rs"]
#[allow(dead_code)]
mod support;

fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args
        .next()
        .expect("usage: dates_dump dump|time [ROUNDS] FILE...");
    let rounds: usize = if mode == "time" {
        args.next().and_then(|r| r.parse().ok()).expect("ROUNDS")
    } else {
        1
    };
    let fallback = NaiveDate::from_ymd_opt(2020, 11, 17);
    let mut docs = Vec::new();
    for path in args {
        let body = std::fs::read_to_string(&path).expect("readable file");
        for (text, dct) in support::jsonl_articles(&body, "dct") {
            let doc = segment::segment(&text, &boilerplate::detect(&text));
            docs.push((text, doc, dct.or(fallback)));
        }
    }
    if mode == "dump" {
        for (i, (text, doc, dct)) in docs.iter().enumerate() {
            for d in dates::extract(text, doc, *dct) {
                println!(
                    "{i}\t{}\t{}\t{}\t{:?}\t{:?}",
                    d.span.start,
                    d.span.end,
                    d.timex_type,
                    d.value,
                    &text[d.span.start..d.span.end]
                );
            }
        }
        return;
    }
    let mb = docs.iter().map(|d| d.0.len()).sum::<usize>() as f64 / 1e6;
    let t = support::cpu();
    for _ in 0..rounds {
        for (text, doc, dct) in &docs {
            black_box(dates::extract(text, doc, *dct));
        }
    }
    let s = support::cpu() - t;
    println!(
        "{} docs, {mb:.2} MB x {rounds}: {s:.3} CPU s, {:.1} MB/s",
        docs.len(),
        mb * rounds as f64 / s
    );
}
