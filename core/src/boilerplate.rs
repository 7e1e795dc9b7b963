//! Boilerplate: lines that are not part of the article (share buttons, "Read more",
//! "Advertisement", subscription prompts, links to other stories), standalone or trailing.

use std::sync::OnceLock;

use regex::Regex;

use crate::facts::Span;

/// Longest line that can be boilerplate, in bytes.
const MAX_LINE_BYTES: usize = 160;

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?xi)^(?:
                share (?:\s+(?:it|this(?:\s+(?:article|story|page))?|on\s+\w+))? \s*(?:\.\.\.|…|:)?
              | (?:read|see|show)\s+more\b.*
              | (?:related|recommended|more\s+from|most\s+read|also\s+read|read\s+also|watch)
                (?:\s*:.{0,120}|\s+(?:stories|articles|news|content|coverage)\s*:?)
              | advertisement | sponsored(?:\s+content)? | ad
              | (?:click|tap)\s+here\b.*
              | (?:subscribe|sign\s+up|log\s*in|register)\b.*
              | follow\s+us\b.* | like\s+us\s+on\b.*
              | (?:copyright|©|\(c\))\s.* | all\s+rights\s+reserved\.?
              | (?:tweet|email|print|comments?|facebook|twitter|whatsapp|linkedin|pinterest)
                (?:\s*[|/·•,]\s*(?:tweet|email|print|comments?|facebook|twitter|whatsapp|linkedin|pinterest))*
              | (?:photo|image|video)\s*:\s*.{0,80}
              | \d+\s+comments?
            )\s*$",
        )
        .expect("boilerplate pattern")
    })
}

/// A byline: two to four capitalised names after "By" (and a second author after "and"), an
/// optional short description after a comma or bar, no full stop: "By Jane Porter, City Hall
/// Reporter", "By Jo Lee and Ann Roe".
fn byline() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?x)^(?i:by) \s+
              (\p{Lu}[\p{L}.\x27’-]* (?:\s+\p{Lu}[\p{L}.\x27’-]*){1,3})
              (?: \s+ (?:and|&) \s+ (\p{Lu}[\p{L}.\x27’-]* (?:\s+\p{Lu}[\p{L}.\x27’-]*){1,3}) )?
              (?: \s*[,|/]\s* [^,.!?;:]{1,60} )? \s*$",
        )
        .expect("byline pattern")
    })
}

/// Is `line` a byline? Its names hold no function word ("By Land And Sea, Refugees Flee" is a
/// headline).
fn is_byline(line: &str) -> bool {
    byline().captures(line).is_some_and(|c| {
        c.iter().skip(1).flatten().all(|names| {
            names.as_str().split_whitespace().all(|w| {
                !matches!(
                    w.to_ascii_lowercase().as_str(),
                    "and" | "the" | "of" | "in" | "on" | "at" | "for" | "to" | "a" | "an" | "with"
                )
            })
        })
    })
}

/// Whether one line (without its newline) reads as boilerplate.
pub fn is_boilerplate_line(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && t.len() <= MAX_LINE_BYTES && (pattern().is_match(t) || is_byline(t))
}

/// The boilerplate lines of `text` (trimmed spans), in text order.
pub fn detect(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if is_boilerplate_line(body) {
            let lead = body.len() - body.trim_start().len();
            let start = pos + lead;
            out.push(Span::new(start, start + body.trim().len()));
        }
        pos += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        detect(text).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn trailing_share_line_without_newline() {
        let text = "Body of the story.\n\nShare it...";
        assert_eq!(texts(text), vec!["Share it..."]);
    }

    #[test]
    fn standalone_lines() {
        let text = "First paragraph.\n\nAdvertisement\n\nSecond paragraph.\nRead more: Why rates rose\n  Subscribe to our newsletter  \n";
        assert_eq!(
            texts(text),
            vec![
                "Advertisement",
                "Read more: Why rates rose",
                "Subscribe to our newsletter"
            ]
        );
    }

    #[test]
    fn social_button_rows() {
        assert!(is_boilerplate_line("Facebook | Twitter | Email"));
        assert!(is_boilerplate_line("Share this article"));
        assert!(is_boilerplate_line("Share on Facebook"));
    }

    #[test]
    fn sentences_are_not_boilerplate() {
        assert!(!is_boilerplate_line(
            "Shares in the company fell 5% on Monday."
        ));
        assert!(!is_boilerplate_line(
            "He said he would read more reports before deciding."
        ));
        assert!(!is_boilerplate_line(
            "Advertisements for the new drug were banned."
        ));
        assert!(!is_boilerplate_line(""));
        assert!(detect("Share prices rose.\nThe share it had sold was small.").is_empty());
    }

    #[test]
    fn bylines_are_boilerplate_and_sentences_opening_with_by_are_not() {
        assert!(is_boilerplate_line("By Jane Porter, City Hall Reporter"));
        assert!(is_boilerplate_line("By JANE PORTER"));
        assert!(is_boilerplate_line("By Jo Lee and Ann Marie Roe"));
        assert!(is_boilerplate_line("By Jo Lee | Reuters"));
        // Must not fire: a sentence or a headline opening with "By".
        assert!(!is_boilerplate_line("By Tuesday, the group had left."));
        assert!(!is_boilerplate_line(
            "By Late Tuesday, officials had counted 30 votes."
        ));
        assert!(!is_boilerplate_line("By the end of the year, prices rose"));
        assert!(!is_boilerplate_line("By Friday"));
        assert!(!is_boilerplate_line("By Land And Sea, Refugees Flee"));
        assert!(!is_boilerplate_line("By The Numbers"));
    }

    #[test]
    fn long_lines_are_never_boilerplate() {
        let line = format!("Read more {}", "x ".repeat(200));
        assert!(!is_boilerplate_line(&line));
    }
}
