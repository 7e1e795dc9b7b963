//! The Python binding of newsfacts: conversion to Python, interpreter release, thread pools,
//! exceptions. All extraction logic lives in the `newsfacts-core` crate.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use newsfacts_core::offsets::CharIndex;
use newsfacts_core::{catching, extract, extract_catching, ArticleFacts, ArticleInput, Span};
use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use pyo3::{intern, IntoPyObjectExt};

use chrono::NaiveDate;

mod tables;

create_exception!(
    _core,
    NewsfactsError,
    PyException,
    "Base class of the errors newsfacts raises itself."
);

// ---------------------------------------------------------------------------------------------
// Thread pools
// ---------------------------------------------------------------------------------------------

/// Pools by thread count, created on first use and kept for the life of the process.
fn pools() -> &'static Mutex<HashMap<usize, Arc<rayon::ThreadPool>>> {
    static POOLS: OnceLock<Mutex<HashMap<usize, Arc<rayon::ThreadPool>>>> = OnceLock::new();
    POOLS.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The process that created the pools. After a `fork` the child has the parent's pool objects
/// but none of their threads (and perhaps a lock held by a thread that no longer exists): a
/// child must not touch them. It runs its articles on the calling thread instead, as
/// tokenizers does; the check reads only this atomic, never the lock.
static POOL_PID: AtomicU32 = AtomicU32::new(0);

fn default_threads() -> usize {
    std::env::var("NEWSFACTS_NUM_THREADS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// Whether this process is a fork of one that already used a pool.
fn forked_after_pool_use() -> bool {
    let owner = POOL_PID.load(Ordering::SeqCst);
    owner != 0 && owner != std::process::id()
}

/// Whether a batch of `n` articles runs on the calling thread rather than on a pool: one
/// thread asked for, nothing to share out, or a forked child (see [`POOL_PID`]).
fn on_calling_thread(threads: usize, n: usize) -> bool {
    threads <= 1 || n <= 1 || forked_after_pool_use()
}

fn pool(threads: usize) -> Result<Arc<rayon::ThreadPool>, String> {
    POOL_PID.store(std::process::id(), Ordering::SeqCst);
    let mut map = pools().lock().unwrap_or_else(|e| e.into_inner());
    if let Some(p) = map.get(&threads) {
        return Ok(p.clone());
    }
    let p = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("newsfacts-{i}"))
        .build()
        .map_err(|e| format!("cannot start {threads} threads: {e}"))?;
    let p = Arc::new(p);
    map.insert(threads, p.clone());
    Ok(p)
}

/// Run every article through `article` (normally [`extract_catching`]) on `threads` threads;
/// results in input order.
fn run_batch<F>(
    inputs: &[ArticleInput],
    threads: usize,
    article: F,
) -> Result<Vec<ArticleFacts>, String>
where
    F: Fn(&ArticleInput) -> ArticleFacts + Sync + Send,
{
    use rayon::prelude::*;
    if on_calling_thread(threads, inputs.len()) {
        return Ok(inputs.iter().map(article).collect());
    }
    let pool = pool(threads)?;
    Ok(pool.install(|| inputs.par_iter().with_max_len(1).map(article).collect()))
}

/// How many results the calling thread lets wait for conversion while it extracts (see
/// [`run_streaming`]).
const EXTRACT_RUN: usize = 16;

/// Run every article through `article` on `threads` threads and hand each result, in input
/// order, to `convert` on the calling thread (which holds the interpreter) as soon as it and
/// every result before it are ready.
///
/// Conversion to Python objects must hold the interpreter, so it cannot run in parallel. The
/// calling thread therefore counts as one of the `threads`: the pool gets `threads - 1` workers,
/// and the calling thread converts the next result in order when it is ready and otherwise
/// extracts unclaimed articles itself (with the interpreter released), until
/// [`EXTRACT_RUN`] results wait for conversion or none is left to claim. So `threads`
/// threads share the work and no core is oversubscribed: with a pool of `threads` workers plus a
/// converting thread, three threads competed for two cores and the step from 1 to 2 threads
/// lost 10–20% against the table path, which has no conversion. Articles are claimed in input
/// order from one counter, so results arrive nearly in order and few wait to be converted.
fn run_streaming<'py, F, C>(
    py: Python<'py>,
    inputs: &[ArticleInput],
    threads: usize,
    article: F,
    mut convert: C,
) -> PyResult<()>
where
    F: Fn(&ArticleInput) -> ArticleFacts + Sync + Send,
    C: FnMut(usize, &ArticleFacts) -> PyResult<()>,
{
    use std::sync::atomic::AtomicUsize;
    use std::sync::Condvar;
    let n = inputs.len();
    if on_calling_thread(threads, n) {
        let results = py.detach(|| inputs.iter().map(&article).collect::<Vec<_>>());
        for (i, f) in results.iter().enumerate() {
            convert(i, f)?;
        }
        return Ok(());
    }
    let workers = threads - 1;
    let pool = pool(workers).map_err(NewsfactsError::new_err)?;
    let next = AtomicUsize::new(0);
    let slots: Mutex<Vec<Option<ArticleFacts>>> = Mutex::new((0..n).map(|_| None).collect());
    let ready = Condvar::new();
    // How many results have been filed (by any thread).
    let filed = AtomicUsize::new(0);
    // Extract article `j` and file its result. `article` catches panics itself; catching again
    // costs nothing and guarantees every claimed slot is filled, so the wait below cannot hang.
    let run_one = |j: usize| {
        let f = catching(&inputs[j], &article);
        slots.lock().unwrap_or_else(|e| e.into_inner())[j] = Some(f);
        filed.fetch_add(1, Ordering::Relaxed);
        ready.notify_one();
    };
    // The next unclaimed article, if any (the counter only grows; it stops far below overflow).
    let claim = || Some(next.fetch_add(1, Ordering::Relaxed)).filter(|&j| j < n);
    pool.in_place_scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|_| {
                while let Some(j) = claim() {
                    run_one(j);
                }
            });
        }
        let mut done = || -> PyResult<()> {
            for i in 0..n {
                let f = loop {
                    let taken = slots.lock().unwrap_or_else(|e| e.into_inner())[i].take();
                    if let Some(f) = taken {
                        break f;
                    }
                    if let Some(j) = claim() {
                        // Extract a run of articles before converting again: switching between
                        // the engine's tables and the interpreter's objects after every article
                        // costs the calling thread its cache. In 8 interleaved rounds the step
                        // from 1 to 2 threads went from a median 1.84x (1.42-2.18) to 2.01x.
                        py.detach(|| {
                            run_one(j);
                            while filed.load(Ordering::Relaxed) < i + EXTRACT_RUN {
                                match claim() {
                                    Some(j) => run_one(j),
                                    None => break,
                                }
                            }
                        });
                        continue;
                    }
                    // Every article is claimed, so a worker is extracting article `i`.
                    break py.detach(|| {
                        let mut g = slots.lock().unwrap_or_else(|e| e.into_inner());
                        loop {
                            if let Some(f) = g[i].take() {
                                return f;
                            }
                            g = ready.wait(g).unwrap_or_else(|e| e.into_inner());
                        }
                    });
                };
                convert(i, &f)?;
            }
            Ok(())
        };
        let result = done();
        if result.is_err() {
            // Stop the workers after their current article; the scope waits for them.
            next.store(n, Ordering::Relaxed);
        }
        result
    })
}

// ---------------------------------------------------------------------------------------------
// Conversion to Python
// ---------------------------------------------------------------------------------------------

struct Converter<'t> {
    text: &'t str,
    idx: CharIndex,
}

impl<'t> Converter<'t> {
    fn new(text: &'t str) -> Self {
        Converter {
            text,
            idx: CharIndex::new(text),
        }
    }
    fn pos(&self, byte: usize) -> usize {
        self.idx.char_offset(byte)
    }
    fn span_into(&self, py: Python<'_>, d: &Bound<'_, PyDict>, s: Span) -> PyResult<()> {
        d.set_item(intern!(py, "start"), self.pos(s.start))?;
        d.set_item(intern!(py, "end"), self.pos(s.end))?;
        d.set_item(intern!(py, "text"), s.slice(self.text))?;
        Ok(())
    }
}

/// Empty dicts with every key of each kind of result item, in the schema's order, and the
/// Python strings of the engine's fixed labels. An item starts as a copy of its shape: copying a
/// small dict is one allocation and a block copy, where filling a fresh dict key by key grows
/// its table twice; and "PER" or "direct" is the same string object in every item.
struct Shapes<'py> {
    article: Bound<'py, PyDict>,
    span: Bound<'py, PyDict>,
    entity: Bound<'py, PyDict>,
    mention: Bound<'py, PyDict>,
    quote: Bound<'py, PyDict>,
    date: Bound<'py, PyDict>,
    /// Strings of `&'static str` labels, found by address (a handful, so a linear scan).
    labels: Vec<(&'static str, Bound<'py, PyString>)>,
}

impl<'py> Shapes<'py> {
    fn new(py: Python<'py>) -> PyResult<Self> {
        let shape = |keys: &[&Bound<'py, PyString>]| -> PyResult<Bound<'py, PyDict>> {
            let d = PyDict::new(py);
            for k in keys {
                d.set_item(*k, py.None())?;
            }
            Ok(d)
        };
        let (start, end, text) = (
            intern!(py, "start"),
            intern!(py, "end"),
            intern!(py, "text"),
        );
        Ok(Shapes {
            article: shape(&[
                intern!(py, "id"),
                intern!(py, "title"),
                intern!(py, "published"),
                intern!(py, "language"),
                intern!(py, "boilerplate"),
                intern!(py, "sentences"),
                intern!(py, "entities"),
                intern!(py, "mentions"),
                intern!(py, "quotes"),
                intern!(py, "dates"),
                intern!(py, "error"),
            ])?,
            span: shape(&[start, end, text])?,
            entity: shape(&[
                intern!(py, "id"),
                intern!(py, "name"),
                intern!(py, "label"),
                intern!(py, "mentions"),
                intern!(py, "first"),
                intern!(py, "salience"),
                intern!(py, "role"),
                intern!(py, "affiliation"),
                intern!(py, "country"),
                intern!(py, "geonameid"),
                intern!(py, "lat"),
                intern!(py, "lon"),
                intern!(py, "members"),
            ])?,
            mention: shape(&[
                start,
                end,
                text,
                intern!(py, "label"),
                intern!(py, "entity"),
                intern!(py, "kind"),
                intern!(py, "stands_for"),
            ])?,
            quote: shape(&[
                start,
                end,
                text,
                intern!(py, "kind"),
                intern!(py, "cue"),
                intern!(py, "speaker"),
                intern!(py, "speaker_entity"),
                intern!(py, "speaker_start"),
                intern!(py, "speaker_end"),
            ])?,
            date: shape(&[start, end, text, intern!(py, "type"), intern!(py, "value")])?,
            labels: Vec::new(),
        })
    }

    /// The Python string of a fixed label.
    fn label(&mut self, py: Python<'py>, s: &'static str) -> Bound<'py, PyString> {
        if let Some((_, o)) = self.labels.iter().find(|(k, _)| std::ptr::eq(*k, s)) {
            return o.clone();
        }
        let o = PyString::new(py, s);
        self.labels.push((s, o.clone()));
        o
    }
}

fn facts_to_dict<'py>(
    py: Python<'py>,
    shapes: &mut Shapes<'py>,
    text: &str,
    f: &ArticleFacts,
) -> PyResult<Bound<'py, PyDict>> {
    let c = Converter::new(text);
    let d = shapes.article.copy()?;
    d.set_item(intern!(py, "title"), f.title.as_deref())?;
    d.set_item(intern!(py, "published"), f.published.as_deref())?;
    d.set_item(intern!(py, "language"), f.language.as_str())?;

    let mut bp = Vec::with_capacity(f.boilerplate.len());
    for s in &f.boilerplate {
        let x = shapes.span.copy()?;
        c.span_into(py, &x, *s)?;
        bp.push(x);
    }
    d.set_item(intern!(py, "boilerplate"), PyList::new(py, bp)?)?;
    d.set_item(intern!(py, "sentences"), f.sentences)?;

    let mut ents = Vec::with_capacity(f.entities.len());
    for e in &f.entities {
        let x = shapes.entity.copy()?;
        x.set_item(intern!(py, "id"), e.id)?;
        x.set_item(intern!(py, "name"), e.name.as_str())?;
        x.set_item(intern!(py, "label"), shapes.label(py, e.label.as_str()))?;
        x.set_item(intern!(py, "mentions"), e.mentions)?;
        x.set_item(intern!(py, "first"), c.pos(e.first))?;
        x.set_item(intern!(py, "salience"), e.salience)?;
        x.set_item(intern!(py, "role"), e.role.as_deref())?;
        x.set_item(intern!(py, "affiliation"), e.affiliation.as_deref())?;
        x.set_item(intern!(py, "country"), e.country.as_deref())?;
        x.set_item(intern!(py, "geonameid"), e.geonameid)?;
        x.set_item(intern!(py, "lat"), e.lat)?;
        x.set_item(intern!(py, "lon"), e.lon)?;
        x.set_item(
            intern!(py, "members"),
            PyList::new(py, e.members.iter().map(String::as_str))?,
        )?;
        ents.push(x);
    }
    d.set_item(intern!(py, "entities"), PyList::new(py, ents)?)?;

    let mut ments = Vec::with_capacity(f.mentions.len());
    for m in &f.mentions {
        let x = shapes.mention.copy()?;
        c.span_into(py, &x, m.span)?;
        x.set_item(intern!(py, "label"), shapes.label(py, m.label.as_str()))?;
        x.set_item(intern!(py, "entity"), m.entity)?;
        x.set_item(intern!(py, "kind"), shapes.label(py, m.kind.as_str()))?;
        x.set_item(intern!(py, "stands_for"), m.stands_for.as_deref())?;
        ments.push(x);
    }
    d.set_item(intern!(py, "mentions"), PyList::new(py, ments)?)?;

    let mut quotes = Vec::with_capacity(f.quotes.len());
    for q in &f.quotes {
        let x = shapes.quote.copy()?;
        c.span_into(py, &x, q.span)?;
        x.set_item(intern!(py, "kind"), shapes.label(py, q.kind.as_str()))?;
        x.set_item(intern!(py, "cue"), q.cue.as_deref())?;
        x.set_item(intern!(py, "speaker"), q.speaker.as_deref())?;
        x.set_item(intern!(py, "speaker_entity"), q.speaker_entity)?;
        if let Some(s) = q.speaker_span {
            x.set_item(intern!(py, "speaker_start"), c.pos(s.start))?;
            x.set_item(intern!(py, "speaker_end"), c.pos(s.end))?;
        }
        quotes.push(x);
    }
    d.set_item(intern!(py, "quotes"), PyList::new(py, quotes)?)?;

    let mut dates = Vec::with_capacity(f.dates.len());
    for t in &f.dates {
        let x = shapes.date.copy()?;
        c.span_into(py, &x, t.span)?;
        x.set_item(intern!(py, "type"), shapes.label(py, t.timex_type))?;
        x.set_item(intern!(py, "value"), t.value.as_deref())?;
        dates.push(x);
    }
    d.set_item(intern!(py, "dates"), PyList::new(py, dates)?)?;
    d.set_item(intern!(py, "error"), f.error.as_deref())?;
    Ok(d)
}

fn parse_date(s: &str) -> PyResult<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| {
        PyValueError::new_err(format!(
            "published must be a date as 'YYYY-MM-DD', got {s:?}"
        ))
    })
}

// ---------------------------------------------------------------------------------------------
// Module functions
// ---------------------------------------------------------------------------------------------

/// The engine's inputs from the parallel lists the Python wrapper passes (already validated
/// there; checked again here because this function is reachable from Python directly).
fn prepare<'a>(
    texts: &'a [Bound<'_, PyString>],
    titles: &'a [Option<Bound<'_, PyString>>],
    published: &[Option<Bound<'_, PyString>>],
) -> PyResult<Vec<ArticleInput<'a>>> {
    let n = texts.len();
    if titles.len() != n || published.len() != n {
        return Err(PyValueError::new_err(
            "texts, titles and published must have the same length",
        ));
    }
    let mut inputs = Vec::with_capacity(n);
    for i in 0..n {
        inputs.push(ArticleInput {
            text: texts[i].to_str()?,
            title: titles[i].as_ref().map(|t| t.to_str()).transpose()?,
            published: published[i]
                .as_ref()
                .map(|p| p.to_str().and_then(parse_date))
                .transpose()?,
        });
    }
    Ok(inputs)
}

/// The thread count a call asked for, or the default.
fn thread_count(threads: Option<usize>) -> PyResult<usize> {
    match threads {
        Some(0) => Err(PyValueError::new_err("threads must be at least 1")),
        Some(t) => Ok(t),
        None => Ok(default_threads()),
    }
}

/// Run the inputs with the interpreter released.
fn run(
    py: Python<'_>,
    inputs: &[ArticleInput],
    threads: Option<usize>,
) -> PyResult<Vec<ArticleFacts>> {
    let threads = thread_count(threads)?;
    py.detach(|| run_batch(inputs, threads, extract_catching))
        .map_err(NewsfactsError::new_err)
}

/// Extract facts from a batch of articles (the Python wrapper validates the inputs).
///
/// `texts`, `titles` and `published` are parallel lists; `published` items are "YYYY-MM-DD"
/// strings or None. Returns one dict per article, in input order, with `id` set to None.
#[pyfunction]
#[pyo3(signature = (texts, titles, published, threads=None))]
fn extract_batch<'py>(
    py: Python<'py>,
    texts: Vec<Bound<'py, PyString>>,
    titles: Vec<Option<Bound<'py, PyString>>>,
    published: Vec<Option<Bound<'py, PyString>>>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let inputs = prepare(&texts, &titles, &published)?;
    let out = PyList::empty(py);
    let mut shapes = Shapes::new(py)?;
    run_streaming(
        py,
        &inputs,
        thread_count(threads)?,
        extract_catching,
        |i, f| out.append(facts_to_dict(py, &mut shapes, inputs[i].text, f)?),
    )?;
    Ok(out)
}

/// Like `extract_batch`, but the results come back as the raw Arrow buffers of five tables
/// (see `tables.rs`); `base` is added to the `article` position columns.
#[pyfunction]
#[pyo3(signature = (texts, titles, published, threads=None, base=0))]
fn extract_tables<'py>(
    py: Python<'py>,
    texts: Vec<Bound<'py, PyString>>,
    titles: Vec<Option<Bound<'py, PyString>>>,
    published: Vec<Option<Bound<'py, PyString>>>,
    threads: Option<usize>,
    base: usize,
) -> PyResult<Bound<'py, PyDict>> {
    let inputs = prepare(&texts, &titles, &published)?;
    let results = run(py, &inputs, threads)?;
    let strs: Vec<&str> = inputs.iter().map(|i| i.text).collect();
    tables::build(py, &strs, &results, base)
}

/// For tests of the isolation boundary: run a batch in which the article at `panic_at` panics
/// inside the engine, through the same pool and catch as `extract_batch`.
#[pyfunction]
#[pyo3(signature = (texts, panic_at, threads=None))]
fn _panic_probe<'py>(
    py: Python<'py>,
    texts: Vec<String>,
    panic_at: usize,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let inputs: Vec<ArticleInput> = texts.iter().map(|t| ArticleInput::new(t)).collect();
    let target = inputs
        .get(panic_at)
        .map(|i| i as *const ArticleInput as usize);
    let probe = |input: &ArticleInput| {
        let is_target = target == Some(input as *const ArticleInput as usize);
        catching(input, |i| {
            if is_target {
                panic!("probe panic in article {panic_at}");
            }
            extract(i)
        })
    };
    let out = PyList::empty(py);
    let mut shapes = Shapes::new(py)?;
    run_streaming(py, &inputs, threads.unwrap_or(2), probe, |i, f| {
        out.append(facts_to_dict(py, &mut shapes, inputs[i].text, f)?)
    })?;
    Ok(out)
}

/// The number of threads a batch uses when `threads` is not given.
#[pyfunction]
fn default_thread_count() -> usize {
    default_threads()
}

/// Run the pipeline on one article and return the engine's own JSON (byte offsets): for
/// debugging and for comparing with the dict output.
#[pyfunction]
#[pyo3(signature = (text, published=None))]
fn extract_json(py: Python<'_>, text: &str, published: Option<&str>) -> PyResult<String> {
    let published = published.map(parse_date).transpose()?;
    let input = ArticleInput {
        text,
        title: None,
        published,
    };
    let f = py.detach(|| extract_catching(&input));
    serde_json_string(&f)
}

fn serde_json_string(f: &ArticleFacts) -> PyResult<String> {
    newsfacts_core::facts::to_json(f).map_err(NewsfactsError::new_err)
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("NewsfactsError", py.get_type::<NewsfactsError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION").into_py_any(py)?)?;
    m.add_function(wrap_pyfunction!(extract_batch, m)?)?;
    m.add_function(wrap_pyfunction!(extract_tables, m)?)?;
    m.add_function(wrap_pyfunction!(default_thread_count, m)?)?;
    m.add_function(wrap_pyfunction!(extract_json, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_probe, m)?)?;
    Ok(())
}
