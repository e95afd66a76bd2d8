//! Syntax errors, located and rendered the way CPython 3.11 renders them.

use std::fmt;

use crate::span::{LineIndex, Pos};

/// Which of CPython's exception classes the error belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Not a syntax error in CPython, but raised by its compiler before anything runs: input
    /// nested too deeply.
    RecursionError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// An error as the lexer and parser produce it: byte positions, not yet tied to a file.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub kind: ErrorKind,
    pub msg: String,
    pub start: Pos,
    /// Where the caret run ends; equal to `start` for a single caret.
    pub end: Pos,
    /// The input stopped while a bracket, block, or string was still open: more lines could make
    /// it valid. The REPL uses this to ask for a continuation line.
    pub incomplete: bool,
    /// For an incomplete error, what the input left open, when it was a bracket or a string
    /// (the REPL lets a blank line continue those, but end a block).
    pub open: Option<Open>,
    /// CPython reports a few errors with offset 0, which draws no caret (a block missing at the
    /// end of the input).
    pub no_column: bool,
    /// The text the error is shown in, when it is not a line of the source: an f-string's
    /// expression, which CPython 3.11 parses on its own in parentheses (`(a b)`). The columns
    /// of `start` and `end` are then offsets into it, on its first line.
    pub text: Option<String>,
}

/// What an incomplete input left open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Open {
    Bracket,
    TripleQuotedString,
}

impl ParseError {
    pub fn new(msg: impl Into<String>, start: Pos, end: Pos) -> ParseError {
        ParseError {
            kind: ErrorKind::SyntaxError,
            msg: msg.into(),
            start,
            end,
            incomplete: false,
            open: None,
            no_column: false,
            text: None,
        }
    }

    pub fn at(msg: impl Into<String>, pos: Pos) -> ParseError {
        ParseError::new(msg, pos, pos)
    }

    pub fn kind(mut self, kind: ErrorKind) -> ParseError {
        self.kind = kind;
        self
    }

    pub fn incomplete(mut self) -> ParseError {
        self.incomplete = true;
        self
    }

    /// Incomplete because of what the input left open.
    pub fn left_open(mut self, open: Open) -> ParseError {
        self.incomplete = true;
        self.open = Some(open);
        self
    }
}

/// A syntax error with everything needed to show it: the fields of CPython's `SyntaxError`
/// (`filename`, `lineno`, `offset`, `end_lineno`, `end_offset`, `text`, `msg`). Offsets are
/// 1-based and count characters, as CPython's do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    pub msg: String,
    pub filename: String,
    /// 0 when the error has no location (undecodable source), and then only the message prints.
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The source line the error is on, with its line break.
    pub text: Option<String>,
    pub incomplete: bool,
    /// What the input left open (see `ParseError::open`).
    pub open: Option<Open>,
}

impl SyntaxError {
    pub fn from_parse_error(err: &ParseError, src: &str, lines: &LineIndex, filename: &str) -> Self {
        let char_offset = |p: Pos| {
            let range = lines.line_range(src, p.line);
            let col = (p.col as usize).min(range.len());
            let line = &src[range.start..];
            // A column inside a multi-byte character counts it whole.
            let upto = line.get(..col).map_or(col, |s| s.chars().count());
            upto as u32 + 1
        };
        if let Some(text) = &err.text {
            let offset =
                |p: Pos| text.get(..p.col as usize).map_or(p.col as usize, |s| s.chars().count()) as u32 + 1;
            return SyntaxError {
                kind: err.kind,
                msg: err.msg.clone(),
                filename: filename.to_string(),
                lineno: err.start.line,
                offset: offset(err.start),
                end_lineno: err.end.line,
                end_offset: offset(err.end),
                text: Some(format!("{text}\n")),
                incomplete: err.incomplete,
                open: err.open,
            };
        }
        let text = if p_line_exists(lines, err.start.line) {
            let range = lines.line_range(src, err.start.line);
            // CPython's line is a C string: a NUL ends it.
            let line = &src[range];
            Some(format!("{}\n", line.split('\0').next().unwrap_or(line)))
        } else {
            None
        };
        // A line break as the error's token (input that stops mid-statement) ends where it
        // starts, as CPython's does, so that its caret shows under the end of the line.
        let end = if err.end.line == err.start.line + 1 && err.end.col == 0 { err.start } else { err.end };
        SyntaxError {
            kind: err.kind,
            msg: err.msg.clone(),
            filename: filename.to_string(),
            lineno: err.start.line,
            offset: if err.no_column { 0 } else { char_offset(err.start) },
            end_lineno: end.line,
            // CPython gives an unclosed bracket no end column.
            end_offset: if err.msg.ends_with("was never closed") { 0 } else { char_offset(end) },
            text,
            incomplete: err.incomplete,
            open: err.open,
        }
    }

    /// The block CPython prints for an uncaught syntax error, e.g.
    ///
    /// ```text
    ///   File "bad.py", line 3
    ///     x = (1,
    ///         ^
    /// SyntaxError: '(' was never closed
    /// ```
    pub fn render(&self) -> String {
        let mut out = String::new();
        if self.lineno > 0 {
            out = format!("  File \"{}\", line {}\n", self.filename, self.lineno);
        }
        if let Some(text) = self.text.as_ref().filter(|_| self.lineno > 0) {
            let line_size = text.len() as i64;
            // CPython ignores the end of a SyntaxError subclass's range: one caret.
            let mut end_offset =
                if self.kind == ErrorKind::SyntaxError { self.end_offset as i64 } else { -1 };
            if self.end_lineno > self.lineno {
                end_offset = line_size;
            }
            end_offset = end_offset.min(line_size + 1);
            render_error_text(&mut out, self.offset as i64, end_offset, text);
        }
        out.push_str(self.kind.name());
        out.push_str(": ");
        out.push_str(&self.msg);
        out.push('\n');
        out
    }
}

fn p_line_exists(lines: &LineIndex, line: u32) -> bool {
    line >= 1 && (line as usize) <= lines.line_count()
}

/// CPython's `print_error_text`: strips the line's indentation and draws carets under the error,
/// mixing character offsets with byte lengths exactly as CPython does so wide lines agree too.
fn render_error_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let carets = if end_offset > 0 && end_offset > offset { end_offset - offset } else { 1 };
    let mut offset = offset - 1;
    let mut text = text;
    while let Some(rest) = text.strip_prefix([' ', '\t', '\x0c']) {
        text = rest;
        offset -= 1;
    }
    let mut len = text.len() as i64;
    if text.ends_with('\n') {
        len -= 1;
    }
    offset = offset.min(len);
    while let Some(nl) = text.find('\n') {
        let inl = nl as i64;
        if inl >= offset {
            break;
        }
        text = &text[nl + 1..];
        offset -= inl + 1;
    }
    out.push_str("    ");
    out.push_str(text);
    if !text.ends_with('\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    for _ in 0..offset {
        out.push(' ');
    }
    for _ in 0..carets {
        out.push('^');
    }
    out.push('\n');
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} ({}, line {})", self.kind.name(), self.msg, self.filename, self.lineno)
    }
}

impl std::error::Error for SyntaxError {}
