//! What the embedding host decided about a run, as a part of the VM (the `Builder` sets it).

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use super::HostFunction;

pub struct HostConfig {
    /// Set from another thread (a Ctrl-C handler, a host) to raise `KeyboardInterrupt` in the
    /// running script at its next loop iteration or call.
    pub(crate) interrupt: Arc<AtomicBool>,
    /// File and OS access (`open`, `os.*`); a host may turn it off.
    pub(crate) fs_allowed: bool,
    /// Native modules a script may import (`None`: all).
    pub(crate) allowed_modules: Option<Vec<String>>,
    /// Functions a host registered, called through `Object::HostFunction`.
    pub(crate) functions: Vec<HostFunction>,
    /// What `os.environ` holds: `None` for the process's environment (nothing when files
    /// are off), else exactly these variables.
    pub(crate) environ: Option<Vec<(String, String)>>,
}

impl Default for HostConfig {
    fn default() -> HostConfig {
        HostConfig {
            interrupt: Arc::new(AtomicBool::new(false)),
            fs_allowed: true,
            allowed_modules: None,
            functions: Vec::new(),
            environ: None,
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
