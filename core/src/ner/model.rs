//! The compiled model: per stage, a key → row table of quantised weights and transition weights.
//!
//! File format (little endian): magic `NFNER01\n`, u8 number of stages; per stage: f32 scale,
//! `(N_LABELS + 1) × N_LABELS` f32 transitions, u32 number of features `n`, then `n` key deltas
//! (LEB128 varints over the sorted keys), then per feature a u8 count `k` of non-zero weights and
//! `k` × (u8 label, i16 weight).

use super::N_LABELS;

const MAGIC: &[u8; 8] = b"NFNER01\n";

/// One decoding stage.
pub struct Stage {
    pub scale: f32,
    pub trans: Vec<f32>,
    /// Open-addressing table: (key, row), key 0 = empty.
    slots: Vec<(u32, u32)>,
    mask: usize,
    rows: Vec<i16>,
}

impl Stage {
    /// Build from sorted unique keys and dense quantised rows (`keys.len() × N_LABELS`).
    pub fn new(scale: f32, trans: Vec<f32>, keys: &[u32], rows: Vec<i16>) -> Stage {
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
        Stage {
            scale,
            trans,
            slots,
            mask,
            rows,
        }
    }

    #[inline]
    fn row(&self, key: u32) -> Option<&[i16]> {
        let mut s = key as usize & self.mask;
        loop {
            let (k, r) = self.slots[s];
            if k == key {
                let r = r as usize * N_LABELS;
                return Some(&self.rows[r..r + N_LABELS]);
            }
            if k == 0 {
                return None;
            }
            s = (s + 1) & self.mask;
        }
    }

    /// Emission scores of each token: `keys[offs[i-1]..offs[i]]` → `out[i*N..(i+1)*N]`.
    pub fn score(&self, keys: &[u32], start: usize, offs: &[u32], out: &mut Vec<f32>) {
        out.clear();
        let mut from = start;
        for &end in offs {
            let mut acc = [0i32; N_LABELS];
            for &k in &keys[from..end as usize] {
                if let Some(row) = self.row(k) {
                    for (a, &w) in acc.iter_mut().zip(row) {
                        *a += w as i32;
                    }
                }
            }
            out.extend(acc.iter().map(|&a| a as f32 * self.scale));
            from = end as usize;
        }
    }

    pub fn n_features(&self) -> usize {
        self.rows.len() / N_LABELS
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

pub struct Model {
    pub stages: Vec<Stage>,
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
            stages.push(Stage::new(scale, trans, &keys, rows));
        }
        if stages.is_empty() {
            return None;
        }
        Some(Model { stages })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let st = &m.stages[0];
        assert_eq!(st.n_features(), 2);
        assert_eq!(st.trans[0], 0.5);
        let mut out = Vec::new();
        st.score(&[7, 3, 12345, 7], 0, &[2, 4], &mut out);
        assert!((out[1] - 2.0).abs() < 1e-3 && (out[0] + 1.0).abs() < 1e-3);
        assert!((out[N_LABELS + 1] - 2.0).abs() < 1e-3 && out[N_LABELS].abs() < 1e-6);
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
