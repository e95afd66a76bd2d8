//! Limits an embedding host puts on a run: executed steps (loop iterations and calls), a
//! wall-clock deadline, and a stop flag another thread can set. They are checked where
//! `KeyboardInterrupt` is (backward jumps and calls), so any unbounded run meets them.
//! A limit error cannot be caught: once one is raised, no `except` or `finally` of the script
//! runs (the exception unwinds every frame), and the host gets it back.

use std::sync::Arc;
use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::time::Instant;

use crate::object::exc_kind::ExcKind;
use crate::value::ObjId;
use crate::vm::{PyResult, Vm};

/// Which limit stopped a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitKind {
    Steps,
    Time,
    Stopped,
    Memory,
}

impl LimitKind {
    pub fn message(self) -> &'static str {
        match self {
            LimitKind::Steps => "the step limit was reached",
            LimitKind::Time => "the time limit was reached",
            LimitKind::Stopped => "the run was stopped by its host",
            LimitKind::Memory => "the heap size limit was reached",
        }
    }
}

#[derive(Default)]
pub struct Limits {
    pub max_steps: Option<u64>,
    pub steps: u64,
    pub deadline: Option<Instant>,
    /// Set by an `InterruptHandle` from any thread: `KEYBOARD` (raise `KeyboardInterrupt`),
    /// `STOP` (end the run). One flag word, so that a step with nothing to do reads one byte.
    pub signals: Arc<AtomicU8>,
    /// The operating system's signals delivered to this interpreter and not yet handled, one
    /// bit per signal number (set with `SIGNAL`, by the `signal` module's watcher thread).
    #[cfg_attr(not(feature = "files"), allow(dead_code))]
    pub pending_signals: Arc<AtomicU64>,
    /// Whether a limit is set or was hit: only then are steps counted and limits checked
    /// (see `rearm`).
    armed: bool,
    /// The limit that stopped the current run, while its error unwinds.
    pub hit: Option<LimitKind>,
    /// Bytes the interpreter may hold (counted by `heap::alloc::Counting`).
    pub max_heap_bytes: Option<usize>,
    /// This thread's allocation count when the call began.
    pub heap_base: isize,
    /// What the interpreter held when the call began: its net allocations while it was made
    /// and during earlier calls.
    pub heap_held: isize,
}

/// `Limits::signals`: Ctrl-C (or a host) asks for `KeyboardInterrupt`.
pub const KEYBOARD: u8 = 1;
/// `Limits::signals`: the host stops the run.
pub const STOP: u8 = 2;
/// `Limits::signals`: a signal with a Python handler arrived (see `pending_signals`).
pub const SIGNAL: u8 = 4;

impl Limits {
    /// Recomputes `armed` after the limits change.
    pub fn rearm(&mut self) {
        self.armed = self.max_steps.is_some()
            || self.deadline.is_some()
            || self.hit.is_some()
            || self.max_heap_bytes.is_some();
    }
}

impl Vm {
    /// Raises what is due at a step (a loop's backward jump, a call): a host's limit
    /// (uncatchable) or a `KeyboardInterrupt` asked for by Ctrl-C. Without limits or signals
    /// this is two loads, as it runs on every iteration of every loop.
    #[inline]
    pub fn check_interrupt(&mut self) -> PyResult<()> {
        if self.limits.armed || self.limits.signals.load(Ordering::Relaxed) != 0 {
            return self.check_step();
        }
        Ok(())
    }

    #[cold]
    fn check_step(&mut self) -> PyResult<()> {
        if self.limits.signals.fetch_and(!KEYBOARD, Ordering::Relaxed) & KEYBOARD != 0
            && !(self.slots.signals)(self, true)?
        {
            let empty = self.new_tuple(Vec::new());
            return Err(self.new_exc_args(ExcKind::KeyboardInterrupt, empty));
        }
        if self.limits.signals.fetch_and(!SIGNAL, Ordering::Relaxed) & SIGNAL != 0 {
            (self.slots.signals)(self, false)?;
        }
        self.limits.steps += 1;
        self.check_limits()
    }

    /// Waits `length` (`time.sleep`), waking for what must end a run: a keyboard interrupt,
    /// the host's stop, the deadline (which also ends the shutdown budget's run).
    pub fn wait(&mut self, length: std::time::Duration) -> PyResult<()> {
        // Short slices: a sleeping script answers an interrupt within one.
        const SLICE: std::time::Duration = std::time::Duration::from_millis(10);
        let end = Instant::now() + length;
        loop {
            self.wake_reason()?;
            let now = Instant::now();
            if now >= end {
                return Ok(());
            }
            let mut nap = (end - now).min(SLICE);
            if let Some(d) = self.limits.deadline {
                nap = nap.min(d.saturating_duration_since(now));
            }
            std::thread::sleep(nap);
        }
    }

    /// Waits for a signal (`signal.pause()`): returns once one arrived and its handler ran,
    /// or raises what the handler raised or what ends the run.
    #[cfg_attr(not(feature = "files"), allow(dead_code))]
    pub fn wait_for_signal(&mut self) -> PyResult<()> {
        loop {
            if self.limits.signals.load(Ordering::Relaxed) != 0 {
                return self.check_step();
            }
            self.wake_reason()?;
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    /// What must end a wait (for time to pass, for input): a keyboard interrupt, the host's
    /// stop, the deadline (which also ends the shutdown budget's run).
    pub fn wake_reason(&mut self) -> PyResult<()> {
        if self.limits.signals.load(Ordering::Relaxed) != 0 {
            return self.check_step();
        }
        if self.limits.deadline.is_some_and(|d| Instant::now() >= d) {
            return Err(self.limit_error(LimitKind::Time));
        }
        Ok(())
    }

    #[cold]
    fn check_limits(&mut self) -> PyResult<()> {
        let l = &self.limits;
        let hit = if let Some(h) = l.hit {
            Some(h)
        } else if l.signals.load(Ordering::Relaxed) & STOP != 0 {
            Some(LimitKind::Stopped)
        } else if l.max_steps.is_some_and(|m| l.steps > m) {
            Some(LimitKind::Steps)
        } else if self.heap_used(0).is_some_and(|(used, max)| used > max) {
            Some(LimitKind::Memory)
        } else if l.steps.is_multiple_of(256) && l.deadline.is_some_and(|d| Instant::now() >= d) {
            Some(LimitKind::Time)
        } else {
            None
        };
        match hit {
            Some(kind) => Err(self.limit_error(kind)),
            None => Ok(()),
        }
    }

    /// The exception that carries a limit out of the script (its class does not matter: no
    /// handler sees it).
    pub fn limit_error(&mut self, kind: LimitKind) -> ObjId {
        self.limits.hit = Some(kind);
        self.limits.armed = true;
        self.new_exc(ExcKind::RuntimeError, kind.message())
    }

    /// Bytes added since the call began (plus `extra` about to be), against the limit.
    fn heap_used(&self, extra: usize) -> Option<(usize, usize)> {
        let max = self.limits.max_heap_bytes?;
        let now = crate::heap::alloc::thread_net_bytes();
        let used = (self.limits.heap_held + now - self.limits.heap_base).max(0) as usize;
        Some((used.saturating_add(extra), max))
    }

    /// Before allocating `bytes` at once (a repetition, a big conversion): past the heap
    /// limit it is a limit error; absurd sizes are a `MemoryError`, as in CPython.
    pub fn reserve_bytes(&mut self, bytes: usize) -> PyResult<()> {
        if let Some((used, max)) = self.heap_used(bytes)
            && used > max
        {
            return Err(self.limit_error(LimitKind::Memory));
        }
        if bytes > (1usize << 40) {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// CPython's `MemoryError` (raised without a message).
    pub fn memory_error(&mut self) -> ObjId {
        let empty = self.new_tuple(Vec::new());
        self.new_exc_args(ExcKind::MemoryError, empty)
    }

    /// Room in `v` for `count` more items, or a `MemoryError` (or the host's limit error):
    /// a size a script chose must never abort the process, whatever the allocator says.
    pub fn try_reserve<T>(&mut self, v: &mut Vec<T>, count: usize) -> PyResult<()> {
        let Some(bytes) = count.checked_mul(std::mem::size_of::<T>()) else {
            return Err(self.memory_error());
        };
        self.reserve_bytes(bytes)?;
        v.try_reserve_exact(count).map_err(|_| self.memory_error())
    }

    /// A `Vec` with room for `count` items, or a `MemoryError`.
    pub fn try_vec<T>(&mut self, count: usize) -> PyResult<Vec<T>> {
        let mut v = Vec::new();
        self.try_reserve(&mut v, count)?;
        Ok(v)
    }

    /// A `String` with room for `bytes` bytes, or a `MemoryError`.
    pub fn try_string(&mut self, bytes: usize) -> PyResult<String> {
        self.reserve_bytes(bytes)?;
        let mut s = String::new();
        s.try_reserve_exact(bytes).map_err(|_| self.memory_error())?;
        Ok(s)
    }

    /// Checks the heap limit inside native loops that grow containers.
    pub fn check_memory(&mut self) -> PyResult<()> {
        if self.heap_used(0).is_some_and(|(used, max)| used > max) {
            return Err(self.limit_error(LimitKind::Memory));
        }
        Ok(())
    }

    /// Ends a host call: what it allocated (net) stays the interpreter's.
    pub fn settle_heap(&mut self) {
        self.limits.heap_held += crate::heap::alloc::thread_net_bytes() - self.limits.heap_base;
        self.limits.heap_base = crate::heap::alloc::thread_net_bytes();
    }

    /// Starts a host call: the step count and the stop flag start afresh.
    /// Sets (or lifts) the heap limit for the call that begins (after `reset_limits`), and
    /// tells the heap where its slot tables must stop doubling.
    pub fn set_heap_limit(&mut self, max: Option<usize>) {
        self.limits.max_heap_bytes = max;
        self.limits.rearm();
        let l = &self.limits;
        self.heap.table_ceiling = max.map(|m| l.heap_base - l.heap_held + m as isize);
    }

    pub fn reset_limits(&mut self) {
        self.limits.steps = 0;
        self.limits.hit = None;
        self.limits.heap_base = crate::heap::alloc::thread_net_bytes();
        self.limits.signals.fetch_and(!STOP, Ordering::Relaxed);
        self.limits.rearm();
    }
}
