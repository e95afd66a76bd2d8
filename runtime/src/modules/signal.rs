//! `_signal`, the native half of `signal` (`pylib/signal.py` adds the enums): Python handlers
//! for the operating system's signals, run by the interpreter between instructions as
//! CPython runs them, `alarm`/`setitimer`, `raise_signal`, `pause`.
//!
//! Each interpreter keeps its handlers in `_signal._handlers` (a list indexed by signal
//! number) and listens, through `signal_watch`, for the signals it handles; the VM runs the
//! pending ones at its next check (`Vm::check_step`, through `slots.signals`). SIGINT is the
//! exception: Ctrl-C reaches an interpreter as its keyboard interrupt (the `reap` command's
//! handler, or a host's `InterruptHandle`), and the hook runs the SIGINT handler for it
//! (`default_int_handler` raising `KeyboardInterrupt`, unless the script set another).
//! A signal an interpreter sends itself (`raise_signal`, `os.kill(os.getpid(), ...)`) while
//! it handles it is marked pending directly and handled before the call returns: the same as
//! CPython, without a round trip through the watcher's thread.
//!
//! Setting a handler changes the process, so it is refused, as file access is, by a host
//! that turned file system access off.

use std::sync::atomic::Ordering;
use std::time::Duration;

use super::io::{os_error, require_fs};
use super::signal_watch::{bit, get_timer, listen, set_timer};
use super::{arity, def, new_module, register};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::object::set_table::SetTable;
use crate::value::{ObjId, Value};
use crate::vm::limits::SIGNAL;
use crate::vm::{PyResult, Vm};

const MODULE: &str = "_signal";
/// One more than the highest signal number, as CPython's `signal.NSIG`.
const NSIG: i64 = 65;
const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;
const SIGINT: i64 = 2;
const ITIMER_REAL: i64 = 0;

/// The names of Linux's signals, by number.
const NAMES: &[(&str, i64)] = &[
    ("SIGHUP", 1),
    ("SIGINT", 2),
    ("SIGQUIT", 3),
    ("SIGILL", 4),
    ("SIGTRAP", 5),
    ("SIGABRT", 6),
    ("SIGIOT", 6),
    ("SIGBUS", 7),
    ("SIGFPE", 8),
    ("SIGKILL", 9),
    ("SIGUSR1", 10),
    ("SIGSEGV", 11),
    ("SIGUSR2", 12),
    ("SIGPIPE", 13),
    ("SIGALRM", 14),
    ("SIGTERM", 15),
    ("SIGSTKFLT", 16),
    ("SIGCHLD", 17),
    ("SIGCLD", 17),
    ("SIGCONT", 18),
    ("SIGSTOP", 19),
    ("SIGTSTP", 20),
    ("SIGTTIN", 21),
    ("SIGTTOU", 22),
    ("SIGURG", 23),
    ("SIGXCPU", 24),
    ("SIGXFSZ", 25),
    ("SIGVTALRM", 26),
    ("SIGPROF", 27),
    ("SIGWINCH", 28),
    ("SIGIO", 29),
    ("SIGPOLL", 29),
    ("SIGPWR", 30),
    ("SIGSYS", 31),
    ("SIGRTMIN", 34),
    ("SIGRTMAX", 64),
];

/// What `strsignal` says of signals 1 to 31 (the C library's descriptions).
const DESCRIPTIONS: [&str; 31] = [
    "Hangup",
    "Interrupt",
    "Quit",
    "Illegal instruction",
    "Trace/breakpoint trap",
    "Aborted",
    "Bus error",
    "Floating point exception",
    "Killed",
    "User defined signal 1",
    "Segmentation fault",
    "User defined signal 2",
    "Broken pipe",
    "Alarm clock",
    "Terminated",
    "Stack fault",
    "Child exited",
    "Continued",
    "Stopped (signal)",
    "Stopped",
    "Stopped (tty input)",
    "Stopped (tty output)",
    "Urgent I/O condition",
    "CPU time limit exceeded",
    "File size limit exceeded",
    "Virtual timer expired",
    "Profiling timer expired",
    "Window changed",
    "I/O possible",
    "Power failure",
    "Bad system call",
];

pub fn make_signal(vm: &mut Vm) {
    let (m, d) = new_module(vm, MODULE);
    def(vm, d, "_signal.signal", signal);
    def(vm, d, "_signal.getsignal", getsignal);
    def(vm, d, "_signal.default_int_handler", default_int_handler);
    def(vm, d, "_signal.raise_signal", raise_signal);
    def(vm, d, "_signal.strsignal", strsignal);
    def(vm, d, "_signal.valid_signals", valid_signals);
    def(vm, d, "_signal.alarm", alarm);
    def(vm, d, "_signal.setitimer", setitimer);
    def(vm, d, "_signal.getitimer", getitimer);
    def(vm, d, "_signal.pause", pause);
    def(vm, d, "_signal.siginterrupt", siginterrupt);
    def(vm, d, "_signal.set_wakeup_fd", set_wakeup_fd);
    def(vm, d, "_signal._deliver_here", deliver_here);
    let consts =
        [("NSIG", NSIG), ("SIG_DFL", SIG_DFL), ("SIG_IGN", SIG_IGN), ("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1)];
    let timers =
        [("SIG_SETMASK", 2), ("ITIMER_REAL", ITIMER_REAL), ("ITIMER_VIRTUAL", 1), ("ITIMER_PROF", 2)];
    for &(name, n) in NAMES.iter().chain(&consts).chain(&timers) {
        vm.dict_set_str(d, name, Value::Int(n));
    }
    // The handlers as the process starts: CPython's SIGINT handler, and SIGPIPE and SIGXFSZ
    // ignored (the runtime ignores SIGPIPE, as CPython does, so a closed pipe is an error).
    let int_handler = vm.dict_get_str(d, "default_int_handler").unwrap_or(Value::None);
    let mut handlers = vec![Value::Int(SIG_DFL); NSIG as usize];
    handlers[SIGINT as usize] = int_handler;
    vm.incref(int_handler);
    handlers[13] = Value::Int(SIG_IGN);
    handlers[25] = Value::Int(SIG_IGN);
    let list = vm.new_list(handlers);
    // The module's dict takes the list's reference.
    vm.dict_set_str(d, "_handlers", list);
    vm.slots.signals = run_handlers;
    register(vm, MODULE, m);
}

/// The handler list (borrowed).
fn handlers(vm: &Vm) -> Option<ObjId> {
    let d = vm.module_dict(MODULE)?;
    vm.dict_get_str(d, "_handlers")?.as_obj()
}

/// The handler of `sig` (borrowed).
fn handler_of(vm: &Vm, sig: i64) -> Value {
    match handlers(vm).map(|l| vm.heap.get(l)) {
        Some(Object::List(items)) => items.get(sig as usize).copied().unwrap_or(Value::Int(SIG_DFL)),
        _ => Value::Int(SIG_DFL),
    }
}

/// Whether a handler takes the signal from the system's default action: a callable or SIG_IGN.
fn takes(handler: Value) -> bool {
    !matches!(handler, Value::Int(SIG_DFL) | Value::Bool(false))
}

/// `slots.signals`: runs the handler of a keyboard interrupt (`keyboard`), or of each pending
/// signal, lowest number first. A handler that raises leaves the signals after it pending.
fn run_handlers(vm: &mut Vm, keyboard: bool) -> PyResult<bool> {
    if keyboard {
        let h = handler_of(vm, SIGINT);
        if let Value::Int(SIG_DFL) | Value::Bool(false) = h {
            // The system's action: the process ends by SIGINT.
            let _ = signal_hook::low_level::emulate_default_handler(SIGINT as i32);
            return Ok(true);
        }
        let frame = vm.current_frame_object().map_or(Value::None, Value::Obj);
        call_handler(vm, SIGINT, h, frame)?;
        return Ok(true);
    }
    let frame = vm.current_frame_object().map_or(Value::None, Value::Obj);
    run_pending(vm, frame)?;
    Ok(true)
}

/// Runs the handlers of the pending signals, given the interrupted frame.
fn run_pending(vm: &mut Vm, frame: Value) -> PyResult<()> {
    let pending = vm.limits.pending_signals.swap(0, Ordering::SeqCst);
    for sig in 1..NSIG {
        if pending & bit(sig) == 0 {
            continue;
        }
        let h = handler_of(vm, sig);
        if let Err(e) = call_handler(vm, sig, h, frame) {
            // The signals after this one.
            let rest = pending & !(bit(sig) | (bit(sig) - 1));
            if rest != 0 {
                vm.limits.pending_signals.fetch_or(rest, Ordering::SeqCst);
                vm.limits.signals.fetch_or(SIGNAL, Ordering::SeqCst);
            }
            return Err(e);
        }
    }
    Ok(())
}

/// Calls a Python handler with the signal number and the interrupted frame; SIG_IGN and
/// SIG_DFL (set after the signal arrived) do nothing.
fn call_handler(vm: &mut Vm, sig: i64, h: Value, frame: Value) -> PyResult<()> {
    if !vm.callable(h) {
        return Ok(());
    }
    vm.incref(frame);
    vm.incref(h);
    let r = vm.call(h, &[Value::Int(sig), frame], &[]);
    vm.decref(h);
    vm.decref(frame);
    vm.decref(r?);
    Ok(())
}

/// A signal number argument: an int from 1 to NSIG - 1.
fn signum_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let n = super::native_class::c_int_arg(vm, v)?;
    let n = i64::from(n);
    if !(1..NSIG).contains(&n) {
        return Err(vm.new_exc(ExcKind::ValueError, "signal number out of range"));
    }
    Ok(n)
}

/// `signal(signalnum, handler)`: sets the handler, returns the one before.
fn signal(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "signal", args, 2, 2)?;
    let sig = signum_arg(vm, args[0])?;
    let handler = args[1];
    let valid = match handler {
        Value::Int(SIG_DFL | SIG_IGN) | Value::Bool(_) => true,
        _ => vm.callable(handler),
    };
    if !valid {
        return Err(vm.new_exc(
            ExcKind::TypeError,
            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
        ));
    }
    if sig == 9 || sig == 19 {
        return Err(os_error(vm, &std::io::Error::from_raw_os_error(22), None));
    }
    require_fs(vm)?;
    if sig != SIGINT {
        let (flags, pending) = (vm.limits.signals.clone(), vm.limits.pending_signals.clone());
        if let Err(e) = listen(&flags, &pending, sig as i32, takes(handler)) {
            return Err(os_error(vm, &e, None));
        }
    }
    let Some(list) = handlers(vm) else { return Ok(Value::Int(SIG_DFL)) };
    vm.incref(handler);
    let old = match vm.heap.get_mut(list) {
        Object::List(items) => items.get_mut(sig as usize).map(|slot| std::mem::replace(slot, handler)),
        _ => None,
    };
    // The list's reference to the old handler becomes the caller's.
    Ok(old.unwrap_or(Value::Int(SIG_DFL)))
}

fn getsignal(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "getsignal", args, 1, 1)?;
    let sig = signum_arg(vm, args[0])?;
    let h = handler_of(vm, sig);
    vm.incref(h);
    Ok(h)
}

fn default_int_handler(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let _ = args;
    let empty = vm.new_tuple(Vec::new());
    Err(vm.new_exc_args(ExcKind::KeyboardInterrupt, empty))
}

/// `_deliver_here(sig, depth=0)`: if this interpreter handles `sig`, marks it pending and
/// runs its handler now (the signal sent to itself), returning True; False leaves the sending
/// to the system. The handler is given the frame `depth` calls out (`os.kill`, written in
/// Python, passes its caller's, as CPython's native `os.kill` would be interrupted there).
fn deliver_here(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "_deliver_here", args, 1, 2)?;
    let depth = match args.get(1) {
        Some(&d) => i64::from(super::native_class::c_int_arg(vm, d)?),
        None => 0,
    };
    let sig = i64::from(super::native_class::c_int_arg(vm, args[0])?);
    if !(1..NSIG).contains(&sig) {
        return Ok(Value::Bool(false));
    }
    let h = handler_of(vm, sig);
    if !takes(h) {
        return Ok(Value::Bool(false));
    }
    vm.limits.pending_signals.fetch_or(bit(sig), Ordering::SeqCst);
    let frame = vm.frame_at_depth(depth).map_or(Value::None, Value::Obj);
    run_pending(vm, frame)?;
    Ok(Value::Bool(true))
}

/// `raise_signal(signalnum)`: sends the signal to the process itself.
fn raise_signal(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "raise_signal", args, 1, 1)?;
    let sig = signum_arg(vm, args[0])?;
    if deliver_here(vm, &[Value::Int(sig)], &[])?.is(Value::Bool(true)) {
        return Ok(Value::None);
    }
    require_fs(vm)?;
    if let Err(e) = signal_hook::low_level::raise(sig as i32) {
        return Err(os_error(vm, &e, None));
    }
    Ok(Value::None)
}

fn strsignal(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "strsignal", args, 1, 1)?;
    let sig = signum_arg(vm, args[0])?;
    let text = match sig {
        1..=31 => DESCRIPTIONS[sig as usize - 1].to_string(),
        // Numbered from SIGRTMIN, as the C library numbers them; it keeps 32 and 33.
        34.. => format!("Real-time signal {}", sig - 34),
        _ => return Ok(Value::None),
    };
    Ok(vm.new_str(text))
}

/// The signal numbers the system has (1 to 64 but the two the C library keeps for itself).
fn valid_signals(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "valid_signals", args, 0, 0)?;
    let set = vm.alloc(Object::Set { table: SetTable::new(), frozen: false });
    for n in (1..NSIG).filter(|n| !(32..34).contains(n)) {
        vm.set_add(set, Value::Int(n))?;
    }
    Ok(set)
}

/// A number of seconds, as a Duration (negative ones refused as the system refuses them).
fn seconds_arg(vm: &mut Vm, v: Value) -> PyResult<Duration> {
    let s = super::math::float_arg(vm, v)?;
    if !s.is_finite() || s < 0.0 {
        return Err(itimer_error(vm));
    }
    Ok(Duration::from_secs_f64(s))
}

/// `signal.ItimerError` (an OSError made by `signal.py`) for an invalid argument, as the
/// system's setitimer refuses it.
fn itimer_error(vm: &mut Vm) -> ObjId {
    let cls = vm.module_dict(MODULE).and_then(|d| vm.dict_get_str(d, "ItimerError"));
    let made = cls.map(|c| {
        let text = vm.new_str("Invalid argument");
        let r = vm.call(c, &[Value::Int(22), text], &[]);
        vm.decref(text);
        r
    });
    match made {
        Some(Ok(Value::Obj(e))) => e,
        Some(Err(e)) => e,
        _ => os_error(vm, &std::io::Error::from_raw_os_error(22), None),
    }
}

fn timer_pair(vm: &mut Vm, (left, interval): (Duration, Duration)) -> Value {
    vm.new_tuple(vec![Value::Float(left.as_secs_f64()), Value::Float(interval.as_secs_f64())])
}

/// `alarm(seconds)`: SIGALRM after that many seconds (0 cancels); the seconds that were left
/// of the alarm before, rounded as the C library rounds them.
fn alarm(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "alarm", args, 1, 1)?;
    let secs = super::native_class::c_int_arg(vm, args[0])?;
    require_fs(vm)?;
    let (left, _) = set_timer(Duration::from_secs(u64::from(secs.max(0).unsigned_abs())), Duration::ZERO);
    let mut whole = left.as_secs() + u64::from(left.subsec_micros() >= 500_000);
    if whole == 0 && !left.is_zero() {
        whole = 1;
    }
    Ok(Value::Int(whole as i64))
}

fn itimer_which(vm: &mut Vm, v: Value) -> PyResult<()> {
    let which = super::native_class::c_int_arg(vm, v)?;
    if i64::from(which) != ITIMER_REAL {
        // Reap has the real-time timer only: the process's CPU-time timers are not offered.
        return Err(itimer_error(vm));
    }
    Ok(())
}

/// `setitimer(which, seconds, interval=0.0)`: the real-time timer; returns its old setting.
fn setitimer(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "setitimer", args, 2, 3)?;
    itimer_which(vm, args[0])?;
    let delay = seconds_arg(vm, args[1])?;
    let interval = match args.get(2) {
        Some(&v) => seconds_arg(vm, v)?,
        None => Duration::ZERO,
    };
    require_fs(vm)?;
    let old = set_timer(delay, interval);
    Ok(timer_pair(vm, old))
}

fn getitimer(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "getitimer", args, 1, 1)?;
    itimer_which(vm, args[0])?;
    let now = get_timer();
    Ok(timer_pair(vm, now))
}

/// `pause()`: sleeps until a signal arrives and its handler has run.
fn pause(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "pause", args, 0, 0)?;
    vm.wait_for_signal()?;
    Ok(Value::None)
}

/// `siginterrupt(signalnum, flag)`: whether a signal interrupts system calls. Reap's waits
/// always wake for a handled signal (and resume after its handler, as PEP 475 asks), so there
/// is nothing to change.
fn siginterrupt(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "siginterrupt", args, 2, 2)?;
    signum_arg(vm, args[0])?;
    Ok(Value::None)
}

/// `set_wakeup_fd(fd)`: Reap's event loop needs no wake-up descriptor (its handlers run
/// between instructions); the old descriptor, none, is -1.
fn set_wakeup_fd(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "set_wakeup_fd", args, 1, 1)?;
    super::native_class::c_int_arg(vm, args[0])?;
    Ok(Value::Int(-1))
}
