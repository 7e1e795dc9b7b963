//! BILOU decoding: allowed transitions, Viterbi, and labels → spans.
//!
//! Labels: 0 = O; for type `t` (0 PER, 1 ORG, 2 LOC, 3 MISC) and position `p` (0 B, 1 I, 2 L,
//! 3 U) the label is `1 + 4t + p`.

use super::{label_pos, label_type, N_LABELS};

/// Row index of the start state in a transition matrix.
pub const START: usize = N_LABELS;

/// Can `next` follow `prev` (`prev == START` at the start of a sentence)?
#[inline]
pub const fn allowed(prev: usize, next: usize) -> bool {
    let open = prev != START && prev != 0 && (prev - 1) % 4 < 2;
    let next_inner = next != 0 && matches!((next - 1) % 4, 1 | 2);
    if open {
        next_inner && (prev - 1) / 4 == (next - 1) / 4
    } else {
        !next_inner
    }
}

/// Can a sentence end on `l`?
#[inline]
pub fn allowed_end(l: usize) -> bool {
    label_type(l as u8).is_none() || label_pos(l as u8) >= 2
}

/// Best label sequence under emission `scores` (n × N_LABELS) and transition weights
/// (`(N_LABELS + 1) × N_LABELS`, last row = start), respecting BILOU constraints.
/// `back` is scratch space. Tokens marked in `forced` (indexed like `out`; empty = none) are O:
/// their emission row is ignored and only the O state is extended, which is what the full
/// recursion gives with an O-only emission row, at a ninth of the work.
pub fn viterbi(scores: &[f32], trans: &[f32], forced: &[bool], back: &mut Vec<u8>, out: &mut [u8]) {
    #[cfg(target_arch = "x86_64")]
    if super::model::has_avx2() {
        // SAFETY: the CPU supports AVX2 (checked just above).
        unsafe { viterbi_avx2(scores, trans, forced, back, out) };
        return;
    }
    viterbi_impl(scores, trans, forced, back, out)
}

/// [`viterbi`] compiled for AVX2: the per-token maximum over the nine closed → opening
/// transitions runs on eight lanes at once (the wheel targets any x86-64, so this copy is
/// chosen at run time).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn viterbi_avx2(
    scores: &[f32],
    trans: &[f32],
    forced: &[bool],
    back: &mut Vec<u8>,
    out: &mut [u8],
) {
    viterbi_impl(scores, trans, forced, back, out)
}

#[inline(always)]
fn viterbi_impl(
    scores: &[f32],
    trans: &[f32],
    forced: &[bool],
    back: &mut Vec<u8>,
    out: &mut [u8],
) {
    let n = out.len();
    if n == 0 {
        return;
    }
    debug_assert_eq!(scores.len(), n * N_LABELS);
    back.clear();
    back.resize(n * N_LABELS, 0);
    let mut prev = [f32::NEG_INFINITY; N_LABELS];
    for (l, p) in prev.iter_mut().enumerate() {
        if allowed(START, l) {
            *p = scores[l] + trans[START * N_LABELS + l];
        }
    }
    let mut cur = [f32::NEG_INFINITY; N_LABELS];
    // Labels that close a name (O, L-*, U-*) may be followed by those that open one (O, B-*,
    // U-*); B-t and I-t only by I-t and L-t.
    const CLOSED: [usize; 9] = [0, 3, 4, 7, 8, 11, 12, 15, 16];
    const OPENING: [usize; 9] = [0, 1, 4, 5, 8, 9, 12, 13, 16];
    // The closed → opening block of the transitions, row by closed label, so that the inner
    // loop below runs over the opening labels at once.
    let mut open_trans = [[0f32; 9]; 9];
    for (row, &p) in open_trans.iter_mut().zip(&CLOSED) {
        for (x, &l) in row.iter_mut().zip(&OPENING) {
            *x = trans[p * N_LABELS + l];
        }
    }
    for i in 1..n {
        let em = &scores[i * N_LABELS..(i + 1) * N_LABELS];
        let bk = &mut back[i * N_LABELS..(i + 1) * N_LABELS];
        if forced.get(i).copied().unwrap_or(false) {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0usize;
            for &p in &CLOSED {
                let v = prev[p] + trans[p * N_LABELS];
                if v > best {
                    best = v;
                    arg = p;
                }
            }
            cur = [f32::NEG_INFINITY; N_LABELS];
            cur[0] = best;
            bk[0] = arg as u8;
            prev = cur;
            continue;
        }
        // Best closed predecessor of each opening label; ties go to the first in CLOSED order.
        let mut best = [f32::NEG_INFINITY; 9];
        let mut arg = [0u8; 9];
        for (row, &p) in open_trans.iter().zip(&CLOSED) {
            let pv = prev[p];
            for j in 0..9 {
                let v = pv + row[j];
                let better = v > best[j];
                best[j] = if better { v } else { best[j] };
                arg[j] = if better { p as u8 } else { arg[j] };
            }
        }
        for (j, &l) in OPENING.iter().enumerate() {
            cur[l] = best[j] + em[l];
            bk[l] = arg[j];
        }
        for t in 0..4 {
            let (b, m) = (1 + 4 * t, 2 + 4 * t);
            for l in [m, m + 1] {
                let vb = prev[b] + trans[b * N_LABELS + l];
                let vi = prev[m] + trans[m * N_LABELS + l];
                let (best, arg) = if vi > vb { (vi, m) } else { (vb, b) };
                cur[l] = best + em[l];
                bk[l] = arg as u8;
            }
        }
        prev = cur;
    }
    let mut best = f32::NEG_INFINITY;
    let mut arg = 0usize;
    for (l, &v) in prev.iter().enumerate() {
        if allowed_end(l) && v > best {
            best = v;
            arg = l;
        }
    }
    out[n - 1] = arg as u8;
    for i in (1..n).rev() {
        arg = back[i * N_LABELS + arg] as usize;
        out[i - 1] = arg as u8;
    }
}

/// Labelled token ranges `(start, end_exclusive, type)` from BILOU labels. Invalid sequences are
/// read leniently: an I or L without an open name of its type opens one, a B or U closes the
/// name before it, and an O closes an open name.
pub fn spans(labels: &[u8]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (start, type)
    for (i, &l) in labels.iter().enumerate() {
        match label_type(l) {
            None => {
                if let Some((s, t)) = open.take() {
                    out.push((s, i, t));
                }
            }
            Some(t) => {
                let pos = label_pos(l);
                let continues = matches!(open, Some((_, ot)) if ot == t) && matches!(pos, 1 | 2);
                if !continues {
                    if let Some((s, ot)) = open.take() {
                        out.push((s, i, ot));
                    }
                    open = Some((i, t));
                }
                if pos >= 2 {
                    let (s, t) = open.take().unwrap_or((i, t));
                    out.push((s, i + 1, t));
                }
            }
        }
    }
    if let Some((s, t)) = open {
        out.push((s, labels.len(), t));
    }
    out
}

/// BILOU labels of `n` tokens from typed token ranges (the inverse of [`spans`]).
pub fn encode(n: usize, chunks: &[(usize, usize, usize)]) -> Vec<u8> {
    let mut out = vec![0u8; n];
    for &(s, e, t) in chunks {
        if s >= e || e > n {
            continue;
        }
        let base = 1 + 4 * t as u8;
        if e - s == 1 {
            out[s] = base + 3;
        } else {
            out[s] = base;
            for o in &mut out[s + 1..e - 1] {
                *o = base + 1;
            }
            out[e - 1] = base + 2;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const O: u8 = 0;
    const B_PER: u8 = 1;
    const I_PER: u8 = 2;
    const L_PER: u8 = 3;
    const U_PER: u8 = 4;
    const U_LOC: u8 = 12;
    const B_ORG: u8 = 5;
    const L_ORG: u8 = 7;

    #[test]
    fn viterbi_matches_brute_force() {
        // Pseudo-random emissions and transitions; compare with exhaustive search over all
        // valid label sequences of length 3.
        let mut x = 12345u64;
        let mut rnd = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % 2000) as f32 / 100.0 - 10.0
        };
        for _ in 0..5 {
            let scores: Vec<f32> = (0..3 * N_LABELS).map(|_| rnd()).collect();
            let trans: Vec<f32> = (0..(N_LABELS + 1) * N_LABELS).map(|_| rnd()).collect();
            let mut best = (f32::NEG_INFINITY, [0usize; 3]);
            for a in 0..N_LABELS {
                for b in 0..N_LABELS {
                    for c in 0..N_LABELS {
                        if !(allowed(START, a) && allowed(a, b) && allowed(b, c) && allowed_end(c))
                        {
                            continue;
                        }
                        let v = scores[a]
                            + scores[N_LABELS + b]
                            + scores[2 * N_LABELS + c]
                            + trans[START * N_LABELS + a]
                            + trans[a * N_LABELS + b]
                            + trans[b * N_LABELS + c];
                        if v > best.0 {
                            best = (v, [a, b, c]);
                        }
                    }
                }
            }
            let mut out = [0u8; 3];
            viterbi(&scores, &trans, &[], &mut Vec::new(), &mut out);
            assert_eq!(out.map(|l| l as usize), best.1);
        }
    }

    #[test]
    fn transitions() {
        assert!(allowed(START, O as usize));
        assert!(allowed(START, B_PER as usize));
        assert!(!allowed(START, I_PER as usize));
        assert!(!allowed(START, L_PER as usize));
        assert!(allowed(B_PER as usize, I_PER as usize));
        assert!(allowed(B_PER as usize, L_PER as usize));
        assert!(!allowed(B_PER as usize, L_ORG as usize));
        assert!(!allowed(B_PER as usize, O as usize));
        assert!(!allowed(B_PER as usize, U_LOC as usize));
        assert!(allowed(L_PER as usize, U_LOC as usize));
        assert!(allowed(U_PER as usize, B_ORG as usize));
        assert!(!allowed(O as usize, L_ORG as usize));
        assert!(allowed_end(L_PER as usize) && allowed_end(O as usize));
        assert!(!allowed_end(B_PER as usize) && !allowed_end(I_PER as usize));
    }

    #[test]
    fn spans_from_valid_and_invalid_labels() {
        assert_eq!(
            spans(&[B_PER, I_PER, L_PER, O, U_LOC]),
            vec![(0, 3, 0), (4, 5, 2)]
        );
        // Invalid: B then O (name closed at O), lone L (single-token name), I after U of
        // another type (opens a name).
        assert_eq!(
            spans(&[B_PER, O, L_ORG, U_LOC, I_PER]),
            vec![(0, 1, 0), (2, 3, 1), (3, 4, 2), (4, 5, 0)]
        );
        assert_eq!(spans(&[B_PER, B_ORG, L_ORG]), vec![(0, 1, 0), (1, 3, 1)]);
        assert!(spans(&[]).is_empty());
    }

    #[test]
    fn encode_roundtrip() {
        let ch = vec![(0, 2, 1), (3, 4, 3), (4, 7, 0)];
        let l = encode(8, &ch);
        assert_eq!(spans(&l), ch);
    }

    #[test]
    fn viterbi_respects_constraints() {
        // Emissions prefer B-PER then O: invalid, so Viterbi must choose something allowed.
        let mut scores = vec![0f32; 2 * N_LABELS];
        scores[B_PER as usize] = 5.0;
        scores[N_LABELS] = 5.0; // O at token 1
        scores[N_LABELS + L_PER as usize] = 1.0;
        let trans = vec![0f32; (N_LABELS + 1) * N_LABELS];
        let mut out = [0u8; 2];
        viterbi(&scores, &trans, &[], &mut Vec::new(), &mut out);
        assert!(allowed(START, out[0] as usize) && allowed(out[0] as usize, out[1] as usize));
        assert!(allowed_end(out[1] as usize));
        assert_eq!(out, [B_PER, L_PER], "B-PER L-PER scores 6, O O scores 5");
        // A transition penalty flips it.
        let mut trans = trans;
        trans[B_PER as usize * N_LABELS + L_PER as usize] = -3.0;
        viterbi(&scores, &trans, &[], &mut Vec::new(), &mut out);
        assert_eq!(out[1], O);
    }

    #[test]
    fn forced_tokens_decode_like_an_o_only_emission_row() {
        // Pseudo-random emissions and transitions; tokens 2, 3 and 6 forced to O.
        let n = 8;
        let mut x = 12345u32;
        let mut rnd = || {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            ((x >> 16) % 200) as f32 / 20.0 - 5.0
        };
        let mut scores: Vec<f32> = (0..n * N_LABELS).map(|_| rnd()).collect();
        let trans: Vec<f32> = (0..(N_LABELS + 1) * N_LABELS).map(|_| rnd()).collect();
        let forced: Vec<bool> = (0..n).map(|i| matches!(i, 2 | 3 | 6)).collect();
        let mut fast = vec![0u8; n];
        viterbi(&scores, &trans, &forced, &mut Vec::new(), &mut fast);
        for i in [2, 3, 6] {
            for l in 1..N_LABELS {
                scores[i * N_LABELS + l] = -1.0e6;
            }
            scores[i * N_LABELS] = 0.0;
        }
        let mut full = vec![0u8; n];
        viterbi(&scores, &trans, &[], &mut Vec::new(), &mut full);
        assert_eq!(fast, full);
        assert!(fast[2] == O && fast[3] == O && fast[6] == O);
    }
}
