//! Temporal expressions, TIMEX3 style, resolved against the publication date.
//!
//! A rule engine in the spirit of HeidelTime, written for speed: every rule family is one
//! pattern of the `regex` engine (linear time, no backtracking), compiled once. One
//! Aho-Corasick pass per paragraph over the families' trigger words (month and weekday names,
//! unit words, digits, ...: what every match of the family contains) tells which families can
//! match at all, and only those run. (A `RegexSet` over all families did this before: its
//! one large lazy DFA kept determinizing new states on fresh text, and its scan cost as much
//! as the families it selected. Comparing trigger words only at positions whose first three
//! letters can start one, from small tables, was tried too: about four times the instructions
//! per byte of this DFA walk under callgrind, and no gain measurable in the pipeline.) The DFA
//! is walked from a compact copy of its table (see `WordDfa`: ~20 KB instead of ~100 KB), which
//! stays in the L1 cache while the other stages run, and a long paragraph as four parts side
//! by side (four independent load chains, in a loop of its own without calls: `walk_chains`). A unit word is searched around only when the word
//! before it can lead to a kept match (a count before "days", an anchor before "week", a month
//! name not followed by a number): most unit words ("the day", "years of war") are not.
//! Captures (a backtracking pass over the match) are read only when needed: families without
//! groups, bare forms ("2019", "today", "years", "daily", "5 p.m.") and common two-word forms
//! ("two years", "last week", "Nov. 9", "the 1990", "Tuesday night", "recent years", see
//! `two_words`) take their groups from the match text: about a third of the backtracking
//! capture searches that remained, 6% of the stage's instructions. The others are searched
//! anchored at the match's start (regex-automata's meta engine, a cache per family kept with
//! the thread's buffers), which spares the reverse search for a start already known.
//! In the pipeline the stage starts each article with cold caches (the other stages ran in
//! between): what it costs there is mostly the lines of code and of regex state it touches.
//! So a trigger word that is surely a match by itself (a lone weekday, year, month name,
//! "now") is taken without a search (see `is_alone`), leaving that family's regex untouched.
//! (Keeping the loop's helpers out of `extract`, 47 KB of code, moved its instruction-cache
//! misses into them: no fewer in all.)
//! Patterns are ASCII-only (`(?i-u)`: ASCII case folding, `\s`, `\d`, word boundaries), which
//! keeps the lazy DFAs small: with Unicode classes the caches thrash and matching is ~5x slower.
//! Every family yields candidates (span, type, value); overlapping candidates are settled by
//! keeping the longest, then the earliest. Matches never cross paragraphs.
//!
//! ## Decisions (conventions of TimeML / TempEval-3 news annotation)
//! - Spans: no leading preposition ("on Tuesday" → "Tuesday"); determiners, anchors and
//!   modifiers are kept ("the last twenty four hours", "nearly two years", "more than",
//!   "at least", "early next year", "the end of 1990"), but not "about", "over", "within"
//!   (as the gold spans have them); a hyphenated or bare adjective drops its article ("a
//!   five-year plan", "a five year low" → "five-year", "five year"); possessive `'s` is left
//!   out; "early"/"later" before a weekday are left out ("Earlier Friday" → "Friday").
//! - Weekdays ("on Tuesday"): the most recent such day on or before the publication date, the
//!   way news reports the past; the first such day on or after it when a future cue comes
//!   first when reading back from the date through its sentence (up to 15 words, skipping
//!   parenthetical asides): will, 'll, would, might, scheduled, planned, expected, due,
//!   effective, "plan(s) to", "next" (not "next to"), "to" + verb just before ("set to resume
//!   Monday", "to meet on Monday"; not "to make the late-November trip"), "as early as",
//!   "as soon as". "by" right before ("by Friday") is ahead unless a past verb comes before
//!   it ("had filed reports by Wednesday"); a cue after "had" ("had been due to expire
//!   Friday") is past. A past verb met first ends the search ("it will
//!   close, the firm announced Monday" is past): a listed past form (said, told, struck,
//!   tore, ...) or a lower-case "-ed" word that is not an adjective after a determiner or
//!   degree adverb ("a still unspecified date") and not "-eed"; a capitalised "-ed" word is
//!   a name ("United States"). A participle after "be"/"been" ("will be held Monday") does
//!   not end the search. "could" is no cue (mostly past ability in news). When nothing
//!   before the date decides (a sentence that opens with it), the words after it do, with
//!   unambiguous cues only: will, shall, 'll, "plan(s)/intend(s)/hopes to" ahead; a past
//!   verb behind ("On Tuesday, the league plans to ..." is ahead). A possessive weekday
//!   names a reported event and is behind whatever the tense ("they would appeal
//!   Wednesday's ruling"; all 17 in TimeBank/AQUAINT are). "next Monday" is strictly ahead,
//!   "last Monday" strictly behind. "next Tuesday" said on a Monday is the coming day, not
//!   the one a week later (some style guides' reading): TimeBank/AQUAINT annotate no "next"
//!   before a weekday to settle it, and most readers mean the coming one.
//! - Months without a year: next month and the one after are ahead ("in December" in a
//!   November story); otherwise the latest such month not after the publication month, or the
//!   next one on a future cue. "last May" is the latest May before the publication month.
//!   Month and day without a year follow the same rule (not the closest date): later in the
//!   publication month or in the next two months is ahead, earlier in the publication month is
//!   always past, anything else is past unless a future cue makes it the next one ("Aug. 6"
//!   in a February story is last August's; "will take effect June 1" in October is next
//!   June). Feb. 29 seen from a non-leap year is the last leap year's.
//! - Narrative anchoring (the story's own time line): only anaphoric expressions are anchored
//!   to the most recent date written before them in the article (any DATE/TIME value with a
//!   year, month or day, including relative ones already resolved): "that year", "later that
//!   year", "earlier that day", "that same day", "the following year/month/day", "the next
//!   day/morning", "the previous/prior month/day", "the previous Friday" (the Friday before
//!   the date last named); "the previous (following) month" count from the last month
//!   told, past a year and past the day the news was told ("said Tuesday") when that month
//!   is at most three months before it. A bare clock time ("at 10:35 a.m.") takes the day last named
//!   within 1000 bytes before it, else the publication day; "overnight" the night before
//!   the weekday (or "today", "yesterday") last named as near, else before publication. Everything else (weekdays,
//!   "last week", months) is resolved against the publication date, as news means it:
//!   anchoring weekdays to the last explicit date was measured on TimeBank/AQUAINT and loses
//!   (8 gained, 68 lost). Without a date before them, anaphors keep their publication-date
//!   value ("that year": None).
//! - Seasons: "last summer" is the latest summer that has begun before the current season
//!   (in November 2020: 2020-SU); January and February belong to the winter of the year
//!   before; "this summer" in February is the coming one. A season with a year ("spring
//!   2013", "summer of 1990", "the winter of nineteen ninety-four") is that season. A season
//!   with a position word and no anchor ("early summer", "the early summer", "mid-winter")
//!   is valued as "the summer" (see `season_value`); the position would be TIMEX3's `mod`.
//! - Ranges of days ("from Monday to Friday", "Monday through Friday") are ordered, both
//!   ends read in one direction (see `weekday_ranges`); so are ranges of months and two
//!   successive months, both behind in a past sentence ("the strike lasted from December
//!   through mid-March" in November is last December's; see `month_ranges`). "By"
//!   opening a sentence before the date lets the verb after it decide ("By Monday
//!   afternoon, the ministry had cited").
//!   A present verb of a schedule before the date is a future cue ("the trial begins
//!   Monday", see `SCHEDULE_PRESENT`); "this Friday" is in the publication week
//!   (`this_weekday`); "this weekend" on a weekday is the coming one unless past.
//! - Quarters without a year: the publication year when not later than the current quarter,
//!   else the year before; "the quarter", "the latest quarter/period" is the quarter the
//!   report leads with (the first recent quarter the article names, or the one its
//!   paragraph opens with, see `QRef`), else the last completed quarter; "a year ago/earlier", "year-earlier", "the year-ago period",
//!   "the 1988 period" are that quarter a year back (or in that year) when the article speaks
//!   of quarters (financial reports), else the year before; but a year when their sentence
//!   names a longer period first ("In the first nine months, ... in the 1988 period").
//! - "the past year" and "the last decade" (no number) are DATEs (the previous year/decade);
//!   "the past two years" is a DURATION (P2Y); "N units ago" is a DATE of the unit's
//!   granularity ("two years ago" → year, "six weeks ago" → ISO week, "10 days ago" → day).
//! - Twenty-four hours is "P1D" (as the gold annotates it); other hours "PT5H"; a vague count
//!   ("several years", "recent weeks") is "PXY" / "PXW".
//! - now, currently, current → PRESENT_REF; recently, recent years, the past → PAST_REF;
//!   the future, the near term → FUTURE_REF. These need no publication date.
//! - "today" is the publication day, "tonight" its night (TIME "YYYY-MM-DDTNI", like "last
//!   night", "this evening"); "Wednesday night" is DATE
//!   "YYYY-MM-DDTNI" (parts of day MO, AF, EV, NI); clock times are TIME "YYYY-MM-DDTHH:MM".
//!   "one day" between a modal, "to" or a subject pronoun and its verb ("will one day
//!   lead") is "some day": FUTURE_REF.
//! - Sets: "daily" → P1D, "every Tuesday" → XXXX-WXX-2, "Tuesday nights" → XXXX-WXX-2TNI.
//!   A rate after an amount ("$5 million a year", "four flights a week", "300 people an
//!   hour") is not annotated; nor is an award title ("person of the year").
//!   "daily"/"weekly" before a capitalised name is a newspaper ("the party daily Granma").
//! - Datelines ("WASHINGTON, March 12 (Agency) --") are dates like any other.
//! - Weeks are ISO weeks ("2020-W53"), the weekend "2020-W46-WE"; "year-end" is the year.
//! - Years: a four-digit number 1500–2099 that is not part of a larger number ("1,991"),
//!   an amount ("$2000", "2000%", "2020 rupees"), a phone-like or decimal number, not a
//!   count ("2020 votes", "about 2000 people"), not a number of a place or thing ("Room
//!   2021", "Highway 1990", "Pier 1990"); "the ’90s" takes a typographic apostrophe too.
//! - A day with no month ("on the 15th", "set for the 28th", "until the 3rd") is in the
//!   month last named nearby, else in the
//!   publication month or the one next to it as its tense reads (see `day_of_month`); "the
//!   21st of this (next, last) month" is one expression, that day. "due" after "was"/"were"
//!   is no future cue ("the payments were due on the 5th": owed, behind).
//! - Halves: "the first half of the year (of last year, of 2019)" is "2020-H1".
//! - Seasons with no article after a preposition ("from spring to September", "by
//!   summer") are dates like "the spring", where the phrase ends (not "in spring
//!   training"); "fall" only with an article or anchor.
//! - "9/11" with no year is the day of the 2001 attacks, "2001-09-11" ("since 9/11", "the
//!   9/11 commission"): news writes no other month/day without a year that way.
//! - Story days: "that same day" after a month with no day is "1998-10-XX"; "the day
//!   before last Tuesday" is one expression, the day next to it; "April 24 and 25" dates the
//!   25th too; a bare clock time takes a day written right after it ("at 8 a.m. on April 4").
//! - Named days: holidays are the closest such day (Thanksgiving, Christmas, ..., Black
//!   Friday, Cyber Monday, Super Tuesday, and the feasts counted from Easter), or the one of
//!   the year written right after it ("Christmas last year").
//! - Not dates: "today's world" (the present age), "USA Today", "VOA Today", "NBC's Today
//!   show", "The Tonight Show", "the cars of tomorrow", "person of the year", "the
//!   past two polls", a month name inside a word ("Mayor"), a quarter or half of a game with
//!   no year ("led 88-80 in the fourth quarter", see `game_time`).
//! - "until" or "through" a date after a present verb of a state ("is closed until Friday",
//!   "the curfew lasts through mid-March") is ahead; so is a state put at the date ("the
//!   market is closed on Thursday", "is shut Friday"; not "is open Monday through Friday").
//! - "fiscal year 2019", "calendar year 2019" are one expression, the year.
//! - Without `published`, expressions that need it get the value None; absolute ones
//!   ("Nov. 9, 2020", "1991", "the 1990s") and durations, sets and *_REF still resolve, and
//!   so do anaphors after an absolute date ("in June 1998 ... later that year" → 1998).

use std::borrow::Cow;
use std::sync::OnceLock;

use aho_corasick::automaton::{Automaton, StateID};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex_automata::meta::{Cache, Regex};
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input, PatternID};

use crate::facts::{DateFact, Span};
use crate::segment::Doc;

/// Find the temporal expressions of one article: sorted by start, non-overlapping.
pub fn extract(text: &str, doc: &Doc, published: Option<NaiveDate>) -> Vec<DateFact> {
    let rules = rules();
    let mut out = Vec::new();
    // Buffers kept from the last article on this thread (a call made while one runs, which
    // does not happen, would get its own).
    let mut scratch = SCRATCH
        .with(|s| s.borrow_mut().take())
        .unwrap_or_else(|| Scratch::new(rules));
    let Scratch {
        cands,
        hits,
        regions,
        locs,
        caches,
        quarter,
        has_quarter,
    } = &mut scratch;
    has_quarter.clear();
    has_quarter.extend(doc.paragraphs.iter().map(|p| {
        let end = p.end.min(text.len());
        p.start < end && quarter.find(&text.as_bytes()[p.start..end]).is_some()
    }));
    let fast = WINDOWS.with(|w| w.get());
    let qrefs = std::cell::RefCell::new(Vec::new());
    // The kept expressions that mean the story's quarter.
    let mut story_refs: Vec<(Span, QRef)> = Vec::new();
    for (pi, para) in doc.paragraphs.iter().enumerate() {
        if para.is_empty() || para.end > text.len() {
            continue;
        }
        let ptext = &text[para.start..para.end];
        // Financial-report context: quarters are spoken of here or just before.
        let quarterly = has_quarter[pi.saturating_sub(QUARTER_WINDOW)..=pi]
            .iter()
            .any(|&q| q);
        let ctx = Ctx {
            text,
            doc,
            dct: published,
            quarterly,
            qrefs: &qrefs,
        };
        cands.clear();
        hits.clear();
        let mut fams = rules.scan(ptext, hits);
        while fams != 0 {
            let idx = fams.trailing_zeros() as usize;
            fams &= fams - 1;
            let (re, kind) = &rules.families[idx];
            let locs = &mut locs[idx];
            let cache = &mut caches[idx];
            regions.clear();
            match rules.windows[idx] {
                Some((back, ahead)) if fast => {
                    let b = ptext.as_bytes();
                    let whole = if rules.groupless & (1 << idx) != 0 {
                        Some(0)
                    } else {
                        rules.bare[idx]
                    };
                    for &(mask, start, end) in hits.iter() {
                        if mask & (1 << idx) != 0 && can_hold(*kind, text, para.start + start) {
                            // A trigger word that is surely a match by itself needs no search.
                            if let Some((g, end)) =
                                whole.and_then(|g| Some((g, is_alone(*kind, b, start, end)?)))
                            {
                                let caps = Caps {
                                    hay: ptext,
                                    locs,
                                    bare: Some(Known::one(g, start, end)),
                                    names: &rules.names[idx],
                                };
                                let span = Span::new(para.start + start, para.start + end);
                                keep(&ctx, *kind, &caps, para.start, span, cands);
                                continue;
                            }
                            let from = match kind {
                                Kind::Duration => duration_start(b, start),
                                _ => chunks_back(b, start, back),
                            };
                            regions.push((from, chunks_ahead(b, end, ahead), start));
                        }
                    }
                    merge_regions(regions);
                }
                _ => regions.push((0, ptext.len(), ptext.len())),
            }
            for &(from, to, last) in regions.iter() {
                // Each region ends before a separator (or at the paragraph's end), so `\b` at its
                // end reads the same as in the whole paragraph.
                let hay = &ptext[..to];
                let mut at = from;
                let bare_group = rules.bare[idx].filter(|_| fast);
                let pair = rules.pairs[idx].filter(|_| fast);
                while at <= hay.len() {
                    // A family with a bare form ("2019", "Monday", "March") or a common
                    // two-word form ("two years", "last week", "Nov. 9") is searched for the
                    // match alone; its groups are read (a second, anchored-at-the-start search)
                    // only when the match is not such a form.
                    let mut bare = None;
                    // A family without groups ("now", "Christmas") is searched for the match
                    // alone: the whole match is its only group.
                    let bare_group = if rules.groupless & (1 << idx) != 0 {
                        Some(0)
                    } else {
                        bare_group
                    };
                    let m = if bare_group.is_some() || pair.is_some() {
                        let Some(m) = re.search_with(cache, &Input::new(hay).range(at..)) else {
                            break;
                        };
                        let (ms, me) = (m.start(), m.end());
                        let mtext = &hay[ms..me];
                        if let Some(gi) = bare_group
                            .filter(|_| rules.groupless & (1 << idx) != 0 || is_bare(*kind, mtext))
                        {
                            bare = Some(Known::one(gi, ms, me));
                            m
                        } else if let Some((g, parts)) =
                            pair.and_then(|g| Some((g, two_words(*kind, mtext)?)))
                        {
                            bare = Some(Known::pair(ms, me, g, parts));
                            m
                        } else {
                            // The same match: the leftmost-first one from its own start, that
                            // is, the one anchored there (no reverse search for its start).
                            let input = Input::new(hay).range(ms..).anchored(Anchored::Yes);
                            re.search_captures_with(cache, &input, locs);
                            let Some(c) = locs.get_match() else {
                                break;
                            };
                            c
                        }
                    } else {
                        re.search_captures_with(cache, &Input::new(hay).range(at..), locs);
                        let Some(m) = locs.get_match() else {
                            break;
                        };
                        m
                    };
                    // No family matches the empty string; step over one anyway, on a char boundary.
                    at = if m.end() > m.start() {
                        m.end()
                    } else {
                        hay[m.end()..]
                            .chars()
                            .next()
                            .map_or(hay.len() + 1, |c| m.end() + c.len_utf8())
                    };
                    let caps = Caps {
                        hay: ptext,
                        locs,
                        bare,
                        names: &rules.names[idx],
                    };
                    let span = Span::new(para.start + m.start(), para.start + m.end());
                    keep(&ctx, *kind, &caps, para.start, span, cands);
                    // Past the start of the region's last trigger word, no match can hold one.
                    if m.end() > last {
                        break;
                    }
                }
            }
        }
        // Longest first, then earliest; keep what does not overlap what was kept.
        cands.sort_by(|(a, _), (b, _)| {
            b.span
                .len()
                .cmp(&a.span.len())
                .then(a.span.start.cmp(&b.span.start))
        });
        let first = out.len();
        for (c, r) in cands.drain(..) {
            if out[first..]
                .iter()
                .any(|d: &DateFact| d.span.overlaps(&c.span))
            {
                continue;
            }
            if let Some(r) = r {
                story_refs.push((c.span, r));
            }
            out.push(DateFact {
                span: c.span,
                timex_type: c.ty,
                value: c.value,
            });
        }
        out[first..].sort_by_key(|d| d.span.start);
    }
    cands.clear();
    SCRATCH.with(|s| *s.borrow_mut() = Some(scratch));
    day_of_month(text, doc, published, &mut out);
    anchor_anaphors(text, &mut out);
    anchor_quarters(doc, &mut out, &story_refs, published);
    compound_and_range_fixes(text, &mut out);
    month_ranges(text, doc, published, &mut out);
    weekday_ranges(text, doc, published, &mut out);
    coordinated_days(text, &mut out);
    day_before_after(text, &mut out);
    part_of_day_of(text, &mut out);
    from_now(text, published, &mut out);
    out
}

/// "the day before last Tuesday's hearing", "the day after Christmas": one expression, the
/// day next to the date it names. ("a day after Christmas" stays a duration and a date, as
/// TimeML splits "two days after Christmas".)
fn day_before_after(text: &str, out: &mut [DateFact]) {
    let b = text.as_bytes();
    let mut prev_end = 0;
    for f in out.iter_mut() {
        let end_before = prev_end;
        prev_end = f.span.end;
        let Some(v) = f.value.as_deref() else {
            continue;
        };
        if f.timex_type != DATE || v.len() != 10 {
            continue;
        }
        // The words before the date, backwards: "before"/"after", "day", then "the"/"a"; and
        // where each starts.
        let mut i = f.span.start;
        let mut words = [&b[..0]; 3];
        let mut starts = [0; 3];
        for (w, s) in words.iter_mut().zip(starts.iter_mut()) {
            while i > 0 && b[i - 1] == b' ' {
                i -= 1;
            }
            let mut j = i;
            while j > 0 && b[j - 1].is_ascii_alphabetic() {
                j -= 1;
            }
            *w = &b[j..i];
            *s = j;
            i = j;
        }
        let off = if words[0].eq_ignore_ascii_case(b"before") {
            -1
        } else if words[0].eq_ignore_ascii_case(b"after") {
            1
        } else {
            continue;
        };
        if !words[1].eq_ignore_ascii_case(b"day") {
            continue;
        }
        let det = words[2].eq_ignore_ascii_case(b"the");
        let Some(d) = Anchor::parse(v).and_then(|a| a.date()) else {
            continue;
        };
        // Where "day" (or its article) starts.
        let day_start = starts[if det { 2 } else { 1 }];
        if day_start < end_before {
            continue;
        }
        f.span.start = day_start;
        f.value = Some(fmt_day(d + Duration::days(off)));
    }
}

/// "the morning of Nov. 3": a part of day and the day after "of" are one expression, that
/// day's part ("2026-11-03TMO", a DATE as "Tuesday morning" is); "the morning" alone is the
/// publication day's.
fn part_of_day_of(text: &str, out: &mut Vec<DateFact>) {
    let mut i = 0;
    while i + 1 < out.len() {
        let (a, b) = (&out[i], &out[i + 1]);
        let part = a
            .value
            .as_deref()
            .filter(|v| v.len() == 13 && v.as_bytes()[10] == b'T')
            .map(|v| &v[10..]);
        let day = || {
            b.value
                .as_deref()
                .filter(|v| v.len() == 10 && b.timex_type == DATE)
        };
        let joined = || {
            a.span.end <= b.span.start
                && b.span.start - a.span.end <= 6
                && text[a.span.end..b.span.start]
                    .trim()
                    .eq_ignore_ascii_case("of")
                && a.span
                    .slice(text)
                    .get(..4)
                    .is_some_and(|t| t.eq_ignore_ascii_case("the "))
        };
        if let Some((part, day)) = part.and_then(|p| Some((p, day()?))).filter(|_| joined()) {
            let value = format!("{day}{part}");
            out[i] = DateFact {
                span: Span::new(a.span.start, b.span.end),
                timex_type: DATE,
                value: Some(value),
            };
            out.remove(i + 1);
        }
        i += 1;
    }
}

/// "two years from now", "a week from today", "10 days from Friday": a count of units
/// after the date it counts from is one expression, the date that far ahead: from "now" at
/// the unit's grain, as "ago" counts back ("two years from now" → the year, "six weeks from
/// now" → the ISO week), from a day to the day ("a week from today" → the day).
fn from_now(text: &str, dct: Option<NaiveDate>, out: &mut Vec<DateFact>) {
    let mut i = 0;
    while i + 1 < out.len() {
        let (a, b) = (&out[i], &out[i + 1]);
        // "P2Y", "P10D": a whole count and a unit of days or more.
        let count = a
            .value
            .as_deref()
            .filter(|_| a.timex_type == DURATION)
            .and_then(|v| v.strip_prefix('P'))
            .filter(|v| v.len() >= 2 && !v.starts_with(['T', 'X']))
            .and_then(|v| {
                let (n, code) = v.split_at(v.len() - 1);
                Some((n.parse::<u32>().ok()?, code))
            });
        // Not the start of a range ("three days from Monday to Thursday").
        let joined = || {
            a.span.end <= b.span.start
                && b.span.start - a.span.end <= 8
                && text[a.span.end..b.span.start]
                    .trim()
                    .eq_ignore_ascii_case("from")
                && !["to", "through", "until", "till", "and"]
                    .iter()
                    .any(|w| next_word(text, b.span.end).eq_ignore_ascii_case(w))
        };
        let Some((n, code)) = count.filter(|_| joined()) else {
            i += 1;
            continue;
        };
        let n = i64::from(n);
        let value = if b.value.as_deref() == Some("PRESENT_REF") {
            dct.and_then(|d| ago_value(d, -(n as f64), code))
        } else {
            let day = b
                .value
                .as_deref()
                .filter(|v| v.len() == 10)
                .and_then(|v| Anchor::parse(v)?.date());
            match (day, code) {
                (Some(d), "D") => Some(fmt_day(d + Duration::days(n))),
                (Some(d), "W") => Some(fmt_day(d + Duration::days(7 * n))),
                _ => {
                    i += 1;
                    continue;
                }
            }
        };
        out[i] = DateFact {
            span: Span::new(a.span.start, b.span.end),
            timex_type: DATE,
            value,
        };
        out.remove(i + 1);
        i += 1;
    }
}

/// "April 24 and 25", "on May 3 or 4": a day number joined to a month-and-day date is another
/// day of that month (its own expression, as TimeML marks it). Only a number that ends the
/// phrase (punctuation, the end, or a preposition after it) is taken: "May 3 and 4 people" is
/// a count.
fn coordinated_days(text: &str, out: &mut Vec<DateFact>) {
    let b = text.as_bytes();
    let mut extra = Vec::new();
    for (i, d) in out.iter().enumerate() {
        let Some(v) = d.value.as_deref() else {
            continue;
        };
        // A full day value, and a span that ends with the day's digits after a month name.
        let s = d.span.slice(text);
        if d.timex_type != DATE
            || v.len() != 10
            || !s.as_bytes().last().is_some_and(u8::is_ascii_digit)
            || !s.starts_with(|c: char| c.is_ascii_uppercase())
            || month_number(
                s.split(|c: char| !c.is_ascii_alphabetic())
                    .next()
                    .unwrap_or(""),
            )
            .is_none()
        {
            continue;
        }
        let mut at = skip_blanks(b, d.span.end);
        let conj = word_at(b, at);
        let hyphen = range_day_after(text, d.span.end);
        if let Some((_, day_at)) = hyphen {
            // "Dec. 15-16": the later day of the range.
            at = day_at;
        } else if conj == b"and" || conj == b"or" {
            at = skip_blanks(b, at + conj.len());
        } else {
            continue;
        }
        let n = b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=2).contains(&n) {
            continue;
        }
        let end = at + n;
        let next = skip_blanks(b, end);
        let ends_phrase = match b.get(end) {
            None => true,
            // "Dec. 15-16 in Geneva": any word may follow a range's day.
            Some(c) if hyphen.is_some() => {
                !c.is_ascii_alphanumeric() && !followed_by_digitish(text, end)
            }
            Some(c) if c.is_ascii_alphanumeric() => false,
            Some(b'.' | b',' | b';' | b':' | b')' | b'\n') => true,
            Some(_) => {
                let w = word_at(b, next);
                next >= b.len()
                    || ["in", "at", "on", "when", "and", "to"]
                        .iter()
                        .any(|p| w == p.as_bytes())
            }
        };
        // Not when the next expression starts there already.
        if !ends_phrase || out.get(i + 1).is_some_and(|n| n.span.start < end) {
            continue;
        }
        let Some(day) = text[at..end]
            .parse::<u32>()
            .ok()
            .and_then(|n| NaiveDate::from_ymd_opt(v[..4].parse().ok()?, v[5..7].parse().ok()?, n))
        else {
            continue;
        };
        extra.push(DateFact {
            span: Span::new(at, end),
            timex_type: DATE,
            value: Some(fmt_day(day)),
        });
    }
    if !extra.is_empty() {
        out.extend(extra);
        out.sort_by_key(|d| d.span.start);
    }
}

/// "on the 15th": a day with no month named is a day of the month the story last named (a
/// date with a month within [`CLOCK_ANCHOR_BYTES`] before it that is no news day such as
/// "said Tuesday": "On Oct. 3 the firm cut prices, and on the 15th it cut them again"),
/// else of the publication month as the tense of its sentence reads it: a day before
/// publication's is this month's unless a future cue speaks of it ("the fair opens on the
/// 15th" on the 18th is next month's), a later day this month's unless a past verb does
/// ("the rent was paid on the 25th" on the 18th is last month's). Only after a preposition
/// and "the" ("on the 15th", "set for the 28th", "until the 3rd"; not "to the 3rd", a rank)
/// and before no noun: the phrase ends after it ("on the 15th floor", "on the 5th day" are
/// ordinals of other things).
fn day_of_month(text: &str, doc: &Doc, dct: Option<NaiveDate>, out: &mut Vec<DateFact>) {
    /// Words after the day that end its phrase.
    const ENDS: &[&str] = &[
        "and", "or", "but", "at", "in", "when", "after", "before", "to", "with", "the", "it", "he",
        "she", "they", "we", "as", "until", "through",
    ];
    let b = text.as_bytes();
    let mut extra = Vec::new();
    /// The prepositions before "the" + day ("on the 15th", "set for the 28th", "until the
    /// 3rd"); not "to" ("climbed to the 3rd": a rank).
    const BEFORE: &[&str] = &[
        "on", "for", "by", "until", "till", "since", "before", "after", "from",
    ];
    // From digit to digit (rarer than "the"): a preposition as a word, "the", then one or
    // two digits and an ordinal ending.
    let mut from = 0;
    while let Some(digits) = next_digit(b, from) {
        let n = b[digits..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        from = digits + n;
        if digits < 6 || &b[digits - 5..digits] != b" the " {
            continue;
        }
        let prep = prev_word(text, digits - 4);
        if !BEFORE.iter().any(|w| prep.eq_ignore_ascii_case(w))
            || !text[..digits - 5].ends_with(prep)
        {
            continue;
        }
        // Where "the" starts, less two.
        let at = digits - 6;
        let end = digits + n + 2;
        if !(1..=2).contains(&n)
            || !b.get(digits + n..end).is_some_and(|o| {
                [b"st", b"nd", b"rd", b"th"]
                    .iter()
                    .any(|x| o.eq_ignore_ascii_case(*x))
            })
        {
            continue;
        }
        let next = skip_blanks(b, end);
        let ends = match b.get(end) {
            None => true,
            Some(c) if c.is_ascii_alphanumeric() => false,
            Some(b'.' | b',' | b';' | b':' | b')' | b'!' | b'?' | b'\n') => true,
            Some(_) => {
                let w = word_at(b, next);
                next >= b.len()
                    || ENDS.iter().any(|e| w == e.as_bytes())
                        && !ordinal_of_noun_after(b, next + w.len())
            }
        };
        let span = Span::new(at + 2, end);
        let in_text = doc
            .paragraphs
            .get(doc.paragraphs.partition_point(|p| p.end <= at))
            .is_some_and(|p| p.start <= at);
        let Ok(day) = text[digits..digits + n].parse::<u32>() else {
            continue;
        };
        if !ends || !in_text || !(1..=31).contains(&day) {
            continue;
        }
        // `out` is in text order and its spans do not overlap: the dates before this one end
        // at `k`, and only the one before `k` can reach into it (linear time overall).
        let k = out.partition_point(|d| d.span.start < span.end);
        if out[..k].last().is_some_and(|d| d.span.overlaps(&span)) {
            continue;
        }
        // The last month the story named nearby, past news days.
        let told = out[..k]
            .iter()
            .rev()
            .skip_while(|d| d.span.end > span.start)
            .take_while(|d| span.start - d.span.end <= CLOCK_ANCHOR_BYTES)
            .filter(|d| d.timex_type == DATE || d.timex_type == TIME)
            .filter(|d| {
                let s = d.span.slice(text);
                !(s.split_whitespace()
                    .next()
                    .is_some_and(|w| is_bare(Kind::Weekday, w))
                    || s.eq_ignore_ascii_case("yesterday")
                    || s.eq_ignore_ascii_case("today"))
            })
            .find_map(|d| Anchor::parse(d.value.as_deref()?).filter(|a| a.month.is_some()));
        let month = match (told, dct) {
            (Some(a), _) => a.month.map(|m| (a.year, m)),
            (None, Some(d)) => {
                let shift = with_date(text, doc, d, |ctx| match tense_of(ctx, span) {
                    Some(true) if day < d.day() => 1,
                    Some(false) if day > d.day() => -1,
                    _ => 0,
                });
                Some(add_months(d.year(), d.month(), shift))
            }
            (None, None) => None,
        };
        let value = match month {
            Some((y, m)) => match NaiveDate::from_ymd_opt(y, m, day) {
                Some(x) => Some(fmt_day(x)),
                None => continue,
            },
            None => None,
        };
        extra.push(DateFact {
            span,
            timex_type: DATE,
            value,
        });
    }
    // "the 21st of this month", "the 3rd of last month": the day of the month that follows,
    // one expression (the month alone was found). Any "the" before it: the month makes the
    // ordinal a day ("set for the 21st of next month").
    for d in out.iter_mut() {
        let s = d.span.slice(text);
        let month_ref = ["this", "next", "last", "the"].iter().any(|a| {
            s.len() == a.len() + 6
                && starts_ci(s.as_bytes(), a)
                && s[a.len()..].eq_ignore_ascii_case(" month")
        });
        let Some((y, m)) = d
            .value
            .as_deref()
            .and_then(|v| Anchor::parse(v).filter(|_| v.len() == 7))
            .and_then(|a| Some((a.year, a.month?)))
            .filter(|_| month_ref)
        else {
            continue;
        };
        // Not "the 3rd of this month's winners": the ordinal counts them.
        let rest = &b[d.span.end..];
        if rest.starts_with(b"'s") || rest.starts_with("’s".as_bytes()) {
            continue;
        }
        let Some((start, day)) = ordinal_of_before(b, d.span.start) else {
            continue;
        };
        let Some(x) = NaiveDate::from_ymd_opt(y, m, day) else {
            continue;
        };
        d.span = Span::new(start, d.span.end);
        d.value = Some(fmt_day(x));
    }
    if !extra.is_empty() {
        out.extend(extra);
        out.sort_by_key(|d| d.span.start);
    }
}

/// An ordinal and a noun at `i` (after blanks): "from the 17th through 19th centuries", "on
/// the 5th and 6th floors" count things, not days.
fn ordinal_of_noun_after(b: &[u8], i: usize) -> bool {
    let i = skip_blanks(b, i);
    let n = b[i.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let o = i + n;
    if !(1..=2).contains(&n)
        || !b.get(o..o + 2).is_some_and(|x| {
            [b"st", b"nd", b"rd", b"th"]
                .iter()
                .any(|s| x.eq_ignore_ascii_case(*s))
        })
    {
        return false;
    }
    let j = skip_blanks(b, o + 2);
    j > o + 2 && word_at(b, j).len() > 1
}

/// "the 21st of " ending at `pos`: where "the" starts, and the day (1 to 31).
fn ordinal_of_before(b: &[u8], pos: usize) -> Option<(usize, u32)> {
    let back_blanks = |mut i: usize| {
        while i > 0 && b[i - 1] == b' ' {
            i -= 1;
        }
        i
    };
    // The word `w` (any case) ending at `i`, a whole word: where it starts.
    let word_ending = |i: usize, w: &[u8]| {
        let j = i.checked_sub(w.len())?;
        (b[j..i].eq_ignore_ascii_case(w) && (j == 0 || !b[j - 1].is_ascii_alphanumeric()))
            .then_some(j)
    };
    let mut i = word_ending(back_blanks(pos), b"of")?;
    i = back_blanks(i);
    i = i.checked_sub(2)?;
    if ![b"st", b"nd", b"rd", b"th"]
        .iter()
        .any(|o| b[i..i + 2].eq_ignore_ascii_case(*o))
    {
        return None;
    }
    let digits_end = i;
    while i > 0 && b[i - 1].is_ascii_digit() {
        i -= 1;
    }
    if !(1..=2).contains(&(digits_end - i)) {
        return None;
    }
    let day: u32 = std::str::from_utf8(&b[i..digits_end]).ok()?.parse().ok()?;
    let i = word_ending(back_blanks(i), b"the")?;
    (1..=31).contains(&day).then_some((i, day))
}

/// A day number right after `pos` across a hyphen or en dash ("-16" in "Dec. 15-16"), with
/// no digit after it: (the number, where its digits start).
fn range_day_after(text: &str, pos: usize) -> Option<(u32, usize)> {
    let rest = text.get(pos..)?;
    let after = rest
        .strip_prefix('-')
        .or_else(|| rest.strip_prefix('\u{2013}'))?;
    let n = after.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&n) {
        return None;
    }
    Some((after[..n].parse().ok()?, pos + rest.len() - after.len()))
}

/// "today's world", "today's young people": "today" in its generic sense (nowadays, the
/// present age) before a noun for the people or the world of an age, which news does not
/// date (TimeML's annotated "today" is a day: "today's meeting", "today's editions").
/// `end` is where "today" ends.
fn generic_today(text: &str, end: usize) -> bool {
    const AGE_NOUNS: &[&str] = &[
        "world",
        "society",
        "youth",
        "young",
        "generation",
        "generations",
        "children",
        "kids",
        "teenagers",
        "teens",
        "adults",
        "students",
        "parents",
        "families",
        "consumers",
        "culture",
        "technology",
    ];
    let b = text.as_bytes();
    let Some(rest) = b.get(end..) else {
        return false;
    };
    let rest = match rest {
        [b'\'', b's', r @ ..] => r,
        [0xE2, 0x80, 0x99, b's', r @ ..] => r,
        _ => return false,
    };
    let after = end + (b.len() - end - rest.len());
    let w = word_at(b, skip_blanks(b, after));
    AGE_NOUNS
        .iter()
        .any(|n| w.eq_ignore_ascii_case(n.as_bytes()))
}

/// "Today" (or "Tonight") written with a capital inside a sentence as part of a title:
/// after a name in capitals ("USA Today", "VOA Today", "BBC Today") or a possessive name
/// ("NBC's Today show"), or before "show", "programme", "program" ("the Today programme",
/// "The Tonight Show"). A sentence that opens with it ("... in the EU. Today, ...") is the
/// day.
fn today_title(text: &str, span: Span) -> bool {
    if !text[span.start..].starts_with('T') {
        return false;
    }
    let next = next_word(text, span.end);
    if ["show", "programme", "program"]
        .iter()
        .any(|w| next.eq_ignore_ascii_case(w))
    {
        return true;
    }
    // Only a blank between the word before and "Today".
    let before = &text[..span.start];
    let trimmed = before.trim_end_matches(' ');
    if trimmed.len() == before.len() || !trimmed.ends_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    let prev = prev_word(text, span.start);
    let possessive = ["'s", "’s"].iter().any(|p| {
        trimmed.ends_with(p) && trimmed.len() > p.len() + 1 && {
            let name = prev_word(text, trimmed.len() - p.len());
            name.starts_with(|c: char| c.is_ascii_uppercase())
        }
    });
    possessive
        || (2..=5).contains(&prev.len())
            && prev.bytes().all(|c| c.is_ascii_uppercase())
            && trimmed.ends_with(prev)
}

/// "the cars of tomorrow", "the leaders of tomorrow": "tomorrow" after "the" + noun + "of"
/// is the future in general, not the next day ("as of tomorrow", "the end of tomorrow",
/// "the evening of tomorrow" are the day).
fn generic_tomorrow(text: &str, start: usize) -> bool {
    let of = prev_word(text, start);
    if !of.eq_ignore_ascii_case("of") || !text[..start].trim_end().ends_with(of) {
        return false;
    }
    let at = of.as_ptr() as usize - text.as_ptr() as usize;
    let noun = prev_word(text, at);
    let nat = noun.as_ptr() as usize - text.as_ptr() as usize;
    let det = prev_word(text, nat);
    const DAY_PARTS: &[&str] = &[
        "end",
        "start",
        "beginning",
        "middle",
        "morning",
        "afternoon",
        "evening",
        "night",
        "rest",
        "noon",
    ];
    det.eq_ignore_ascii_case("the")
        && noun.starts_with(|c: char| c.is_ascii_lowercase())
        && !DAY_PARTS.iter().any(|p| noun.eq_ignore_ascii_case(p))
        && !text[start..].starts_with("tomorrow'")
        && !text[start..].starts_with("tomorrow’")
}

/// Fixes that need the neighbouring expression or character:
/// - "after-hours trading", "a same-day delivery": a bare unit joined by a hyphen to the word
///   before it is part of a compound adjective, not a duration;
/// - "today's world": the present age, not a day (see [`generic_today`]).
fn compound_and_range_fixes(text: &str, out: &mut Vec<DateFact>) {
    out.retain(|d| {
        let s = d.span.slice(text);
        let bare_unit = matches!(
            s,
            "hours" | "days" | "weeks" | "months" | "years" | "day" | "hour" | "night"
        );
        let in_compound =
            bare_unit && d.span.start > 0 && text.as_bytes()[d.span.start - 1] == b'-';
        // ... and "USA Today", "VOA Today", "NBC's Today show" are titles (see
        // [`today_title`]); "the cars of tomorrow" is the future (see [`generic_tomorrow`]).
        let generic = s.eq_ignore_ascii_case("today")
            && (generic_today(text, d.span.end) || today_title(text, d.span))
            || s.eq_ignore_ascii_case("tonight") && today_title(text, d.span)
            || s.eq_ignore_ascii_case("tomorrow") && generic_tomorrow(text, d.span.start);
        !in_compound && !generic
    });
}

/// "between December and February", "from October through March", "January and February":
/// the two months of a range (after "from" or "between") or of a pair of successive months
/// are ordered, the second less than a year after the first.
/// - A year written in the second only ("from November to September 2025"): the range ends
///   in the year written, so it starts in that year or the one before.
/// - No year written, read in a past sentence (a past verb decides, before the range or,
///   with nothing before it, after it; no present verb of a state before it: "the strike
///   lasted from December through mid-March", "In January and February, we had ..." in a
///   November story): the second month is the latest such month not after publication and
///   the first the latest before it. (Read alone, December and January there would be
///   ahead: news speaks of the next two months ahead.)
/// - Else, when the second month comes before the first ("the season runs from October
///   through March"), it is in the next year.
fn month_ranges(text: &str, doc: &Doc, dct: Option<NaiveDate>, out: &mut [DateFact]) {
    // A month-only value ("2024-02") as (year, month).
    let month = |v: &Option<String>| {
        let v = v.as_deref()?;
        (v.len() == 7 && v.as_bytes()[4] == b'-')
            .then(|| Some((v[..4].parse::<i32>().ok()?, v[5..].parse::<u32>().ok()?)))
            .flatten()
    };
    let has_year = |d: &DateFact| {
        d.span
            .slice(text)
            .as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit))
    };
    // A month name alone, or after "early", "late", "mid" ("mid-March"): no "last" or "next".
    let bare = |d: &DateFact| {
        let s = d.span.slice(text);
        let l = lower(s);
        let rest = ["early ", "late ", "mid-", "mid "]
            .iter()
            .find_map(|p| l.strip_prefix(p))
            .unwrap_or(&l);
        !rest.contains(' ') && month_number(rest).is_some()
    };
    for i in 1..out.len() {
        let (a, b) = (&out[i - 1], &out[i]);
        if a.span.end > b.span.start {
            continue;
        }
        let between = text[a.span.end..b.span.start].trim();
        if !matches!(between, "and" | "to" | "through" | "until" | "-" | "–") {
            continue;
        }
        let (Some((y1, m1)), Some((y2, m2))) = (month(&a.value), month(&b.value)) else {
            continue;
        };
        let opener = prev_word(text, a.span.start);
        let opened = opener.eq_ignore_ascii_case("between") || opener.eq_ignore_ascii_case("from");
        let successive = between == "and" && m2 == m1 % 12 + 1;
        if !(opened || successive) {
            continue;
        }
        match (has_year(a), has_year(b)) {
            (false, true) => {
                let y = if m1 <= m2 { y2 } else { y2 - 1 };
                out[i - 1].value = Some(format!("{y:04}-{m1:02}"));
            }
            (false, false) => {
                let past = dct.filter(|_| bare(a) && bare(b)).filter(|&d| {
                    // Where the verb before the range ends: before "from"/"between".
                    let verb_at = if opened {
                        opener.as_ptr() as usize - text.as_ptr() as usize
                    } else {
                        a.span.start
                    };
                    with_date(text, doc, d, |ctx| {
                        !present_before(ctx, verb_at)
                            && tense_of(ctx, Span::new(a.span.start, b.span.end)) == Some(false)
                    })
                });
                if let Some(d) = past {
                    let ye = if m2 <= d.month() {
                        d.year()
                    } else {
                        d.year() - 1
                    };
                    let ys = if m1 <= m2 { ye } else { ye - 1 };
                    out[i - 1].value = Some(format!("{ys:04}-{m1:02}"));
                    out[i].value = Some(format!("{ye:04}-{m2:02}"));
                } else if m2 < m1 && y2 <= y1 {
                    out[i].value = Some(format!("{:04}-{:02}", y1 + 1, m2));
                }
            }
            _ => {}
        }
    }
}

/// "from Monday to Friday", "between Tuesday and Thursday", "Monday through Friday": the two
/// ends of a range of days are ordered, the end on or after the start, both read in the
/// same direction. When both are bare weekdays (no "last", "next", month or day number),
/// the sentence decides: with a future cue before the range ("will close from Monday to
/// Friday") the start is on or after the publication date; with a present verb of a state
/// or schedule ("the museum is open from Monday until Friday", "runs Monday through
/// Friday") the end is (the range may be under way); else the end is on or before it (news
/// reports the past); the other end is the nearest such weekday on its side. A bare weekday
/// beside a fixed day ("from Sept. 14 to Thursday") keeps its own value unless that puts
/// the range backwards; it is then the nearest such weekday on the right side of the fixed
/// one. A clock time with no day that starts a range takes the day of its end ("between 2
/// a.m. and 4:30 a.m. Tuesday"; the day before when the clock is later: "from 10 p.m. to 2
/// a.m. Tuesday"). A move ("postponed from Monday to Friday") is no range: each keeps its
/// value. Without a publication date, only fixed days order bare ones.
fn weekday_ranges(text: &str, doc: &Doc, dct: Option<NaiveDate>, out: &mut [DateFact]) {
    // From the last pair back: a clock that starts a range takes its end's day once that
    // end has been settled ("from 4 p.m. to 10 p.m. Monday through Friday").
    for i in (1..out.len()).rev() {
        let (a, b) = (&out[i - 1], &out[i]);
        // The words between are short ("and", " - ", "through").
        if a.span.end > b.span.start
            || b.span.start - a.span.end > 12
            || a.timex_type == DURATION
            || b.timex_type == DURATION
        {
            continue;
        }
        let between = text[a.span.end..b.span.start].trim();
        let and = match between {
            "and" => true,
            "to" | "until" | "till" | "through" | "thru" | "-" | "\u{2013}" => false,
            _ => continue,
        };
        let Some((db, wb)) = range_end(text, b) else {
            continue;
        };
        let clock_start = a.timex_type == TIME && bare_clock(a.span.slice(text));
        let ends = if clock_start {
            None
        } else {
            match range_end(text, a) {
                Some((da, wa)) if wa.is_some() || wb.is_some() => Some((da, wa)),
                _ => continue,
            }
        };
        let opener = prev_word(text, a.span.start);
        let opened = opener.eq_ignore_ascii_case("from") || opener.eq_ignore_ascii_case("between");
        if and && !opener.eq_ignore_ascii_case("between") {
            continue;
        }
        // Where the verb before the range ends: before "from"/"between", or the range's start.
        let verb_at = if opened {
            opener.as_ptr() as usize - text.as_ptr() as usize
        } else {
            a.span.start
        };
        if MOVE_VERBS
            .iter()
            .any(|v| prev_word(text, verb_at).eq_ignore_ascii_case(v))
        {
            continue;
        }
        // A clock with no day of its own takes the end's day.
        let Some((da, wa)) = ends else {
            let (Some(va), Some(vb)) = (a.value.as_deref(), b.value.as_deref()) else {
                continue;
            };
            let clock = |v: &str| v.get(11..16).map(str::to_string);
            let day = match (clock(va), clock(vb)) {
                (Some(ca), Some(cb)) if ca > cb => db - Duration::days(1),
                _ => db,
            };
            if let Some(v) = out[i - 1].value.as_mut() {
                if v.len() >= 10 {
                    v.replace_range(..10, &fmt_day(day));
                }
            }
            continue;
        };
        let step = |d: NaiveDate, days: i64| d + Duration::days(days);
        let (start, end) = match (wa, wb) {
            (None, None) => continue,
            // A fixed start: the end only moves when it comes before the start.
            (None, Some(w)) if db < da => (da, next_weekday(da, w)),
            // A fixed end: the start only moves when it comes after the end.
            (Some(w), None) if da > db => (prev_weekday(db, w), db),
            (None, _) | (_, None) => continue,
            (Some(w1), Some(w2)) => {
                let Some(dct) = dct else {
                    continue;
                };
                with_date(text, doc, dct, |ctx| {
                    if is_future_span(ctx, a.span) {
                        let s = next_weekday(dct, w1);
                        (s, next_weekday(step(s, 1), w2))
                    } else {
                        let e = if present_before(ctx, verb_at) {
                            next_weekday(dct, w2)
                        } else {
                            prev_weekday(dct, w2)
                        };
                        (prev_weekday(step(e, -1), w1), e)
                    }
                })
            }
        };
        for (k, d) in [(i - 1, start), (i, end)] {
            if let Some(v) = out[k].value.as_mut() {
                v.replace_range(..10, &fmt_day(d));
            }
        }
    }
}

/// Verbs that move an event from one day to another ("postponed from Monday to Friday").
const MOVE_VERBS: &[&str] = &[
    "moved",
    "move",
    "moves",
    "postponed",
    "postpone",
    "delayed",
    "delay",
    "pushed",
    "push",
    "rescheduled",
    "reschedule",
    "shifted",
    "shift",
    "changed",
    "brought",
    "forward",
    "back",
];

/// One end of a range of days: its day (from a day value "2020-11-16", with or without a
/// time or part of day after it) and, when it is a bare weekday ("Monday", "Friday
/// morning", "5 p.m. Friday": no anchor word, month or day number), that weekday.
fn range_end(text: &str, d: &DateFact) -> Option<(NaiveDate, Option<Weekday>)> {
    let v = d.value.as_deref()?;
    let b = v.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let day = NaiveDate::from_ymd_opt(
        v.get(..4)?.parse().ok()?,
        v.get(5..7)?.parse().ok()?,
        v.get(8..10)?.parse().ok()?,
    )?;
    if v.len() > 10 && v.as_bytes()[10] != b'T' {
        return None;
    }
    // Digits in the span are a clock's only when the value has one.
    let clock = v.as_bytes().get(11).is_some_and(u8::is_ascii_digit);
    let mut wd = None;
    let mut bare = true;
    for w in d
        .span
        .slice(text)
        .split(|c: char| !c.is_ascii_alphanumeric())
    {
        if WEEKDAY_NAMES.contains(&w) {
            wd = weekday_of(w);
        } else if w.bytes().any(|c| c.is_ascii_digit()) && !clock
            || month_number(w).is_some() && w.starts_with(|c: char| c.is_ascii_uppercase())
            || matches!(
                &*lower(w),
                "last"
                    | "next"
                    | "this"
                    | "coming"
                    | "past"
                    | "previous"
                    | "following"
                    | "prior"
                    | "today"
                    | "tomorrow"
                    | "yesterday"
                    | "tonight"
            )
        {
            bare = false;
        }
    }
    Some((day, wd.filter(|_| bare)))
}

const WEEKDAY_NAMES: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// A present verb of a state or a schedule just before `pos` in its sentence ("the museum is
/// open from", "the show runs from"), with no past verb between: read backwards, up to
/// [`TENSE_WINDOW`] words.
fn present_before(ctx: &Ctx, pos: usize) -> bool {
    let start = sentence_start(ctx.doc, pos);
    let before = &ctx.text[start..pos];
    let mut words = before
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .take(TENSE_WINDOW)
        .peekable();
    while let Some(w) = words.next() {
        let lw = lower(w);
        if RANGE_PRESENT.contains(&&*lw) {
            return true;
        }
        if is_past_word(&lw, w, words.peek().copied()) {
            return false;
        }
    }
    false
}

/// Present verbs of a state or schedule before a range of days.
const RANGE_PRESENT: &[&str] = &[
    "is",
    "are",
    "remain",
    "remains",
    "stay",
    "stays",
    "run",
    "runs",
    "last",
    "lasts",
    "open",
    "opens",
    "close",
    "closes",
    "continue",
    "continues",
    "operate",
    "operates",
    "take",
    "takes",
    "hold",
    "holds",
    "has",
    "have",
];

/// Run the handler of a match and keep its candidate, with the story-quarter mark it made.
fn keep(
    ctx: &Ctx,
    kind: Kind,
    caps: &Caps,
    base: usize,
    span: Span,
    cands: &mut Vec<(Cand, Option<QRef>)>,
) {
    let marked = ctx.qrefs.borrow().len();
    let c = handle(ctx, kind, caps, base, span);
    // The mark this candidate's handler made, if any.
    let r = ctx.qrefs.borrow_mut().drain(marked..).next_back();
    if let Some(c) = c {
        if !c.span.is_empty() {
            cands.push((c, r));
        }
    }
}

/// The end of the match that the trigger word at `start..end` of paragraph `b` is by itself,
/// when it is surely the match its family's search would find there, with nothing around it
/// that the pattern could take in: a weekday name with no anchor word or clock before it and
/// no part of day or plural `s` after it; a four-digit year with no season, "the", modifier
/// or "of" before it and no "or later"/"and beyond" after it; "now", "nowadays", "current",
/// "currently", or "recently" not after "more"/"until"; a month name (the trigger is its
/// first three letters) with no modifier or anchor word before it. Such a word needs no search (the family's regex and
/// its caches stay untouched: they are cold in each new article). It must never say yes
/// where the search would find a longer match or none: each case reads the family's pattern.
fn is_alone(kind: Kind, b: &[u8], start: usize, end: usize) -> Option<usize> {
    let word_char = |c: &u8| c.is_ascii_alphanumeric() || *c == b'_';
    // `\b` on both sides (the words start and end with word characters).
    if start > 0 && word_char(&b[start - 1]) {
        return None;
    }
    // A month name's pattern has no `\b` after it, and its trigger is the first three letters.
    if kind == Kind::Month {
        const BEFORE: &[&str] = &[
            "early",
            "late",
            "mid",
            "middle",
            "beginning",
            "start",
            "end",
            "of",
            "last",
            "past",
            "coming",
            "this",
            "next",
        ];
        let end = month_token_end(b, start)?;
        let mut i = start;
        while i > 0 && is_sep(b[i - 1]) {
            i -= 1;
        }
        let mut l = i;
        while l > 0 && b[l - 1].is_ascii_alphabetic() {
            l -= 1;
        }
        let prev = &b[l..i];
        let after_mod = BEFORE
            .iter()
            .any(|w| prev.eq_ignore_ascii_case(w.as_bytes()));
        return (!after_mod).then_some(end);
    }
    if b.get(end).is_some_and(word_char) {
        return None;
    }
    // The byte before, back over blanks, commas and hyphens, and the letters that end there.
    let mut i = start;
    while i > 0 && (is_sep(b[i - 1]) || b[i - 1] == b',') {
        i -= 1;
    }
    let before = i.checked_sub(1).map(|j| b[j]);
    let mut l = i;
    while l > 0 && b[l - 1].is_ascii_alphabetic() {
        l -= 1;
    }
    let prev = &b[l..i];
    let prev_is = |set: &[&str]| set.iter().any(|w| prev.eq_ignore_ascii_case(w.as_bytes()));
    let next_at = skip_blanks(b, end);
    let next = word_at(b, next_at);
    let alone = match kind {
        Kind::Weekday => {
            const BEFORE: &[&str] = &[
                "last",
                "next",
                "coming",
                "past",
                "this",
                "previous",
                "following",
                "every",
                "each",
                "noon",
                "midnight",
                "midday",
                "am",
                "pm",
                "m",
                "today",
                "yesterday",
                "tomorrow",
                "tonight",
                "morning",
                "afternoon",
                "evening",
                "clock",
                "monday",
                "tuesday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
                "sunday",
            ];
            !before.is_some_and(|c| c.is_ascii_digit() || c == b'.')
                && !prev_is(BEFORE)
                && !prev_is(TIME_ZONES)
                && !["morning", "afternoon", "evening", "night"]
                    .iter()
                    .any(|p| starts_ci(next, p))
        }
        Kind::Year => {
            const BEFORE: &[&str] = &[
                "spring", "summer", "fall", "autumn", "winter", "of", "the", "early", "late",
                "mid", "fiscal", "calendar", "post", "pre", "year",
            ];
            !prev_is(BEFORE)
                && !(next_at > end
                    && (next.eq_ignore_ascii_case(b"or") || next.eq_ignore_ascii_case(b"and")))
        }
        Kind::Ref => {
            let w = &b[start..end];
            ["now", "nowadays", "current", "currently"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x.as_bytes()))
                || (w.eq_ignore_ascii_case(b"recently") && !prev_is(&["more", "until"]))
        }
        _ => false,
    };
    alone.then_some(end)
}

/// The buffers of [`extract`], reused from one article to the next.
struct Scratch {
    cands: Vec<(Cand, Option<QRef>)>,
    hits: Vec<(u32, usize, usize)>,
    /// (from, to, the start of the last trigger word in it).
    regions: Vec<(usize, usize, usize)>,
    /// Per family: its capture slots.
    locs: Vec<Captures>,
    /// Per family: its search cache.
    caches: Vec<Cache>,
    /// The word "quarter", and per paragraph whether it holds it.
    quarter: memchr::memmem::Finder<'static>,
    has_quarter: Vec<bool>,
}

impl Scratch {
    fn new(rules: &Rules) -> Scratch {
        Scratch {
            cands: Vec::new(),
            hits: Vec::new(),
            regions: Vec::new(),
            locs: rules
                .families
                .iter()
                .map(|(re, _)| re.create_captures())
                .collect(),
            caches: rules
                .families
                .iter()
                .map(|(re, _)| re.create_cache())
                .collect(),
            quarter: memchr::memmem::Finder::new("quarter"),
            has_quarter: Vec::new(),
        }
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Option<Scratch>> = const { std::cell::RefCell::new(None) };
}

thread_local! {
    /// Search families only around their triggers, and bare forms for the match alone
    /// (tests turn it off to compare with the plain search).
    static WINDOWS: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

thread_local! {
    /// Walk long paragraphs for trigger words as several chains (tests turn it off to compare).
    #[cfg(test)]
    static CHAINED: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

#[cfg(test)]
fn chains() -> bool {
    CHAINED.with(|t| t.get())
}

#[cfg(not(test))]
#[inline(always)]
fn chains() -> bool {
    true
}

/// A separator of the words the patterns count: ASCII white space (the patterns' `\s`) or
/// a hyphen.
fn is_sep(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b'-')
}

/// The start of the chunk (run of non-separators) `n` chunks before the one holding `i`.
fn chunks_back(b: &[u8], mut i: usize, n: u8) -> usize {
    i = i.min(b.len());
    while i > 0 && !is_sep(b[i - 1]) {
        i -= 1;
    }
    for _ in 0..n {
        while i > 0 && is_sep(b[i - 1]) {
            i -= 1;
        }
        while i > 0 && !is_sep(b[i - 1]) {
            i -= 1;
        }
    }
    i
}

/// The end of the chunk `n` chunks after the one that holds byte `i - 1`.
fn chunks_ahead(b: &[u8], mut i: usize, n: u8) -> usize {
    while i < b.len() && !is_sep(b[i]) {
        i += 1;
    }
    for _ in 0..n {
        while i < b.len() && is_sep(b[i]) {
            i += 1;
        }
        while i < b.len() && !is_sep(b[i]) {
            i += 1;
        }
    }
    i
}

/// The first ASCII digit at or after `i`: 16 bytes at a time over stretches without one.
fn next_digit(b: &[u8], mut i: usize) -> Option<usize> {
    while let Some(chunk) = b.get(i..i + 16) {
        if chunk.iter().fold(false, |any, c| any | c.is_ascii_digit()) {
            break;
        }
        i += 16;
    }
    let rest = b.get(i..)?;
    rest.iter().position(u8::is_ascii_digit).map(|p| i + p)
}

/// Whether the trigger word at byte `at` of `text` (a unit word) can be the unit of a match
/// of its family that the family's handler keeps, judged from the word before it alone: a
/// cheap test that spares searching the window around most unit words ("the day", "years of
/// war"). It must never say no to a unit a match would hold: each case below reads the
/// family's pattern (and, for bare plurals, its handler). Other families: always yes.
fn can_hold(kind: Kind, text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    // The chunk before the unit and the letters that end it ("(two" → "two").
    let sep_end = at.min(b.len());
    let mut i = sep_end;
    while i > 0 && is_sep(b[i - 1]) {
        i -= 1;
    }
    let chunk_end = i;
    let mut l = i;
    while l > 0 && b[l - 1].is_ascii_alphabetic() {
        l -= 1;
    }
    let letters = &text[l..chunk_end];
    let is = |set: &[&str]| set.iter().any(|w| letters.eq_ignore_ascii_case(w));
    // The patterns' `\s`: ASCII white space with the vertical tab.
    let blank = |c: u8| is_sep(c) && c != b'-';
    // Only blanks (at least one) between the chunk before and the trigger.
    let blanks_before =
        chunk_end > 0 && sep_end > chunk_end && b[chunk_end..sep_end].iter().all(|&c| blank(c));
    match kind {
        // NUM [\s-]+ (adj \s+)? unit: the chunk before ends a count or is an adjective.
        Kind::Duration => {
            sep_end > chunk_end
                && chunk_end > 0
                && (b[chunk_end - 1].is_ascii_digit()
                    || is(&ONES[1..])
                    || is(COUNT_WORDS)
                    || is(DURATION_ADJECTIVES))
        }
        // anchor \s+ (fiscal|full|calendar \s+)? unit.
        // ... or a season after "early", "late", "mid" ("in early spring"), or after a
        // preposition ("from spring", not "fall").
        Kind::RelUnit => {
            let season = |list: &[&str]| {
                list.iter()
                    .any(|w| word_at(b, at).eq_ignore_ascii_case(w.as_bytes()))
            };
            sep_end > chunk_end
                && (is(REL_UNIT_BEFORE_UNIT)
                    || is(&["early", "late", "mid"])
                        && season(&["spring", "summer", "fall", "autumn", "winter"])
                    || blanks_before
                        && is(SEASON_PREPOSITIONS)
                        && season(&["spring", "summer", "autumn", "winter"]))
        }
        // (pre \s+)? unit, kept only after a listed word when there is no pre.
        Kind::BarePlural => {
            let prev = prev_word(text, at);
            is(BARE_PLURAL_PRE)
                || BARE_PLURAL_AFTER
                    .iter()
                    .any(|w| prev.eq_ignore_ascii_case(w))
        }
        // day (ordinal)? \s+ (of \s+)? MONTH: blanks before the month, and before them "of"
        // or a day number ("9", "9th").
        Kind::DayMonth => {
            if !(at > 0 && at <= b.len() && blank(b[at - 1])) {
                return false;
            }
            let mut end = at;
            while end > 0 && blank(b[end - 1]) {
                end -= 1;
            }
            let word = &b[..end];
            let ordinal = ["st", "nd", "rd", "th"].iter().any(|o| {
                word.len() >= 2 && word[word.len() - 2..].eq_ignore_ascii_case(o.as_bytes())
            });
            let digits = &word[..word.len() - if ordinal { 2 } else { 0 }];
            letters.eq_ignore_ascii_case("of") || digits.last().is_some_and(u8::is_ascii_digit)
        }
        // "period" after an adjective. Every match with the word "year" holds "year-ago",
        // "year-earlier", "year end", "year-end", "year's end" or "year ago": after the word,
        // blanks, '-', "'s", then "ago", "earlier" or "end".
        Kind::Period => {
            let rest = &b[at.min(b.len())..];
            if starts_ci(rest, "period") {
                // After the words the pattern puts before it ("year-ago period", "the 1988
                // period", "three-month period").
                return blanks_before
                    && (b[chunk_end - 1].is_ascii_digit()
                        || is(&[
                            "latest",
                            "ago",
                            "earlier",
                            "comparable",
                            "corresponding",
                            "same",
                            "month",
                        ]));
            }
            if rest.len() < 4 || !rest[..4].eq_ignore_ascii_case(b"year") {
                return true;
            }
            let mut i = 4;
            while i < rest.len() && (is_sep(rest[i]) || matches!(rest[i], b'\'' | b's' | b'S')) {
                i += 1;
            }
            let next = &rest[i..];
            ["ago", "ear", "end"]
                .iter()
                .any(|w| next.len() >= 3 && next[..3].eq_ignore_ascii_case(w.as_bytes()))
        }
        // "Oct. 23" is the month-day rule's: the month handler drops a month name followed by
        // a number. No month name at all ("Mark", "Mar 5"): no match.
        Kind::Month => {
            let Some(end) = month_token_end(b, at) else {
                return false;
            };
            let rest = text[end..].trim_start_matches([' ', '\t', '\u{a0}']);
            !rest.starts_with(|c: char| c.is_ascii_digit())
        }
        // MONTH \s* day: a month name, blanks, a digit.
        Kind::MonthDay => month_token_end(b, at).is_some_and(|end| {
            b[end..]
                .iter()
                .find(|&&c| !blank(c))
                .is_some_and(u8::is_ascii_digit)
        }),
        // MONTH (\s+ of)? ,? \s+ year: a four-digit year, "nineteen ...", "this/last/next year".
        Kind::MonthYear => month_token_end(b, at).is_some_and(|end| {
            let year_at = |i: usize| {
                let i = i + usize::from(b.get(i) == Some(&b','));
                let j = skip_blanks(b, i);
                j > i
                    && (b.get(j).is_some_and(u8::is_ascii_digit)
                        || ["nineteen", "this", "last", "next"]
                            .iter()
                            .any(|w| starts_ci(&b[j..], w)))
            };
            let of = skip_blanks(b, end);
            year_at(end) || (of > end && starts_ci(&b[of..], "of") && year_at(of + 2))
        }),
        // (the \s+)? first|second|last|latter \s+ half.
        Kind::Half => blanks_before && is(&["first", "second", "last", "latter"]),
        // The words of the reference pattern that come after another word ("the past",
        // "these days", "the near term", "a later date", "any time soon").
        Kind::Ref => match_ci(
            word_at(b, at),
            &[
                (
                    "future",
                    &["the", "near", "distant", "foreseeable", "immediate"],
                ),
                ("past", &["the"]),
                ("days", &["these"]),
                ("term", &["near", "short", "long"]),
                ("later", &["a"]),
                ("soon", &["as", "time"]),
            ],
        )
        .is_none_or(|before| blanks_before && is(before)),
        // A part of day after its anchor ("last night"; after a day word, that word is the
        // trigger); "mid" only as "mid-morning", "mid afternoon", "midday".
        Kind::RelDay => {
            let w = word_at(b, at);
            if starts_ci(w, "mid") {
                let mut i = at + 3;
                i += usize::from(b.get(i) == Some(&b'-'));
                i += usize::from(b.get(i).is_some_and(|&c| blank(c)));
                return ["morning", "afternoon", "day"]
                    .iter()
                    .any(|p| starts_ci(&b[i.min(b.len())..], p));
            }
            match_ci(
                w,
                &[
                    ("morning", REL_DAY_ANCHORS),
                    ("afternoon", REL_DAY_ANCHORS),
                    ("evening", REL_DAY_ANCHORS),
                    ("night", REL_DAY_ANCHORS),
                ],
            )
            .is_none_or(|before| blanks_before && is(before))
        }
        // "am"/"pm" only right after a number ("5 pm", "5pm"); a part of day only in "5 in
        // the morning"; clock marks, "noon", "midnight": always.
        Kind::ClockTime => {
            let w = word_at(b, at);
            if w.eq_ignore_ascii_case(b"am") || w.eq_ignore_ascii_case(b"pm") {
                return b[..at]
                    .iter()
                    .rev()
                    .find(|&&c| !blank(c))
                    .is_some_and(u8::is_ascii_digit);
            }
            match_ci(
                w,
                &[
                    ("morning", &["the"]),
                    ("afternoon", &["the"]),
                    ("evening", &["the"]),
                ],
            )
            .is_none_or(|before| blanks_before && is(before))
        }
        // every|each|per \s+ (other \s+)? (single \s+)? unit, weekday or month.
        Kind::Set => {
            let w = word_at(b, at);
            if !["every", "each", "per"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x.as_bytes()))
            {
                return true;
            }
            let mut i = at + w.len();
            for skip in ["other", "single"] {
                let j = skip_blanks(b, i);
                if j > i && word_at(b, j).eq_ignore_ascii_case(skip.as_bytes()) {
                    i = j + skip.len();
                }
            }
            let j = skip_blanks(b, i);
            j > i && SET_UNIT_PREFIXES.iter().any(|p| starts_ci(&b[j..], p))
        }
        _ => true,
    }
}

/// The anchors of the relative-day pattern's parts of day ("last night", "the next morning").
const REL_DAY_ANCHORS: &[&str] = &[
    "this",
    "last",
    "tomorrow",
    "yesterday",
    "next",
    "following",
    "previous",
];

/// What may follow "every", "each", "per" in the set pattern: the starts of its units, weekday
/// and month names (any case: a superset).
const SET_UNIT_PREFIXES: &[&str] = &[
    "day", "week", "month", "year", "quarter", "hour", "minute", "night", "morning", "evening",
    "summer", "winter", "spring", "fall", "autumn", "mon", "tue", "wed", "thu", "fri", "sat",
    "sun", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The run of ASCII letters at byte `at`.
fn word_at(b: &[u8], at: usize) -> &[u8] {
    let rest = &b[at.min(b.len())..];
    let n = rest.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    &rest[..n]
}

/// Whether `b` starts with `w` (ASCII case-insensitive).
fn starts_ci(b: &[u8], w: &str) -> bool {
    b.len() >= w.len() && b[..w.len()].eq_ignore_ascii_case(w.as_bytes())
}

/// The index after the blanks (the patterns' `\s`) at `i`.
fn skip_blanks(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && is_sep(b[i]) && b[i] != b'-' {
        i += 1;
    }
    i
}

/// The words that must come before word `w` (any case), when `w` is listed.
fn match_ci<'t>(w: &[u8], table: &[(&str, &'t [&'t str])]) -> Option<&'t [&'t str]> {
    table
        .iter()
        .find(|(x, _)| w.eq_ignore_ascii_case(x.as_bytes()))
        .map(|&(_, before)| before)
}

/// A match of a family that is its bare form: the whole match is one group and no other
/// group can have taken part: a year alone ("2019": group `y`), a weekday name alone
/// ("Monday": `wd`), a month name alone ("March", "Sept.": `mon`), a day word alone ("today":
/// `w`), a plural unit alone ("years": `unit`), a set adverb ("daily": the match, no group),
/// a clock time with nothing after it ("5:30 p.m.": `clock`).
fn is_bare(kind: Kind, m: &str) -> bool {
    let b = m.as_bytes();
    match kind {
        // Anything before the unit or "ago" after it comes after white space.
        Kind::BarePlural => !b.iter().any(u8::is_ascii_whitespace),
        // The first alternative (one word, no group); "every day" has white space.
        Kind::Set => !b.iter().any(u8::is_ascii_whitespace),
        // What may follow the clock (a time zone and a day, a date) ends in a day word
        // ("Monday", "today", "tonight") or a number: a match that ends in "am", "p.m." is
        // the clock alone.
        Kind::ClockTime => matches!(b.last(), Some(b'm' | b'M' | b'.')),
        Kind::Year => b.len() == 4 && b.iter().all(u8::is_ascii_digit),
        Kind::Weekday => matches!(
            m,
            "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
        ),
        Kind::Month => month_token_end(b, 0) == Some(b.len()),
        // The first alternative with its day word alone (group `w`): no other alternative
        // matches a day word by itself.
        Kind::RelDay => ["yesterday", "today", "tomorrow", "tonight"]
            .iter()
            .any(|w| m.eq_ignore_ascii_case(w)),
        _ => false,
    }
}

/// A match of a family in its common two-word form, read from its text: the spans (within
/// the match) of its first word, the separator and its second word, which are then the
/// groups named in [`Rules::pairs`] and the only ones that took part. None for other forms.
/// - Duration, two chunks split by `[\s-]+` ("two years", "10-day", "a week"): nothing but
///   a count can come before the unit when nothing else is there ("a" is the count when no
///   count follows it).
/// - RelUnit, two words split by `\s+` ("last week", "the year"): the anchor and the unit.
/// - MonthDay, a month name, blanks and a day number ("Nov. 9", "June 30"): no weekday, no
///   ordinal, no year.
/// - Year, "the" and four digits ("the 1990", "The 2020"): "the" is the prefix (the pattern's
///   last choice for it; the others want a word after "the").
/// - Weekday, a weekday name, blanks and a part of day ("Tuesday night"): no clock, no
///   anchor word, no plural weekday.
/// - BarePlural, one of its prefix words and a plural unit ("recent years", "the days"):
///   not the unit and "ago" ("years ago").
fn two_words(kind: Kind, m: &str) -> Option<[(usize, usize); 3]> {
    let b = m.as_bytes();
    let blank = |c: u8| is_sep(c) && c != b'-';
    // Two words split by blanks: the spans of the first, the blanks and the second.
    let split = || {
        let first = b.iter().position(|&c| blank(c))?;
        let second = first + b[first..].iter().position(|&c| !blank(c))?;
        if b[second..].iter().any(|&c| blank(c)) {
            return None;
        }
        Some([(0, first), (first, second), (second, b.len())])
    };
    let word = |(s, e): (usize, usize)| &m[s..e];
    let one_of = |w: &str, set: &[&str]| set.iter().any(|x| w.eq_ignore_ascii_case(x));
    match kind {
        Kind::Year => {
            let after = 3 + b.get(3..)?.iter().take_while(|&&c| blank(c)).count();
            let digits = &b[after..];
            (b[..3].eq_ignore_ascii_case(b"the")
                && digits.len() == 4
                && digits.iter().all(u8::is_ascii_digit))
            .then_some([(0, 3), (3, after), (after, b.len())])
        }
        Kind::Weekday => {
            let parts = split()?;
            (is_bare(Kind::Weekday, word(parts[0]))
                && one_of(
                    word(parts[2]),
                    &[
                        "morning",
                        "afternoon",
                        "evening",
                        "night",
                        "mornings",
                        "afternoons",
                        "evenings",
                        "nights",
                    ],
                ))
            .then_some(parts)
        }
        Kind::BarePlural => {
            let parts = split()?;
            (one_of(
                word(parts[0]),
                &["recent", "coming", "past", "future", "the"],
            ) && one_of(
                word(parts[2]),
                &[
                    "years",
                    "months",
                    "weeks",
                    "days",
                    "decades",
                    "centuries",
                    "quarters",
                    "hours",
                    "minutes",
                ],
            ))
            .then_some(parts)
        }
        Kind::Duration | Kind::RelUnit => {
            let sep = |c: u8| {
                if kind == Kind::Duration {
                    is_sep(c)
                } else {
                    blank(c)
                }
            };
            let first = b.iter().position(|&c| sep(c))?;
            let second = first + b[first..].iter().position(|&c| !sep(c))?;
            if b[second..].iter().any(|&c| is_sep(c)) || b[..first].contains(&b'-') {
                return None;
            }
            // "early summer": a position and a season, not an anchor and a unit; nor is "in
            // spring".
            if kind == Kind::RelUnit
                && (one_of(word((0, first)), &["early", "late", "mid"])
                    || one_of(word((0, first)), SEASON_PREPOSITIONS))
            {
                return None;
            }
            Some([(0, first), (first, second), (second, b.len())])
        }
        Kind::MonthDay => {
            let end = month_token_end(b, 0)?;
            let day = end + b[end..].iter().take_while(|&&c| blank(c)).count();
            let digits = &b[day..];
            if !(1..=2).contains(&digits.len()) || !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            Some([(0, end), (end, day), (day, b.len())])
        }
        _ => None,
    }
}

/// The end of the month name that [`MONTH`] matches at byte `at` (its alternatives in their
/// order, the first that fits); None when none does.
fn month_token_end(b: &[u8], at: usize) -> Option<usize> {
    const FULL: &[&str] = &[
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    // (abbreviation, whether its period is required)
    const SHORT: &[(&str, bool)] = &[
        ("Jan", false),
        ("Feb", false),
        ("Mar", true),
        ("Apr", false),
        ("Jun", true),
        ("Jul", true),
        ("Aug", false),
        ("Sept", false),
        ("Sep", false),
        ("Oct", false),
        ("Nov", false),
        ("Dec", false),
    ];
    let rest = b.get(at..)?;
    if let Some(w) = FULL.iter().find(|w| rest.starts_with(w.as_bytes())) {
        return Some(at + w.len());
    }
    SHORT.iter().find_map(|&(w, dot_required)| {
        let dot = rest.get(w.len()) == Some(&b'.');
        (rest.starts_with(w.as_bytes()) && (dot || !dot_required))
            .then(|| at + w.len() + usize::from(dot))
    })
}

/// Where a duration holding the unit word at `at` can start at the earliest: back over the
/// chunks that the duration pattern's words before the unit can fill (modifiers, articles,
/// counts, "to"/"or", adjectives); a chunk with something else before such a word ("(two",
/// "2012–six") is the last. Tighter than the family's window, which allows for the longest prefix.
fn duration_start(b: &[u8], at: usize) -> usize {
    let mut from = at.min(b.len());
    while from > 0 && !is_sep(b[from - 1]) {
        from -= 1;
    }
    loop {
        let mut end = from;
        while end > 0 && is_sep(b[end - 1]) {
            end -= 1;
        }
        if end == from {
            return from;
        }
        let mut start = end;
        while start > 0 && !is_sep(b[start - 1]) {
            start -= 1;
        }
        // The word that ends the chunk: its last run of letters and digits, with the digits
        // before a '.' or '/' when it is a number ("1.5", "1/2").
        let mut w = end;
        while w > start && b[w - 1].is_ascii_alphanumeric() {
            w -= 1;
        }
        if w < end && b[end - 1].is_ascii_digit() {
            while w >= start + 2 && matches!(b[w - 1], b'.' | b'/') && b[w - 2].is_ascii_digit() {
                w -= 1;
                while w > start && b[w - 1].is_ascii_digit() {
                    w -= 1;
                }
            }
        }
        if !duration_word(&b[w..end]) {
            return from;
        }
        from = start;
        if w > start {
            return from;
        }
    }
}

/// A word the duration pattern may hold before its unit: a number ("10", "1.5", "1/2") or
/// one of its words (any case).
fn duration_word(w: &[u8]) -> bool {
    if w.first().is_some_and(u8::is_ascii_digit) {
        return w
            .iter()
            .all(|&c| c.is_ascii_digit() || c == b'.' || c == b'/');
    }
    [
        &ONES[1..],
        COUNT_WORDS,
        DURATION_ADJECTIVES,
        DURATION_OTHER_WORDS,
    ]
    .iter()
    .any(|set| set.iter().any(|d| w.eq_ignore_ascii_case(d.as_bytes())))
}

/// The words that end a count of the duration pattern (`NUM`), besides [`ONES`] from one.
const COUNT_WORDS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "thousand", "of", "couple", "few", "several", "dozen", "many", "some", "a", "an",
];

/// The adjectives of the duration pattern, right before its unit.
const DURATION_ADJECTIVES: &[&str] = &[
    "more",
    "additional",
    "full",
    "straight",
    "consecutive",
    "trading",
    "business",
    "working",
    "calendar",
    "long",
];

/// The other words of the duration pattern before its unit (split at blanks and hyphens):
/// modifiers, articles, positions, "to"/"or".
const DURATION_OTHER_WORDS: &[&str] = &[
    "nearly",
    "almost",
    "than",
    "less",
    "fewer",
    "at",
    "least",
    "most",
    "up",
    "to",
    "no",
    "not",
    "well",
    "over",
    "the",
    "first",
    "last",
    "past",
    "next",
    "previous",
    "coming",
    "final",
    "initial",
    "latest",
    "following",
    "remaining",
    "preceding",
    "other",
    "year",
    "earlier",
    "or",
];
/// The last words of the relative-unit pattern's anchors and of its fiscal-year words.
const REL_UNIT_BEFORE_UNIT: &[&str] = &[
    "past",
    "last",
    "previous",
    "prior",
    "coming",
    "next",
    "current",
    "latest",
    "following",
    "same",
    "this",
    "that",
    "the",
    "its",
    "fiscal",
    "full",
    "calendar",
];

/// The prepositions before a bare season in the relative-unit pattern ("from spring to
/// September", "by summer").
const SEASON_PREPOSITIONS: &[&str] = &[
    "in", "from", "by", "until", "till", "through", "since", "during",
];

/// The last words of the bare-plural pattern's modifiers.
const BARE_PLURAL_PRE: &[&str] = &["recent", "coming", "past", "last", "next", "future", "the"];

/// The words the bare-plural handler keeps an unmodified plural after.
const BARE_PLURAL_AFTER: &[&str] = &[
    "for", "in", "over", "within", "after", "take", "takes", "took", "last", "lasted",
];

/// Sort byte ranges and merge those that overlap.
/// (The third value of a range, the start of its last trigger word, is kept as the largest.)
fn merge_regions(r: &mut Vec<(usize, usize, usize)>) {
    r.sort_unstable();
    let mut k = 0;
    for i in 0..r.len() {
        if k > 0 && r[i].0 < r[k - 1].1 {
            r[k - 1].1 = r[k - 1].1.max(r[i].1);
            r[k - 1].2 = r[k - 1].2.max(r[i].2);
        } else {
            r[k] = r[i];
            k += 1;
        }
    }
    r.truncate(k);
}

/// A date the story has reached: the last one written with a year, month or day.
#[derive(Clone, Copy)]
struct Anchor {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
}

impl Anchor {
    fn parse(v: &str) -> Option<Anchor> {
        let b = v.as_bytes();
        let digits = |r: std::ops::Range<usize>| {
            b.get(r.clone())
                .filter(|s| s.iter().all(u8::is_ascii_digit))
                .and_then(|_| v[r].parse::<u32>().ok())
        };
        let year = digits(0..4)? as i32;
        if b.len() > 4 && b[4] != b'-' {
            return None;
        }
        let month = (b.get(4) == Some(&b'-')).then(|| digits(5..7)).flatten();
        let day = month.and((b.get(7) == Some(&b'-')).then(|| digits(8..10)).flatten());
        if b.len() > 4 && month.is_none() {
            return None;
        }
        Some(Anchor { year, month, day })
    }

    fn date(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month?, self.day?)
    }
}

/// Anaphoric expressions ("that year", "later that day", "the following month", "the next
/// morning", "the previous Friday") point into the story's own time line, not at the
/// publication date: they are resolved against the most recent date written before them in
/// the article (a year, a month or a day), when there is one of fine enough grain.
///
/// A bare clock time ("at 10 p.m.") likewise takes the day written right after it ("at 8
/// a.m. on April 4"), else the day the story last spoke of, when that day was written within
/// [`CLOCK_ANCHOR_BYTES`] before it; else the publication day.
/// "Overnight" is the night before the news day last named as such (a weekday, "today",
/// "yesterday") as near before it: "shares closed lower Friday ... depressed by overnight
/// losses in New York" is Thursday night; else the night before publication.
fn anchor_anaphors(text: &str, out: &mut [DateFact]) {
    let mut anchor: Option<(Anchor, usize)> = None;
    let mut news_day: Option<(NaiveDate, usize)> = None;
    // Whether the last anchor is a news day ("said Tuesday"), and the last date with a month
    // that is none: the month a report is about.
    let mut anchor_is_news_day = false;
    let mut story_month: Option<Anchor> = None;
    for i in 0..out.len() {
        // The day written right after this expression ("at 8 a.m. on April 4").
        // (Only a clock time uses it.)
        let day_after = out
            .get(i + 1)
            .filter(|_| out[i].timex_type == TIME)
            .and_then(|n| {
                let gap = text.get(out[i].span.end..n.span.start)?;
                if gap.len() > 16 {
                    return None;
                }
                let gap = gap.trim_matches(|c: char| c == ',' || c.is_whitespace());
                // Nothing, "on", a time zone or both ("at 9 a.m. ET on Friday").
                gap.split_whitespace()
                    .all(|w| {
                        w.eq_ignore_ascii_case("on")
                            || TIME_ZONES.iter().any(|z| w.eq_ignore_ascii_case(z))
                    })
                    .then(|| Anchor::parse(n.value.as_deref()?)?.date())
                    .flatten()
            });
        let f = &mut out[i];
        let s = f.span.slice(text);
        if let Some((unit, off)) = anaphor(s) {
            // "the previous month" counts from the month the story reports, past a year
            // ("higher than in 2019") and past the day the news was told ("retail sales rose
            // in October, the agency said Tuesday ... from the previous month"): the last
            // month told, when it is at most three months before that day.
            let anchor = anchor.map(|(a, end)| {
                let month_of = |x: Anchor| x.year * 12 + x.month.map_or(0, |m| m as i32);
                let base = match story_month {
                    Some(m) if unit == AnaUnit::Month && a.month.is_none() => Some(m),
                    Some(m) if unit == AnaUnit::Month && anchor_is_news_day => {
                        Some(m).filter(|&m| (0..=3).contains(&(month_of(a) - month_of(m))))
                    }
                    _ => None,
                };
                (base.unwrap_or(a), end)
            });
            if let Some((a, _)) = anchor {
                if let Some(v) = shift_anchor(a, unit, off) {
                    f.value = Some(v);
                }
            }
        } else if f.timex_type == TIME && bare_clock(s) {
            let near =
                anchor.filter(|(_, end)| f.span.start.saturating_sub(*end) <= CLOCK_ANCHOR_BYTES);
            let day = day_after.or_else(|| near.and_then(|(a, _)| a.date()));
            if let (Some(d), Some(v)) = (day, f.value.as_mut()) {
                if let Some(t) = v.find('T') {
                    *v = format!("{}{}", fmt_day(d), &v[t..]);
                }
            }
        } else if f.timex_type == TIME && s.eq_ignore_ascii_case("overnight") {
            // The night before the news day the story last spoke of.
            let near =
                news_day.filter(|(_, end)| f.span.start.saturating_sub(*end) <= CLOCK_ANCHOR_BYTES);
            if let Some((d, _)) = near {
                f.value = Some(format!("{}TNI", fmt_day(d - Duration::days(1))));
            }
        }
        // A weekday or a day word names the story's news day; a calendar date ("on Aug. 7")
        // mostly an earlier event.
        let told = f.timex_type == DATE
            && (s
                .split_whitespace()
                .next()
                .is_some_and(|w| is_bare(Kind::Weekday, w))
                || s.eq_ignore_ascii_case("yesterday")
                || s.eq_ignore_ascii_case("today"));
        if told {
            if let Some(d) = f
                .value
                .as_deref()
                .and_then(Anchor::parse)
                .and_then(|a| a.date())
            {
                news_day = Some((d, f.span.end));
            }
        }
        if f.timex_type == DATE || f.timex_type == TIME {
            if let Some(a) = f.value.as_deref().and_then(Anchor::parse) {
                anchor = Some((a, f.span.end));
                anchor_is_news_day = told;
                if !told && a.month.is_some() {
                    story_month = Some(a);
                }
            }
        }
    }
}

/// Resolve the expressions that mean the story's quarter (see [`QRef`]) against the first
/// quarter the article named before them: a financial report leads with the quarter it
/// reports ("third-quarter net rose 11%") and may then mention others in passing ("after a
/// flat second quarter") that are not what "the quarter" or "a year earlier" refer to. Only
/// a recent quarter (the current one or one of the four before it) is a report's. In a
/// paragraph whose first date is a recent quarter, they mean that quarter: the paragraph
/// opens another report ("Separately, America West reported third-quarter profit ... a year
/// earlier"; "National Intergroup posted net income for the fiscal second quarter ... The
/// latest period").
fn anchor_quarters(
    doc: &Doc,
    out: &mut [DateFact],
    qrefs: &[(Span, QRef)],
    dct: Option<NaiveDate>,
) {
    let Some(d) = dct else {
        return;
    };
    if qrefs.is_empty() {
        return;
    }
    // A report's quarter is one of the last four completed ones or the current one.
    let now = d.year() * 4 + (d.month() as i32 - 1) / 3;
    let recent = |(y, q): (i32, u32)| (now - 4..=now).contains(&(y * 4 + q as i32 - 1));
    let mut story: Option<(i32, u32)> = None;
    // The quarter a paragraph opens with, when its first date is a recent quarter:
    // (paragraph, quarter); and the paragraph of the last date seen.
    let mut local: Option<(usize, (i32, u32))> = None;
    let mut last_para = usize::MAX;
    let para_of = |at: usize| doc.paragraphs.partition_point(|p| p.end <= at);
    for f in out.iter_mut() {
        let r = qrefs
            .iter()
            .rev()
            .find(|(s, _)| *s == f.span)
            .map(|&(_, r)| r);
        let pi = para_of(f.span.start);
        let here = local.filter(|&(p, _)| p == pi).map(|(_, q)| q);
        if let (Some(r), Some((y, q))) = (r, here.or(story)) {
            f.value = Some(match r {
                QRef::Shift(k) => format!("{:04}-Q{q}", y + k),
                QRef::Year(y) => format!("{y:04}-Q{q}"),
            });
        }
        if r.is_none() {
            let q = f
                .value
                .as_deref()
                .and_then(parse_quarter)
                .filter(|&v| recent(v));
            story = story.or(q);
            if pi != last_para {
                local = q.map(|q| (pi, q));
            }
        }
        last_para = pi;
    }
}

/// The quarter of "the quarter ended Sept. 30" (`at` is where "quarter" ends): the three
/// months ending with the named month, as the calendar quarter that holds most of them (the
/// one of the month before it: "ended July 31" is the second quarter); in the given year, else
/// the last such month-end on or before `dct` (the period has ended).
fn ended_quarter(text: &str, at: usize, dct: NaiveDate) -> Option<(i32, u32)> {
    let b = text.as_bytes();
    let mut i = skip_blanks(b, at);
    let verb = word_at(b, i);
    if !(verb == b"ended" || verb == b"ending") {
        return None;
    }
    i = skip_blanks(b, i + verb.len());
    let name = word_at(b, i);
    if !name.first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let month = month_number(std::str::from_utf8(name).ok()?)?;
    i += name.len();
    if b.get(i) == Some(&b'.') {
        i += 1;
    }
    i = skip_blanks(b, i);
    let n = b[i.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let day: u32 = text.get(i..i + n)?.parse().ok()?;
    i += n;
    // ", 1989"
    let rest = &b[i..];
    let year = match rest {
        [b',', b' ', y @ ..] if y.len() >= 4 && y[..4].iter().all(u8::is_ascii_digit) => {
            let four = y.get(4).is_none_or(|c| !c.is_ascii_digit());
            four.then(|| std::str::from_utf8(&y[..4]).ok()?.parse::<i32>().ok())
                .flatten()
        }
        _ => None,
    };
    let year = match year {
        Some(y) => y,
        None => {
            let this = NaiveDate::from_ymd_opt(dct.year(), month, day)?;
            dct.year() - i32::from(this > dct)
        }
    };
    NaiveDate::from_ymd_opt(year, month, day)?;
    let (y, m) = add_months(year, month, -1);
    Some((y, (m - 1) / 3 + 1))
}

/// "1989-Q3" → (1989, 3).
fn parse_quarter(v: &str) -> Option<(i32, u32)> {
    let (y, q) = v.split_once("-Q")?;
    let q: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
    if y.len() != 4 || !y.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((y.parse().ok()?, q))
}

/// How far back (bytes) the day of a bare clock time is looked for.
const CLOCK_ANCHOR_BYTES: usize = 1000;

/// The time zones of the clock pattern ([`TZ`]), lower case.
const TIME_ZONES: &[&str] = &[
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "et", "bst", "cet",
];

/// A clock time with no day of its own: "10:35 a.m.", "around 7 p.m. EST", "noon".
fn bare_clock(s: &str) -> bool {
    const OK: &[&str] = &[
        "a",
        "m",
        "p",
        "am",
        "pm",
        "noon",
        "midnight",
        "midday",
        "around",
        "about",
        "o",
        "clock",
        "in",
        "the",
        "morning",
        "afternoon",
        "evening",
    ];
    s.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .all(|w| OK.contains(&w.as_str()) || TIME_ZONES.contains(&w.as_str()))
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum AnaUnit {
    Year,
    Month,
    /// An ISO week: "the following week", "that week".
    IsoWeek,
    Day,
    Week(Weekday),
}

/// (unit, offset) of an anaphoric expression: "that year" (Year, 0), "the following month"
/// (Month, 1), "the next morning" (Day, 1), "the previous Friday" (Friday, -1).
fn anaphor(s: &str) -> Option<(AnaUnit, i32)> {
    // The words (runs of ASCII letters and digits), without allocating: every form below has
    // at most four.
    let mut buf = [""; 4];
    let mut n = 0;
    for w in s.split(|c: char| !c.is_ascii_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        *buf.get_mut(n)? = w;
        n += 1;
    }
    let is = |w: &str, set: &[&str]| set.iter().any(|x| w.eq_ignore_ascii_case(x));
    let words = match &buf[..n] {
        [first, rest @ ..] if is(first, &["earlier", "later", "early", "late"]) => rest,
        all => all,
    };
    let unit = |w: &str| {
        if w.eq_ignore_ascii_case("year") {
            Some(AnaUnit::Year)
        } else if w.eq_ignore_ascii_case("month") {
            Some(AnaUnit::Month)
        } else if w.eq_ignore_ascii_case("week") {
            Some(AnaUnit::IsoWeek)
        } else if is(w, &["day", "morning", "afternoon", "evening", "night"]) {
            Some(AnaUnit::Day)
        } else {
            let b = w.as_bytes();
            weekday_of(w)
                .filter(|_| b.len() >= 3 && b[b.len() - 3..].eq_ignore_ascii_case(b"day"))
                .map(AnaUnit::Week)
        }
    };
    match *words {
        [that, u] if that.eq_ignore_ascii_case("that") => unit(u)
            .filter(|u| !matches!(u, AnaUnit::Week(_)))
            .map(|u| (u, 0)),
        [that, same, u] if is(that, &["that", "the"]) && same.eq_ignore_ascii_case("same") => {
            unit(u)
                .filter(|u| !matches!(u, AnaUnit::Week(_)))
                .map(|u| (u, 0))
        }
        [the, rel, u] if the.eq_ignore_ascii_case("the") => {
            let off = if is(rel, &["following", "next"]) {
                1
            } else if is(rel, &["previous", "prior"]) {
                -1
            } else {
                return None;
            };
            let u = unit(u)?;
            // "the next year" ("week") may be a span ahead of now; "the following year" is not.
            if rel.eq_ignore_ascii_case("next") && matches!(u, AnaUnit::Year | AnaUnit::IsoWeek) {
                return None;
            }
            Some((u, off))
        }
        _ => None,
    }
}

/// The anchor moved by `off` units, formatted at the unit's grain. An anchor coarser than
/// the unit gives None, except a month for the same day (`off` 0): "last October ... that
/// same day" is a day of that October whose number the story does not give, "1998-10-XX"
/// (the TimeML form of an unknown day). After a year only, "the same day" is too loose
/// ("donations made on the same day" compares two events, it dates none).
fn shift_anchor(a: Anchor, unit: AnaUnit, off: i32) -> Option<String> {
    match unit {
        AnaUnit::Year => Some(format!("{:04}", a.year + off)),
        AnaUnit::Month => {
            let (y, m) = add_months(a.year, a.month?, off);
            Some(format!("{y:04}-{m:02}"))
        }
        AnaUnit::IsoWeek => Some(iso_week(a.date()? + Duration::days(7 * off as i64))),
        AnaUnit::Day if a.day.is_none() && off == 0 => {
            Some(format!("{:04}-{:02}-XX", a.year, a.month?))
        }
        AnaUnit::Day => Some(fmt_day(a.date()? + Duration::days(off as i64))),
        AnaUnit::Week(wd) => {
            let d = a.date()?;
            Some(fmt_day(resolve_weekday(
                d,
                wd,
                if off < 0 { -2 } else { 2 },
            )))
        }
    }
}

const QUARTER_WINDOW: usize = 2;

/// The groups of one match, read from reused [`Captures`] (no allocation per match).
struct Caps<'a> {
    hay: &'a str,
    locs: &'a Captures,
    /// A bare match (group index, start, end): the whole match is that one group, and no
    /// other group took part (`locs` is then stale).
    bare: Option<Known>,
    /// The family's group names with their indices.
    names: &'a [(String, usize)],
}

/// The groups of a match read from its text, not by a capture search: the whole match and
/// up to three groups (index, start, end; `usize::MAX`: an unused slot); other groups did not
/// take part.
#[derive(Clone, Copy)]
struct Known {
    all: (usize, usize),
    groups: [(usize, usize, usize); 3],
}

impl Known {
    const NONE: (usize, usize, usize) = (usize::MAX, 0, 0);
    fn one(g: usize, start: usize, end: usize) -> Known {
        Known {
            all: (start, end),
            groups: [(g, start, end), Known::NONE, Known::NONE],
        }
    }
    /// A two-word match at `start..end`: `g` the groups of (first word, separator, second
    /// word), `parts` their spans within the match.
    fn pair(start: usize, end: usize, g: [usize; 3], parts: [(usize, usize); 3]) -> Known {
        let at = |k: usize| (g[k], start + parts[k].0, start + parts[k].1);
        Known {
            all: (start, end),
            groups: [at(0), at(1), at(2)],
        }
    }
    fn get(&self, i: usize) -> Option<(usize, usize)> {
        if i == 0 {
            return Some(self.all);
        }
        let &(_, s, e) = self.groups.iter().find(|g| g.0 == i)?;
        Some((s, e))
    }
}

/// One group of a match.
#[derive(Clone, Copy)]
struct Group<'a> {
    hay: &'a str,
    start: usize,
    end: usize,
}

impl<'a> Group<'a> {
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
    fn as_str(&self) -> &'a str {
        &self.hay[self.start..self.end]
    }
}

impl<'a> Caps<'a> {
    fn get(&self, i: usize) -> Option<Group<'a>> {
        let (start, end) = match &self.bare {
            Some(k) => k.get(i)?,
            None => self.locs.get_group(i).map(|s| (s.start, s.end))?,
        };
        Some(Group {
            hay: self.hay,
            start,
            end,
        })
    }
    fn name(&self, name: &str) -> Option<Group<'a>> {
        let &(_, i) = self.names.iter().find(|(n, _)| n == name)?;
        self.get(i)
    }
}

/// `f` given a context of the publication date `dct` alone (no quarters, no marks): for the
/// passes that read a sentence's tense after the candidates are found.
fn with_date<R>(text: &str, doc: &Doc, dct: NaiveDate, f: impl FnOnce(&Ctx) -> R) -> R {
    let qrefs = std::cell::RefCell::new(Vec::new());
    f(&Ctx {
        text,
        doc,
        dct: Some(dct),
        quarterly: false,
        qrefs: &qrefs,
    })
}

struct Ctx<'a> {
    text: &'a str,
    doc: &'a Doc,
    dct: Option<NaiveDate>,
    /// The article speaks of (fiscal) quarters: comparisons "a year ago" are quarter-sized.
    quarterly: bool,
    /// Marks made by the handler of the current candidate (see [`QRef`]).
    qrefs: &'a std::cell::RefCell<Vec<QRef>>,
}

impl Ctx<'_> {
    /// Note that the current candidate means the story's quarter (see [`QRef`]).
    fn story_quarter(&self, r: QRef) {
        self.qrefs.borrow_mut().push(r);
    }
}

/// An expression that means the quarter the financial story is about: "the quarter", "the
/// latest quarter", "that quarter" (`Shift(0)`), "a year earlier", "the year-ago quarter",
/// "year-earlier" in a quarterly report (`Shift(-1)`), "the 1988 period" (`Year(1988)`).
/// Its value is first the last completed quarter before the publication date; when the
/// article has named a quarter before it ("the fiscal first quarter"), it is the first such
/// quarter (the story's reference time, as TimeML resolves anaphoric expressions), shifted
/// or given the year.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum QRef {
    Shift(i32),
    Year(i32),
}

struct Cand {
    span: Span,
    ty: &'static str,
    value: Option<String>,
}

const DATE: &str = "DATE";
const TIME: &str = "TIME";
const DURATION: &str = "DURATION";
const SET: &str = "SET";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    MonthDay,
    DayMonth,
    Iso,
    Slash,
    MonthYear,
    Month,
    Year,
    Decade,
    Century,
    SpokenYear,
    Weekday,
    ClockTime,
    RelDay,
    RelUnit,
    Quarter,
    Half,
    Duration,
    BarePlural,
    Set,
    Ref,
    Holiday,
    Period,
}

struct Rules {
    families: Vec<(Regex, Kind)>,
    /// Per family: the group that a bare match is (see [`is_bare`]), for the families that
    /// have a bare form.
    bare: Vec<Option<usize>>,
    /// Per family: its named groups and their indices.
    names: Vec<Vec<(String, usize)>>,
    /// The families without groups.
    groupless: u32,
    /// Per family with a two-word form (see [`two_words`]): the groups of its first word, of
    /// the separator (`usize::MAX`: none) and of its second word.
    pairs: Vec<Option<[usize; 3]>>,
    /// Every trigger word (ASCII case-insensitive, overlapping matches).
    words: WordDfa,
    /// Per pattern of `words`: how it must sit in the text, and the families it may start.
    word_info: Vec<Vec<(Place, u32)>>,
    /// Per [`Flag`] bit: the families it triggers.
    flags: [u32; FLAGS],
    /// Families that cannot match without an ASCII digit (besides one of their triggers).
    need_digit: u32,
    /// Families that cannot match without a year (see [`Triggers::need_year`]).
    need_year: u32,
    /// Per family: searched only around its trigger words, from this many chunks before
    /// one to this many after it (see [`window`]); None: over the whole paragraph.
    windows: Vec<Option<(u8, u8)>>,
    /// The families with a window.
    windowed: u32,
    /// The year family's bit when it has a window: searched around four-digit years (the
    /// only family with a window around a digit flag rather than around words).
    year_windowed: u32,
    /// The clock family's bit when it has a window: searched around clock marks ("5:30",
    /// "p.m") as well as around its words.
    clock_windowed: u32,
}

/// Not a family: the bit of the whole words "year" and "nineteen" in trigger masks.
const YEAR_WORD: u32 = 1 << 31;

/// Where a trigger word must sit to count.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Anywhere, any case.
    Anywhere,
    /// With no ASCII letter right before it.
    WordStart,
    /// With no ASCII letter right before or right after it.
    WholeWord,
    /// Anywhere, any case, with no ASCII letter right after it.
    WordEnd,
    /// Anywhere, in exactly this case.
    Exact,
}

/// Trigger flags other than words: bits of [`Triggers::flags`].
struct Flag;
impl Flag {
    /// An ASCII digit.
    const DIGIT: u8 = 1;
    /// A run of exactly four digits from 1500 to 2099 (not within a longer run).
    const YEAR4: u8 = 2;
    /// Two digits, the second 0, after an ASCII apostrophe and before "s" or "'s" ("'90s").
    const QUOTE_DIGIT: u8 = 4;
    /// A clock: digits, ':', a digit; or "a.m" / "p.m" (any case).
    const CLOCK: u8 = 8;
    /// A '/' between two digits.
    const SLASH: u8 = 16;
    /// A [`Flag::YEAR4`] run followed by '-' and a digit ("2020-11-09").
    const ISO: u8 = 32;
    /// A [`Flag::YEAR4`] run ending in 0 followed by "s" or "'s" ("1990s").
    const DECADE: u8 = 64;
    /// One digit from 1 to 4 after a capital Q that starts a word ("Q3").
    const Q_DIGIT: u8 = 128;
}
const FLAGS: usize = 8;

/// What every match of a family contains (each list: words separated by spaces): one of
/// `words` (case-insensitive, with no ASCII letter right before it; a trailing `$` also wants
/// none after it: the whole word), one of `exact` (case-sensitive, anywhere: month names may
/// follow "mid" or "early" without a space), one of `anywhere` (case-insensitive; a trailing
/// `$`: with no ASCII letter after it), or one of the `flags`. `need_digit`: the match also
/// always contains a digit. A family is run over a paragraph only when the
/// paragraph has what its matches must contain, so the triggers must cover everything its
/// pattern can match: widening a pattern means widening its triggers.
#[derive(Default)]
struct Triggers {
    words: &'static str,
    exact: &'static str,
    anywhere: &'static str,
    flags: u8,
    need_digit: bool,
    /// The match also always contains a year: four digits ([`Flag::YEAR4`]) or the whole
    /// word "year" or "nineteen".
    need_year: bool,
}

const MONTH_TRIGGERS: &str = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec";

fn triggers(kind: Kind) -> Triggers {
    let words = |words: &'static str| Triggers {
        words,
        ..Triggers::default()
    };
    match kind {
        Kind::MonthDay | Kind::DayMonth => Triggers {
            exact: MONTH_TRIGGERS,
            need_digit: true,
            ..Triggers::default()
        },
        Kind::MonthYear => Triggers {
            exact: MONTH_TRIGGERS,
            need_year: true,
            ..Triggers::default()
        },
        Kind::Month => Triggers {
            exact: MONTH_TRIGGERS,
            ..Triggers::default()
        },
        Kind::Year => Triggers {
            flags: Flag::YEAR4,
            ..Triggers::default()
        },
        Kind::Iso => Triggers {
            flags: Flag::ISO,
            ..Triggers::default()
        },
        Kind::Slash => Triggers {
            flags: Flag::SLASH,
            ..Triggers::default()
        },
        Kind::Decade => Triggers {
            words: "twenties thirties forties fifties sixties seventies eighties nineties",
            flags: Flag::DECADE | Flag::QUOTE_DIGIT,
            ..Triggers::default()
        },
        Kind::Century => words("century$"),
        Kind::SpokenYear => words("nineteen$ thousand$"),
        Kind::Weekday => Triggers {
            exact: "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
            ..Triggers::default()
        },
        // "5pm", "5 p.m.", "5:30", "noon", "5 in the morning".
        Kind::ClockTime => Triggers {
            words: "noon midnight midday morning afternoon evening am$ pm$",
            flags: Flag::CLOCK,
            ..Triggers::default()
        },
        // "early", "late", "until" may run into the day word ("untiltoday").
        Kind::RelDay => Triggers {
            words: "morning$ afternoon$ evening$ night$ overnight$ mid",
            anywhere: "yesterday today tomorrow tonight",
            ..Triggers::default()
        },
        Kind::RelUnit => words(
            "week$ weekend$ month$ year$ decade$ century$ summer$ winter$ spring$ \
            fall$ autumn$ day$ morning$",
        ),
        // Adjectives may run into it ("fiscalquarter"); a word boundary follows it (not
        // "headquarters").
        // ... or "Q3".
        Kind::Quarter => Triggers {
            anywhere: "quarter$",
            flags: Flag::Q_DIGIT,
            ..Triggers::default()
        },
        Kind::Half => words("half$"),
        Kind::Duration => words(
            "second$ seconds$ minute$ minutes$ hour$ hours$ day$ days$ night$ \
            nights$ week$ weeks$ weekend$ weekends$ fortnight$ fortnights$ month$ months$ \
            year$ years$ \
            decade$ decades$ century$ centuries$ quarter$ quarters$",
        ),
        Kind::BarePlural => words(
            "years$ months$ weeks$ days$ decades$ centuries$ quarters$ hours$ \
            minutes$",
        ),
        Kind::Set => words(
            "daily$ weekly$ monthly$ annually$ yearly$ hourly$ nightly$ biweekly$ \
            semiannually$ every$ each$ per$",
        ),
        Kind::Ref => words(
            "now$ nowadays$ current$ currently$ recently$ future$ past$ days$ term$ \
            later$ soon$",
        ),
        // Every holiday name holds one of these ("New Year's", "Labor Day").
        Kind::Holiday => Triggers {
            exact: "Thanksgiving Christmas Year Day Halloween Easter Good Palm Ash Holy Maundy \
                    Black Cyber Super",
            ..Triggers::default()
        },
        Kind::Period => words("period$ year$"),
    }
}

/// How far a match of a family can reach around the trigger word it holds, in chunks (runs
/// of bytes between separators, see [`is_sep`]): (before, after). Each `\s`, `[\s-]` run
/// and literal hyphen of a pattern can start one more chunk, so the counts come from reading
/// the pattern (plus one to spare). None for families triggered by digits or with
/// unbounded repetitions: they are searched over the whole paragraph. A family with a window
/// must have only word triggers, but for years: searched around each four-digit year that
/// the scan for flags finds.
fn window(kind: Kind) -> Option<(u8, u8)> {
    let (back, ahead) = match kind {
        // mod (3) det (1) pos (2) NUM to NUM (6) sep (1) adj (1) | and a half (3) tail (2) ago (1)
        Kind::Duration => (14, 6),
        // pm (4) in (1) anchor (2) fy (1) | of YEAR (2) or so (2)
        Kind::RelUnit => (8, 4),
        Kind::BarePlural => (2, 1),
        Kind::Ref => (2, 2),
        Kind::Set => (0, 3),
        // last New Year's | Day; last Election Day
        Kind::Holiday => (2, 1),
        // the (1) year-ago (1) three-month (2) space (1) | a year ago (3)
        Kind::Period => (5, 3),
        Kind::Half => (2, 3),
        Kind::RelDay => (3, 2),
        // clock (5) day after clock (4) space (1) pre (2) | part (1)
        Kind::Weekday => (12, 1),
        Kind::Month => (5, 0),
        Kind::MonthYear => (3, 4),
        Kind::MonthDay => (5, 2),
        Kind::DayMonth => (4, 1),
        Kind::Century => (3, 0),
        // the (1) the middle of (3) | or later (2); "mid-" is a chunk of its own
        Kind::Year => (4, 2),
        // around (1) NUM (1) o'clock in the (3) | a.m. (1) TZ (1) day (1) MONTH NUM (2)
        Kind::ClockTime => (5, 5),
        _ => return None,
    };
    Some((back + 1, ahead + 1))
}

/// The trigger-word automaton (an Aho-Corasick DFA for overlapping matches) copied into a
/// compact table: bytes that every state treats alike share a class (upper and lower case of
/// a letter, all bytes of no trigger word), next states are `u16` and premultiplied by the
/// number of classes, and match states come last, so one comparison tells them. The table
/// (~20 KB, against ~100 KB for the library's DFA with its own byte classes) stays in the L1
/// cache while the rest of the pipeline runs between two articles, and the per-byte walk is
/// one dependent load.
struct WordDfa {
    /// Byte → class.
    classes: [u8; 256],
    /// `trans[state + class]`: the next state (premultiplied); a fixed size, so that the walk
    /// indexes it without bounds checks (the rest is zeros, never reached).
    trans: Box<[u16; TABLE]>,
    start: u16,
    /// States at or above this one (premultiplied) end at least one trigger word.
    first_match: u16,
    /// Number of classes: the distance between two states' rows.
    stride: u16,
    /// The longest trigger word: a state depends on no more bytes than this.
    depth: usize,
    /// Per match state (in order): its range in `match_list`.
    match_ranges: Vec<(u32, u32)>,
    /// (pattern, its length in bytes), for all match states in turn.
    match_list: Vec<(u16, u8)>,
}

/// Entries of the [`WordDfa`] table (a power of two; states × classes must fit: ~10,000 now).
const TABLE: usize = 1 << 14;

impl WordDfa {
    fn new<A: Automaton>(aut: &A) -> WordDfa {
        let anchored = aho_corasick::Anchored::No;
        let start = aut.start_state(anchored).expect("unanchored DFA");
        // Every state reachable from the start, breadth first; `index[id]`: its place in `ids`.
        let mut ids: Vec<StateID> = vec![start];
        let mut index: Vec<usize> = Vec::new();
        let place = |index: &mut Vec<usize>, id: StateID, n: usize| {
            let i = id.as_usize();
            if index.len() <= i {
                index.resize(i + 1, usize::MAX);
            }
            if index[i] == usize::MAX {
                index[i] = n;
                true
            } else {
                false
            }
        };
        place(&mut index, start, 0);
        let mut i = 0;
        while i < ids.len() {
            for b in 0..=255u8 {
                let next = aut.next_state(anchored, ids[i], b);
                if place(&mut index, next, ids.len()) {
                    ids.push(next);
                }
            }
            i += 1;
        }
        // Non-match states first, then match states.
        let mut order: Vec<usize> = (0..ids.len()).collect();
        order.sort_by_key(|&i| (aut.is_match(ids[i]), i));
        let mut rank = vec![0usize; ids.len()];
        for (r, &i) in order.iter().enumerate() {
            rank[i] = r;
        }
        let first_match = order
            .iter()
            .position(|&i| aut.is_match(ids[i]))
            .unwrap_or(order.len());
        // Classes: bytes with the same next state from every state.
        let column = |b: u8| -> Vec<usize> {
            order
                .iter()
                .map(|&i| rank[index[aut.next_state(anchored, ids[i], b).as_usize()]])
                .collect()
        };
        let mut columns: Vec<Vec<usize>> = Vec::new();
        let mut seen: std::collections::HashMap<Vec<usize>, u8> = Default::default();
        let mut classes = [0u8; 256];
        for b in 0..=255u8 {
            let col = column(b);
            let next = u8::try_from(seen.len()).expect("at most 256 classes");
            classes[usize::from(b)] = *seen.entry(col.clone()).or_insert_with(|| {
                columns.push(col);
                next
            });
        }
        let stride = columns.len();
        assert!(order.len() * stride <= TABLE, "trigger table fits its size");
        let premul = |r: usize| (r * stride) as u16;
        let mut trans: Box<[u16; TABLE]> = vec![0u16; TABLE]
            .into_boxed_slice()
            .try_into()
            .expect("TABLE entries");
        for (c, col) in columns.iter().enumerate() {
            for (r, &next) in col.iter().enumerate() {
                trans[r * stride + c] = premul(next);
            }
        }
        let mut match_ranges = Vec::new();
        let mut match_list = Vec::new();
        for &i in &order[first_match..] {
            let from = match_list.len() as u32;
            for mi in 0..aut.match_len(ids[i]) {
                let pid = aut.match_pattern(ids[i], mi);
                match_list.push((
                    u16::try_from(pid.as_usize()).expect("few triggers"),
                    u8::try_from(aut.pattern_len(pid)).expect("short triggers"),
                ));
            }
            match_ranges.push((from, match_list.len() as u32));
        }
        let depth = (0..aut.patterns_len())
            .map(|p| aut.pattern_len(aho_corasick::PatternID::new(p).expect("a pattern id")))
            .max()
            .unwrap_or(0);
        WordDfa {
            depth,
            classes,
            trans,
            start: premul(rank[0]),
            first_match: premul(first_match),
            stride: stride as u16,
            match_ranges,
            match_list,
        }
    }

    #[cfg(test)]
    fn next(&self, sid: u16, b: u8) -> u16 {
        self.trans[usize::from(sid) + usize::from(self.classes[usize::from(b)])]
    }

    /// The trigger words that end in match state `sid`: (pattern, length).
    fn matches(&self, sid: u16) -> &[(u16, u8)] {
        let i = usize::from((sid - self.first_match) / self.stride);
        let (from, to) = self.match_ranges[i];
        &self.match_list[from as usize..to as usize]
    }
}

/// Chains of [`Rules::scan`]'s trigger walk.
const CHAINS: usize = 4;

/// Step each chain `k` over `parts[k][from..]` in lockstep until one of them is in a match
/// state: the index of the byte that brought it there, or None at the end. A function of its
/// own without calls, so that the states, parts and tables stay in registers.
#[inline(never)]
fn walk_chains(
    trans: &[u16; TABLE],
    classes: &[u8; 256],
    first_match: u16,
    parts: &[&[u8]; CHAINS],
    st: &mut [u16; CHAINS],
    from: usize,
) -> Option<usize> {
    let step = |sid: u16, c: u8| {
        trans[(usize::from(sid) + usize::from(classes[usize::from(c)])) & (TABLE - 1)]
    };
    let n = parts[0].len();
    // Equal lengths, so that indexing below needs no bounds checks.
    let (p0, p1, p2, p3) = (parts[0], &parts[1][..n], &parts[2][..n], &parts[3][..n]);
    let [mut s0, mut s1, mut s2, mut s3] = *st;
    let mut i = from;
    let found = loop {
        if i >= n {
            break None;
        }
        s0 = step(s0, p0[i]);
        s1 = step(s1, p1[i]);
        s2 = step(s2, p2[i]);
        s3 = step(s3, p3[i]);
        if s0.max(s1).max(s2.max(s3)) >= first_match {
            break Some(i);
        }
        i += 1;
    };
    *st = [s0, s1, s2, s3];
    found
}

impl Rules {
    /// The families that can match somewhere in `s` (bit i: `families[i]`): those whose
    /// triggers occur in it: one overlapping Aho-Corasick pass and a scan of the digits.
    #[cfg(test)]
    fn candidates(&self, s: &str) -> u32 {
        self.scan(s, &mut Vec::new())
    }

    /// [`Rules::candidates`], and in `hits` where each trigger word stands, with the
    /// families (among those searched in windows) it starts.
    #[inline(never)]
    fn scan(&self, s: &str, hits: &mut Vec<(u32, usize, usize)>) -> u32 {
        let b = s.as_bytes();
        let mut fams = 0u32;
        // Overlapping matches, walked by hand over the compact table (see [`WordDfa`]).
        let dfa = &self.words;
        // Locals, so that the walk keeps them in registers (the function is not inlined
        // into `extract`, whose register pressure made the loop reload them every byte).
        let trans: &[u16; TABLE] = &dfa.trans;
        let classes: &[u8; 256] = &dfa.classes;
        let first_match = dfa.first_match;
        let step = |sid: u16, c: u8| {
            trans[(usize::from(sid) + usize::from(classes[usize::from(c)])) & (TABLE - 1)]
        };
        // Each step waits for the load of the one before: the text is cut in [`CHAINS`] equal
        // parts walked side by side, as independent chains (the last also walks the few bytes
        // left over). Each chain but the first starts `depth` bytes early, which brings it to
        // the state a walk from the start would be in (a state stands for at most the last
        // `depth` bytes), and reports only from its part on.
        let part = b.len() / CHAINS;
        if part > dfa.depth && chains() {
            let mut st = [dfa.start; CHAINS];
            for (k, s) in st.iter_mut().enumerate().skip(1) {
                for &c in &b[k * part - dfa.depth..k * part] {
                    *s = step(*s, c);
                }
            }
            let parts: [&[u8]; CHAINS] = std::array::from_fn(|k| &b[k * part..(k + 1) * part]);
            let mut from = 0;
            while let Some(i) = walk_chains(trans, classes, first_match, &parts, &mut st, from) {
                for (k, &s) in st.iter().enumerate() {
                    if s >= first_match {
                        fams |= self.trigger_hits(b, k * part + i + 1, s, hits);
                    }
                }
                from = i + 1;
            }
            let mut s = st[CHAINS - 1];
            for (at, &c) in b.iter().enumerate().skip(CHAINS * part) {
                s = step(s, c);
                if s >= first_match {
                    fams |= self.trigger_hits(b, at + 1, s, hits);
                }
            }
        } else {
            let mut s = dfa.start;
            for (at, &c) in b.iter().enumerate() {
                s = step(s, c);
                if s >= first_match {
                    fams |= self.trigger_hits(b, at + 1, s, hits);
                }
            }
        }
        let mut flags = 0u8;
        let mut i = 0;
        while let Some(at) = next_digit(b, i) {
            i = at;
            let len = b[i..]
                .iter()
                .position(|c| !c.is_ascii_digit())
                .unwrap_or(b.len() - i);
            flags |= Flag::DIGIT;
            if len == 4 && matches!((b[i], b[i + 1]), (b'1', b'5'..=b'9') | (b'2', b'0')) {
                flags |= Flag::YEAR4;
                if self.year_windowed != 0 {
                    hits.push((self.year_windowed, i, i + 4));
                }
                let after = &b[i + 4..];
                if after.first() == Some(&b'-') && after.get(1).is_some_and(u8::is_ascii_digit) {
                    flags |= Flag::ISO;
                }
                if b[i + 3] == b'0'
                    && (after.starts_with(b"s")
                        || after.starts_with(b"'s")
                        || after.starts_with("’s".as_bytes()))
                {
                    flags |= Flag::DECADE;
                }
            }
            // '\d0 then s or 's ("'90s"; the quote may be a typographic one, "’90s").
            if (i > 0 && b[i - 1] == b'\'' || b[..i].ends_with("’".as_bytes()))
                && len == 2
                && b[i + 1] == b'0'
            {
                let after = &b[i + 2..];
                if after.starts_with(b"s")
                    || after.starts_with(b"'s")
                    || after.starts_with("’s".as_bytes())
                {
                    flags |= Flag::QUOTE_DIGIT;
                }
            }
            i += len;
            if b.get(i) == Some(&b':') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
                flags |= Flag::CLOCK;
                if self.clock_windowed != 0 {
                    hits.push((self.clock_windowed, i, i + 1));
                }
            }
        }
        // A '/' between digits; "Q3" (a capital Q starting a word, one digit from 1 to 4, no
        // more): one pass for both.
        if flags & Flag::DIGIT != 0 {
            for i in memchr::memchr2_iter(b'/', b'Q', b) {
                let digit_after = b.get(i + 1).is_some_and(u8::is_ascii_digit);
                if b[i] == b'/' {
                    if i > 0 && b[i - 1].is_ascii_digit() && digit_after {
                        flags |= Flag::SLASH;
                    }
                } else if digit_after
                    && matches!(b[i + 1], b'1'..=b'4')
                    && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
                    && !b.get(i + 2).is_some_and(u8::is_ascii_alphanumeric)
                {
                    flags |= Flag::Q_DIGIT;
                }
                if flags & (Flag::SLASH | Flag::Q_DIGIT) == Flag::SLASH | Flag::Q_DIGIT {
                    break;
                }
            }
        }
        let meridiem = |i: usize| {
            i > 0
                && matches!(b[i - 1], b'a' | b'A' | b'p' | b'P')
                && matches!(b.get(i + 1), Some(b'm' | b'M'))
        };
        if self.clock_windowed != 0 {
            for i in memchr::memchr_iter(b'.', b).filter(|&i| meridiem(i)) {
                flags |= Flag::CLOCK;
                hits.push((self.clock_windowed, i - 1, i + 2));
            }
        } else if flags & Flag::CLOCK == 0 && memchr::memchr_iter(b'.', b).any(meridiem) {
            flags |= Flag::CLOCK;
        }
        for (bit, f) in self.flags.iter().enumerate() {
            if flags & (1 << bit) != 0 {
                fams |= f;
            }
        }
        if flags & Flag::DIGIT == 0 {
            fams &= !self.need_digit;
        }
        if fams & YEAR_WORD == 0 && flags & Flag::YEAR4 == 0 {
            fams &= !self.need_year;
        }
        fams & !YEAR_WORD
    }

    /// The families of the trigger words that end at `end` (in match state `sid`) and sit
    /// where they must; where those of windowed families stand goes to `hits`.
    #[inline(never)]
    fn trigger_hits(
        &self,
        b: &[u8],
        end: usize,
        sid: u16,
        hits: &mut Vec<(u32, usize, usize)>,
    ) -> u32 {
        let mut fams = 0;
        for &(pid, len) in self.words.matches(sid) {
            let start = end.saturating_sub(usize::from(len));
            let letter_before = start > 0 && b[start - 1].is_ascii_alphabetic();
            let letter_after = b.get(end).is_some_and(u8::is_ascii_alphabetic);
            let mut got = 0u32;
            for &(place, f) in &self.word_info[usize::from(pid)] {
                let ok = match place {
                    Place::Anywhere => true,
                    Place::WordStart => !letter_before,
                    Place::WholeWord => !letter_before && !letter_after,
                    Place::WordEnd => !letter_after,
                    Place::Exact => self.exact_case(b, start, end),
                };
                if ok {
                    got |= f;
                }
            }
            fams |= got;
            if got & self.windowed != 0 {
                hits.push((got & self.windowed, start, end));
            }
        }
        fams
    }

    /// `b[start..end]`, a match of a trigger word, has the case of an exact trigger.
    fn exact_case(&self, b: &[u8], start: usize, end: usize) -> bool {
        // Exact triggers are capitalised with the rest lower case ("Jan", "Monday").
        b[start].is_ascii_uppercase() && b[start + 1..end].iter().all(u8::is_ascii_lowercase)
    }
}

// ---------------------------------------------------------------------------------------------
// Patterns
// ---------------------------------------------------------------------------------------------

const B: &str = r"(?-u:\b)";

/// Month names, capitalised (case-sensitive: "may", "march" are verbs).
const MONTH: &str = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)";
const WEEKDAY: &str = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const YEAR4: &str = r"(?:1[5-9]\d\d|20\d\d)";
const UNITS: &str = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|years?|decades?|century|centuries|quarters?)";
const NUM: &str = r"(?:\d+(?:\.\d+)?(?:\s+1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a|one)\s+hundred|hundred|(?:two|three|four|five)\s+thousand|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+few|few|several|a\s+dozen|dozen|many|some|a|an)";
const PARTS: &str = r"(?:morning|afternoon|evening|night)";
const TZ: &str = r"(?:(?-i:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|ET|BST|CET))";

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(build_rules)
}

/// The names of a family's groups, by index (None: unnamed).
fn group_names(re: &Regex) -> impl Iterator<Item = Option<&str>> {
    re.group_info().pattern_names(PatternID::ZERO)
}

fn build_rules() -> Rules {
    let ordinal = r"(?:st|nd|rd|th)?";
    let clock = format!(
        r"(?:around\s+)?(?:\d{{1,2}}(?:[:.]\d\d)?\s*(?:a\.m\.?|p\.m\.?|(?-i:am|pm|AM|PM){B})|noon|midnight|midday|\d{{1,2}}\s+(?:o'clock\s+)?in\s+the\s+(?:morning|afternoon|evening)|\d{{1,2}}:\d\d{B})"
    );
    let day_after_clock = format!(
        r"(?:,?\s+(?:{TZ}{B},?\s*)?(?:(?:{WEEKDAY}|today|yesterday|tomorrow|tonight){B}(?:,?\s+{MONTH}\s+\d{{1,2}}{B})?|{MONTH}\s+\d{{1,2}}{B}(?:,?\s+{YEAR4}{B})?))?"
    );
    let pats: Vec<(String, Kind)> = vec![
        (
            format!(
                r"{B}(?P<wk>the\s+week\s+of\s+)?(?:around\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s*(?P<day>[0-3]?\d){ordinal}{B}(?:,?\s+(?P<year>{YEAR4}){B})?"
            ),
            Kind::MonthDay,
        ),
        (
            format!(
                r"{B}(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>[0-3]?\d){ordinal}\s+(?:of\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR4}){B})?"
            ),
            Kind::DayMonth,
        ),
        (
            format!(r"{B}(?P<y>(?:1[5-9]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d){B}"),
            Kind::Iso,
        ),
        (
            format!(
                r"{B}(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)?\d\d){B}|{B}(?P<nine>9/11){B}"
            ),
            Kind::Slash,
        ),
        (
            format!(
                r"{B}(?:(?P<mod>early|late|mid-?|the\s+(?:middle|beginning|start|end)\s+of)\s*)?(?P<mon>{MONTH})(?:\s+of)?,?\s+(?P<year>{YEAR4}{B}|nineteen[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen){B}|(?:this|last|next)\s+year{B})"
            ),
            Kind::MonthYear,
        ),
        (
            format!(
                r"{B}(?:(?P<mod>(?:early|late)(?:-|\b)|mid-?|the\s+(?:middle|beginning|start|end)\s+of\b)\s*)?(?:(?P<rel>last|this\s+past|this\s+coming|this|next)\s+)?(?P<mon>{MONTH})"
            ),
            Kind::Month,
        ),
        (
            format!(
                r"{B}(?:(?P<season>spring|summer|fall|autumn|winter)\s+(?:of\s+)?|(?P<pre>(?:the\s+)?(?:early|late|mid-?|the\s+(?:middle|beginning|start|end)\s+of|fiscal(?:\s+year)?|calendar(?:\s+year)?|post-|pre-)|the)\s*)?(?P<y>{YEAR4}){B}(?P<tail>\s+or\s+(?:later|earlier|before|after)|\s+and\s+beyond)?"
            ),
            Kind::Year,
        ),
        (
            format!(
                r"{B}(?:(?P<pre>(?:the\s+)?(?:early|late|mid-?|last\s+half\s+of\s+the|first\s+half\s+of\s+the)|the)\s*)?(?P<d>(?:1[5-9]|20)\d0|(?:'|’)\d0)(?-i:(?:'|’)?s){B}|{B}the\s+(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
            ),
            Kind::Decade,
        ),
        (
            format!(
                r"{B}(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?P<n>\d{{1,2}})(?:st|nd|rd|th)[\s-]+century{B}|{B}this\s+century{B}"
            ),
            Kind::Century,
        ),
        (
            r"(?-u:\b)(?:(?:the\s+)?year\s+|(?P<season>(?:the\s+)?(?:spring|summer|fall|autumn|winter))\s+(?:of\s+)?)?(?:nineteen[\s-]+(?P<t>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|the\s+year\s+two\s+thousand(?:\s+and\s+(?P<u>one|two|three|four|five|six|seven|eight|nine|ten))?)(?-u:\b)".to_string(),
            Kind::SpokenYear,
        ),
        (
            format!(
                r"{B}(?:(?P<clock>{clock}){day_after_clock}\s+)?(?:(?P<pre>last|next|this\s+coming|this\s+past|this|the\s+previous|the\s+following|every|each)\s+)?(?P<wd>{WEEKDAY})(?P<pl>s)?{B}(?:\s+(?P<part>{PARTS}s?){B})?"
            ),
            Kind::Weekday,
        ),
        (format!(r"{B}(?P<clock>{clock}){day_after_clock}"), Kind::ClockTime),
        (
            format!(
                r"{B}(?:(?P<mod>early|late|earlier|later|mid-?|until)\s*)?(?P<w>yesterday|today|tomorrow|tonight){B}(?:\s+(?P<part>{PARTS}){B})?|{B}(?:(?P<mod2>early|late|earlier|later)\s+)?(?P<anchor>this|last|tomorrow|yesterday|the\s+next|the\s+following|the\s+previous)\s+(?P<part2>{PARTS}){B}|{B}(?P<mid>mid-?\s?(?:morning|afternoon|day))(?:\s+(?P<w2>yesterday|today|tomorrow){B})?|{B}(?P<over>overnight){B}"
            ),
            Kind::RelDay,
        ),
        (
            format!(
                r"{B}(?P<pm>(?:(?:the\s+)?early|(?:the\s+)?late|mid|earlier|later|the\s+(?:end|beginning|start|middle|rest|remainder|first\s+half|second\s+half)\s+of)\s+)?(?:in\s+)?(?P<anchor>(?:the\s+)?(?:past|last|previous|prior|coming|next|current|latest|following|same)|this\s+past|this\s+coming|that\s+same|this|last|next|past|coming|that|the|its)\s+(?P<fy>(?:fiscal|full|calendar)\s+)?(?P<unit>week|month|year|decade|century|weekend|summer|winter|spring|fall|autumn|day|morning){B}(?P<sy>\s+of\s+{YEAR4}{B})?(?P<tail>\s+or\s+so)?|{B}(?P<spm>(?:the\s+)?(?:early|late)\s+|mid-?\s*)(?P<season>spring|summer|fall|autumn|winter){B}(?:\s+(?:of\s+)?(?P<sy2>{YEAR4}){B})?|{B}(?:in|from|by|until|till|through|since|during)\s+(?P<bseason>spring|summer|autumn|winter){B}"
            ),
            Kind::RelUnit,
        ),
        (
            format!(
                r"{B}(?:(?P<det>the|a|this\s+year's|last\s+year's|next\s+year's)\s+)?(?P<adj>(?:(?:flat|fiscal|fiscal-|year-ago|year-earlier|comparable|corresponding|year\s+ago|(?:19|20)\d\d)[\s-]*)*)(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|latest|current|last|next|previous|past|same|this|that)?[\s-]*(?:fiscal[\s-]+)?quarter{B}(?P<qc>-century)?(?:\s+of\s+(?:fiscal\s+)?(?P<y>{YEAR4}){B})?(?P<ago>\s+a\s+year\s+(?:ago|earlier))?|{B}(?-i:Q(?P<qn>[1-4]))(?:\s+(?P<qy>{YEAR4}))?{B}"
            ),
            Kind::Quarter,
        ),
        (
            format!(
                r"{B}(?:the\s+)?(?P<ord>first|second|last|latter)\s+half\s+of\s+(?P<y>{YEAR4}|the\s+year|this\s+year|last\s+year|next\s+year){B}|{B}the\s+(?P<ord2>first|second)\s+half{B}"
            ),
            Kind::Half,
        ),
        (
            format!(
                r"{B}(?P<mod>(?:nearly|almost|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|not\s+more\s+than|well\s+over)\s+)?(?P<det>(?:the|a|an)\s+)?(?P<pos>(?:first|last|past|next|previous|coming|final|initial|latest|following|remaining|preceding|additional|other|year-earlier)\s+)?(?P<num>{NUM}(?:\s+(?:to|or)\s+{NUM})?)(?P<sep>[\s-]+)(?P<adj>(?:more|additional|full|straight|consecutive|trading|business|working|calendar|long)\s+)?(?P<unit>{UNITS}){B}(?P<frac>\s+and\s+a\s+half)?(?P<tail>\s+or\s+so|\s+or\s+(?:more|longer)|[\s-]+(?:period|term|span|stretch){B}|-long)?(?P<ago>\s+(?:ago|earlier){B})?"
            ),
            Kind::Duration,
        ),
        (
            format!(
                r"{B}(?:(?P<pre>recent|coming|the\s+coming|the\s+past|the\s+last|the\s+next|past|future|the)\s+)?(?P<unit>years|months|weeks|days|decades|centuries|quarters|hours|minutes){B}(?P<ago>\s+ago{B}|\s+ahead{B})?"
            ),
            Kind::BarePlural,
        ),
        (
            format!(
                r"{B}(?:daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|semiannually){B}|{B}(?:every|each|per)\s+(?:other\s+)?(?:single\s+)?(?P<u>day|week|month|year|quarter|hour|minute|night|morning|evening|summer|winter|spring|fall|autumn|{WEEKDAY}|{MONTH}){B}"
            ),
            Kind::Set,
        ),
        (
            r"(?-u:\b)(?:now|currently|current|recently|more\s+recently|until\s+recently|the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future|the\s+past|these\s+days|nowadays|the\s+(?:near|short|long)\s+term|a\s+later\s+date|as\s+soon\s+as\s+possible|any\s+time\s+soon)(?-u:\b)".to_string(),
            Kind::Ref,
        ),
        (
            r"(?-u:\b)(?:last\s+|next\s+|this\s+)?(?-i:Thanksgiving(?:\s+Day)?|Christmas(?:\s+Day|\s+Eve)?|New\s+Year's(?:\s+Day|\s+Eve)?|Election\s+Day|Independence\s+Day|Valentine's\s+Day|Halloween|Labor\s+Day|Memorial\s+Day|Black\s+Friday|Cyber\s+Monday|Super\s+Tuesday|Good\s+Friday|Easter(?:\s+(?:Sunday|Monday|week))?|Palm\s+Sunday|Ash\s+Wednesday|(?:Holy|Maundy)\s+Thursday)(?-u:\b)".to_string(),
            Kind::Holiday,
        ),
        (
            format!(
                r"{B}(?:(?:the|its)\s+)?(?P<adj>latest|year-ago|year-earlier|comparable|corresponding|same|(?:19|20)\d\d|year\s+ago)(?:\s+(?:three-month|nine-month|six-month))?\s+period{B}(?P<ly>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?|{B}(?P<ya>year-ago|year-earlier|year\s+end|year-end|year's\s+end){B}"
            ),
            Kind::Period,
        ),
    ];
    let pats: Vec<(String, Kind)> = pats
        .into_iter()
        .map(|(p, k)| (format!("(?i-u){p}"), k))
        .collect();
    let families: Vec<(Regex, Kind)> = pats
        .iter()
        .map(|(p, k)| (Regex::new(p).expect("date pattern"), *k))
        .collect();
    assert!(
        families.len() < 32,
        "family masks are u32, bit 31 is YEAR_WORD"
    );
    let mut literals: Vec<String> = Vec::new();
    let mut word_info: Vec<Vec<(Place, u32)>> = Vec::new();
    let mut add = |w: &str, place: Place, bit: u32| {
        assert!(
            w.bytes().all(|c| c.is_ascii_alphabetic()),
            "triggers are words"
        );
        if place == Place::Exact {
            let mut rest = w.bytes();
            let capitalised = rest.next().is_some_and(|c| c.is_ascii_uppercase())
                && rest.all(|c| c.is_ascii_lowercase());
            assert!(capitalised, "exact triggers are capitalised");
        }
        let lw = w.to_ascii_lowercase();
        let i = match literals.iter().position(|l| *l == lw) {
            Some(i) => i,
            None => {
                literals.push(lw);
                word_info.push(Vec::new());
                literals.len() - 1
            }
        };
        match word_info[i].iter_mut().find(|(p, _)| *p == place) {
            Some((_, f)) => *f |= bit,
            None => word_info[i].push((place, bit)),
        }
    };
    let mut flags = [0u32; FLAGS];
    let mut need_digit = 0;
    let mut need_year = 0;
    for (i, (_, kind)) in families.iter().enumerate() {
        let bit = 1u32 << i;
        let t = triggers(*kind);
        assert!(
            t.flags == 0
                || window(*kind).is_none()
                || matches!(*kind, Kind::Year | Kind::ClockTime),
            "windows are around trigger words (or years, or clock marks)"
        );
        for w in t.words.split_whitespace() {
            match w.strip_suffix('$') {
                Some(w) => add(w, Place::WholeWord, bit),
                None => add(w, Place::WordStart, bit),
            }
        }
        for w in t.exact.split_whitespace() {
            add(w, Place::Exact, bit);
        }
        for w in t.anywhere.split_whitespace() {
            match w.strip_suffix('$') {
                Some(w) => add(w, Place::WordEnd, bit),
                None => add(w, Place::Anywhere, bit),
            }
        }
        for (f, mask) in flags.iter_mut().enumerate() {
            if t.flags & (1 << f) != 0 {
                *mask |= bit;
            }
        }
        if t.need_digit {
            need_digit |= bit;
        }
        if t.need_year {
            need_year |= bit;
        }
    }
    add("year", Place::WholeWord, YEAR_WORD);
    add("nineteen", Place::WholeWord, YEAR_WORD);
    // The DFA itself, not the `AhoCorasick` wrapper: its search loop is then compiled for it
    // (no dynamic call per byte).
    let words = WordDfa::new(
        &aho_corasick::dfa::DFA::builder()
            .ascii_case_insensitive(true)
            .prefilter(false)
            .build(&literals)
            .expect("date triggers"),
    );
    let names = families
        .iter()
        .map(|(re, _)| {
            group_names(re)
                .enumerate()
                .filter_map(|(i, n)| Some((n?.to_string(), i)))
                .collect()
        })
        .collect();
    let bare = families
        .iter()
        .map(|(re, kind)| {
            let name = match kind {
                Kind::Year => "y",
                Kind::Weekday => "wd",
                Kind::Month => "mon",
                Kind::RelDay => "w",
                Kind::BarePlural => "unit",
                Kind::ClockTime => "clock",
                // The whole match (see `is_bare`).
                Kind::Set => return Some(0),
                _ => return None,
            };
            group_names(re).position(|n| n == Some(name))
        })
        .collect();
    let pairs = families
        .iter()
        .map(|(re, kind)| {
            let names = match kind {
                Kind::Duration => ["num", "sep", "unit"],
                Kind::RelUnit => ["anchor", "", "unit"],
                Kind::MonthDay => ["mon", "", "day"],
                Kind::Year => ["pre", "", "y"],
                Kind::Weekday => ["wd", "", "part"],
                Kind::BarePlural => ["pre", "", "unit"],
                _ => return None,
            };
            let group = |name: &str| {
                if name.is_empty() {
                    return Some(usize::MAX);
                }
                group_names(re).position(|n| n == Some(name))
            };
            Some([group(names[0])?, group(names[1])?, group(names[2])?])
        })
        .collect();
    let windows: Vec<Option<(u8, u8)>> = families.iter().map(|(_, k)| window(*k)).collect();
    let windowed = windows
        .iter()
        .enumerate()
        .filter(|(_, w)| w.is_some())
        .fold(0, |m, (i, _)| m | 1 << i);
    let year_windowed = families
        .iter()
        .enumerate()
        .filter(|(i, (_, k))| *k == Kind::Year && windows[*i].is_some())
        .fold(0, |m, (i, _)| m | 1 << i);
    let clock_windowed = families
        .iter()
        .enumerate()
        .filter(|(i, (_, k))| *k == Kind::ClockTime && windows[*i].is_some())
        .fold(0, |m, (i, _)| m | 1 << i);
    let groupless = families
        .iter()
        .enumerate()
        .filter(|(_, (re, _))| re.captures_len() == 1)
        .fold(0, |m, (i, _)| m | 1 << i);
    Rules {
        families,
        groupless,
        pairs,
        bare,
        names,
        windows,
        windowed,
        year_windowed,
        clock_windowed,
        words,
        word_info,
        flags,
        need_digit,
        need_year,
    }
}

// ---------------------------------------------------------------------------------------------
// Handlers
// ---------------------------------------------------------------------------------------------

fn handle(ctx: &Ctx, kind: Kind, caps: &Caps, base: usize, span: Span) -> Option<Cand> {
    let g = |name: &str| caps.name(name).map(|m| m.as_str());
    let gspan = |name: &str| {
        caps.name(name)
            .map(|m| Span::new(base + m.start(), base + m.end()))
    };
    let dct = ctx.dct;
    let cand = |span: Span, ty: &'static str, value: Option<String>| Some(Cand { span, ty, value });
    match kind {
        Kind::MonthDay | Kind::DayMonth => {
            let month = month_number(g("mon")?)?;
            let day: u32 = g("day")?.parse().ok()?;
            if !(1..=31).contains(&day) {
                return None;
            }
            // "Jan 5" without the abbreviation's period is fine; a bare "May 5" too. But the
            // number must not go on as a larger number ("May 1,000" / "Nov. 3.5"), except
            // into a later day of a range ("Dec. 15-16", see `coordinated_days`).
            if followed_by_digitish(ctx.text, span.end)
                && range_day_after(ctx.text, span.end).is_none_or(|(d2, _)| d2 <= day)
            {
                return None;
            }
            let date = match g("year") {
                Some(y) => {
                    let y: i32 = y.parse().ok()?;
                    Some(NaiveDate::from_ymd_opt(y, month, day)?)
                }
                None => {
                    // "since Dec. 3" is behind whatever the month.
                    let since = || prev_word(ctx.text, span.start).eq_ignore_ascii_case("since");
                    dct.and_then(|d| {
                        let x = news_month_day(d, month, day, || is_future_span(ctx, span))?;
                        Some(if x > d && since() {
                            NaiveDate::from_ymd_opt(x.year() - 1, month, day).unwrap_or(x)
                        } else {
                            x
                        })
                    })
                }
            };
            let value = if g("wk").is_some() {
                date.map(iso_week)
            } else {
                date.map(fmt_day)
            };
            cand(span, DATE, value)
        }
        Kind::Iso => {
            let y: i32 = g("y")?.parse().ok()?;
            let m: u32 = g("m")?.parse().ok()?;
            let d: u32 = g("d")?.parse().ok()?;
            let date = NaiveDate::from_ymd_opt(y, m, d)?;
            if followed_by_digitish(ctx.text, span.end)
                || preceded_by_digitish(ctx.text, span.start)
            {
                return None;
            }
            cand(span, DATE, Some(fmt_day(date)))
        }
        Kind::Slash => {
            // "9/11" with no year names the day of the 2001 attacks ("since 9/11", "the 9/11
            // commission"), not September 11 of the publication year: news writes no other
            // month/day without a year this way. Not inside a longer number ("19/11", "9/11.5").
            if g("nine").is_some() {
                if followed_by_digitish(ctx.text, span.end)
                    || preceded_by_digitish(ctx.text, span.start)
                {
                    return None;
                }
                return cand(span, DATE, Some("2001-09-11".into()));
            }
            let m: u32 = g("m")?.parse().ok()?;
            let d: u32 = g("d")?.parse().ok()?;
            let ys = g("y")?;
            let mut y: i32 = ys.parse().ok()?;
            if ys.len() == 2 {
                y += if y < 50 { 2000 } else { 1900 };
            } else if ys.len() != 4 {
                return None;
            }
            if followed_by_digitish(ctx.text, span.end)
                || preceded_by_digitish(ctx.text, span.start)
            {
                return None;
            }
            let date = NaiveDate::from_ymd_opt(y, m, d)?;
            cand(span, DATE, Some(fmt_day(date)))
        }
        Kind::MonthYear => {
            let month = month_number(g("mon")?)?;
            let ys = g("year")?.to_ascii_lowercase();
            let year = if let Some(rest) = ys.strip_prefix("nineteen") {
                Some(1900 + spoken_tens(rest.trim_start_matches(['-', ' ']))?)
            } else if ys.contains("year") {
                let d = dct;
                d.map(|d| {
                    d.year()
                        + if ys.starts_with("last") {
                            -1
                        } else if ys.starts_with("next") {
                            1
                        } else {
                            0
                        }
                })
            } else {
                Some(ys.parse().ok()?)
            };
            cand(span, DATE, year.map(|y| format!("{y:04}-{month:02}")))
        }
        Kind::Month => {
            let mon_s = g("mon")?;
            let month = month_number(mon_s)?;
            // The name must end its word ("Mayor", "Marches" hold no month).
            if ctx
                .text
                .as_bytes()
                .get(base + caps.name("mon")?.end())
                .is_some_and(u8::is_ascii_alphanumeric)
            {
                return None;
            }
            let rel = g("rel").map(|s| s.to_ascii_lowercase());
            // "Oct. 23" is the day rule's; "last Oct. 23" is not "last October".
            if ctx.text[span.end..]
                .trim_start_matches([' ', '\t', '\u{a0}'])
                .starts_with(|c: char| c.is_ascii_digit())
            {
                return None;
            }
            if g("mod").is_none() && rel.is_none() {
                // Bare month names: "May" needs a preposition before it; abbreviations are
                // dates only with a day, and a month followed by a number is a date rule's job.
                if mon_s.len() <= 4 && mon_s != "June" && mon_s != "July" && mon_s != "May" {
                    return None;
                }
                if mon_s == "May" || mon_s == "March" {
                    let prev = prev_word(ctx.text, span.start).to_ascii_lowercase();
                    const OK: &[&str] = &[
                        "in",
                        "by",
                        "since",
                        "until",
                        "till",
                        "through",
                        "before",
                        "after",
                        "from",
                        "of",
                        "during",
                        "to",
                        "between",
                        "and",
                        "or",
                        "last",
                        "this",
                        "next",
                        "early",
                        "late",
                        "mid",
                        "since",
                        "on",
                        "for",
                        "throughout",
                    ];
                    // "the March accession", "the May elections": a month before a common
                    // noun; "the March of Dimes", "the March on Rome", "the May Report" are
                    // names (a march, a capitalised word).
                    let next = next_word(ctx.text, span.end);
                    let before_noun = prev == "the"
                        && !ctx
                            .text
                            .as_bytes()
                            .get(span.end)
                            .is_some_and(|c| c.is_ascii_alphanumeric())
                        && next.starts_with(|c: char| c.is_ascii_lowercase())
                        && ![
                            "of", "on", "to", "for", "in", "against", "through", "across",
                        ]
                        .contains(&next);
                    if !OK.contains(&prev.as_str()) && !before_noun {
                        return None;
                    }
                }
            }
            let value = dct.map(|d| {
                let y = match rel.as_deref() {
                    Some("last") | Some("this past") => {
                        if month < d.month() {
                            d.year()
                        } else {
                            d.year() - 1
                        }
                    }
                    Some("next") | Some("this coming") => {
                        if month > d.month() {
                            d.year()
                        } else {
                            d.year() + 1
                        }
                    }
                    Some(_) => d.year(),
                    None => {
                        // Next month or the one after: news speaks of it ahead; else the
                        // tense decides. Never after "since" ("has doubled since January").
                        let ahead = (month + 12 - d.month()) % 12;
                        let since =
                            || prev_word(ctx.text, span.start).eq_ignore_ascii_case("since");
                        // Nor after a past verb right before "in" ("the outbreak began in
                        // late January", "who took office in January" in a November story).
                        let done = || {
                            let start_of =
                                |w: &str| w.as_ptr() as usize - ctx.text.as_ptr() as usize;
                            let mut w = prev_word(ctx.text, span.start);
                            if matches!(w, "early" | "late" | "mid") {
                                w = prev_word(ctx.text, start_of(w));
                            }
                            if w != "in" {
                                return false;
                            }
                            // Right before "in", an "-ed" word is a verb or a participle
                            // after its noun ("the fire that started in", "the deal signed
                            // in"), no adjective whatever comes before it.
                            let mut verb = prev_word(ctx.text, start_of(w));
                            let mut past = is_plain_past(verb, None);
                            // ("took office in January": one object word between.)
                            if !past {
                                verb = prev_word(ctx.text, start_of(verb));
                                past =
                                    is_plain_past(verb, Some(prev_word(ctx.text, start_of(verb))));
                            }
                            let aux = prev_word(ctx.text, start_of(verb));
                            past && !matches!(
                                aux,
                                "is" | "are" | "be" | "been" | "being" | "will" | "to"
                            )
                        };
                        if (((1..=2).contains(&ahead) && !done()) || is_future_span(ctx, span))
                            && !since()
                        {
                            if month >= d.month() {
                                d.year()
                            } else {
                                d.year() + 1
                            }
                        } else if month <= d.month() {
                            d.year()
                        } else {
                            d.year() - 1
                        }
                    }
                };
                format!("{y:04}-{month:02}")
            });
            cand(span, DATE, value)
        }
        Kind::Year => {
            let ys = g("y")?;
            let ystart = gspan("y")?.start;
            if !year_context_ok(ctx.text, ystart, gspan("y")?.end) {
                return None;
            }
            let pre = g("pre").map(|s| s.to_ascii_lowercase());
            // "the 1988 period/quarter" belongs to other rules; a bare "the 1991" is odd.
            let mut span = span;
            if pre.as_deref() == Some("the") {
                span.start = ystart;
            }
            if let Some(p) = pre.as_deref() {
                if p.starts_with("the ") && (p.ends_with("post-") || p.ends_with("pre-")) {
                    span.start += 4;
                }
            }
            let y: i32 = ys.parse().ok()?;
            cand(
                span,
                DATE,
                Some(with_season(format!("{y:04}"), g("season"))),
            )
        }
        Kind::Decade => {
            if let Some(w) = g("w") {
                let d = spoken_tens(&w.to_ascii_lowercase().replace("ies", "y"))?;
                return cand(span, DATE, Some(format!("19{}", d / 10)));
            }
            let d = g("d")?;
            let dspan = gspan("d")?;
            if preceded_by_digitish(ctx.text, dspan.start) || ctx.text[..dspan.start].ends_with('$')
            {
                return None;
            }
            let decade = if let Some(two) = d.strip_prefix(['\'', '’']) {
                format!("19{}", &two[..1])
            } else {
                d[..3].to_string()
            };
            cand(span, DATE, Some(decade))
        }
        Kind::Century => {
            if let Some(n) = g("n") {
                let n: i32 = n.parse().ok()?;
                if !(1..=21).contains(&n) {
                    return None;
                }
                cand(span, DATE, Some(format!("{:02}", n - 1)))
            } else {
                cand(span, DATE, dct.map(|d| format!("{:02}", d.year() / 100)))
            }
        }
        Kind::SpokenYear => {
            let year = if let Some(t) = g("t") {
                let n = spoken_tens(&t.to_ascii_lowercase())?;
                format!("{}", 1900 + n)
            } else {
                let u = g("u").and_then(|u| word_number(&u.to_ascii_lowercase()));
                format!("{}", 2000 + u.unwrap_or(0.0) as i32)
            };
            cand(span, DATE, Some(with_season(year, g("season"))))
        }
        Kind::Weekday => weekday(ctx, caps, span),
        Kind::ClockTime => {
            let clock = g("clock")?;
            let (h, m) = parse_clock(clock)?;
            if prev_word(ctx.text, span.start).eq_ignore_ascii_case("high") {
                return None;
            }
            // A bare "10:30" is a time only with a day or a.m./p.m.; "3:1" scores are not.
            let rest = &ctx.text[base + caps.name("clock")?.end()..span.end];
            let lc = clock.to_ascii_lowercase();
            if !lc.contains('m')
                && !lc.contains("noon")
                && !lc.contains("night")
                && !lc.contains("day")
                && rest.trim().is_empty()
            {
                return None;
            }
            let day = if rest.trim().is_empty() {
                dct
            } else {
                resolve_day_words(ctx, rest, span.start)
            };
            let value = day.map(|d| fmt_time(d, h, m));
            cand(span, TIME, value)
        }
        Kind::RelDay => rel_day(ctx, caps, span),
        Kind::RelUnit => rel_unit(ctx, caps, span),
        Kind::Quarter => quarter(ctx, caps, base, span),
        Kind::Half => {
            let ord = g("ord").or(g("ord2"))?.to_ascii_lowercase();
            if g("y").is_none() && game_time(ctx, span) {
                return None; // "scored 20 points in the second half": a part of a game
            }
            let h = if ord == "first" { 1 } else { 2 };
            let year = match g("y").map(|s| s.to_ascii_lowercase()) {
                Some(y) if y.chars().all(|c| c.is_ascii_digit()) => y.parse().ok(),
                Some(y) if y.starts_with("last") => dct.map(|d| d.year() - 1),
                Some(y) if y.starts_with("next") => dct.map(|d| d.year() + 1),
                _ => dct.map(|d| d.year()),
            };
            cand(span, DATE, year.map(|y: i32| format!("{y:04}-H{h}")))
        }
        Kind::Duration => duration(ctx, caps, base, span),
        Kind::BarePlural => {
            let unit = g("unit")?.to_ascii_lowercase();
            let pre = g("pre").map(|s| s.to_ascii_lowercase());
            let code = unit_code(&unit)?;
            let prev = prev_word(ctx.text, span.start).to_ascii_lowercase();
            match pre.as_deref() {
                Some("recent") if unit == "years" => {
                    return cand(span, DATE, Some("PAST_REF".into()));
                }
                // "sell programs in past years", "tax savings in future quarters": the past,
                // the future, with no stretch of time counted (unlike "the past years").
                Some(w @ ("past" | "future")) if !matches!(prev.as_str(), "the" | "these") => {
                    let v = if w == "past" {
                        "PAST_REF"
                    } else {
                        "FUTURE_REF"
                    };
                    return cand(span, DATE, Some(v.into()));
                }
                // "the weeks ahead" is "the coming weeks"; "the years" only over a stretch.
                Some("the")
                    if !caps
                        .name("ago")
                        .is_some_and(|a| a.as_str().trim().eq_ignore_ascii_case("ahead"))
                        && (unit != "years"
                            || !matches!(prev.as_str(), "over" | "through" | "during")) =>
                {
                    return None;
                }
                None => {
                    if !matches!(
                        prev.as_str(),
                        "for"
                            | "in"
                            | "over"
                            | "within"
                            | "after"
                            | "take"
                            | "takes"
                            | "took"
                            | "last"
                            | "lasted"
                    ) {
                        return None;
                    }
                    if g("ago").is_some() {
                        // "months ago" is kept whole as a vague duration.
                    }
                    let next = next_word(ctx.text, span.end).to_ascii_lowercase();
                    if next == "of" || next == "old" || next.starts_with('-') {
                        return None;
                    }
                }
                _ => {}
            }
            let mut span = span;
            if let Some(a) = caps.name("ago") {
                if a.as_str().trim().eq_ignore_ascii_case("ahead") && pre.is_none() {
                    span.end = base + a.start();
                }
            }
            cand(span, DURATION, Some(vague_duration(code)))
        }
        Kind::Set => {
            let s = ctx.text[span.start..span.end].to_ascii_lowercase();
            let first = s.split_whitespace().next().unwrap_or("");
            // "the weekly GOP rankings": after a determiner, the adjective (but "the Daily
            // Mail" is a name).
            let capitalised = ctx.text[span.start..].starts_with(|c: char| c.is_ascii_uppercase());
            let determiner = || {
                let p = prev_word(ctx.text, span.start).to_ascii_lowercase();
                matches!(
                    p.as_str(),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her"
                )
            };
            if matches!(s.as_str(), "daily" | "weekly")
                && names_a_paper(ctx.text, span.end)
                && (capitalised || !determiner())
            {
                return None;
            }
            let value = match s.as_str() {
                "daily" | "nightly" => "P1D".to_string(),
                "weekly" => "P1W".into(),
                "biweekly" => "P2W".into(),
                "monthly" => "P1M".into(),
                "annually" | "yearly" => "P1Y".into(),
                "semiannually" => "P6M".into(),
                "hourly" => "PT1H".into(),
                "quarterly" => "P3M".into(),
                _ => {
                    let u = g("u")?;
                    if matches!(first, "a" | "an" | "per") {
                        // "$5 million a year", "twice a day": only after an amount or a count.
                        let prev = prev_word(ctx.text, span.start).to_ascii_lowercase();
                        let amount = prev.chars().any(|c| c.is_ascii_digit())
                            || matches!(
                                prev.as_str(),
                                "once"
                                    | "twice"
                                    | "thrice"
                                    | "times"
                                    | "percent"
                                    | "million"
                                    | "billion"
                                    | "thousand"
                                    | "hundred"
                                    | "dollars"
                                    | "cents"
                                    | "barrels"
                                    | "tons"
                                    | "shares"
                            );
                        if !amount || first != "per" && u.eq_ignore_ascii_case("morning") {
                            return None;
                        }
                        // "a year earlier/ago" is a date, not a rate.
                        let next = next_word(ctx.text, span.end).to_ascii_lowercase();
                        if matches!(next.as_str(), "ago" | "earlier" | "before" | "later") {
                            return None;
                        }
                    }
                    set_value(u)?
                }
            };
            cand(span, SET, Some(value))
        }
        Kind::Ref => {
            let s = ctx.text[span.start..span.end].to_ascii_lowercase();
            let value = if s.contains("now") || s.contains("current") || s.contains("these days") {
                if s == "current" {
                    // "current" only as a time word before a noun it anchors; not "current
                    // account/affairs/events".
                    let next = next_word(ctx.text, span.end).to_ascii_lowercase();
                    if matches!(
                        next.as_str(),
                        "account"
                            | "accounts"
                            | "affairs"
                            | "events"
                            | "flow"
                            | "flows"
                            | "of"
                            | "and"
                            | ","
                            | ""
                    ) {
                        return None;
                    }
                    // "the then current price", "the then-current chairman": the time spoken
                    // of, not now (PAST_REF, as TimeBank annotates it; "then" in the span).
                    let then = prev_word(ctx.text, span.start);
                    let start = then.as_ptr() as usize - ctx.text.as_ptr() as usize;
                    if then.eq_ignore_ascii_case("then")
                        && matches!(&ctx.text[start + then.len()..span.start], " " | "-")
                    {
                        return cand(Span::new(start, span.end), DATE, Some("PAST_REF".into()));
                    }
                }
                "PRESENT_REF"
            } else if s.contains("recent") || s.contains("past") {
                // "the past two polls", "the past several meetings": an adjective before a
                // count (the duration rule takes "the past two years").
                if s == "the past" {
                    let next = next_word(ctx.text, span.end).to_ascii_lowercase();
                    if next.starts_with(|c: char| c.is_ascii_digit())
                        || matches!(next.as_str(), "few" | "several" | "many" | "couple")
                        || word_number(&next).is_some_and(|n| n >= 1.0)
                    {
                        return None;
                    }
                }
                "PAST_REF"
            } else {
                "FUTURE_REF"
            };
            let mut span = span;
            if s.starts_with("until") {
                // `s` is the ASCII-lowercased match: same byte offsets as the text.
                span.start += s.find("recent").unwrap_or(0);
            }
            cand(span, DATE, Some(value.into()))
        }
        Kind::Holiday => {
            let s = ctx.text[span.start..span.end].to_ascii_lowercase();
            // "Easter Island", "Easter Rising": a name; "an Easter vacation", "Easter eggs": an
            // adjective. The feast itself ends its phrase ("at Easter", "Easter and Passover").
            if s.ends_with("easter") {
                let next = next_word(ctx.text, span.end);
                let function_word = [
                    "and", "or", "in", "on", "at", "to", "for", "this", "last", "next", "the",
                    "with", "when", "after", "before", "as", "is", "was", "will", "falls",
                ]
                .contains(&next);
                if next.starts_with(|c: char| c.is_alphabetic()) && !function_word {
                    return None;
                }
            }
            // Feasts counted from Easter Sunday (days), and Easter week (its ISO week: the
            // week it ends, Holy Week).
            let from_easter = [
                ("good friday", -2),
                ("easter sunday", 0),
                ("easter monday", 1),
                ("easter week", 0),
                ("palm sunday", -7),
                ("ash wednesday", -46),
                ("holy thursday", -3),
                ("maundy thursday", -3),
                ("easter", 0),
            ]
            .into_iter()
            .find(|(name, _)| s.ends_with(name))
            .map(|(_, off)| off);
            let week = s.ends_with("week");
            let value = dct.and_then(|d| {
                let rel = if s.starts_with("last ") {
                    -1
                } else if s.starts_with("next ") {
                    1
                } else {
                    0
                };
                let on = |y: i32| -> Option<NaiveDate> {
                    if let Some(off) = from_easter {
                        easter(y).map(|e| e + Duration::days(off))
                    } else if s.contains("thanksgiving") {
                        nth_weekday(y, 11, Weekday::Thu, 4)
                    } else if s.ends_with("black friday") {
                        nth_weekday(y, 11, Weekday::Thu, 4).map(|t| t + Duration::days(1))
                    } else if s.ends_with("cyber monday") {
                        nth_weekday(y, 11, Weekday::Thu, 4).map(|t| t + Duration::days(4))
                    } else if s.ends_with("super tuesday") {
                        // The primaries' big day: the first Tuesday of March, as a rule.
                        nth_weekday(y, 3, Weekday::Tue, 1)
                    } else if s.contains("christmas") {
                        NaiveDate::from_ymd_opt(y, 12, if s.contains("eve") { 24 } else { 25 })
                    } else if s.contains("new year") {
                        if s.contains("eve") {
                            NaiveDate::from_ymd_opt(y, 12, 31)
                        } else {
                            NaiveDate::from_ymd_opt(y, 1, 1)
                        }
                    } else if s.contains("election") {
                        let first_mon = nth_weekday(y, 11, Weekday::Mon, 1)?;
                        Some(first_mon + Duration::days(1))
                    } else if s.contains("independence") {
                        NaiveDate::from_ymd_opt(y, 7, 4)
                    } else if s.contains("valentine") {
                        NaiveDate::from_ymd_opt(y, 2, 14)
                    } else if s.contains("halloween") {
                        NaiveDate::from_ymd_opt(y, 10, 31)
                    } else if s.contains("labor") {
                        nth_weekday(y, 9, Weekday::Mon, 1)
                    } else if s.contains("memorial") {
                        last_weekday(y, 5, Weekday::Mon)
                    } else {
                        None
                    }
                };
                let this = on(d.year())?;
                // "Christmas last year", "Thanksgiving this year": the year written after it
                // ("last year" is a date of its own, found apart).
                let after = ctx.text[span.end..].trim_start_matches([' ', ',']);
                let year_after = [("last year", -1), ("this year", 0), ("next year", 1)]
                    .into_iter()
                    .find(|(w, _)| {
                        after.len() >= w.len()
                            && after.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
                            && !after
                                .as_bytes()
                                .get(w.len())
                                .is_some_and(u8::is_ascii_alphanumeric)
                    });
                if let Some((_, off)) = year_after.filter(|_| rel == 0) {
                    let date = on(d.year() + off)?;
                    return Some(if week { iso_week(date) } else { fmt_day(date) });
                }
                let date = match rel {
                    -1 => {
                        if this < d {
                            this
                        } else {
                            on(d.year() - 1)?
                        }
                    }
                    1 => {
                        if this > d {
                            this
                        } else {
                            on(d.year() + 1)?
                        }
                    }
                    _ => closest_of(d, [on(d.year() - 1), Some(this), on(d.year() + 1)]),
                };
                Some(if week { iso_week(date) } else { fmt_day(date) })
            });
            cand(span, DATE, value)
        }
        Kind::Period => {
            if let Some(ya) = g("ya") {
                let ya = ya.to_ascii_lowercase();
                if ya.contains("end") {
                    // "by year-end": the current year (TimeML marks "the end of" with a
                    // modifier, not in the value).
                    return cand(span, DATE, dct.map(|d| format!("{:04}", d.year())));
                }
                return cand(span, DATE, year_ago(ctx, span.start));
            }
            let adj = g("adj")?.to_ascii_lowercase();
            let value = if adj.chars().all(|c| c.is_ascii_digit()) {
                let y: i32 = adj.parse().ok()?;
                Some(match dct {
                    Some(d) if ctx.quarterly && !longer_period_before(ctx, span.start) => {
                        ctx.story_quarter(QRef::Year(y));
                        let (_, q) = last_quarter(d);
                        format!("{y:04}-Q{q}")
                    }
                    _ => format!("{y:04}"),
                })
            } else if adj == "latest" || adj == "same" {
                dct.map(|d| {
                    ctx.story_quarter(QRef::Shift(0));
                    let (y, q) = last_quarter(d);
                    format!("{y:04}-Q{q}")
                })
            } else {
                year_ago(ctx, span.start)
            };
            cand(span, DATE, value)
        }
    }
}

fn weekday(ctx: &Ctx, caps: &Caps, span: Span) -> Option<Cand> {
    let g = |name: &str| caps.name(name).map(|m| m.as_str());
    let wd = weekday_of(g("wd")?)?;
    let pre = g("pre").map(|s| s.to_ascii_lowercase());
    let part = g("part").map(|s| s.to_ascii_lowercase());
    let plural = g("pl").is_some() || part.as_deref().is_some_and(|p| p.ends_with('s'));
    let wnum = wd.number_from_monday();
    if plural || matches!(pre.as_deref(), Some("every") | Some("each")) {
        if caps.name("clock").is_some() {
            return None;
        }
        let suffix = part
            .as_deref()
            .map(|p| format!("T{}", part_code(p)))
            .unwrap_or_default();
        return Some(Cand {
            span,
            ty: SET,
            value: Some(format!("XXXX-WXX-{wnum}{suffix}")),
        });
    }
    // The dct-relative direction.
    let dir = match pre.as_deref() {
        Some("last") | Some("this past") | Some("the previous") => -2,
        Some("next") | Some("this coming") | Some("the following") => 2,
        _ => {
            // A possessive weekday names an event already reported ("Wednesday's ruling"),
            // whatever the tense around it ("they would appeal Wednesday's ruling").
            let after = &ctx.text[span.end..];
            let possessive = after.starts_with("'s") || after.starts_with("’s");
            if !possessive && is_future_span(ctx, span) {
                1
            } else {
                -1
            }
        }
    };
    let date = ctx.dct.map(|d| {
        if pre.as_deref() == Some("this") {
            this_weekday(ctx, span, d, wd)
        } else {
            resolve_weekday(d, wd, dir)
        }
    });
    if let Some(c) = caps.name("clock") {
        let (h, m) = parse_clock(c.as_str())?;
        // "10 p.m. Wednesday": the day after the clock wins.
        let value = date.map(|d| fmt_time(d, h, m));
        return Some(Cand {
            span,
            ty: TIME,
            value,
        });
    }
    if let Some(p) = part.as_deref() {
        let value = date.map(|d| format!("{}T{}", fmt_day(d), part_code(p)));
        return Some(Cand {
            span,
            ty: DATE,
            value,
        });
    }
    // A possessive "Friday's" is left out of the span by the pattern.
    Some(Cand {
        span,
        ty: DATE,
        value: date.map(fmt_day),
    })
}

/// "this Friday": that weekday in the publication week (Monday to Sunday), whatever side of
/// the publication day it falls ("pre-orders open this Friday" on a Wednesday is two days
/// ahead, "this Monday, the firm cut jobs" two days back); moved a week when the sentence's
/// tense says the other side ("will reopen this Monday" on a Sunday is the next day).
fn this_weekday(ctx: &Ctx, span: Span, d: NaiveDate, wd: Weekday) -> NaiveDate {
    let offset = wd.num_days_from_monday() as i64 - d.weekday().num_days_from_monday() as i64;
    let x = d + Duration::days(offset);
    match tense_of(ctx, span) {
        Some(true) if x < d => x + Duration::days(7),
        Some(false) if x > d => x - Duration::days(7),
        _ => x,
    }
}

fn rel_day(ctx: &Ctx, caps: &Caps, span: Span) -> Option<Cand> {
    let g = |name: &str| caps.name(name).map(|m| lower(m.as_str()));
    let dct = ctx.dct;
    let mut span = span;
    if g("over").is_some() {
        // "the key overnight rate", "overnight lending", "an overnight stay": an adjective
        // before a noun is no time (the money market's rate, a kind of trip).
        let next = next_word(ctx.text, span.end);
        if matches!(
            next,
            "rate"
                | "rates"
                | "lending"
                | "borrowing"
                | "loan"
                | "loans"
                | "market"
                | "stay"
                | "stays"
                | "trip"
                | "bag"
                | "success"
                | "sensation"
                | "shift"
                | "shifts"
                | "interest"
        ) {
            return None;
        }
        return Some(Cand {
            span,
            ty: TIME,
            value: dct.map(|d| format!("{}TNI", fmt_day(d - Duration::days(1)))),
        });
    }
    if let Some(mid) = g("mid") {
        let code = if mid.contains("morning") {
            "MO"
        } else if mid.contains("afternoon") {
            "AF"
        } else {
            "MI"
        };
        let day = match g("w2").as_deref() {
            Some(w) => dct.map(|d| d + Duration::days(day_word_offset(w))),
            None => dct,
        };
        if code == "MI" {
            return Some(Cand {
                span,
                ty: TIME,
                value: day.map(|d| format!("{}T12:00", fmt_day(d))),
            });
        }
        return Some(Cand {
            span,
            ty: TIME,
            value: day.map(|d| format!("{}T{code}", fmt_day(d))),
        });
    }
    if let Some(w) = g("w") {
        if g("mod").as_deref() == Some("until") {
            span.start = caps.name("w")?.start() + (span.start - caps.get(0)?.start());
        }
        let off = day_word_offset(&w);
        let day = dct.map(|d| d + Duration::days(off));
        if let Some(p) = g("part") {
            return Some(Cand {
                span,
                ty: TIME,
                value: day.map(|d| format!("{}T{}", fmt_day(d), part_code(&p))),
            });
        }
        // "tonight" is the publication day's night, a TIME like "last night" and "this
        // evening" (TIMEX3: "2020-11-17TNI").
        if w == "tonight" {
            return Some(Cand {
                span,
                ty: TIME,
                value: day.map(|d| format!("{}TNI", fmt_day(d))),
            });
        }
        return Some(Cand {
            span,
            ty: DATE,
            value: day.map(fmt_day),
        });
    }
    let anchor = g("anchor")?;
    let part = g("part2")?;
    let off = match &*anchor {
        "last" => {
            if part != "night" {
                return None;
            }
            -1
        }
        "yesterday" => -1,
        "tomorrow" => 1,
        "this" => 0,
        _ => {
            // "the next morning": relative to the story's own time; kept as the next day.
            if anchor.contains("previous") {
                -1
            } else {
                1
            }
        }
    };
    let day = dct.map(|d| d + Duration::days(off));
    let ty = if anchor.starts_with("the") {
        DATE
    } else {
        TIME
    };
    let value = if anchor.starts_with("the") {
        day.map(fmt_day)
    } else {
        day.map(|d| format!("{}T{}", fmt_day(d), part_code(&part)))
    };
    Some(Cand { span, ty, value })
}

/// The nouns of an award title "X of the year" ("person of the year", "Coach of the Year").
const YEAR_TITLES: &[&str] = &[
    "person",
    "man",
    "woman",
    "player",
    "coach",
    "rookie",
    "athlete",
    "manager",
    "executive",
    "teacher",
    "album",
    "song",
    "record",
    "car",
    "book",
    "word",
    "team",
    "goal",
    "artist",
    "entertainer",
    "driver",
    "horse",
    "film",
    "movie",
];

fn rel_unit(ctx: &Ctx, caps: &Caps, span: Span) -> Option<Cand> {
    let g = |name: &str| caps.name(name).map(|m| lower(m.as_str()));
    let Some(anchor_raw) = g("anchor") else {
        if let Some(season) = g("bseason") {
            return bare_season(ctx, span, &season);
        }
        return early_late_season(ctx, caps, span, &g("season")?);
    };
    let anchor = anchor_raw
        .trim_start_matches("the")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let unit = g("unit")?;
    // A capitalised unit is a title ("This Week", a broadcast), not a date.
    if caps
        .name("unit")
        .is_some_and(|u| u.as_str().starts_with(|c: char| c.is_ascii_uppercase()))
    {
        return None;
    }
    let pm = g("pm").map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "));
    let dct = ctx.dct;
    let mut span = span;
    // "in the past week" drops "in".
    if caps
        .get(0)?
        .as_str()
        .to_ascii_lowercase()
        .starts_with("in ")
    {
        span.start += 3;
    }
    let fiscal = g("fy").is_some();
    // "the winter of 1994".
    if let Some(sy) = g("sy") {
        let y: i32 = sy
            .trim_start_matches(|c: char| !c.is_ascii_digit())
            .parse()
            .ok()?;
        let code = match &*unit {
            "summer" | "winter" | "spring" | "fall" | "autumn" => season_code(season_index(&unit)),
            _ => return None,
        };
        return Some(Cand {
            span,
            ty: DATE,
            value: Some(format!("{y:04}-{code}")),
        });
    }
    // "the next day", "the following day", "the previous day", "the same day", "that same
    // day": anaphors (see `anchor_anaphors`), the day after, before or of the date last
    // written; until then the publication day's. Other days ("the day", "next day", "the
    // last day") are not dates.
    if unit == "day" {
        let off: Option<i64> = match anchor.as_str() {
            "next" | "following" => Some(1),
            "previous" | "prior" => Some(-1),
            "same" | "that same" => Some(0),
            _ => None,
        };
        let det = anchor_raw.starts_with("the") || anchor_raw.starts_with("that");
        // "the same day-care centre": a compound, not a day.
        let compound = ctx.text[span.end..].starts_with('-');
        if let Some(off) = off.filter(|_| det && !compound) {
            return Some(Cand {
                span,
                ty: DATE,
                value: dct.map(|d| fmt_day(d + Duration::days(off))),
            });
        }
    }
    // Which unit offset does the anchor mean?
    let off: i32 = match anchor.as_str() {
        "past" | "last" | "previous" | "prior" | "this past" => -1,
        "latest" if unit == "year" => -1,
        "next" | "coming" | "following" | "this coming" => 1,
        "this" | "current" | "latest" | "same" => 0,
        "" | "its" | "that" => 0,
        _ => return None,
    };
    // Plain "the X" / "that X" / "its X": only a few are time expressions.
    let bare = anchor.is_empty() || anchor == "its" || anchor == "that";
    if bare {
        match &*unit {
            "year" => {
                if anchor == "its" {
                    return None;
                }
                let next = next_word(ctx.text, span.end).to_ascii_lowercase();
                if matches!(
                    next.as_str(),
                    "ended" | "ending" | "ends" | "through" | "to"
                ) {
                    return Some(Cand {
                        span,
                        ty: DURATION,
                        value: Some("P1Y".into()),
                    });
                }
                // "the year" after a preposition; "the year before" is odd.
                if pm.is_none() && anchor.is_empty() && !fiscal {
                    let prev = prev_word(ctx.text, span.start).to_ascii_lowercase();
                    if !matches!(
                        prev.as_str(),
                        "for" | "in" | "during" | "through" | "throughout" | "of" | "this"
                    ) {
                        return None;
                    }
                    // "Time's person of the year", "rookie of the year": a title, no date.
                    if prev == "of" {
                        let of = prev_word(ctx.text, span.start);
                        let at = of.as_ptr() as usize - ctx.text.as_ptr() as usize;
                        let title = prev_word(ctx.text, at).to_ascii_lowercase();
                        if YEAR_TITLES.contains(&title.as_str()) {
                            return None;
                        }
                    }
                }
            }
            "weekend" | "summer" | "winter" | "spring" | "autumn" | "fall" | "week" | "month"
            | "morning" => {
                if anchor == "its" || (unit == "fall" && anchor.is_empty() && pm.is_none()) {
                    return None;
                }
                if unit == "week" || unit == "month" {
                    let prev = prev_word(ctx.text, span.start).to_ascii_lowercase();
                    if anchor.is_empty()
                        && pm.is_none()
                        && !matches!(prev.as_str(), "in" | "during" | "for" | "of" | "over")
                    {
                        return None;
                    }
                }
                if unit == "fall" && anchor.is_empty() && pm.is_none() {
                    return None;
                }
            }
            "day" => {
                if anchor == "that"
                    && pm
                        .as_deref()
                        .is_some_and(|p| p == "earlier" || p == "later")
                {
                    return Some(Cand {
                        span,
                        ty: DATE,
                        value: None,
                    });
                }
                return None;
            }
            // "the end of the decade", "early in the century": this one; "the decade" alone
            // is mostly a span of ten years.
            "decade" | "century" if pm.is_some() && anchor.is_empty() => {}
            "decade" | "century" => return None,
            _ => return None,
        }
        if anchor == "that" {
            if unit == "year" {
                return Some(Cand {
                    span,
                    ty: DATE,
                    value: None,
                });
            }
            return None;
        }
    }
    if unit == "day" || (unit == "morning" && !bare) {
        return None;
    }
    if unit == "morning" {
        // "the morning": the publication day's morning.
        return Some(Cand {
            span,
            ty: TIME,
            value: dct.map(|d| format!("{}TMO", fmt_day(d))),
        });
    }
    let v: Option<String> = dct.and_then(|d| match &*unit {
        "year" => Some(format!("{:04}", d.year() + off)),
        "month" => {
            let (y, m) = add_months(d.year(), d.month(), off);
            Some(format!("{y:04}-{m:02}"))
        }
        "week" => Some(iso_week(d + Duration::days(7 * off as i64))),
        "weekend" => {
            // "this weekend" on a weekday is the coming one unless the sentence is past.
            let this_ahead = anchor == "this"
                && !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
                && tense_of(ctx, span) != Some(false);
            let sat = if off > 0 || this_ahead || (off == 0 && is_future(ctx, span.start)) {
                next_weekday(d, Weekday::Sat)
            } else if off < 0 {
                prev_weekday(d - Duration::days(1), Weekday::Sat)
                    - Duration::days(
                        if d.weekday() == Weekday::Sun || d.weekday() == Weekday::Sat {
                            7
                        } else {
                            0
                        },
                    )
            } else {
                prev_weekday(d, Weekday::Sat)
            };
            Some(format!("{}-WE", iso_week(sat)))
        }
        "decade" => Some(format!("{}", (d.year() / 10) + off)),
        "century" => Some(format!("{:02}", d.year() / 100 + off)),
        "summer" | "winter" | "spring" | "fall" | "autumn" => Some(season_value(
            ctx,
            span,
            d,
            season_index(&unit),
            off,
            anchor.is_empty(),
        )),
        _ => None,
    });
    // "the first half of the year", "the second half of next year": a half of that year, as
    // "the first half of 2019" is ("2020-H1").
    let half = match pm.as_deref() {
        Some("the first half of") => Some(1),
        Some("the second half of") => Some(2),
        _ => None,
    };
    if let Some(h) = half.filter(|_| unit == "year" && !fiscal) {
        return Some(Cand {
            span,
            ty: DATE,
            value: v.map(|y| format!("{y}-H{h}")),
        });
    }
    // Position modifiers ("early", "the end of") do not change the value: TIMEX3 puts them
    // in `mod`, which the contract does not carry.
    Some(Cand {
        span,
        ty: DATE,
        value: v,
    })
}

/// The value of season `s` (an index of [`season_code`]) seen from `d`: `off` -1 for the
/// last one, 1 for the next one, 0 for this one ("this summer") or, `bare`, one with no
/// anchor word ("the summer", "early summer"), which is the season of the current
/// season-year (January and February belong to the winter that began the year before), or
/// of the year before when it is still to come and nothing speaks of the future, or of the
/// year after when it is over and something does.
fn season_value(ctx: &Ctx, span: Span, d: NaiveDate, s: u32, off: i32, bare: bool) -> String {
    let cur = season_index_of_month(d.month());
    let mut y = if d.month() <= 2 {
        d.year() - 1
    } else {
        d.year()
    };
    match off {
        -1 => {
            if s >= cur {
                y -= 1;
            }
        }
        1 => {
            if s <= cur {
                y += 1;
            }
        }
        _ => {
            if bare && s > cur && !is_future(ctx, span.start) {
                y -= 1;
            } else if bare && s < cur && is_future(ctx, span.start) {
                // "will stay nervous until the spring" in November: the coming one.
                y += 1;
            } else if !bare && d.month() <= 2 && s < 3 {
                // "this summer" in February: the coming one.
                y += 1;
            }
        }
    }
    format!("{y:04}-{}", season_code(s))
}

/// "early summer", "in late spring", "the early summer", "mid-winter", "late autumn 2013": a
/// season with a position word and no anchor word. With a year, that year's season; else
/// the season as "the summer" reads it (see [`season_value`]): "planted in early spring" in
/// November is this year's spring, "will open in early spring" next year's. The position is
/// TIMEX3's `mod` (START, END, MID), which the contract does not carry. Not after "a"/"an"
/// ("an early spring", a season that came early), nor "fall" before "in", "of", "from",
/// "to" ("a late fall in prices").
/// "from spring to September", "the talks stalled in summer", "by winter": a season with no
/// article after a preposition (the match holds it; the span does not), valued as "the
/// summer" (see [`season_value`]). Only where the phrase ends after it (punctuation, a
/// function word: "in spring, the", "from spring to", "in summer and autumn"), not before a
/// noun ("in spring training", "in summer heat", "by winter storms"). "fall" never ("in
/// fall" is rare beside "a rise in fall sales").
fn bare_season(ctx: &Ctx, span: Span, season: &str) -> Option<Cand> {
    const ENDS: &[&str] = &[
        "and", "or", "to", "until", "till", "through", "when", "while", "as", "after", "before",
        "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "with", "for", "in",
        "on", "at", "but", "is", "was", "are", "were", "will", "would", "he", "she", "it", "they",
        "we", "if", "because", "amid", "despite",
    ];
    let span = Span::new(span.end - season.len(), span.end);
    let b = ctx.text.as_bytes();
    let ends = match b.get(span.end) {
        None => true,
        Some(b'.' | b',' | b';' | b':' | b')' | b'!' | b'?' | b'\n' | b'"') => true,
        Some(b' ') => {
            let next = next_word(ctx.text, span.end);
            next.is_empty() || ENDS.iter().any(|e| next.eq_ignore_ascii_case(e))
        }
        Some(_) => false,
    };
    if !ends {
        return None;
    }
    let s = season_index(season);
    Some(Cand {
        span,
        ty: DATE,
        value: ctx.dct.map(|d| season_value(ctx, span, d, s, 0, true)),
    })
}

fn early_late_season(ctx: &Ctx, caps: &Caps, span: Span, season: &str) -> Option<Cand> {
    let prev = prev_word(ctx.text, span.start);
    if prev.eq_ignore_ascii_case("a") || prev.eq_ignore_ascii_case("an") {
        return None;
    }
    let s = season_index(season);
    if season == "fall" {
        let next = next_word(ctx.text, span.end);
        if ["in", "of", "from", "to"]
            .iter()
            .any(|w| next.eq_ignore_ascii_case(w))
        {
            return None;
        }
    }
    let value = match caps.name("sy2") {
        Some(y) => Some(format!("{}-{}", y.as_str(), season_code(s))),
        None => ctx.dct.map(|d| season_value(ctx, span, d, s, 0, true)),
    };
    Some(Cand {
        span,
        ty: DATE,
        value,
    })
}

fn quarter(ctx: &Ctx, caps: &Caps, base: usize, span: Span) -> Option<Cand> {
    if let Some(qn) = caps.name("qn") {
        return q_quarter(ctx, caps, qn.as_str(), span);
    }
    let g = |name: &str| caps.name(name).map(|m| lower(m.as_str()));
    let det = g("det");
    let adj = g("adj").unwrap_or_default();
    let ord = g("ord");
    let mut span = span;
    let dct = ctx.dct;
    let whole = caps.get(0)?.as_str().to_ascii_lowercase();
    // Hyphenated adjective ("a third-quarter loss"): no article.
    let hyphen_adj = whole.contains("-quarter") && g("y").is_none();
    if hyphen_adj && caps.name("det").is_some() {
        let after_det = caps
            .name("adj")
            .filter(|m| !m.as_str().is_empty())
            .or_else(|| caps.name("ord"))?;
        span.start = base + after_det.start();
    }
    // "quarter-to-quarter" compares, it names no quarter.
    let hyphen_after = ctx.text[span.end..].starts_with('-');
    if det.is_none() && adj.trim().is_empty() && ord.is_none() || g("qc").is_some() || hyphen_after
    {
        return None; // bare "quarter", "quarter-century"
    }
    if det.as_deref() == Some("a") && ord.is_none() && adj.trim().is_empty() {
        return None; // "a quarter of ..."
    }
    // ("in a flat second quarter", with an adjective, is the quarter itself.)
    if det.as_deref() == Some("a") && ord.is_some() && !hyphen_adj && adj.trim().is_empty() {
        return None; // "fell for a third quarter": a count of quarters, not the third one
    }
    if g("y").is_none() && !adj.contains("fiscal") && game_time(ctx, span) {
        return None; // "led 88-80 in the fourth quarter": a part of a game
    }
    let adj_year: Option<i32> = adj
        .split(|c: char| !c.is_ascii_digit())
        .find(|s| s.len() == 4)
        .and_then(|s| s.parse().ok());
    let year_back = adj.contains("ago")
        || adj.contains("earlier")
        || g("ago").is_some()
        || det.as_deref().is_some_and(|d| d.starts_with("last year"));
    let year_fwd = det.as_deref().is_some_and(|d| d.starts_with("next year"));
    let n: Option<u32> = match ord.as_deref() {
        Some("first") | Some("1st") => Some(1),
        Some("second") | Some("2nd") => Some(2),
        Some("third") | Some("3rd") => Some(3),
        Some("fourth") | Some("4th") | Some("final") => Some(4),
        _ => None,
    };
    let explicit_year: Option<i32> = g("y").and_then(|y| y.parse().ok()).or(adj_year);
    let value = match (n, explicit_year) {
        (Some(q), Some(y)) => Some(format!("{y:04}-Q{q}")),
        (None, Some(y)) => dct
            .map(|d| {
                ctx.story_quarter(QRef::Year(y));
                format!("{y:04}-Q{}", last_quarter(d).1)
            })
            .or(Some(format!("{y:04}"))),
        (Some(q), None) => dct.map(|d| {
            let (cy, cq) = (d.year(), (d.month() - 1) / 3 + 1);
            let mut y = if q <= cq || is_future(ctx, span.start) {
                cy
            } else {
                cy - 1
            };
            if year_back {
                y -= 1;
            }
            if year_fwd || det.as_deref().is_some_and(|d| d.starts_with("this year")) {
                y = cy + i32::from(year_fwd);
            }
            format!("{y:04}-Q{q}")
        }),
        (None, None) => dct.map(|d| {
            let (cy, cq) = (d.year(), (d.month() - 1) / 3 + 1);
            let (mut y, mut q) = match ord.as_deref() {
                Some("current") | Some("this") => (cy, cq),
                Some("next") => {
                    if cq == 4 {
                        (cy + 1, 1)
                    } else {
                        (cy, cq + 1)
                    }
                }
                Some("previous") | Some("last") | Some("past") | Some("latest") | Some("same")
                | Some("that") | None => last_quarter(d),
                _ => last_quarter(d),
            };
            if let Some(yq) = ended_quarter(ctx.text, span.end, d).filter(|_| !year_back) {
                // "the quarter ended Sept. 30" says which quarter it is.
                return format!("{:04}-Q{}", yq.0, yq.1);
            }
            if det.as_deref() == Some("this") && ord.is_none() {
                (y, q) = (cy, cq);
            } else if matches!(ord.as_deref(), None | Some("that" | "same" | "latest")) {
                ctx.story_quarter(QRef::Shift(-i32::from(year_back)));
            }
            if year_back {
                y -= 1;
            }
            format!("{y:04}-Q{q}")
        }),
    };
    Some(Cand {
        span,
        ty: DATE,
        value,
    })
}

/// "Q3", "Q3 2026": a quarter written short, valued as "the third quarter" ("third quarter
/// 2026"): without a year, this year's when not later than the current quarter or when
/// the sentence speaks of the future, else last year's. Not a name ("Audi Q3": after a
/// capitalised word that is no possessive) nor, without a year, a part of a game.
fn q_quarter(ctx: &Ctx, caps: &Caps, qn: &str, span: Span) -> Option<Cand> {
    let q: u32 = qn.parse().ok()?;
    let prev = prev_word(ctx.text, span.start);
    let before = &ctx.text[..span.start];
    let possessive = before.trim_end().ends_with("'s") || before.trim_end().ends_with("’s");
    if prev.starts_with(|c: char| c.is_ascii_uppercase())
        && !possessive
        && sentence_start(ctx.doc, span.start) < prev.as_ptr() as usize - ctx.text.as_ptr() as usize
    {
        return None;
    }
    let value = match caps.name("qy") {
        Some(y) => Some(format!("{}-Q{q}", y.as_str())),
        None => {
            if game_time(ctx, span) {
                return None;
            }
            ctx.dct.map(|d| {
                let (cy, cq) = (d.year(), (d.month() - 1) / 3 + 1);
                let y = if q <= cq || is_future(ctx, span.start) {
                    cy
                } else {
                    cy - 1
                };
                format!("{y:04}-Q{q}")
            })
        }
    };
    Some(Cand {
        span,
        ty: DATE,
        value,
    })
}

fn duration(ctx: &Ctx, caps: &Caps, base: usize, span: Span) -> Option<Cand> {
    let g = |name: &str| caps.name(name).map(|m| lower(m.as_str()));
    let num_s = g("num")?;
    let unit = g("unit")?;
    let sep = g("sep")?;
    let det = g("det").map(|s| s.trim().to_string());
    let modifier = g("mod").map(|s| s.trim().to_string());
    let tail = g("tail");
    let ago = g("ago").map(|s| s.trim().to_string());
    let mut span = span;
    let text = ctx.text;

    // Numbers that are not counts of time: "a" only directly before the unit ("a year");
    // the count words "some/many" need a plural unit.
    let num_words = num_s.split_whitespace().collect::<Vec<_>>().join(" ");
    let num = parse_count(&num_words);
    let plural = unit.ends_with('s');
    let singular_ok = matches!(num, Count::N(n) if (n - 1.0).abs() < 1e-9) || sep.contains('-');
    if !plural && !singular_ok {
        // "five year" (spoken) is fine as adjective; "two day" likewise.
        if !matches!(num, Count::N(_)) {
            return None;
        }
    }
    if (num_words == "some" || num_words == "many") && !plural {
        return None;
    }
    if num_words == "some" && det.is_none() {
        // "some years" is vague but rarely annotated; "some time" is not a unit here.
        return None;
    }
    // Digits glued to other numbers ("1,000 years", "3.5 hours" are fine; "12,500 hours" too).
    let num_span = caps.name("num")?;
    if preceded_by_digitish(text, base + num_span.start()) {
        return None;
    }
    // "$5 years" no; "5-year-old" is an age: not annotated.
    let after = &text[span.end..];
    if after.starts_with("-old") || after.starts_with(" old") || after.starts_with("-olds") {
        return None;
    }
    if (unit.starts_with("night") || unit.starts_with("weekend")) && !matches!(num, Count::N(_)) {
        return None;
    }
    if unit.starts_with("quarter") && sep.contains('-') {
        return None;
    }
    // A capitalised unit is a name ("60 Minutes"); "a second" is an ordinal.
    let unit_m = caps.name("unit")?;
    if unit_m
        .as_str()
        .starts_with(|c: char| c.is_ascii_uppercase())
    {
        return None;
    }
    if num_words == "a" && (unit == "second" || unit == "quarter") {
        return None;
    }
    // "will one day lead the party", "hopes to one day run", "hopes he one day follows":
    // "one day" between a modal, "to" or a subject pronoun and its verb is "some day",
    // FUTURE_REF (as TimeML annotates it), no stretch of time (not "limited to one day a
    // week", "cut to one day per week", "will take one day").
    if caps.get(0)?.as_str().eq_ignore_ascii_case("one day") {
        const NOT_VERB: &[&str] = &[
            "a", "an", "the", "of", "and", "or", "in", "at", "per", "later", "earlier", "ago",
            "before", "after", "for", "each", "every", "only", "to", "from", "this", "that",
            "last", "next", "off", "early", "late", "more", "less",
        ];
        let prev = lower(prev_word(text, span.start));
        let next = next_word(text, span.end);
        const SUBJECTS: &[&str] = &["i", "you", "he", "she", "it", "we", "they"];
        if (MODALS.contains(&&*prev) || SUBJECTS.contains(&&*prev))
            && next.starts_with(|c: char| c.is_ascii_lowercase())
            && !NOT_VERB.contains(&next)
        {
            return Some(Cand {
                span,
                ty: DATE,
                value: Some("FUTURE_REF".into()),
            });
        }
    }
    // "$5 million a year", "four flights a week", "300 people an hour": a rate, not annotated
    // as a duration.
    if (num_words == "a" || num_words == "an")
        && det.is_none()
        && modifier.is_none()
        && caps.name("ago").is_none()
    {
        let prev_s = prev_word(text, span.start);
        let prev = prev_s.to_ascii_lowercase();
        // "300 people an hour", "three meals a day": a count and a noun before it.
        let counted_noun = || {
            let at = prev_s.as_ptr() as usize - text.as_ptr() as usize;
            let before = prev_word(text, at);
            // Only blanks after the noun ("the two men, a month and a half before": no).
            let adjacent = text[at + prev_s.len()..span.start].trim().is_empty();
            adjacent
                && prev.len() > 2
                && prev.bytes().all(|c| c.is_ascii_lowercase())
                && !matches!(
                    prev.as_str(),
                    "and" | "for" | "than" | "about" | "with" | "over" | "under" | "nearly"
                )
                && (before.bytes().all(|c| c.is_ascii_digit() || c == b',') && !before.is_empty()
                    || word_number(&before.to_ascii_lowercase()).is_some_and(|n| n >= 2.0))
        };
        let amount = prev.chars().any(|c| c.is_ascii_digit())
            || counted_noun()
            || matches!(
                prev.as_str(),
                "once"
                    | "twice"
                    | "times"
                    | "percent"
                    | "million"
                    | "billion"
                    | "thousand"
                    | "hundred"
                    | "dollars"
                    | "cents"
                    | "flights"
                    | "seats"
                    | "hours"
                    | "day"
                    | "week"
                    | "month"
                    | "year"
                    | "shares"
                    | "barrels"
                    | "tons"
            );
        if amount {
            return None;
        }
    }
    // Adjective before a noun ("a five year low", "the two day rally"): no article.
    let adjectival = !plural && !matches!(num, Count::N(n) if (n - 1.0).abs() < 1e-9);
    let code = unit_code(&unit)?;
    // Article before a hyphenated adjective: "a five-year plan" → "five-year".
    if (sep.contains('-') || adjectival)
        && tail.as_deref().is_none_or(|t| t == "-long")
        && caps.name("det").is_some()
    {
        let start = caps
            .name("pos")
            .map(|p| p.start())
            .unwrap_or_else(|| num_span.start());
        span.start = base + start;
    }
    // "is coming four months before the season": a verb, not "the coming four months".
    // "would last 24 hours", "is expected to last two days": the verb, not "the last 24 hours".
    // ("last a week": the adjective never comes before an article.)
    let verb_last = || {
        g("pos").is_some_and(|p| p.trim() == "last") && {
            let prev = lower(prev_word(text, span.start));
            MODALS.contains(&&*prev) || prev == "not" || num_words == "a" || num_words == "an"
        }
    };
    if det.is_none()
        && modifier.is_none()
        && (g("pos").is_some_and(|p| p.trim() == "coming") || verb_last())
    {
        span.start = base + num_span.start();
    }
    if ago.is_some() {
        let count = match num {
            Count::N(n) => Some(n),
            _ => None,
        };
        let value = if code == "Y" && count == Some(1.0) && det.is_none() {
            year_ago(ctx, span.start)
        } else {
            match (count, ctx.dct) {
                (Some(n), Some(d)) => ago_value(d, n, code),
                (None, _) => Some("PAST_REF".to_string()),
                _ => None,
            }
        };
        return Some(Cand {
            span,
            ty: DATE,
            value,
        });
    }
    let value = match num {
        Count::N(n) => {
            let n = if g("frac").is_some() { n + 0.5 } else { n };
            duration_value(n, code, num_words.contains("1/2") || g("frac").is_some())
        }
        Count::Range(a, _b) => {
            if num_words.contains(" or ") {
                duration_value(a, code, false)
            } else {
                // "12 to 18 months" stays vague; "two to three weeks" takes the lower bound.
                if a >= 10.0 {
                    vague_duration(code)
                } else {
                    duration_value(a, code, false)
                }
            }
        }
        Count::Vague => vague_duration(code),
    };
    Some(Cand {
        span,
        ty: DURATION,
        value: Some(value),
    })
}

// ---------------------------------------------------------------------------------------------
// Context
// ---------------------------------------------------------------------------------------------

/// Future cues among the words before a date in its sentence.
const FUTURE_CUES: &[&str] = &[
    "will",
    "shall",
    "would",
    "might",
    "scheduled",
    "planned",
    "plans",
    "plan",
    "planning",
    "expected",
    "expects",
    "expect",
    "due",
    "slated",
    "upcoming",
    "next",
    "going",
    "intends",
    "intend",
    "hopes",
    "resume",
    "postponed",
    "delayed",
    "adjourned",
    "deadline",
    "effective",
    "wo",
    "soon",
    "likely",
];

/// Past-tense words that end the backward search for a future cue.
const PAST_CUES: &[&str] = &[
    "said",
    "says",
    "told",
    "was",
    "were",
    "had",
    "did",
    "announced",
    "reported",
    "met",
    "held",
    "went",
    "came",
    "took",
    "gave",
    "made",
    "began",
    "left",
    "saw",
    "won",
    "lost",
    "fell",
    "rose",
    "spoke",
    "wrote",
    "found",
    "since",
    "ago",
    "last",
    "tore",
    "struck",
    "broke",
    "ran",
    "sent",
    "brought",
    "bought",
    "fought",
    "caught",
    "thought",
    "sought",
    "built",
    "kept",
    "felt",
    "led",
    "paid",
    "heard",
    "stood",
    "sat",
    "fled",
    "drew",
    "flew",
    "grew",
    "knew",
    "threw",
    "became",
    "chose",
    "drove",
    "rode",
    "sank",
    "shook",
    "spent",
    "stole",
    "swore",
    "woke",
    "hung",
    "meant",
    "slid",
    "got",
    "forgot",
    "sold",
    "shot",
    "killed",
    "died",
    "ate",
    "arose",
    "swept",
    "slept",
    "dealt",
    "lent",
    "wept",
    "spun",
    "withdrew",
    "overthrew",
    "undertook",
];

/// Past cues that stay past after "be" ("was", "had": not participles).
const FINITE_PAST: &[&str] = &["was", "were", "had", "did", "says", "since", "ago", "last"];

/// Words before an "-ed" word that make it an adjective ("a still unspecified date").
const ADJ_BEFORE: &[&str] = &[
    "a",
    "an",
    "the",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "still",
    "newly",
    "so",
    "well",
    "recently",
    "previously",
    "long",
    "much",
    "most",
    "more",
    "less",
    "very",
    "widely",
    "already",
    "officially",
    "jointly",
    "further",
];

/// "-ed" words that are not past verbs.
const NOT_PAST_ED: &[&str] = &[
    "hundred", "united", "red", "bed", "shed", "wed", "naked", "sacred",
];

/// Is this lower-cased word (written `orig`) a past-tense verb? `before` is the word before it.
fn is_past_word(head: &str, orig: &str, before: Option<&str>) -> bool {
    static PAST: OnceLock<WordSet> = OnceLock::new();
    if PAST.get_or_init(|| WordSet::new(PAST_CUES)).contains(head) {
        return true;
    }
    // "-ed" words: lower-case ("United" is a name), not "-eed" ("need", "proceed"), and not
    // an adjective after a determiner or an adverb of degree.
    head.len() > 4
        && head.ends_with("ed")
        && !head.ends_with("eed")
        && orig.starts_with(|c: char| c.is_ascii_lowercase())
        && !NOT_PAST_ED.contains(&head)
        && !before.is_some_and(|b| ADJ_BEFORE.contains(&&*lower(b)))
}

/// A set of words (the tense cues are looked up for every word around a date). Words of up
/// to eight bytes are packed into integers and kept in a small open-addressing table (a
/// multiplicative hash, linear probing, 0 for an empty slot: a packed word is never 0), so
/// that a look-up is a multiplication and a compare or two; longer words are sorted for a
/// binary search.
struct WordSet {
    table: Vec<u64>,
    /// 64 minus the table's number of index bits.
    shift: u32,
    long: Vec<&'static str>,
}

impl WordSet {
    fn new(words: &[&'static str]) -> Self {
        let size = (words.len() * 4).next_power_of_two().max(16);
        let mut set = WordSet {
            table: vec![0; size],
            shift: 64 - size.trailing_zeros(),
            long: words.iter().copied().filter(|w| w.len() > 8).collect(),
        };
        set.long.sort_unstable();
        set.long.dedup();
        for k in words.iter().filter_map(|w| pack(w)) {
            let mut i = set.slot(k);
            while set.table[i] != 0 && set.table[i] != k {
                i = (i + 1) & (size - 1);
            }
            set.table[i] = k;
        }
        set
    }
    fn slot(&self, k: u64) -> usize {
        (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }
    fn contains(&self, w: &str) -> bool {
        let Some(k) = pack(w) else {
            return self.long.binary_search(&w).is_ok();
        };
        let mask = self.table.len() - 1;
        let mut i = self.slot(k);
        loop {
            match self.table[i] {
                0 => return false,
                t if t == k => return true,
                _ => i = (i + 1) & mask,
            }
        }
    }
}

/// A word of one to eight bytes as an integer (its bytes, big-endian, zero-padded: distinct
/// words, distinct integers, as words hold no NUL byte); None for a longer or empty one.
fn pack(w: &str) -> Option<u64> {
    let b = w.as_bytes();
    if b.is_empty() || b.len() > 8 {
        return None;
    }
    Some(
        b.iter()
            .enumerate()
            .fold(0u64, |k, (i, &c)| k | u64::from(c) << (56 - 8 * i)),
    )
}

/// How many words before a date are searched for a tense cue.
const TENSE_WINDOW: usize = 15;

/// Do the words before `pos` in its sentence speak of the future? Searched backwards, up to
/// [`TENSE_WINDOW`] words, skipping parenthetical asides; a past-tense verb ends the search
/// ("said Tuesday it will" is past), except a participle after "be" ("will be signed on").
/// "by" right before the date ("by Friday") is future unless a past verb comes before it
/// ("had filed reports by Wednesday"); "next to" is a preposition, not a cue; a cue after
/// "had" ("had been due to expire Friday") is past.
fn is_future(ctx: &Ctx, pos: usize) -> bool {
    is_future_span(ctx, Span::new(pos, pos))
}

/// [`is_future`] for a date spanning `span`: when nothing before the date decides (and no
/// "by" comes right before it), the words after it in the sentence do ("On Tuesday, the
/// league plans to ..." is ahead, "On Tuesday, the league said ..." behind).
/// A sentence that opens with "by" and the date ("By late summer, she looked vulnerable")
/// is read after the date too: its verb decides, ahead when it says nothing.
fn is_future_span(ctx: &Ctx, span: Span) -> bool {
    tense_of(ctx, span).unwrap_or(false)
}

/// The tense of the sentence around `span` as [`is_future_span`] reads it: ahead, behind,
/// or None when no word decides.
fn tense_of(ctx: &Ctx, span: Span) -> Option<bool> {
    match tense_before(ctx, span.start) {
        Some(true) if opens_with_by(ctx, span.start) => {
            Some(tense_after(ctx, span.end).unwrap_or(true))
        }
        Some(f) => Some(f),
        None => tense_after(ctx, span.end),
    }
}

/// Is "by" all that comes before `pos` in its sentence?
fn opens_with_by(ctx: &Ctx, pos: usize) -> bool {
    let start = sentence_start(ctx.doc, pos);
    ctx.text[start..pos]
        .trim_matches(|c: char| !c.is_alphanumeric())
        .eq_ignore_ascii_case("by")
}

/// Whether the sentence of `span` reports a game ("led 88-80 with six minutes left in the
/// fourth quarter", "scored 20 points in the second half"): a quarter or half with no year
/// there is a part of the game, no date. A word of business ("profit", "sales", "fiscal",
/// ...) keeps it a date; "led", "trailed", "lead" and "points" count only beside a score
/// ("88-80"): polls and prices have points too.
fn game_time(ctx: &Ctx, span: Span) -> bool {
    let from = sentence_start(ctx.doc, span.start);
    let to = sentence_end(ctx.doc, span.end).clamp(span.end, ctx.text.len());
    let Some(sent) = ctx.text.get(from..to) else {
        return false;
    };
    let words: Vec<&str> = sent
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let is = |w: &str, set: &[&str]| set.iter().any(|s| w.eq_ignore_ascii_case(s));
    if words.iter().any(|w| is(w, BUSINESS_WORDS)) {
        return false;
    }
    let score = sent.as_bytes().windows(3).enumerate().any(|(i, w)| {
        w[0].is_ascii_digit() && w[1] == b'-' && w[2].is_ascii_digit() && {
            // Up to three digits on each side: a score, not a year range or a date.
            let b = sent.as_bytes();
            let left = b[..=i]
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_digit())
                .count();
            let right = b[i + 2..].iter().take_while(|c| c.is_ascii_digit()).count();
            left <= 3 && right <= 3
        }
    });
    words.iter().enumerate().any(|(k, w)| {
        let next = words.get(k + 1).copied().unwrap_or("");
        is(w, GAME_WORDS)
            || is(w, &["minutes", "seconds"]) && is(next, &["left", "remaining"])
            || score
                && is(
                    w,
                    &["led", "trailed", "lead", "leading", "trailing", "points"],
                )
    })
}

/// Words that tell a game ("the fourth quarter" of it).
const GAME_WORDS: &[&str] = &[
    "game",
    "games",
    "scored",
    "outscored",
    "scoring",
    "touchdown",
    "touchdowns",
    "halftime",
    "overtime",
    "quarterback",
    "inning",
    "innings",
    "rebounds",
    "assists",
    "buzzer",
    "scoreless",
];

/// Words of business: a quarter or half in their sentence is one of a year.
const BUSINESS_WORDS: &[&str] = &[
    "fiscal",
    "financial",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "sales",
    "earnings",
    "loss",
    "losses",
    "growth",
    "economy",
    "economic",
    "quarterly",
    "percent",
    "shares",
    "income",
    "gdp",
    "company",
    "companies",
    "investors",
    "analysts",
    "results",
    "prices",
    "index",
    "stocks",
    "market",
    "markets",
    "rates",
    "inflation",
    "poll",
    "polls",
];

/// The backward search of [`is_future`]: None when nothing decides.
fn tense_before(ctx: &Ctx, pos: usize) -> Option<bool> {
    let start = sentence_start(ctx.doc, pos);
    let before = &ctx.text[start..pos];
    // Words from the date backwards, parentheses skipped.
    let mut buf = [""; TENSE_WINDOW + 2];
    let mut n = 0;
    let mut depth = 0usize;
    let mut end = before.len();
    // Byte by byte (most text is ASCII); a non-ASCII character is decoded where it ends.
    let bytes = before.as_bytes();
    let mut at = bytes.len();
    while at > 0 {
        let last = bytes[at - 1];
        let (i, c) = if last < 0x80 {
            (at - 1, char::from(last))
        } else {
            let mut i = at - 1;
            while i > 0 && bytes[i] & 0xC0 == 0x80 {
                i -= 1;
            }
            (i, before[i..at].chars().next().unwrap_or(' '))
        };
        let is_word = if last < 0x80 {
            last.is_ascii_alphanumeric() || last == b'\''
        } else {
            c.is_alphanumeric() || c == '’'
        };
        if !is_word {
            if end > at && depth == 0 {
                buf[n] = &before[at..end];
                n += 1;
                if n > TENSE_WINDOW {
                    break;
                }
            }
            end = i;
            match c {
                ')' | ']' => depth += 1,
                '(' | '[' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        at = i;
    }
    if end > 0 && depth == 0 && n <= TENSE_WINDOW {
        buf[n] = &before[..end];
        n += 1;
    }
    let words = &buf[..n];
    let mut by_date = false;
    // "until" or "through" right before the date: a state that lasts up to it ("the border
    // is closed until Friday", "voters have until Friday", "the curfew lasts through
    // mid-March") is ahead when its verb is in the present.
    // Not the end of a range ("runs from March until June"): its start, read alone, would
    // point the other way.
    let until_date = words.first().is_some_and(|w| {
        ["until", "till", "through", "thru"]
            .iter()
            .any(|u| w.eq_ignore_ascii_case(u))
    }) && !words.iter().any(|w| w.eq_ignore_ascii_case("from"));
    let mut scratch = [0u8; 32];
    for (k, w) in words.iter().enumerate() {
        let lw = lower_in(w, &mut scratch);
        let (head, clitic) = split_clitic(lw);
        if clitic == "ll" {
            return Some(true);
        }
        let seen = k + 1;
        let toward_date = k.checked_sub(1).map(|j| words[j]);
        let back = words.get(k + 1).copied();
        // "to" + verb just before ("set to resume Monday").
        let verb_after =
            toward_date.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()));
        // A cue after "had" ("had been due to expire Friday") is past; so is "due" right
        // after "was"/"were" ("the payments were due on the 5th", "the bill was due
        // Friday": what was owed), unlike "is due", "were expected to vote Friday".
        let had = || {
            words[k + 1..words.len().min(k + 4)]
                .iter()
                .any(|w| w.eq_ignore_ascii_case("had"))
                || head == "due"
                    && back.is_some_and(|b| {
                        b.eq_ignore_ascii_case("was") || b.eq_ignore_ascii_case("were")
                    })
        };
        // With a word between, it is a preposition ("to meet on Monday"), not a determiner
        // ("to make the late-November trip": the date qualifies a noun).
        let prep_between = seen == 2
            || ["on", "by", "until", "in", "at", "before", "after", "from"]
                .iter()
                .any(|p| words[0].eq_ignore_ascii_case(p));
        // Not "to" a place after a verb of motion or a past verb ("was taken to hospital on
        // Monday", "returned to work on Monday", "rose to a record on Monday"): a preposition.
        let to_place = || {
            toward_date.is_some_and(|w| TO_PLACES.iter().any(|p| w.eq_ignore_ascii_case(p)))
                || back.is_some_and(|b| {
                    let lb = lower(b);
                    MOTION_PAST.contains(&&*lb)
                })
        };
        if head == "to" && (2..=3).contains(&seen) && verb_after && prep_between && !to_place() {
            return Some(!had());
        }
        // "as early as Tuesday", "as soon as Friday": ahead.
        if matches!(head, "early" | "soon")
            && toward_date.is_some_and(|w| w.eq_ignore_ascii_case("as"))
            && back.is_some_and(|w| w.eq_ignore_ascii_case("as"))
        {
            return Some(true);
        }
        if head == "by" && seen == 1 {
            by_date = true;
            continue;
        }
        // "set the trial for Feb. 8", "set a hearing for Monday": the time set is ahead.
        if head == "set" && words[..k].iter().any(|w| w.eq_ignore_ascii_case("for")) {
            return Some(!had());
        }
        // "the deadline is Friday", "its annual meeting is in May", "the vote is on Tuesday":
        // an event that the present places at the date is ahead.
        let prep_first = ["in", "on"]
            .iter()
            .any(|p| words[0].eq_ignore_ascii_case(p));
        if matches!(head, "is" | "are") && (seen == 1 || seen == 2 && prep_first) {
            return Some(true);
        }
        // So is a state the present puts at it ("the market is closed on Thursday", "the
        // consulate is shut Friday"): a participle right after "is"/"are" and right before
        // the date or "on"/"in" it (not "is open Monday through Friday", a habit).
        if (seen == 1 || seen == 2 && prep_first)
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && (head.ends_with("ed") || head == "shut")
            && back.is_some_and(|b| b.eq_ignore_ascii_case("is") || b.eq_ignore_ascii_case("are"))
        {
            return Some(true);
        }
        if head == "next" && toward_date.is_some_and(|w| w.eq_ignore_ascii_case("to")) {
            continue;
        }
        // One look-up for the future cues and the present verbs of a schedule.
        static FUTURE: OnceLock<WordSet> = OnceLock::new();
        let cue = FUTURE
            .get_or_init(|| WordSet::new(&[FUTURE_CUES, SCHEDULE_PRESENT].concat()))
            .contains(head);
        let modal_before = back.is_some_and(|b| MODALS.contains(&b));
        if cue {
            static SCHEDULE: OnceLock<WordSet> = OnceLock::new();
            let ahead = if SCHEDULE
                .get_or_init(|| WordSet::new(SCHEDULE_PRESENT))
                .contains(head)
            {
                // A present verb of a scheduled event ("the trial begins Monday", "the board
                // meets June 16"), not an infinitive ("to meet demand": the modal decides)
                // nor a noun after a determiner or a number ("the starts", "two meets").
                // "open" and "close" are verbs only after a plural subject ("polls open",
                // "markets close"), not after a verb of being ("remained open", "is
                // close") or an adjective ("the cold open").
                // Bare "visit", "host", "face", "play", "travel" likewise only after a team
                // or a plural ("United visit Leeds on Saturday", "the sides face off").
                // Written in lower case: "Face the Nation", "Meet the Press" are names.
                !modal_before
                    && w.starts_with(|c: char| c.is_ascii_lowercase())
                    && (!matches!(head, "open" | "close")
                        || back.is_some_and(|b| b.ends_with('s') && b.len() > 3))
                    && (!matches!(head, "visit" | "host" | "face" | "play" | "travel")
                        || back.is_some_and(|b| {
                            !b.ends_with("'s")
                                && !b.ends_with("’s")
                                && (b.starts_with(|c: char| c.is_ascii_uppercase())
                                    || b.ends_with('s') && b.len() > 3)
                        }))
                    && !back.is_some_and(|b| {
                        let lb = lower(b);
                        ADJ_BEFORE.contains(&&*lb)
                            || b.starts_with(|c: char| c.is_ascii_digit())
                            || word_number(&lb).is_some()
                            || matches!(head, "open" | "close")
                                && (is_be(&lb) || BE_LIKE.contains(&&*lb))
                    })
            } else if head == "likely" {
                // "likely to appear Wednesday", "likely in February" are ahead; "was likely
                // in February" and "likely voters" (an adjective) are not.
                !back.is_some_and(|b| is_past_word(&lower(b), b, None))
                    && (toward_date.is_some_and(|w| w.eq_ignore_ascii_case("to"))
                        || seen == 1
                        || seen == 2
                            && ["in", "on", "by"]
                                .iter()
                                .any(|p| words[0].eq_ignore_ascii_case(p)))
            } else {
                // "plan(s)" is a cue as a verb ("plans to return"), not as a noun ("the plan").
                !matches!(head, "plan" | "plans")
                    || toward_date.is_some_and(|w| w.eq_ignore_ascii_case("to"))
            };
            if ahead {
                return Some(!had());
            }
        }
        if until_date && UNTIL_PRESENT.contains(&head) {
            return Some(true);
        }
        // A bare verb after a modal or "to" ("would last until", "to stay until") is no past
        // tense: the modal before it decides.
        // (In lower case as written: "May" is the month.)
        if modal_before {
            continue;
        }
        let after_be = back.is_some_and(|b| {
            is_be(b) || until_date && UNTIL_PRESENT.iter().any(|p| b.eq_ignore_ascii_case(p))
        });
        // A participle after "be" ("will be held") goes on; "was", "had" do not. So does one
        // after a present verb before "until" ("is closed until", "remain shut until").
        let participle = after_be && !FINITE_PAST.contains(&head);
        if !participle && is_past_word(head, w, back) {
            return Some(false);
        }
    }
    by_date.then_some(true)
}

/// Nouns of places and states reached "to" ("taken to hospital on Monday"), not verbs.
const TO_PLACES: &[&str] = &[
    "hospital", "court", "prison", "jail", "work", "power", "office", "school", "town", "bed",
    "church", "record", "records", "safety", "shore", "trial", "death",
];

/// Past verbs of motion before "to" + a noun ("went to", "was taken to", "rose to").
const MOTION_PAST: &[&str] = &[
    "went",
    "came",
    "taken",
    "took",
    "sent",
    "brought",
    "flown",
    "flew",
    "driven",
    "drove",
    "rode",
    "ran",
    "rose",
    "fell",
    "got",
    "gone",
    "returned",
    "rushed",
    "moved",
    "walked",
    "transferred",
    "admitted",
    "airlifted",
    "headed",
    "traveled",
    "travelled",
    "jumped",
    "climbed",
    "dropped",
    "slipped",
    "soared",
    "sank",
    "sunk",
    "surged",
    "plunged",
];

/// Verbs after which "open" and "close" are adjectives.
const BE_LIKE: &[&str] = &[
    "is", "are", "was", "were", "remain", "remains", "remained", "stay", "stays", "stayed", "kept",
    "keep", "keeps", "came", "come", "comes", "left", "get", "got", "very", "so",
];

/// Present verbs of a scheduled event: before a date, they speak of the future ("the
/// trial begins Monday", "the two sides meet Friday", "the law takes effect Jan. 1",
/// "polls open at 7 a.m. Tuesday").
const SCHEDULE_PRESENT: &[&str] = &[
    "begins",
    "begin",
    "starts",
    "open",
    "close",
    "closes",
    "visit",
    "host",
    "face",
    "play",
    "travel",
    "opens",
    "ends",
    "resumes",
    "meets",
    "meet",
    "plays",
    "hosts",
    "faces",
    "hears",
    "convenes",
    "reconvenes",
    "arrives",
    "departs",
    "travels",
    "testifies",
    "kicks",
    "launches",
    "unveils",
    "takes",
    "goes",
    "heads",
];

/// Present-tense verbs of a state that lasts "until" a date ("is closed until Friday").
const UNTIL_PRESENT: &[&str] = &[
    "is",
    "are",
    "remain",
    "remains",
    "stay",
    "stays",
    "has",
    "have",
    "continue",
    "continues",
    "last",
    "lasts",
    "run",
    "runs",
    "hold",
    "holds",
];

/// Words after which a verb is bare ("will last", "to stay"): never a past tense.
const MODALS: &[&str] = &[
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "to",
];

/// `s` in ASCII lower case, borrowed when it has no upper-case letter (most words).
fn lower(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// `w` in ASCII lower case, written into `buf` when it has an upper-case letter (no
/// allocation for the capitalised words of every sentence); a word longer than `buf` is
/// returned as written (no cue word is that long).
fn lower_in<'a>(w: &'a str, buf: &'a mut [u8; 32]) -> &'a str {
    let b = w.as_bytes();
    if b.len() > buf.len() || !b.iter().any(u8::is_ascii_uppercase) {
        return w;
    }
    let out = &mut buf[..b.len()];
    out.copy_from_slice(b);
    out.make_ascii_lowercase();
    // ASCII case changes keep UTF-8 valid.
    std::str::from_utf8(out).unwrap_or(w)
}

/// "we'll" → ("we", "ll"); a word without an apostrophe → (word, "").
#[inline]
fn split_clitic(lw: &str) -> (&str, &str) {
    // The first apostrophe, ASCII or typographic (bytes E2 80 99, which start a character).
    let b = lw.as_bytes();
    let found = b.iter().enumerate().find_map(|(i, &c)| match c {
        b'\'' => Some((i, 1)),
        0xE2 if b.get(i + 1..i + 3) == Some(&[0x80, 0x99][..]) => Some((i, 3)),
        _ => None,
    });
    match found {
        Some((i, len)) if i > 0 => (&lw[..i], &lw[i + len..]),
        _ => (lw, ""),
    }
}

/// "be", "been", "being": a participle after them is no past tense.
fn is_be(w: &str) -> bool {
    ["be", "been", "being"]
        .iter()
        .any(|b| w.eq_ignore_ascii_case(b))
}

/// The forward search: the first tense cue among the words after `pos` in its sentence (up
/// to [`TENSE_WINDOW`] words, parentheses skipped). None when nothing decides.
fn tense_after(ctx: &Ctx, pos: usize) -> Option<bool> {
    let end = sentence_end(ctx.doc, pos).min(ctx.text.len());
    let after = ctx.text.get(pos..end)?;
    let mut buf = [""; TENSE_WINDOW];
    let mut n = 0;
    let mut depth = 0usize;
    for w in after.split_inclusive(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')) {
        let word = w.trim_end_matches(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'));
        if !word.is_empty() && depth == 0 {
            buf[n] = word;
            n += 1;
            if n >= TENSE_WINDOW {
                break;
            }
        }
        match w.chars().last() {
            Some('(') | Some('[') => depth += 1,
            Some(')') | Some(']') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    let words = &buf[..n];
    let mut scratch = [0u8; 32];
    for (k, w) in words.iter().enumerate() {
        let lw = lower_in(w, &mut scratch);
        let (head, clitic) = split_clitic(lw);
        if clitic == "ll" {
            return Some(true);
        }
        let next = words.get(k + 1).copied();
        let prev = k.checked_sub(1).map(|j| words[j]);
        let to_follows = next.is_some_and(|n| n.eq_ignore_ascii_case("to"));
        // Only unambiguous cues: "planned", "expected", "deadline" after the date are often
        // past or nouns.
        let cue = match head {
            "will" | "shall" => true,
            "plan" | "plans" | "intends" | "intend" | "hopes" => to_follows,
            _ => false,
        };
        if cue {
            return Some(true);
        }
        let after_be = prev.is_some_and(is_be);
        let participle = after_be && !FINITE_PAST.contains(&head);
        if !participle && is_past_word(head, w, prev) {
            return Some(false);
        }
    }
    None
}

fn sentence_end(doc: &Doc, pos: usize) -> usize {
    let i = doc.sentences.partition_point(|s| s.span.start <= pos);
    match i.checked_sub(1).map(|j| &doc.sentences[j]) {
        Some(s) if s.span.end >= pos => s.span.end,
        _ => doc
            .paragraphs
            .iter()
            .find(|p| p.start <= pos && pos <= p.end)
            .map(|p| p.end)
            .unwrap_or(pos),
    }
}

fn sentence_start(doc: &Doc, pos: usize) -> usize {
    let i = doc.sentences.partition_point(|s| s.span.start <= pos);
    if i == 0 {
        return doc
            .paragraphs
            .iter()
            .rev()
            .find(|p| p.start <= pos)
            .map(|p| p.start)
            .unwrap_or(0);
    }
    let s = &doc.sentences[i - 1];
    if s.span.end >= pos {
        s.span.start
    } else {
        doc.paragraphs
            .iter()
            .rev()
            .find(|p| p.start <= pos)
            .map(|p| p.start)
            .unwrap_or(0)
            .max(s.span.end)
    }
}

/// The word just before byte `pos` (skipping blanks and punctuation), or "".
fn prev_word(text: &str, pos: usize) -> &str {
    let before = text[..pos].trim_end_matches(|c: char| !c.is_alphanumeric());
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '-'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    &before[start..]
}

/// The word just after byte `pos`, or a punctuation character, or "".
fn next_word(text: &str, pos: usize) -> &str {
    let after = text[pos..].trim_start();
    let end = after
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '-'))
        .map(|(i, _)| i)
        .unwrap_or(after.len());
    if end == 0 {
        let n = after.chars().next().map(|c| c.len_utf8()).unwrap_or(0);
        return &after[..n];
    }
    &after[..end]
}

/// Whether a capitalised name follows at `pos` on the same line ("the party daily Granma",
/// "the New York Daily News"): "daily" or "weekly" is then a noun or a name, the paper, not
/// a frequency (unless a determiner comes before it: "the weekly GOP rankings").
/// Month and weekday names ("daily Monday through Friday") do not count.
fn names_a_paper(text: &str, pos: usize) -> bool {
    let gap = &text[pos..];
    let rest = gap.trim_start_matches([' ', '\t']);
    if rest.len() == gap.len() {
        return false;
    }
    let w = next_word(text, pos);
    w.starts_with(|c: char| c.is_ascii_uppercase())
        && w.len() > 1
        && month_number(w).is_none()
        && weekday_of(w).is_none()
}

fn preceded_by_digitish(text: &str, pos: usize) -> bool {
    let mut it = text[..pos].chars().rev();
    match it.next() {
        Some(c) if c.is_ascii_digit() || c == '$' || c == '#' || c == '£' || c == '€' => true,
        Some(',' | '.' | '/' | ':' | '-') => it.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

fn followed_by_digitish(text: &str, pos: usize) -> bool {
    let mut it = text[pos..].chars();
    match it.next() {
        Some(c) if c.is_ascii_digit() || c == '%' => true,
        Some(',' | '.' | '/' | ':' | '-') => it.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// Is the four-digit number at `start..end` a year here?
fn year_context_ok(text: &str, start: usize, end: usize) -> bool {
    if preceded_by_digitish(text, start) || followed_by_digitish(text, end) {
        return false;
    }
    let after = &text[end..];
    if after.starts_with(" percent") || after.starts_with("-year") {
        return false;
    }
    let prev = prev_word(text, start).to_ascii_lowercase();
    const QUANT: &[&str] = &[
        "about",
        "some",
        "nearly",
        "almost",
        "than",
        "only",
        "just",
        "roughly",
        "approximately",
        "around",
        "over",
        "under",
        "least",
        "all",
        "another",
        "additional",
        "extra",
        "no",
        "number",
        "page",
        "pages",
        "route",
        "flight",
        "room",
        "suite",
        "box",
        "highway",
        "interstate",
        "code",
        "model",
        "version",
        "step",
        "rule",
        "article",
        "section",
        "chapter",
        "exit",
        "gate",
        "platform",
        "pier",
        "bus",
        "train",
        "apartment",
        "apt",
        "building",
        "precinct",
        "ward",
        "channel",
    ];
    if QUANT.contains(&prev.as_str()) {
        return false;
    }
    let next = next_word(text, end).to_ascii_lowercase();
    const COUNTED: &[&str] = &[
        "people",
        "persons",
        "votes",
        "voters",
        "troops",
        "soldiers",
        "residents",
        "members",
        "jobs",
        "workers",
        "employees",
        "units",
        "shares",
        "points",
        "cases",
        "deaths",
        "feet",
        "foot",
        "meters",
        "metres",
        "miles",
        "kilometers",
        "km",
        "tons",
        "tonnes",
        "barrels",
        "acres",
        "dollars",
        "euros",
        "pounds",
        "yen",
        "marks",
        "francs",
        "students",
        "children",
        "women",
        "men",
        "homes",
        "houses",
        "cars",
        "vehicles",
        "copies",
        "delegates",
        "seats",
        "prisoners",
        "refugees",
        "civilians",
        "police",
        "officers",
        "patients",
        "pupils",
        "families",
        "households",
        "hours",
        "minutes",
        "seconds",
        "days",
        "calories",
        "words",
        "pages",
        "rooms",
        "beds",
        "signatures",
        "tickets",
        "boxes",
        "trucks",
        "planes",
        "aircraft",
        "ships",
        "tanks",
        "guns",
        "rifles",
        "rounds",
        "bombs",
        "missiles",
        "dead",
        "injured",
        "wounded",
        "killed",
        "others",
        "more",
        "square",
        "cubic",
        "mph",
        "kg",
        "rupees",
        "yuan",
        "rubles",
        "roubles",
        "pesos",
        "dinars",
        "shekels",
        "cents",
        "riyals",
        "dirhams",
        "naira",
        "lire",
    ];
    !COUNTED.contains(&next.as_str())
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

/// "2020-11-09": digits written by hand (`format!` was a twentieth of the stage's time).
fn fmt_day(d: NaiveDate) -> String {
    let y = d.year();
    if !(0..=9999).contains(&y) {
        return format!("{:04}-{:02}-{:02}", y, d.month(), d.day());
    }
    let mut s = String::with_capacity(16);
    push_digits(&mut s, y.unsigned_abs(), 4);
    s.push('-');
    push_digits(&mut s, d.month(), 2);
    s.push('-');
    push_digits(&mut s, d.day(), 2);
    s
}

/// The last `n` decimal digits of `v`, zero-padded to `n`.
fn push_digits(s: &mut String, v: u32, n: u32) {
    for k in (0..n).rev() {
        s.push(char::from(b'0' + (v / 10u32.pow(k) % 10) as u8));
    }
}

fn fmt_time(d: NaiveDate, h: u32, m: u32) -> String {
    if h > 99 || m > 99 {
        return format!("{}T{:02}:{:02}", fmt_day(d), h, m);
    }
    let mut s = fmt_day(d);
    s.push('T');
    push_digits(&mut s, h, 2);
    s.push(':');
    push_digits(&mut s, m, 2);
    s
}

fn iso_week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn last_quarter(d: NaiveDate) -> (i32, u32) {
    let q = (d.month() - 1) / 3 + 1;
    if q == 1 {
        (d.year() - 1, 4)
    } else {
        (d.year(), q - 1)
    }
}

/// "a year ago/earlier", "year-earlier": the last completed quarter a year back in a
/// quarterly report, else the year before.
fn year_ago(ctx: &Ctx, pos: usize) -> Option<String> {
    let d = ctx.dct?;
    if ctx.quarterly && !longer_period_before(ctx, pos) {
        ctx.story_quarter(QRef::Shift(-1));
        let (y, q) = last_quarter(d);
        Some(format!("{:04}-Q{q}", y - 1))
    } else {
        Some(format!("{:04}", d.year() - 1))
    }
}

/// The sentence before byte `pos` names a period longer than a quarter ("In the first nine
/// months, net was $306 million, compared with a loss in the 1988 period"): its year-back
/// comparison is that period's, a year, not the quarter's.
fn longer_period_before(ctx: &Ctx, pos: usize) -> bool {
    const LONGER: &[&str] = &[
        "nine months",
        "nine-month",
        "six months",
        "six-month",
        "first half",
        "12 months",
        "twelve months",
        "full year",
        "full-year",
        "year to date",
        "year-to-date",
        "for the year",
    ];
    let start = sentence_start(ctx.doc, pos).min(pos);
    let Some(before) = ctx.text.get(start..pos) else {
        return false;
    };
    let before = before.to_ascii_lowercase();
    LONGER.iter().any(|w| before.contains(w))
}

fn add_months(y: i32, m: u32, off: i32) -> (i32, u32) {
    let idx = y * 12 + (m as i32 - 1) + off;
    (idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u32)
}

fn month_number(s: &str) -> Option<u32> {
    let l = s.trim_end_matches('.').to_ascii_lowercase();
    let k = l.get(..3)?;
    Some(match k {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    })
}

fn weekday_of(s: &str) -> Option<Weekday> {
    let b = s.as_bytes().get(..3)?;
    Some(match [0, 1, 2].map(|i| b[i].to_ascii_lowercase()) {
        [b'm', b'o', b'n'] => Weekday::Mon,
        [b't', b'u', b'e'] => Weekday::Tue,
        [b'w', b'e', b'd'] => Weekday::Wed,
        [b't', b'h', b'u'] => Weekday::Thu,
        [b'f', b'r', b'i'] => Weekday::Fri,
        [b's', b'a', b't'] => Weekday::Sat,
        [b's', b'u', b'n'] => Weekday::Sun,
        _ => return None,
    })
}

/// The most recent `wd` on or before `d`.
fn prev_weekday(d: NaiveDate, wd: Weekday) -> NaiveDate {
    let back = (d.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
    d - Duration::days(back as i64)
}

/// The first `wd` on or after `d`.
fn next_weekday(d: NaiveDate, wd: Weekday) -> NaiveDate {
    let fwd = (wd.num_days_from_monday() + 7 - d.weekday().num_days_from_monday()) % 7;
    d + Duration::days(fwd as i64)
}

/// dir: -1 on or before (news past), 1 on or after (future tense), -2 strictly before
/// ("last Monday"), 2 strictly after ("next Monday").
fn resolve_weekday(d: NaiveDate, wd: Weekday, dir: i32) -> NaiveDate {
    match dir {
        -2 => prev_weekday(d - Duration::days(1), wd),
        2 => next_weekday(d + Duration::days(1), wd),
        1 => next_weekday(d, wd),
        _ => prev_weekday(d, wd),
    }
}

/// Easter Sunday of year `y` (Gregorian; the anonymous "Meeus/Jones/Butcher" computation).
fn easter(y: i32) -> Option<NaiveDate> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, month as u32, day as u32)
}

fn nth_weekday(y: i32, m: u32, wd: Weekday, n: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    Some(next_weekday(first, wd) + Duration::days(7 * (n as i64 - 1)))
}

fn last_weekday(y: i32, m: u32, wd: Weekday) -> Option<NaiveDate> {
    let (ny, nm) = add_months(y, m, 1);
    let last = NaiveDate::from_ymd_opt(ny, nm, 1)? - Duration::days(1);
    Some(prev_weekday(last, wd))
}

fn closest_of<const N: usize>(d: NaiveDate, options: [Option<NaiveDate>; N]) -> NaiveDate {
    options
        .into_iter()
        .flatten()
        .min_by_key(|x| (*x - d).num_days().abs())
        .unwrap_or(d)
}

/// A past-tense verb ([`is_past_word`], `before` the word before it) that is no participle of
/// what is to come ("a vote scheduled in January"): the past cues that are no verb ("since",
/// "ago", "last") and the present "says" are left out.
fn is_plain_past(w: &str, before: Option<&str>) -> bool {
    let head = lower(w);
    !matches!(
        &*head,
        "since"
            | "ago"
            | "last"
            | "says"
            | "planned"
            | "scheduled"
            | "expected"
            | "slated"
            | "proposed"
            | "intended"
            | "timed"
    ) && is_past_word(&head, w, before)
}

/// Month and day without a year, the way news means it: ahead when it falls later in the
/// publication month or in the next two months, or when the sentence speaks of the future
/// (`future`, asked only when needed); else the latest such date on or before `d` ("Aug. 6" in
/// a February story is last August's). Feb 29 is only found in leap years: from far off, the
/// last leap year's.
fn news_month_day(
    d: NaiveDate,
    m: u32,
    day: u32,
    future: impl FnOnce() -> bool,
) -> Option<NaiveDate> {
    let on_or_after = (d.year()..=d.year() + 8)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, m, day))
        .find(|x| *x >= d);
    let before = (d.year() - 8..=d.year())
        .rev()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, m, day))
        .find(|x| *x < d);
    let ahead = (m + 12 - d.month()) % 12;
    let soon = (1..=2).contains(&ahead) || (ahead == 0 && day >= d.day());
    // Earlier in the publication month is past whatever the tense ("the Aug. 7 blasts").
    let this_month_past = ahead == 0 && day < d.day();
    // The next one only within a year (a Feb 29 four years off is not "ahead").
    let next = on_or_after.filter(|x| (*x - d).num_days() <= 366);
    match (next, before) {
        (Some(n), Some(b)) => Some(if soon || (!this_month_past && future()) {
            n
        } else {
            b
        }),
        (n, b) => b.or(n),
    }
}

fn day_word_offset(w: &str) -> i64 {
    match w {
        "yesterday" => -1,
        "tomorrow" => 1,
        _ => 0,
    }
}

/// Day named by the words after a clock time ("Wednesday", "yesterday", "Nov. 9").
fn resolve_day_words(ctx: &Ctx, rest: &str, pos: usize) -> Option<NaiveDate> {
    let d = ctx.dct;
    let lw = rest.to_ascii_lowercase();
    if lw.contains("yesterday") {
        return d.map(|d| d - Duration::days(1));
    }
    if lw.contains("tomorrow") {
        return d.map(|d| d + Duration::days(1));
    }
    if lw.contains("today") || lw.contains("tonight") {
        return d;
    }
    for w in rest.split(|c: char| !c.is_alphanumeric()) {
        if let Some(m) = (w.len() >= 3).then(|| month_number(w)).flatten() {
            if w.chars().next().is_some_and(|c| c.is_uppercase()) {
                let day: u32 = rest
                    .split(|c: char| !c.is_ascii_digit())
                    .find(|s| !s.is_empty() && s.len() <= 2)?
                    .parse()
                    .ok()?;
                let year: Option<i32> = rest
                    .split(|c: char| !c.is_ascii_digit())
                    .find(|s| s.len() == 4)
                    .and_then(|s| s.parse().ok());
                return match year {
                    Some(y) => NaiveDate::from_ymd_opt(y, m, day),
                    None => d.and_then(|d| news_month_day(d, m, day, || is_future(ctx, pos))),
                };
            }
        }
    }
    for w in rest.split(|c: char| !c.is_alphanumeric()) {
        if w.len() > 5 {
            if let Some(wd) = weekday_of(w).filter(|_| w.ends_with("day")) {
                let dir = if is_future(ctx, pos) { 1 } else { -1 };
                return d.map(|d| resolve_weekday(d, wd, dir));
            }
        }
    }
    d
}

fn parse_clock(s: &str) -> Option<(u32, u32)> {
    let l = s.to_ascii_lowercase();
    if l.contains("noon") || l.contains("midday") {
        return Some((12, 0));
    }
    if l.contains("midnight") {
        return Some((24, 0));
    }
    let digits: Vec<&str> = l
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .collect();
    let mut h: u32 = digits.first()?.parse().ok()?;
    let m: u32 = digits.get(1).and_then(|m| m.parse().ok()).unwrap_or(0);
    let pm =
        l.contains("p.m") || l.contains("pm") || l.contains("afternoon") || l.contains("evening");
    let am = l.contains("a.m") || l.contains("am") || l.contains("morning");
    if h > 24 || m > 59 {
        return None;
    }
    if pm && h < 12 {
        h += 12;
    }
    if am && h == 12 {
        h = 0;
    }
    Some((h, m))
}

fn part_code(p: &str) -> &'static str {
    match p.trim_end_matches('s') {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        _ => "NI",
    }
}

/// A year's value, or the value of its season ("spring 2013" → "2013-SP") when a season
/// word ("spring", "the winter") goes with it.
fn with_season(year: String, season: Option<&str>) -> String {
    match season.and_then(|s| s.rsplit(|c: char| c.is_ascii_whitespace()).next()) {
        Some(s) => format!(
            "{year}-{}",
            season_code(season_index(&s.to_ascii_lowercase()))
        ),
        None => year,
    }
}

fn season_index(s: &str) -> u32 {
    match s {
        "spring" => 0,
        "summer" => 1,
        "fall" | "autumn" => 2,
        _ => 3,
    }
}

fn season_index_of_month(m: u32) -> u32 {
    match m {
        3..=5 => 0,
        6..=8 => 1,
        9..=11 => 2,
        _ => 3,
    }
}

fn season_code(i: u32) -> &'static str {
    ["SP", "SU", "FA", "WI"][i as usize % 4]
}

fn set_value(u: &str) -> Option<String> {
    if let Some(wd) =
        weekday_of(u).filter(|_| u.len() > 5 && u.to_ascii_lowercase().ends_with("day"))
    {
        return Some(format!("XXXX-WXX-{}", wd.number_from_monday()));
    }
    if u.len() >= 3 && u.chars().next().is_some_and(|c| c.is_uppercase()) {
        if let Some(m) = month_number(u) {
            return Some(format!("XXXX-{m:02}"));
        }
    }
    Some(
        match u.to_ascii_lowercase().as_str() {
            "day" => "P1D",
            "night" => "XXXX-XX-XXTNI",
            "morning" => "XXXX-XX-XXTMO",
            "evening" => "XXXX-XX-XXTEV",
            "week" => "P1W",
            "month" => "P1M",
            "year" => "P1Y",
            "quarter" => "P1Q",
            "hour" => "PT1H",
            "minute" => "PT1M",
            "summer" => "XXXX-SU",
            "winter" => "XXXX-WI",
            "spring" => "XXXX-SP",
            "fall" | "autumn" => "XXXX-FA",
            _ => return None,
        }
        .to_string(),
    )
}

/// TIMEX3 unit letter: Y, M (month), W, D, H, MIN (minute), S, Q, E (decade), C (century).
fn unit_code(unit: &str) -> Option<&'static str> {
    let u = unit.trim_end_matches('s');
    Some(match u {
        "second" => "S",
        "minute" => "MIN",
        "hour" => "H",
        "day" | "night" => "D",
        "week" => "W",
        "weekend" => "WE",
        // Two weeks.
        "fortnight" => "F",
        "month" => "M",
        "year" => "Y",
        "decade" => "E",
        "century" | "centurie" | "centuries" => "C",
        "quarter" => "Q",
        _ => return None,
    })
}

fn duration_value(n: f64, code: &str, half: bool) -> String {
    let whole = n.trunc() as i64;
    let frac = n - n.trunc();
    let num = |x: f64| -> String {
        if (x - x.round()).abs() < 1e-9 {
            format!("{}", x.round() as i64)
        } else {
            format!("{x}")
        }
    };
    let halfish = half || (frac - 0.5).abs() < 1e-9;
    match code {
        "S" => format!("PT{}S", num(n)),
        "MIN" if halfish => format!("PT{whole}M30S"),
        "MIN" => format!("PT{}M", num(n)),
        "H" if (n - 24.0).abs() < 1e-9 => "P1D".into(),
        "H" if halfish => format!("PT{whole}H30M"),
        "H" => format!("PT{}H", num(n)),
        "Y" if halfish => format!("P{whole}Y6M"),
        // Whole thousands of years are millennia, TimeML's unit L ("two thousand years").
        "Y" if whole >= 1000 && whole % 1000 == 0 && frac == 0.0 => format!("P{}L", whole / 1000),
        "E" => format!("P{}Y", num(n * 10.0)),
        "C" => format!("P{}Y", num(n * 100.0)),
        "F" => format!("P{}W", num(n * 2.0)),
        "WE" => format!("P{}WE", num(n)),
        c => format!("P{}{c}", num(n)),
    }
}

fn vague_duration(code: &str) -> String {
    match code {
        "S" => "PTXS".into(),
        "MIN" => "PTXM".into(),
        "H" => "PTXH".into(),
        "E" => "PXE".into(),
        "C" => "PXC".into(),
        "F" => "PXW".into(),
        c => format!("PX{c}"),
    }
}

fn ago_value(d: NaiveDate, n: f64, code: &str) -> Option<String> {
    let n = n.round() as i64;
    Some(match code {
        "Y" => format!("{:04}", d.year() - n as i32),
        "E" => format!("{:04}", d.year() - 10 * n as i32),
        "C" => format!("{:02}", d.year() / 100 - n as i32),
        "M" => {
            let (y, m) = add_months(d.year(), d.month(), -(n as i32));
            format!("{y:04}-{m:02}")
        }
        "Q" => {
            let (y, m) = add_months(d.year(), d.month(), -(3 * n as i32));
            format!("{y:04}-Q{}", (m - 1) / 3 + 1)
        }
        "W" | "WE" => iso_week(d - Duration::days(7 * n)),
        "F" => iso_week(d - Duration::days(14 * n)),
        "D" => fmt_day(d - Duration::days(n)),
        "H" | "MIN" | "S" => fmt_day(d),
        _ => return None,
    })
}

enum Count {
    N(f64),
    Range(f64, f64),
    Vague,
}

fn parse_count(s: &str) -> Count {
    // (Most counts are one word: no substring searcher to set up for them.)
    for sepr in [" to ", " or "].into_iter().filter(|_| s.contains(' ')) {
        if let Some((a, b)) = s.split_once(sepr) {
            return match (parse_count(a), parse_count(b)) {
                (Count::N(x), Count::N(y)) => Count::Range(x, y),
                _ => Count::Vague,
            };
        }
    }
    match s {
        "a few" | "few" | "several" | "many" | "some" => return Count::Vague,
        "a couple of" | "a couple" | "couple of" => return Count::N(2.0),
        "a dozen" | "dozen" => return Count::N(12.0),
        "a" | "an" => return Count::N(1.0),
        _ => {}
    }
    if let Some(rest) = s.strip_suffix(" 1/2") {
        if let Ok(n) = rest.trim().parse::<f64>() {
            return Count::N(n + 0.5);
        }
    }
    if let Ok(n) = s.parse::<f64>() {
        return Count::N(n);
    }
    match word_number(s) {
        Some(n) => Count::N(n),
        None => Count::Vague,
    }
}

/// Number words below twenty, at their value's index.
const ONES: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

fn word_number(s: &str) -> Option<f64> {
    let s = s.trim();
    if let Some(i) = ONES.iter().position(|w| *w == s) {
        return Some(i as f64);
    }
    if s.ends_with("hundred") {
        return Some(100.0);
    }
    if let Some(rest) = s.strip_suffix(" thousand") {
        return word_number(rest).map(|n| n * 1000.0);
    }
    spoken_tens(s).map(|n| n as f64)
}

/// "ninety-six" → 96, "twenty" → 20, "eleven" → 11.
fn spoken_tens(s: &str) -> Option<i32> {
    const TENS: &[&str] = &[
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let s = s.trim();
    if let Some(i) = ONES.iter().position(|w| *w == s) {
        return Some(i as i32);
    }
    let mut parts = s.split(['-', ' ']).filter(|p| !p.is_empty());
    let t = parts.next()?;
    let ti = TENS.iter().position(|w| *w == t && !w.is_empty())? as i32;
    let o = match parts.next() {
        Some(o) => ONES[..10].iter().position(|w| *w == o)? as i32,
        None => 0,
    };
    Some(ti * 10 + o)
}

#[cfg(test)]
mod tests;
