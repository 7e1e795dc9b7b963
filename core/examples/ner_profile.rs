//! Where does tagging time go? `ner_profile CONLL_FILE`
use newsfacts_core::ner::{self, features};
fn cpu() -> f64 {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap();
    s.split_whitespace().next().unwrap().parse::<f64>().unwrap() / 1e9
}
fn main() {
    let src = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let docs = ner::train::read_conll(&src);
    let n: usize = docs.iter().map(|d| d.doc.tokens.len()).sum();
    let lex = ner::lexicon();
    let model = ner::model().unwrap();
    for _ in 0..2 {
        let t = cpu();
        let mut k = 0;
        for d in &docs {
            let ctx = features::DocCtx::new(&d.text, &d.doc, lex);
            k += ctx.info.len();
        }
        let t_ctx = cpu() - t;
        let t = cpu();
        let (mut keys, mut offs) = (Vec::new(), Vec::new());
        for d in &docs {
            let ctx = features::DocCtx::new(&d.text, &d.doc, lex);
            for si in 0..ctx.sentences.len() {
                keys.clear();
                offs.clear();
                features::sentence_keys(
                    &ctx,
                    si,
                    None,
                    features::Part::Static,
                    &mut keys,
                    &mut offs,
                );
                k += keys.len();
            }
        }
        let t_keys = cpu() - t;
        let t = cpu();
        for d in &docs {
            let ctx = features::DocCtx::new(&d.text, &d.doc, lex);
            k += ner::label_doc(&ctx, model).len();
        }
        let t_all = cpu() - t;
        println!(
            "{n} tokens: ctx {:.0} ns/tok, ctx+keys {:.0} ns/tok, full {:.0} ns/tok ({k})",
            t_ctx * 1e9 / n as f64,
            t_keys * 1e9 / n as f64,
            t_all * 1e9 / n as f64
        );
    }
}
