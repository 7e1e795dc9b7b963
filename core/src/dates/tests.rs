//! Crafted sentences for every rule, each with its reference (publication) date.

use chrono::NaiveDate;

use super::extract;
use crate::segment::segment;

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// (text, type, value) of every date found.
fn all(text: &str, published: Option<NaiveDate>) -> Vec<(String, &'static str, Option<String>)> {
    let doc = segment(text, &[]);
    extract(text, &doc, published)
        .into_iter()
        .map(|d| (d.span.slice(text).to_string(), d.timex_type, d.value))
        .collect()
}

/// The one date whose text is `span`: (type, value). Panics when absent.
fn get(text: &str, published: Option<NaiveDate>, span: &str) -> (&'static str, Option<String>) {
    let found = all(text, published);
    found
        .iter()
        .find(|(t, _, _)| t == span)
        .map(|(_, ty, v)| (*ty, v.clone()))
        .unwrap_or_else(|| panic!("{span:?} not found in {found:?}"))
}

/// The value of the date `span`.
fn val(text: &str, published: Option<NaiveDate>, span: &str) -> String {
    get(text, published, span)
        .1
        .unwrap_or_else(|| panic!("{span:?} has no value"))
}

/// Tuesday 17 November 2020.
fn tue() -> Option<NaiveDate> {
    day(2020, 11, 17)
}

// ----- explicit dates -----------------------------------------------------------------------

#[test]
fn month_day_with_and_without_year() {
    let p = tue();
    assert_eq!(
        val(
            "The vote was held on Nov. 9, 2020, in the capital.",
            p,
            "Nov. 9, 2020"
        ),
        "2020-11-09"
    );
    assert_eq!(
        val("The truce signed on November 9 holds.", p, "November 9"),
        "2020-11-09"
    );
    assert_eq!(
        val("It began on 9 November and ended later.", p, "9 November"),
        "2020-11-09"
    );
    assert_eq!(val("Talks resume on Dec. 3.", p, "Dec. 3"), "2020-12-03");
    assert_eq!(
        val(
            "The ruling of Friday, Oct. 23 stands.",
            p,
            "Friday, Oct. 23"
        ),
        "2020-10-23"
    );
    assert_eq!(
        val(
            "It opened on the 4th of July, 1998.",
            p,
            "the 4th of July, 1998"
        ),
        "1998-07-04"
    );
}

#[test]
fn numeric_dates() {
    let p = tue();
    assert_eq!(
        val("The filing dated 2020-11-09 was public.", p, "2020-11-09"),
        "2020-11-09"
    );
    assert_eq!(
        val("The form dated 11/9/2020 was lost.", p, "11/9/2020"),
        "2020-11-09"
    );
    // Not dates: impossible days, parts of longer numbers.
    assert!(all("Code 2020-13-45 failed.", p).is_empty());
    assert!(all("Ratio 11/9/2020/7 only.", p).is_empty());
}

#[test]
fn month_day_without_year_takes_the_closest_year() {
    // Year ends: late December seen from early January, and the reverse.
    assert_eq!(
        val(
            "Shops closed on Dec. 28 after the storm.",
            day(2021, 1, 3),
            "Dec. 28"
        ),
        "2020-12-28"
    );
    assert_eq!(
        val(
            "Shops reopen on Jan. 2 after the holiday.",
            day(2020, 12, 30),
            "Jan. 2"
        ),
        "2021-01-02"
    );
}

#[test]
fn leap_days() {
    assert_eq!(
        val(
            "It was signed on Feb. 29 at noon.",
            day(2020, 3, 5),
            "Feb. 29"
        ),
        "2020-02-29"
    );
    // From a non-leap year, the last leap year's.
    assert_eq!(
        val(
            "It was signed on Feb. 29 last time.",
            day(2021, 3, 1),
            "Feb. 29"
        ),
        "2020-02-29"
    );
    // An impossible date is no date.
    assert!(all("The memo of Feb. 29, 2021 is fake.", day(2021, 3, 1))
        .iter()
        .all(|(t, _, _)| !t.contains("29")));
}

#[test]
fn week_of_a_date() {
    assert_eq!(
        val(
            "A hearing is set for the week of March 6, 2000.",
            tue(),
            "the week of March 6, 2000"
        ),
        "2000-W10"
    );
}

// ----- years, decades, centuries -----------------------------------------------------------

#[test]
fn years_and_decades() {
    let p = tue();
    assert_eq!(
        get("Independent since 1991, the country voted.", p, "1991"),
        ("DATE", Some("1991".into()))
    );
    assert_eq!(
        val("Prices peaked in the 1990s and fell.", p, "the 1990s"),
        "199"
    );
    assert_eq!(
        val(
            "It was built in the late 1970s by hand.",
            p,
            "the late 1970s"
        ),
        "197"
    );
    assert_eq!(
        val("Sales were flat in fiscal 2019, it said.", p, "fiscal 2019"),
        "2019"
    );
    assert_eq!(
        val(
            "A temple of the 11th century stands.",
            p,
            "the 11th century"
        ),
        "10"
    );
    assert_eq!(
        val(
            "They met in nineteen ninety-six again.",
            p,
            "nineteen ninety-six"
        ),
        "1996"
    );
    assert_eq!(
        val("Growth resumes in mid-2021, it said.", p, "mid-2021"),
        "2021"
    );
}

#[test]
fn numbers_that_are_not_years() {
    let p = tue();
    for text in [
        "Officials counted 1,991 people at the rally.",
        "The measure got 2020 votes in the chamber.",
        "About 2000 people marched.",
        "Call 555-1991 for details.",
        "Inflation was 3.5 percent.",
        "The car cost $2000 in cash.",
        "Turnout rose 1999% overnight.",
        "Room 1998 was empty.",
    ] {
        let found = all(text, p);
        assert!(
            found
                .iter()
                .all(|(_, _, v)| !v.as_deref().is_some_and(|v| v.len() == 4
                    && v.starts_with(['1', '2'])
                    && v.chars().all(|c| c.is_ascii_digit()))),
            "{text:?} gave {found:?}"
        );
    }
}

// ----- weekdays ----------------------------------------------------------------------------

#[test]
fn weekdays_resolve_to_the_past_as_news_means_them() {
    let p = tue();
    assert_eq!(
        val(
            "The minister spoke on Tuesday in the capital.",
            p,
            "Tuesday"
        ),
        "2020-11-17"
    );
    assert_eq!(
        val("The agreement was signed on Monday.", p, "Monday"),
        "2020-11-16"
    );
    assert_eq!(
        val(
            "Officials said Wednesday that talks failed.",
            p,
            "Wednesday"
        ),
        "2020-11-11"
    );
    assert_eq!(
        val("The fighting resumed Sunday.", p, "Sunday"),
        "2020-11-15"
    );
}

#[test]
fn weekdays_with_future_cues_resolve_ahead() {
    let p = tue();
    assert_eq!(
        val(
            "The envoys will meet on Wednesday in the capital.",
            p,
            "Wednesday"
        ),
        "2020-11-18"
    );
    assert_eq!(
        val("The vote is scheduled to take place Friday.", p, "Friday"),
        "2020-11-20"
    );
    assert_eq!(
        val("He said the group plans to return Thursday.", p, "Thursday"),
        "2020-11-19"
    );
    // A parenthetical aside does not hide the cue.
    assert_eq!(
        val("The points will be addressed at a meeting of the group (three states and two observers) on Wednesday.", p, "Wednesday"),
        "2020-11-18"
    );
    // Curly apostrophes: “We’ll”.
    assert_eq!(
        val("“We’ll meet again on Thursday,” said Zoë.", p, "Thursday"),
        "2020-11-19"
    );
    // A past verb between the cue and the date: past.
    assert_eq!(
        val("It will close, the firm announced Monday.", p, "Monday"),
        "2020-11-16"
    );
}

#[test]
fn last_and_next_weekday() {
    let p = tue();
    assert_eq!(
        val("The rally was last Tuesday.", p, "last Tuesday"),
        "2020-11-10"
    );
    assert_eq!(
        val("The rally was last Monday.", p, "last Monday"),
        "2020-11-16"
    );
    assert_eq!(
        val("The rally is next Monday.", p, "next Monday"),
        "2020-11-23"
    );
    assert_eq!(
        val("The rally is next Tuesday.", p, "next Tuesday"),
        "2020-11-24"
    );
}

#[test]
fn weekdays_across_month_and_year_ends() {
    // Tuesday 1 December 2020: last Friday is in November.
    assert_eq!(
        val("Markets fell on Friday.", day(2020, 12, 1), "Friday"),
        "2020-11-27"
    );
    // Friday 1 January 2021: Tuesday was in 2020.
    assert_eq!(
        val("Markets fell on Tuesday.", day(2021, 1, 1), "Tuesday"),
        "2020-12-29"
    );
    // Leap day: Saturday 29 February 2020 seen from Monday 2 March.
    assert_eq!(
        val(
            "Voters went to the polls on Saturday.",
            day(2020, 3, 2),
            "Saturday"
        ),
        "2020-02-29"
    );
}

#[test]
fn weekday_parts_and_clock_times() {
    let p = tue();
    assert_eq!(
        get(
            "Protesters gathered Sunday night downtown.",
            p,
            "Sunday night"
        ),
        ("DATE", Some("2020-11-15TNI".into()))
    );
    assert_eq!(
        get(
            "The blast came at 10 p.m. Wednesday in the port.",
            p,
            "10 p.m. Wednesday"
        ),
        ("TIME", Some("2020-11-11T22:00".into()))
    );
    assert_eq!(
        get("Polls close at 3 p.m. across the country.", p, "3 p.m."),
        ("TIME", Some("2020-11-17T15:00".into()))
    );
    assert_eq!(
        val(
            "The quake struck at 7:30 a.m. yesterday near the coast.",
            p,
            "7:30 a.m. yesterday"
        ),
        "2020-11-16T07:30"
    );
    assert_eq!(
        val(
            "Talks broke off at noon Thursday in the capital.",
            p,
            "noon Thursday"
        ),
        "2020-11-12T12:00"
    );
}

// ----- relative days, weeks, months, years ---------------------------------------------------

#[test]
fn yesterday_today_tomorrow() {
    let p = tue();
    let text = "He arrived yesterday, speaks today, leaves tomorrow and dines tonight.";
    assert_eq!(val(text, p, "yesterday"), "2020-11-16");
    assert_eq!(val(text, p, "today"), "2020-11-17");
    assert_eq!(val(text, p, "tomorrow"), "2020-11-18");
    assert_eq!(val(text, p, "tonight"), "2020-11-17");
    assert_eq!(
        val("The talks ended last night in Geneva.", p, "last night"),
        "2020-11-16TNI"
    );
    assert_eq!(
        val(
            "Tomorrow morning the polls open.",
            day(2020, 12, 31),
            "Tomorrow morning"
        ),
        "2021-01-01TMO"
    );
}

#[test]
fn relative_weeks_use_iso_weeks_across_years() {
    // 2020 has 53 ISO weeks; 5 January 2021 is in 2021-W01.
    let p = day(2021, 1, 5);
    assert_eq!(
        val("Officials met last week to discuss it.", p, "last week"),
        "2020-W53"
    );
    assert_eq!(
        val("Officials meet this week to discuss it.", p, "this week"),
        "2021-W01"
    );
    assert_eq!(
        val("Officials meet next week to discuss it.", p, "next week"),
        "2021-W02"
    );
    assert_eq!(
        val(
            "Officials met this week to discuss it.",
            day(2021, 1, 1),
            "this week"
        ),
        "2020-W53"
    );
    // A broadcast title is not a week.
    assert!(all("He said on the program This Week that it was over.", p).is_empty());
}

#[test]
fn relative_months_and_years() {
    let p = day(2021, 1, 15);
    assert_eq!(val("Prices rose last month.", p, "last month"), "2020-12");
    assert_eq!(
        val("Prices rose earlier this month.", p, "earlier this month"),
        "2021-01"
    );
    assert_eq!(
        val("Prices will rise next month.", p, "next month"),
        "2021-02"
    );
    assert_eq!(val("Prices rose last year.", p, "last year"), "2020");
    assert_eq!(val("Prices will rise next year.", p, "next year"), "2022");
    assert_eq!(
        val("Prices rose early this year.", p, "early this year"),
        "2021"
    );
    assert_eq!(
        get("Prices rose in the past year.", p, "the past year"),
        ("DATE", Some("2020".into()))
    );
    assert_eq!(val("Prices rose a year ago.", p, "a year ago"), "2020");
    assert_eq!(
        val("Prices rose two years ago.", p, "two years ago"),
        "2019"
    );
    assert_eq!(
        val("Prices rose three days ago.", p, "three days ago"),
        "2021-01-12"
    );
    assert_eq!(
        val("Prices rose two months ago.", p, "two months ago"),
        "2020-11"
    );
    assert_eq!(
        val("Prices rose six weeks ago.", p, "six weeks ago"),
        "2020-W49"
    );
    assert_eq!(
        val(
            "It was quiet over the weekend.",
            day(2020, 11, 16),
            "the weekend"
        ),
        "2020-W46-WE"
    );
}

#[test]
fn months_without_a_year() {
    let p = tue();
    assert_eq!(
        val("The accord was reached in March after talks.", p, "March"),
        "2020-03"
    );
    // Next month is spoken of ahead.
    assert_eq!(
        val(
            "A summit takes place in December in the capital.",
            p,
            "December"
        ),
        "2020-12"
    );
    // A future cue moves a past month to next year.
    assert_eq!(
        val(
            "The new rules will apply in March to all firms.",
            p,
            "March"
        ),
        "2021-03"
    );
    assert_eq!(
        val("It was adopted last May by the assembly.", p, "last May"),
        "2020-05"
    );
    assert_eq!(
        val(
            "It was adopted last December by the assembly.",
            p,
            "last December"
        ),
        "2019-12"
    );
    assert_eq!(
        val("Results are due in early January.", p, "early January"),
        "2021-01"
    );
    assert_eq!(val("It opened in July 1997.", p, "July 1997"), "1997-07");
    // "may" the verb, and "May" without a preposition, are no months.
    assert!(all("Officials may meet again. May officials come?", p).is_empty());
    assert_eq!(val("Elections were held in May.", p, "May"), "2020-05");
}

#[test]
fn seasons() {
    let p = tue();
    assert_eq!(
        val("Fighting flared last summer.", p, "last summer"),
        "2020-SU"
    );
    assert_eq!(
        val("Fighting may flare next spring.", p, "next spring"),
        "2021-SP"
    );
    assert_eq!(
        val("Fighting flared last winter.", p, "last winter"),
        "2019-WI"
    );
    // In February the winter began the year before; "this summer" is the coming one.
    assert_eq!(
        val("Growth began last fall.", day(2021, 2, 10), "last fall"),
        "2020-FA"
    );
    assert_eq!(
        val(
            "A vote is due this summer.",
            day(2021, 2, 10),
            "this summer"
        ),
        "2021-SU"
    );
    assert_eq!(
        val(
            "Prices fell in the winter of 1994.",
            p,
            "the winter of 1994"
        ),
        "1994-WI"
    );
}

#[test]
fn quarters_and_halves() {
    let p = tue();
    assert_eq!(
        val("Profit rose in the third quarter.", p, "the third quarter"),
        "2020-Q3"
    );
    assert_eq!(
        get("It posted a third-quarter loss.", p, "third-quarter"),
        ("DATE", Some("2020-Q3".into()))
    );
    assert_eq!(
        val(
            "Profit rose in the fourth quarter.",
            day(2021, 2, 1),
            "the fourth quarter"
        ),
        "2020-Q4"
    );
    assert_eq!(
        val("Profit rose in the quarter, it said.", p, "the quarter"),
        "2020-Q3"
    );
    assert_eq!(
        val(
            "Profit fell in the first quarter of 2019.",
            p,
            "the first quarter of 2019"
        ),
        "2019-Q1"
    );
    assert_eq!(
        val(
            "Profit rose in the fiscal second quarter.",
            p,
            "the fiscal second quarter"
        ),
        "2020-Q2"
    );
    assert_eq!(
        val(
            "Profit rose in the first half of 2019.",
            p,
            "the first half of 2019"
        ),
        "2019-H1"
    );
    // In a quarterly report, "a year earlier" is the same quarter a year back.
    assert_eq!(
        val(
            "Third-quarter profit was $5 million, up from $4 million a year earlier.",
            p,
            "a year earlier"
        ),
        "2019-Q3"
    );
    // A quarter of something, or a comparison, is no date.
    assert!(all("A quarter of the voters stayed home.", p).is_empty());
    assert!(all("The quarter-to-quarter comparison was flat.", p).is_empty());
}

// ----- durations, sets, references ---------------------------------------------------------

#[test]
fn durations() {
    let p = tue();
    assert_eq!(
        get("The siege lasted three years.", p, "three years"),
        ("DURATION", Some("P3Y".into()))
    );
    assert_eq!(
        val("Prices fell in the last 24 hours.", p, "the last 24 hours"),
        "P1D"
    );
    assert_eq!(
        val(
            "Stocks fell in the last twenty four hours.",
            p,
            "the last twenty four hours"
        ),
        "P1D"
    );
    assert_eq!(
        val(
            "Stocks fell in the last twenty-four hours.",
            p,
            "the last twenty-four hours"
        ),
        "P1D"
    );
    assert_eq!(val("He waited five hours.", p, "five hours"), "PT5H");
    assert_eq!(
        val("He served 2 1/2 years in jail.", p, "2 1/2 years"),
        "P2Y6M"
    );
    assert_eq!(
        val("It took a minute and a half.", p, "a minute and a half"),
        "PT1M30S"
    );
    assert_eq!(val("It adopted a five-year plan.", p, "five-year"), "P5Y");
    assert_eq!(val("Stocks hit a five year low.", p, "five year"), "P5Y");
    assert_eq!(
        val("Talks went on for several weeks.", p, "several weeks"),
        "PXW"
    );
    assert_eq!(
        val(
            "Prices doubled in the past two years.",
            p,
            "the past two years"
        ),
        "P2Y"
    );
    assert_eq!(
        val(
            "He lived there for nearly two years.",
            p,
            "nearly two years"
        ),
        "P2Y"
    );
    assert_eq!(
        val(
            "Sales rose in the first nine months.",
            p,
            "the first nine months"
        ),
        "P9M"
    );
    assert_eq!(val("Rates fell for two decades.", p, "two decades"), "P20Y");
    assert_eq!(
        val("Troops stay for a couple of years.", p, "a couple of years"),
        "P2Y"
    );
    // Ages and names are no durations.
    assert!(all("A 30-year-old man watched 60 Minutes.", p).is_empty());
}

#[test]
fn sets() {
    let p = tue();
    assert_eq!(
        get("The council meets every Tuesday.", p, "every Tuesday"),
        ("SET", Some("XXXX-WXX-2".into()))
    );
    assert_eq!(
        get("The report is published annually.", p, "annually"),
        ("SET", Some("P1Y".into()))
    );
    assert_eq!(
        get("Rallies are held daily.", p, "daily"),
        ("SET", Some("P1D".into()))
    );
    assert_eq!(
        get("Flights leave on Tuesday nights.", p, "Tuesday nights"),
        ("SET", Some("XXXX-WXX-2TNI".into()))
    );
    assert_eq!(
        get("Inspections happen each month.", p, "each month"),
        ("SET", Some("P1M".into()))
    );
}

#[test]
fn present_past_future_references() {
    let p = tue();
    assert_eq!(val("The town is now calm.", p, "now"), "PRESENT_REF");
    assert_eq!(
        val("The town is currently calm.", p, "currently"),
        "PRESENT_REF"
    );
    assert_eq!(
        val("The town was recently shelled.", p, "recently"),
        "PAST_REF"
    );
    assert_eq!(
        val("Peace may come in the future.", p, "the future"),
        "FUTURE_REF"
    );
    assert_eq!(
        val("Peace may come in the near future.", p, "the near future"),
        "FUTURE_REF"
    );
    assert_eq!(
        val("Violence has grown in recent years.", p, "recent years"),
        "PAST_REF"
    );
    // "future" as a plain adjective is not annotated.
    assert!(all("Future talks were discussed.", p).is_empty());
}

#[test]
fn holidays() {
    assert_eq!(
        val(
            "Shops close on Thanksgiving Day.",
            day(2020, 11, 17),
            "Thanksgiving Day"
        ),
        "2020-11-26"
    );
    assert_eq!(
        val("Sales fell after Christmas.", day(2021, 1, 8), "Christmas"),
        "2020-12-25"
    );
}

// ----- spans -------------------------------------------------------------------------------

#[test]
fn spans_leave_out_prepositions_and_keep_modifiers() {
    let p = tue();
    let found = all(
        "On Tuesday, in the last twenty four hours, for nearly five months, since early 1990.",
        p,
    );
    let texts: Vec<&str> = found.iter().map(|(t, _, _)| t.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Tuesday",
            "the last twenty four hours",
            "nearly five months",
            "early 1990"
        ]
    );
}

#[test]
fn results_are_sorted_and_do_not_overlap() {
    let text = "On Nov. 9, 2020, at 5 p.m. EST Nov. 9, the firm said third-quarter profit rose 10% from a year earlier; \
                last week it said the fourth quarter would be weak, and next Monday it meets. \
                The 1990s were better than the past two years.";
    let doc = segment(text, &[]);
    let dates = extract(text, &doc, tue());
    assert!(dates.len() >= 7, "{dates:?}");
    for w in dates.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "{w:?}");
    }
}

#[test]
fn dates_do_not_cross_paragraphs() {
    let text = "Prices rose in March\n\n2020 was a hard year.";
    let found = all(text, tue());
    assert!(found.iter().all(|(t, _, _)| !t.contains('\n')), "{found:?}");
    assert!(found.iter().any(|(t, _, _)| t == "March"));
}

// ----- without a publication date -----------------------------------------------------------

#[test]
fn without_published_relatives_have_no_value() {
    let text = "On Tuesday officials said that last week, on November 9 and three days ago, \
                prices rose; on Nov. 9, 2020 they fell for three years since 1991, now as daily.";
    let found = all(text, None);
    let v = |s: &str| {
        found
            .iter()
            .find(|(t, _, _)| t == s)
            .unwrap_or_else(|| panic!("{s} missing in {found:?}"))
            .2
            .clone()
    };
    assert_eq!(v("Tuesday"), None);
    assert_eq!(v("last week"), None);
    assert_eq!(v("November 9"), None);
    assert_eq!(v("three days ago"), None);
    assert_eq!(v("Nov. 9, 2020").as_deref(), Some("2020-11-09"));
    assert_eq!(v("three years").as_deref(), Some("P3Y"));
    assert_eq!(v("1991").as_deref(), Some("1991"));
    assert_eq!(v("now").as_deref(), Some("PRESENT_REF"));
    assert_eq!(v("daily").as_deref(), Some("P1D"));
}

// ----- robustness --------------------------------------------------------------------------

#[test]
fn no_panic_on_odd_input() {
    let p = tue();
    for text in [
        "",
        " ",
        "\n\n\n",
        "until\u{a0}recently the café — “Tuesday’s” ümlaut 東京 2020年 🎉 on Monday",
        "(((on Wednesday",
        "will)))) on Friday",
        "Nov. 31, 2020 and 13/45/2020 and Feb. 30",
        "9999 years ago and 40000 BC and 0 days",
        "’’’ ’ll ’ll ’ll on Sunday",
        "12:75 p.m. and 25:00 and 99 a.m.",
    ] {
        let doc = segment(text, &[]);
        for d in extract(text, &doc, p) {
            assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
            assert!(d.span.start < d.span.end && d.span.end <= text.len());
        }
    }
}

#[test]
fn non_ascii_text_keeps_byte_spans() {
    let text = "Zürich’s café reopened on Monday — «Très bien», said Zoë, who arrived in 1991.";
    let doc = segment(text, &[]);
    let dates = extract(text, &doc, tue());
    let texts: Vec<&str> = dates.iter().map(|d| d.span.slice(text)).collect();
    assert_eq!(texts, ["Monday", "1991"]);
}
