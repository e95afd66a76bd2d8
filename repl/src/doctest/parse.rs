//! doctest's examples: how a docstring or text file is divided into `>>>` sources and the
//! output expected of them, and how printed output is judged against that expectation
//! (CPython's `DocTestParser` and `OutputChecker`, with their option flags).

/// An option flag (`# doctest: +ELLIPSIS`), as a bit.
pub type Flags = u32;

pub const DONT_ACCEPT_TRUE_FOR_1: Flags = 1;
pub const DONT_ACCEPT_BLANKLINE: Flags = 1 << 1;
pub const NORMALIZE_WHITESPACE: Flags = 1 << 2;
pub const ELLIPSIS: Flags = 1 << 3;
pub const SKIP: Flags = 1 << 4;
pub const IGNORE_EXCEPTION_DETAIL: Flags = 1 << 5;
pub const REPORT_ONLY_FIRST_FAILURE: Flags = 1 << 9;
pub const FAIL_FAST: Flags = 1 << 10;

/// The names directives may use. The diff reports are accepted and have no effect: failures
/// are shown as expected and got output.
const FLAG_NAMES: &[(&str, Flags)] = &[
    ("DONT_ACCEPT_TRUE_FOR_1", DONT_ACCEPT_TRUE_FOR_1),
    ("DONT_ACCEPT_BLANKLINE", DONT_ACCEPT_BLANKLINE),
    ("NORMALIZE_WHITESPACE", NORMALIZE_WHITESPACE),
    ("ELLIPSIS", ELLIPSIS),
    ("SKIP", SKIP),
    ("IGNORE_EXCEPTION_DETAIL", IGNORE_EXCEPTION_DETAIL),
    ("REPORT_UDIFF", 1 << 6),
    ("REPORT_CDIFF", 1 << 7),
    ("REPORT_NDIFF", 1 << 8),
    ("REPORT_ONLY_FIRST_FAILURE", REPORT_ONLY_FIRST_FAILURE),
    ("FAIL_FAST", FAIL_FAST),
];

const BLANKLINE: &str = "<BLANKLINE>";

/// One `>>>` example.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// The source without prompts, ending with a line break.
    pub source: String,
    /// The output expected, each line ending with a line break (empty: nothing).
    pub want: String,
    /// When `want` is a traceback: its exception line(s), from the type name on.
    pub exc_msg: Option<String>,
    /// The `>>>` line, 0-based, within the docstring or file.
    pub lineno: usize,
    /// Directives: flags turned on, and flags turned off.
    pub on: Flags,
    pub off: Flags,
}

/// Tabs expanded to 8-column stops, as `str.expandtabs` does.
fn expand_tabs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut col = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                let n = 8 - col % 8;
                out.extend(std::iter::repeat_n(' ', n));
                col += n;
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

fn leading_spaces(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// A line of spaces only (doctest's blank line).
fn blank(line: &str) -> bool {
    line.bytes().all(|b| b == b' ')
}

fn is_ps1(line: &str) -> bool {
    line.trim_start_matches(' ').starts_with(">>>")
}

fn is_ps2(line: &str) -> bool {
    line.trim_start_matches(' ').starts_with("...")
}

/// The examples of a docstring or file, or doctest's `ValueError` message for a badly laid out
/// one. `name` names it in such messages.
pub fn examples(text: &str, name: &str) -> Result<Vec<Example>, String> {
    let text = expand_tabs(text);
    // Text whose every line is indented (a docstring's) is read as if it were not.
    let min_indent = text
        .split('\n')
        .filter(|l| l.trim_start_matches(' ').chars().next().is_some_and(|c| !c.is_whitespace()))
        .map(leading_spaces)
        .min()
        .unwrap_or(0);
    let lines: Vec<&str> = text.split('\n').map(|l| l.get(min_indent..).unwrap_or("")).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !is_ps1(lines[i]) {
            i += 1;
            continue;
        }
        let lineno = i;
        let indent = leading_spaces(lines[i]);
        let mut end = i + 1;
        while end < lines.len() && is_ps2(lines[end]) {
            end += 1;
        }
        let source_lines = &lines[i..end];
        let mut want_end = end;
        while want_end < lines.len() && !blank(lines[want_end]) && !is_ps1(lines[want_end]) {
            want_end += 1;
        }
        let want_lines = &lines[end..want_end];
        i = want_end;
        check_prompts(source_lines, indent, name, lineno)?;
        let prefix = format!("{}.", " ".repeat(indent));
        check_prefix(&source_lines[1..], &prefix, name, lineno)?;
        check_prefix(want_lines, &" ".repeat(indent), name, lineno + source_lines.len())?;
        let source: Vec<&str> = source_lines.iter().map(|l| l.get(indent + 4..).unwrap_or("")).collect();
        let source = source.join("\n");
        if blank_or_comment(&source) {
            continue;
        }
        let mut want = String::new();
        for l in want_lines {
            want.push_str(l.get(indent..).unwrap_or(""));
            want.push('\n');
        }
        let (on, off) = directives(&source, name, lineno)?;
        let exc_msg = exception_message(&want);
        out.push(Example { source: format!("{source}\n"), want, exc_msg, lineno, on, off });
    }
    Ok(out)
}

/// A source of one line that is blank or a comment is no example.
fn blank_or_comment(source: &str) -> bool {
    let s = source.strip_suffix('\n').unwrap_or(source);
    let s = s.trim_start_matches(' ');
    !s.contains('\n') && (s.is_empty() || s.starts_with('#'))
}

fn check_prompts(lines: &[&str], indent: usize, name: &str, lineno: usize) -> Result<(), String> {
    for (i, line) in lines.iter().enumerate() {
        if line.len() >= indent + 4 && line.as_bytes().get(indent + 3) != Some(&b' ') {
            return Err(format!(
                "line {} of the docstring for {name} lacks blank after {}: {}",
                lineno + i + 1,
                line.get(indent..indent + 3).unwrap_or(""),
                py_repr(line)
            ));
        }
    }
    Ok(())
}

fn check_prefix(lines: &[&str], prefix: &str, name: &str, lineno: usize) -> Result<(), String> {
    for (i, line) in lines.iter().enumerate() {
        if !line.is_empty() && !line.starts_with(prefix) {
            return Err(format!(
                "line {} of the docstring for {name} has inconsistent leading whitespace: {}",
                lineno + i + 1,
                py_repr(line)
            ));
        }
    }
    Ok(())
}

/// `repr` of a str, for the messages above.
fn py_repr(s: &str) -> String {
    reap_runtime::lang::repr::str_repr(s)
}

/// `# doctest: +FLAG, -FLAG` on a line of the source that no quote follows.
fn directives(source: &str, name: &str, lineno: usize) -> Result<(Flags, Flags), String> {
    let (mut on, mut off) = (0, 0);
    for line in source.split('\n') {
        let Some(hash) = line.rfind('#') else { continue };
        let mut found = None;
        // The leftmost `#` that starts a directive running to the end of the line.
        for (at, _) in line.match_indices('#').filter(|&(at, _)| at <= hash) {
            let rest = line[at + 1..].trim_start();
            if let Some(opts) = rest.strip_prefix("doctest:")
                && !opts.contains(['\'', '"'])
            {
                found = Some(opts.trim_start());
                break;
            }
        }
        let Some(opts) = found else { continue };
        for option in opts.replace(',', " ").split_whitespace() {
            let flag = option
                .strip_prefix(['+', '-'])
                .and_then(|n| FLAG_NAMES.iter().find(|(f, _)| *f == n))
                .map(|&(_, bit)| bit);
            let Some(flag) = flag else {
                return Err(format!(
                    "line {} of the doctest for {name} has an invalid option: {}",
                    lineno + 1,
                    py_repr(option)
                ));
            };
            if option.starts_with('+') {
                on |= flag;
                off &= !flag;
            } else {
                off |= flag;
                on &= !flag;
            }
        }
    }
    Ok((on, off))
}

/// A flag's name, for `-o NAME`.
pub fn flag_named(name: &str) -> Option<Flags> {
    FLAG_NAMES.iter().find(|(n, _)| *n == name).map(|&(_, f)| f)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// When the expected output is a traceback: its header line is
/// `Traceback (most recent call last):` and what counts is the exception's message, from the
/// first line after it that starts with a word character to the end.
fn exception_message(want: &str) -> Option<String> {
    let (header, rest) = want.split_once('\n')?;
    let header = header.trim_end();
    if header != "Traceback (most recent call last):" && header != "Traceback (innermost last):" {
        return None;
    }
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.starts_with(is_word_char) {
            return Some(rest[offset..].to_string());
        }
        offset += line.len();
    }
    None
}

/// Non-ASCII characters as `\xe9` escapes, as doctest compares them.
fn to_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c as u32 {
            0..0x80 => out.push(c),
            n @ 0x80..0x100 => out.push_str(&format!("\\x{n:02x}")),
            n @ 0x100..0x10000 => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

/// Each line of `s` (split on line breaks) rewritten by `f`.
fn map_lines(s: &str, f: impl Fn(&str) -> String) -> String {
    s.split('\n').map(f).collect::<Vec<_>>().join("\n")
}

/// Whether the output printed passes for the output expected, under `flags`.
pub fn check_output(want: &str, got: &str, flags: Flags) -> bool {
    let (got, want) = (to_ascii(got), to_ascii(want));
    if got == want {
        return true;
    }
    if flags & DONT_ACCEPT_TRUE_FOR_1 == 0
        && ((got == "True\n" && want == "1\n") || (got == "False\n" && want == "0\n"))
    {
        return true;
    }
    let (mut got, mut want) = (got, want);
    if flags & DONT_ACCEPT_BLANKLINE == 0 {
        want = map_lines(&want, |l| match l.strip_prefix(BLANKLINE) {
            Some(rest) if rest.chars().all(char::is_whitespace) => String::new(),
            _ => l.to_string(),
        });
        got = map_lines(&got, |l| {
            if !l.is_empty() && l.chars().all(char::is_whitespace) { String::new() } else { l.to_string() }
        });
        if got == want {
            return true;
        }
    }
    if flags & NORMALIZE_WHITESPACE != 0 {
        let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        if squeeze(&got) == squeeze(&want) {
            return true;
        }
    }
    flags & ELLIPSIS != 0 && ellipsis_match(&want, &got)
}

/// `...` in the expected output stands for any text.
fn ellipsis_match(want: &str, got: &str) -> bool {
    if !want.contains("...") {
        return want == got;
    }
    let mut pieces: Vec<&str> = want.split("...").collect();
    let (mut start, mut end) = (0, got.len());
    let first = pieces[0];
    if !first.is_empty() {
        if !got.starts_with(first) {
            return false;
        }
        start = first.len();
        pieces.remove(0);
    }
    let last = pieces.last().copied().unwrap_or("");
    if !last.is_empty() {
        if !got.ends_with(last) {
            return false;
        }
        end -= last.len();
        pieces.pop();
    }
    if start > end {
        return false;
    }
    for piece in pieces {
        match got.get(start..end).and_then(|g| g.find(piece)) {
            Some(at) => start += at + piece.len(),
            None => return false,
        }
    }
    true
}

/// An exception line reduced to the exception's bare name (`IGNORE_EXCEPTION_DETAIL`).
pub fn strip_exception_details(msg: &str) -> &str {
    let mut end = msg.find('\n').unwrap_or(msg.len());
    if let Some(colon) = msg[..end].find(':') {
        end = colon;
    }
    let start = msg[..end].rfind('.').map_or(0, |dot| dot + 1);
    &msg[start..end]
}

/// Four spaces before each line that has text, as doctest indents what it reports.
pub fn indent(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for line in s.split_inclusive('\n') {
        if line != "\n" {
            out.push_str("    ");
        }
        out.push_str(line);
    }
    out
}

/// What a failure report shows: the expected output and what was printed.
pub fn output_difference(want: &str, got: &str, flags: Flags) -> String {
    let got = if flags & DONT_ACCEPT_BLANKLINE == 0 {
        // A blank line printed shows as the marker that would have matched it.
        let mut marked = String::new();
        for line in got.split_inclusive('\n') {
            match line.strip_suffix('\n') {
                Some(body) if blank(body) => {
                    marked.push_str(BLANKLINE);
                    marked.push('\n');
                }
                _ => marked.push_str(line),
            }
        }
        marked
    } else {
        got.to_string()
    };
    match (want.is_empty(), got.is_empty()) {
        (false, false) => format!("Expected:\n{}Got:\n{}", indent(want), indent(&got)),
        (false, true) => format!("Expected:\n{}Got nothing\n", indent(want)),
        (true, false) => format!("Expected nothing\nGot:\n{}", indent(&got)),
        (true, true) => "Expected nothing\nGot nothing\n".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_take_their_continuations_and_expected_output() {
        let text = "Intro\n\n    >>> x = 1\n    >>> for i in range(2):\n    ...     print(i)\n    0\n    1\n\n    >>> x\n    1\n";
        let ex = examples(text, "t").unwrap();
        assert_eq!(ex.len(), 3);
        assert_eq!((ex[0].source.as_str(), ex[0].want.as_str(), ex[0].lineno), ("x = 1\n", "", 2));
        assert_eq!(ex[1].source, "for i in range(2):\n    print(i)\n");
        assert_eq!(ex[1].want, "0\n1\n");
        assert_eq!((ex[2].lineno, ex[2].want.as_str()), (8, "1\n"));
    }

    #[test]
    fn an_expected_traceback_keeps_its_last_lines() {
        let text =
            ">>> 1/0\nTraceback (most recent call last):\n  ...\nZeroDivisionError: division by zero\n";
        let ex = examples(text, "t").unwrap();
        assert_eq!(ex[0].exc_msg.as_deref(), Some("ZeroDivisionError: division by zero\n"));
    }

    #[test]
    fn bad_layout_is_an_error_not_a_panic() {
        assert!(examples(">>>x\n", "t").unwrap_err().contains("lacks blank after >>>"));
        assert!(examples("  >>> if 1:\n ...   pass\n", "t").unwrap_err().contains("inconsistent"));
        assert!(examples(">>> 1 # doctest: +NOPE\n", "t").unwrap_err().contains("invalid option"));
        // A bare prompt is a blank source: no example, as in doctest.
        assert!(examples(">>>", "t").unwrap().is_empty());
        assert!(examples("\t>>> é\n", "t").is_ok());
    }

    #[test]
    fn the_checker_knows_its_flags() {
        assert!(check_output("a\n<BLANKLINE>\nb\n", "a\n\nb\n", 0));
        assert!(check_output("1\n", "True\n", 0));
        assert!(!check_output("1  2\n", "1 2\n", 0));
        assert!(check_output("1  2\n", "1 2\n", NORMALIZE_WHITESPACE));
        assert!(check_output("[0, 1, ..., 9]\n", "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\n", ELLIPSIS));
        assert!(!check_output("a...a\n", "a\n", ELLIPSIS));
        assert_eq!(strip_exception_details("mod.Error: detail\n"), "Error");
        assert_eq!(indent("a\n\nb\n"), "    a\n\n    b\n");
    }
}
