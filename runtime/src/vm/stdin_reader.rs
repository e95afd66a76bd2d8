//! The process's stdin, read on a thread of its own, so that a script waiting for input
//! still wakes for what must end its run (an interrupt, the host's stop, the deadline): a
//! read blocked in the kernel cannot be cancelled, but the wait for its answer can. The
//! thread reads only when asked, one request at a time, through the buffer Rust's `Stdin`
//! shares with the rest of the process, so input nobody asked for stays where the REPL or
//! the host can read it. A request whose reader stopped waiting is answered to the next one.

use std::io::{BufRead, Read};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Want {
    /// One line, with its line break if it has one; empty at the end.
    Line,
    /// Everything up to the end.
    All,
}

/// What a wait came to.
pub(crate) enum Waited {
    /// The answer to a request (not always the one asked for: see the module's notes).
    Read(Want, std::io::Result<Vec<u8>>),
    /// `stop` said to give up.
    Stopped,
}

struct Reader {
    ask: Sender<Want>,
    answers: Receiver<(Want, std::io::Result<Vec<u8>>)>,
    /// Asked and not yet answered.
    outstanding: bool,
}

static READER: Mutex<Option<Reader>> = Mutex::new(None);

/// How often a wait looks at `stop`.
const SLICE: Duration = Duration::from_millis(10);

fn start() -> Reader {
    let (ask, requests) = channel::<Want>();
    let (reply, answers) = channel();
    std::thread::spawn(move || {
        for want in requests {
            let mut buf = Vec::new();
            let stdin = std::io::stdin();
            let r = match want {
                Want::Line => stdin.lock().read_until(b'\n', &mut buf),
                Want::All => stdin.lock().read_to_end(&mut buf),
            };
            if reply.send((want, r.map(|_| buf))).is_err() {
                return;
            }
        }
    });
    Reader { ask, answers, outstanding: false }
}

/// Waits for the stdin thread's answer to `want` (or to an earlier request still
/// outstanding), calling `stop` between slices.
pub(crate) fn read(want: Want, mut stop: impl FnMut() -> bool) -> Waited {
    loop {
        let mut guard = READER.lock().unwrap_or_else(PoisonError::into_inner);
        let reader = guard.get_or_insert_with(start);
        if !reader.outstanding {
            if reader.ask.send(want).is_err() {
                return Waited::Read(want, Err(std::io::Error::other("the stdin reader is gone")));
            }
            reader.outstanding = true;
        }
        match reader.answers.recv_timeout(SLICE) {
            Ok((answered, r)) => {
                reader.outstanding = false;
                return Waited::Read(answered, r);
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => {
                reader.outstanding = false;
                return Waited::Read(want, Err(std::io::Error::other("the stdin reader is gone")));
            }
        }
        drop(guard);
        if stop() {
            return Waited::Stopped;
        }
    }
}
