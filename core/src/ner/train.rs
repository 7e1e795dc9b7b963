//! Training: CoNLL files → averaged structured perceptron → model file.
//!
//! Each CoNLL document becomes an article the way the scorers build it (tokens joined by spaces,
//! one sentence per line) and goes through the runtime segmenter, so training sees exactly the
//! tokens and sentences the tagger sees at run time. IOB1/IOB2 names are mapped onto those
//! tokens as BILOU labels. Stage 2's document features need stage-1 labels on the training
//! data: they come from K-fold jackknifing (each fold labelled by a model trained without it),
//! so stage 2 learns how far to trust stage 1 on unseen text.

use std::collections::HashMap;
use std::ops::Range;

use crate::facts::{Label, Span};
use crate::segment::{self, Doc};

use super::decode::{self, START};
use super::features::{sentence_keys, DocCtx, DocStats, Part};
use super::lexicon::Lexicon;
use super::model::{quantise, serialise, Model, StageParts};
use super::{label_doc, mentions, N_LABELS};

/// One training article.
pub struct TrainDoc {
    pub text: String,
    pub doc: Doc,
    /// BILOU label of each token of `doc`.
    pub gold: Vec<u8>,
    /// The CoNLL tokens (byte spans in `text`) and gold names over them, for scoring.
    pub conll_tokens: Vec<Span>,
    pub conll_names: Vec<(usize, usize, usize)>,
}

fn type_index(t: &str) -> Option<usize> {
    match t {
        "PER" => Some(0),
        "ORG" => Some(1),
        "LOC" => Some(2),
        "MISC" => Some(3),
        _ => None,
    }
}

/// Names `(start, end_exclusive, type)` from IOB1 or IOB2 tags (as the scorer reads them).
/// Types other than PER, ORG, LOC, MISC are ignored.
pub fn iob_chunks(tags: &[&str]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    for (i, t) in tags.iter().chain(std::iter::once(&"O")).enumerate() {
        let (pre, ty) = t.split_once('-').unwrap_or((t, ""));
        if let Some((s, oty)) = open {
            if *t == "O" || pre == "B" || ty != oty {
                if let Some(k) = type_index(oty) {
                    out.push((s, i, k));
                }
                open = None;
            }
        }
        if *t != "O" && open.is_none() {
            open = Some((i, ty));
        }
    }
    out
}

/// Build one training article from sentences of (word, tag).
pub fn make_doc(sents: &[Vec<(&str, &str)>]) -> TrainDoc {
    let mut text = String::new();
    let mut conll_tokens = Vec::new();
    let mut conll_names = Vec::new();
    for sent in sents {
        let base = conll_tokens.len();
        for (k, (w, _)) in sent.iter().enumerate() {
            if k > 0 {
                text.push(' ');
            }
            conll_tokens.push(Span::new(text.len(), text.len() + w.len()));
            text.push_str(w);
        }
        let tags: Vec<&str> = sent.iter().map(|x| x.1).collect();
        conll_names.extend(
            iob_chunks(&tags)
                .into_iter()
                .map(|(s, e, t)| (s + base, e + base, t)),
        );
        text.push('\n');
    }
    let bp = crate::boilerplate::detect(&text);
    let doc = segment::segment(&text, &bp);
    // Map runtime tokens to CoNLL tokens, then names to runtime-token BILOU labels.
    let owner: Vec<usize> = doc
        .tokens
        .iter()
        .map(|t| {
            conll_tokens
                .partition_point(|c| c.start <= t.start)
                .saturating_sub(1)
        })
        .collect();
    let mut chunks = Vec::new();
    for &(s, e, ty) in &conll_names {
        let a = owner.partition_point(|&o| o < s);
        let b = owner.partition_point(|&o| o < e);
        if a < b {
            chunks.push((a, b, ty));
        }
    }
    let gold = decode::encode(doc.tokens.len(), &chunks);
    TrainDoc {
        text,
        doc,
        gold,
        conll_tokens,
        conll_names,
    }
}

/// Read a CoNLL file (first column word, last column tag; `-DOCSTART-` separates articles).
pub fn read_conll(src: &str) -> Vec<TrainDoc> {
    let mut docs = Vec::new();
    let mut doc: Vec<Vec<(&str, &str)>> = Vec::new();
    let mut sent: Vec<(&str, &str)> = Vec::new();
    for line in src.lines() {
        let parts: Vec<&str> = line.split_whitespace().collect();
        if parts.is_empty() {
            if !sent.is_empty() {
                doc.push(std::mem::take(&mut sent));
            }
            continue;
        }
        if parts[0] == "-DOCSTART-" {
            if !sent.is_empty() {
                doc.push(std::mem::take(&mut sent));
            }
            if !doc.is_empty() {
                docs.push(make_doc(&doc));
                doc.clear();
            }
            continue;
        }
        sent.push((parts[0], parts[parts.len() - 1]));
    }
    if !sent.is_empty() {
        doc.push(sent);
    }
    if !doc.is_empty() {
        docs.push(make_doc(&doc));
    }
    docs
}

/// Training options.
#[derive(Debug, Clone)]
pub struct Options {
    pub epochs: usize,
    pub seed: u64,
    /// 1: local features only; 2: plus document-level features from stage 1.
    pub stages: usize,
    pub folds: usize,
    /// Features seen fewer times than this are dropped.
    pub min_count: u32,
    /// Quantised weights below this magnitude are pruned.
    pub prune: i16,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            epochs: 10,
            seed: 1,
            stages: 2,
            folds: 5,
            min_count: 2,
            prune: 2,
        }
    }
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Feature ids of every token of the corpus for one stage.
struct Data {
    /// Per global token: range in `ids`.
    tok: Vec<Range<u32>>,
    ids: Vec<u32>,
    /// Per sentence: (doc, global token range).
    sents: Vec<(usize, Range<usize>)>,
    gold: Vec<u8>,
    keys: Vec<u32>,
}

/// Extract keys for all docs, intern those seen `min_count` times.
fn build_data(
    ctxs: &[DocCtx],
    docs: &[TrainDoc],
    stats: Option<&[DocStats]>,
    min_count: u32,
) -> Data {
    let mut all_keys: Vec<u32> = Vec::new();
    let mut tok_end: Vec<u32> = Vec::new();
    let mut sents = Vec::new();
    let mut gold = Vec::new();
    let mut offs = Vec::new();
    let mut base = 0usize;
    for (d, ctx) in ctxs.iter().enumerate() {
        // Tokens outside sentences get no features; keep indexing global by doc token index.
        let n = ctx.tokens.len();
        let mut per_tok: Vec<Range<usize>> = vec![0..0; n];
        for (si, r) in ctx.sentences.iter().enumerate() {
            offs.clear();
            let start = all_keys.len();
            let st = stats.map(|s| &s[d]);
            let part = if st.is_some() {
                Part::Both
            } else {
                Part::Static
            };
            sentence_keys(ctx, si, st, part, &mut all_keys, &mut offs);
            let mut from = start;
            for (k, &e) in offs.iter().enumerate() {
                per_tok[r.start + k] = from..e as usize;
                from = e as usize;
            }
            sents.push((d, base + r.start..base + r.end));
        }
        for r in per_tok {
            tok_end.push(r.start as u32);
            tok_end.push(r.end as u32);
        }
        gold.extend_from_slice(&docs[d].gold);
        base += n;
    }
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for &k in &all_keys {
        *counts.entry(k).or_insert(0) += 1;
    }
    let mut keys: Vec<u32> = counts
        .iter()
        .filter(|(_, &c)| c >= min_count)
        .map(|(&k, _)| k)
        .collect();
    keys.sort_unstable();
    let id_of: HashMap<u32, u32> = keys
        .iter()
        .enumerate()
        .map(|(i, &k)| (k, i as u32))
        .collect();
    let mut ids = Vec::with_capacity(all_keys.len());
    let mut tok = Vec::with_capacity(tok_end.len() / 2);
    for pair in tok_end.chunks(2) {
        let s = ids.len() as u32;
        for &k in &all_keys[pair[0] as usize..pair[1] as usize] {
            if let Some(&id) = id_of.get(&k) {
                ids.push(id);
            }
        }
        tok.push(s..ids.len() as u32);
    }
    Data {
        tok,
        ids,
        sents,
        gold,
        keys,
    }
}

/// Averaged structured perceptron over the sentences `subset` of `data`.
/// Returns (averaged weights, averaged transitions).
fn perceptron(data: &Data, subset: &[usize], epochs: usize, seed: u64) -> (Vec<f32>, Vec<f32>) {
    let nf = data.keys.len();
    let nt = (N_LABELS + 1) * N_LABELS;
    let mut w = vec![0f32; nf * N_LABELS];
    let mut u = vec![0f32; nf * N_LABELS];
    let mut tw = vec![0f32; nt];
    let mut tu = vec![0f32; nt];
    let mut c = 1f32;
    let mut order: Vec<usize> = subset.to_vec();
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut scores = Vec::new();
    let mut back = Vec::new();
    let mut pred = Vec::new();
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &si in &order {
            let r = data.sents[si].1.clone();
            let n = r.len();
            scores.clear();
            for t in r.clone() {
                let mut acc = [0f32; N_LABELS];
                let fr = &data.tok[t];
                for &f in &data.ids[fr.start as usize..fr.end as usize] {
                    let row = &w[f as usize * N_LABELS..(f as usize + 1) * N_LABELS];
                    for (a, &x) in acc.iter_mut().zip(row) {
                        *a += x;
                    }
                }
                scores.extend_from_slice(&acc);
            }
            pred.clear();
            pred.resize(n, 0u8);
            decode::viterbi(&scores, &tw, &mut back, &mut pred);
            let gold = &data.gold[r.clone()];
            if pred[..] != gold[..] {
                for k in 0..n {
                    let (g, p) = (gold[k] as usize, pred[k] as usize);
                    if g != p {
                        let fr = &data.tok[r.start + k];
                        for &f in &data.ids[fr.start as usize..fr.end as usize] {
                            let b = f as usize * N_LABELS;
                            w[b + g] += 1.0;
                            u[b + g] += c;
                            w[b + p] -= 1.0;
                            u[b + p] -= c;
                        }
                    }
                    let gp = if k == 0 { START } else { gold[k - 1] as usize };
                    let pp = if k == 0 { START } else { pred[k - 1] as usize };
                    if (gp, g) != (pp, p) {
                        tw[gp * N_LABELS + g] += 1.0;
                        tu[gp * N_LABELS + g] += c;
                        tw[pp * N_LABELS + p] -= 1.0;
                        tu[pp * N_LABELS + p] -= c;
                    }
                }
            }
            c += 1.0;
        }
    }
    for (x, y) in w.iter_mut().zip(&u) {
        *x -= y / c;
    }
    for (x, y) in tw.iter_mut().zip(&tu) {
        *x -= y / c;
    }
    (w, tw)
}

fn compile(data: &Data, w: &[f32], trans: Vec<f32>, prune: i16) -> StageParts {
    let (scale, keys, rows) = quantise(&data.keys, w, prune);
    (scale, trans, keys, rows)
}

/// Train a model on `docs`; returns the model file's bytes. `log` receives progress lines.
pub fn train(
    docs: &[TrainDoc],
    lex: &Lexicon,
    opt: &Options,
    log: &mut dyn FnMut(&str),
) -> Vec<u8> {
    let ctxs: Vec<DocCtx> = docs
        .iter()
        .map(|d| DocCtx::new(&d.text, &d.doc, lex))
        .collect();
    let data1 = build_data(&ctxs, docs, None, opt.min_count);
    log(&format!(
        "stage 1: {} sentences, {} tokens, {} features",
        data1.sents.len(),
        data1.gold.len(),
        data1.keys.len()
    ));
    let all: Vec<usize> = (0..data1.sents.len()).collect();
    let (w1, t1) = perceptron(&data1, &all, opt.epochs, opt.seed);
    let s1 = compile(&data1, &w1, t1, opt.prune);
    drop(w1);
    let mut stages = vec![s1];
    if opt.stages >= 2 && opt.folds >= 2 {
        // Jackknifed stage-1 labels for the training data.
        let mut labels: Vec<Vec<u8>> = docs.iter().map(|d| vec![0u8; d.doc.tokens.len()]).collect();
        for k in 0..opt.folds {
            let train_sents: Vec<usize> = all
                .iter()
                .copied()
                .filter(|&s| data1.sents[s].0 % opt.folds != k)
                .collect();
            let (w, t) = perceptron(&data1, &train_sents, opt.epochs, opt.seed + 1 + k as u64);
            let fold_model = Model::from_parts(&[compile(&data1, &w, t, opt.prune)]);
            for (d, ctx) in ctxs.iter().enumerate() {
                if d % opt.folds == k {
                    labels[d] = label_doc(ctx, &fold_model);
                }
            }
            log(&format!("stage 1 fold {} done", k + 1));
        }
        let stats: Vec<DocStats> = ctxs
            .iter()
            .zip(&labels)
            .map(|(c, l)| DocStats::new(c, l))
            .collect();
        let data2 = build_data(&ctxs, docs, Some(&stats), opt.min_count);
        log(&format!("stage 2: {} features", data2.keys.len()));
        let (w2, t2) = perceptron(&data2, &all, opt.epochs, opt.seed + 100);
        stages.push(compile(&data2, &w2, t2, opt.prune));
    }
    serialise(&stages)
}

/// Precision/recall/F1 counts per type (PER, ORG, LOC, MISC; NORP counts as MISC) on CoNLL
/// tokens, exact spans, as the project's scorer counts them: (tp, predicted, gold) per type.
pub fn evaluate(docs: &[TrainDoc], model: &Model, lex: &Lexicon) -> [(usize, usize, usize); 4] {
    let mut res = [(0usize, 0usize, 0usize); 4];
    for d in docs {
        let ctx = DocCtx::new(&d.text, &d.doc, lex);
        let labels = label_doc(&ctx, model);
        let ms = mentions(&d.text, &d.doc.tokens, &labels, lex);
        let mut pred = std::collections::HashSet::new();
        for m in ms {
            let t = match m.label {
                Label::PER => 0,
                Label::ORG => 1,
                Label::LOC => 2,
                Label::MISC | Label::NORP => 3,
            };
            let a = d.conll_tokens.partition_point(|c| c.end <= m.span.start);
            let b = d.conll_tokens.partition_point(|c| c.start < m.span.end);
            if a < b {
                pred.insert((a, b, t));
            }
        }
        for &(s, e, t) in &d.conll_names {
            res[t].2 += 1;
            if pred.contains(&(s, e, t)) {
                res[t].0 += 1;
            }
        }
        for &(_, _, t) in &pred {
            res[t].1 += 1;
        }
    }
    res
}

/// F1 lines for a report: per type and overall.
pub fn report(res: &[(usize, usize, usize); 4]) -> String {
    let f = |tp: usize, p: usize, g: usize| -> (f64, f64, f64) {
        let pr = if p > 0 { tp as f64 / p as f64 } else { 0.0 };
        let rc = if g > 0 { tp as f64 / g as f64 } else { 0.0 };
        let f1 = if pr + rc > 0.0 {
            2.0 * pr * rc / (pr + rc)
        } else {
            0.0
        };
        (pr * 100.0, rc * 100.0, f1 * 100.0)
    };
    let mut out = String::new();
    let (mut tp, mut p, mut g) = (0, 0, 0);
    for (i, name) in ["PER", "ORG", "LOC", "MISC"].iter().enumerate() {
        let (a, b, c) = res[i];
        tp += a;
        p += b;
        g += c;
        let (pr, rc, f1) = f(a, b, c);
        out.push_str(&format!(
            "{name:5} P {pr:5.1} R {rc:5.1} F1 {f1:5.1}  ({c} gold)\n"
        ));
    }
    let (pr, rc, f1) = f(tp, p, g);
    out.push_str(&format!("overall F1 {f1:.2} (P {pr:.2}, R {rc:.2})"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iob1_and_iob2_chunks() {
        assert_eq!(
            iob_chunks(&["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-MISC"]),
            vec![(0, 2, 0), (3, 4, 2), (4, 5, 2), (5, 6, 3)]
        );
        assert_eq!(
            iob_chunks(&["B-ORG", "I-ORG", "B-PER", "O", "B-DATE"]),
            vec![(0, 2, 1), (2, 3, 0)]
        );
    }

    #[test]
    fn conll_to_runtime_tokens() {
        let src = "-DOCSTART- -X- O O\n\nJohn NNP I-NP I-PER\nSmith NNP I-NP I-PER\nvisited VBD O O\nNew NNP O I-LOC\nYork NNP O I-LOC\n. . O O\n";
        let docs = read_conll(src);
        assert_eq!(docs.len(), 1);
        let d = &docs[0];
        assert_eq!(d.text, "John Smith visited New York .\n");
        assert_eq!(d.gold, vec![1, 3, 0, 9, 11, 0]);
        assert_eq!(d.conll_names, vec![(0, 2, 0), (3, 5, 2)]);
    }

    fn corpus() -> String {
        // A tiny corpus written for this test: names in varied contexts.
        let sents: &[&[(&str, &str)]] = &[
            &[
                ("Maria", "I-PER"),
                ("Lopez", "I-PER"),
                ("visited", "O"),
                ("Vienna", "I-LOC"),
                (".", "O"),
            ],
            &[
                ("Peter", "I-PER"),
                ("Novak", "I-PER"),
                ("joined", "O"),
                ("Acme", "I-ORG"),
                ("Corp", "I-ORG"),
                (".", "O"),
            ],
            &[
                ("The", "O"),
                ("Acme", "I-ORG"),
                ("Corp", "I-ORG"),
                ("office", "O"),
                ("in", "O"),
                ("Vienna", "I-LOC"),
                ("closed", "O"),
                (".", "O"),
            ],
            &[
                ("Lopez", "I-PER"),
                ("said", "O"),
                ("the", "O"),
                ("Olympic", "I-MISC"),
                ("Games", "I-MISC"),
                ("were", "O"),
                ("in", "O"),
                ("Oslo", "I-LOC"),
                (".", "O"),
            ],
            &[
                ("Novak", "I-PER"),
                ("flew", "O"),
                ("to", "O"),
                ("Oslo", "I-LOC"),
                ("with", "O"),
                ("Maria", "I-PER"),
                (".", "O"),
            ],
        ];
        let mut s = String::from("-DOCSTART- -X- O O\n\n");
        for sent in sents {
            for (w, t) in sent.iter() {
                s.push_str(&format!("{w} X X {t}\n"));
            }
            s.push('\n');
        }
        s
    }

    #[test]
    fn training_smoke_test_learns_its_corpus() {
        let docs = read_conll(&corpus());
        let lex = Lexicon::parse("");
        for stages in [1, 2] {
            let opt = Options {
                epochs: 8,
                stages,
                folds: 2,
                min_count: 1,
                prune: 0,
                ..Options::default()
            };
            let bytes = train(&docs, &lex, &opt, &mut |_| {});
            let model = Model::parse(&bytes).expect("model parses");
            assert_eq!(model.n_stages, stages);
            let res = evaluate(&docs, &model, &lex);
            let tp: usize = res.iter().map(|r| r.0).sum();
            let gold: usize = res.iter().map(|r| r.2).sum();
            let pred: usize = res.iter().map(|r| r.1).sum();
            assert_eq!(
                (tp, pred),
                (gold, gold),
                "stages {stages}: {}",
                report(&res)
            );
            // Reproducible: same seed, same bytes.
            assert_eq!(train(&docs, &lex, &opt, &mut |_| {}), bytes);
        }
    }
}
