//! Print the facts of every article of some corpora as one JSON line each: a before/after check
//! that a change is output-identical.
//!
//!     cargo run --release -p newsfacts-core --example facts_dump -- FILE.jsonl|FILE.conll ... > out
//!
//! JSONL files give their `text` fields (and `date`, when present, as the publication date);
//! any other file is read as CoNLL, one article per document as `score_ner.py` builds it.
use newsfacts_core::{extract, ArticleInput};

#[path = "../benches/support/common.rs"]
#[allow(dead_code)]
mod support;

fn main() {
    use std::io::Write;
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    for path in std::env::args().skip(1) {
        let body = std::fs::read_to_string(&path).expect("readable file");
        let articles = if path.ends_with(".jsonl") {
            support::jsonl_articles(&body, "date")
        } else {
            newsfacts_core::ner::train::read_conll(&body)
                .into_iter()
                .map(|d| (d.text, None))
                .collect()
        };
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
