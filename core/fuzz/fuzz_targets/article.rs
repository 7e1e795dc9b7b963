//! Fuzz the engine's article entry point: bytes → lossy UTF-8 → extract, with the invariants of
//! the output contract asserted on every result.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsfacts_core::invariants::check;
use newsfacts_core::{extract, ArticleInput};

fuzz_target!(|data: &[u8]| {
    // The first byte picks a publication date (or none), the rest is the article.
    let (published, body) = match data.split_first() {
        Some((b, rest)) if b % 4 != 0 => (chrono::NaiveDate::from_ymd_opt(2000 + (*b as i32 % 30), 1 + (*b as u32 % 12), 1 + (*b as u32 % 28)), rest),
        Some((_, rest)) => (None, rest),
        None => (None, data),
    };
    let text = String::from_utf8_lossy(body);
    let input = ArticleInput { text: &text, title: None, published };
    let facts = extract(&input);
    if let Err(e) = check(&text, &facts) {
        panic!("invariant broken: {e}");
    }
});
