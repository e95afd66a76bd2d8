//! The `unicode_escape` and `raw_unicode_escape` codecs: text as Python's backslash escapes
//! over Latin-1 bytes (what `bytes.decode('unicode_escape')` reads out of a literal's body).

use super::codecs::{CodecError, Span, unicode_error_message};
use crate::object::exc_kind::ExcKind;

/// The codec's name in its errors, as CPython's.
fn codec_name(raw: bool) -> &'static str {
    if raw { "rawunicodeescape" } else { "unicodeescape" }
}

/// `text.encode('unicode_escape')`: printable ASCII as it is, `\t`, `\n`, `\r` and `\\`
/// escaped, other characters as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`. The raw form escapes only
/// characters past Latin-1, and no backslash.
pub fn encode(text: &str, raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        let n = c as u32;
        match c {
            _ if raw && n < 0x100 => out.push(n as u8),
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            ' '..='~' => out.push(n as u8),
            _ if n < 0x100 => out.extend_from_slice(format!("\\x{n:02x}").as_bytes()),
            _ if n < 0x10000 => out.extend_from_slice(format!("\\u{n:04x}").as_bytes()),
            _ => out.extend_from_slice(format!("\\U{n:08x}").as_bytes()),
        }
    }
    out
}

/// `data.decode('unicode_escape')`: Latin-1, with Python's string escapes read (the raw form
/// reads only `\u` and `\U`). `errors` is "strict", "ignore" or "replace".
pub fn decode(data: &[u8], raw: bool, errors: &str) -> Result<String, CodecError> {
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b != b'\\' {
            out.push(char::from(b));
            i += 1;
            continue;
        }
        let start = i;
        if raw {
            // Only a backslash an odd number of backslashes into a run escapes `u`/`U`.
            let run = data[i..].iter().take_while(|&&c| c == b'\\').count();
            let escapes = run % 2 == 1 && matches!(data.get(i + run), Some(b'u' | b'U'));
            let literal = if escapes { run - 1 } else { run };
            out.extend(std::iter::repeat_n('\\', literal));
            i += literal;
            if !escapes {
                continue;
            }
        }
        let Some(&kind) = data.get(i + 1) else {
            fail(data, raw, errors, &mut out, (start, data.len()), "\\ at end of string")?;
            break;
        };
        i += 2;
        let simple = match kind {
            b'\n' => Some(None),
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'a' => Some(Some('\x07')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b't' => Some(Some('\t')),
            b'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(c) = simple {
            out.extend(c);
            continue;
        }
        match kind {
            b'0'..=b'7' => {
                let mut n = u32::from(kind - b'0');
                for _ in 0..2 {
                    match data.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            n = n * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(n).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (digits, what) = match kind {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let hex = data[i..].iter().take(digits).take_while(|c| c.is_ascii_hexdigit()).count();
                if hex < digits {
                    i += hex;
                    fail(data, raw, errors, &mut out, (start, i), what)?;
                    continue;
                }
                let text = std::str::from_utf8(&data[i..i + digits]).unwrap_or("0");
                i += digits;
                match u32::from_str_radix(text, 16).ok().and_then(char::from_u32) {
                    Some(c) => out.push(c),
                    None => fail(data, raw, errors, &mut out, (start, i), "illegal Unicode character")?,
                }
            }
            b'N' if !raw => {
                let named = (data.get(i) == Some(&b'{'))
                    .then(|| data[i..].iter().position(|&c| c == b'}').map(|end| i + end))
                    .flatten();
                let Some(end) = named else {
                    fail(
                        data,
                        raw,
                        errors,
                        &mut out,
                        (start, data.len().min(i + 1)),
                        "malformed \\N character escape",
                    )?;
                    continue;
                };
                let name = String::from_utf8_lossy(&data[i + 1..end]).into_owned();
                i = end + 1;
                match unicode_names2::character(&name) {
                    Some(c) => out.push(c),
                    None => fail(data, raw, errors, &mut out, (start, i), "unknown Unicode character name")?,
                }
            }
            // An unknown escape stays as it is, backslash and all.
            other => {
                out.push('\\');
                out.push(char::from(other));
            }
        }
    }
    Ok(out)
}

/// A malformed escape at `span`: the error for "strict", U+FFFD for "replace", nothing for
/// "ignore".
fn fail(
    data: &[u8],
    raw: bool,
    errors: &str,
    out: &mut String,
    span: (usize, usize),
    reason: &str,
) -> Result<(), CodecError> {
    match errors {
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "strict" => {
            let name = codec_name(raw);
            let msg = unicode_error_message(name, None, data, span, reason);
            let span =
                Span { encoding: name, start: span.0, end: span.1, reason: reason.to_string(), skip: 0 };
            Err(CodecError { kind: ExcKind::UnicodeDecodeError, msg, span: Some(span) })
        }
        _ => Err((ExcKind::LookupError, format!("unknown error handler name '{errors}'")).into()),
    }
}

/// The first escape `decode` keeps as it is (`\q`), which CPython 3.11 warns about.
pub fn first_invalid_escape(data: &[u8]) -> Option<char> {
    let mut i = 0;
    while i < data.len() {
        if data[i] != b'\\' {
            i += 1;
            continue;
        }
        let next = *data.get(i + 1)?;
        if !b"\n\\'\"abfnrtv01234567xuUN".contains(&next) {
            return Some(char::from(next));
        }
        i += 2;
    }
    None
}
