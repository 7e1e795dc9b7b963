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
    jsonl_articles(body, "")
        .into_iter()
        .map(|(t, _)| t)
        .collect()
}

/// The `text` of every JSON line of `body` with the date that starts its `date_field`
/// ("2020-11-17…"), if any (lines that do not parse or have no text are skipped).
pub fn jsonl_articles(body: &str, date_field: &str) -> Vec<(String, Option<chrono::NaiveDate>)> {
    body.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            let text = v["text"].as_str()?.to_string();
            let date = v[date_field]
                .as_str()
                .and_then(|d| chrono::NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok());
            Some((text, date))
        })
        .collect()
}
