//! Quotation marks: find the quoted stretches of an article, paragraph by paragraph.
//!
//! Double marks (curly “”, straight ", NYT-style '' and ``, low „, guillemets « ») are paired
//! within a paragraph; a paragraph that ends inside a quotation continues into the next one
//! when that paragraph opens with a mark again (the news convention for long quotations),
//! and otherwise the quotation is closed at the paragraph end. Single marks (‘ ’ and ') are
//! quotation marks only when an opening and a closing mark pair up in the same paragraph;
//! apostrophes ("Turkey’s", "players’", "'90s") are left alone. A stray closing mark is
//! ignored. The scan is one linear pass over the characters and never fails.

use crate::facts::Span;

/// One quoted stretch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quoted {
    /// The words inside the marks (trimmed of blanks).
    pub inner: Span,
    /// The opening mark.
    pub open: Span,
    /// The closing mark; None when recovered at a paragraph end.
    pub close: Option<Span>,
    /// Single marks (‘…’) rather than double ones.
    pub single: bool,
    /// The quotation runs over more than one paragraph.
    pub multi_paragraph: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Double,
    Guillemet,
    Single,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Open,
    Close,
    /// Straight marks: decided by the state.
    Either,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    span: Span,
    family: Family,
    role: Role,
}

fn opens_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => {
            p.is_whitespace()
                || matches!(
                    p,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '"' | '«' | ':'
                )
        }
    }
}

fn closes_context(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(n) => {
            n.is_whitespace()
                || matches!(
                    n,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '—'
                        | '–'
                        | '-'
                        | '/'
                        | '”'
                        | '’'
                        | '"'
                        | '\''
                        | '»'
                )
        }
    }
}

/// Classify the marks of one paragraph, in order.
fn marks_of(text: &str, para: Span, out: &mut Vec<Mark>) {
    let s = &text[para.start..para.end];
    let bytes = s.as_bytes();
    let char_at = |b: usize| s.get(b..).and_then(|r| r.chars().next());
    let char_before = |b: usize| s.get(..b).and_then(|r| r.chars().next_back());
    let mut b = 0;
    // Every mark starts with one of these bytes: " ' and the lead byte of “”‘’„ (E2), or the
    // rarer ` and the lead byte of «» (C2). Two vectorised searches, each run again only once
    // its last hit is passed (linear).
    let find = |from: usize, rare: bool| {
        let rest = &bytes[from.min(bytes.len())..];
        let k = if rare {
            memchr::memchr2(b'`', 0xC2, rest)
        } else {
            memchr::memchr3(b'"', b'\'', 0xE2, rest)
        };
        k.map_or(usize::MAX, |k| from + k)
    };
    let (mut common, mut rare) = (find(0, false), find(0, true));
    while b < bytes.len() {
        if common < b {
            common = find(b, false);
        }
        if rare < b {
            rare = find(b, true);
        }
        let at = common.min(rare);
        if at >= bytes.len() {
            break;
        }
        b = at;
        let Some(c) = char_at(b) else { break };
        let prev = char_before(b);
        let mut width = c.len_utf8();
        let next1 = char_at(b + width);
        let mark = match c {
            '„' => Some((Family::Double, Role::Open)),
            // “ opens, but closes a German „…“ or a typo "word“ ".
            '“' => {
                let closing = prev.is_some_and(|p| !p.is_whitespace()) && closes_context(next1);
                Some((
                    Family::Double,
                    if closing { Role::Either } else { Role::Open },
                ))
            }
            '”' => Some((Family::Double, Role::Close)),
            '«' => Some((Family::Guillemet, Role::Open)),
            '»' => Some((Family::Guillemet, Role::Close)),
            '`' if next1 == Some('`') => {
                width = 2;
                Some((Family::Double, Role::Open))
            }
            '"' | '\'' if c == '"' || next1 == Some('\'') => {
                if c == '\'' {
                    width = 2;
                }
                let next = char_at(b + width);
                let o = opens_context(prev) && next.is_some_and(|x| !x.is_whitespace());
                let cl = closes_context(next) && prev.is_some_and(|x| !x.is_whitespace());
                let role = match (o, cl) {
                    (true, false) => Role::Open,
                    (false, true) => Role::Close,
                    _ => Role::Either,
                };
                Some((Family::Double, role))
            }
            '‘' => (opens_context(prev) && next1.is_some_and(|x| x.is_alphabetic() || x == '“'))
                .then_some((Family::Single, Role::Open)),
            '’' | '\'' => {
                let prev_ok = prev.is_some_and(|p| p.is_alphanumeric() || ".,!?”\"".contains(p));
                if opens_context(prev)
                    && c == '\''
                    && next1.is_some_and(char::is_alphabetic)
                    && !elision(&s[b + 1..])
                {
                    Some((Family::Single, Role::Open))
                } else if prev_ok && !next1.is_some_and(char::is_alphanumeric) {
                    Some((Family::Single, Role::Close))
                } else {
                    None
                }
            }
            _ => None,
        };
        if let Some((family, role)) = mark {
            out.push(Mark {
                span: Span::new(para.start + b, para.start + b + width),
                family,
                role,
            });
        }
        b += width;
    }
}

/// "'em", "'til", "'cause", "'n'": apostrophes that open a word, not a quotation.
fn elision(rest: &str) -> bool {
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .take(6)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    matches!(
        word.as_str(),
        "em" | "til" | "cause" | "n" | "tis" | "twas" | "bout" | "round" | "nuff" | "cuz"
    )
}

/// Both marks are written with the same character ("“" and "“", not "\"" and "“").
fn same_glyph(text: &str, a: Span, b: Span) -> bool {
    text[a.start..a.end].chars().next() == text[b.start..b.end].chars().next()
}

fn trimmed(text: &str, start: usize, end: usize) -> Span {
    if start >= end {
        return Span::new(start, start);
    }
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let body = s.trim();
    Span::new(start + lead, start + lead + body.len())
}

/// All quoted stretches of the text, in order. `paragraphs` are the document's paragraphs.
pub fn scan(text: &str, paragraphs: &[Span]) -> Vec<Quoted> {
    let mut out = Vec::new();
    let mut marks = Vec::new();
    // An open double quotation carried from the previous paragraph: (opening mark, family).
    let mut carried: Option<(Span, Family)> = None;
    for (pi, para) in paragraphs.iter().enumerate() {
        marks.clear();
        marks_of(text, *para, &mut marks);
        let mut open: Option<(Span, Family)> = None;
        let mut multi = false;
        let mut single_open: Option<Span> = None;
        let mut first = 0;
        if let Some((o, fam)) = carried.take() {
            // The paragraph continues the quotation if it opens with a mark of the family.
            if let Some(m) = marks.first() {
                if m.span.start == para.start
                    && m.family == fam
                    && m.role != Role::Close
                    && same_glyph(text, m.span, o)
                {
                    open = Some((o, fam));
                    multi = true;
                    first = 1;
                }
            }
        }
        for m in &marks[first..] {
            match m.family {
                Family::Double | Family::Guillemet => {
                    let same_open = open.filter(|(_, f)| *f == m.family);
                    match (m.role, same_open) {
                        (Role::Close | Role::Either, Some((o, _))) => {
                            push(&mut out, text, o, Some(m.span), m.span.start, false, multi);
                            open = None;
                            multi = false;
                            single_open = None;
                        }
                        (Role::Open | Role::Either, None) if open.is_none() => {
                            open = Some((m.span, m.family));
                            single_open = None;
                        }
                        (Role::Open, Some(_)) => {
                            // A second opening mark before any closing one: the first was
                            // stray (or its closing mark is missing); start again here.
                            open = Some((m.span, m.family));
                            multi = false;
                        }
                        _ => {} // stray closing mark, or a mark of the other family inside
                    }
                }
                Family::Single => {
                    if open.is_some() {
                        continue; // nested quotation inside a double one: part of it
                    }
                    match (m.role, single_open) {
                        (Role::Open, None) => single_open = Some(m.span),
                        (Role::Open, Some(_)) => single_open = Some(m.span),
                        (Role::Close, Some(o)) => {
                            if m.span.start - o.end <= 400 {
                                push(&mut out, text, o, Some(m.span), m.span.start, true, false);
                            }
                            single_open = None;
                        }
                        _ => {}
                    }
                }
            }
        }
        if let Some((o, fam)) = open {
            let next_opens = paragraphs.get(pi + 1).is_some_and(|np| {
                let mut nm = Vec::new();
                let mut e = np.end.min(np.start + 4);
                while e < np.end && !text.is_char_boundary(e) {
                    e += 1;
                }
                marks_of(text, Span::new(np.start, e), &mut nm);
                nm.first().is_some_and(|m| {
                    m.span.start == np.start
                        && m.family == fam
                        && m.role != Role::Close
                        && same_glyph(text, m.span, o)
                })
            });
            if next_opens {
                carried = Some((o, fam));
            } else {
                // No closing mark in the paragraph: recover, closing at the paragraph end.
                push(&mut out, text, o, None, para.end, false, multi);
            }
        }
    }
    out
}

fn push(
    out: &mut Vec<Quoted>,
    text: &str,
    open: Span,
    close: Option<Span>,
    end: usize,
    single: bool,
    multi: bool,
) {
    if end < open.end {
        return;
    }
    let inner = trimmed(text, open.end, end);
    if inner.is_empty()
        || !text[inner.start..inner.end]
            .chars()
            .any(char::is_alphanumeric)
    {
        return;
    }
    out.push(Quoted {
        inner,
        open,
        close,
        single,
        multi_paragraph: multi,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::paragraphs;

    fn quoted(text: &str) -> Vec<&str> {
        scan(text, &paragraphs(text, &[]))
            .iter()
            .map(|q| q.inner.slice(text))
            .collect()
    }

    #[test]
    fn curly_straight_and_nyt_marks() {
        assert_eq!(quoted("“We won,” she said."), vec!["We won,"]);
        assert_eq!(quoted("\"We won,\" she said."), vec!["We won,"]);
        assert_eq!(quoted("''We won,'' she said."), vec!["We won,"]);
        assert_eq!(quoted("``We won,'' she said."), vec!["We won,"]);
        assert_eq!(
            quoted("«Nous avons gagné», a-t-il dit."),
            vec!["Nous avons gagné"]
        );
        assert_eq!(
            quoted("„Wir haben gewonnen“, sagte er."),
            vec!["Wir haben gewonnen"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quoted("The country’s leader and the players’ union met in the ’90s.").is_empty());
        assert!(quoted("It's the party's plan, rock 'n' roll and 'em all.").is_empty());
        assert_eq!(quoted("He called it ‘a farce’ on Monday."), vec!["a farce"]);
        assert_eq!(quoted("He called it 'a farce' on Monday."), vec!["a farce"]);
        // A nested single quotation is part of the double one.
        assert_eq!(
            quoted("“He told me ‘no way’ twice,” she said."),
            vec!["He told me ‘no way’ twice,"]
        );
    }

    #[test]
    fn odd_marks_recover() {
        // A stray closing mark is ignored; an unclosed one closes at the paragraph end.
        assert_eq!(quoted("Stray” mark. “Fine,” he said."), vec!["Fine,"]);
        assert_eq!(
            quoted("“Never closed, he said.\n\nNext paragraph."),
            vec!["Never closed, he said."]
        );
        // Two openings in a row: the first was stray.
        assert_eq!(quoted("“Broken “Fine,” he said."), vec!["Fine,"]);
        assert_eq!(quoted("\""), Vec::<&str>::new());
        assert_eq!(quoted("“”"), Vec::<&str>::new());
        assert_eq!(quoted("'"), Vec::<&str>::new());
        assert_eq!(quoted("''"), Vec::<&str>::new());
    }

    #[test]
    fn quotation_over_paragraphs() {
        let t = "“First part of it.\n\n“Second part.\n\n“Third and last,” he said.\n\nAfter.";
        let q = scan(t, &paragraphs(t, &[]));
        assert_eq!(q.len(), 1);
        assert!(q[0].multi_paragraph);
        assert_eq!(
            q[0].inner.slice(t),
            "First part of it.\n\n“Second part.\n\n“Third and last,"
        );
    }

    #[test]
    fn straight_marks_decided_by_context() {
        let t = "He said \"yes\" and \"no\" in \"one\" go.";
        assert_eq!(quoted(t), vec!["yes", "no", "one"]);
    }
}
