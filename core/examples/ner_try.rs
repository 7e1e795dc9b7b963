//! Tag lines from standard input with the shipped model: `cargo run --example ner_try`.
fn main() {
    for line in std::io::stdin().lines() {
        let text = line.unwrap();
        let doc = newsfacts_core::segment::segment(&text, &[]);
        let got: Vec<String> = newsfacts_core::ner::tag(&text, &doc)
            .into_iter()
            .map(|m| format!("{}/{}", m.span.slice(&text), m.label.as_str()))
            .collect();
        println!("{}", got.join(" | "));
    }
}
