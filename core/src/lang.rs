//! Language identification (ISO 639-1).
//!
//! English text, what newsfacts is for, is recognised by a fast path: the share of very common
//! English function words among the first words. Anything else goes to `whatlang` (trigram
//! models, about 1-2 MB/s, too slow to run on every article).

/// How much of the text the detector reads, in bytes.
const SAMPLE_BYTES: usize = 1024;

/// Function words frequent in any English prose and rare as words of other languages.
const ENGLISH_FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "on", "was", "with", "he",
    "as", "at", "by", "said", "his", "from", "they", "be", "this", "have", "an", "are", "has",
    "were", "not", "but", "had", "which", "will", "their", "been", "who", "would", "she",
];

/// True when at least a sixth of the first words (of at least 8) are English function words.
fn looks_english(sample: &str) -> bool {
    let mut words = 0usize;
    let mut hits = 0usize;
    for w in sample
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(200)
    {
        words += 1;
        if w.len() <= 5
            && ENGLISH_FUNCTION_WORDS
                .iter()
                .any(|f| f.eq_ignore_ascii_case(w))
        {
            hits += 1;
        }
    }
    words >= 8 && hits * 6 >= words
}

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
    if looks_english(sample) {
        return "en".to_string();
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
