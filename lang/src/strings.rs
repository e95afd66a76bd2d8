//! String literals: prefixes, escape sequences, implicit concatenation, and f-strings.
//!
//! An f-string's replacement fields are parsed in place: the expression's text is a slice of the
//! source, handed back to the parser, so its nodes carry their true positions.

use crate::ast::{Constant, Expr, ExprKind};
use crate::error::ParseError;
use crate::parser;
use crate::span::{LineIndex, Pos, Span};

/// One string token of an implicitly concatenated group.
#[derive(Debug, Clone, Copy)]
pub struct Piece<'a> {
    pub start: Pos,
    pub text: &'a str,
    pub end: Pos,
}

struct Literal<'a> {
    raw: bool,
    bytes: bool,
    fstring: bool,
    u_prefix: bool,
    /// The text between the quotes, and its byte offset in the source.
    body: &'a str,
    body_offset: usize,
}

fn split<'a>(piece: &Piece<'a>) -> Literal<'a> {
    let text = piece.text;
    let prefix_len = text.find(['\'', '"']).unwrap_or(0);
    let prefix = text[..prefix_len].to_ascii_lowercase();
    let quote = &text[prefix_len..prefix_len + 1];
    let quote_len =
        if text.len() >= prefix_len + 6 && text[prefix_len..].starts_with(&quote.repeat(3)) { 3 } else { 1 };
    Literal {
        raw: prefix.contains('r'),
        bytes: prefix.contains('b'),
        fstring: prefix.contains('f'),
        u_prefix: prefix.contains('u'),
        body: &text[prefix_len + quote_len..text.len() - quote_len],
        body_offset: piece.start.offset as usize + prefix_len + quote_len,
    }
}

/// What a group of adjacent string tokens means: one `Constant` (str or bytes), or a `JoinedStr`
/// if any of them is an f-string.
pub fn concat(src: &str, lines: &LineIndex, pieces: &[Piece<'_>]) -> Result<Expr, ParseError> {
    let span = Span::new(pieces[0].start, pieces[pieces.len() - 1].end);
    let end = span.end;
    let literals: Vec<Literal<'_>> = pieces.iter().map(split).collect();
    let bytes = literals[0].bytes;
    if literals.iter().any(|l| l.bytes != bytes) {
        return Err(ParseError::new("cannot mix bytes and nonbytes literals", span.start, span.end));
    }
    if bytes {
        let mut value = Vec::new();
        for (lit, piece) in literals.iter().zip(pieces) {
            decode_bytes(lit, &mut value).map_err(|msg| ParseError::at(msg, piece.start))?;
        }
        return Ok(Expr::new(span, ExprKind::Constant(Constant::Bytes(value))));
    }
    if !literals.iter().any(|l| l.fstring) {
        let mut value = String::new();
        for (lit, piece) in literals.iter().zip(pieces) {
            decode_str(lit.body, lit.raw, &mut value).map_err(|msg| ParseError::at(msg, piece.start))?;
        }
        let u_prefix = literals[0].u_prefix;
        return Ok(Expr::new(span, ExprKind::Constant(Constant::Str { value, u_prefix })));
    }
    let mut joined = Joined { span, values: Vec::new(), text: String::new() };
    for (lit, piece) in literals.iter().zip(pieces) {
        if lit.fstring {
            let piece_span = Span::new(piece.start, piece.end);
            let mut f = FString { src, lines, lit, pos: 0, span, piece_span, error_at: end };
            f.parse(0, &mut joined)?;
        } else {
            decode_str(lit.body, lit.raw, &mut joined.text)
                .map_err(|msg| ParseError::at(msg, piece.start))?;
        }
    }
    joined.flush();
    Ok(Expr::new(span, ExprKind::JoinedStr(joined.values)))
}

/// The parts of a `JoinedStr` being built; adjacent literal text is merged, as CPython merges it.
struct Joined {
    span: Span,
    values: Vec<Expr>,
    text: String,
}

impl Joined {
    fn flush(&mut self) {
        if !self.text.is_empty() {
            let value = std::mem::take(&mut self.text);
            let kind = ExprKind::Constant(Constant::Str { value, u_prefix: false });
            self.values.push(Expr::new(self.span, kind));
        }
    }
}

struct FString<'s, 'l> {
    src: &'s str,
    lines: &'s LineIndex,
    lit: &'l Literal<'s>,
    /// Cursor into `lit.body`.
    pos: usize,
    span: Span,
    /// This string token's own span: CPython 3.11 places format specs there, not at the
    /// whole group's.
    piece_span: Span,
    /// CPython reports f-string errors at the end of the string group.
    error_at: Pos,
}

impl<'s> FString<'s, '_> {
    fn error(&self, msg: &str) -> ParseError {
        ParseError::at(format!("f-string: {msg}"), self.error_at)
    }

    fn body(&self) -> &'s [u8] {
        self.lit.body.as_bytes()
    }

    /// Parses literal text and replacement fields up to the end of the body (level 0) or up to
    /// the `}` that closes a format spec (level 1).
    fn parse(&mut self, level: u32, out: &mut Joined) -> Result<(), ParseError> {
        loop {
            let more = self.literal(level, &mut out.text)?;
            if more {
                continue;
            }
            if self.pos >= self.body().len() || self.body()[self.pos] == b'}' {
                break;
            }
            self.field(level, out)?;
        }
        if level == 0 && self.pos < self.body().len() {
            return Err(self.error("single '}' is not allowed"));
        }
        Ok(())
    }

    /// Reads literal text into `text`; returns true after a doubled brace, where scanning goes on.
    fn literal(&mut self, level: u32, text: &mut String) -> Result<bool, ParseError> {
        let start = self.pos;
        let body = self.body();
        let mut s = self.pos;
        let mut doubled = false;
        while s < body.len() {
            let ch = body[s];
            s += 1;
            if !self.lit.raw && ch == b'\\' && s < body.len() {
                let next = body[s];
                s += 1;
                if next == b'N' && s < body.len() && body[s] == b'{' {
                    // `\N{NAME}`: these braces are not a replacement field.
                    while s < body.len() && body[s] != b'}' {
                        s += 1;
                    }
                    s = (s + 1).min(body.len());
                }
                continue;
            }
            if ch == b'{' || ch == b'}' {
                if level == 0 {
                    if s < body.len() && body[s] == ch {
                        doubled = true;
                        break;
                    }
                    if ch == b'}' {
                        return Err(self.error("single '}' is not allowed"));
                    }
                }
                s -= 1;
                break;
            }
        }
        // With a doubled brace, the literal keeps one of the pair.
        let end = s;
        decode_str(&self.lit.body[start..end], self.lit.raw, text)
            .map_err(|msg| ParseError::at(msg, self.span.start))?;
        self.pos = if doubled { s + 1 } else { s };
        Ok(doubled)
    }

    /// Parses a replacement field `{expr[=][!c][:spec]}`; the cursor is on its `{`.
    fn field(&mut self, level: u32, out: &mut Joined) -> Result<(), ParseError> {
        if level >= 2 {
            return Err(self.error("expressions nested too deeply"));
        }
        self.pos += 1;
        let expr_start = self.pos;
        let body = self.body();
        let mut quote: Option<(u8, bool)> = None;
        let mut stack: Vec<u8> = Vec::new();
        while self.pos < body.len() {
            let ch = body[self.pos];
            if ch == b'\\' {
                return Err(self.error_plain("f-string expression part cannot include a backslash"));
            }
            if let Some((q, triple)) = quote {
                if ch == q {
                    if !triple {
                        quote = None;
                    } else if body[self.pos..].starts_with(&[q, q, q]) {
                        self.pos += 2;
                        quote = None;
                    }
                }
                self.pos += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    let triple = body[self.pos..].starts_with(&[ch, ch, ch]);
                    if triple {
                        self.pos += 2;
                    }
                    quote = Some((ch, triple));
                }
                b'[' | b'{' | b'(' => stack.push(ch),
                b'#' => return Err(self.error_plain("f-string expression part cannot include '#'")),
                b'!' | b':' | b'}' | b'=' | b'<' | b'>' if stack.is_empty() => {
                    let next = body.get(self.pos + 1).copied();
                    if next == Some(b'=') && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                        self.pos += 2;
                        continue;
                    }
                    if ch != b'<' && ch != b'>' {
                        break;
                    }
                }
                b']' | b'}' | b')' => {
                    let Some(open) = stack.pop() else {
                        return Err(self.error(&format!("unmatched '{}'", ch as char)));
                    };
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if ch != expected {
                        return Err(self.error(&format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch as char, open as char
                        )));
                    }
                }
                _ => {}
            }
            self.pos += 1;
        }
        if quote.is_some() {
            return Err(self.error("unterminated string"));
        }
        if let Some(open) = stack.last() {
            return Err(self.error(&format!("unmatched '{}'", *open as char)));
        }
        if self.pos >= body.len() {
            return Err(self.error("expecting '}'"));
        }
        let expr_end = self.pos;
        let expr_text = &self.lit.body[expr_start..expr_end];
        if expr_text.trim_matches([' ', '\t', '\n', '\r', '\x0c', '\x0b']).is_empty() {
            return Err(match body[self.pos] {
                c @ (b'=' | b'!' | b':') => {
                    self.error(&format!("expression required before '{}'", c as char))
                }
                _ => self.error("empty expression not allowed"),
            });
        }
        let start = self.lit.body_offset + expr_start;
        let value = parser::parse_expression_range(self.src, self.lines, start, start + expr_text.len())
            .map_err(|e| {
                if e.msg.starts_with("f-string") || e.kind == crate::error::ErrorKind::RecursionError {
                    return e;
                }
                let mut e = alone_in_parentheses(expr_text, self.lines.pos(start).line).unwrap_or(e);
                e.msg = format!("f-string: {}", e.msg);
                e
            })?;
        let mut self_documenting = false;
        if body[self.pos] == b'=' {
            self.pos += 1;
            while self.pos < body.len() && body[self.pos].is_ascii_whitespace() {
                self.pos += 1;
            }
            out.text.push_str(&self.lit.body[expr_start..self.pos]);
            self_documenting = true;
        }
        let mut conversion = None;
        if self.pos < body.len() && body[self.pos] == b'!' {
            self.pos += 1;
            if self.pos >= body.len() {
                return Err(self.error("expecting '}'"));
            }
            let c = body[self.pos] as char;
            self.pos += 1;
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(self.error("invalid conversion character: expected 's', 'r', or 'a'"));
            }
            conversion = Some(c);
        }
        if self.pos >= body.len() {
            return Err(self.error("expecting '}'"));
        }
        let mut format_spec = None;
        if body[self.pos] == b':' {
            self.pos += 1;
            if self.pos >= body.len() {
                return Err(self.error("expecting '}'"));
            }
            let mut spec = Joined { span: self.piece_span, values: Vec::new(), text: String::new() };
            self.parse(level + 1, &mut spec)?;
            spec.flush();
            format_spec = Some(Expr::new(self.piece_span, ExprKind::JoinedStr(spec.values)).boxed());
        }
        if self.pos >= body.len() || body[self.pos] != b'}' {
            return Err(self.error("expecting '}'"));
        }
        self.pos += 1;
        if self_documenting && format_spec.is_none() && conversion.is_none() {
            conversion = Some('r');
        }
        out.flush();
        let kind = ExprKind::FormattedValue { value: value.boxed(), conversion, format_spec };
        out.values.push(Expr::new(self.span, kind));
        Ok(())
    }

    fn error_plain(&self, msg: &str) -> ParseError {
        ParseError::at(msg, self.error_at)
    }
}

/// Python source turns `\r\n` and lone `\r` into `\n` before a string sees them.
fn normalize_newlines(body: &str) -> std::borrow::Cow<'_, str> {
    if body.contains('\r') { body.replace("\r\n", "\n").replace('\r', "\n").into() } else { body.into() }
}

/// Decodes the body of a `str` literal (or a literal part of an f-string) onto `out`.
fn decode_str(body: &str, raw: bool, out: &mut String) -> Result<(), String> {
    let body = normalize_newlines(body);
    if raw || !body.contains('\\') {
        out.push_str(&body);
        return Ok(());
    }
    let mut chars = body.char_indices().peekable();
    // Positions in CPython's messages count bytes of the literal's UTF-8 text.
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e as u32 - '0' as u32;
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            v = v * 8 + (d as u32 - '0' as u32);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            'x' | 'u' | 'U' => {
                let (n, name) = match e {
                    'x' => (2, "\\xXX"),
                    'u' => (4, "\\uXXXX"),
                    _ => (8, "\\UXXXXXXXX"),
                };
                let mut v = 0u32;
                let mut got = 0;
                while got < n {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_ascii_hexdigit() => {
                            v = v * 16 + d.to_digit(16).unwrap_or(0);
                            chars.next();
                            got += 1;
                        }
                        _ => break,
                    }
                }
                let end = chars.peek().map_or(body.len(), |&(j, _)| j) - 1;
                if got < n {
                    return Err(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position \
                         {i}-{end}: truncated {name} escape"
                    ));
                }
                match char::from_u32(v) {
                    Some(c) => out.push(c),
                    // A lone surrogate: valid in Python, not representable in Rust's `String`.
                    None if (0xD800..0xE000).contains(&v) => out.push('\u{FFFD}'),
                    None => {
                        return Err(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position \
                             {i}-{end}: illegal Unicode character"
                        ));
                    }
                }
            }
            'N' => {
                let rest = &body[i + 2..];
                let name = rest.strip_prefix('{').and_then(|r| r.find('}').map(|e| &r[..e]));
                let c = name.and_then(unicode_names2::character);
                let Some(c) = c else {
                    let end = i + 1 + name.map_or(0, |n| n.len() + 2);
                    let what = if name.is_some() {
                        "unknown Unicode character name"
                    } else {
                        "malformed \\N character escape"
                    };
                    return Err(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position \
                         {i}-{end}: {what}"
                    ));
                };
                out.push(c);
                let skip = name.map_or(0, |n| n.len() + 2);
                while chars.peek().is_some_and(|&(j, _)| j < i + 2 + skip) {
                    chars.next();
                }
            }
            other => {
                // Unknown escapes stay as written (CPython warns, then keeps them).
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(())
}

fn decode_bytes(lit: &Literal<'_>, out: &mut Vec<u8>) -> Result<(), String> {
    let body = normalize_newlines(lit.body);
    if !body.is_ascii() {
        return Err("bytes can only contain ASCII literal characters".into());
    }
    let b = body.as_bytes();
    if lit.raw {
        out.extend_from_slice(b);
        return Ok(());
    }
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = u32::from(e - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(v as u8);
            }
            b'x' => {
                let hex = b.get(i..i + 2).filter(|h| h.iter().all(u8::is_ascii_hexdigit));
                let Some(hex) = hex else {
                    return Err(format!("(value error) invalid \\x escape at position {}", i - 2));
                };
                let v = std::str::from_utf8(hex).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
                out.push(v.unwrap_or(0));
                i += 2;
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(())
}

/// The error CPython 3.11 reports for an f-string's expression that does not parse: it parses
/// the expression on its own, in parentheses, and shows that text (`(a b)`, with "Perhaps you
/// forgot a comma?" as the brackets allow), on the f-string's line. Only for an expression on
/// one line; `None` when the text parses that way after all.
fn alone_in_parentheses(expr_text: &str, line: u32) -> Option<ParseError> {
    if expr_text.contains(['\n', '\r']) {
        return None;
    }
    let wrapped = format!("({expr_text})");
    let lines = LineIndex::new(&wrapped);
    let mut e = parser::parse_expression_range(&wrapped, &lines, 0, wrapped.len()).err()?;
    if e.start.line != 1 || e.end.line != 1 {
        return None;
    }
    e.start.line = line;
    e.end.line = line;
    e.text = Some(wrapped);
    Some(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(body: &str) -> Result<String, String> {
        let mut s = String::new();
        decode_str(body, false, &mut s).map(|()| s)
    }

    #[test]
    fn escapes_decode_as_in_python() {
        assert_eq!(decoded(r"a\tb\x41\u00e9\101\N{BULLET}\q").unwrap(), "a\tbAé A•\\q".replace(' ', ""));
        assert!(decoded(r"\x4").unwrap_err().contains("truncated \\xXX escape"));
    }
}
