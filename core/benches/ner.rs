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
        .unwrap_or_else(|| "../shared/data/ner/eng.testa".to_string());
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
    let mut best_all = f64::MAX;
    let mut names = 0;
    for _ in 0..5 {
        let t0 = Instant::now();
        names = 0;
        for (t, d) in texts.iter().zip(&docs) {
            names += black_box(ner::tag(t, d)).len();
        }
        best_tag = best_tag.min(t0.elapsed().as_secs_f64());
        let t0 = Instant::now();
        for t in &texts {
            let d = segment::segment(t, &[]);
            black_box(ner::tag(t, &d));
        }
        best_all = best_all.min(t0.elapsed().as_secs_f64());
    }
    println!(
        "ner::tag: {n_tokens} tokens, {names} names, {:.0} tokens/s (one core, best of 5)",
        n_tokens as f64 / best_tag
    );
    println!(
        "segment + ner::tag: {:.0} tokens/s",
        n_tokens as f64 / best_all
    );
}
