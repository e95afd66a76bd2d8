//! A text file's decoding, as CPython's `TextIOWrapper` does it: the bytes come a chunk at a
//! time from the file's buffer (`object/file.rs`) and are decoded as they come, an incomplete
//! character or a `\r` at a chunk's end waiting for the next; `tell()` is the byte position
//! where the next character to read begins, counted from the chunk it is in.

use crate::object::file::{DEFAULT_BUFFER_SIZE, FileObj, Snapshot};
use crate::types::codecs::{self, CodecError, Stepping};

/// A failure of a text file's read or write: the system's, or the codec's (with the bytes or
/// text it failed on).
pub(crate) enum TextError {
    Io(std::io::Error),
    Decode(CodecError, Vec<u8>),
    Encode(CodecError, String),
}

impl From<std::io::Error> for TextError {
    fn from(e: std::io::Error) -> TextError {
        TextError::Io(e)
    }
}

type TextResult<T> = Result<T, TextError>;

/// Lines end at `\r`, `\n` or `\r\n` (`newline` None or "").
fn universal(f: &FileObj) -> bool {
    matches!(f.newline.as_deref(), None | Some(""))
}

fn decoder(f: &FileObj) -> &str {
    f.text.decoder.as_deref().unwrap_or(&f.encoding)
}

/// Whether `encoding` is UTF-8 without a byte-order mark (`FileObj::plain_utf8`).
pub(crate) fn is_plain_utf8(encoding: &str) -> bool {
    codecs::stepping(encoding) == Stepping::Utf8 && codecs::bom_len(encoding) == 0
}

/// Forgets what was decoded ahead, as CPython's file does before a write or a seek.
pub(crate) fn reset(f: &mut FileObj, at_start: bool) {
    let t = &mut f.text;
    t.decoded.clear();
    t.used = 0;
    t.snapshot = None;
    t.held.clear();
    if at_start {
        t.decoder = None;
        t.seen = 0;
    } else if t.decoder.is_none() {
        // Past the start, a byte-order mark is not looked for.
        t.decoder = codecs::after_start(&f.encoding, &[]).0.map(str::to_string);
    }
}

/// `raw` with its line endings as the file's `newline` asks (all `\n` when None), noting
/// which endings it met.
fn translate(f: &mut FileObj, raw: String) -> String {
    if !universal(f) {
        return raw;
    }
    if !raw.contains('\r') {
        if raw.contains('\n') {
            f.text.seen |= 2;
        }
        return raw;
    }
    let bytes = raw.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => f.text.seen |= 4,
            b'\r' => f.text.seen |= 1,
            b'\n' if i > 0 && bytes[i - 1] == b'\r' => {}
            b'\n' => f.text.seen |= 2,
            _ => {}
        }
    }
    if f.newline.is_some() {
        return raw;
    }
    raw.replace("\r\n", "\n").replace('\r', "\n")
}

/// Decodes `input` (final: nothing more follows), switching a byte-order-mark codec to the
/// order it found once the file's start is decoded.
fn decode(f: &mut FileObj, input: Vec<u8>) -> TextResult<(String, usize)> {
    let mut bom = 0;
    let mut from = 0;
    if f.text.decoder.is_none() && !input.is_empty() {
        let (after, mark) = codecs::after_start(&f.encoding, &input);
        if after.is_some() {
            // The mark is dropped here, and the rest decoded in the order it chose.
            (bom, from) = (mark, mark);
            f.text.decoder = after.map(str::to_string);
        }
    }
    if from == 0 && codecs::stepping(decoder(f)) == Stepping::Utf8 {
        // Valid UTF-8 needs no copy.
        return match String::from_utf8(input) {
            Ok(t) => Ok((t, 0)),
            Err(e) => {
                let input = e.into_bytes();
                match codecs::decode(&input, decoder(f), &f.errors) {
                    Ok(t) => Ok((t, 0)),
                    Err(e) => Err(TextError::Decode(e, input)),
                }
            }
        };
    }
    match codecs::decode(&input[from..], decoder(f), &f.errors) {
        Ok(t) => Ok((t, bom)),
        Err(e) => Err(TextError::Decode(e, input)),
    }
}

/// Reads and decodes the next chunk into `decoded`; false at the end of the file with nothing
/// left to decode.
pub(crate) fn read_chunk(f: &mut FileObj) -> TextResult<bool> {
    let stepping = codecs::stepping(decoder(f));
    // A pipe has no position: `tell()` refuses it anyway.
    let start = f.position().unwrap_or(0).saturating_sub(f.text.held.len() as u64);
    let (chunk, end) = if stepping == Stepping::Whole {
        (f.read_bytes(None)?, true)
    } else {
        let c = f.read1_bytes(Some(DEFAULT_BUFFER_SIZE))?;
        let end = c.is_empty();
        (c, end)
    };
    let mut input = std::mem::take(&mut f.text.held);
    input.extend_from_slice(&chunk);
    if input.is_empty() {
        // At the end: `tell()` is where the buffer is.
        f.text.decoded.clear();
        f.text.used = 0;
        f.text.snapshot = None;
        return Ok(false);
    }
    let mut complete = if end { input.len() } else { stepping.complete(&input) };
    if stepping == Stepping::Utf16 && !end && complete >= 2 {
        // A high surrogate waits for its partner.
        let big = decoder(f).ends_with("be");
        let high = if big { input[complete - 2] } else { input[complete - 1] };
        if (0xD8..=0xDB).contains(&high) {
            complete -= 2;
        }
    }
    let rest = input.split_off(complete);
    let mut kept = input.clone();
    let (mut raw, bom) = decode(f, input)?;
    if !end && universal(f) && raw.ends_with('\r') {
        // A `\n` may follow in the next chunk.
        raw.pop();
        complete -= stepping.width('\r');
    }
    f.text.held.clear();
    f.text.held.extend_from_slice(&kept[complete..]);
    f.text.held.extend_from_slice(&rest);
    kept.truncate(complete);
    // The text before translation is kept only where translation changed it.
    let (decoded, raw_text) = if f.newline.is_none() && raw.contains('\r') {
        (translate(f, raw.clone()), Some(raw))
    } else {
        (translate(f, raw), None)
    };
    f.text.decoded = decoded;
    f.text.used = 0;
    // While `next()` iterates, CPython takes no snapshot (`tell()` is refused then).
    f.text.snapshot = (!f.text.iterating).then_some(Snapshot { start, input: kept, raw_text, bom });
    Ok(true)
}

/// Takes up to `chars` characters of what is decoded, stopping after byte `stop` of it; how
/// many it took (0 when `chars` is unlimited).
fn take(f: &mut FileObj, chars: usize, stop: usize, out: &mut String) -> usize {
    let rest = &f.text.decoded[f.text.used..stop];
    let (n, len) = if chars == usize::MAX {
        // No limit: nobody counts.
        (0, rest.len())
    } else if chars >= rest.len() {
        (rest.chars().count(), rest.len())
    } else {
        match rest.char_indices().nth(chars) {
            Some((i, _)) => (chars, i),
            None => (rest.chars().count(), rest.len()),
        }
    };
    out.push_str(&rest[..len]);
    f.text.used += len;
    n
}

/// `read(size)`: `size` characters, or all that is left.
pub(crate) fn read(f: &mut FileObj, size: Option<usize>) -> TextResult<String> {
    let mut out = String::new();
    let Some(mut need) = size else {
        out.push_str(&f.text.decoded[f.text.used..]);
        let mut input = std::mem::take(&mut f.text.held);
        input.extend(f.read_bytes(None)?);
        let (raw, _) = decode(f, input)?;
        let text = translate(f, raw);
        if out.is_empty() {
            out = text;
        } else {
            out.push_str(&text);
        }
        f.text.decoded.clear();
        f.text.used = 0;
        f.text.snapshot = None;
        return Ok(out);
    };
    loop {
        let stop = f.text.decoded.len();
        need -= take(f, need, stop, &mut out);
        if need == 0 || !read_chunk(f)? {
            return Ok(out);
        }
    }
}

/// Where the first line ending in `s` ends (after `from`), as the file's `newline` says.
fn line_end(newline: Option<&str>, s: &str, from: usize) -> Option<usize> {
    let b = s.as_bytes();
    let at = |pat: char| s[from..].find(pat).map(|i| from + i);
    match newline {
        None | Some("\n") => at('\n').map(|i| i + 1),
        Some("\r") => at('\r').map(|i| i + 1),
        Some("\r\n") => s[from..].find("\r\n").map(|i| from + i + 2),
        _ => b[from..].iter().position(|&c| c == b'\r' || c == b'\n').map(|i| {
            let i = from + i;
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 }
        }),
    }
}

/// `readline(size)`: the next line with its ending, at most `size` characters.
pub(crate) fn readline(f: &mut FileObj, size: Option<usize>) -> TextResult<String> {
    let mut line = String::new();
    let mut need = size.unwrap_or(usize::MAX);
    // The `newline` argument, without holding a borrow of the file.
    let newline: Option<&'static str> = match f.newline.as_deref() {
        None => None,
        Some("") => Some(""),
        Some("\r") => Some("\r"),
        Some("\r\n") => Some("\r\n"),
        Some(_) => Some("\n"),
    };
    loop {
        if need == 0 {
            return Ok(line);
        }
        let used = f.text.used;
        // A `\r\n` split between chunks: the `\r` is already in the line.
        if newline == Some("\r\n") && line.ends_with('\r') && f.text.decoded[used..].starts_with('\n') {
            take(f, 1, used + 1, &mut line);
            return Ok(line);
        }
        let end = line_end(newline, &f.text.decoded, used);
        let stop = end.unwrap_or(f.text.decoded.len());
        let taken = take(f, need, stop, &mut line);
        need -= taken;
        if end.is_some() || need == 0 {
            return Ok(line);
        }
        if !read_chunk(f)? {
            return Ok(line);
        }
    }
}

/// `write(text)`'s bytes reach the file's buffer: at the byte position under what was read
/// ahead (as CPython's), line endings as `newline` asks, a byte-order mark only at the start.
pub(crate) fn write(f: &mut FileObj, text: String) -> TextResult<()> {
    if f.text.snapshot.is_some() || !f.text.decoded.is_empty() || !f.text.held.is_empty() {
        reset(f, false);
    }
    // A write resets the decoder, and what it saw of line endings.
    f.text.seen = 0;
    let breaks = text.contains('\n') || text.contains('\r');
    let text = match f.newline.as_deref() {
        Some(nl @ ("\r" | "\r\n")) if breaks => text.replace('\n', nl),
        _ => text,
    };
    let mut bytes = if f.plain_utf8 {
        // UTF-8 text is its own bytes (any str encodes: Reap's strs hold no surrogates).
        text.into_bytes()
    } else {
        match codecs::encode(&text, &f.encoding, &f.errors) {
            Ok(b) => b,
            Err(e) => return Err(TextError::Encode(e, text)),
        }
    };
    // The encoder writes its mark first unless the file was opened, or moved by `seek()`, past
    // its start (CPython decides then, not at the write).
    if !std::mem::replace(&mut f.text.bom_due, false) {
        bytes.drain(..codecs::bom_len(&f.encoding).min(bytes.len()));
    }
    f.write_bytes(&bytes)?;
    if f.buffering == 1 && breaks {
        f.flush_writes()?;
    }
    Ok(())
}

/// `tell()`: the byte position of the next character to read.
pub(crate) fn tell(f: &mut FileObj) -> TextResult<u64> {
    f.flush_writes()?;
    let Some(s) = &f.text.snapshot else {
        // Nothing decoded ahead, or a chunk read while iterating: where the buffer is.
        return Ok(f.position()?);
    };
    let chars = f.text.decoded[..f.text.used].chars().count();
    if f.errors != "strict" {
        // Replaced or skipped bytes have no width to count: find the shortest start of the
        // chunk that decodes to as many characters.
        return Ok(s.start + search_prefix(f, chars) as u64);
    }
    let stepping = codecs::stepping(decoder(f));
    let pairs = f.newline.is_none();
    let mut bytes = s.bom;
    let mut it = s.raw_text.as_deref().unwrap_or(&f.text.decoded).chars().peekable();
    for _ in 0..chars {
        let Some(c) = it.next() else { break };
        bytes += stepping.width(c);
        if pairs && c == '\r' && it.peek() == Some(&'\n') {
            it.next();
            bytes += stepping.width('\n');
        }
    }
    Ok(s.start + bytes as u64)
}

/// The fewest bytes of the last chunk that decode to `chars` characters (after translation).
fn search_prefix(f: &FileObj, chars: usize) -> usize {
    let Some(s) = &f.text.snapshot else { return 0 };
    let stepping = codecs::stepping(decoder(f));
    let count = |n: usize| -> usize {
        let part = &s.input[..n];
        let part = &part[..stepping.complete(part)];
        let from = s.bom.min(part.len());
        let text = codecs::decode(&part[from..], decoder(f), &f.errors).unwrap_or_default();
        let text = if f.newline.is_none() { text.replace("\r\n", "\n") } else { text };
        text.chars().count()
    };
    let (mut lo, mut hi) = (0, s.input.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if count(mid) >= chars { hi = mid } else { lo = mid + 1 }
    }
    lo
}
