//! How the engine alone (no Python) scales from 1 to 2 threads on this machine, beside three
//! controls run in the same process: a compute-only loop of one dependent chain (bound by
//! latency: it leaves most of a core's execution units idle), the same work as eight
//! independent chains (bound by throughput: it keeps them busy), and random reads over a 64 MB
//! table (bound by memory latency). Two hardware threads of one physical core (SMT) scale the
//! latency-bound controls about 2x but the throughput-bound one far less; two separate cores
//! scale all three about 2x. Rounds are interleaved and the best of each is kept, so a noisy
//! neighbour hurts all alike.
//!
//!     cargo run --release -p newsfacts-core --example engine_scaling -- FILE.jsonl [ROUNDS]
use newsfacts_core::{extract, ArticleInput};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

#[path = "../benches/support/common.rs"]
#[allow(dead_code)]
mod support;
use support::jsonl_texts;

/// One step of xorshift64: the controls' unit of pure register work.
#[inline(always)]
fn xorshift(mut x: u64) -> u64 {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    x
}

type Job<'a> = &'a (dyn Fn(usize) + Sync);

/// Run `job(i)` for i in 0..n on `threads` threads that claim indices from a shared counter.
fn run(threads: usize, n: usize, job: Job) -> f64 {
    let next = AtomicUsize::new(0);
    let t = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= n {
                    break;
                }
                job(i);
            });
        }
    });
    t.elapsed().as_secs_f64()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .expect("usage: engine_scaling FILE.jsonl [ROUNDS]");
    let rounds: usize = args.next().map_or(5, |r| r.parse().expect("ROUNDS"));
    let texts = jsonl_texts(&std::fs::read_to_string(&path).expect("readable file"));
    let mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;

    let engine = |i: usize| {
        black_box(extract(&ArticleInput::new(&texts[i])));
    };
    let spin = |i: usize| {
        let mut x = i as u64 | 1;
        for _ in 0..2_000_000 {
            x = xorshift(x);
        }
        black_box(x);
    };
    let wide = |i: usize| {
        let mut x: [u64; 8] = std::array::from_fn(|k| (i * 8 + k) as u64 | 1);
        for _ in 0..2_000_000 / 8 {
            x = x.map(xorshift);
        }
        black_box(x);
    };
    let table: Vec<u64> = (0..(64 << 20) / 8)
        .map(|i| i as u64 * 2_654_435_761)
        .collect();
    let mask = table.len() - 1;
    let chase = |i: usize| {
        let mut at = i * 7919;
        let mut sum = 0u64;
        for _ in 0..200_000 {
            let v = table[at & mask];
            sum = sum.wrapping_add(v);
            at = (v as usize ^ at).wrapping_mul(31) + 1;
        }
        black_box(sum);
    };
    for t in texts.iter().take(20) {
        black_box(extract(&ArticleInput::new(t))); // warm up lazy tables
    }
    let jobs: [(&str, usize, Job); 4] = [
        ("engine", texts.len(), &engine),
        ("compute", 200, &spin),
        ("wide", 200, &wide),
        ("memory", 400, &chase),
    ];
    let mut best = [[f64::INFINITY; 2]; 4];
    for _ in 0..rounds {
        for (j, (_, n, job)) in jobs.iter().enumerate() {
            for (k, threads) in [1usize, 2].into_iter().enumerate() {
                best[j][k] = best[j][k].min(run(threads, *n, *job));
            }
        }
    }
    println!(
        "{} articles, {mb:.2} MB; best of {rounds} interleaved rounds",
        texts.len()
    );
    for (j, (name, _, _)) in jobs.iter().enumerate() {
        let extra = if *name == "engine" {
            format!("  ({:.2} → {:.2} MB/s)", mb / best[j][0], mb / best[j][1])
        } else {
            String::new()
        };
        println!(
            "{name:8} 1 → 2 threads: {:.2}x{extra}",
            best[j][0] / best[j][1]
        );
    }
}
