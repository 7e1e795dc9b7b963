//! The bulk path: results as Arrow columns built in Rust, handed to Python as raw buffers that
//! pyarrow wraps without copying (`pyarrow.Array.from_buffers`).
//!
//! Why not arrow-rs + pyo3-arrow: this needs four column types (int64, float64, large_string,
//! list of large_string), whose Arrow layouts are a few lines each, while arrow-rs adds minutes
//! of compile time on a 2-core CI machine and megabytes to the wheel. Integers are signed
//! (Spark rejects unsigned Arrow integers); strings are `large_string` (64-bit offsets, so no
//! table can overflow).

use newsfacts_core::offsets::CharIndex;
use newsfacts_core::ArticleFacts;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyTuple};

/// An Arrow validity bitmap (LSB first); handed to Python only when the column has a null.
#[derive(Default)]
struct Validity {
    bits: Vec<u8>,
    len: usize,
    nulls: usize,
}

impl Validity {
    fn push(&mut self, valid: bool) {
        if self.len.is_multiple_of(8) {
            self.bits.push(0);
        }
        if valid {
            self.bits[self.len / 8] |= 1 << (self.len % 8);
        } else {
            self.nulls += 1;
        }
        self.len += 1;
    }
}

/// One column of one table.
enum Column {
    Int(Vec<i64>, Validity),
    Float(Vec<f64>, Validity),
    Str(StrColumn),
    StrList {
        offsets: Vec<i64>,
        values: StrColumn,
    },
}

#[derive(Default)]
struct StrColumn {
    offsets: Vec<i64>,
    data: Vec<u8>,
    valid: Validity,
}

impl StrColumn {
    fn new() -> Self {
        StrColumn {
            offsets: vec![0],
            data: Vec::new(),
            valid: Validity::default(),
        }
    }
    fn push(&mut self, s: Option<&str>) {
        if let Some(s) = s {
            self.data.extend_from_slice(s.as_bytes());
        }
        self.offsets.push(self.data.len() as i64);
        self.valid.push(s.is_some());
    }
    fn len(&self) -> usize {
        self.offsets.len() - 1
    }
}

impl Column {
    fn int() -> Self {
        Column::Int(Vec::new(), Validity::default())
    }
    fn float() -> Self {
        Column::Float(Vec::new(), Validity::default())
    }
    fn str() -> Self {
        Column::Str(StrColumn::new())
    }
    fn str_list() -> Self {
        Column::StrList {
            offsets: vec![0],
            values: StrColumn::new(),
        }
    }
    fn push_int(&mut self, v: Option<i64>) {
        match self {
            Column::Int(values, valid) => {
                values.push(v.unwrap_or(0));
                valid.push(v.is_some());
            }
            _ => unreachable!("column type mismatch: int"),
        }
    }
    fn push_float(&mut self, v: Option<f64>) {
        match self {
            Column::Float(values, valid) => {
                values.push(v.unwrap_or(0.0));
                valid.push(v.is_some());
            }
            _ => unreachable!("column type mismatch: float"),
        }
    }
    fn push_str(&mut self, v: Option<&str>) {
        match self {
            Column::Str(c) => c.push(v),
            _ => unreachable!("column type mismatch: str"),
        }
    }
    fn push_strs<'a>(&mut self, items: impl Iterator<Item = &'a str>) {
        match self {
            Column::StrList { offsets, values } => {
                for s in items {
                    values.push(Some(s));
                }
                offsets.push(values.len() as i64);
            }
            _ => unreachable!("column type mismatch: list"),
        }
    }

    /// `(type, length, null_count, validity or None, buffers..., child or None)` for Python.
    fn into_py<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        fn validity<'py>(py: Python<'py>, v: &Validity) -> Option<Bound<'py, PyBytes>> {
            (v.nulls > 0).then(|| PyBytes::new(py, &v.bits))
        }
        fn bytes_of<T: Copy>(v: &[T]) -> &[u8] {
            // Plain little-endian numbers, as Arrow lays them out (every supported target is LE).
            unsafe { std::slice::from_raw_parts(v.as_ptr() as *const u8, std::mem::size_of_val(v)) }
        }
        fn str_parts<'py>(py: Python<'py>, c: &StrColumn) -> PyResult<Bound<'py, PyTuple>> {
            PyTuple::new(
                py,
                [
                    "large_string".into_pyobject(py)?.into_any(),
                    c.len().into_pyobject(py)?.into_any(),
                    c.valid.nulls.into_pyobject(py)?.into_any(),
                    validity(py, &c.valid).into_pyobject(py)?.into_any(),
                    PyBytes::new(py, bytes_of(&c.offsets)).into_any(),
                    PyBytes::new(py, &c.data).into_any(),
                ],
            )
        }
        match self {
            Column::Int(values, valid) => PyTuple::new(
                py,
                [
                    "int64".into_pyobject(py)?.into_any(),
                    values.len().into_pyobject(py)?.into_any(),
                    valid.nulls.into_pyobject(py)?.into_any(),
                    validity(py, &valid).into_pyobject(py)?.into_any(),
                    PyBytes::new(py, bytes_of(&values)).into_any(),
                ],
            ),
            Column::Float(values, valid) => PyTuple::new(
                py,
                [
                    "float64".into_pyobject(py)?.into_any(),
                    values.len().into_pyobject(py)?.into_any(),
                    valid.nulls.into_pyobject(py)?.into_any(),
                    validity(py, &valid).into_pyobject(py)?.into_any(),
                    PyBytes::new(py, bytes_of(&values)).into_any(),
                ],
            ),
            Column::Str(c) => str_parts(py, &c),
            Column::StrList { offsets, values } => PyTuple::new(
                py,
                [
                    "large_list<large_string>".into_pyobject(py)?.into_any(),
                    (offsets.len() - 1).into_pyobject(py)?.into_any(),
                    0usize.into_pyobject(py)?.into_any(),
                    py.None().into_bound(py),
                    PyBytes::new(py, bytes_of(&offsets)).into_any(),
                    str_parts(py, &values)?.into_any(),
                ],
            ),
        }
    }
}

/// A column's name and how to make it empty.
type ColumnSpec = (&'static str, fn() -> Column);

/// A table: named columns of equal length.
struct Table {
    names: Vec<&'static str>,
    columns: Vec<Column>,
}

impl Table {
    fn new(spec: &[ColumnSpec]) -> Self {
        Table {
            names: spec.iter().map(|(n, _)| *n).collect(),
            columns: spec.iter().map(|(_, f)| f()).collect(),
        }
    }
    fn col(&mut self, i: usize) -> &mut Column {
        &mut self.columns[i]
    }
    fn into_py<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let out = PyList::empty(py);
        for (name, col) in self.names.into_iter().zip(self.columns) {
            out.append((name, col.into_py(py)?))?;
        }
        Ok(out)
    }
}

fn opt_i64(v: Option<usize>) -> Option<i64> {
    v.map(|x| x as i64)
}

/// The five tables of a batch's results, as raw Arrow buffers. `article` columns hold the
/// position of the article in the batch (plus `base`), which Python maps to ids.
pub fn build<'py>(
    py: Python<'py>,
    texts: &[&str],
    results: &[ArticleFacts],
    base: usize,
) -> PyResult<Bound<'py, PyDict>> {
    use Column as C;
    let mut arts = Table::new(&[
        ("article", C::int),
        ("title", C::str),
        ("published", C::str),
        ("language", C::str),
        ("sentences", C::int),
        ("error", C::str),
        ("boilerplate", C::str_list),
    ]);
    let mut ents = Table::new(&[
        ("article", C::int),
        ("entity", C::int),
        ("name", C::str),
        ("label", C::str),
        ("mentions", C::int),
        ("first", C::int),
        ("salience", C::float),
        ("role", C::str),
        ("affiliation", C::str),
        ("country", C::str),
        ("geonameid", C::int),
        ("lat", C::float),
        ("lon", C::float),
        ("members", C::str_list),
    ]);
    let span_cols: [ColumnSpec; 4] = [
        ("article", C::int),
        ("start", C::int),
        ("end", C::int),
        ("text", C::str),
    ];
    let with = |extra: &[ColumnSpec]| {
        let mut v = span_cols.to_vec();
        v.extend_from_slice(extra);
        Table::new(&v)
    };
    let mut ments = with(&[
        ("label", C::str),
        ("entity", C::int),
        ("kind", C::str),
        ("stands_for", C::str),
    ]);
    let mut quotes = with(&[
        ("kind", C::str),
        ("cue", C::str),
        ("speaker", C::str),
        ("speaker_entity", C::int),
        ("speaker_start", C::int),
        ("speaker_end", C::int),
    ]);
    let mut dates = with(&[("type", C::str), ("value", C::str)]);

    for (k, (text, f)) in texts.iter().zip(results).enumerate() {
        let a = Some((base + k) as i64);
        let idx = CharIndex::new(text);
        let pos = |b: usize| Some(idx.char_offset(b) as i64);
        let span = |t: &mut Table, s: newsfacts_core::Span| {
            t.col(0).push_int(a);
            t.col(1).push_int(pos(s.start));
            t.col(2).push_int(pos(s.end));
            t.col(3).push_str(Some(s.slice(text)));
        };
        arts.col(0).push_int(a);
        arts.col(1).push_str(f.title.as_deref());
        arts.col(2).push_str(f.published.as_deref());
        arts.col(3).push_str(Some(&f.language));
        arts.col(4).push_int(Some(f.sentences as i64));
        arts.col(5).push_str(f.error.as_deref());
        arts.col(6)
            .push_strs(f.boilerplate.iter().map(|s| s.slice(text)));
        for e in &f.entities {
            ents.col(0).push_int(a);
            ents.col(1).push_int(Some(e.id as i64));
            ents.col(2).push_str(Some(&e.name));
            ents.col(3).push_str(Some(e.label.as_str()));
            ents.col(4).push_int(Some(e.mentions as i64));
            ents.col(5).push_int(pos(e.first));
            ents.col(6).push_float(Some(e.salience));
            ents.col(7).push_str(e.role.as_deref());
            ents.col(8).push_str(e.affiliation.as_deref());
            ents.col(9).push_str(e.country.as_deref());
            ents.col(10).push_int(e.geonameid);
            ents.col(11).push_float(e.lat);
            ents.col(12).push_float(e.lon);
            ents.col(13).push_strs(e.members.iter().map(String::as_str));
        }
        for m in &f.mentions {
            span(&mut ments, m.span);
            ments.col(4).push_str(Some(m.label.as_str()));
            ments.col(5).push_int(opt_i64(m.entity));
            ments.col(6).push_str(Some(m.kind.as_str()));
            ments.col(7).push_str(m.stands_for.as_deref());
        }
        for q in &f.quotes {
            span(&mut quotes, q.span);
            quotes.col(4).push_str(Some(q.kind.as_str()));
            quotes.col(5).push_str(q.cue.as_deref());
            quotes.col(6).push_str(q.speaker.as_deref());
            quotes.col(7).push_int(opt_i64(q.speaker_entity));
            quotes
                .col(8)
                .push_int(q.speaker_span.and_then(|s| pos(s.start)));
            quotes
                .col(9)
                .push_int(q.speaker_span.and_then(|s| pos(s.end)));
        }
        for d in &f.dates {
            span(&mut dates, d.span);
            dates.col(4).push_str(Some(d.timex_type));
            dates.col(5).push_str(d.value.as_deref());
        }
    }
    let out = PyDict::new(py);
    out.set_item("articles", arts.into_py(py)?)?;
    out.set_item("entities", ents.into_py(py)?)?;
    out.set_item("mentions", ments.into_py(py)?)?;
    out.set_item("quotes", quotes.into_py(py)?)?;
    out.set_item("dates", dates.into_py(py)?)?;
    Ok(out)
}
