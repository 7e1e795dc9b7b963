//! The compiled model: per stage, a key → row table of quantised weights and transition weights.
//!
//! File format (little endian): magic `NFNER01\n`, u8 number of stages; per stage: f32 scale,
//! `(N_LABELS + 1) × N_LABELS` f32 transitions, u32 number of features `n`, then `n` key deltas
//! (LEB128 varints over the sorted keys), then per feature a u8 count `k` of non-zero weights and
//! `k` × (u8 label, i16 weight).
//!
//! In memory, each feature's weights of a stage are re-quantised to i8 mantissas with a shared
//! power-of-two exponent (block floating point), and stored in one 64-byte cache line, beside
//! an open-addressing array of the keys:
//! looking a feature up touches the small key array (a few hundred KB, mostly cache-resident)
//! and one line of weights, instead of a slot line and two or three lines of i16 weights. The
//! tagger is memory-bound on these lookups, so this is what its speed (and its scaling over
//! threads that share a last-level cache) depends on. A per-feature exponent keeps small
//! weights: with one i8 scale per stage, GUM news F1 fell 1.6 points. Sums stay integers, so
//! scores are exact and the same on every CPU and in every summation order.

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

/// Add the weights of the first `stages` stages of the rows at slots `at` (u32::MAX = no row),
/// in the model's i16 units, into `acc`. Inlined with a constant `stages`, the loop is
/// straight-line vector code (each stage's lanes are padded to a whole number of vectors).
#[inline(always)]
fn accumulate(rows: &[Row], at: &[u32], acc: &mut [[i32; SW]; MAX_STAGES], stages: usize) {
    for &a in at {
        if a != u32::MAX {
            let row = &rows[a as usize];
            for ((acc, w), &shift) in acc.iter_mut().zip(&row.w).zip(&row.shift).take(stages) {
                for (x, &w) in acc.iter_mut().zip(w) {
                    *x += (w as i32) << shift;
                }
            }
        }
    }
}

/// [`accumulate`] for both stages, compiled for AVX2 (twice the lanes of the baseline SSE2
/// build; the wheel targets any x86-64, so this copy is chosen at run time).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn accumulate_avx2(rows: &[Row], at: &[u32], acc: &mut [[i32; SW]; MAX_STAGES]) {
    accumulate(rows, at, acc, MAX_STAGES)
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
/// A stage's lanes in a row: `N_LABELS` padded to a multiple of 8 (one AVX2 vector of i32).
const SW: usize = N_LABELS.div_ceil(8) * 8;

/// One feature's weights for every stage: i8 mantissas and, per stage, the exponent that
/// makes them i16 model units (`w << shift`). Aligned to a cache line: a lookup reads one line.
#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct Row {
    w: [[i8; SW]; MAX_STAGES],
    shift: [u8; MAX_STAGES],
}

const _: () = assert!(
    std::mem::size_of::<Row>() == 64,
    "a feature's weights fill one line"
);

const EMPTY_ROW: Row = Row {
    w: [[0; SW]; MAX_STAGES],
    shift: [0; MAX_STAGES],
};

/// An i16 row as i8 mantissas and the smallest exponent under which the largest fits.
fn block_quantise(src: &[i16], dst: &mut [i8]) -> u8 {
    let max = src.iter().map(|&v| (v as i32).abs()).max().unwrap_or(0);
    let mut shift = 0u8;
    while ((max + (1 << shift >> 1)) >> shift) > 127 {
        shift += 1;
    }
    // Round half away from zero, in integers.
    let half = 1i32 << shift >> 1;
    for (d, &v) in dst.iter_mut().zip(src) {
        let m = ((v as i32).abs() + half) >> shift;
        *d = (if v < 0 { -m } else { m }) as i8;
    }
    shift
}

/// The compiled model: an open-addressing array of feature keys and, at the same slot, a row
/// holding the weights of every stage, so that stage 2's share of the static features costs no
/// second lookup.
pub struct Model {
    pub n_stages: usize,
    /// Per stage: `(N_LABELS + 1) × N_LABELS` transition weights (last row = start).
    pub trans: Vec<Vec<f32>>,
    /// Per stage: the value of one i16 model unit.
    scales: Vec<f32>,
    /// Keys by slot, 0 = empty.
    keys: Vec<u32>,
    /// Weights by slot (zero where the slot is empty).
    rows: Vec<Row>,
    mask: usize,
    n_features: usize,
}

impl Model {
    /// Build from stages (each with a scale, sorted unique keys and dense i16 rows),
    /// re-quantising each feature's weights of a stage to i8 with an exponent of their own.
    pub fn from_parts(parts: &[StageParts]) -> Model {
        let n_stages = parts.len().min(MAX_STAGES);
        let parts = &parts[..n_stages];
        let mut keys: Vec<u32> = parts.iter().flat_map(|p| p.2.iter().copied()).collect();
        keys.sort_unstable();
        keys.dedup();
        let cap = (keys.len() * 2).next_power_of_two().max(16);
        let mask = cap - 1;
        let mut slot_keys = vec![0u32; cap];
        let mut rows = vec![EMPTY_ROW; cap];
        let slot_of = |slot_keys: &mut Vec<u32>, k: u32| {
            let mut s = k as usize & mask;
            while slot_keys[s] != 0 && slot_keys[s] != k {
                s = (s + 1) & mask;
            }
            slot_keys[s] = k;
            s
        };
        for (st, p) in parts.iter().enumerate() {
            for (j, &k) in p.2.iter().enumerate() {
                if k == 0 {
                    continue; // 0 marks an empty slot; the hasher never yields it
                }
                if let Some(src) = p.3.get(j * N_LABELS..(j + 1) * N_LABELS) {
                    let row = &mut rows[slot_of(&mut slot_keys, k)];
                    row.shift[st] = block_quantise(src, &mut row.w[st][..N_LABELS]);
                }
            }
        }
        Model {
            n_stages,
            trans: parts.iter().map(|p| p.1.clone()).collect(),
            scales: parts.iter().map(|p| p.0).collect(),
            keys: slot_keys,
            rows,
            mask,
            n_features: keys.len(),
        }
    }

    /// Slot of a key, if the model has it.
    #[inline]
    /// Does the model hold a feature with this key (was it seen in training and kept)?
    pub fn has_key(&self, key: u32) -> bool {
        self.find(key).is_some()
    }

    fn find(&self, key: u32) -> Option<usize> {
        let mut s = key as usize & self.mask;
        loop {
            let k = self.keys[s];
            if k == key {
                return Some(s);
            }
            if k == 0 {
                return None;
            }
            s = (s + 1) & self.mask;
        }
    }

    /// Resolve keys to slots (u32::MAX for unknown keys), prefetching key slots ahead and the
    /// rows found: the rows are larger than the caches, so this hides memory latency.
    fn resolve(&self, keys: &[u32], rows: &mut Vec<u32>) {
        const AHEAD: usize = 12;
        rows.clear();
        for &k in keys.iter().take(AHEAD) {
            prefetch(&self.keys[k as usize & self.mask]);
        }
        for (i, &k) in keys.iter().enumerate() {
            if let Some(&next) = keys.get(i + AHEAD) {
                prefetch(&self.keys[next as usize & self.mask]);
            }
            match self.find(k) {
                Some(s) => {
                    prefetch(&self.rows[s]);
                    rows.push(s as u32);
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
        let avx2 = has_avx2();
        let mut from = 0usize;
        for &end in offs {
            let mut acc = [[0i32; SW]; MAX_STAGES];
            let rows = &buf[from..end as usize];
            if self.n_stages == MAX_STAGES && avx2 {
                // SAFETY: the CPU supports AVX2 (checked at run time just above).
                #[cfg(target_arch = "x86_64")]
                unsafe {
                    accumulate_avx2(&self.rows, rows, &mut acc)
                };
            } else if self.n_stages == MAX_STAGES {
                accumulate(&self.rows, rows, &mut acc, MAX_STAGES);
            } else {
                accumulate(&self.rows, rows, &mut acc, self.n_stages);
            }
            out0.extend(
                acc[0][..N_LABELS]
                    .iter()
                    .map(|&a| a as f32 * self.scales[0]),
            );
            if self.n_stages > 1 {
                out1.extend(
                    acc[1][..N_LABELS]
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
                    let row = &self.rows[at as usize];
                    let shift = row.shift[stage] as u32;
                    let w = &row.w[stage][..N_LABELS];
                    for (a, &w) in acc.iter_mut().zip(w) {
                        *a += (w as i32) << shift;
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
        self.n_features
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
        let rows: Vec<Row> = (0..50)
            .map(|_| {
                let mut r = EMPTY_ROW;
                r.w.iter_mut().flatten().for_each(|w| *w = next() as i8);
                r.shift = [(next() % 9) as u8, (next() % 9) as u8];
                r
            })
            .collect();
        let at: Vec<u32> = (0..40)
            .map(|i| if i % 7 == 3 { u32::MAX } else { next() % 50 })
            .collect();
        let mut plain = [[0i32; SW]; MAX_STAGES];
        for &a in &at {
            if a != u32::MAX {
                let r = &rows[a as usize];
                for (st, p) in plain.iter_mut().enumerate() {
                    for (j, p) in p.iter_mut().enumerate() {
                        *p += r.w[st][j] as i32 * (1 << r.shift[st]);
                    }
                }
            }
        }
        let mut acc = [[0i32; SW]; MAX_STAGES];
        accumulate(&rows, &at, &mut acc, MAX_STAGES);
        assert_eq!(acc, plain);
        if has_avx2() {
            let mut acc = [[0i32; SW]; MAX_STAGES];
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
        // i8 in memory: each weight is within half a mantissa unit (≤ its row's max / 254).
        let tol = 2.0 / 254.0 + 1e-4;
        assert!((out[1] - 2.0).abs() < tol && (out[0] + 1.0).abs() < tol);
        assert!((out[N_LABELS + 1] - 2.0).abs() < tol && out[N_LABELS].abs() < 1e-6);
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
        // Small integers: exact in i8 (10, 20, 30 fit; 40 = 20 << 1).
        let near = |a: f32, b: f32| (a - b).abs() <= 1e-4;
        assert!(near(o0[1], 10.0) && near(o0[2], 20.0) && near(o1[3], 15.0));
        assert_eq!(
            (o0[3], o1[1]),
            (0.0, 0.0),
            "no weight leaks across labels or stages"
        );
        m.score_add(1, &[11], &[1], &mut Vec::new(), &mut o1);
        assert!(near(o1[3], 15.0) && near(o1[4], 20.0));
    }

    #[test]
    fn block_quantisation_rounds_to_the_nearest_mantissa() {
        let mut w = [0i8; 4];
        assert_eq!(block_quantise(&[127, -127, 3, 0], &mut w), 0);
        assert_eq!(w, [127, -127, 3, 0]);
        assert_eq!(block_quantise(&[300, -300, 3, 1], &mut w), 2); // 300 / 4 = 75
        assert_eq!(w, [75, -75, 1, 0]);
        assert_eq!(block_quantise(&[i16::MIN, i16::MAX, -2, 2], &mut w), 9);
        assert_eq!(w, [-64, 64, 0, 0]);
        // 255 / 2 rounds to 128, which does not fit: one more bit.
        assert_eq!(block_quantise(&[254, 255, 0, 0], &mut w), 2);
        assert_eq!(w[..2], [64, 64]);
    }

    #[test]
    fn small_weights_survive_beside_large_ones() {
        // With one i8 unit per stage, key 5's weights (≤ 3 of 30,000) would round to zero.
        let n = N_LABELS;
        let mut rows = vec![0i16; 2 * n];
        rows[0] = 3;
        rows[1] = -2;
        rows[n] = 30_000;
        let t = vec![0f32; (n + 1) * n];
        let m = Model::parse(&serialise(&[(0.5, t, vec![5, 9], rows)])).expect("parses");
        let mut out = Vec::new();
        m.score_static(&[5, 9], &[1, 2], &mut Vec::new(), &mut out, &mut Vec::new());
        assert_eq!(
            (out[0], out[1]),
            (1.5, -1.0),
            "small weights keep their exact value"
        );
        // 30,000 = 117.2 × 2^8: within half a mantissa unit (2^7 model units × 0.5).
        assert!((out[n] - 15_000.0).abs() <= 64.0);
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
