//! Where an interpreter's output goes and its input comes from, as a part of the VM:
//! `sys.stdout` and `sys.stderr` write here (a host may redirect or capture them), `input()`
//! and `sys.stdin` read here, and the text of every file run is kept for the source lines of
//! tracebacks.

use std::collections::HashMap;
use std::io::{BufRead, Read, Write};

use super::limits::LimitKind;
use super::stdin_reader::{self, Waited, Want};
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
    /// Gives back what was read but not used, to be read first next time.
    pub(crate) fn unread(&mut self, mut bytes: Vec<u8>) {
        bytes.append(&mut self.pending);
        self.pending = bytes;
    }
}

impl super::Vm {
    /// The next line of the input (with its line break, if any), empty at the end. Waiting
    /// for the process's stdin wakes for an interrupt, the host's stop and the deadline.
    pub(crate) fn input_line(&mut self) -> super::PyResult<std::io::Result<Vec<u8>>> {
        let io = &mut self.io;
        if let Some(end) = io.pending.iter().position(|&b| b == b'\n') {
            return Ok(Ok(io.pending.drain(..=end).collect()));
        }
        let mut line = std::mem::take(&mut io.pending);
        let r = match &mut io.input {
            Input::Inherit if self.host.stdin_thread => self.stdin_wait(Want::Line),
            Input::Inherit => Ok(std::io::stdin().lock().read_until(b'\n', &mut line).map(|_| Vec::new())),
            Input::Text(c) => Ok(c.read_until(b'\n', &mut line).map(|_| Vec::new())),
            Input::Empty => Ok(Ok(Vec::new())),
        };
        let more = match r {
            Ok(Ok(more)) => more,
            Ok(Err(e)) => {
                self.io.unread(line);
                return Ok(Err(e));
            }
            Err(e) => {
                self.io.unread(line);
                return Err(e);
            }
        };
        line.extend(more);
        // An answer of everything (to an earlier `read()` whose reader gave up) holds more
        // than the line.
        if let Some(end) = line.iter().position(|&b| b == b'\n') {
            self.io.unread(line.split_off(end + 1));
        }
        Ok(Ok(line))
    }

    /// Everything left in the input.
    pub(crate) fn input_all(&mut self) -> super::PyResult<std::io::Result<Vec<u8>>> {
        let mut all = std::mem::take(&mut self.io.pending);
        let r = match &mut self.io.input {
            Input::Inherit if self.host.stdin_thread => self.stdin_wait(Want::All),
            Input::Inherit => Ok(std::io::stdin().lock().read_to_end(&mut all).map(|_| Vec::new())),
            Input::Text(c) => Ok(c.read_to_end(&mut all).map(|_| Vec::new())),
            Input::Empty => Ok(Ok(Vec::new())),
        };
        match r {
            Ok(Ok(more)) => {
                all.extend(more);
                Ok(Ok(all))
            }
            Ok(Err(e)) => {
                self.io.unread(all);
                Ok(Err(e))
            }
            Err(e) => {
                self.io.unread(all);
                Err(e)
            }
        }
    }

    /// What the stdin thread reads for `want`; `Err` is what woke the wait.
    fn stdin_wait(&mut self, want: Want) -> super::PyResult<std::io::Result<Vec<u8>>> {
        let mut got = Vec::new();
        loop {
            let mut woke = None;
            let waited = stdin_reader::read(want, || {
                woke = self.wake_reason().err();
                woke.is_some()
            });
            match waited {
                Waited::Stopped => {
                    self.io.unread(got);
                    return Err(woke.unwrap_or_else(|| self.limit_error(LimitKind::Stopped)));
                }
                Waited::Read(_, Err(e)) => {
                    self.io.unread(got);
                    return Ok(Err(e));
                }
                // A line answering an earlier request, when everything is wanted: keep
                // reading.
                Waited::Read(Want::Line, Ok(line)) if want == Want::All && !line.is_empty() => {
                    got.extend(line);
                }
                Waited::Read(_, Ok(bytes)) => {
                    got.extend(bytes);
                    return Ok(Ok(got));
                }
            }
        }
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
    pub(crate) fn is_terminal(&self) -> bool {
        matches!(self, Input::Inherit) && std::io::IsTerminal::is_terminal(&std::io::stdin())
    }
}
