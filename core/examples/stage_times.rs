//! Time each stage of the pipeline on a long crafted article (1 MB and 2 MB): a linear-time check.
//!
//!     cargo run --release -p newsfacts-core --example stage_times     # NF_INPUT=caps: capitalised words

use newsfacts_core::*;
use std::time::Instant;
fn main() {
    let p = "Officials in Moscow said on Tuesday that “the talks, which began in 1991, will resume,” according to Foreign Minister Ana Lima. She added: “We are ready.”\n\n";
    for mb in [1usize, 2] {
        let text = match std::env::var("NF_INPUT").as_deref() {
            Ok("caps") => "Word ".repeat(mb * 50_000),
            _ => p.repeat(mb * 1_000_000 / p.len()),
        };
        let t = Instant::now();
        let bp = boilerplate::detect(&text);
        let doc = segment::segment(&text, &bp);
        let t1 = t.elapsed().as_secs_f64();
        let names = ner::tag(&text, &doc);
        let t2 = t.elapsed().as_secs_f64();
        let (e, mut m) = entities::resolve(&text, &doc, &names);
        let t3 = t.elapsed().as_secs_f64();
        let q = quotes::extract(&text, &doc, &e, &mut m);
        let t4 = t.elapsed().as_secs_f64();
        let d = dates::extract(&text, &doc, chrono::NaiveDate::from_ymd_opt(2020, 11, 17));
        let t5 = t.elapsed().as_secs_f64();
        println!("{mb} MB: segment {:.2} ner {:.2} entities {:.2} quotes {:.2} dates {:.2} ({} names {} ents {} quotes {} dates)", t1, t2-t1, t3-t2, t4-t3, t5-t4, names.len(), e.len(), q.len(), d.len());
    }
}
