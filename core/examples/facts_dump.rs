//! Print the facts of every article of some corpora as one JSON line each: a before/after check
//! that a change is output-identical.
//!
//!     cargo run --release -p newsfacts-core --example facts_dump -- FILE.jsonl|FILE.conll ... > out
//!
//! JSONL files give their `text` fields (and `date`, when present, as the publication date);
//! any other file is read as CoNLL, one article per document as `score_ner.py` builds it.
use newsfacts_core::{extract, ArticleInput};

fn main() {
    use std::io::Write;
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    for path in std::env::args().skip(1) {
        let body = std::fs::read_to_string(&path).expect("readable file");
        let mut articles: Vec<(String, Option<chrono::NaiveDate>)> = Vec::new();
        if path.ends_with(".jsonl") {
            for line in body.lines() {
                let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                    continue;
                };
                let Some(text) = v["text"].as_str() else {
                    continue;
                };
                let date = v["date"]
                    .as_str()
                    .and_then(|d| chrono::NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok());
                articles.push((text.to_string(), date));
            }
        } else {
            for d in newsfacts_core::ner::train::read_conll(&body) {
                articles.push((d.text, None));
            }
        }
        for (text, published) in &articles {
            let input = ArticleInput {
                text,
                title: None,
                published: *published,
            };
            let facts = extract(&input);
            writeln!(
                out,
                "{}",
                serde_json::to_string(&facts).expect("serialisable")
            )
            .unwrap();
        }
    }
}
