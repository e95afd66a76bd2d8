//! Where an interpreter's output goes and its input comes from, as a part of the VM:
//! `sys.stdout` and `sys.stderr` write here (a host may redirect or capture them), `input()`
//! and `sys.stdin` read here, and the text of every file run is kept for the source lines of
//! tracebacks.

use std::collections::HashMap;
use std::io::{BufRead, Read, Write};
use std::sync::Arc;

pub struct Io {
    pub(crate) out: Box<dyn Write + Send>,
    pub(crate) err: Box<dyn Write + Send>,
    pub(crate) input: Input,
    /// Read from `input` but not yet given to the script (the rest of a line `read(n)` split).
    pub(crate) pending: Vec<u8>,
    /// Compiled source of every file run, by file name.
    pub(crate) sources: HashMap<Arc<str>, Arc<str>>,
}

impl Io {
    /// The process's own streams: stdout block-buffered when piped and line-buffered on a
    /// terminal, as CPython's; stderr unbuffered.
    pub(crate) fn new() -> Io {
        let out: Box<dyn Write + Send> = if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
            Box::new(std::io::LineWriter::new(std::io::stdout()))
        } else {
            Box::new(std::io::BufWriter::new(std::io::stdout()))
        };
        Io {
            out,
            err: Box::new(std::io::stderr()),
            input: Input::Inherit,
            pending: Vec::new(),
            sources: HashMap::new(),
        }
    }
}

impl Io {
    /// The next line of the input (with its line break, if any), empty at the end.
    pub(crate) fn input_line(&mut self) -> std::io::Result<Vec<u8>> {
        if let Some(end) = self.pending.iter().position(|&b| b == b'\n') {
            return Ok(self.pending.drain(..=end).collect());
        }
        let mut line = std::mem::take(&mut self.pending);
        self.input.read_line(&mut line)?;
        Ok(line)
    }

    /// Everything left in the input.
    pub(crate) fn input_all(&mut self) -> std::io::Result<Vec<u8>> {
        let mut all = std::mem::take(&mut self.pending);
        self.input.read_all(&mut all)?;
        Ok(all)
    }

    /// Gives back what was read but not used, to be read first next time.
    pub(crate) fn unread(&mut self, mut bytes: Vec<u8>) {
        bytes.append(&mut self.pending);
        self.pending = bytes;
    }
}

/// Where `input()` and `sys.stdin` read from.
pub enum Input {
    /// The process's stdin, through the buffer Rust's `Stdin` keeps (so a program that also
    /// reads it, as the REPL on a pipe does, sees the same lines).
    Inherit,
    /// Text given by the host; reading past it is the end of the input.
    Text(std::io::Cursor<Vec<u8>>),
    /// Nothing: every read is at the end of the input.
    Empty,
}

impl Input {
    /// Appends one line (with its line break, if it has one) to `buf`; 0 at the end.
    pub(crate) fn read_line(&mut self, buf: &mut Vec<u8>) -> std::io::Result<usize> {
        match self {
            Input::Inherit => std::io::stdin().lock().read_until(b'\n', buf),
            Input::Text(c) => c.read_until(b'\n', buf),
            Input::Empty => Ok(0),
        }
    }

    /// Appends everything left to `buf`.
    pub(crate) fn read_all(&mut self, buf: &mut Vec<u8>) -> std::io::Result<usize> {
        match self {
            Input::Inherit => std::io::stdin().lock().read_to_end(buf),
            Input::Text(c) => c.read_to_end(buf),
            Input::Empty => Ok(0),
        }
    }

    pub(crate) fn is_terminal(&self) -> bool {
        matches!(self, Input::Inherit) && std::io::IsTerminal::is_terminal(&std::io::stdin())
    }
}
