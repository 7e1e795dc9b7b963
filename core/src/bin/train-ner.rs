//! Train the NER model: `train-ner --train FILE [--train FILE2] --out data/ner.model
//! [--epochs N] [--seed S] [--stages 1|2] [--dev FILE]`.
//!
//! Reads CoNLL files (first column word, last column IOB tag, `-DOCSTART-` between articles),
//! writes the model file, and scores it on `--dev` files when given.

use std::process::ExitCode;
use std::time::Instant;

use newsfacts_core::ner::{lexicon, model::Model, train};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut trains = Vec::new();
    let mut devs = Vec::new();
    let mut out = None;
    let mut opt = train::Options::default();
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_default();
        match a.as_str() {
            "--train" => trains.push(val()),
            "--dev" => devs.push(val()),
            "--out" => out = Some(val()),
            "--epochs" => opt.epochs = val().parse().unwrap_or(opt.epochs),
            "--seed" => opt.seed = val().parse().unwrap_or(opt.seed),
            "--stages" => opt.stages = val().parse().unwrap_or(opt.stages),
            "--folds" => opt.folds = val().parse().unwrap_or(opt.folds),
            "--min-count" => opt.min_count = val().parse().unwrap_or(opt.min_count),
            "--prune" => opt.prune = val().parse().unwrap_or(opt.prune),
            _ => {
                eprintln!("usage: train-ner --train FILE [--train FILE2] --out MODEL [--epochs N] [--seed S] [--stages 1|2] [--folds K] [--min-count N] [--prune Q] [--dev FILE]");
                return ExitCode::from(2);
            }
        }
    }
    if trains.is_empty() || out.is_none() {
        eprintln!("train-ner: --train and --out are required");
        return ExitCode::from(2);
    }
    let t0 = Instant::now();
    let lex = lexicon();
    let mut docs = Vec::new();
    for path in &trains {
        match std::fs::read_to_string(path) {
            Ok(s) => docs.extend(train::read_conll(&s)),
            Err(e) => {
                eprintln!("train-ner: cannot read {path}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    eprintln!(
        "{} articles read ({:.1}s); {opt:?}",
        docs.len(),
        t0.elapsed().as_secs_f64()
    );
    let bytes = train::train(&docs, lex, &opt, &mut |m| {
        eprintln!("[{:6.1}s] {m}", t0.elapsed().as_secs_f64())
    });
    let out = out.unwrap_or_default();
    if let Err(e) = std::fs::write(&out, &bytes) {
        eprintln!("train-ner: cannot write {out}: {e}");
        return ExitCode::FAILURE;
    }
    eprintln!(
        "wrote {out}: {} bytes, trained in {:.1}s",
        bytes.len(),
        t0.elapsed().as_secs_f64()
    );
    let Some(model) = Model::parse(&bytes) else {
        eprintln!("train-ner: the written model does not parse");
        return ExitCode::FAILURE;
    };
    for path in &devs {
        let Ok(s) = std::fs::read_to_string(path) else {
            eprintln!("train-ner: cannot read {path}");
            continue;
        };
        let d = train::read_conll(&s);
        let res = train::evaluate(&d, &model, lex, true);
        println!("{path}\n{}", train::report(&res));
    }
    ExitCode::SUCCESS
}
