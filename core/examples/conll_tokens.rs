//! Compare the runtime tokenizer with CoNLL tokens: `conll_tokens FILE`.
use std::collections::HashMap;
fn main() {
    let path = std::env::args().nth(1).expect("file");
    let src = std::fs::read_to_string(path).unwrap();
    let mut bad: HashMap<String, usize> = HashMap::new();
    let (mut n, mut nbad) = (0, 0);
    for line in src.lines() {
        let w = match line.split_whitespace().next() {
            Some(w) if w != "-DOCSTART-" => w,
            _ => continue,
        };
        n += 1;
        let mut out = Vec::new();
        newsfacts_core::segment::tokenize_into(w, newsfacts_core::Span::new(0, w.len()), &mut out);
        if out.len() != 1 {
            nbad += 1;
            *bad.entry(out.iter().map(|t| t.slice(w)).collect::<Vec<_>>().join(" "))
                .or_default() += 1;
        }
    }
    let mut v: Vec<_> = bad.into_iter().collect();
    v.sort_by_key(|x| std::cmp::Reverse(x.1));
    println!("{nbad} of {n} tokens split");
    for (k, c) in v.iter().take(40) {
        println!("{c:6} {k}");
    }
    // Each CoNLL line should be one sentence of the article built as the scorer builds it.
    let docs = newsfacts_core::ner::train::read_conll(&src);
    let (mut lines, mut sents, mut shown) = (0, 0, 0);
    for d in &docs {
        let n_lines = d.text.lines().count();
        lines += n_lines;
        sents += d.doc.sentences.len();
        if d.doc.sentences.len() != n_lines && shown < 8 {
            shown += 1;
            for s in &d.doc.sentences {
                let t = s.span.slice(&d.text);
                if t.contains('\n') {
                    println!("MERGED: {:?}", &t[..t.len().min(200)]);
                }
            }
            println!(
                "doc: {} lines, {} sentences",
                n_lines,
                d.doc.sentences.len()
            );
        }
    }
    println!("{lines} lines, {sents} sentences");
}
