//! Where an interpreter's output goes, as a part of the VM: `sys.stdout` and `sys.stderr`
//! write here (a host may redirect or capture them), and the text of every file run is kept
//! for the source lines of tracebacks.

use std::collections::HashMap;
use std::io::Write;
use std::sync::Arc;

pub struct Io {
    pub(crate) out: Box<dyn Write + Send>,
    pub(crate) err: Box<dyn Write + Send>,
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
        Io { out, err: Box::new(std::io::stderr()), sources: HashMap::new() }
    }
}
