//! An open file of `open()`'s: the system's file, and the buffer CPython's `BufferedReader`,
//! `BufferedWriter` or `BufferedRandom` keeps over it. The position a script sees is the
//! system's, less what was read ahead and not yet taken, plus what was written and not yet
//! passed on, so a file is read a buffer at a time (a device, a pipe or a huge file is never
//! read whole) and a read-write file writes where the script is. A text file's decoding
//! (`modules/file_text.rs`) sits on top, in `text`.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};

/// CPython's `io.DEFAULT_BUFFER_SIZE`: a text file's decoding step, and the buffer of a file
/// whose system block size says nothing.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

pub struct FileObj {
    pub name: String,
    /// Opened by a bytes path: `name` reads as bytes.
    pub name_is_bytes: bool,
    pub mode: String,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    /// `None` once closed.
    pub handle: Option<File>,
    /// Read from the system and not yet taken: `ahead[taken..]`.
    ahead: Vec<u8>,
    taken: usize,
    /// Written and not yet passed to the system.
    unwritten: Vec<u8>,
    /// The buffer's size (CPython: the file system's block size).
    pub buffer_size: usize,
    /// `open(..., buffering=)`: 0 passes every write to the system (binary files), 1 every
    /// line (text files); otherwise writes wait until a buffer's worth.
    pub buffering: i64,
    /// A text file's encoding and error handler (`types/codecs.rs`).
    pub encoding: String,
    pub errors: String,
    /// The encoding is UTF-8 without a mark: a str's bytes are its encoding (kept so that a
    /// write does not look the codec up by name).
    pub plain_utf8: bool,
    /// A text file's `newline` argument: `None` translates every line ending to `\n` on
    /// reading; otherwise lines end as it says (`""`: at any of them) and writes turn `\n` into it.
    pub newline: Option<String>,
    /// Opened by descriptor (`open(fd)`): its `name` is that number.
    pub descriptor: Option<i64>,
    /// A text file's decoder (`modules/file_text.rs`).
    pub text: TextState,
    /// `detach()` gave the byte layer away: the file itself can do nothing more.
    pub detached: bool,
}

/// What a text file decoded and has not given out yet, and how to say where it is.
#[derive(Default)]
pub struct TextState {
    /// The last chunk's text, its line endings translated; `decoded[used..]` is still to read.
    pub decoded: String,
    pub used: usize,
    /// Where the bytes of the last chunk began in the file, and the bytes themselves:
    /// `tell()` counts from there.
    pub snapshot: Option<Snapshot>,
    /// Bytes read but not decoded yet: an incomplete character, or a `\r` that a `\n` may follow.
    pub held: Vec<u8>,
    /// The encoding the next chunk is decoded with: UTF-16 and UTF-32 read their byte-order mark
    /// in the first chunk only, and keep its order; UTF-8-SIG drops its mark at the start only.
    pub decoder: Option<String>,
    /// `tell()` refused while iterating with `next()`, as CPython's.
    pub iterating: bool,
    /// The line endings met (`newlines`): 1 `\r`, 2 `\n`, 4 `\r\n`.
    pub seen: u8,
    /// The next write begins with the encoding's byte-order mark: the file was at its start
    /// when opened (or has no positions), or was moved there by `seek()`, and nothing was
    /// written since.
    pub bom_due: bool,
    /// `write_through`: set by `reconfigure()` (writes reach the buffer at once either way).
    pub write_through: bool,
}

pub struct Snapshot {
    pub start: u64,
    pub input: Vec<u8>,
    /// The text before its line endings were translated, where that changed it.
    pub raw_text: Option<String>,
    /// The byte-order mark the chunk began with, which its text leaves out.
    pub bom: usize,
}

/// The mode of the raw file under a file opened with `mode`, as CPython's FileIO words it
/// (`w+b` and `w+` are `rb+`, `a` is `ab`).
pub fn raw_mode(mode: &str) -> String {
    let plus = mode.contains('+');
    let kind = match mode.chars().find(|c| matches!(c, 'r' | 'w' | 'a' | 'x')).unwrap_or('r') {
        k @ ('x' | 'a') => k,
        'r' => 'r',
        _ if plus => 'r',
        _ => 'w',
    };
    format!("{kind}b{}", if plus { "+" } else { "" })
}

impl FileObj {
    pub fn new(name: String, mode: String, binary: bool, handle: File) -> FileObj {
        use std::os::unix::fs::MetadataExt;
        let block = handle.metadata().map(|m| m.blksize() as usize).unwrap_or(0);
        FileObj {
            name,
            name_is_bytes: false,
            mode,
            binary,
            readable: false,
            writable: false,
            handle: Some(handle),
            ahead: Vec::new(),
            taken: 0,
            unwritten: Vec::new(),
            buffer_size: if block > 1 { block } else { DEFAULT_BUFFER_SIZE },
            buffering: -1,
            encoding: String::new(),
            errors: String::new(),
            plain_utf8: false,
            newline: None,
            descriptor: None,
            text: TextState::default(),
            detached: false,
        }
    }

    fn handle(&mut self) -> std::io::Result<&mut File> {
        self.handle.as_mut().ok_or_else(|| std::io::Error::from_raw_os_error(9))
    }

    /// How many bytes were read ahead and not taken.
    pub fn unread(&self) -> usize {
        self.ahead.len() - self.taken
    }

    /// Passes what was written to the system, where the script's position is then (a
    /// `read1` may have read past where the write was made: see `read1_bytes`).
    pub fn flush_writes(&mut self) -> std::io::Result<()> {
        if self.unwritten.is_empty() {
            return Ok(());
        }
        if self.unread() > 0 {
            self.rewind_ahead()?;
        }
        let data = std::mem::take(&mut self.unwritten);
        self.handle()?.write_all(&data)
    }

    /// Gives back to the system what was read ahead, so that the system's position is the
    /// script's (before a write, a seek, or handing the file to a child process).
    pub fn rewind_ahead(&mut self) -> std::io::Result<()> {
        let n = self.unread();
        self.ahead.clear();
        self.taken = 0;
        if n > 0 {
            self.handle()?.seek(SeekFrom::Current(-(n as i64)))?;
        }
        Ok(())
    }

    /// The position a script sees, in bytes.
    pub fn position(&mut self) -> std::io::Result<u64> {
        let (unread, unwritten) = (self.unread() as u64, self.unwritten.len() as u64);
        let at = self.handle()?.stream_position()?;
        Ok((at + unwritten).saturating_sub(unread))
    }

    /// Reads once more from the system into the buffer; false at the end of the file.
    fn fill(&mut self, want: usize) -> std::io::Result<bool> {
        self.flush_writes()?;
        self.fill_past_writes(want)
    }

    /// `fill` leaving what was written unwritten.
    fn fill_past_writes(&mut self, want: usize) -> std::io::Result<bool> {
        if self.taken > 0 {
            self.ahead.drain(..self.taken);
            self.taken = 0;
        }
        let have = self.ahead.len();
        self.ahead.resize(have + want.max(1), 0);
        let r = loop {
            let (h, room) = match self.handle.as_mut() {
                Some(h) => (h, &mut self.ahead[have..]),
                None => break Err(std::io::Error::from_raw_os_error(9)),
            };
            match h.read(room) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                r => break r,
            }
        };
        let n = *r.as_ref().unwrap_or(&0);
        self.ahead.truncate(have + n);
        r.map(|n| n > 0)
    }

    fn take(&mut self, n: usize) -> Vec<u8> {
        let n = n.min(self.unread());
        let out = self.ahead[self.taken..self.taken + n].to_vec();
        self.taken += n;
        out
    }

    /// `read(size)`: up to `size` bytes (all that is left when None), reading until it has them
    /// or the file ends.
    pub fn read_bytes(&mut self, size: Option<usize>) -> std::io::Result<Vec<u8>> {
        self.flush_writes()?;
        let Some(size) = size else {
            let mut out = self.take(self.unread());
            self.handle()?.read_to_end(&mut out)?;
            return Ok(out);
        };
        while self.unread() < size {
            let want = self.buffer_size.max(size - self.unread());
            if !self.fill(want)? {
                break;
            }
        }
        Ok(self.take(size))
    }

    /// `read1(size)`: what the buffer holds, or else one read of the system. As CPython's
    /// `BufferedRandom.read1`, it reads past what was written and not yet flushed, which
    /// then lands where the read left the position (a text file's `readline()` reads so).
    pub fn read1_bytes(&mut self, size: Option<usize>) -> std::io::Result<Vec<u8>> {
        if self.unread() == 0 {
            let want = size.map_or(self.buffer_size, |s| s.max(self.buffer_size));
            self.fill_past_writes(want)?;
        }
        Ok(self.take(size.unwrap_or(usize::MAX)))
    }

    /// `peek()`: what the buffer holds, after one read of the system if it held nothing.
    pub fn peek_bytes(&mut self) -> std::io::Result<Vec<u8>> {
        if self.unread() == 0 {
            self.fill(self.buffer_size)?;
        }
        Ok(self.ahead[self.taken..].to_vec())
    }

    /// `readline(size)` of a binary file: up to and with the next `\n`.
    pub fn read_line_bytes(&mut self, size: Option<usize>) -> std::io::Result<Vec<u8>> {
        let limit = size.unwrap_or(usize::MAX);
        let mut searched = 0;
        loop {
            let rest = &self.ahead[self.taken..];
            if let Some(i) = rest[searched..].iter().position(|&b| b == b'\n') {
                return Ok(self.take((searched + i + 1).min(limit)));
            }
            searched = rest.len();
            if searched >= limit || !self.fill(self.buffer_size)? {
                return Ok(self.take(limit));
            }
        }
    }

    /// `write(data)` of bytes: at the script's position, passed to the system a buffer's worth
    /// at a time (at once when unbuffered).
    pub fn write_bytes(&mut self, data: &[u8]) -> std::io::Result<()> {
        if self.unread() > 0 {
            self.rewind_ahead()?;
        } else {
            self.ahead.clear();
            self.taken = 0;
        }
        self.unwritten.extend_from_slice(data);
        if self.buffering == 0 || self.unwritten.len() >= self.buffer_size {
            self.flush_writes()?;
        }
        Ok(())
    }

    /// `seek(offset, whence)` in bytes; the new position.
    pub fn seek_bytes(&mut self, offset: i64, whence: i64) -> std::io::Result<u64> {
        self.flush_writes()?;
        let to = match whence {
            1 => SeekFrom::Current(offset - self.unread() as i64),
            2 => SeekFrom::End(offset),
            // SEEK_HOLE: a file without holes has its one hole at its end.
            4 => SeekFrom::End(0),
            // SEEK_DATA, in a file whose data is everywhere.
            _ => SeekFrom::Start(offset.max(0) as u64),
        };
        self.ahead.clear();
        self.taken = 0;
        self.handle()?.seek(to)
    }

    /// `truncate(size)`: the file cut or extended to `size`; the position stays.
    pub fn truncate_bytes(&mut self, size: Option<u64>) -> std::io::Result<u64> {
        self.flush_writes()?;
        self.rewind_ahead()?;
        let size = match size {
            Some(s) => s,
            None => self.handle()?.stream_position()?,
        };
        self.handle()?.set_len(size)?;
        Ok(size)
    }

    /// Whether the system can move in the file (not a pipe or a terminal).
    pub fn can_seek(&mut self) -> bool {
        self.handle.as_mut().is_some_and(|h| h.stream_position().is_ok())
    }
}

impl Drop for FileObj {
    fn drop(&mut self) {
        // CPython flushes a file it deallocates; nothing can report a failure here.
        let _ = self.flush_writes();
    }
}
