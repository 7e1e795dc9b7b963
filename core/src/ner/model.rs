//! The compiled model: per stage, a key → row table of quantised weights and transition weights.
//!
//! File format (little endian): magic `NFNER01\n`, u8 number of stages; per stage: f32 scale,
//! `(N_LABELS + 1) × N_LABELS` f32 transitions, u32 number of features `n`, then `n` key deltas
//! (LEB128 varints over the sorted keys), then per feature a u8 count `k` of non-zero weights and
//! `k` × (u8 label, i16 weight).

use super::N_LABELS;

const MAGIC: &[u8; 8] = b"NFNER01\n";

/// Hint the CPU to fetch the cache line holding `x`.
#[inline(always)]
fn prefetch<T>(x: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching is a hint with no effect on memory; the pointer comes from a reference.
    #[allow(unused_unsafe)]
    unsafe {
        std::arch::x86_64::_mm_prefetch(x as *const T as *const i8, std::arch::x86_64::_MM_HINT_T0)
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = x;
}

/// Add the `width`-wide weight rows at offsets `at` (u32::MAX = no row) into `acc`. Inlined
/// with a constant `width`, the loop is straight-line vector code.
#[inline(always)]
fn accumulate(rows: &[i16], at: &[u32], acc: &mut [i32; W], width: usize) {
    for &a in at {
        if a != u32::MAX {
            let row = &rows[a as usize..a as usize + width];
            for (x, &w) in acc[..width].iter_mut().zip(row) {
                *x += w as i32;
            }
        }
    }
}

/// [`accumulate`] for both stages, compiled for AVX2 (twice the lanes of the baseline SSE2
/// build; the wheel targets any x86-64, so this copy is chosen at run time).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn accumulate_avx2(rows: &[i16], at: &[u32], acc: &mut [i32; W]) {
    accumulate(rows, at, acc, W)
}

/// Whether the AVX2 copies of the tagger's hot loops can run here (std caches the CPU check).
#[inline]
pub(crate) fn has_avx2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// At most this many stages.
pub const MAX_STAGES: usize = 2;
const W: usize = MAX_STAGES * N_LABELS;

/// The compiled model: one open-addressing table from feature key to a row holding the weights
/// of every stage, so that stage 2's share of the static features costs no second lookup.
pub struct Model {
    pub n_stages: usize,
    pub scales: Vec<f32>,
    /// Per stage: `(N_LABELS + 1) × N_LABELS` transition weights (last row = start).
    pub trans: Vec<Vec<f32>>,
    /// (key, row), key 0 = empty.
    slots: Vec<(u32, u32)>,
    mask: usize,
    /// `n × n_stages × N_LABELS` quantised weights.
    rows: Vec<i16>,
}

impl Model {
    /// Build from stages (each with sorted unique keys and dense rows).
    pub fn from_parts(parts: &[StageParts]) -> Model {
        let n_stages = parts.len().min(MAX_STAGES);
        let parts = &parts[..n_stages];
        let mut keys: Vec<u32> = parts.iter().flat_map(|p| p.2.iter().copied()).collect();
        keys.sort_unstable();
        keys.dedup();
        let width = n_stages * N_LABELS;
        let mut rows = vec![0i16; keys.len() * width];
        for (s, p) in parts.iter().enumerate() {
            for (j, k) in p.2.iter().enumerate() {
                if let (Ok(r), Some(src)) = (
                    keys.binary_search(k),
                    p.3.get(j * N_LABELS..(j + 1) * N_LABELS),
                ) {
                    let at = r * width + s * N_LABELS;
                    rows[at..at + N_LABELS].copy_from_slice(src);
                }
            }
        }
        let cap = (keys.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![(0u32, 0u32); cap];
        let mask = cap - 1;
        for (r, &k) in keys.iter().enumerate() {
            let mut s = k as usize & mask;
            while slots[s].0 != 0 {
                s = (s + 1) & mask;
            }
            slots[s] = (k, r as u32);
        }
        Model {
            n_stages,
            scales: parts.iter().map(|p| p.0).collect(),
            trans: parts.iter().map(|p| p.1.clone()).collect(),
            slots,
            mask,
            rows,
        }
    }

    /// Row index of a key, if the model has it.
    #[inline]
    fn find(&self, key: u32) -> Option<usize> {
        let mut s = key as usize & self.mask;
        loop {
            let (k, r) = self.slots[s];
            if k == key {
                return Some(r as usize);
            }
            if k == 0 {
                return None;
            }
            s = (s + 1) & self.mask;
        }
    }

    /// Resolve keys to row offsets (u32::MAX for unknown keys), prefetching table slots ahead
    /// and the rows found: the table is larger than the caches, so this hides memory latency.
    fn resolve(&self, keys: &[u32], rows: &mut Vec<u32>) {
        const AHEAD: usize = 12;
        let width = self.n_stages * N_LABELS;
        rows.clear();
        for &k in keys.iter().take(AHEAD) {
            prefetch(&self.slots[k as usize & self.mask]);
        }
        for (i, &k) in keys.iter().enumerate() {
            if let Some(&next) = keys.get(i + AHEAD) {
                prefetch(&self.slots[next as usize & self.mask]);
            }
            match self.find(k) {
                Some(r) => {
                    let at = r * width;
                    prefetch(&self.rows[at]);
                    prefetch(&self.rows[at + width - 1]);
                    rows.push(at as u32);
                }
                None => rows.push(u32::MAX),
            }
        }
    }

    /// Emission scores of each token (`keys[offs[i-1]..offs[i]]`, from 0) for every stage at
    /// once: stage 0 replaces `out0`, stage 1's are appended to `out1`. `buf` is scratch space.
    pub fn score_static(
        &self,
        keys: &[u32],
        offs: &[u32],
        buf: &mut Vec<u32>,
        out0: &mut Vec<f32>,
        out1: &mut Vec<f32>,
    ) {
        out0.clear();
        self.resolve(keys, buf);
        let width = self.n_stages * N_LABELS;
        let avx2 = has_avx2();
        let mut from = 0usize;
        for &end in offs {
            let mut acc = [0i32; W];
            let rows = &buf[from..end as usize];
            if width == W && avx2 {
                // SAFETY: the CPU supports AVX2 (checked at run time just above).
                #[cfg(target_arch = "x86_64")]
                unsafe {
                    accumulate_avx2(&self.rows, rows, &mut acc)
                };
            } else if width == W {
                accumulate(&self.rows, rows, &mut acc, W);
            } else {
                accumulate(&self.rows, rows, &mut acc, width);
            }
            out0.extend(acc[..N_LABELS].iter().map(|&a| a as f32 * self.scales[0]));
            if self.n_stages > 1 {
                out1.extend(
                    acc[N_LABELS..2 * N_LABELS]
                        .iter()
                        .map(|&a| a as f32 * self.scales[1]),
                );
            }
            from = end as usize;
        }
    }

    /// Add stage `stage`'s weights of the keys of each token to `out` (`offs.len() × N_LABELS`).
    pub fn score_add(
        &self,
        stage: usize,
        keys: &[u32],
        offs: &[u32],
        buf: &mut Vec<u32>,
        out: &mut [f32],
    ) {
        self.resolve(keys, buf);
        let mut from = 0usize;
        for (t, &end) in offs.iter().enumerate() {
            let mut acc = [0i32; N_LABELS];
            for &at in &buf[from..end as usize] {
                if at != u32::MAX {
                    let s = at as usize + stage * N_LABELS;
                    for (a, &w) in acc.iter_mut().zip(&self.rows[s..s + N_LABELS]) {
                        *a += w as i32;
                    }
                }
            }
            for (o, &a) in out[t * N_LABELS..(t + 1) * N_LABELS].iter_mut().zip(&acc) {
                *o += a as f32 * self.scales[stage];
            }
            from = end as usize;
        }
    }

    /// Number of distinct feature keys.
    pub fn n_features(&self) -> usize {
        self.rows.len() / (self.n_stages * N_LABELS).max(1)
    }
}

/// Quantise float rows to i16 with one scale; entries whose magnitude falls under `prune`
/// (in quantised units) become 0, and features left all-zero are dropped.
/// Returns (scale, kept keys, dense rows).
pub fn quantise(keys: &[u32], weights: &[f32], prune: i16) -> (f32, Vec<u32>, Vec<i16>) {
    let max = weights.iter().fold(0f32, |m, &w| m.max(w.abs()));
    let scale = if max > 0.0 { max / 32000.0 } else { 1.0 };
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_unstable_by_key(|&i| keys[i]);
    let mut out_keys = Vec::new();
    let mut rows = Vec::new();
    for i in order {
        let row = &weights[i * N_LABELS..(i + 1) * N_LABELS];
        let q: Vec<i16> = row
            .iter()
            .map(|&w| {
                let v = (w / scale).round() as i16;
                if v.abs() < prune {
                    0
                } else {
                    v
                }
            })
            .collect();
        if q.iter().any(|&v| v != 0) {
            out_keys.push(keys[i]);
            rows.extend(q);
        }
    }
    (scale, out_keys, rows)
}

fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

struct Reader<'a> {
    b: &'a [u8],
    p: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let s = self.b.get(self.p..self.p.checked_add(n)?)?;
        self.p += n;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn f32(&mut self) -> Option<f32> {
        Some(f32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn i16(&mut self) -> Option<i16> {
        Some(i16::from_le_bytes(self.take(2)?.try_into().ok()?))
    }
    fn varint(&mut self) -> Option<u32> {
        let mut v = 0u32;
        for shift in (0..35).step_by(7) {
            let b = self.u8()?;
            v |= ((b & 0x7f) as u32).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
}

/// A stage before compilation: (scale, transitions, sorted keys, dense rows).
pub type StageParts = (f32, Vec<f32>, Vec<u32>, Vec<i16>);

/// Serialise stages.
pub fn serialise(stages: &[StageParts]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.push(stages.len() as u8);
    for (scale, trans, keys, rows) in stages {
        out.extend_from_slice(&scale.to_le_bytes());
        for t in trans {
            out.extend_from_slice(&t.to_le_bytes());
        }
        out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        let mut prev = 0u32;
        for &k in keys {
            put_varint(&mut out, k - prev);
            prev = k;
        }
        for row in rows.chunks(N_LABELS) {
            let nz = row.iter().filter(|&&v| v != 0).count();
            out.push(nz as u8);
            for (l, &v) in row.iter().enumerate() {
                if v != 0 {
                    out.push(l as u8);
                    out.extend_from_slice(&v.to_le_bytes());
                }
            }
        }
    }
    out
}

impl Model {
    /// Parse a model file; None when it is empty or malformed.
    pub fn parse(bytes: &[u8]) -> Option<Model> {
        let mut r = Reader { b: bytes, p: 0 };
        if r.take(8)? != MAGIC {
            return None;
        }
        let n_stages = r.u8()? as usize;
        let mut stages = Vec::with_capacity(n_stages);
        for _ in 0..n_stages {
            let scale = r.f32()?;
            let mut trans = Vec::with_capacity((N_LABELS + 1) * N_LABELS);
            for _ in 0..(N_LABELS + 1) * N_LABELS {
                trans.push(r.f32()?);
            }
            let n = r.u32()? as usize;
            if n > bytes.len() {
                return None;
            }
            let mut keys = Vec::with_capacity(n);
            let mut prev = 0u32;
            for _ in 0..n {
                prev = prev.checked_add(r.varint()?)?;
                if prev == 0 {
                    return None;
                }
                keys.push(prev);
            }
            let mut rows = vec![0i16; n * N_LABELS];
            for row in rows.chunks_mut(N_LABELS) {
                let k = r.u8()? as usize;
                for _ in 0..k {
                    let l = r.u8()? as usize;
                    let v = r.i16()?;
                    *row.get_mut(l)? = v;
                }
            }
            keys.dedup();
            if keys.len() != n {
                return None;
            }
            stages.push((scale, trans, keys, rows));
        }
        if stages.is_empty() || stages.len() > MAX_STAGES {
            return None;
        }
        Some(Model::from_parts(&stages))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vector_accumulation_matches_the_plain_sum() {
        // Rows of pseudo-random weights, some offsets missing (u32::MAX).
        let mut x = 12345u32;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x
        };
        let rows: Vec<i16> = (0..50 * W).map(|_| next() as i16).collect();
        let at: Vec<u32> = (0..40)
            .map(|i| {
                if i % 7 == 3 {
                    u32::MAX
                } else {
                    (next() % 50) * W as u32
                }
            })
            .collect();
        let mut plain = [0i32; W];
        for &a in &at {
            if a != u32::MAX {
                for (j, p) in plain.iter_mut().enumerate() {
                    *p += rows[a as usize + j] as i32;
                }
            }
        }
        let mut acc = [0i32; W];
        accumulate(&rows, &at, &mut acc, W);
        assert_eq!(acc, plain);
        if has_avx2() {
            let mut acc = [0i32; W];
            // SAFETY: AVX2 is available (checked).
            #[cfg(target_arch = "x86_64")]
            unsafe {
                accumulate_avx2(&rows, &at, &mut acc)
            };
            assert_eq!(acc, plain);
        }
    }

    #[test]
    fn serialise_parse_roundtrip_and_scores() {
        let keys = vec![7u32, 3, 900_000];
        let mut w = vec![0f32; 3 * N_LABELS];
        w[1] = 2.0; // key 7, label 1
        w[N_LABELS] = -1.0; // key 3, label 0
        w[2 * N_LABELS + 5] = 0.00001; // pruned away
        let (scale, k, rows) = quantise(&keys, &w, 2);
        assert_eq!(k, vec![3, 7], "sorted, all-zero row dropped");
        let trans = vec![0.5f32; (N_LABELS + 1) * N_LABELS];
        let bytes = serialise(&[(scale, trans, k, rows)]);
        let m = Model::parse(&bytes).expect("parses");
        assert_eq!(m.n_stages, 1);
        assert_eq!(m.n_features(), 2);
        assert_eq!(m.trans[0][0], 0.5);
        let mut out = Vec::new();
        m.score_static(
            &[7, 3, 12345, 7],
            &[2, 4],
            &mut Vec::new(),
            &mut out,
            &mut Vec::new(),
        );
        assert!((out[1] - 2.0).abs() < 1e-3 && (out[0] + 1.0).abs() < 1e-3);
        assert!((out[N_LABELS + 1] - 2.0).abs() < 1e-3 && out[N_LABELS].abs() < 1e-6);
    }

    #[test]
    fn two_stages_share_one_row_per_key() {
        let n = N_LABELS;
        let t = vec![0f32; (n + 1) * n];
        let mut r1 = vec![0i16; 2 * n];
        r1[1] = 10; // key 5 → stage 0 label 1
        r1[n + 2] = 20; // key 9 → stage 0 label 2
        let mut r2 = vec![0i16; 2 * n];
        r2[3] = 30; // key 9 → stage 1 label 3
        r2[n + 4] = 40; // key 11 → stage 1 label 4
        let parts = vec![(1.0, t.clone(), vec![5, 9], r1), (0.5, t, vec![9, 11], r2)];
        let m = Model::parse(&serialise(&parts)).expect("parses");
        assert_eq!((m.n_stages, m.n_features()), (2, 3));
        let (mut o0, mut o1) = (Vec::new(), Vec::new());
        m.score_static(&[5, 9], &[2], &mut Vec::new(), &mut o0, &mut o1);
        assert_eq!((o0[1], o0[2], o1[3]), (10.0, 20.0, 15.0));
        m.score_add(1, &[11], &[1], &mut Vec::new(), &mut o1);
        assert_eq!((o1[3], o1[4]), (15.0, 20.0));
    }

    #[test]
    fn malformed_files_are_rejected() {
        assert!(Model::parse(b"").is_none());
        assert!(Model::parse(b"NFNER01\n").is_none());
        assert!(Model::parse(b"NFNER01\n\x01\x00\x00").is_none());
        let bytes = serialise(&[(
            1.0,
            vec![0.0; (N_LABELS + 1) * N_LABELS],
            vec![5],
            vec![1; N_LABELS],
        )]);
        for cut in 0..bytes.len() {
            assert!(Model::parse(&bytes[..cut]).is_none());
        }
    }
}
