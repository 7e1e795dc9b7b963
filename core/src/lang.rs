//! Language identification (ISO 639-1), with `whatlang` on the start of the text.

/// How much of the text the detector reads, in bytes (it is linear but not free).
const SAMPLE_BYTES: usize = 2048;

/// ISO 639-1 code of the text's language; "en" when the text is too short or unclear to tell,
/// since English is what newsfacts is built for; "und" for text with no letters.
pub fn detect(text: &str) -> String {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    if !sample.chars().any(char::is_alphabetic) {
        return "und".to_string();
    }
    match whatlang::detect(sample) {
        Some(info) if info.is_reliable() => isolang::Language::from_639_3(info.lang().code())
            .and_then(|l| l.to_639_1())
            .unwrap_or("und")
            .to_string(),
        _ => "en".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_others() {
        assert_eq!(detect("The minister said on Tuesday that the talks would resume next week in the capital."), "en");
        assert_eq!(detect("Le ministre a déclaré mardi que les négociations reprendraient la semaine prochaine."), "fr");
        assert_eq!(detect("Der Minister sagte am Dienstag, dass die Gespräche nächste Woche fortgesetzt werden."), "de");
        assert_eq!(detect("1234 5678"), "und");
        assert_eq!(detect(""), "und");
    }
}
