//! No input is super-linear: each adversarial input is timed at size n and 2n; the ratio should
//! stay near 2 (not 4).
//!
//!     cargo bench -p newsfacts-core --bench linear [-- --scale 1] [--only WORD]
//!
//! Times are CPU seconds of the timing thread (Linux; wall clock elsewhere), best of five, so a
//! busy machine does not distort the ratios.

use newsfacts_core::{extract, ArticleInput};

#[path = "support/common.rs"]
#[allow(dead_code)]
mod support;
use support::cpu;

fn time(text: &str) -> f64 {
    let input = ArticleInput {
        text,
        title: None,
        published: chrono::NaiveDate::from_ymd_opt(2020, 11, 17),
    };
    (0..5)
        .map(|_| {
            let t = cpu();
            std::hint::black_box(extract(&input));
            cpu() - t
        })
        .fold(f64::INFINITY, f64::min)
}

/// A named input family, its base size, and how to make an input of size n.
type Case = (&'static str, usize, fn(usize) -> String);

fn main() {
    let scale: usize = std::env::args()
        .skip_while(|a| a != "--scale")
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let only: Option<String> = std::env::args().skip_while(|a| a != "--only").nth(1);
    let cases: Vec<Case> = vec![
        ("unbalanced quote marks", 200_000, |n| {
            "“ a \" b ‘ ".repeat(n / 3)
        }),
        ("one sentence, no punctuation", 500_000, |n| {
            "word ".repeat(n)
        }),
        ("capitalised words in a row", 100_000, |n| "Word ".repeat(n)),
        ("deep parentheses", 1_000_000, |n| {
            format!("{}x{}", "(".repeat(n), ")".repeat(n))
        }),
        ("long article (bytes)", 5_000_000, |n| {
            let p = "Officials in Moscow said on Tuesday that “the talks, which began in 1991, will resume,” \
                     according to Foreign Minister Ana Lima. She added: “We are ready.”\n\n";
            p.repeat(n / p.len())
        }),
        ("newline storm", 500_000, |n| "a\n".repeat(n)),
        ("colons and dashes", 200_000, |n| "X: - ".repeat(n / 2)),
    ];
    println!(
        "{:32} {:>10} {:>10} {:>10} {:>7}",
        "input", "n", "t(n) s", "t(2n) s", "ratio"
    );
    time("warm up: load the model and the gazetteer");
    for (name, n, make) in cases {
        if only.as_ref().is_some_and(|w| !name.contains(w.as_str())) {
            continue;
        }
        let n = n * scale;
        let a = make(n);
        let b = make(2 * n);
        let ta = time(&a);
        let tb = time(&b);
        println!("{name:32} {n:>10} {ta:>10.3} {tb:>10.3} {:>7.2}", tb / ta);
    }
}
