//! Reap's front end: Python 3.11 source text to an AST, and syntax errors worded and located as
//! CPython words and locates them.
//!
//! Start reading at [`parse_module`]. The pipeline is `token` (logos patterns) → `lexer` (layout:
//! NEWLINE, INDENT, DEDENT, brackets) → `grammar.lalrpop` (an LR(1) grammar, generated at build
//! time) with `builder` for the actions' checks and `strings`/`numbers` for literals →
//! `parser` (the one entry to the generated code, which rewords its errors).
//!
//! Architecture invariant: parsing never panics, whatever the input; every failure is a
//! [`SyntaxError`].

pub mod ast;
mod builder;
pub mod dump;
pub mod error;
mod lexer;
mod numbers;
mod parser;
mod patterns;
pub mod repr;
pub mod span;
mod strings;
pub mod token;
mod unicode_printable;
pub mod validate;

pub use error::{ErrorKind, Open, ParseError, SyntaxError};
pub use span::LineIndex;

/// Runs `f`, a step of a recursive walk over the AST, on a stack with room for it: when the
/// thread's stack runs low (a host's small worker thread, a debug build's large frames), a new
/// segment is allocated for the rest of the walk. The AST's depth is bounded
/// ([`ast::MAX_EXPR_DEPTH`]), the stack a thread has is not.
pub fn grow_stack<R>(f: impl FnOnce() -> R) -> R {
    const RED_ZONE: usize = 64 * 1024;
    const SEGMENT: usize = 1024 * 1024;
    stacker::maybe_grow(RED_ZONE, SEGMENT, f)
}

use ast::{Expr, Module};

/// Runs a whole parse with room for it: source nested as deep as the AST allows (and input
/// past that, which the parser must still read to refuse) takes far more stack in a debug
/// build than a host's small worker thread has left once `exec()` is called from deep inside
/// a script. Below `RED_ZONE` of stack left, the parse gets a segment of its own.
fn parse_stack<R>(f: impl FnOnce() -> R) -> R {
    const RED_ZONE: usize = 1024 * 1024;
    const SEGMENT: usize = 4 * 1024 * 1024;
    stacker::maybe_grow(RED_ZONE, SEGMENT, f)
}

/// Parses a module from text.
pub fn parse_module(src: &str, filename: &str) -> Result<Module, SyntaxError> {
    parse_stack(|| {
        let lines = LineIndex::new(src);
        parser::parse_statements(src, &lines)
            .map(|body| Module { body })
            .map_err(|e| SyntaxError::from_parse_error(&e, src, &lines, filename))
    })
}

/// Parses a module and applies the checks CPython's compiler makes before running it (`return`
/// outside a function, misplaced starred targets, ...): what `reap check` and running need.
pub fn check_module(src: &str, filename: &str) -> Result<Module, SyntaxError> {
    parse_stack(|| {
        let module = parse_module(src, filename)?;
        validate::check_module(&module).map_err(|e| {
            let lines = LineIndex::new(src);
            SyntaxError::from_parse_error(&e, src, &lines, filename)
        })?;
        Ok(module)
    })
}

/// Parses a single expression, as `eval` input.
pub fn parse_expression(src: &str, filename: &str) -> Result<Expr, SyntaxError> {
    parse_stack(|| {
        let lines = LineIndex::new(src);
        parser::parse_eval_input(src, &lines)
            .map_err(|e| SyntaxError::from_parse_error(&e, src, &lines, filename))
    })
}

/// Decodes a source file's bytes as Python does (UTF-8, an optional byte-order mark) and reports
/// undecodable input in CPython's words. A PEP 263 declaration of another encoding is an
/// "encoding problem": [`decode_source_with`] takes a decoder that knows the encodings.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, SyntaxError> {
    decode_source_with(bytes, filename, SourceKind::File, &|_, _| Err(None))
}

/// Where source bytes come from, which decides CPython's words for bytes it cannot decode.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SourceKind {
    /// A script run as a file (`python3 file.py`): its tokenizer reads the file.
    File,
    /// Bytes given to `compile()`, `exec()` or `eval()`, and modules read by `import`
    /// (whose loader compiles the file's bytes).
    Bytes,
}

/// Decodes bytes in a named encoding: `Err(None)` for an encoding it does not know,
/// `Err(Some(message))` with the codec's message for bytes that encoding cannot decode.
pub type SourceDecoder = dyn Fn(&str, &[u8]) -> Result<String, Option<String>>;

/// [`decode_source`] for a source that may declare its encoding (PEP 263: `# -*- coding: latin-1
/// -*-` on its first line, or on its second under a comment or blank first line). `decode`
/// turns the bytes into text in the declared encoding; it fails with `None` for an encoding it
/// does not know, or with the codec's message for bytes that encoding cannot decode.
pub fn decode_source_with(
    bytes: &[u8],
    filename: &str,
    kind: SourceKind,
    decode: &SourceDecoder,
) -> Result<String, SyntaxError> {
    let bom = bytes.starts_with(b"\xef\xbb\xbf");
    let declared = coding_cookie(bytes).map(|name| (normal_encoding_name(name), name));
    match declared {
        Some((normal, name)) if normal != "utf-8" => {
            if bom {
                return Err(whole_file_error(filename, format!("encoding problem: {normal} with BOM")));
            }
            decode(name, bytes).map_err(|failure| {
                let msg = match (kind, failure) {
                    (SourceKind::File, _) => format!("encoding problem: {name}"),
                    (SourceKind::Bytes, None) => format!("unknown encoding: {name}"),
                    (SourceKind::Bytes, Some(codec_msg)) => codec_msg,
                };
                whole_file_error(filename, msg)
            })
        }
        None if kind == SourceKind::File => decode_undeclared_file(bytes, filename),
        _ => decode_utf8_by_token(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes), filename),
    }
}

/// A file without a declaration must be UTF-8 throughout, comments included.
fn decode_undeclared_file(bytes: &[u8], filename: &str) -> Result<String, SyntaxError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let bad = e.valid_up_to();
            let line = bytes[..bad].iter().filter(|&&b| b == b'\n').count() + 1;
            let msg = format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, but no \
                 encoding declared; see https://peps.python.org/pep-0263/ for details",
                bytes[bad]
            );
            let mut err = whole_file_error(filename, msg);
            err.offset = bad as u32 + 1;
            Err(err)
        }
    }
}

/// UTF-8 source read the way CPython's tokenizer reads bytes it was handed: comments are not
/// decoded at all (undecodable bytes there become U+FFFD), and an undecodable string literal
/// or name is a "(unicode error)" naming the bytes' position inside that token.
fn decode_utf8_by_token(bytes: &[u8], filename: &str) -> Result<String, SyntaxError> {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(s.to_string());
    }
    let mut out = String::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let token_end = match bytes[i] {
            b'#' => {
                let end = bytes[i..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |n| i + n);
                out.push_str(&String::from_utf8_lossy(&bytes[i..end]));
                i = end;
                continue;
            }
            q @ (b'\'' | b'"') => {
                let quotes = if bytes[i..].starts_with(&[q, q, q]) { 3 } else { 1 };
                let body = i + quotes;
                let mut j = body;
                while j < bytes.len() {
                    if bytes[j] == b'\\' {
                        j += 2;
                    } else if quotes == 3 && bytes[j..].starts_with(&[q, q, q])
                        || quotes == 1 && matches!(bytes[j], b'\n') | (bytes[j] == q)
                    {
                        break;
                    } else {
                        j += 1;
                    }
                }
                let j = j.min(bytes.len());
                check_token_utf8(bytes, filename, body, j, (j + quotes).min(bytes.len()))?;
                (j + quotes).min(bytes.len())
            }
            b if b >= 0x80 => {
                let end =
                    bytes[i..].iter().position(|b| !(b.is_ascii_alphanumeric() || *b == b'_' || *b >= 0x80));
                let end = end.map_or(bytes.len(), |n| i + n);
                check_token_utf8(bytes, filename, i, end, i)?;
                end
            }
            _ => i + 1,
        };
        // Every byte up to here is valid UTF-8, or was checked to be.
        out.push_str(&String::from_utf8_lossy(&bytes[i..token_end]));
        i = token_end;
    }
    Ok(out)
}

/// Fails with CPython's "(unicode error)" when `bytes[start..end]` is not UTF-8; the error
/// points at `at` (the end of a string literal, the start of a name).
fn check_token_utf8(
    bytes: &[u8],
    filename: &str,
    start: usize,
    end: usize,
    at: usize,
) -> Result<(), SyntaxError> {
    let Err(e) = std::str::from_utf8(&bytes[start..end]) else {
        return Ok(());
    };
    let from = e.valid_up_to();
    let bad = e.error_len().unwrap_or(end - start - from);
    let lead = bytes[start + from];
    let reason = match e.error_len() {
        None => "unexpected end of data",
        Some(_) if (0xc2..=0xf4).contains(&lead) => "invalid continuation byte",
        Some(_) => "invalid start byte",
    };
    let place = if bad > 1 {
        format!("bytes in position {from}-{}", from + bad - 1)
    } else {
        format!("byte 0x{lead:02x} in position {from}")
    };
    let line_of = |pos: usize| bytes[..pos].iter().rposition(|&b| b == b'\n').map_or(0, |n| n + 1);
    let line_end = bytes[at..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |n| at + n + 1);
    let before = String::from_utf8_lossy(&bytes[line_of(at)..at]).chars().count();
    // The text is every line the token is on (CPython's tokenizer holds them all).
    let mut text = String::from_utf8_lossy(&bytes[line_of(start)..line_end]).into_owned();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let mut err =
        whole_file_error(filename, format!("(unicode error) 'utf-8' codec can't decode {place}: {reason}"));
    err.lineno = bytes[..at].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
    err.offset = before as u32 + 1;
    err.text = Some(text);
    Err(err)
}

/// An error about the file as a whole: CPython prints it without a location.
fn whole_file_error(filename: &str, msg: String) -> SyntaxError {
    SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg,
        filename: filename.to_string(),
        lineno: 0,
        offset: 0,
        end_lineno: 0,
        end_offset: 0,
        text: None,
        incomplete: false,
        open: None,
    }
}

/// The encoding a PEP 263 comment declares: `coding[:=]` followed by the name, in a comment on
/// the first line, or on the second when the first holds nothing else than a comment.
pub fn coding_cookie(bytes: &[u8]) -> Option<&str> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut lines = bytes.split_inclusive(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = cookie_in_line(first) {
        return Some(name);
    }
    let blank_or_comment = {
        let rest = first.trim_ascii_start();
        rest.is_empty() || rest.starts_with(b"#")
    };
    if !blank_or_comment {
        return None;
    }
    cookie_in_line(lines.next()?)
}

fn cookie_in_line(line: &[u8]) -> Option<&str> {
    let start = line.iter().position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    let comment = line[start..].strip_prefix(b"#")?;
    // The first `coding:` or `coding=` followed by a name, as CPython's pattern finds it.
    (0..comment.len()).find_map(|at| {
        let after = comment[at..].strip_prefix(b"coding")?;
        let after = after.strip_prefix(b":").or_else(|| after.strip_prefix(b"="))?;
        let name = after.trim_ascii_start();
        let len = name
            .iter()
            .position(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')))
            .unwrap_or(name.len());
        (len > 0).then(|| std::str::from_utf8(&name[..len]).ok()).flatten()
    })
}

/// CPython's spelling of the declared names it knows itself: every form of UTF-8 is "utf-8"
/// and of Latin-1 "iso-8859-1"; any other name is kept as written.
fn normal_encoding_name(name: &str) -> String {
    let lower: String =
        name.chars().take(12).map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() }).collect();
    let is = |base: &str| lower == base || lower.starts_with(&format!("{base}-"));
    if is("utf-8") {
        "utf-8".to_string()
    } else if is("latin-1") || is("iso-8859-1") || is("iso-latin-1") {
        "iso-8859-1".to_string()
    } else {
        name.to_string()
    }
}

/// Parses a module from a file's bytes.
pub fn parse_module_bytes(bytes: &[u8], filename: &str) -> Result<Module, SyntaxError> {
    parse_module(&decode_source(bytes, filename)?, filename)
}

/// [`check_module`] on a file's bytes.
pub fn check_module_bytes(bytes: &[u8], filename: &str) -> Result<Module, SyntaxError> {
    check_module(&decode_source(bytes, filename)?, filename)
}
