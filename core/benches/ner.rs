//! NER throughput on one core: `cargo bench -p newsfacts-core --bench ner [-- FILE]`.
//!
//! Tags articles and prints tokens per second for the tagger alone (`ner::tag` on segmented
//! articles) and for segmentation plus tagging. With a CoNLL file argument (or
//! `../shared/data/ner/eng.testa` when present) it uses those articles, built as the scorer builds
//! them; otherwise a generated news-like text.

use std::hint::black_box;
use std::time::Instant;

use newsfacts_core::ner;
use newsfacts_core::segment;

fn articles() -> Vec<String> {
    let path = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .unwrap_or_else(|| {
            format!(
                "{}/../../shared/data/ner/eng.testa",
                env!("CARGO_MANIFEST_DIR")
            )
        });
    if let Ok(src) = std::fs::read_to_string(&path) {
        let docs = ner::train::read_conll(&src);
        if !docs.is_empty() {
            eprintln!("bench articles: {path} ({} articles)", docs.len());
            return docs.into_iter().map(|d| d.text).collect();
        }
    }
    eprintln!("bench articles: generated text");
    let para = "Prime Minister Maria Lopez of Portugal met officials of the European Commission \
                in Brussels on Tuesday , the Lisbon-based newspaper Diario said . \
                Shares in Acme Corp rose 3.5 percent to 120 euros after the talks .\n";
    (0..200).map(|_| para.repeat(20)).collect()
}

/// Time this thread has spent on a CPU (Linux), so that a busy machine does not count against
/// the tagger; None elsewhere.
fn cpu_time() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn main() {
    let texts = articles();
    let docs: Vec<_> = texts.iter().map(|t| segment::segment(t, &[])).collect();
    let n_tokens: usize = docs.iter().map(|d| d.tokens.len()).sum();
    assert!(ner::model().is_some(), "model loads");
    // Warm up (model parse, caches).
    for (t, d) in texts.iter().zip(&docs).take(20) {
        black_box(ner::tag(t, d));
    }
    let mut best_tag = f64::MAX;
    let mut best_cpu = f64::MAX;
    let mut best_all = f64::MAX;
    let mut names = 0;
    for _ in 0..5 {
        let c0 = cpu_time();
        let t0 = Instant::now();
        names = 0;
        for (t, d) in texts.iter().zip(&docs) {
            names += black_box(ner::tag(t, d)).len();
        }
        best_tag = best_tag.min(t0.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (c0, cpu_time()) {
            best_cpu = best_cpu.min(b - a);
        }
        let t0 = Instant::now();
        for t in &texts {
            let d = segment::segment(t, &[]);
            black_box(ner::tag(t, &d));
        }
        best_all = best_all.min(t0.elapsed().as_secs_f64());
    }
    println!(
        "ner::tag: {n_tokens} tokens, {names} names: {:.0} tokens/s wall clock, {:.0} tokens per CPU second (one thread, best of 5)",
        n_tokens as f64 / best_tag,
        n_tokens as f64 / best_cpu
    );
    println!(
        "segment + ner::tag: {:.0} tokens/s wall clock",
        n_tokens as f64 / best_all
    );
}
