//! Byte offsets (what Rust slices) to code-point offsets (what Python indexes).
//!
//! Built once per article: ASCII text needs no table at all; other text gets a prefix table with
//! one entry per byte, so every conversion is O(1).

/// Converts UTF-8 byte offsets of one text into code-point offsets.
pub struct CharIndex {
    /// `None` when the text is ASCII (byte offset == code-point offset).
    table: Option<Vec<u32>>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return CharIndex { table: None };
        }
        // table[i] = number of code points that start before byte i.
        let mut table = Vec::with_capacity(text.len() + 1);
        let mut chars = 0u32;
        for b in text.bytes() {
            table.push(chars);
            if (b & 0xC0) != 0x80 {
                chars += 1;
            }
        }
        table.push(chars);
        CharIndex { table: Some(table) }
    }

    /// The code-point offset of byte offset `byte` (which must be a char boundary or `len`).
    #[inline]
    pub fn char_offset(&self, byte: usize) -> usize {
        match &self.table {
            None => byte,
            Some(t) => t[byte] as usize,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) {
        let idx = CharIndex::new(text);
        let chars: Vec<char> = text.chars().collect();
        for (b, _) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            let c = idx.char_offset(b);
            let expected = text[..b].chars().count();
            assert_eq!(c, expected, "byte {b} of {text:?}");
            assert!(c <= chars.len());
        }
    }

    #[test]
    fn ascii_is_identity() {
        let idx = CharIndex::new("plain text");
        assert_eq!(idx.char_offset(0), 0);
        assert_eq!(idx.char_offset(10), 10);
    }

    #[test]
    fn multibyte_offsets() {
        check("“Quote,” he said — café 🎉 in Zürich.");
        check("é");
        check("🎉a🎉");
        check("Ἀθῆναι and 東京 and عربي");
        check("");
    }

    #[test]
    fn span_of_non_ascii_word() {
        let text = "Van Rompuy’s “confusion” in Zürich";
        let idx = CharIndex::new(text);
        let b = text.find("Zürich").unwrap();
        let s = idx.char_offset(b);
        let e = idx.char_offset(b + "Zürich".len());
        let chars: String = text.chars().skip(s).take(e - s).collect();
        assert_eq!(chars, "Zürich");
    }
}
