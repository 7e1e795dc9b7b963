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
    // Said the day before, "next Tuesday" is the coming day (the module's decision; no
    // example in TimeBank/AQUAINT), and "next Monday" on a Sunday is the day after.
    assert_eq!(
        val(
            "The rally is next Tuesday.",
            day(2020, 11, 16),
            "next Tuesday"
        ),
        "2020-11-17"
    );
    assert_eq!(
        val(
            "The rally is next Monday.",
            day(2020, 11, 15),
            "next Monday"
        ),
        "2020-11-16"
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
    assert_eq!(
        get(text, p, "tonight"),
        ("TIME", Some("2020-11-17TNI".into()))
    );
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
    // A bare season already past this year is the coming one in a future clause, this year's
    // in a past one (tue() is in November).
    assert_eq!(
        val("Prices will stay high until the spring.", p, "the spring"),
        "2021-SP"
    );
    assert_eq!(val("The spring was dry.", p, "The spring"), "2020-SP");
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
    // A season with a year and no article is that season of the year, not the year; spoken
    // years too, as transcripts write them.
    for (text, span, value) in [
        (
            "The collection opens in spring 2013.",
            "spring 2013",
            "2013-SP",
        ),
        (
            "Troops left in summer of 1990.",
            "summer of 1990",
            "1990-SU",
        ),
        ("Autumn 2019 was dry.", "Autumn 2019", "2019-FA"),
        (
            "Oil was cheap in the winter of nineteen ninety-four.",
            "the winter of nineteen ninety-four",
            "1994-WI",
        ),
    ] {
        assert_eq!(val(text, p, span), value, "in {text:?}");
    }
    // A year after another word stays the year.
    assert_eq!(val("Sales will fall in 2021.", p, "2021"), "2021");
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
    // "for a third quarter" counts quarters: no date.
    assert!(all("Orders fell for a third quarter.", p).is_empty());
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
    // "The quarter", "a year earlier", "the 2019 period" mean the quarter the report leads
    // with, not the last one before the publication date (here 2020-Q3), nor a quarter
    // mentioned in passing.
    let report = "Net rose in the fiscal first quarter. After a flat fourth quarter, sales \
                  rose in the quarter, up from a year earlier. In the 2019 period, it lost \
                  money; the year-ago quarter was weak.";
    assert_eq!(val(report, p, "the quarter"), "2020-Q1");
    assert_eq!(val(report, p, "a year earlier"), "2019-Q1");
    assert_eq!(val(report, p, "the 2019 period"), "2019-Q1");
    assert_eq!(val(report, p, "the year-ago quarter"), "2019-Q1");
    // A comparison after a longer period in its sentence is that period's: a year.
    let nine = "Third-quarter net rose. In the first nine months, net was $3 million, \
                compared with a loss in the 2019 period and $2 million a year earlier.";
    assert_eq!(val(nine, p, "the 2019 period"), "2019");
    assert_eq!(val(nine, p, "a year earlier"), "2019");
    // An old quarter is history, not the report's.
    let history = "Sales peaked in the 1984 fourth quarter. Profit rose in the quarter.";
    assert_eq!(val(history, p, "the quarter"), "2020-Q3");
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
    // A paper, not a frequency; a frequency before a day name or a lower-case word.
    let all_of = |t: &str| {
        all(t, p)
            .into_iter()
            .filter(|(_, ty, _)| *ty == "SET")
            .map(|(s, ..)| s)
            .collect::<Vec<_>>()
    };
    assert!(
        all_of("The party daily Pravda said so; the Daily Mail and Weekly Standard too.")
            .is_empty()
    );
    assert_eq!(
        all_of("Shops open daily Monday to Friday, weekly\nMarkets too, daily flights."),
        ["daily", "weekly", "daily"]
    );
    assert_eq!(all_of("It tops the weekly GOP rankings."), ["weekly"]);
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
    // "past/future" + a plural unit, no article: the past, the future; with one, a stretch.
    assert_eq!(
        val("Sell programs ran in past years, too.", p, "past years"),
        "PAST_REF"
    );
    assert_eq!(
        val(
            "It will cut taxes in future quarters.",
            p,
            "future quarters"
        ),
        "FUTURE_REF"
    );
    assert_eq!(
        get("Sales grew in the past months.", p, "the past months"),
        ("DURATION", Some("PXM".to_string()))
    );
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

// ----- tense cues ----------------------------------------------------------------------------

#[test]
fn capitalised_ed_words_are_names_not_past_verbs() {
    // "United" ends in -ed but is a name: the "would" before it still speaks of the future.
    assert_eq!(
        val(
            "Officials said the father would be traveling to the United States Thursday.",
            tue(),
            "Thursday"
        ),
        "2020-11-19"
    );
}

#[test]
fn next_to_is_a_preposition_not_a_cue() {
    assert_eq!(
        val(
            "A bomb ripped through a building next to the embassy on Friday.",
            tue(),
            "Friday"
        ),
        "2020-11-13"
    );
}

#[test]
fn irregular_past_verbs_end_the_search() {
    assert_eq!(
        val(
            "Officials said the storm that would later be named struck the coast Friday.",
            tue(),
            "Friday"
        ),
        "2020-11-13"
    );
}

#[test]
fn participles_after_be_keep_the_future() {
    // "held" is a past form, but "will be held" is ahead.
    assert_eq!(
        val("The talks will be held on Thursday.", tue(), "Thursday"),
        "2020-11-19"
    );
}

#[test]
fn by_a_day_is_ahead_unless_the_verb_is_past() {
    assert_eq!(
        val("The firm must answer by Friday.", tue(), "Friday"),
        "2020-11-20"
    );
    assert_eq!(
        val(
            "Thirty states had filed reports by Wednesday, officials said.",
            tue(),
            "Wednesday"
        ),
        "2020-11-11"
    );
}

#[test]
fn a_cue_after_had_is_past() {
    assert_eq!(
        val(
            "The offer had been due to expire Friday evening.",
            tue(),
            "Friday evening"
        ),
        "2020-11-13TEV"
    );
}

#[test]
fn ed_adjectives_after_determiners_are_not_verbs() {
    // "a still unspecified date": an adjective; "would be paid" makes April ahead.
    assert_eq!(
        val(
            "The dividend would be paid on a still unspecified date in April.",
            tue(),
            "April"
        ),
        "2021-04"
    );
}

#[test]
fn plan_the_noun_is_no_cue() {
    assert_eq!(
        val("The board announced the plan Aug. 21.", tue(), "Aug. 21"),
        "2020-08-21"
    );
    assert_eq!(
        val(
            "The board plans to vote Aug. 21.",
            day(2020, 6, 1),
            "Aug. 21"
        ),
        "2020-08-21"
    );
    assert_eq!(
        val("The board plans to vote Aug. 21.", tue(), "Aug. 21"),
        "2021-08-21"
    );
}

#[test]
fn as_early_as_is_ahead() {
    assert_eq!(
        val(
            "He could arrive as early as Tuesday.",
            day(2020, 11, 18),
            "Tuesday"
        ),
        "2020-11-24"
    );
}

#[test]
fn a_sentence_opening_date_takes_the_tense_after_it() {
    let mon = day(2020, 11, 16);
    assert_eq!(
        val(
            "On Tuesday, the league plans to hold a news conference.",
            mon,
            "Tuesday"
        ),
        "2020-11-17"
    );
    assert_eq!(
        val("On Friday, the league will hold a rally.", mon, "Friday"),
        "2020-11-20"
    );
    // A past verb, or an ambiguous "planned", after the date: behind.
    assert_eq!(
        val(
            "On Friday, the government planned a rally and said it would march.",
            mon,
            "Friday"
        ),
        "2020-11-13"
    );
}

#[test]
fn a_possessive_weekday_is_a_reported_event() {
    // "would" before it, but "Wednesday's ruling" has happened; curly apostrophe too.
    let fri = day(2020, 11, 20);
    assert_eq!(
        val(
            "The family said they would appeal Wednesday's ruling by the court.",
            fri,
            "Wednesday"
        ),
        "2020-11-18"
    );
    assert_eq!(
        val("They will contest Wednesday’s ruling.", fri, "Wednesday"),
        "2020-11-18"
    );
    // Without the possessive, "would" still looks ahead.
    assert_eq!(
        val(
            "The family said they would appeal on Wednesday.",
            fri,
            "Wednesday"
        ),
        "2020-11-25"
    );
}

#[test]
fn to_plus_verb_needs_the_date_as_its_adverb() {
    let p = day(2021, 1, 28);
    // "to make the late-November trip": the month qualifies a noun; no future.
    assert_eq!(
        val(
            "She was forced to make the late-November trip, he said.",
            p,
            "late-November"
        ),
        "2020-11"
    );
    // "to arrive on Friday": ahead.
    assert_eq!(
        val("He was set to arrive on Friday.", p, "Friday"),
        "2021-01-29"
    );
}

// ----- month and day without a year: news looks back ----------------------------------------

#[test]
fn month_day_without_year_looks_back_unless_soon_or_future() {
    // Aug. 6 seen from Feb. 6: next August is 181 days off, last August 184; news means last.
    assert_eq!(
        val(
            "The index is near its record high set on Aug. 6.",
            day(2021, 2, 6),
            "Aug. 6"
        ),
        "2020-08-06"
    );
    assert_eq!(
        val(
            "Revenue was $76 million for the year ended March 31.",
            day(2020, 11, 1),
            "March 31"
        ),
        "2020-03-31"
    );
    // A future cue: ahead, even eight months off.
    assert_eq!(
        val(
            "The new labor pact will take effect on June 1.",
            day(2020, 10, 26),
            "June 1"
        ),
        "2021-06-01"
    );
    // Earlier in the publication month is past whatever the tense.
    assert_eq!(
        val(
            "She hoped aid would reach the victims of the Aug. 7 blasts.",
            day(2020, 8, 18),
            "Aug. 7"
        ),
        "2020-08-07"
    );
    // Later in the publication month, or next month across the year end: ahead.
    assert_eq!(
        val(
            "The offer ends on Dec. 30 at noon.",
            day(2020, 12, 20),
            "Dec. 30"
        ),
        "2020-12-30"
    );
    assert_eq!(
        val(
            "Payment comes on Feb. 1 to holders.",
            day(2020, 12, 20),
            "Feb. 1"
        ),
        "2021-02-01"
    );
}

// ----- anaphora: the story's own time line --------------------------------------------------

#[test]
fn that_year_and_the_following_year_follow_the_story() {
    let p = tue();
    assert_eq!(
        val(
            "On May 22, 1995, he was promoted, and the following year he moved abroad.",
            p,
            "the following year"
        ),
        "1996"
    );
    assert_eq!(
        val(
            "He fled in June 1998 and returned later that year to the island.",
            p,
            "later that year"
        ),
        "1998"
    );
    assert_eq!(
        val(
            "The plant was sold in 1988. Imports reached $1.5 billion that year.",
            p,
            "that year"
        ),
        "1988"
    );
    // Without a date before it, "that year" stays unresolved.
    assert_eq!(get("Imports rose that year.", p, "that year").1, None);
}

#[test]
fn the_next_and_the_same_day_follow_the_story() {
    let p = tue();
    let text = "The strike began on March 3, 2019. The following day, talks resumed; \
                the previous day a deal had failed. Police came that same day.";
    assert_eq!(val(text, p, "The following day"), "2019-03-04");
    assert_eq!(val(text, p, "the previous day"), "2019-03-03");
    assert_eq!(val(text, p, "that same day"), "2019-03-03");
    assert_eq!(
        val(
            "He was arrested on Oct. 2, 2018 and charged the next day.",
            p,
            "the next day"
        ),
        "2018-10-03"
    );
    // After a month or a year only, "that same day" is a day of it whose number is not
    // given; "the next day" has nothing to count from and keeps the publication day's value.
    let text = "The mill burned last June. Its owner was arrested that same day.";
    assert_eq!(val(text, p, "that same day"), "2020-06-XX");
    let text = "The mill burned in 1998. Its owner left that same day and died the next day.";
    assert_eq!(val(text, p, "that same day"), "2020-11-17");
    assert_eq!(val(text, p, "the next day"), "2020-11-18");
    // Without a date before it: the publication day's neighbour.
    assert_eq!(
        get("The vote is due the next day.", p, "the next day"),
        ("DATE", Some("2020-11-18".to_string()))
    );
    // Other days are not dates.
    for s in [
        "It was the day of the vote.",
        "On the last day of the session they left.",
        "The same day-care centre reopened.",
    ] {
        assert!(all(s, p).is_empty(), "{s:?}: {:?}", all(s, p));
    }
}

#[test]
fn the_next_day_and_month_cross_ends() {
    let p = tue();
    // Leap day, then a month across the year end.
    assert_eq!(
        val(
            "The hearing was on Feb. 28, 2020, and he appeared in court the next morning.",
            p,
            "the next morning"
        ),
        "2020-02-29"
    );
    assert_eq!(
        val(
            "Talks failed in December 1999. The following month, the firm was sold.",
            p,
            "The following month"
        ),
        "2000-01"
    );
}

#[test]
fn the_previous_weekday_is_before_the_one_named() {
    assert_eq!(
        val(
            "Shares fell on Friday, down 4% from the previous Friday.",
            tue(),
            "the previous Friday"
        ),
        "2020-11-06"
    );
}

#[test]
fn a_bare_clock_time_takes_the_day_last_named() {
    let sat = day(2020, 11, 21);
    assert_eq!(
        val(
            "The bombs went off on Friday. The first blast struck at 10:35 a.m., police said.",
            sat,
            "10:35 a.m."
        ),
        "2020-11-20T10:35"
    );
    // With no day before it: the publication day.
    assert_eq!(
        val(
            "The first blast struck at 10:35 a.m., police said.",
            sat,
            "10:35 a.m."
        ),
        "2020-11-21T10:35"
    );
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

// ---------------------------------------------------------------------------------------------
// The trigger prefilter: a family skipped for a paragraph must have no match in it.
// ---------------------------------------------------------------------------------------------

/// Families that match `s` without being among its candidates (should be none).
fn missed_families(s: &str) -> Vec<super::Kind> {
    let rules = super::rules();
    let cands = rules.candidates(s);
    rules
        .families
        .iter()
        .enumerate()
        .filter(|(i, (re, _))| cands & (1 << i) == 0 && re.is_match(s))
        .map(|(_, (_, kind))| *kind)
        .collect()
}

#[test]
fn prefilter_keeps_run_together_and_odd_forms() {
    for s in [
        "It happened midJanuary and earlyMay.",
        "They waited untiltoday, then midmorning.",
        "The fiscalquarter and thisquarter results.",
        "At 5pm, at 5 P.M., at 10:30 and at noon; 7 in the evening.",
        "In the '90s and the 1990s, the 1880's, in the nineties, mid-1998.",
        "On 2020-11-09, 11/9/2020 and 9 Nov.",
        "The year two thousand and one, nineteen ninety-nine.",
        "Last Thanksgiving, New Year's Eve, Valentine's Day.",
        "The twenty-first century, this century.",
        "The year-ago period, year-end, the latest period.",
        "Now, currently, nowadays, these days, the near term, a later date, any time soon.",
        "Weekly, biweekly, semiannually, every other Tuesday, per day.",
        "The first half of 2020; the second half.",
        "Overnight, tonight, Monday night, the next morning.",
        "Nearly two and a half years, three-month period, 24 hours, a few weeks.",
        "Recent years, decades ago, the coming months.",
        "ÉLYSÉE—Monday’s talks; «Mars 2020»; 12 mai; tomorrow's vote.",
    ] {
        // Whole, and piece by piece (so that one trigger does not cover for another).
        for piece in std::iter::once(s).chain(s.split([',', ';'])) {
            assert_eq!(missed_families(piece), vec![], "in {piece:?}");
        }
    }
}

#[test]
fn prefilter_skips_paragraphs_without_triggers() {
    let rules = super::rules();
    assert_eq!(
        rules.candidates("Officials declined to comment on the proposal."),
        0
    );
    // Month names are case-sensitive; "may" the verb starts nothing.
    assert_eq!(rules.candidates("They may decide, she said."), 0);
    // A number that is not a year, a clock or a date starts no year family.
    let c = rules.candidates("Some 12345 people and 42 cars.");
    for (i, (_, kind)) in rules.families.iter().enumerate() {
        if matches!(
            kind,
            super::Kind::Year | super::Kind::Iso | super::Kind::ClockTime
        ) {
            assert_eq!(c & (1 << i), 0, "{kind:?}");
        }
    }
}

/// The candidate bit of a family.
fn bit(k: super::Kind) -> u32 {
    let i = super::rules()
        .families
        .iter()
        .position(|(_, kind)| *kind == k);
    1u32 << i.expect("family")
}

#[test]
fn prefilter_wants_a_year_for_month_year_and_a_holiday_word() {
    use super::Kind;
    let rules = super::rules();
    let c = rules.candidates("They met in March in New York.");
    assert_eq!(c & bit(Kind::MonthYear), 0);
    assert_eq!(c & bit(Kind::Holiday), 0);
    assert_ne!(c & bit(Kind::Month), 0);
    for s in [
        "They met in March last year.",
        "They met in March 2019.",
        "They met in March nineteen ninety.",
    ] {
        assert_ne!(rules.candidates(s) & bit(Kind::MonthYear), 0, "{s}");
    }
    for s in ["On New Year's Eve.", "By Labor Day.", "At Christmas."] {
        assert_ne!(rules.candidates(s) & bit(Kind::Holiday), 0, "{s}");
    }
}

#[test]
fn prefilter_starts_words_where_they_may_stand() {
    use super::Kind;
    let rules = super::rules();
    // "mid" must start a word; "today" may stand inside one; "Day" in its case anywhere.
    assert_eq!(rules.candidates("It was humid.") & bit(Kind::RelDay), 0);
    assert_ne!(rules.candidates("It was mid-2019.") & bit(Kind::RelDay), 0);
    assert_ne!(rules.candidates("Wait untiltoday.") & bit(Kind::RelDay), 0);
    assert_ne!(rules.candidates("On LaborDay.") & bit(Kind::Holiday), 0);
    assert_eq!(rules.candidates("On laborday.") & bit(Kind::Holiday), 0);
    // Two trigger words from one start ("mid", "midday"), up to the very end.
    let (mut hits, mut hits2) = (Vec::new(), Vec::new());
    let c = rules.scan("at midday", &mut hits);
    assert_ne!(c & bit(Kind::RelDay), 0);
    assert_ne!(c & bit(Kind::ClockTime), 0);
    rules.scan("the weekend", &mut hits2);
    let spans: Vec<(usize, usize)> = hits.iter().chain(&hits2).map(|&(_, s, e)| (s, e)).collect();
    assert!(
        spans.contains(&(3, 6)) && spans.contains(&(3, 9)),
        "{spans:?}"
    );
    assert!(
        spans.contains(&(4, 11)) && !spans.contains(&(4, 8)),
        "{spans:?}"
    );
}

mod prefilter_props {
    use proptest::prelude::*;

    /// Words and separators the date patterns are made of, plus plain words.
    const PIECES: &[&str] = &[
        "the",
        "a",
        "last",
        "next",
        "this",
        "past",
        "early",
        "late",
        "mid",
        "mid-",
        "until",
        "of",
        "year",
        "years",
        "Year",
        "month",
        "week",
        "weekend",
        "day",
        "days",
        "today",
        "night",
        "morning",
        "quarter",
        "fiscal",
        "first",
        "half",
        "period",
        "year-ago",
        "ago",
        "earlier",
        "January",
        "Jan.",
        "Sept",
        "May",
        "may",
        "Monday",
        "Tuesdays",
        "every",
        "per",
        "daily",
        "now",
        "current",
        "recently",
        "future",
        "term",
        "soon",
        "later",
        "nineteen",
        "ninety",
        "thousand",
        "twenties",
        "century",
        "21st",
        "Christmas",
        "New",
        "Year's",
        "noon",
        "a.m.",
        "pm",
        "PM",
        "1990",
        "1990s",
        "'90s",
        "2020-11-09",
        "11/9/2020",
        "5",
        "10:30",
        "31st",
        "two",
        "twenty-four",
        "hours",
        "more",
        "than",
        "nearly",
        "couple",
        "said",
        "officials",
        "market",
        "percent",
        "known",
        "Decade",
        "Monday's",
        " ",
        "  ",
        ", ",
        "-",
        ".",
        "\n",
        "—",
        "’s",
        "é",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn skipped_families_never_match(
            parts in proptest::collection::vec((0..PIECES.len(), 0..4usize), 1..14)
        ) {
            let mut s = String::new();
            for (p, sep) in parts {
                s.push_str(PIECES[p]);
                s.push_str(["", " ", "-", "  "][sep]);
            }
            prop_assert_eq!(super::missed_families(&s), vec![], "in {:?}", s);
        }

        /// Searching families only around their trigger words finds what a search of the
        /// whole paragraph finds.
        #[test]
        fn windows_find_what_whole_paragraphs_find(
            parts in proptest::collection::vec((0..PIECES.len() + MORE.len(), 0..6usize), 1..30)
        ) {
            let mut s = String::new();
            for (p, sep) in parts {
                s.push_str(PIECES.get(p).copied().unwrap_or_else(|| MORE[p - PIECES.len()]));
                s.push_str(["", " ", "-", "  ", " - ", ", "][sep]);
            }
            prop_assert_eq!(super::windowed_and_whole(&s), (true, true), "in {:?}", s);
        }
    }

    /// More pieces of the longest patterns (amounts, clocks, phrases).
    const MORE: &[&str] = &[
        "no",
        "less",
        "not",
        "at",
        "least",
        "up",
        "to",
        "or",
        "so",
        "and",
        "in",
        "around",
        "o'clock",
        "evening",
        "afternoon",
        "of",
        "ahead",
        "few",
        "a",
        "dozen",
        "hundred",
        "one",
        "three-month",
        "Eve",
        "Day",
        "Labor",
        "Thanksgiving",
        "possible",
        "as",
        "any",
        "time",
        "near",
        "these",
        "other",
        "single",
        "each",
        "Nov.",
        "9",
        "2020",
        "EST",
        "yesterday",
        "tomorrow",
        "long",
        "straight",
        "period",
        "span",
        "coming",
        "following",
        "previous",
        "end",
        "beginning",
        "second",
        "latter",
        "Wednesday",
        "Sunday",
        "December",
    ];
}

/// (windowed search equals whole-paragraph search, with and without a publication date).
fn windowed_and_whole(s: &str) -> (bool, bool) {
    let doc = segment(s, &[]);
    let run = |windows: bool, p: Option<NaiveDate>| {
        super::WINDOWS.with(|w| w.set(windows));
        let out = extract(s, &doc, p);
        super::WINDOWS.with(|w| w.set(true));
        out
    };
    (
        run(true, tue()) == run(false, tue()),
        run(true, None) == run(false, None),
    )
}

#[test]
fn windows_cover_long_amounts_and_clock_prefixes() {
    for s in [
        "It lasted no more than a couple of hundred to a couple of weeks - long or so ago.",
        "Not more than twenty-one or twenty two additional consecutive trading days and a half.",
        "At around 5 o'clock in the afternoon EST, Wednesday, Nov. 9 this coming Sunday evening.",
        "The first half of the year; the end of the second half of this year or so.",
        "Until the year-ago three-month period a year ago; early - mid - late December 2020.",
        "As soon as possible, any time soon, the near - term, every other single week.",
        // Day-month forms and the year words of the period rule, each tested before its
        // search: blanks (a vertical tab too) and "of" or a day before the month.
        "On the 9th of  March, 21ST\x0bMarch, 3 April, Friday, 12th June 1998.",
        "In the year-ago period, the year ago period, year's end, year - end, year earlier.",
        // Bare forms read without groups: day words alone or not, and groupless families.
        "TODAY, untiltoday, Tonight night, yesterday morning, tomorrow's, now and currently.",
        "Christmas Eve, now or later, the near future: Today's events until today evening.",
        // Two-word forms read without groups, and forms next to them that are not.
        "Two years, a week, 10-day, 3.5 hours, an hour, the year, last  week, THIS month.",
        "Nov. 9, Nov.9, June 30, May 5th, Sept. 3, 2020, around May 4, Friday, May 8, 9 May.",
        "A two-year-long, nearly two years, the past two years ago, the year-ago period.",
        "Last\tweek, in the last week, the next day, the 1990s, year-end, twenty one days.",
        // More bare and two-word forms: years after "the", weekdays with a part of day,
        // plural units, set adverbs and clock times alone, and the longer forms beside them.
        "The 1990 and the  2020 or later, the1999, the early 1990, the fiscal 1991 budget.",
        "Tuesday night, Friday\tmornings, next Monday night, Sundays evening, Monday at night.",
        "Years, the days, recent weeks, the past years, decades ago, the coming months ahead.",
        "Daily, weekly or every day; 5 p.m., 10:30 a.m. EST Monday, 7 PM, noon Friday, 5pm.",
    ] {
        assert_eq!(windowed_and_whole(s), (true, true), "in {s:?}");
    }
}

#[test]
fn year_end_is_the_year_itself() {
    // TimeML puts "the end of" in a modifier: the value is the year, not its last day.
    for (text, published, span, want) in [
        (
            "The deal should close by year-end.",
            tue(),
            "year-end",
            "2020",
        ),
        (
            "Staff will be cut by year's end.",
            day(2021, 2, 3),
            "year's end",
            "2021",
        ),
        (
            "It expects to finish around year end.",
            tue(),
            "year end",
            "2020",
        ),
    ] {
        assert_eq!(val(text, published, span), want, "{text}");
    }
}

#[test]
fn trigger_words_are_searched_only_where_a_kept_match_can_hold_them() {
    use super::{can_hold, Kind};
    let at = |s: &str, w: &str| s.rfind(w).expect("word in text");
    for (s, unit, kind, want) in [
        // A count or a duration adjective before the unit.
        ("for (two days", "days", Kind::Duration, true),
        ("a 10-day stay", "day", Kind::Duration, true),
        ("twenty-five years", "years", Kind::Duration, true),
        ("a couple of weeks", "weeks", Kind::Duration, true),
        (
            "three consecutive trading days",
            "days",
            Kind::Duration,
            true,
        ),
        ("FIVE YEARS", "YEARS", Kind::Duration, true),
        ("the day", "day", Kind::Duration, false),
        ("data year", "year", Kind::Duration, false),
        ("5th year", "year", Kind::Duration, false),
        ("year", "year", Kind::Duration, false),
        ("two,years", "years", Kind::Duration, false),
        // An anchor (or a fiscal-year word) right before the unit.
        ("the past year", "year", Kind::RelUnit, true),
        ("its fiscal year", "year", Kind::RelUnit, true),
        ("THIS WEEK", "WEEK", Kind::RelUnit, true),
        ("two weeks", "weeks", Kind::RelUnit, false),
        ("the, week", "week", Kind::RelUnit, false),
        // Bare plurals: a modifier, or a word the handler keeps them after.
        ("in recent years", "years", Kind::BarePlural, true),
        ("for (years", "years", Kind::BarePlural, true),
        ("the months ahead", "months", Kind::BarePlural, true),
        ("the-future hours", "hours", Kind::BarePlural, true),
        ("re-take years", "years", Kind::BarePlural, false),
        ("years of war", "years", Kind::BarePlural, false),
        ("many years", "years", Kind::BarePlural, false),
        // A month name followed by a number is the month-day rule's.
        ("on Oct. 23", "Oct", Kind::Month, false),
        ("on October\u{a0}23", "October", Kind::Month, false),
        ("in October", "October", Kind::Month, true),
        ("Mar 5", "Mar", Kind::Month, false),
        ("Mark", "Mar", Kind::Month, false),
        ("last May 2", "May", Kind::Month, false),
        // A month name followed by a day number, or by a year.
        ("on Nov. 9", "Nov", Kind::MonthDay, true),
        ("on June\t30", "June", Kind::MonthDay, true),
        ("in November", "Nov", Kind::MonthDay, false),
        ("Mark 5", "Mar", Kind::MonthDay, false),
        ("in March of 1990", "Mar", Kind::MonthYear, true),
        ("in March, 1990", "Mar", Kind::MonthYear, true),
        ("in March last year", "Mar", Kind::MonthYear, true),
        ("in March nineteen ninety", "Mar", Kind::MonthYear, true),
        ("in March of this year", "Mar", Kind::MonthYear, true),
        ("in March they said", "Mar", Kind::MonthYear, false),
        ("in March offers", "Mar", Kind::MonthYear, false),
        // "half" after an ordinal.
        ("the first half of 2020", "half", Kind::Half, true),
        ("the latter half", "half", Kind::Half, true),
        ("half of them", "half", Kind::Half, false),
        ("first-half", "half", Kind::Half, false),
        // Reference words: alone, or after the word their phrase wants.
        ("now", "now", Kind::Ref, true),
        ("in the past", "past", Kind::Ref, true),
        ("past the post", "past", Kind::Ref, false),
        ("these days", "days", Kind::Ref, true),
        ("two days", "days", Kind::Ref, false),
        ("the near term", "term", Kind::Ref, true),
        ("a term", "term", Kind::Ref, false),
        ("at a later date", "later", Kind::Ref, true),
        ("years later", "later", Kind::Ref, false),
        ("any time soon", "soon", Kind::Ref, true),
        ("soon", "soon", Kind::Ref, false),
        ("the foreseeable future", "future", Kind::Ref, true),
        ("its future", "future", Kind::Ref, false),
        // Parts of day after an anchor, "mid" before a part of day.
        ("last night", "night", Kind::RelDay, true),
        ("the following morning", "morning", Kind::RelDay, true),
        ("one night", "night", Kind::RelDay, false),
        ("in mid-morning", "mid", Kind::RelDay, true),
        ("midday", "mid", Kind::RelDay, true),
        ("in mid afternoon", "mid", Kind::RelDay, true),
        ("the middle", "mid", Kind::RelDay, false),
        ("midnight", "mid", Kind::RelDay, false),
        ("today", "today", Kind::RelDay, true),
        // "am"/"pm" after a number; a part of day after "the".
        ("at 5 pm", "pm", Kind::ClockTime, true),
        ("at 5pm", "pm", Kind::ClockTime, true),
        ("I am", "am", Kind::ClockTime, false),
        ("7 in the evening", "evening", Kind::ClockTime, true),
        ("Tuesday evening", "evening", Kind::ClockTime, false),
        ("at noon", "noon", Kind::ClockTime, true),
        // "every", "each", "per" before a unit, a weekday or a month.
        ("every other single week", "every", Kind::Set, true),
        ("each Tuesday", "each", Kind::Set, true),
        ("per day", "per", Kind::Set, true),
        ("each of them", "each", Kind::Set, false),
        ("every other", "every", Kind::Set, false),
        ("daily", "daily", Kind::Set, true),
        // "period" after the words of the period pattern.
        ("the year-ago period", "period", Kind::Period, true),
        ("the 1988 period", "period", Kind::Period, true),
        ("the three-month period", "period", Kind::Period, true),
        ("a trial period", "period", Kind::Period, false),
        // Other families are always searched.
        ("the day", "day", Kind::Weekday, true),
    ] {
        assert_eq!(can_hold(kind, s, at(s, unit)), want, "{unit:?} in {s:?}");
    }
    // At the very start of a text, with nothing before the unit.
    assert!(!can_hold(Kind::Duration, " days", 1));
    assert!(!can_hold(Kind::RelUnit, "week", 0));
}

#[test]
fn skipped_unit_words_change_no_output() {
    // Each sentence holds units with and without a count or an anchor before them: the search
    // around kept units only must find what a search of the whole paragraph finds.
    for s in [
        "The day after two days of talks, the year-earlier three years and the past year ended.",
        "For years, in recent years, years of war and many years later, decades-long feuds went on.",
        "In May, May 5, Oct. 23, last May, early March and March 2 they may march for 10 days.",
        "Over the next (two) weeks, this week and that week, the week's news: 52-week highs.",
        "Its fiscal year, the full year, a calendar year and the same month a year ago were weak.",
        "A couple of hours, a few minutes, the first hours and hours later; hours of talks.",
        "On November 12, 2012\u{2013}six days after it, a wall.\u{a0}A month later, (nearly 2 1/2 years.",
        "Over 1.5 years, x1.5 days, foo.two days, $5 days, no more than the past twenty-one days.",
        "It took not more than a couple of hundred to a couple of thousand consecutive trading days.",
    ] {
        assert_eq!(windowed_and_whole(s), (true, true), "in {s:?}");
    }
}

#[test]
fn durations_are_searched_from_their_first_possible_word() {
    use super::duration_start;
    for (s, unit, from) in [
        ("Then for nearly two years", "years", "nearly"),
        ("said (two days", "days", "(two"),
        ("in 2012\u{2013}six days", "days", "2012\u{2013}six"),
        ("for 2 1/2 years", "years", "2 1/2"),
        ("the next 10-day stay", "day", "the"),
        ("report: days", "days", "days"),
        ("days", "days", "days"),
    ] {
        let at = s.rfind(unit).expect("unit");
        let want = s.find(from).expect("start");
        assert_eq!(duration_start(s.as_bytes(), at), want, "{s:?}");
    }
}

#[test]
fn word_sets_hold_every_cue_and_clitics_split_at_either_apostrophe() {
    // The full lists (their hash table has collisions to probe past).
    for list in [super::FUTURE_CUES, super::PAST_CUES] {
        let set = super::WordSet::new(list);
        for w in list {
            assert!(set.contains(w), "{w}");
        }
        assert!(!set.contains("zzz"));
    }
    assert_eq!(super::split_clitic("we'll"), ("we", "ll"));
    assert_eq!(super::split_clitic("we’ll"), ("we", "ll"));
    assert_eq!(super::split_clitic("’tis"), ("’tis", ""));
    assert_eq!(super::split_clitic("naïve"), ("naïve", ""));
}

#[test]
fn word_sets_find_short_and_long_words_only_whole() {
    let set = super::WordSet::new(&["said", "announced", "a", "reported", "acknowledged"]);
    for w in ["said", "announced", "a", "reported", "acknowledged"] {
        assert!(set.contains(w), "{w}");
    }
    for w in [
        "sai",
        "saids",
        "announce",
        "",
        "an",
        "acknowledge",
        "reportedly",
        "Said",
    ] {
        assert!(!set.contains(w), "{w}");
    }
}

#[test]
fn years_and_clock_times_are_searched_around_their_marks_only() {
    // The year family runs in windows around four-digit years, the clock family around
    // "5:30", "p.m", "am"/"pm" and its words: every form their patterns allow around these
    // must still be found as over the whole paragraph.
    for s in [
        "By the the end of 1990 or later, and in the middle of 1991 and beyond, sales grew.",
        "In the mid-1990s, the post-1989 order and pre-2000 plans; fiscal 1988, calendar 1989.",
        "The early 1990, late 1991 or earlier and 1,991 or 19900 units; (1992) or 1993-94.",
        "Not 12345, 2000% or $1999; the1990 text and 1990s, in 2099 and 1500 or before.",
        "At around 5 o'clock in the morning EST, Wednesday, Nov. 9 and at 10:35 EST Nov. 9, 2020.",
        "I am sure: around 11 p.m. PST, Tuesday Dec. 1 or 7pm, or noon tomorrow, or midnight.",
        "At 9 A.M. EDT, midday Friday, 12:01 today; 5 in the evening; 6am-7am; 3.5 m.",
        "Scores 2:1, ratio 10:30:45, and 1:30 a.m., at 4 P.M. yesterday, Sept. 3, 2019.",
    ] {
        assert_eq!(windowed_and_whole(s), (true, true), "in {s:?}");
    }
    let found = all("It peaked in the middle of 1991 or later.", tue());
    assert!(
        found.iter().any(|(t, _, _)| t.contains("1991")),
        "{found:?}"
    );
}

#[test]
fn buffers_reused_across_articles_leave_no_trace() {
    let a = "On Tuesday, 5 p.m., the board met for two days; in May 2019 it said so.";
    let b = "Last week and the quarter a year ago, at noon Friday, the past three years.";
    let first = all(a, tue());
    let other = all(b, tue());
    assert!(!first.is_empty() && !other.is_empty());
    assert_eq!(all(a, tue()), first);
    assert_eq!(all(b, None).len(), other.len());
    assert_eq!(all(a, tue()), first);
}

#[test]
fn day_month_and_period_are_searched_only_where_they_can_match() {
    use super::{can_hold, Kind};
    // A month name after a day number or "of" (blanks between), not after a word.
    assert!(can_hold(Kind::DayMonth, "the 9th  March", 9));
    assert!(can_hold(Kind::DayMonth, "3 of March", 5));
    assert!(!can_hold(Kind::DayMonth, "in March", 3));
    assert!(!can_hold(Kind::DayMonth, "9-March", 2));
    // "year" of the period rule only before ago, earlier or end.
    assert!(can_hold(Kind::Period, "the year-ago period", 4));
    assert!(can_hold(Kind::Period, "year's end", 0));
    assert!(!can_hold(Kind::Period, "the year before", 4));
    assert!(!can_hold(Kind::Period, "the period", 4));
    assert!(can_hold(Kind::Period, "the latest period", 11));
}

#[test]
fn compact_trigger_table_finds_what_the_automaton_finds() {
    use aho_corasick::{AhoCorasick, MatchKind};
    let words = ["week", "weekend", "day", "today", "mid", "quarter", "may"];
    let ac = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(words)
        .unwrap();
    let dfa = super::WordDfa::new(
        &aho_corasick::dfa::DFA::builder()
            .ascii_case_insensitive(true)
            .prefilter(false)
            .build(words)
            .unwrap(),
    );
    let text = "WEEKENDS, midweek Today's TODAYday; fiscalquarter — Mayday, é week\u{a0}end";
    let mut want: Vec<(usize, usize, usize)> = ac
        .find_overlapping_iter(text)
        .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
        .collect();
    let mut got = Vec::new();
    let mut sid = dfa.start;
    for (at, &c) in text.as_bytes().iter().enumerate() {
        sid = dfa.next(sid, c);
        if sid >= dfa.first_match {
            for &(pid, len) in dfa.matches(sid) {
                got.push((usize::from(pid), at + 1 - usize::from(len), at + 1));
            }
        }
    }
    want.sort_unstable();
    got.sort_unstable();
    assert!(want.len() >= 10, "the text holds overlapping matches");
    assert_eq!(got, want);
    // Upper and lower case of a letter share a class; a byte of no word shares one with the
    // others of no word.
    assert_eq!(
        dfa.classes[usize::from(b'W')],
        dfa.classes[usize::from(b'w')]
    );
    assert_eq!(dfa.classes[usize::from(b'!')], dfa.classes[0xC3]);
}

#[test]
fn chained_trigger_walk_finds_what_one_walk_finds() {
    let rules = super::rules();
    let scan = |s: &str, two: bool| {
        super::CHAINED.with(|t| t.set(two));
        let mut hits = Vec::new();
        let fams = rules.scan(s, &mut hits);
        super::CHAINED.with(|t| t.set(true));
        hits.sort_unstable();
        (fams, hits)
    };
    let words = [
        "semiannually ",
        "Thanksgiving",
        " week",
        "ends ",
        "quarter",
        "ly ",
        "Sept. ",
        "2020 ",
        "yesterday",
        "é ",
        "5:30 p.m. ",
        "x",
    ];
    // Words of every length cut at every point where a part starts, for every length modulo
    // the number of chains.
    for pad in 0..60 {
        for (k, w) in words.iter().enumerate() {
            let mut s = "a".repeat(pad);
            for j in 0..12 {
                s.push_str(words[(k + j) % words.len()]);
            }
            s.push_str(w);
            let (one, two) = (scan(&s, false), scan(&s, true));
            assert!(!one.1.is_empty() || s.len() < 30, "{s:?} holds triggers");
            assert_eq!(one, two, "in {s:?}");
        }
    }
}

#[test]
fn skipped_trigger_words_change_no_output() {
    for s in [
        "In November, Nov. 9, on June 30 and in March of 1990; Mark 5 and in March they met.",
        "The first half of 2020, half of them, the latter half and a first-half loss.",
        "Now, in the past, past the post, these days, two days, the near term, a term.",
        "At a later date, years later, any time soon, soon, its future, the foreseeable future.",
        "Last night, one night, the following morning, mid-morning, the middle, midnight.",
        "At 5 pm, I am here, 7 in the evening, Tuesday evening, at noon and at 5pm.",
        "Every other single week, each Tuesday, per day, each of them, every other, daily.",
        "The year-ago period, the 1988 period, a trial period, the three-month period.",
    ] {
        assert_eq!(windowed_and_whole(s), (true, true), "in {s:?}");
    }
}

#[test]
fn prefilter_wants_digits_around_slashes_and_a_word_end_after_quarter() {
    use super::Kind;
    let rules = super::rules();
    let none = |s: &str, k: Kind| rules.candidates(s) & bit(k) == 0;
    assert!(none("and/or 5 /6 a/1", Kind::Slash));
    assert!(!none("on 11/9/2020", Kind::Slash));
    assert!(none("at its headquarters", Kind::Quarter));
    assert!(!none("the fiscalquarter-century", Kind::Quarter));
    assert!(none("'50 people, 1990", Kind::Decade));
    assert!(!none("the '90s", Kind::Decade));
    assert!(!none("the '80's", Kind::Decade));
    for s in ["on 11/9/2020", "the fiscalquarter", "in the '90s and '80's"] {
        assert_eq!(missed_families(s), vec![], "in {s:?}");
    }
}

#[test]
fn lone_trigger_words_are_taken_without_a_search_only_when_nothing_around_them_counts() {
    use super::{is_alone, Kind};
    let alone = |s: &str, w: &str, kind: Kind| {
        let start = s.rfind(w).expect("word in text");
        is_alone(kind, s.as_bytes(), start, start + w.len()).is_some()
    };
    for (s, w, kind, want) in [
        ("he said Monday that", "Monday", Kind::Weekday, true),
        ("(Monday)", "Monday", Kind::Weekday, true),
        ("last Monday", "Monday", Kind::Weekday, false),
        ("this coming Monday", "Monday", Kind::Weekday, false),
        ("at 5 p.m. Monday", "Monday", Kind::Weekday, false),
        ("at 5 p.m. EST, Monday", "Monday", Kind::Weekday, false),
        ("at noon Monday", "Monday", Kind::Weekday, false),
        ("Monday night", "Monday", Kind::Weekday, false),
        ("on Mondays", "Monday", Kind::Weekday, false),
        ("Monday_x", "Monday", Kind::Weekday, false),
        ("in 1990 the", "1990", Kind::Year, true),
        ("the 1990 election", "1990", Kind::Year, false),
        ("summer of 1990", "1990", Kind::Year, false),
        ("mid-1990", "1990", Kind::Year, false),
        ("fiscal 1990", "1990", Kind::Year, false),
        ("1990 or later", "1990", Kind::Year, false),
        ("1990 and beyond", "1990", Kind::Year, false),
        ("1990, or", "1990", Kind::Year, true),
        ("is now here", "now", Kind::Ref, true),
        ("until now", "now", Kind::Ref, true),
        ("currently", "currently", Kind::Ref, true),
        ("more recently", "recently", Kind::Ref, false),
        ("until recently", "recently", Kind::Ref, false),
        ("it recently", "recently", Kind::Ref, true),
        ("the past", "past", Kind::Ref, false),
        ("in March", "Mar", Kind::Month, true),
        ("early March", "Mar", Kind::Month, false),
        ("mid-March", "Mar", Kind::Month, false),
        ("the end of March", "Mar", Kind::Month, false),
        ("last March", "Mar", Kind::Month, false),
        ("midMarch", "Mar", Kind::Month, false),
        ("Mark", "Mar", Kind::Month, false),
        ("(Monday)", "Mon", Kind::Month, false),
    ] {
        assert_eq!(alone(s, w, kind), want, "{w:?} in {s:?}");
    }
    // A month name's match is the whole name, with its abbreviation's period.
    fn month(s: &str) -> Option<&str> {
        super::is_alone(super::Kind::Month, s.as_bytes(), 3, 6).map(|e| &s[3..e])
    }
    assert_eq!(month("in September 9"), Some("September"));
    assert_eq!(month("in Sept. 9"), Some("Sept."));
    assert_eq!(month("in Mayor"), Some("May"));
}

#[test]
fn lone_trigger_words_change_no_output() {
    for s in [
        "He said Monday that last Monday, at 5 p.m. EST, Monday and at noon Monday were busy.",
        "Monday night, on Mondays, (Tuesday) and this coming Wednesday, Thursday Friday.",
        "In 1990 the 1990 election, the summer of 1990, mid-1990, fiscal 1990 and 1990 or later.",
        "Now, until now, currently, more recently, until recently and it recently rose; 1998-2000.",
        "In March, early March, mid-March, the end of March, last March, midMarch, Sept. and Mayor.",
    ] {
        assert_eq!(windowed_and_whole(s), (true, true), "in {s:?}");
    }
}

#[test]
fn overnight_is_the_night_before_the_day_last_named() {
    let p = tue();
    let text = "London shares closed lower Friday. They were depressed by overnight losses.";
    assert_eq!(val(text, p, "Friday"), "2020-11-13");
    assert_eq!(val(text, p, "overnight"), "2020-11-12TNI");
    // No day before it: the night before publication.
    assert_eq!(
        val("Stocks fell overnight.", p, "overnight"),
        "2020-11-16TNI"
    );
    // A day named long before does not count.
    let far = format!(
        "It closed Friday. {} Stocks fell overnight.",
        "Nothing. ".repeat(150)
    );
    assert_eq!(val(&far, p, "overnight"), "2020-11-16TNI");
}

#[test]
fn overnight_follows_the_news_day_not_an_earlier_calendar_date() {
    let text = "The bombings, on Nov. 7, killed 24. Sites struck overnight were hit.";
    assert_eq!(val(text, tue(), "overnight"), "2020-11-16TNI");
    let text = "Prices fell yesterday, after overnight losses.";
    assert_eq!(val(text, tue(), "overnight"), "2020-11-15TNI");
}

#[test]
fn a_paragraph_that_opens_with_a_quarter_reports_that_quarter() {
    let p = tue();
    let text = "Acme's net rose 10% in the fiscal first quarter, up from a year earlier.\n\n\
                Separately, Beta Corp. reported third-quarter profit of $5 million, up from \
                $4 million a year earlier. Year-earlier results included a gain.\n\n\
                Acme's sales rose in the quarter.";
    let got: Vec<(String, Option<String>)> =
        all(text, p).into_iter().map(|(t, _, v)| (t, v)).collect();
    let q = |t: &str, v: &str| (t.to_string(), Some(v.to_string()));
    assert_eq!(
        got,
        [
            q("the fiscal first quarter", "2020-Q1"),
            q("a year earlier", "2019-Q1"),
            q("third-quarter", "2020-Q3"),
            q("a year earlier", "2019-Q3"),
            q("Year-earlier", "2019-Q3"),
            // A paragraph that opens with no quarter: the report the article leads with.
            q("the quarter", "2020-Q1"),
        ]
    );
    // A quarter named after another date in its paragraph is one in passing.
    let passing = "Net rose in the fiscal first quarter.\n\n\
                   In May, after a flat third quarter, sales rose from a year earlier.";
    assert_eq!(val(passing, p, "a year earlier"), "2019-Q1");
}

#[test]
fn the_units_ahead_are_the_coming_ones() {
    let p = tue();
    let text = "Funds may sell their junk in the weeks ahead, as in the months ahead.";
    assert_eq!(val(text, p, "the weeks ahead"), "PXW");
    assert_eq!(val(text, p, "the months ahead"), "PXM");
    // "the weeks" alone is no duration.
    assert!(all("The weeks passed slowly for the family.", p).is_empty());
}

#[test]
fn a_month_range_past_the_years_end_and_hyphen_compounds() {
    let p = day(2024, 11, 20);
    let t = "The season peaks between December and February. It runs from October through March.";
    assert_eq!(val(t, p, "February"), "2025-02");
    assert_eq!(val(t, p, "March"), "2025-03");
    assert_eq!(val(t, p, "December"), "2024-12");
    // A range that ends in a written year starts in that year or the one before.
    let t = "The launch was moved from November to September 2023. It ran from March to June 2023.";
    assert_eq!(val(t, p, "September 2023"), "2023-09");
    assert_eq!(val(t, p, "November"), "2022-11");
    assert_eq!(val(t, p, "March"), "2023-03");
    // Must not fire: a range within one year, and months merely listed.
    let t = "Sales rose between March and June. Shops closed in December and in February.";
    assert_eq!(val(t, p, "June"), "2024-06");
    assert_eq!(
        val(t, p, "February"),
        val("Shops closed in February.", p, "February")
    );
    // A unit hyphened to the word before is a compound, not a duration; a count still is one.
    let got = all(
        "Shares fell in after-hours trading after 24 hours of talks.",
        p,
    );
    assert!(got.iter().all(|(s, _, _)| s != "hours"), "{got:?}");
    assert!(got.iter().any(|(s, _, _)| s == "24 hours"), "{got:?}");
}

#[test]
fn a_month_range_in_a_past_sentence_ends_behind() {
    let p = wed(); // November 2026: December and January alone would be ahead.
    let t = "The strike lasted from December through mid-March, the union said.";
    assert_eq!(val(t, p, "December"), "2025-12");
    assert_eq!(val(t, p, "mid-March"), "2026-03");
    let t = "It ran from October through March.";
    assert_eq!(val(t, p, "October"), "2025-10");
    assert_eq!(val(t, p, "March"), "2026-03");
    // Two successive months; the verb after them decides when nothing comes before.
    let t = "In January and February, the club lost six games.";
    assert_eq!(val(t, p, "January"), "2026-01");
    assert_eq!(val(t, p, "February"), "2026-02");
    // A year written in the second of two successive months dates the first too.
    let t = "Output in January and February 2019 beat every winter since.";
    assert_eq!(val(t, p, "January"), "2019-01");
    // Must not fire: a future range, a present state, a past verb before a present one.
    let t = "The bridge will be shut from December through February.";
    assert_eq!(val(t, p, "December"), "2026-12");
    assert_eq!(val(t, p, "February"), "2027-02");
    let t = "The ski season runs from December through March.";
    assert_eq!(val(t, p, "December"), "2026-12");
    assert_eq!(val(t, p, "March"), "2027-03");
    let t = "The fair, organisers said, runs from December to February.";
    assert_eq!(val(t, p, "February"), "2027-02");
}

#[test]
fn through_a_month_after_a_present_state_is_ahead() {
    let p = wed(); // November 2026.
    for t in [
        "The curfew lasts through mid-March.",
        "The shelter is open through March.",
        "The ban has been extended through March.",
        "The exhibit will run through March.",
    ] {
        assert_eq!(
            val(
                t,
                p,
                if t.contains("mid") {
                    "mid-March"
                } else {
                    "March"
                }
            ),
            "2027-03",
            "{t}"
        );
    }
    // Must not fire: a past verb, a state that is over.
    for t in [
        "The strike lasted through mid-March.",
        "The shelter stayed open through March.",
        "Rents fell through March, the agency said.",
    ] {
        assert_eq!(
            val(
                t,
                p,
                if t.contains("mid") {
                    "mid-March"
                } else {
                    "March"
                }
            ),
            "2026-03",
            "{t}"
        );
    }
}

#[test]
fn the_previous_month_counts_from_the_month_reported() {
    let p = wed(); // Wednesday 18 November 2026.
                   // The month named, past the day the news was told and past a year.
    let t = "Home sales rose 3 percent in October, the group said Tuesday. \
             They had fallen the previous month.";
    assert_eq!(val(t, p, "the previous month"), "2026-09");
    let t = "Exports in October were the highest since 2019 and rose from the previous month.";
    assert_eq!(val(t, p, "the previous month"), "2026-09");
    // Must not fire: with no month named, the news day counts (the publication month's
    // previous); a month long before the news day is no report's month; a day told
    // ("on Oct. 3") is the story's own day.
    let t = "The group said Tuesday that home sales had fallen from the previous month.";
    assert_eq!(val(t, p, "the previous month"), "2026-10");
    let t =
        "The mill opened in March 2019. On Tuesday, it said output fell from the previous month.";
    assert_eq!(val(t, p, "the previous month"), "2026-10");
    let t = "The plant shut on Aug. 3; it had cut shifts the previous month.";
    assert_eq!(val(t, p, "the previous month"), "2026-07");
}

#[test]
fn a_day_with_no_month_is_in_the_month_last_named_or_the_publication_month() {
    let p = wed(); // Wednesday 18 November 2026.
    let t = "On Oct. 3, the firm cut prices, and on the 15th it cut them again.";
    assert_eq!(val(t, p, "the 15th"), "2026-10-15");
    let t = "In March, the plant shut on the 2nd and reopened on the 20th.";
    assert_eq!(val(t, p, "the 2nd"), "2026-03-02");
    assert_eq!(val(t, p, "the 20th"), "2026-03-20");
    // The publication month, as the tense reads it; a news day names no month.
    assert_eq!(
        val("The council met on the 5th.", p, "the 5th"),
        "2026-11-05"
    );
    assert_eq!(
        val("The deadline falls on the 25th.", p, "the 25th"),
        "2026-11-25"
    );
    assert_eq!(
        val("The fair opens on the 15th.", p, "the 15th"),
        "2026-12-15"
    );
    assert_eq!(
        val("The rent was paid on the 25th.", p, "the 25th"),
        "2026-10-25"
    );
    let t = "The firm said Tuesday that it will pay on the 15th.";
    assert_eq!(val(t, p, "the 15th"), "2026-12-15");
    // Must not fire: an ordinal of a noun, a rank, no "on the".
    for t in [
        "He lives on the 15th floor.",
        "She won on the 5th try.",
        "He finished 15th in the race.",
        "The 3rd Division crossed the river.",
    ] {
        assert!(all(t, p).is_empty(), "{t}: {:?}", all(t, p));
    }
}

#[test]
fn then_current_is_the_time_spoken_of() {
    let p = tue();
    let t = "The museum sold the painting at the then current rate for oils.";
    assert_eq!(get(t, p, "then current"), ("DATE", Some("PAST_REF".into())));
    let t = "The board fired the then-current chairman in 2019.";
    assert_eq!(val(t, p, "then-current"), "PAST_REF");
    // Must not fire: "current" alone is now; "then" ending a clause before it.
    assert_eq!(
        val("Shares trade at the current price.", p, "current"),
        "PRESENT_REF"
    );
    assert_eq!(
        val("Rates fell sharply then, current data show.", p, "current"),
        "PRESENT_REF"
    );
}

#[test]
fn generic_today_is_not_a_day() {
    let p = tue();
    // "today" for the present age, before a noun for its people or world: not dated.
    for text in [
        "The law is unfair in today's world, she said.",
        "Music like this speaks to today\u{2019}s young people.",
        "It is a lesson for today's youth.",
    ] {
        assert!(all(text, p).iter().all(|(t, _, _)| t != "today"), "{text}");
    }
    // The day itself: "today's meeting", "today's editions", "today" alone.
    assert_eq!(
        val("Today's meeting was cancelled.", p, "Today"),
        "2020-11-17"
    );
    assert_eq!(
        val(
            "The offer ran in today's editions of the paper.",
            p,
            "today"
        ),
        "2020-11-17"
    );
    assert_eq!(val("The world changed today.", p, "today"), "2020-11-17");
}

#[test]
fn a_day_joined_to_a_date_is_a_date() {
    let p = tue();
    let found = all("The summit was held on April 24 and 25.", p);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        val("The summit was held on April 24 and 25.", p, "25"),
        "2020-04-25"
    );
    assert_eq!(
        val("The vote, on Nov. 3 or 4, 2020, was close.", p, "4"),
        "2020-11-04"
    );
    // A count after the date, a month without a day, a day that does not exist: no date.
    for text in [
        "On May 3 and 4 people were hurt.",
        "In May and 4 other months it rained.",
        "On Feb. 28 and 30 it rained.",
    ] {
        let found = all(text, p);
        assert!(
            found.iter().all(|(t, _, _)| t.len() > 2),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn the_march_before_a_noun_is_the_month() {
    let p = day(2021, 2, 10);
    assert_eq!(
        val("The March accession will follow the vote.", p, "March"),
        "2021-03"
    );
    assert_eq!(
        val("Voters will turn out for the May elections.", p, "May"),
        "2021-05"
    );
    // A name ("the March of Dimes"), the verb, a longer word are not months.
    for text in [
        "They met at the Mayflower Hotel.",
        "Ask the Mayor about it.",
        "He gave to the March of Dimes.",
        "They march the May Report to the printer.",
        "The troops march to the border.",
    ] {
        assert!(all(text, p).is_empty(), "{text}: {:?}", all(text, p));
    }
}

#[test]
fn the_quarter_ended_a_date_is_that_quarter() {
    let p = day(1989, 10, 30);
    // The three months ending with the named month: mostly the quarter of the month before.
    let text = "In the quarter ended July 31, the firm had 5.6 million shares.";
    assert_eq!(val(text, p, "the quarter"), "1989-Q2");
    let text = "Net rose 20% in the latest quarter ended Sept. 30.";
    assert_eq!(val(text, p, "the latest quarter"), "1989-Q3");
    let text = "For the quarter ended Dec. 31, 1988, it lost $2 million.";
    assert_eq!(val(text, p, "the quarter"), "1988-Q4");
    // A month-end still ahead is last year's: the period has ended.
    let text = "Sales fell in the quarter ended Nov. 30.";
    assert_eq!(val(text, p, "the quarter"), "1988-Q4");
    // Without an end date: the last completed quarter.
    assert_eq!(
        val("Sales fell in the quarter.", p, "the quarter"),
        "1989-Q3"
    );
}

#[test]
fn thousands_of_years_are_millennia() {
    let p = tue();
    let text = "Families kept the secret for more than two thousand years.";
    assert_eq!(val(text, p, "more than two thousand years"), "P2L");
    assert_eq!(
        val(
            "The city is 3000 years old, 1500 years by some counts.",
            p,
            "1500 years"
        ),
        "P1500Y"
    );
}

#[test]
fn the_day_before_a_date_is_one_expression() {
    let p = day(2000, 2, 24);
    let text = "The day before last Tuesday's hearing, he went home.";
    assert_eq!(
        get(text, p, "The day before last Tuesday").1.as_deref(),
        Some("2000-02-21")
    );
    let text = "Shops reopened the day after Christmas.";
    let jan = day(2021, 1, 8);
    assert_eq!(val(text, jan, "the day after Christmas"), "2020-12-26");
    let text = "Shops reopened a day after Christmas.";
    assert_eq!(val(text, jan, "Christmas"), "2020-12-25");
    // Other words before the date, or a month: unchanged.
    assert_eq!(
        val("The day was hot before Tuesday.", p, "Tuesday"),
        "2000-02-22"
    );
    assert_eq!(
        val("It was the day before January.", p, "January"),
        "2000-01"
    );
    assert_eq!(
        val("day before Tuesday", p, "day before Tuesday"),
        "2000-02-21"
    );
}

#[test]
fn new_story_rules_do_not_panic_at_edges() {
    let p = tue();
    for text in [
        "today",
        "today'",
        "today’",
        "Today’s",
        "April 24 and",
        "April 24 and 2",
        "April 24 and 25",
        "April 24 or 99",
        "Ü day before Monday",
        "day before Monday",
        "éday before Monday",
        "before Monday",
        "the quarter ended",
        "the quarter ended Sept.",
        "the quarter ended Sept. 31",
        "the quarter ended Sept. 30, 19",
        "the quarter ended Sept. 30, 1989",
        "Der Umsatz im the quarter ended März 3",
        "the March",
        "the May’s",
        "last June. that same day",
    ] {
        let _ = all(text, p);
        let _ = all(text, None);
    }
    assert_eq!(
        val("the quarter ended Sept. 30, 1989", p, "the quarter"),
        "1989-Q3"
    );
}

#[test]
fn rates_after_a_count_and_award_titles_are_not_dates() {
    let p = tue();
    // "N <plural noun> a/an <unit>" is a rate.
    for text in [
        "They hope to get 300 people an hour to fill sandbags.",
        "He ate three meals a day.",
    ] {
        assert!(all(text, p).is_empty(), "{text}: {:?}", all(text, p));
    }
    // Without a count before the noun, or with a comma between: a duration.
    assert_eq!(
        val(
            "It met the two men, a month and a half before the vote.",
            p,
            "a month and a half"
        ),
        "P1.5M"
    );
    assert_eq!(val("The wounded waited for an hour.", p, "an hour"), "PT1H");
    // An award title names no year; "in the year", "of the year's end" do.
    assert!(all("She was Time's person of the year.", p).is_empty());
    assert!(all("He was named coach of the year.", p).is_empty());
    assert_eq!(
        val("Sales rose for most of the year.", p, "the year"),
        "2020"
    );
}

#[test]
fn a_dot_may_part_hours_and_minutes_before_am_pm() {
    let p = tue();
    // British style "1.15pm", "4.30 p.m.".
    assert_eq!(
        val(
            "They were reported missing at around 1.15pm.",
            p,
            "around 1.15pm"
        ),
        "2020-11-17T13:15"
    );
    assert_eq!(
        val("Polls close at 4.30 p.m. today.", p, "4.30 p.m. today"),
        "2020-11-17T16:30"
    );
    // Without a.m./p.m., a decimal is no time.
    assert!(all("Shares rose 1.15 points.", p).is_empty());
}

#[test]
fn a_clock_time_takes_the_day_written_after_it() {
    let p = tue();
    let text =
        "On Nov. 2 the drive was announced. Food is collected starting at 8 a.m. on Nov. 14.";
    assert_eq!(val(text, p, "8 a.m."), "2020-11-14T08:00");
    // Another word between: the day last named before it.
    let text = "On Nov. 2 the drive opened at 8 a.m. and closed before Nov. 14.";
    assert_eq!(val(text, p, "8 a.m."), "2020-11-02T08:00");
}

#[test]
fn feasts_counted_from_easter() {
    let apr = day(2000, 4, 17);
    let text = "Protesters prayed as Easter week began. Shops shut on Good Friday and reopen \
                on Easter Monday; Palm Sunday drew crowds.";
    assert_eq!(val(text, apr, "Easter week"), "2000-W16");
    assert_eq!(val(text, apr, "Good Friday"), "2000-04-21");
    assert_eq!(val(text, apr, "Easter Monday"), "2000-04-24");
    assert_eq!(val(text, apr, "Palm Sunday"), "2000-04-16");
    assert_eq!(
        val(
            "Fasting starts on Ash Wednesday.",
            day(2016, 2, 1),
            "Ash Wednesday"
        ),
        "2016-02-10"
    );
    assert_eq!(
        val("Churches filled at Easter.", day(2024, 4, 2), "Easter"),
        "2024-03-31"
    );
    // A name, and a plain weekday after another capitalised word: no feast.
    assert!(all("They sailed to Easter Island.", apr).is_empty());
    assert!(all("She left on an Easter vacation.", apr).is_empty());
    assert_eq!(
        val("Good news came on Friday.", apr, "Friday"),
        "2000-04-14"
    );
}

#[test]
fn named_shopping_and_primary_days() {
    let p = day(2020, 11, 17);
    let text = "Stores expect crowds on Black Friday and sales online on Cyber Monday.";
    assert_eq!(val(text, p, "Black Friday"), "2020-11-27");
    assert_eq!(val(text, p, "Cyber Monday"), "2020-11-30");
    let text = "Twelve states vote on Super Tuesday.";
    assert_eq!(val(text, day(2016, 2, 20), "Super Tuesday"), "2016-03-01");
    // Other capitalised words before a weekday: the weekday alone.
    assert_eq!(
        val("Black voters went to the polls Friday.", p, "Friday"),
        "2020-11-13"
    );
}

#[test]
fn coming_without_an_article_is_a_verb() {
    let p = tue();
    let text = "The forecast is coming four months before the storms.";
    assert_eq!(get(text, p, "four months").1.as_deref(), Some("P4M"));
    let text = "Sales will slow in the coming four months.";
    assert_eq!(
        get(text, p, "the coming four months").1.as_deref(),
        Some("P4M")
    );
}

#[test]
fn month_names_inside_words_papers_and_past_as_adjective() {
    let p = tue();
    assert!(all("It was approved, according to Mayor Bill Euille.", p).is_empty());
    assert!(all("A series of USA TODAY Network articles ran.", p).is_empty());
    assert!(all("She read it in USA Today.", p).is_empty());
    assert!(all("It is unchanged from the past two polls.", p).is_empty());
    // The month, "today", "the past" themselves.
    assert_eq!(
        val("It was approved, according to May minutes.", p, "May"),
        "2020-05"
    );
    assert_eq!(val("Talks resume today.", p, "today"), "2020-11-17");
    assert_eq!(val("That is in the past now.", p, "the past"), "PAST_REF");
}

#[test]
fn days_and_times_are_written_as_format_writes_them() {
    for (y, m, d) in [
        (2020, 11, 9),
        (1, 1, 1),
        (999, 12, 31),
        (9999, 2, 28),
        (10000, 1, 5),
        (-44, 3, 15),
    ] {
        let day = chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a date");
        let want = format!("{y:04}-{m:02}-{d:02}");
        assert_eq!(super::fmt_day(day), want);
        for (h, mi) in [(0, 0), (9, 5), (23, 59), (123, 7)] {
            assert_eq!(
                super::fmt_time(day, h, mi),
                format!("{want}T{h:02}:{mi:02}")
            );
        }
    }
}

// ----- parts of a game; "until" a day ahead -------------------------------------------------

#[test]
fn quarters_and_halves_of_a_game_are_no_dates() {
    let p = tue();
    for s in [
        "The Hawks led 88-80 with six minutes left in the fourth quarter.",
        "Smith scored 12 of his 30 points in the second half.",
        "The visitors trailed 14-10 at the end of the first quarter.",
        "Neither side found a way through in a scoreless first half of the game.",
    ] {
        let found = all(s, p);
        assert!(
            found
                .iter()
                .all(|(t, _, _)| !t.contains("quarter") && !t.contains("half")),
            "{s:?}: {found:?}"
        );
    }
    // The count of minutes left stays a duration.
    assert_eq!(
        get(
            "The Hawks led 88-80 with six minutes left in the fourth quarter.",
            p,
            "six minutes"
        ),
        ("DURATION", Some("PT6M".to_string()))
    );
}

#[test]
fn quarters_and_halves_of_a_year_stay_dates_beside_game_like_words() {
    let p = tue();
    for (s, span, want) in [
        // Points of a rate, not of a game.
        (
            "Profit rose 5 percentage points in the fourth quarter.",
            "the fourth quarter",
            "2020-Q4",
        ),
        (
            "Prices fell 0.5 points in the third quarter.",
            "the third quarter",
            "2020-Q3",
        ),
        (
            "Her lead is down 13 points from the first quarter.",
            "the first quarter",
            "2020-Q1",
        ),
        // "lead" without a score.
        (
            "The firm expects exports to lead growth in the second half.",
            "the second half",
            "2020-H2",
        ),
        // A year named: a half of that year, whatever the game.
        (
            "He scored the winning goal in the second half of 2019.",
            "the second half of 2019",
            "2019-H2",
        ),
        // Business words win over "game".
        (
            "The game maker posted a loss in the second quarter.",
            "the second quarter",
            "2020-Q2",
        ),
        (
            "Output rose in the fourth quarter, officials said.",
            "the fourth quarter",
            "2020-Q4",
        ),
    ] {
        assert_eq!(val(s, p, span), want, "{s:?}");
    }
}

#[test]
fn until_a_day_with_a_present_or_future_verb_points_ahead() {
    let p = tue(); // Tuesday 17 November 2020: the next Friday is the 20th, the last the 13th.
    for (s, span) in [
        (
            "The border is closed until Friday morning.",
            "Friday morning",
        ),
        ("The border remains closed until Friday.", "Friday"),
        (
            "Schools stay shut until Friday morning under the order.",
            "Friday morning",
        ),
        ("Voters have until Friday to register.", "Friday"),
        (
            "Officials said the curfew would last until Friday morning.",
            "Friday morning",
        ),
        (
            "The curfew, imposed on Monday, will last until Friday morning.",
            "Friday morning",
        ),
        ("The rebels said they will withdraw by Friday.", "Friday"),
        ("He said the report would be ready by Friday.", "Friday"),
    ] {
        assert!(val(s, p, span).starts_with("2020-11-20"), "{s:?}");
    }
    // A past verb before "until" keeps it behind.
    for (s, span) in [
        ("The talks went on until Friday morning.", "Friday morning"),
        ("He stayed until Friday.", "Friday"),
        ("The border was closed until Friday.", "Friday"),
    ] {
        assert!(val(s, p, span).starts_with("2020-11-13"), "{s:?}");
    } // The end of a range goes the way its start goes.
    let s = "The season runs from March until June.";
    assert_eq!(
        (val(s, p, "March"), val(s, p, "June")),
        ("2020-03".into(), "2020-06".into())
    );
}

// ----- ranges of weekdays -------------------------------------------------------------------

/// Wednesday 18 November 2026.
fn wed() -> Option<NaiveDate> {
    day(2026, 11, 18)
}

/// The values of the two ends of a range, in order.
fn ends(text: &str, published: Option<NaiveDate>, a: &str, b: &str) -> (String, String) {
    (val(text, published, a), val(text, published, b))
}

#[test]
fn a_range_of_weekdays_runs_forward_in_the_present_and_future() {
    let p = wed();
    // A present verb of a state or schedule: the range may be under way (it ends on or after
    // the publication day).
    for s in [
        "The museum is open from Monday until Friday.",
        "The museum is open from Monday to Friday.",
        "The office is open Monday through Friday.",
        "The exhibition runs from Monday to Friday, the gallery says.",
    ] {
        assert_eq!(
            ends(s, p, "Monday", "Friday"),
            ("2026-11-16".into(), "2026-11-20".into()),
            "{s:?}"
        );
    }
    // A future cue: the range starts on or after the publication day.
    for s in [
        "The museum will be closed from Monday to Friday.",
        "Workers plan to strike from Monday until Friday.",
        "The trial is expected to run between Monday and Friday.",
    ] {
        assert_eq!(
            ends(s, p, "Monday", "Friday"),
            ("2026-11-23".into(), "2026-11-27".into()),
            "{s:?}"
        );
    }
    // Published on the start day itself: today opens it.
    let monday = day(2026, 11, 16);
    assert_eq!(
        ends(
            "The port will be shut from Monday to Thursday.",
            monday,
            "Monday",
            "Thursday"
        ),
        ("2026-11-16".into(), "2026-11-19".into())
    );
    // A range that wraps the weekend.
    assert_eq!(
        ends(
            "The fair will run from Friday to Tuesday.",
            p,
            "Friday",
            "Tuesday"
        ),
        ("2026-11-20".into(), "2026-11-24".into())
    );
}

#[test]
fn a_range_of_weekdays_in_the_past_ends_before_publication() {
    let p = wed();
    for (s, a, b, va, vb) in [
        (
            "Police arrested 40 people between Thursday and Monday.",
            "Thursday",
            "Monday",
            "2026-11-12",
            "2026-11-16",
        ),
        (
            "The plant was closed from Monday to Tuesday.",
            "Monday",
            "Tuesday",
            "2026-11-16",
            "2026-11-17",
        ),
        // The publication day itself may end it.
        (
            "Trading was halted from Monday until Wednesday.",
            "Monday",
            "Wednesday",
            "2026-11-16",
            "2026-11-18",
        ),
        (
            "The roads were shut from Saturday night to Monday morning.",
            "Saturday night",
            "Monday morning",
            "2026-11-14TNI",
            "2026-11-16TMO",
        ),
    ] {
        assert_eq!(ends(s, p, a, b), (va.into(), vb.into()), "{s:?}");
    }
    // A range from one weekday to the same one is a week long.
    let found = all("Prices rose from Monday to Monday.", p);
    assert_eq!(
        found.iter().map(|d| d.2.clone()).collect::<Vec<_>>(),
        vec![Some("2026-11-09".into()), Some("2026-11-16".into())]
    );
}

#[test]
fn a_bare_weekday_beside_a_fixed_day_keeps_the_range_ordered() {
    let p = wed();
    // In order already: kept ("Thursday" is the last one, after Nov. 2).
    assert_eq!(
        ends(
            "It bought shares from Nov. 2 to Thursday.",
            p,
            "Nov. 2",
            "Thursday"
        ),
        ("2026-11-02".into(), "2026-11-12".into())
    );
    // Backwards: the end moves to the first such weekday after the fixed start.
    assert_eq!(
        ends("Voting ran from Nov. 16 to Friday.", p, "Nov. 16", "Friday"),
        ("2026-11-16".into(), "2026-11-20".into())
    );
    // Backwards the other way: the start moves before the fixed end.
    assert_eq!(
        ends(
            "Talks will run from Monday to Nov. 20.",
            day(2026, 11, 10),
            "Monday",
            "Nov. 20"
        ),
        ("2026-11-16".into(), "2026-11-20".into())
    );
}

#[test]
fn a_clock_that_starts_a_range_takes_the_day_of_its_end() {
    let p = wed();
    assert_eq!(
        ends(
            "The dogs were taken between 2 a.m. and 4:30 a.m. Tuesday.",
            p,
            "2 a.m.",
            "4:30 a.m. Tuesday"
        ),
        ("2026-11-17T02:00".into(), "2026-11-17T04:30".into())
    );
    // Past midnight: the clock is on the day before.
    assert_eq!(
        val(
            "The bridge was closed from 10 p.m. to 5 a.m. Tuesday.",
            p,
            "10 p.m."
        ),
        "2026-11-16T22:00"
    );
    // The end settled first: both clocks and days agree.
    let s = "The library is open from 9 a.m. to 5 p.m. Monday through Friday.";
    assert_eq!(val(s, p, "9 a.m."), "2026-11-16T09:00");
    assert_eq!(val(s, p, "Friday"), "2026-11-20");
}

#[test]
fn weekdays_that_are_no_range_keep_their_own_values() {
    let p = wed();
    // A move from one day to another.
    let s = "The hearing was postponed from Monday to Friday.";
    let alone = |t: &str, w: &str| val(t, p, w);
    assert_eq!(
        ends(s, p, "Monday", "Friday"),
        (
            alone("The hearing was postponed Monday.", "Monday"),
            alone("The hearing was postponed to Friday.", "Friday")
        )
    );
    // Two days named, no range: each is the last one.
    assert_eq!(
        ends(
            "Talks were held on Monday and Friday.",
            p,
            "Monday",
            "Friday"
        ),
        ("2026-11-16".into(), "2026-11-13".into())
    );
    // "and" without "between" is no range; "to" after a verb of giving is none either when
    // the first is no day ("gave it to Friday's winner" has one date only).
    assert_eq!(all("He handed the prize to Friday's winner.", p).len(), 1);
    // Without a publication date, bare weekdays stay unresolved.
    assert_eq!(
        all("The museum is open from Monday until Friday.", None)
            .iter()
            .map(|d| d.2.clone())
            .collect::<Vec<_>>(),
        vec![None, None]
    );
    // Non-ASCII around the range: no panic, the same values.
    assert_eq!(
        ends(
            "Le musée — “ouvert” — is open from Monday to Friday…",
            p,
            "Monday",
            "Friday"
        ),
        ("2026-11-16".into(), "2026-11-20".into())
    );
}

// ----- seasons with a position word ---------------------------------------------------------

#[test]
fn early_and_late_seasons_without_an_anchor_word() {
    let nov = wed();
    for (s, span, v) in [
        // Past (no future cue): the season of this season-year, or the last one.
        (
            "Crops were planted in early summer.",
            "early summer",
            "2026-SU",
        ),
        ("Late summer brought heavy rain.", "Late summer", "2026-SU"),
        (
            "Orders rose from the low levels of the early summer.",
            "the early summer",
            "2026-SU",
        ),
        ("Fighting flared in mid-summer.", "mid-summer", "2026-SU"),
        // Ahead: a season already over this year is next year's; one to come is this year's.
        (
            "The festival will be held in early summer.",
            "early summer",
            "2027-SU",
        ),
        (
            "In early spring the park will reopen.",
            "early spring",
            "2027-SP",
        ),
        (
            "The plant will close in late winter.",
            "late winter",
            "2026-WI",
        ),
        // A year given: that year's season.
        (
            "The bridge opened in late autumn 2013.",
            "late autumn 2013",
            "2013-FA",
        ),
        (
            "It happened in early spring of 1998.",
            "early spring of 1998",
            "1998-SP",
        ),
        // "By" opening the sentence, a past verb after: behind.
        (
            "By late summer, she looked vulnerable.",
            "late summer",
            "2026-SU",
        ),
        (
            "By late spring the dam will be finished.",
            "late spring",
            "2027-SP",
        ),
    ] {
        assert_eq!(val(s, nov, span), v, "{s:?}");
    }
    // February: January and February belong to the winter that began the year before.
    let feb = day(2027, 2, 10);
    assert_eq!(
        val("Snow came in early winter.", feb, "early winter"),
        "2026-WI"
    );
    assert_eq!(
        val("Crops were planted in early summer.", feb, "early summer"),
        "2026-SU"
    );
    assert_eq!(
        val(
            "Crops will be planted in early summer.",
            feb,
            "early summer"
        ),
        "2027-SU"
    );
    // Not dates: a season that came early, a fall in prices, a season inside a name.
    for s in [
        "We had an early spring.",
        "A late fall in prices hurt.",
        "Shares showed a late fall of 3%.",
        "The team lost in latesummer drills.",
    ] {
        assert!(all(s, nov).is_empty(), "{s:?}: {:?}", all(s, nov));
    }
    // Without a publication date: found, no value; with a year, the value.
    assert_eq!(
        get("It rained in early summer.", None, "early summer"),
        ("DATE", None)
    );
    assert_eq!(
        val("It rained in early summer 2013.", None, "early summer 2013"),
        "2013-SU"
    );
}

#[test]
fn a_sentence_opening_with_by_and_a_date_reads_the_verb_after() {
    let p = wed();
    assert_eq!(
        val(
            "By Monday afternoon, the ministry had cited new figures.",
            p,
            "Monday afternoon"
        ),
        "2026-11-16TAF"
    );
    assert_eq!(
        val(
            "By Monday afternoon, the ministry will publish the figures.",
            p,
            "Monday afternoon"
        ),
        "2026-11-23TAF"
    );
    // Nothing after decides: "by" alone is ahead, as before.
    assert_eq!(val("By Monday.", p, "Monday"), "2026-11-23");
    // "by" after a past verb stays behind.
    assert_eq!(
        val("They had filed reports by Monday.", p, "Monday"),
        "2026-11-16"
    );
}

// ----- the publication week; present verbs of a schedule -------------------------------------

#[test]
fn this_weekday_is_in_the_publication_week() {
    let p = wed(); // Wednesday 18 November 2026: the week runs Monday 16 to Sunday 22.
    assert_eq!(
        val("Pre-orders open this Friday.", p, "this Friday"),
        "2026-11-20"
    );
    assert_eq!(
        val("This Monday, the firm cut 200 jobs.", p, "This Monday"),
        "2026-11-16"
    );
    // The tense moves it a week when the week's day is on the other side.
    let sun = day(2026, 11, 22);
    assert_eq!(
        val("The shop will reopen this Monday.", sun, "this Monday"),
        "2026-11-23"
    );
    let mon = day(2026, 11, 16);
    assert_eq!(
        val(
            "Police said the fire started this Saturday.",
            mon,
            "this Saturday"
        ),
        "2026-11-14"
    );
    // "last" and "next" are unchanged: strictly behind, strictly ahead.
    assert_eq!(val("It fell last Friday.", p, "last Friday"), "2026-11-13");
    assert_eq!(val("It opens next Friday.", p, "next Friday"), "2026-11-20");
}

#[test]
fn this_weekend_on_a_weekday_is_the_coming_one_unless_the_sentence_is_past() {
    let p = wed(); // the coming weekend is 21-22 November, ISO week 47.
    for s in [
        "The tournament starts this weekend.",
        "Snow is forecast across the region this weekend.",
    ] {
        assert_eq!(val(s, p, "this weekend"), "2026-W47-WE", "{s:?}");
    }
    assert_eq!(
        val(
            "Protesters marched this weekend, police said.",
            p,
            "this weekend"
        ),
        "2026-W46-WE"
    );
    // On the weekend itself, it is that weekend.
    let sat = day(2026, 11, 21);
    assert_eq!(
        val("Protesters marched this weekend.", sat, "this weekend"),
        "2026-W47-WE"
    );
}

#[test]
fn a_present_verb_of_a_schedule_points_ahead() {
    let p = wed(); // the next Monday is the 23rd, the last the 16th.
    for (s, span, v) in [
        ("The trial begins Monday.", "Monday", "2026-11-23"),
        (
            "The trial resumes on Monday in Boston.",
            "Monday",
            "2026-11-23",
        ),
        (
            "The two sides meet Monday in Geneva.",
            "Monday",
            "2026-11-23",
        ),
        (
            "The board meets Monday to approve it.",
            "Monday",
            "2026-11-23",
        ),
        (
            "The team hosts the champions on Monday.",
            "Monday",
            "2026-11-23",
        ),
        ("The law takes effect on Jan. 1.", "Jan. 1", "2027-01-01"),
        ("Polls open at 7 a.m. on Monday.", "Monday", "2026-11-23"),
        ("Markets close early on Monday.", "Monday", "2026-11-23"),
        // A month day otherwise read as last year's.
        (
            "The fiscal year, which ends Sept. 30, looks weak.",
            "Sept. 30",
            "2027-09-30",
        ),
    ] {
        assert_eq!(val(s, p, span), v, "{s:?}");
    }
    // Must not fire: the word is a noun after a determiner or number, an infinitive, an
    // adjective, or a past verb comes first. The last Monday stays.
    for s in [
        "The meets on Monday drew crowds.",
        "He struggled to meet demand on Monday.",
        "Two starts on Monday were delayed.",
        "The border remained open on Monday.",
        "The border remains open on Monday.",
        "He came close on Monday.",
        "The cold open on Monday was funny.",
        "The season, which begins in March, was cut on Monday.",
    ] {
        assert_eq!(val(s, p, "Monday"), "2026-11-16", "{s:?}");
    }
}

// ----- found reading news as a user ----------------------------------------------------------

#[test]
fn since_a_month_is_behind_even_when_the_month_is_near() {
    let p = wed(); // November 2026: December and January would otherwise be ahead.
    assert_eq!(
        val("Its shares have doubled since January.", p, "January"),
        "2026-01"
    );
    assert_eq!(
        val("Prices have risen since Dec. 3.", p, "Dec. 3"),
        "2025-12-03"
    );
    assert_eq!(
        val("Prices have risen since Nov. 3.", p, "Nov. 3"),
        "2026-11-03"
    );
    // Without "since", the near months stay ahead.
    assert_eq!(val("The show opens in January.", p, "January"), "2027-01");
    assert_eq!(val("Talks resume Dec. 3.", p, "Dec. 3"), "2026-12-03");
}

#[test]
fn last_as_a_verb_before_a_duration_is_not_part_of_it() {
    let p = wed();
    for (s, span, v) in [
        (
            "The union said the action would last 24 hours.",
            "24 hours",
            "P1D",
        ),
        ("The storm is expected to last two days.", "two days", "P2D"),
        ("The truce did not last two weeks.", "two weeks", "P2W"),
        // The adjective stays: "the last 24 hours", "the last two weeks".
        (
            "Prices rose in the last 24 hours.",
            "the last 24 hours",
            "P1D",
        ),
        (
            "It rained for the last two weeks.",
            "the last two weeks",
            "P2W",
        ),
    ] {
        assert_eq!(get(s, p, span), ("DURATION", Some(v.to_string())), "{s:?}");
    }
}

#[test]
fn the_present_placing_an_event_at_a_date_is_ahead() {
    let p = wed();
    assert_eq!(val("Its annual meeting is in May.", p, "May"), "2027-05");
    assert_eq!(val("The deadline is Friday.", p, "Friday"), "2026-11-20");
    assert_eq!(val("The vote is on Tuesday.", p, "Tuesday"), "2026-11-24");
    // Must not fire: a figure for a month, a past copula.
    assert_eq!(val("Inflation is 3% in May.", p, "May"), "2026-05");
    assert_eq!(val("The vote was on Tuesday.", p, "Tuesday"), "2026-11-17");
}

#[test]
fn a_position_in_this_decade_or_century() {
    let p = wed();
    assert_eq!(
        val(
            "It will fall to 1.5% by the end of the decade.",
            p,
            "the end of the decade"
        ),
        "202"
    );
    assert_eq!(
        val(
            "Early in the century, cars were rare.",
            p,
            "Early in the century"
        ),
        "20"
    );
    // "the decade" alone is no date.
    assert!(all("The decade was hard.", p).is_empty());
}

#[test]
fn a_day_range_with_a_hyphen_dates_both_days() {
    let p = wed();
    let found = all("The Fed meets again on Dec. 15-16 in Washington.", p);
    assert_eq!(
        found,
        vec![
            ("Dec. 15".into(), "DATE", Some("2026-12-15".into())),
            ("16".into(), "DATE", Some("2026-12-16".into()))
        ]
    );
    assert_eq!(
        val("It is planned for May 13\u{2013}15.", p, "15"),
        "2027-05-15"
    );
    // Must not fire: a larger number, a day that does not come later, a decimal.
    for s in [
        "The vote was on Nov. 3-1,000.",
        "Dec. 15-14 is odd.",
        "Nov. 16-17.5 is odd.",
    ] {
        assert!(
            all(s, p)
                .iter()
                .all(|d| d.0.contains("Nov") || d.0.contains("Dec"))
                || all(s, p).is_empty(),
            "{s:?}: {:?}",
            all(s, p)
        );
        assert!(all(s, p).len() <= 1, "{s:?}: {:?}", all(s, p));
    }
}

#[test]
fn a_clock_takes_the_day_after_a_time_zone_and_on() {
    let p = wed();
    for s in [
        "Sales begin at 9 a.m. ET on Friday.",
        "Sales begin at 9 a.m. GMT on Friday.",
        "Sales begin at 9 a.m. on Friday.",
    ] {
        assert_eq!(val(s, p, "9 a.m."), "2026-11-20T09:00", "{s:?}");
    }
    // A word between: the day is not the clock's.
    assert_eq!(
        val("Sales began at 9 a.m. and ended Friday.", p, "9 a.m."),
        "2026-11-18T09:00"
    );
}

#[test]
fn likely_before_a_date_or_an_infinitive_is_ahead() {
    let p = wed();
    assert_eq!(
        val(
            "The court will hear the case, with arguments likely in February.",
            p,
            "February"
        ),
        "2027-02"
    );
    assert_eq!(
        val("He is likely to appear in court Monday.", p, "Monday"),
        "2026-11-23"
    );
    // Must not fire: a past copula before it; an adjective before a noun.
    assert_eq!(
        val("The attack was likely in February.", p, "February"),
        "2026-02"
    );
    assert_eq!(
        val("The poll of likely voters was taken Monday.", p, "Monday"),
        "2026-11-16"
    );
    assert_eq!(
        val(
            "A poll of 500 likely voters between Monday and Tuesday.",
            p,
            "Monday"
        ),
        "2026-11-16"
    );
}

#[test]
fn the_following_week_counts_from_the_date_last_written() {
    let p = wed();
    assert_eq!(
        val(
            "Jury selection begins Jan. 11, with opening statements expected the following week.",
            p,
            "the following week"
        ),
        "2027-W03"
    );
    assert_eq!(
        val(
            "It rose on March 3 and fell the previous week.",
            p,
            "the previous week"
        ),
        "2026-W09"
    );
    // With no day written before, the publication week's neighbour; "the next week" is left
    // as it was (a span ahead of now).
    assert_eq!(
        val("The following week, it rained.", p, "The following week"),
        "2026-W48"
    );
    assert_eq!(
        val(
            "Prices rose on March 3. In the next week, prices will rise.",
            p,
            "the next week"
        ),
        "2026-W48"
    );
}

#[test]
fn a_quarter_written_short_is_a_quarter() {
    let p = wed(); // the fourth quarter of 2026
    assert_eq!(
        val("Sales rose in Q3, and Q4 will be weaker.", p, "Q3"),
        "2026-Q3"
    );
    assert_eq!(
        val("Sales rose in Q3, and Q4 will be weaker.", p, "Q4"),
        "2026-Q4"
    );
    assert_eq!(
        val("Apple's Q1 2027 revenue will rise.", p, "Q1 2027"),
        "2027-Q1"
    );
    assert_eq!(val("Q2 profit fell.", p, "Q2"), "2026-Q2");
    // A later quarter with no future cue is last year's.
    assert_eq!(val("Profit fell in Q4.", day(2026, 5, 1), "Q4"), "2025-Q4");
    // Must not fire: a product name, a part of a game, other capital Qs, a longer word.
    for s in [
        "The Audi Q3 sold well.",
        "He scored in Q4 as the Lakers led 88-80.",
        "Iraq and Qatar met in a Q&A.",
        "The Q5 model and Q35 are cars.",
    ] {
        assert!(all(s, p).is_empty(), "{s:?}: {:?}", all(s, p));
    }
}

#[test]
fn a_fortnight_is_two_weeks() {
    let p = wed();
    assert_eq!(
        get("A fortnight ago, it snowed.", p, "A fortnight ago"),
        ("DATE", Some("2026-W45".into()))
    );
    assert_eq!(
        get("Talks will resume in a fortnight.", p, "a fortnight"),
        ("DURATION", Some("P2W".into()))
    );
    assert_eq!(
        get("Two fortnights passed.", p, "Two fortnights"),
        ("DURATION", Some("P4W".into()))
    );
    // "last" before an article is the verb.
    assert_eq!(
        get("The talks last a fortnight.", p, "a fortnight"),
        ("DURATION", Some("P2W".into()))
    );
    assert_eq!(
        get("The storms last a week.", p, "a week"),
        ("DURATION", Some("P1W".into()))
    );
    // A fortnight without a count is no duration.
    assert!(all("It was the worst fortnight.", p).is_empty());
}

#[test]
fn the_morning_of_a_day_is_that_days_morning() {
    let p = wed();
    assert_eq!(
        get(
            "It happened on the morning of Nov. 3.",
            p,
            "the morning of Nov. 3"
        ),
        ("DATE", Some("2026-11-03TMO".into()))
    );
    assert_eq!(
        val(
            "It was the morning of Nov. 3, 2025.",
            p,
            "the morning of Nov. 3, 2025"
        ),
        "2025-11-03TMO"
    );
    // Alone, or of something that is no day: the publication day's morning.
    assert_eq!(
        val("The morning was calm.", p, "The morning"),
        "2026-11-18TMO"
    );
    assert_eq!(
        val("The morning of the vote was calm.", p, "The morning"),
        "2026-11-18TMO"
    );
    // A month is no day: two expressions.
    assert_eq!(all("The morning of November was cold.", p).len(), 2);
}

#[test]
fn to_a_place_after_a_verb_of_motion_is_no_future_cue() {
    let p = wed(); // the last Monday is the 16th, the next the 23rd.
    for s in [
        "He was taken to hospital on Monday.",
        "She returned to work on Monday.",
        "They went to court on Monday.",
        "Shares rose to records on Monday.",
    ] {
        assert_eq!(val(s, p, "Monday"), "2026-11-16", "{s:?}");
    }
    // "to" + a verb stays a future cue.
    for s in [
        "They agreed to meet on Monday.",
        "He is set to resume on Monday.",
        "He is due to appear in court on Monday.",
    ] {
        assert_eq!(val(s, p, "Monday"), "2026-11-23", "{s:?}");
    }
}

#[test]
fn a_time_set_for_a_date_and_fixtures_are_ahead() {
    let p = wed();
    assert_eq!(
        val(
            "The judge set the trial for the week of Feb. 8.",
            p,
            "the week of Feb. 8"
        ),
        "2027-W06"
    );
    assert_eq!(
        val("The primaries are set for Aug. 30.", p, "Aug. 30"),
        "2027-08-30"
    );
    assert_eq!(
        val("United visit Leeds on Saturday.", p, "Saturday"),
        "2026-11-21"
    );
    assert_eq!(
        val("The teams play on Saturday.", p, "Saturday"),
        "2026-11-21"
    );
    // Must not fire: a noun after a possessive or a lower-case adjective, a name.
    for s in [
        "The minister's visit on Saturday was short.",
        "The state visit on Saturday was short.",
        "He told Face the Nation on Saturday he was sure.",
    ] {
        assert_eq!(val(s, p, "Saturday"), "2026-11-14", "{s:?}");
    }
}

#[test]
fn a_count_from_now_or_from_a_day_is_the_date_that_far_ahead() {
    let p = wed();
    for (s, span, v) in [
        (
            "Two years from now, it opens.",
            "Two years from now",
            "2028",
        ),
        (
            "Five months from now, the vote.",
            "Five months from now",
            "2027-04",
        ),
        (
            "Six weeks from now prices will fall.",
            "Six weeks from now",
            "2026-W53",
        ),
        (
            "The report is due a week from today.",
            "a week from today",
            "2026-11-25",
        ),
    ] {
        assert_eq!(get(s, p, span), ("DATE", Some(v.to_string())), "{s:?}");
    }
    // Must not fire: the start of a range; a count not followed by "from".
    let found = all("Prices rose three days from Monday to Thursday.", p);
    assert_eq!(
        found[0],
        ("three days".into(), "DURATION", Some("P3D".into()))
    );
    assert_eq!(found.len(), 3);
    // Without a publication date, "from now" has no value but is one expression.
    assert_eq!(
        get("Two years from now, it opens.", None, "Two years from now"),
        ("DATE", None)
    );
}

#[test]
fn a_past_verb_right_before_in_puts_a_near_month_behind() {
    let p = wed(); // November 2026: December and January would otherwise be ahead.
    assert_eq!(
        val(
            "The outbreak began in late January in a rural county.",
            p,
            "late January"
        ),
        "2026-01"
    );
    assert_eq!(
        val(
            "Wilson, who took office in January, made it his priority.",
            p,
            "January"
        ),
        "2026-01"
    );
    assert_eq!(
        val("The plant closed in December after a fire.", p, "December"),
        "2025-12"
    );
    // Must not fire: a future, a passive of what is expected, what is scheduled, or no verb
    // before "in".
    assert_eq!(
        val("A vote scheduled in January will settle it.", p, "January"),
        "2027-01"
    );
    assert_eq!(
        val("The plant will reopen in January.", p, "January"),
        "2027-01"
    );
    assert_eq!(
        val("A decision is expected in January.", p, "January"),
        "2027-01"
    );
    assert_eq!(
        val("Talks in December could settle it.", p, "December"),
        "2026-12"
    );
}

#[test]
fn every_past_verb_of_the_tense_cues_puts_a_near_month_behind() {
    let p = wed(); // November 2026.
                   // Irregular pasts and auxiliaries the tense cues know ("said", "wrote", "was").
    assert_eq!(
        val(
            "The fund is nearly empty, the treasurer said in December.",
            p,
            "December"
        ),
        "2025-12"
    );
    assert_eq!(
        val("It was in January that the roof gave way.", p, "January"),
        "2026-01"
    );
    assert_eq!(
        val(
            "A columnist wrote in late December that the club was for sale.",
            p,
            "late December"
        ),
        "2025-12"
    );
    // An "-ed" verb right before "in" after a relative "that".
    assert_eq!(
        val(
            "The fire that started in December burned for weeks.",
            p,
            "December"
        ),
        "2025-12"
    );
    // Must not fire: an adjective after "the" with a noun between, the present "says",
    // "last" as a verb of what is to come.
    assert_eq!(
        val(
            "The postponed vote in January will decide it.",
            p,
            "January"
        ),
        "2027-01"
    );
    assert_eq!(
        val(
            "The mayor says in December the market will open.",
            p,
            "December"
        ),
        "2026-12"
    );
    assert_eq!(
        val("The cold may last in January too.", p, "January"),
        "2027-01"
    );
}

#[test]
fn overnight_before_a_noun_is_no_time() {
    let p = wed();
    let t = "The bank held its key overnight rate at 5% on Wednesday.";
    assert!(
        all(t, p).iter().all(|(s, _, _)| s != "overnight"),
        "{:?}",
        all(t, p)
    );
    let t = "It was an overnight success.";
    assert!(all(t, p).is_empty(), "{:?}", all(t, p));
    // Must not fire: overnight as the time of what happened.
    let t = "Shares fell overnight in Asia.";
    assert_eq!(get(t, p, "overnight").0, "TIME");
}

// ----- session 12 ---------------------------------------------------------------------------

#[test]
fn due_after_was_or_were_is_past() {
    let p = tue();
    // What was owed is behind: this month's 5th, last month's 25th, last Friday.
    assert_eq!(
        val(
            "The loan instalments were due on the 5th, the bank said.",
            p,
            "the 5th"
        ),
        "2020-11-05"
    );
    assert_eq!(
        val("The school fees were due on the 25th.", p, "the 25th"),
        "2020-10-25"
    );
    assert_eq!(
        val("The tax form was due Friday.", p, "Friday"),
        "2020-11-13"
    );
    // Must not fire: "is due", "are due", "were expected" stay ahead.
    assert_eq!(
        val("The next instalment is due on the 5th.", p, "the 5th"),
        "2020-12-05"
    );
    assert_eq!(
        val("The tax forms are due Friday.", p, "Friday"),
        "2020-11-20"
    );
    assert_eq!(
        val("Senators were expected to vote Friday.", p, "Friday"),
        "2020-11-20"
    );
}

#[test]
fn day_of_a_named_month() {
    let p = tue();
    assert_eq!(
        val(
            "The ballot is set for the 21st of this month.",
            p,
            "the 21st of this month"
        ),
        "2020-11-21"
    );
    assert_eq!(
        val(
            "The ballot is set for the 2nd of next month.",
            p,
            "the 2nd of next month"
        ),
        "2020-12-02"
    );
    assert_eq!(
        val(
            "The ballot took place on the 9th of last month.",
            p,
            "the 9th of last month"
        ),
        "2020-10-09"
    );
    // Must not fire: an ordinal of something else, or a day that does not exist.
    assert_eq!(
        all("The 21st of the month's runners finished.", p).len(),
        all("The runners of the month finished.", p).len()
    );
    assert_eq!(
        val("It ends on the 31st of this month.", p, "this month"),
        "2020-11"
    );
    assert_eq!(
        val("She was the 3rd of this month's winners.", p, "this month"),
        "2020-11"
    );
}

#[test]
fn half_of_a_year_named_by_anchor() {
    let p = tue();
    assert_eq!(
        val(
            "Sales rose in the first half of the year.",
            p,
            "the first half of the year"
        ),
        "2020-H1"
    );
    assert_eq!(
        val(
            "Sales fell in the second half of last year.",
            p,
            "the second half of last year"
        ),
        "2019-H2"
    );
    // Must not fire: other positions keep the year.
    assert_eq!(
        val(
            "Sales fell at the end of last year.",
            p,
            "the end of last year"
        ),
        "2019"
    );
}

#[test]
fn bare_season_after_a_preposition() {
    let p = tue();
    assert_eq!(
        val("The fair ran from spring to September.", p, "spring"),
        "2020-SP"
    );
    assert_eq!(
        val("The mine will reopen by summer.", p, "summer"),
        "2021-SU"
    );
    assert_eq!(
        val("In winter, the pass was closed to lorries.", p, "winter"),
        "2019-WI"
    );
    // Must not fire: a season that qualifies a noun, "fall", no preposition.
    for text in [
        "He played in spring training with the club.",
        "Crews worked through summer heat waves.",
        "Prices continued to fall in November.",
        "Winter storms closed the pass.",
        "Investors spring into action.",
    ] {
        assert!(
            all(text, p)
                .iter()
                .all(|(_, _, v)| !v.as_deref().is_some_and(|v| v.ends_with("SP")
                    || v.ends_with("SU")
                    || v.ends_with("WI")
                    || v.ends_with("FA"))),
            "{text:?} gave {:?}",
            all(text, p)
        );
    }
}

#[test]
fn decades_with_a_typographic_apostrophe() {
    let p = tue();
    assert_eq!(val("The show aired in the ’80s.", p, "the ’80s"), "198");
    assert_eq!(val("Rents rose in the 1970’s.", p, "the 1970’s"), "197");
    // Must not fire: a number after a closing quote is no decade.
    assert!(all("He said ‘no’ 40 times.", p).is_empty());
}

#[test]
fn nine_eleven_is_the_day_of_the_2001_attacks() {
    let p = tue();
    assert_eq!(
        val("Since 9/11, airports have changed.", p, "9/11"),
        "2001-09-11"
    );
    assert_eq!(
        val("The 9/11 commission met again.", p, "9/11"),
        "2001-09-11"
    );
    // Must not fire: other fractions, a longer number, a full date.
    assert!(all("The board voted 19/11 in favour.", p).is_empty());
    assert!(all("The ratio was 9/11.5 overall.", p).is_empty());
    assert_eq!(
        val("The deal was signed on 9/11/2019.", p, "9/11/2019"),
        "2019-09-11"
    );
}

#[test]
fn one_day_between_a_modal_and_its_verb_is_some_day() {
    let p = tue();
    for (text, span) in [
        ("She hopes to one day run for office.", "one day"),
        ("He will one day lead the party.", "one day"),
        ("They hope he one day returns home.", "one day"),
    ] {
        assert_eq!(
            get(text, p, span),
            ("DATE", Some("FUTURE_REF".into())),
            "{text:?}"
        );
    }
    // Must not fire: a day counted.
    assert_eq!(
        get("The strike lasted one day.", p, "one day"),
        ("DURATION", Some("P1D".into()))
    );
    assert_eq!(
        get("Visits were limited to one day a week.", p, "one day").0,
        "DURATION"
    );
    assert_eq!(
        get("The crew will need one day to finish.", p, "one day").0,
        "DURATION"
    );
}

#[test]
fn today_and_tomorrow_in_titles_and_generic_phrases() {
    let p = tue();
    for text in [
        "He spoke to VOA Today about the vote.",
        "She told NBC's Today show that she would run.",
        "He told the Today programme that he would run.",
        "She joked about it on The Tonight Show.",
        "The cities of tomorrow will need water.",
    ] {
        assert!(all(text, p).is_empty(), "{text:?} gave {:?}", all(text, p));
    }
    // Must not fire: the day itself.
    assert_eq!(
        val(
            "Talks opened in the EU. Today, leaders meet again.",
            p,
            "Today"
        ),
        "2020-11-17"
    );
    assert_eq!(
        val("The rules apply as of tomorrow.", p, "tomorrow"),
        "2020-11-18"
    );
    assert_eq!(
        val("Polls close at the end of tomorrow.", p, "tomorrow"),
        "2020-11-18"
    );
    assert_eq!(
        val("Leaders of the EU meet today.", p, "today"),
        "2020-11-17"
    );
}

#[test]
fn amounts_and_identifiers_are_not_years() {
    let p = tue();
    for text in [
        "Tickets cost 2020 rupees at the gate.",
        "The ferry left from Pier 1990 at dawn.",
        "The fire started in Apartment 2015.",
    ] {
        assert!(all(text, p).is_empty(), "{text:?} gave {:?}", all(text, p));
    }
    // Must not fire: a year before a noun that is no unit.
    assert_eq!(val("The 2019 budget was cut.", p, "2019"), "2019");
}

#[test]
fn fiscal_year_before_a_year_is_in_the_span() {
    let p = tue();
    assert_eq!(
        get("Growth slowed in fiscal year 2019.", p, "fiscal year 2019"),
        ("DATE", Some("2019".into()))
    );
    // Must not fire: "year" after the number is not taken ("2019 fiscal year" keeps "2019").
    assert_eq!(val("Its 2019 fiscal year ended.", p, "2019"), "2019");
}

#[test]
fn a_state_the_present_puts_at_a_weekday_is_ahead() {
    let p = tue();
    assert_eq!(
        val(
            "The bourse is closed on Thursday for the holiday.",
            p,
            "Thursday"
        ),
        "2020-11-19"
    );
    assert_eq!(
        val("The consulate is shut Friday.", p, "Friday"),
        "2020-11-20"
    );
    // Must not fire: a past verb, or a participle of a past event.
    assert_eq!(
        val("The bourse was closed on Thursday.", p, "Thursday"),
        "2020-11-12"
    );
    assert_eq!(
        val("He is believed to have fled on Thursday.", p, "Thursday"),
        "2020-11-12"
    );
}

#[test]
fn a_holiday_with_a_year_after_it() {
    let p = tue();
    assert_eq!(
        val("Sales jumped before Christmas last year.", p, "Christmas"),
        "2019-12-25"
    );
    assert_eq!(
        val("Sales jumped at Easter this year.", p, "Easter"),
        "2020-04-12"
    );
    // Must not fire: no year after it (the closest such day).
    assert_eq!(
        val("Sales will jump before Christmas.", p, "Christmas"),
        "2020-12-25"
    );
}

#[test]
fn a_day_of_the_month_after_other_prepositions() {
    let p = tue();
    assert_eq!(
        val("The hearing was adjourned until the 28th.", p, "the 28th"),
        "2020-11-28"
    );
    assert_eq!(
        val("The hearing is set for the 3rd.", p, "the 3rd"),
        "2020-12-03"
    );
    assert_eq!(
        val("Taxes must be paid by the 30th.", p, "the 30th"),
        "2020-11-30"
    );
    // Must not fire: a rank, a noun after the ordinal, no preposition.
    for text in [
        "The club climbed to the 3rd in the table.",
        "They qualified for the 2nd round.",
        "The 5th was a tough stage.",
        "Serfdom lasted from the 16th to 18th centuries.",
    ] {
        assert!(all(text, p).is_empty(), "{text:?} gave {:?}", all(text, p));
    }
}
