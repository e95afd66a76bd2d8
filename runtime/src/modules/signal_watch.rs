//! The process's side of `signal`: one thread that receives the operating system's signals
//! (signal-hook's iterator, whose handler only writes to a pipe, so no Python-visible work
//! happens inside a signal handler) and hands each to the interpreters that asked for it, and
//! the real-time interval timer behind `signal.alarm` and `signal.setitimer`.
//!
//! Signals belong to the process, handlers to interpreters: an interpreter listens for the
//! signals it has a Python handler (or `SIG_IGN`) for. A signal nobody listens for gets the
//! system's default action, as it would have without Reap (the watcher emulates it, since
//! once caught a signal cannot be handed back to the kernel's default by signal-hook).

use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, Weak};
use std::time::{Duration, Instant};

use crate::vm::limits::SIGNAL;

/// Signal `sig`'s bit in a set of signals (1 to 64).
pub fn bit(sig: i64) -> u64 {
    1u64 << ((sig - 1) & 63)
}

/// An interpreter listening: its flag word and pending set (see `Limits`), and which signals.
struct Listener {
    flags: Weak<AtomicU8>,
    pending: Weak<AtomicU64>,
    mask: u64,
}

#[derive(Default)]
struct Watcher {
    /// signal-hook's handle, once the thread runs.
    handle: Option<signal_hook::iterator::Handle>,
    /// The signals signal-hook catches for us.
    caught: u64,
    listeners: Vec<Listener>,
}

static WATCHER: Mutex<Option<Watcher>> = Mutex::new(None);

/// Makes the interpreter whose words these are listen for `sig` (or stop listening). Errors
/// are the system's, for a signal that cannot be caught.
pub fn listen(flags: &Arc<AtomicU8>, pending: &Arc<AtomicU64>, sig: i32, on: bool) -> std::io::Result<()> {
    let mut guard = WATCHER.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let w = guard.get_or_insert_with(Watcher::default);
    let bit = bit(i64::from(sig));
    if on && w.caught & bit == 0 {
        catch(w, sig)?;
    }
    w.listeners.retain(|l| l.flags.strong_count() > 0);
    let me = w.listeners.iter_mut().find(|l| l.pending.as_ptr() == Arc::as_ptr(pending));
    match me {
        Some(l) if on => l.mask |= bit,
        Some(l) => l.mask &= !bit,
        None if on => w.listeners.push(Listener {
            flags: Arc::downgrade(flags),
            pending: Arc::downgrade(pending),
            mask: bit,
        }),
        None => {}
    }
    Ok(())
}

/// Has signal-hook catch `sig`, starting the thread on the first.
fn catch(w: &mut Watcher, sig: i32) -> std::io::Result<()> {
    if let Some(h) = &w.handle {
        h.add_signal(sig)?;
    } else {
        let mut signals = signal_hook::iterator::Signals::new([sig])?;
        w.handle = Some(signals.handle());
        std::thread::Builder::new().name("reap-signals".into()).spawn(move || {
            for sig in signals.forever() {
                deliver(sig);
            }
        })?;
    }
    w.caught |= bit(i64::from(sig));
    Ok(())
}

/// On the watcher's thread: marks `sig` pending for every interpreter listening for it, or
/// gives it the system's default action if none is.
fn deliver(sig: i32) {
    let mut delivered = false;
    if let Ok(guard) = WATCHER.lock()
        && let Some(w) = guard.as_ref()
    {
        for l in w.listeners.iter().filter(|l| l.mask & bit(i64::from(sig)) != 0) {
            if let (Some(flags), Some(pending)) = (l.flags.upgrade(), l.pending.upgrade()) {
                pending.fetch_or(bit(i64::from(sig)), Ordering::SeqCst);
                flags.fetch_or(SIGNAL, Ordering::SeqCst);
                delivered = true;
            }
        }
    }
    if !delivered {
        let _ = signal_hook::low_level::emulate_default_handler(sig);
    }
}

/// The interval timer (ITIMER_REAL): when it next fires and how often after that.
struct Timer {
    due: Option<Instant>,
    interval: Duration,
    /// Whether the thread is waiting on it (it ends when the timer is off).
    running: bool,
}

static TIMER: Mutex<Timer> = Mutex::new(Timer { due: None, interval: Duration::ZERO, running: false });
static TIMER_CHANGED: Condvar = Condvar::new();

/// Sets the timer to fire after `delay` (never, if zero) and then every `interval`; returns
/// what was left of the previous setting: (time to its next firing, its interval).
pub fn set_timer(delay: Duration, interval: Duration) -> (Duration, Duration) {
    let mut t = TIMER.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let old = remaining(&t);
    t.due = (!delay.is_zero()).then(|| Instant::now() + delay);
    t.interval = interval;
    if t.due.is_some() && !t.running {
        t.running = true;
        if std::thread::Builder::new().name("reap-alarm".into()).spawn(run_timer).is_err() {
            t.running = false;
        }
    }
    TIMER_CHANGED.notify_all();
    old
}

/// (time to the next firing, interval) of the timer now.
pub fn get_timer() -> (Duration, Duration) {
    remaining(&TIMER.lock().unwrap_or_else(std::sync::PoisonError::into_inner))
}

fn remaining(t: &Timer) -> (Duration, Duration) {
    let left = t.due.map_or(Duration::ZERO, |d| d.saturating_duration_since(Instant::now()));
    // A timer due this instant has not fired yet: it still counts as set.
    let left = if t.due.is_some() && left.is_zero() { Duration::from_micros(1) } else { left };
    (left, t.interval)
}

/// The timer's thread: sends the process SIGALRM when the timer is due, as the kernel's
/// timer would (so the default action, ending the process, applies without a handler).
fn run_timer() {
    let mut t = TIMER.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    loop {
        let Some(due) = t.due else {
            t.running = false;
            return;
        };
        let now = Instant::now();
        if now < due {
            t = TIMER_CHANGED.wait_timeout(t, due - now).unwrap_or_else(std::sync::PoisonError::into_inner).0;
            continue;
        }
        t.due = (!t.interval.is_zero()).then(|| due + t.interval);
        drop(t);
        let me = rustix::process::getpid();
        let _ = rustix::process::kill_process(me, rustix::process::Signal::ALARM);
        t = TIMER.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    }
}
