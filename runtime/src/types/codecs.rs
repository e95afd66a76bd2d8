//! The text encodings `str.encode` and `bytes.decode` know, with CPython's names, error
//! handlers and error messages.

/// A codec failure: the exception type and its message, and for a `UnicodeError` where in
/// the input it happened (the exception's `encoding`, `start`, `end` and `reason`).
#[derive(Clone)]
pub struct CodecError {
    pub kind: ExcKind,
    pub msg: String,
    pub span: Option<Span>,
}

/// Where a text could not be encoded or decoded: positions count characters of a str or
/// bytes of a bytes object.
#[derive(Clone)]
pub struct Span {
    pub encoding: &'static str,
    pub start: usize,
    pub end: usize,
    pub reason: String,
    /// Leading bytes the error's `object` leaves out: the mark `utf-8-sig` dropped.
    pub skip: usize,
}

impl From<(ExcKind, String)> for CodecError {
    fn from((kind, msg): (ExcKind, String)) -> CodecError {
        CodecError { kind, msg, span: None }
    }
}

/// CPython's message for a `UnicodeEncodeError` (`text` is the str) or `UnicodeDecodeError`
/// (`data` the bytes) at `start..end`.
pub(crate) fn unicode_error_message(
    encoding: &str,
    text: Option<&[char]>,
    data: &[u8],
    span: (usize, usize),
    reason: &str,
) -> String {
    let (start, end) = span;
    let single = end == start + 1;
    match text {
        Some(chars) => {
            let what = match chars.get(start) {
                Some(&c) if single => format!("character '{}'", escaped(c)),
                _ => "characters".to_string(),
            };
            format!("'{encoding}' codec can't encode {what} in {}: {reason}", position(start, end))
        }
        None => {
            let what = match data.get(start) {
                Some(b) if single => format!("byte 0x{b:02x}"),
                _ => "bytes".to_string(),
            };
            format!("'{encoding}' codec can't decode {what} in {}: {reason}", position(start, end))
        }
    }
}

use crate::object::exc_kind::ExcKind;

/// The registry's bytes-to-bytes and str-to-str codecs (normalised names).
const NOT_TEXT: &[&str] = &[
    "base64",
    "base64codec",
    "bz2",
    "bz2codec",
    "hex",
    "hexcodec",
    "quopri",
    "quopricodec",
    "quotedprintable",
    "rot13",
    "uu",
    "uucodec",
    "zip",
    "zlib",
    "zlibcodec",
];

#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    /// UTF-8 that writes a BOM first and drops one met first.
    Utf8Sig,
    Ascii,
    Latin1,
    /// UTF-16 or UTF-32 (`wide`); `bom`: the plain name, which writes a byte-order mark.
    Utf16 {
        big: bool,
        bom: bool,
    },
    Utf32 {
        big: bool,
        bom: bool,
    },
    /// A single-byte code page (`charmap.rs`, with the `text` group).
    #[cfg_attr(not(feature = "text"), allow(dead_code))]
    Charmap(u8),
    /// `unicode_escape`, or `raw_unicode_escape` (`codec_escape.rs`).
    Escape {
        raw: bool,
    },
}

impl Codec {
    /// CPython's normalisation: case and `-`/`_`/space are ignored, aliases resolve.
    fn lookup(name: &str, verb: &str) -> Result<Codec, CodecError> {
        let key: String =
            name.chars().filter(|c| !matches!(c, '-' | '_' | ' ')).flat_map(char::to_lowercase).collect();
        Ok(match key.as_str() {
            "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
            "utf8sig" => Codec::Utf8Sig,
            "ascii" | "usascii" | "646" => Codec::Ascii,
            "latin1" | "latin" | "l1" | "iso88591" | "iso885911987" | "8859" | "cp819" => Codec::Latin1,
            "utf16" | "u16" => Codec::Utf16 { big: false, bom: true },
            "utf16le" => Codec::Utf16 { big: false, bom: false },
            "utf16be" => Codec::Utf16 { big: true, bom: false },
            "utf32" | "u32" => Codec::Utf32 { big: false, bom: true },
            "utf32le" => Codec::Utf32 { big: false, bom: false },
            "utf32be" => Codec::Utf32 { big: true, bom: false },
            "unicodeescape" => Codec::Escape { raw: false },
            "rawunicodeescape" => Codec::Escape { raw: true },
            _ => {
                #[cfg(feature = "text")]
                if let Some(page) = super::charmap::find(name) {
                    return Ok(Codec::Charmap(page));
                }
                // Codecs of the registry that are not str-to-bytes: CPython finds them, then
                // refuses them.
                let msg = if NOT_TEXT.contains(&key.as_str()) {
                    format!("'{name}' is not a text encoding; use codecs.{verb}() to handle arbitrary codecs")
                } else {
                    format!("unknown encoding: {name}")
                };
                return Err((ExcKind::LookupError, msg).into());
            }
        })
    }

    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16 { bom: true, .. } => "utf-16",
            Codec::Utf16 { big: false, .. } => "utf-16-le",
            Codec::Utf16 { big: true, .. } => "utf-16-be",
            Codec::Utf32 { bom: true, .. } => "utf-32",
            Codec::Utf32 { big: false, .. } => "utf-32-le",
            Codec::Utf32 { big: true, .. } => "utf-32-be",
            Codec::Charmap(_) => "charmap",
            Codec::Escape { raw: false } => "unicodeescape",
            Codec::Escape { raw: true } => "rawunicodeescape",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    /// `&#233;`: encoding only.
    XmlCharRefReplace,
    /// `\N{LATIN SMALL LETTER E WITH ACUTE}`, or the backslash escape of a character without
    /// a name: encoding only.
    NameReplace,
}

fn handler(errors: &str) -> Result<Handler, CodecError> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" => Handler::NameReplace,
        _ => return Err((ExcKind::LookupError, format!("unknown error handler name '{errors}'")).into()),
    })
}

/// A handler that only knows how to encode, met while decoding: CPython's error.
fn decode_only(handler: Handler) -> Result<Handler, CodecError> {
    match handler {
        Handler::XmlCharRefReplace | Handler::NameReplace => Err((
            ExcKind::TypeError,
            "don't know how to handle UnicodeDecodeError in error callback".to_string(),
        )
            .into()),
        h => Ok(h),
    }
}

/// How CPython's messages show a character: `'\xe9'`, `'\u20ac'`, `'\U0001f600'`.
fn escaped(c: char) -> String {
    match c as u32 {
        n if n < 0x100 => format!("\\x{n:02x}"),
        n if n < 0x10000 => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

fn position(start: usize, end: usize) -> String {
    if end - start == 1 { format!("position {start}") } else { format!("position {start}-{}", end - 1) }
}

pub fn encode(text: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, CodecError> {
    let codec = Codec::lookup(encoding, "encode")?;
    encode_with(codec, text, errors).map_err(|e| registry_error(codec, e, "encoding", encoding))
}

/// CPython runs the code pages through its codec registry, which notes the codec on an error
/// that is not a `UnicodeError` (an unknown handler, a handler that cannot decode); its
/// builtin UTF and Latin-1 codecs skip the registry and the note.
fn registry_error(codec: Codec, mut e: CodecError, verb: &str, encoding: &str) -> CodecError {
    if matches!(codec, Codec::Charmap(_)) && e.span.is_none() {
        let kind = e.kind.name();
        e.msg = format!("{verb} with '{encoding}' codec failed ({kind}: {})", e.msg);
    }
    e
}

fn encode_with(codec: Codec, text: &str, errors: &str) -> Result<Vec<u8>, CodecError> {
    // As in CPython, an unknown handler is an error only once it is needed.
    let handler = handler(errors);
    let limit = match codec {
        Codec::Ascii => 0x80,
        Codec::Latin1 | Codec::Charmap(_) => 0x100,
        Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
        Codec::Escape { raw } => return Ok(super::codec_escape::encode(text, raw)),
        Codec::Utf8Sig => return Ok([UTF8_BOM.as_slice(), text.as_bytes()].concat()),
        Codec::Utf16 { big, bom } => {
            let mut out = Vec::new();
            let units: Vec<u16> = if bom {
                std::iter::once(0xFEFF).chain(text.encode_utf16()).collect()
            } else {
                text.encode_utf16().collect()
            };
            for u in units {
                out.extend_from_slice(&if big { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(out);
        }
        Codec::Utf32 { big, bom } => {
            let mut out = Vec::new();
            let chars = bom.then_some(0xFEFF).into_iter().chain(text.chars().map(|c| c as u32));
            for u in chars {
                out.extend_from_slice(&if big { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(out);
        }
    };
    let byte_of = |c: char| match codec {
        #[cfg(feature = "text")]
        Codec::Charmap(page) => super::charmap::encode_char(page, c),
        _ => ((c as u32) < limit).then_some(c as u32 as u8),
    };
    // A replacement's characters are encoded too (an EBCDIC page's `?` is not 0x3F).
    let put = |out: &mut Vec<u8>, text: &str| {
        out.extend(text.chars().map(|c| byte_of(c).unwrap_or(c as u32 as u8)));
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(b) = byte_of(c) {
            out.push(b);
            i += 1;
            continue;
        }
        match handler.clone()? {
            Handler::Ignore => {}
            Handler::Replace => put(&mut out, "?"),
            Handler::BackslashReplace => put(&mut out, &escaped(c)),
            Handler::XmlCharRefReplace => put(&mut out, &format!("&#{};", c as u32)),
            Handler::NameReplace => match unicode_names2::name(c) {
                Some(name) => put(&mut out, &format!("\\N{{{name}}}")),
                None => put(&mut out, &escaped(c)),
            },
            Handler::Strict => {
                let end = (i..chars.len()).find(|&j| byte_of(chars[j]).is_some()).unwrap_or(chars.len());
                let reason = match codec {
                    Codec::Charmap(_) => "character maps to <undefined>".to_string(),
                    _ => format!("ordinal not in range({limit})"),
                };
                let msg = unicode_error_message(codec.name(), Some(&chars), &[], (i, end), &reason);
                let span = Span { encoding: codec.name(), start: i, end, reason, skip: 0 };
                return Err(CodecError { kind: ExcKind::UnicodeEncodeError, msg, span: Some(span) });
            }
        }
        i += 1;
    }
    Ok(out)
}

const UTF8_BOM: [u8; 3] = [0xEF, 0xBB, 0xBF];

/// How many bytes of byte-order mark an encoding writes at the start of a text: a file's
/// second and later writes leave them out.
pub fn bom_len(encoding: &str) -> usize {
    match Codec::lookup(encoding, "encode") {
        Ok(Codec::Utf8Sig) => 3,
        Ok(Codec::Utf16 { bom: true, .. }) => 2,
        Ok(Codec::Utf32 { bom: true, .. }) => 4,
        _ => 0,
    }
}

/// How a decoder can take a file a chunk at a time (`modules/file_text.rs`): the width of
/// each character's bytes, so that an incomplete one can wait for the next chunk and a position
/// in the text can be told in bytes.
#[derive(Clone, Copy, PartialEq)]
pub enum Stepping {
    Utf8,
    /// One byte a character (ASCII, Latin-1, the code pages).
    Single,
    Utf16,
    Utf32,
    /// Escape codecs: a backslash sequence may span chunks; decoded whole.
    Whole,
}

pub fn stepping(encoding: &str) -> Stepping {
    match Codec::lookup(encoding, "decode") {
        Ok(Codec::Utf8 | Codec::Utf8Sig) => Stepping::Utf8,
        Ok(Codec::Ascii | Codec::Latin1 | Codec::Charmap(_)) => Stepping::Single,
        Ok(Codec::Utf16 { .. }) => Stepping::Utf16,
        Ok(Codec::Utf32 { .. }) => Stepping::Utf32,
        _ => Stepping::Whole,
    }
}

impl Stepping {
    /// The bytes of `c` in this encoding.
    pub fn width(self, c: char) -> usize {
        match self {
            Stepping::Utf8 | Stepping::Whole => c.len_utf8(),
            Stepping::Single => 1,
            Stepping::Utf16 => c.len_utf16() * 2,
            Stepping::Utf32 => 4,
        }
    }

    /// How much of `bytes` holds whole characters: the rest waits for more.
    pub fn complete(self, bytes: &[u8]) -> usize {
        let n = bytes.len();
        match self {
            Stepping::Single | Stepping::Whole => n,
            Stepping::Utf32 => n - n % 4,
            Stepping::Utf16 => n - n % 2,
            Stepping::Utf8 => {
                // A lead byte in the last three whose sequence runs past the end.
                for back in 1..=n.min(3) {
                    let b = bytes[n - back];
                    if b & 0xC0 == 0x80 {
                        continue;
                    }
                    let len = match b {
                        0xC2..=0xDF => 2,
                        0xE0..=0xEF => 3,
                        0xF0..=0xF4 => 4,
                        _ => 1,
                    };
                    return if len > back { n - back } else { n };
                }
                n
            }
        }
    }
}

/// The encoding a file's later chunks decode with, once its first chunk began with `bytes`:
/// the byte order a UTF-16 or UTF-32 mark chose (little-endian without one), plain UTF-8 after
/// UTF-8-SIG's start. Also the length of the mark that began the text. `None`: the same.
pub fn after_start(encoding: &str, bytes: &[u8]) -> (Option<&'static str>, usize) {
    match Codec::lookup(encoding, "decode") {
        Ok(Codec::Utf8Sig) => (Some("utf-8"), if bytes.starts_with(&UTF8_BOM) { 3 } else { 0 }),
        Ok(Codec::Utf16 { bom: true, .. }) => match bytes {
            [0xFE, 0xFF, ..] => (Some("utf-16-be"), 2),
            [0xFF, 0xFE, ..] => (Some("utf-16-le"), 2),
            _ => (Some("utf-16-le"), 0),
        },
        Ok(Codec::Utf32 { bom: true, .. }) => match bytes {
            [0, 0, 0xFE, 0xFF, ..] => (Some("utf-32-be"), 4),
            [0xFF, 0xFE, 0, 0, ..] => (Some("utf-32-le"), 4),
            _ => (Some("utf-32-le"), 0),
        },
        _ => (None, 0),
    }
}

/// Whether `encoding` names `unicode_escape` (whose decoding warns of unknown escapes).
pub fn is_unicode_escape(encoding: &str) -> bool {
    matches!(Codec::lookup(encoding, "decode"), Ok(Codec::Escape { raw: false }))
}

/// A source file's text in the encoding its PEP 263 comment declares. As in CPython, the
/// declaration must be readable before the file is decoded, so only encodings that keep ASCII
/// as it is can be declared (not UTF-16 or UTF-32).
pub fn decode_declared_source(encoding: &str, bytes: &[u8]) -> Result<String, Option<String>> {
    match Codec::lookup(encoding, "decode").map_err(|_| None)? {
        // Decoded to report what CPython's decoder reports; what it decodes to is no source.
        Codec::Utf16 { .. } | Codec::Utf32 { .. } => {
            Err(decode(bytes, encoding, "strict").err().map(|e| e.msg))
        }
        Codec::Escape { .. } => Err(None),
        _ => decode(bytes, encoding, "strict").map_err(|e| Some(e.msg)),
    }
}

pub fn decode(bytes: &[u8], encoding: &str, errors: &str) -> Result<String, CodecError> {
    let codec = Codec::lookup(encoding, "decode")?;
    decode_with(codec, bytes, errors).map_err(|e| registry_error(codec, e, "decoding", encoding))
}

fn decode_with(codec: Codec, bytes: &[u8], errors: &str) -> Result<String, CodecError> {
    if codec == Codec::Utf8Sig {
        // Errors count positions after the mark and name plain UTF-8, as CPython's do.
        let rest = bytes.strip_prefix(UTF8_BOM.as_slice()).unwrap_or(bytes);
        return decode(rest, "utf-8", errors).map_err(|mut e| {
            if let Some(span) = &mut e.span {
                span.skip = bytes.len() - rest.len();
            }
            e
        });
    }
    if let Codec::Escape { raw } = codec {
        return super::codec_escape::decode(bytes, raw, errors);
    }
    let handler = handler(errors).and_then(decode_only);
    // UTF-16 and UTF-32 name the byte order they found in their errors.
    let fail_as = |name: &'static str, start: usize, end: usize, reason: &str| -> CodecError {
        let msg = unicode_error_message(name, None, bytes, (start, end), reason);
        let span = Span { encoding: name, start, end, reason: reason.to_string(), skip: 0 };
        CodecError { kind: ExcKind::UnicodeDecodeError, msg, span: Some(span) }
    };
    let fail = |start: usize, end: usize, reason: &str| fail_as(codec.name(), start, end, reason);
    let mut out = String::with_capacity(bytes.len());
    let bad = |handler: Handler, out: &mut String, start: usize, end: usize| match handler {
        Handler::Ignore | Handler::Strict | Handler::XmlCharRefReplace | Handler::NameReplace => {}
        Handler::Replace => out.push('\u{FFFD}'),
        Handler::BackslashReplace => {
            for b in &bytes[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
        }
    };
    match codec {
        // Handed to plain UTF-8, and to `codec_escape.rs`, above.
        Codec::Utf8Sig | Codec::Escape { .. } => {}
        Codec::Ascii | Codec::Latin1 | Codec::Charmap(_) => {
            let char_of = |b: u8| match codec {
                #[cfg(feature = "text")]
                Codec::Charmap(page) => super::charmap::decode_byte(page, b),
                _ => (codec == Codec::Latin1 || b < 0x80).then_some(b as char),
            };
            let reason = match codec {
                Codec::Charmap(_) => "character maps to <undefined>",
                _ => "ordinal not in range(128)",
            };
            for (i, &b) in bytes.iter().enumerate() {
                if let Some(c) = char_of(b) {
                    out.push(c);
                } else if handler.clone()? == Handler::Strict {
                    return Err(fail(i, i + 1, reason));
                } else {
                    bad(handler.clone()?, &mut out, i, i + 1);
                }
            }
        }
        Codec::Utf8 => {
            let mut rest = bytes;
            let mut offset = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                        let start = offset + good;
                        let len = e.error_len().unwrap_or(rest.len() - good);
                        if handler.clone()? == Handler::Strict {
                            let first = bytes[start];
                            let reason = if e.error_len().is_none() {
                                "unexpected end of data"
                            } else if (0xC2..=0xF4).contains(&first) {
                                "invalid continuation byte"
                            } else {
                                "invalid start byte"
                            };
                            // A bad lead byte is reported alone; a broken sequence as a range.
                            let end = if reason == "invalid start byte" { start + 1 } else { start + len };
                            return Err(fail(start, end, reason));
                        }
                        bad(handler.clone()?, &mut out, start, start + len);
                        rest = &rest[good + len..];
                        offset = start + len;
                    }
                }
            }
        }
        Codec::Utf16 { big, bom } | Codec::Utf32 { big, bom } => {
            let wide = matches!(codec, Codec::Utf32 { .. });
            let width = if wide { 4 } else { 2 };
            let mut big = big;
            let mut data = bytes;
            let mut start = 0;
            if bom && data.len() >= width {
                let le: &[u8] = if wide { &[0xFF, 0xFE, 0, 0] } else { &[0xFF, 0xFE] };
                let be: &[u8] = if wide { &[0, 0, 0xFE, 0xFF] } else { &[0xFE, 0xFF] };
                if data.starts_with(le) {
                    data = &data[width..];
                    start = width;
                } else if data.starts_with(be) {
                    big = true;
                    data = &data[width..];
                    start = width;
                }
            }
            let name = match (wide, big) {
                (false, false) => "utf-16-le",
                (false, true) => "utf-16-be",
                (true, false) => "utf-32-le",
                (true, true) => "utf-32-be",
            };
            let fail = |start: usize, end: usize, reason: &str| fail_as(name, start, end, reason);
            let mut tail_done = false;
            let whole = data.len() / width * width;
            let units = data[..whole].chunks(width);
            if wide {
                for (k, u) in units.enumerate() {
                    let n = if big {
                        u32::from_be_bytes([u[0], u[1], u[2], u[3]])
                    } else {
                        u32::from_le_bytes([u[0], u[1], u[2], u[3]])
                    };
                    match char::from_u32(n) {
                        Some(c) => out.push(c),
                        None if handler.clone()? == Handler::Strict => {
                            let at = start + k * 4;
                            return Err(fail(at, at + 4, "code point not in range(0x110000)"));
                        }
                        None => bad(handler.clone()?, &mut out, start + k * 4, start + k * 4 + 4),
                    }
                }
            } else {
                let words: Vec<u16> = units
                    .map(|u| {
                        if big { u16::from_be_bytes([u[0], u[1]]) } else { u16::from_le_bytes([u[0], u[1]]) }
                    })
                    .collect();
                let mut k = 0;
                while k < words.len() {
                    let (w, at) = (words[k], start + k * 2);
                    let next = words.get(k + 1).copied();
                    let pair = next.filter(|n| (0xD800..0xDC00).contains(&w) && (0xDC00..0xE000).contains(n));
                    let c = match pair {
                        Some(low) => char::from_u32(
                            0x10000 + ((u32::from(w) - 0xD800) << 10) + (u32::from(low) - 0xDC00),
                        ),
                        None => char::from_u32(u32::from(w)),
                    };
                    if let Some(c) = c {
                        out.push(c);
                        k += if pair.is_some() { 2 } else { 1 };
                        continue;
                    }
                    // An unpaired surrogate: a high one with nothing after it waits for more data.
                    let (end, reason) = match next {
                        _ if w >= 0xDC00 => (at + 2, "illegal encoding"),
                        None => (bytes.len(), "unexpected end of data"),
                        Some(_) => (at + 2, "illegal UTF-16 surrogate"),
                    };
                    if handler.clone()? == Handler::Strict {
                        return Err(fail(at, end, reason));
                    }
                    bad(handler.clone()?, &mut out, at, end);
                    tail_done = end == bytes.len();
                    k += 1;
                }
            }
            if whole < data.len() && !tail_done {
                if handler.clone()? == Handler::Strict {
                    return Err(fail(start + whole, bytes.len(), "truncated data"));
                }
                bad(handler.clone()?, &mut out, start + whole, bytes.len());
            }
        }
    }
    Ok(out)
}
