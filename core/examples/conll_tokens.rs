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
}
