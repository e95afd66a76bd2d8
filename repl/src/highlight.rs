//! Colours for the REPL's input line: keywords, strings, numbers, comments (ANSI escapes).

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
    "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

pub fn keywords() -> &'static [&'static str] {
    KEYWORDS
}

const KEYWORD: &str = "\x1b[1;35m";
const STRING: &str = "\x1b[32m";
const NUMBER: &str = "\x1b[36m";
const COMMENT: &str = "\x1b[2;37m";
const RESET: &str = "\x1b[0m";

/// The line with colour escapes around its tokens. Strings left open run to the end of line.
pub fn highlight(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 32);
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c == '#' {
            out.push_str(COMMENT);
            out.push_str(&line[start..]);
            out.push_str(RESET);
            return out;
        }
        if c == '"' || c == '\'' {
            let triple = line[start..].starts_with(&format!("{c}{c}{c}"));
            let quote_len = if triple { 3 } else { 1 };
            let mut j = i + quote_len;
            let mut end = line.len();
            while j < chars.len() {
                let (pos, d) = chars[j];
                if d == '\\' {
                    j += 2;
                    continue;
                }
                if d == c && (!triple || line[pos..].starts_with(&format!("{c}{c}{c}"))) {
                    end = pos + quote_len;
                    break;
                }
                j += 1;
            }
            out.push_str(STRING);
            out.push_str(&line[start..end]);
            out.push_str(RESET);
            i = chars.iter().position(|&(p, _)| p >= end).unwrap_or(chars.len());
            continue;
        }
        if c.is_alphabetic() || c == '_' {
            let mut j = i;
            while j < chars.len() && (chars[j].1.is_alphanumeric() || chars[j].1 == '_') {
                j += 1;
            }
            let end = chars.get(j).map_or(line.len(), |&(p, _)| p);
            let word = &line[start..end];
            // A string prefix (f"", b'', r"") belongs to the string.
            if chars.get(j).is_some_and(|&(_, q)| q == '"' || q == '\'') && word.len() <= 2 {
                let rest = highlight(&line[end..]);
                out.push_str(STRING);
                out.push_str(word);
                out.push_str(RESET);
                out.push_str(&rest);
                return out;
            }
            if KEYWORDS.contains(&word) {
                out.push_str(KEYWORD);
                out.push_str(word);
                out.push_str(RESET);
            } else {
                out.push_str(word);
            }
            i = j;
            continue;
        }
        if c.is_ascii_digit() {
            let mut j = i;
            while j < chars.len()
                && (chars[j].1.is_ascii_alphanumeric() || chars[j].1 == '.' || chars[j].1 == '_')
            {
                j += 1;
            }
            let end = chars.get(j).map_or(line.len(), |&(p, _)| p);
            out.push_str(NUMBER);
            out.push_str(&line[start..end]);
            out.push_str(RESET);
            i = j;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::highlight;

    #[test]
    fn keywords_strings_numbers_and_comments_are_coloured() {
        let h = highlight("def f(x): return 'a' + 12  # note");
        assert!(h.contains("\x1b[1;35mdef\x1b[0m"));
        assert!(h.contains("\x1b[1;35mreturn\x1b[0m"));
        assert!(h.contains("\x1b[32m'a'\x1b[0m"));
        assert!(h.contains("\x1b[36m12\x1b[0m"));
        assert!(h.contains("\x1b[2;37m# note\x1b[0m"));
        assert!(!h.contains("\x1b[1;35mf\x1b"));
    }

    #[test]
    fn text_without_tokens_is_unchanged() {
        assert_eq!(highlight("x = y"), "x = y");
    }
}
