//! What the embedding host decided about a run, as a part of the VM (the `Builder` sets it).

use std::sync::{Arc, OnceLock};

use crate::value::Value;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::{HostFunction, Vm};
use crate::object::exc_kind::ExcKind;

/// The time a script sees (`time.time()`, `time.monotonic()`, `time.perf_counter()`): a host
/// gives one to make runs reproducible or to hide the real time. Sleeping still takes real
/// time (the limits are measured in it).
pub trait Clock: Send + Sync {
    /// The wall clock: the time since the Unix epoch.
    fn now(&self) -> Duration;
    /// A clock that never goes back, from any origin.
    fn monotonic(&self) -> Duration;
}

/// The real clocks.
pub(crate) struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Duration {
        SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
    }

    fn monotonic(&self) -> Duration {
        // One origin for the process, so a reading never goes back when an interpreter
        // moves to another thread.
        static START: OnceLock<Instant> = OnceLock::new();
        START.get_or_init(Instant::now).elapsed()
    }
}

pub use crate::object::host::Released;

pub struct HostConfig {
    /// File and OS access (`open`, `os.*`); a host may turn it off.
    pub(crate) fs_allowed: bool,
    /// Native modules a script may import (`None`: all).
    pub(crate) allowed_modules: Option<Vec<String>>,
    /// Functions a host registered, called through `Object::HostFunction`.
    pub(crate) functions: Vec<HostFunction>,
    /// What `os.environ` holds: `None` for the process's environment (nothing when files
    /// are off), else exactly these variables.
    pub(crate) environ: Option<Vec<(String, String)>>,
    /// Where the host's handles to this interpreter's objects return their references.
    pub(crate) released: Arc<Released>,
    /// A conversion that could not make a value (a handle to another interpreter's object),
    /// for whoever asked for the conversion to raise.
    pub(crate) conversion_error: Option<String>,
    /// What `time` reads.
    pub(crate) clock: Arc<dyn Clock>,
    /// Reads of the process's stdin wait on the stdin thread (`vm/stdin_reader.rs`), so that
    /// limits and interrupts end them: set for hosted interpreters. The `reap` command
    /// reads directly, as the REPL's line editor shares the terminal with it.
    pub(crate) stdin_thread: bool,
    /// The interpreter owns the process (the `reap` command's): `os._exit` ends it.
    pub(crate) owns_process: bool,
}

impl Default for HostConfig {
    fn default() -> HostConfig {
        HostConfig {
            fs_allowed: true,
            allowed_modules: None,
            functions: Vec::new(),
            environ: None,
            released: Arc::default(),
            conversion_error: None,
            clock: Arc::new(SystemClock),
            stdin_thread: false,
            owns_process: false,
        }
    }
}

impl HostConfig {
    /// Whether a script may import `name` (`top` is its top-level package).
    pub(crate) fn may_import(&self, top: &str, name: &str) -> bool {
        self.allowed_modules.as_ref().is_none_or(|allowed| allowed.iter().any(|a| a == top || a == name))
    }

    /// Whether the host restricts imports at all.
    pub(crate) fn restricts_imports(&self) -> bool {
        self.allowed_modules.is_some()
    }
}

impl Vm {
    /// What a host function's call comes to: `r`, unless a limit was reached during it (a
    /// host that ignored the error of its callback into the script does not get past the
    /// limit) or a conversion on the way failed (see `conversion_error`). The references of
    /// handles the host dropped meanwhile are released.
    pub fn host_returned(&mut self, r: super::PyResult<Value>) -> super::PyResult<Value> {
        let r = match (self.limits.hit, self.host.conversion_error.take()) {
            (None, None) => r,
            (hit, message) => {
                match r {
                    Ok(v) => self.decref(v),
                    Err(e) => self.decref_id(e),
                }
                Err(match (hit, message) {
                    (Some(kind), _) => self.limit_error(kind),
                    (None, m) => self.new_exc(ExcKind::TypeError, &m.unwrap_or_default()),
                })
            }
        };
        self.release_handles();
        r
    }

    /// Releases the references of handles the host dropped since the last time.
    pub fn release_handles(&mut self) {
        let values = self.host.released.take();
        if values.is_empty() {
            return;
        }
        for v in values {
            self.decref(v);
        }
        self.run_doomed();
    }
}
