//! F1 of the shipped tagger on a CoNLL file, scoring every token and with quiet tokens skipped,
//! and the share of tokens skipped: `cargo run --release --example ner_eval -- FILE`.
use newsfacts_core::ner::{self, features::DocCtx, train};

fn main() {
    let path = std::env::args().nth(1).expect("usage: ner_eval CONLL_FILE");
    let src = std::fs::read_to_string(&path).expect("readable file");
    let docs = train::read_conll(&src);
    let (lex, model) = (ner::lexicon(), ner::model().expect("shipped model"));
    let (mut quiet, mut all) = (0usize, 0usize);
    for d in &docs {
        let q = ner::quiet_tokens(&DocCtx::new(&d.text, &d.doc, lex));
        quiet += q.iter().filter(|&&x| x).count();
        all += q.len();
    }
    println!(
        "quiet tokens: {quiet} of {all} ({:.1}%)",
        100.0 * quiet as f64 / all.max(1) as f64
    );
    for skip in [false, true] {
        let res = train::evaluate(&docs, model, lex, skip);
        println!("skip quiet = {skip}\n{}", train::report(&res));
    }
}
