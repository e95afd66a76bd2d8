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
        parser::parse_expression_range(src, &lines, 0, src.len())
            .map_err(|e| SyntaxError::from_parse_error(&e, src, &lines, filename))
    })
}

/// Decodes a source file's bytes as Python does (UTF-8, an optional byte-order mark) and reports
/// undecodable input in CPython's words.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, SyntaxError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let bad = e.valid_up_to();
            let line = bytes[..bad].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(SyntaxError {
                kind: ErrorKind::SyntaxError,
                msg: format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, but no \
                     encoding declared; see https://peps.python.org/pep-0263/ for details",
                    bytes[bad]
                ),
                filename: filename.to_string(),
                lineno: 0,
                offset: bad as u32 + 1,
                end_lineno: 0,
                end_offset: 0,
                text: None,
                incomplete: false,
                open: None,
            })
        }
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
