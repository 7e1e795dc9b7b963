//! CPU time of the calling thread, for benchmarks on a busy machine (shared by benches and
//! examples through `#[path]`).

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
