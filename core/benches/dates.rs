//! Throughput of the temporal-expression stage, and its share of the whole pipeline.
//!
//!     cargo bench -p newsfacts-core --bench dates
//!
//! Crafted wire-style articles (one date-dense, one ordinary, with non-ASCII punctuation),
//! repeated; one core, no Python. Prints MB/s of `dates::extract` alone and of the full
//! pipeline on the same articles, and the share of pipeline time spent in dates. Times are
//! the thread's CPU time where Linux reports it (`/proc/thread-self/schedstat`), so a busy
//! machine does not skew them; wall-clock time elsewhere.

use std::hint::black_box;
use std::time::Instant;

use chrono::NaiveDate;
use newsfacts_core::{dates, extract, segment, ArticleInput};

fn article(i: usize) -> String {
    format!(
        "Talks resume as strike enters day {i}\n\n\
         GENEVA (Newsfacts) — Negotiators met on Tuesday and will meet again on Wednesday, \
         a week after the truce of Nov. 9, 2020 took effect. “We’ll know by Friday,” said \
         Zoë Müller, who has led the team since 1991. In the last twenty-four hours, 1,991 \
         people crossed the border; about 2000 more are expected next week.\n\n\
         Third-quarter output fell 3.5% from a year earlier, the ministry said on Monday, \
         and the fourth quarter looks weak. Prices have doubled in the past two years and \
         rose again last month, earlier this month and in March, analysts said at 3 p.m.\n\n\
         The council meets every Tuesday and publishes figures annually; it was founded in \
         the 1990s and currently has 40 members. Recently, officials said the plan could take \
         three years. The 2020-11-09 filing (form 11/9/2020) is public now.\n\n\
         Opposition leaders, who boycotted the vote, accused the government of stalling and \
         demanded new elections, saying the country could not wait for another round of talks \
         that produced nothing but statements and photographs of smiling ministers.\n"
    )
}

fn ordinary(i: usize) -> String {
    format!(
        "Port workers extend strike into day {i}\n\n\
         LISBON (Newsfacts) — Dock workers voted to extend their strike on Tuesday, leaving more \
         than 40 ships waiting outside the harbour. “We will not go back without a contract,” \
         said Rui Azevedo, the union’s leader, after a meeting with the port authority.\n\n\
         The authority said it had offered a 3.5% raise and a new shift system, and accused the \
         union of moving the goalposts. Shipping companies warned that delays would spread to \
         other ports in the region and that exporters were already diverting cargo.\n\n\
         The government has so far refused to intervene, but ministers are expected to discuss \
         the dispute next week. Analysts said the stoppage had cost the economy about \
         €30 million a day.\n"
    )
}

/// CPU seconds of this thread, or wall-clock seconds since `start` where not available.
fn seconds(start: Instant) -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map(|ns| ns / 1e9)
        .unwrap_or_else(|| start.elapsed().as_secs_f64())
}

fn main() {
    let docs: Vec<String> = (0..2000)
        .map(|i| if i % 2 == 0 { article(i) } else { ordinary(i) })
        .collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    let published = NaiveDate::from_ymd_opt(2020, 11, 17);
    let segs: Vec<_> = docs.iter().map(|d| segment::segment(d, &[])).collect();
    let rounds = 5;

    let run_dates = || {
        let mut n = 0;
        for (d, s) in docs.iter().zip(&segs) {
            n += black_box(dates::extract(d, s, published)).len();
        }
        n
    };
    let found = run_dates(); // warm-up: compiles the patterns once
    let clock = Instant::now();
    let t = seconds(clock);
    for _ in 0..rounds {
        black_box(run_dates());
    }
    let dates_secs = (seconds(clock) - t) / rounds as f64;

    let run_pipeline = || {
        for d in &docs {
            let input = ArticleInput {
                text: d,
                title: None,
                published,
            };
            black_box(extract(&input));
        }
    };
    run_pipeline();
    let t = seconds(clock);
    for _ in 0..rounds {
        run_pipeline();
    }
    let pipe_secs = (seconds(clock) - t) / rounds as f64;

    println!(
        "dates      {:8.1} MB/s  ({} expressions in {:.1} MB)",
        bytes as f64 / dates_secs / 1e6,
        found,
        bytes as f64 / 1e6
    );
    println!("pipeline   {:8.1} MB/s", bytes as f64 / pipe_secs / 1e6);
    println!(
        "dates share of pipeline time: {:.1}%",
        100.0 * dates_secs / pipe_secs
    );
}
