//! Helpers shared by benches and examples through `#[path]`: CPU time of the calling thread (for
//! benchmarks on a busy machine) and the texts of a JSONL corpus.

/// CPU seconds used by this thread (Linux), else wall-clock seconds since the first call.
pub fn cpu() -> f64 {
    if let Ok(s) = std::fs::read_to_string("/proc/thread-self/schedstat") {
        if let Some(ns) = s
            .split_whitespace()
            .next()
            .and_then(|n| n.parse::<f64>().ok())
        {
            return ns / 1e9;
        }
    }
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_secs_f64()
}

/// The `text` field of every JSON line of `body` (lines that do not parse are skipped).
pub fn jsonl_texts(body: &str) -> Vec<String> {
    body.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect()
}
