//! `_subprocess`, the native half of `subprocess` (`pylib/subprocess.py`): starting a program
//! (std's `Command`) with each standard stream inherited, piped, sent to /dev/null, to a file or
//! to another stream, and `_subprocess.Process`, which follows it: its pid, `poll`, `wait` with
//! a timeout, signals, and `communicate` (threads feed its stdin and drain its outputs, so that
//! neither side waits on a full pipe). The pipes are `subprocess_pipe.rs`.
//!
//! Running a program is refused with `PermissionError` when the embedding host turned file
//! system access off (`Builder::filesystem(false)`): a child runs with all the rights of the
//! host's user, far more than a sandboxed script's. Waiting for a child goes in short slices,
//! so Ctrl-C and the host's time limit still end a waiting script; reading a pipe blocks until
//! the child writes or closes it. Children inherit the process's own standard streams, not
//! the ones a host may have given the interpreter.

use std::ffi::OsString;
use std::os::fd::AsRawFd;
use std::os::unix::ffi::OsStringExt;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::io::{child_handle, os_error_with};
use super::native_class::{bytes_arg, clinic_args, make_class, module_class, new_instance, with_value};
use super::subprocess_pipe::{self as pipe, Pipe};
use super::{def, new_module, register};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::object::host::HostObject;
use crate::value::{ObjId, Value};
use crate::vm::{NativeFn, PyResult, Vm};

const MODULE: &str = "_subprocess";
const PIPE: i64 = -1;
const STDOUT: i64 = -2;
const DEVNULL: i64 = -3;

pub fn make_subprocess(vm: &mut Vm) {
    let (m, d) = new_module(vm, MODULE);
    def(vm, d, "_subprocess.spawn", spawn);
    let process: &[(&str, NativeFn)] = &[
        ("Process.poll", poll),
        ("Process.wait", wait),
        ("Process.send_signal", send_signal),
        ("Process.communicate", communicate),
    ];
    let attrs: &[(&str, NativeFn)] = &[("_subprocess.Process.pid", pid)];
    for (name, methods, attrs) in [("Process", process, attrs), ("Pipe", pipe::METHODS, pipe::ATTRS)] {
        if let Some(cls) = make_class(vm, MODULE, name, methods, attrs) {
            vm.dict_set_str(d, name, Value::Obj(cls));
        }
    }
    register(vm, MODULE, m);
}

/// Refuses to run programs for a host that turned file system access off.
fn require_processes(vm: &mut Vm) -> PyResult<()> {
    if vm.host.fs_allowed {
        return Ok(());
    }
    Err(vm.new_exc(
        ExcKind::PermissionError,
        "running programs is disabled in this interpreter (its host turned file system access off)",
    ))
}

/// A child and what is known of it.
struct Process {
    child: Child,
    returncode: Option<i64>,
    /// `communicate()` under way (its threads), kept when a timeout interrupts it.
    comm: Option<Comm>,
}

impl HostObject for Process {}

/// An output being drained: its thread, and what it has read so far.
type Drain = (JoinHandle<()>, Arc<Mutex<Vec<u8>>>);

struct Comm {
    stdin: Option<JoinHandle<()>>,
    stdout: Option<Drain>,
    stderr: Option<Drain>,
}

impl Comm {
    fn finished(&self) -> bool {
        self.stdin.as_ref().is_none_or(JoinHandle::is_finished)
            && self.stdout.as_ref().is_none_or(|d| d.0.is_finished())
            && self.stderr.as_ref().is_none_or(|d| d.0.is_finished())
    }
}

/// Everything a finished drain read (None for no pipe).
fn drained(d: Option<&Drain>) -> Option<Vec<u8>> {
    Some(std::mem::take(&mut *d?.1.lock().unwrap_or_else(std::sync::PoisonError::into_inner)))
}

/// A thread reading a pipe to its end into a buffer the interpreter can look at meanwhile (a
/// read error ends it too: what came is kept).
fn drain(mut r: pipe::Reader) -> Drain {
    let buf = Arc::new(Mutex::new(Vec::new()));
    let shared = Arc::clone(&buf);
    let handle = std::thread::spawn(move || {
        let mut chunk = vec![0u8; 64 * 1024];
        loop {
            match std::io::Read::read(&mut r, &mut chunk) {
                Ok(0) | Err(_) => break,
                Ok(n) => shared
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .extend_from_slice(&chunk[..n]),
            }
        }
    });
    (handle, buf)
}

/// CPython's returncode: the exit status, or minus the signal that ended the child.
fn returncode(status: std::process::ExitStatus) -> i64 {
    match (status.code(), status.signal()) {
        (Some(code), _) => i64::from(code),
        (None, Some(sig)) => -i64::from(sig),
        (None, None) => 0,
    }
}

/// An argument of a command line: a str or bytes (the Python side checked which).
fn os_string(vm: &mut Vm, v: Value) -> PyResult<OsString> {
    if let Some(s) = vm.str_of(v) {
        return Ok(OsString::from(s));
    }
    Ok(OsString::from_vec(bytes_arg(vm, v)?))
}

/// Where a standard stream of the child goes.
enum Target {
    Inherit,
    Piped,
    Null,
    File(std::fs::File),
    /// The process's own stdout or stderr (file descriptor 1 or 2).
    Stdout,
    Stderr,
}

impl Target {
    fn stdio(&self) -> std::io::Result<Stdio> {
        Ok(match self {
            Target::Inherit => Stdio::inherit(),
            Target::Piped => Stdio::piped(),
            Target::Null => Stdio::null(),
            Target::File(f) => Stdio::from(f.try_clone()?),
            Target::Stdout => Stdio::from(std::io::stdout()),
            Target::Stderr => Stdio::from(std::io::stderr()),
        })
    }
}

fn bad_fd(vm: &mut Vm) -> ObjId {
    os_error_with(vm, &std::io::Error::from_raw_os_error(9), None, None)
}

/// What `stdin=`/`stdout=`/`stderr=` asks for: None, PIPE, DEVNULL, a file descriptor, a file
/// object of `open()`'s, or any object with `fileno()`.
fn target(vm: &mut Vm, v: Value) -> PyResult<Target> {
    if v == Value::None {
        return Ok(Target::Inherit);
    }
    let fd = if vm.is_int(v) {
        vm.as_i64(v)
    } else {
        match child_handle(vm, v) {
            Some(Ok(f)) => return Ok(Target::File(f)),
            Some(Err(e)) if e.raw_os_error() == Some(9) => {
                return Err(vm.new_exc(ExcKind::ValueError, "I/O operation on closed file"));
            }
            Some(Err(e)) => return Err(os_error_with(vm, &e, None, None)),
            None => {
                let f = vm.getattr_str(v, "fileno")?;
                let r = vm.call(f, &[], &[]);
                vm.decref(f);
                let r = r?;
                let fd = vm.as_i64(r);
                vm.decref(r);
                fd
            }
        }
    };
    match fd {
        Some(PIPE) => Ok(Target::Piped),
        Some(DEVNULL) => Ok(Target::Null),
        Some(0) => Ok(Target::Inherit),
        Some(1) => Ok(Target::Stdout),
        Some(2) => Ok(Target::Stderr),
        _ => Err(bad_fd(vm)),
    }
}

/// `spawn(executable, args, cwd, env, stdin, stdout, stderr, process_group, name)`: starts the
/// child, returning `(process, stdin_pipe, stdout_pipe, stderr_pipe)` (None where not piped).
/// `name` is the program as the script gave it, for the error when it cannot run.
fn spawn(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    require_processes(vm)?;
    let names = ["executable", "args", "cwd", "env", "stdin", "stdout", "stderr", "process_group", "name"];
    let a = clinic_args(vm, "spawn", args, kwargs, names, 9, 9)?;
    let [executable, argv, cwd, env, stdin, stdout, stderr, group, name] =
        a.map(|v| v.unwrap_or(Value::None));
    let program = os_string(vm, executable)?;
    let mut argv_items = Vec::new();
    for item in vm.iterate_to_vec(argv)? {
        let s = os_string(vm, item);
        vm.decref(item);
        argv_items.push(s?);
    }
    let mut cmd = Command::new(&program);
    if let Some((first, rest)) = argv_items.split_first() {
        cmd.arg0(first).args(rest);
    }
    if cwd != Value::None {
        let dir = os_string(vm, cwd)?;
        // The child cannot say whether chdir or exec failed: a bad folder is found here, and
        // named in the error as CPython names it.
        let checked = std::fs::metadata(&dir)
            .and_then(|m| if m.is_dir() { Ok(()) } else { Err(std::io::Error::from_raw_os_error(20)) });
        if let Err(e) = checked {
            let name = vm.share(cwd);
            return Err(os_error_with(vm, &e, Some(name), None));
        }
        cmd.current_dir(dir);
    }
    if env != Value::None {
        cmd.env_clear();
        for pair in vm.iterate_to_vec(env)? {
            let kv = vm.iterate_to_vec(pair);
            vm.decref(pair);
            let kv = kv?;
            let r = match kv.as_slice() {
                [k, v] => os_string(vm, *k).and_then(|k| Ok((k, os_string(vm, *v)?))),
                _ => Err(vm.new_exc(ExcKind::TypeError, "env items must be (name, value) pairs")),
            };
            for v in kv {
                vm.decref(v);
            }
            let (k, v) = r?;
            cmd.env(k, v);
        }
    }
    if group != Value::None {
        let g = super::native_class::c_int_arg(vm, group)?;
        cmd.process_group(g);
    }
    let (t_in, t_out) = (target(vm, stdin)?, target(vm, stdout)?);
    let merge = vm.as_i64(stderr) == Some(STDOUT);
    let t_err = if merge { None } else { Some(target(vm, stderr)?) };
    let spawned = start(cmd, &t_in, &t_out, t_err.as_ref());
    let (child, pin, pout, perr) = match spawned {
        Ok(c) => c,
        Err(e) => {
            let name = vm.share(name);
            return Err(os_error_with(vm, &e, Some(name), None));
        }
    };
    let Some(cls) = module_class(vm, MODULE, "Process") else {
        return Err(vm.new_exc(ExcKind::SystemError, "_subprocess.Process is missing"));
    };
    let proc = new_instance(vm, cls, Process { child, returncode: None, comm: None });
    let mut items = vec![proc];
    for p in [pin, pout, perr] {
        items.push(match (p, module_class(vm, MODULE, "Pipe")) {
            (Some(p), Some(cls)) => new_instance(vm, cls, p),
            _ => Value::None,
        });
    }
    Ok(vm.new_tuple(items))
}

type Started = (Child, Option<Pipe>, Option<Pipe>, Option<Pipe>);

/// Starts `cmd` with its streams; `err` None sends stderr where stdout goes.
fn start(mut cmd: Command, inp: &Target, out: &Target, err: Option<&Target>) -> std::io::Result<Started> {
    let mut parent_in = None;
    let mut parent_out = None;
    let mut parent_err = None;
    if let Target::Piped = inp {
        let (r, w) = std::io::pipe()?;
        parent_in = Some(Pipe::writer(Box::new(w.try_clone()?), i64::from(w.as_raw_fd())));
        drop(w);
        cmd.stdin(Stdio::from(r));
    } else {
        cmd.stdin(inp.stdio()?);
    }
    // Pipes of our own (rather than `Stdio::piped`) let stdout and stderr share one.
    let out_writer = if let Target::Piped = out {
        let (r, w) = std::io::pipe()?;
        let fd = i64::from(r.as_raw_fd());
        parent_out = Some(Pipe::reader(Box::new(r), fd));
        cmd.stdout(Stdio::from(w.try_clone()?));
        Some(w)
    } else {
        cmd.stdout(out.stdio()?);
        None
    };
    match err {
        None => match &out_writer {
            Some(w) => cmd.stderr(Stdio::from(w.try_clone()?)),
            // The child's stdout is the process's own: its stderr goes there too.
            None if matches!(out, Target::Inherit) => cmd.stderr(Stdio::from(std::io::stdout())),
            None => cmd.stderr(out.stdio()?),
        },
        Some(Target::Piped) => {
            let (r, w) = std::io::pipe()?;
            let fd = i64::from(r.as_raw_fd());
            parent_err = Some(Pipe::reader(Box::new(r), fd));
            cmd.stderr(Stdio::from(w))
        }
        Some(t) => cmd.stderr(t.stdio()?),
    };
    drop(out_writer);
    let child = cmd.spawn()?;
    // The child's ends of the pipes close with the command, so reads see the child's end.
    drop(cmd);
    Ok((child, parent_in, parent_out, parent_err))
}

const Q: &str = "_subprocess.Process";

fn pid(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let pid = with_value(vm, args.first(), &format!("{Q}.pid"), |_, p: &mut Process| Ok(p.child.id()))?;
    Ok(Value::Int(i64::from(pid)))
}

fn try_wait(vm: &mut Vm, this: Option<&Value>) -> PyResult<Option<i64>> {
    let r = with_value(vm, this, &format!("{Q}.poll"), |_, p: &mut Process| {
        if p.returncode.is_none() {
            match p.child.try_wait() {
                Ok(Some(status)) => p.returncode = Some(returncode(status)),
                Ok(None) => {}
                Err(e) => return Ok(Err(e)),
            }
        }
        Ok(Ok(p.returncode))
    })?;
    r.map_err(|e| os_error_with(vm, &e, None, None))
}

/// `poll()`: the returncode, or None while the child runs.
fn poll(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(try_wait(vm, args.first())?.map_or(Value::None, Value::Int))
}

/// A timeout argument in seconds (None: no limit), as the deadline it sets.
fn deadline(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<Instant>> {
    let secs = match v {
        None | Some(Value::None) => return Ok(None),
        Some(Value::Float(f)) => f,
        Some(v) => match vm.as_i64(v) {
            Some(i) => i as f64,
            None => {
                let tn = vm.type_name(v);
                return Err(vm.new_exc(ExcKind::TypeError, &format!("timeout must be a number, not {tn}")));
            }
        },
    };
    let secs = if secs.is_nan() { 0.0 } else { secs.clamp(0.0, 1e9) };
    Ok(Some(Instant::now() + Duration::from_secs_f64(secs)))
}

/// Waits until `done()` or the deadline (false then), in slices that grow from 50µs to 10ms,
/// answering Ctrl-C and the host's limits between them.
fn wait_until(
    vm: &mut Vm,
    until: Option<Instant>,
    mut done: impl FnMut(&mut Vm) -> PyResult<bool>,
) -> PyResult<bool> {
    let mut nap = Duration::from_micros(50);
    loop {
        if done(vm)? {
            return Ok(true);
        }
        let now = Instant::now();
        if until.is_some_and(|d| now >= d) {
            return Ok(false);
        }
        vm.wake_reason()?;
        let left = until.map_or(nap, |d| d - now);
        std::thread::sleep(nap.min(left));
        nap = (nap * 2).min(Duration::from_millis(10));
    }
}

/// `wait(timeout)`: the returncode, or None if the timeout passed first.
fn wait(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let until = deadline(vm, args.get(1).copied())?;
    let this = args.first().copied();
    let mut code = None;
    let exited = wait_until(vm, until, |vm| {
        code = try_wait(vm, this.as_ref())?;
        Ok(code.is_some())
    })?;
    Ok(if exited { code.map_or(Value::None, Value::Int) } else { Value::None })
}

/// `send_signal(sig)`: `kill(pid, sig)`, with CPython's `OSError`s.
fn send_signal(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    super::arity(vm, "send_signal", args.get(1..).unwrap_or(&[]), 1, 1)?;
    let sig = super::native_class::c_int_arg(vm, args[1])?;
    let id =
        with_value(vm, args.first(), &format!("{Q}.send_signal"), |_, p: &mut Process| Ok(p.child.id()))?;
    let pid = rustix::process::Pid::from_raw(id as i32);
    let r = match (pid, sig) {
        (Some(pid), 0) => rustix::process::test_kill_process(pid),
        (Some(pid), sig) => match rustix::process::Signal::from_named_raw(sig) {
            Some(s) => rustix::process::kill_process(pid, s),
            None => Err(rustix::io::Errno::INVAL),
        },
        (None, _) => Err(rustix::io::Errno::SRCH),
    };
    if let Err(e) = r {
        return Err(os_error_with(vm, &std::io::Error::from(e), None, None));
    }
    Ok(Value::None)
}

/// `communicate(stdin, input, stdout, stderr, timeout)`, given the `Pipe` objects: writes
/// `input` to stdin and closes it, reads stdout and stderr to their ends. Returns `(True,
/// stdout_bytes, stderr_bytes)` (None where not piped), or, if the timeout passed first,
/// `(False, ...)` with what was read so far (None where nothing was) and the threads left
/// running: a later call goes on where this one stopped, and returns everything.
fn communicate(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let rest = args.get(1..).unwrap_or(&[]);
    let names = ["stdin", "input", "stdout", "stderr", "timeout"];
    let a = clinic_args(vm, "communicate", rest, kwargs, names, 5, 5)?;
    let [stdin, input, stdout, stderr, timeout] = a.map(|v| v.unwrap_or(Value::None));
    let until = deadline(vm, Some(timeout))?;
    let this = args.first().copied();
    let q = format!("{Q}.communicate");
    let started = with_value(vm, this.as_ref(), &q, |_, p: &mut Process| Ok(p.comm.is_some()))?;
    if !started {
        let input = if input == Value::None { Vec::new() } else { bytes_arg(vm, input)? };
        let writer = pipe::take_writer(vm, stdin)?;
        let out = pipe::take_reader(vm, stdout)?;
        let err = pipe::take_reader(vm, stderr)?;
        let comm = Comm {
            stdin: writer.map(|mut w| {
                std::thread::spawn(move || {
                    // A child that exits without reading all its input is no error (CPython
                    // ignores the broken pipe too).
                    let _ = w.write_all(&input);
                })
            }),
            stdout: out.map(drain),
            stderr: err.map(drain),
        };
        with_value(vm, this.as_ref(), &q, |_, p: &mut Process| {
            p.comm = Some(comm);
            Ok(())
        })?;
    }
    let done = wait_until(vm, until, |vm| {
        with_value(vm, this.as_ref(), &q, |_, p: &mut Process| Ok(p.comm.as_ref().is_none_or(Comm::finished)))
    })?;
    let (out, err) = with_value(vm, this.as_ref(), &q, |_, p: &mut Process| {
        if !done {
            // Partial output goes back into the buffers: the next call returns it all.
            let c = p.comm.as_ref();
            let peek = |d: Option<&Drain>| {
                d.map(|d| d.1.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone())
                    .filter(|b| !b.is_empty())
            };
            return Ok((peek(c.and_then(|c| c.stdout.as_ref())), peek(c.and_then(|c| c.stderr.as_ref()))));
        }
        let Some(c) = p.comm.take() else { return Ok((None, None)) };
        if let Some(h) = c.stdin {
            let _ = h.join();
        }
        Ok((drained(c.stdout.as_ref()), drained(c.stderr.as_ref())))
    })?;
    let out = out.map_or(Value::None, |b| vm.alloc(Object::Bytes(b)));
    let err = err.map_or(Value::None, |b| vm.alloc(Object::Bytes(b)));
    Ok(vm.new_tuple(vec![Value::Bool(done), out, err]))
}

impl Drop for Process {
    /// A child still running is left to run (as CPython leaves it); one that ended is reaped
    /// now rather than staying a zombie until Reap exits.
    fn drop(&mut self) {
        if self.returncode.is_none() {
            let _ = self.child.try_wait();
        }
    }
}
