//! The embedding API: an [`Interpreter`] made by a [`Builder`] (where output goes, which
//! modules a script may import, file access, limits), running code, reading and writing
//! globals, calling script functions with Rust values, and host functions and modules.
//!
//! ```
//! use reap_runtime::embed::{Builder, Output};
//! let mut interp = Builder::new().stdout(Output::Buffer).max_steps(100_000).build();
//! interp.exec("def area(w, h):\n    return w * h\n", "config.py").unwrap();
//! let a: i64 = interp.call("area", (6, 7)).unwrap();
//! assert_eq!(a, 42);
//! ```
//!
//! After a limit error the interpreter stays usable: each call starts with fresh limits.
//! Dropping it runs the shutdown sequence (`atexit`, live finalizers, `__del__` of globals)
//! under a small budget of its own, then frees every object.

pub mod command_line;
pub mod context;
pub mod convert;
pub mod dynamic;
pub mod examples;
pub mod handle;
pub mod host;
pub mod interpreter;
pub mod main_module;
#[cfg(feature = "serde")]
pub mod serde;
pub mod signature;

use std::borrow::Cow;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub use command_line::{CommandLine, Flags};
pub use context::Context;
pub use convert::{FromPy, IntoPy, Mismatch};
pub use dynamic::Dynamic;
pub use examples::{ExampleOutcome, Namespace};
pub use handle::Handle;
pub use main_module::NotRunnable;
use signature::Signature;
pub use signature::Site;

use crate::embed::interpreter::Interpreter;
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::ObjId;
pub use crate::value::Value;
pub use crate::vm::host_config::Clock;
pub use crate::vm::limits::LimitKind;

/// A clock stopped at a moment (the time since the Unix epoch); its monotonic reading is
/// always zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FixedClock(pub Duration);

impl Clock for FixedClock {
    fn now(&self) -> Duration {
        self.0
    }

    fn monotonic(&self) -> Duration {
        Duration::ZERO
    }
}
use crate::vm::{PyResult, Vm};

/// Byte accounting for [`Builder::max_heap_bytes`]: a global allocator that counts, per thread,
/// the bytes allocated minus those freed. A host installs it with
/// `#[global_allocator] static A: reap_runtime::embed::alloc::Counting = Counting;`; without
/// it the heap limit is not enforced (`Counting::installed()` says which).
pub mod alloc {
    pub use crate::heap::alloc::{Counting, thread_net_bytes};
}

/// Where a stream of the script's output goes.
pub enum Output {
    /// The process's own stdout or stderr.
    Inherit,
    /// A buffer the host reads with [`Interpreter::take_stdout`] / [`Interpreter::take_stderr`].
    Buffer,
    /// A function called with each piece of text written.
    Callback(Box<dyn FnMut(&str) + Send>),
    /// Nowhere.
    Discard,
    /// Any writer: a file, a socket, or one [`SharedBuffer`] given as both streams, so that
    /// stdout and stderr interleave as a terminal would show them.
    Writer(Box<dyn std::io::Write + Send>),
}

/// Where `input()` and `sys.stdin` read from.
pub enum Stdin {
    /// The process's stdin (the default).
    Inherit,
    /// This text, then the end of the input.
    Text(String),
    /// Nothing: the script reads the end of the input at once (`input()` raises `EOFError`).
    Empty,
}

/// Text written by a script, kept for the host (clones share the same buffer; `default()`
/// makes an empty one, to pass as [`Output::Writer`]).
#[derive(Clone, Default)]
pub struct SharedBuffer(Arc<Mutex<Vec<u8>>>);

impl SharedBuffer {
    /// What was written since the last call.
    pub fn take(&self) -> String {
        let bytes = self.0.lock().map(|mut v| std::mem::take(&mut *v)).unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl std::io::Write for SharedBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if let Ok(mut v) = self.0.lock() {
            v.extend_from_slice(buf);
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

struct Callback(Box<dyn FnMut(&str) + Send>);

impl std::io::Write for Callback {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        (self.0)(&String::from_utf8_lossy(buf));
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The limits each call into the interpreter runs under.
#[derive(Clone, Copy, Debug, Default)]
pub struct Limits {
    /// Loop iterations and calls (every unbounded run makes them).
    pub max_steps: Option<u64>,
    pub timeout: Option<Duration>,
    /// Python frames deep (`RecursionError` past it, which a script may catch).
    pub max_depth: Option<usize>,
    /// Bytes the interpreter may hold (what it allocated, net, while being made and while
    /// running); enforced when the host installed [`alloc::Counting`] as its global
    /// allocator.
    pub max_heap_bytes: Option<usize>,
}

/// Configures an interpreter: [`Builder::new`] for a host's, [`Builder::standalone`] for one
/// that runs programs as `python3` does.
pub struct Builder {
    /// `None` keeps the interpreter's own stream, buffered as CPython's.
    stdout: Option<Output>,
    stderr: Option<Output>,
    /// `None`: the process's stdin, or nothing when files are off.
    stdin: Option<Stdin>,
    environ: Option<Vec<(String, String)>>,
    clock: Option<Arc<dyn Clock>>,
    path: Vec<String>,
    modules: Option<Vec<String>>,
    filesystem: bool,
    limits: Limits,
    stack_budget: Option<usize>,
    standalone: bool,
    owns_process: bool,
    command_line: CommandLine,
}

impl Default for Builder {
    fn default() -> Self {
        Self::new()
    }
}

impl Builder {
    /// An interpreter for a host: output to the process's streams ([`Output::Inherit`]), files
    /// and every module allowed, no limits. `sys.argv` is `['']`, `sys.path` the folders of
    /// [`module_path`](Self::module_path), and dropping the interpreter runs its shutdown under
    /// a small budget of its own, so a runaway finalizer cannot hang the host.
    pub fn new() -> Builder {
        Builder {
            stdout: Some(Output::Inherit),
            stderr: Some(Output::Inherit),
            stdin: None,
            environ: None,
            clock: None,
            path: Vec::new(),
            modules: None,
            filesystem: true,
            limits: Limits::default(),
            stack_budget: None,
            standalone: false,
            owns_process: false,
            command_line: CommandLine::default(),
        }
    }

    /// An interpreter that is the program, as `python3` is (the `reap` command's): it runs
    /// scripts with [`Interpreter::run_main`] or [`Interpreter::run_source`], which set
    /// `sys.argv`, `sys.path` and `__main__` (with its `__file__`) for the script; stdout is
    /// block-buffered when it is not a terminal, as CPython's; dropping the interpreter runs
    /// the shutdown sequence (if nothing did) without a budget. The other options apply as
    /// for [`Builder::new`].
    ///
    /// ```
    /// use reap_runtime::embed::{Builder, Output, SharedBuffer};
    ///
    /// let both = SharedBuffer::default();
    /// let mut interp = Builder::standalone()
    ///     .stdout(Output::Writer(Box::new(both.clone())))
    ///     .stderr(Output::Writer(Box::new(both.clone())))
    ///     .build();
    /// let status = interp.run_source("<string>", b"print('out')\nraise SystemExit('bye')\n", &[], "");
    /// interp.shutdown();
    /// assert_eq!((status, both.take().as_str()), (1, "out\nbye\n"));
    /// ```
    pub fn standalone() -> Builder {
        Builder { stdout: None, stderr: None, standalone: true, ..Builder::new() }
    }

    /// Where the script's stdout goes.
    pub fn stdout(mut self, o: Output) -> Self {
        self.stdout = Some(o);
        self
    }

    /// Where the script's stderr (tracebacks included) goes.
    pub fn stderr(mut self, o: Output) -> Self {
        self.stderr = Some(o);
        self
    }

    /// Where the script's `input()` and `sys.stdin` read from (default: the process's stdin,
    /// or nothing when [`filesystem`](Self::filesystem) is off).
    ///
    /// ```
    /// use reap_runtime::embed::{Builder, Output, Stdin};
    ///
    /// let mut interp = Builder::new().stdout(Output::Buffer).stdin(Stdin::Text("Ada\n".into())).build();
    /// interp.exec("name = input('name? ')\nprint(f'hello {name}')\n", "greet.py").unwrap();
    /// assert_eq!(interp.take_stdout(), "name? hello Ada\n");
    /// ```
    pub fn stdin(mut self, input: Stdin) -> Self {
        self.stdin = Some(input);
        self
    }

    /// The variables `os.environ` shows the script, instead of the process's environment
    /// (which a host with files off shows none of).
    ///
    /// ```
    /// use reap_runtime::embed::Builder;
    ///
    /// let mut interp = Builder::new().filesystem(false).environ([("MODE", "test")]).build();
    /// assert_eq!(interp.eval::<String>("__import__('os').environ['MODE']").unwrap(), "test");
    /// assert_eq!(interp.eval::<i64>("len(__import__('os').environ)").unwrap(), 1);
    /// ```
    pub fn environ<K: Into<String>, V: Into<String>>(
        mut self,
        vars: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        self.environ = Some(vars.into_iter().map(|(k, v)| (k.into(), v.into())).collect());
        self
    }

    /// The clock a script reads (`time.time()`, `time.monotonic()`, `time.perf_counter()`),
    /// instead of the real one: a [`FixedClock`] makes runs reproducible. `time.sleep`
    /// still waits in real time, under the limits.
    ///
    /// ```
    /// use reap_runtime::embed::{Builder, FixedClock};
    /// use std::time::Duration;
    ///
    /// let new_year = Duration::from_secs(1_798_761_600); // 2027-01-01T00:00:00Z
    /// let mut interp = Builder::new().clock(FixedClock(new_year)).build();
    /// assert_eq!(interp.eval::<f64>("__import__('time').time()").unwrap(), 1_798_761_600.0);
    /// assert_eq!(interp.eval::<f64>("__import__('time').monotonic()").unwrap(), 0.0);
    /// ```
    pub fn clock(mut self, clock: impl Clock + 'static) -> Self {
        self.clock = Some(Arc::new(clock));
        self
    }

    /// A folder where `import` finds `.py` modules (in the order added). It makes `sys.path`
    /// when the interpreter is built by [`Builder::new`]; running a script with
    /// [`Interpreter::run_source`] puts the script's folder before them, as `python3` does
    /// with `PYTHONPATH`.
    pub fn module_path(mut self, dir: impl Into<String>) -> Self {
        self.path.push(dir.into());
        self
    }

    /// Only these modules may be imported by scripts (Reap's own modules still import what
    /// they need); host modules are always importable.
    pub fn allow_modules(mut self, names: &[&str]) -> Self {
        self.modules = Some(names.iter().map(|s| s.to_string()).collect());
        self
    }

    /// File and OS access: off, `open`, `os.*`, `tempfile` and running programs (`subprocess`)
    /// raise `PermissionError`.
    pub fn filesystem(mut self, on: bool) -> Self {
        self.filesystem = on;
        self
    }

    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    pub fn max_steps(mut self, n: u64) -> Self {
        self.limits.max_steps = Some(n);
        self
    }

    pub fn timeout(mut self, d: Duration) -> Self {
        self.limits.timeout = Some(d);
        self
    }

    pub fn max_depth(mut self, n: usize) -> Self {
        self.limits.max_depth = Some(n);
        self
    }

    pub fn max_heap_bytes(mut self, n: usize) -> Self {
        self.limits.max_heap_bytes = Some(n);
        self
    }

    /// How many bytes of the native stack Python frames may use, whatever the recursion limit
    /// (default: 6 MiB). Whatever this says, a script gets `RecursionError` when the thread's
    /// own stack is nearly used up, so an interpreter is safe on any thread with 256 KiB of
    /// stack or more (a spawned thread has 2 MiB); on a thread made with a bigger stack, set this
    /// a little below that stack's size to let scripts recurse deeper.
    ///
    /// ```
    /// use reap_runtime::embed::{Builder, Output};
    ///
    /// const STACK: usize = 256 << 20;
    /// let depth = std::thread::Builder::new()
    ///     .stack_size(STACK)
    ///     .spawn(|| {
    ///         let mut interp =
    ///             Builder::new().stdout(Output::Discard).stack_budget(STACK - (16 << 20)).build();
    ///         interp.exec("import sys\nsys.setrecursionlimit(5000)\n", "deep.py").unwrap();
    ///         interp.exec("def down(n):\n    return n if n == 0 else down(n - 1)\n", "deep.py").unwrap();
    ///         interp.call::<i64>("down", (3000,)).unwrap()
    ///     })
    ///     .unwrap()
    ///     .join()
    ///     .unwrap();
    /// assert_eq!(depth, 0);
    /// ```
    pub fn stack_budget(mut self, bytes: usize) -> Self {
        self.stack_budget = Some(bytes);
        self
    }

    /// Whether the interpreter owns the process, as the `reap` command's does: then
    /// `os._exit(n)` ends the process at once, as CPython's. Otherwise (the default, also for
    /// [`Builder::standalone`]) it raises `SystemExit(n)`, so a script cannot end its host.
    pub fn owns_process(mut self, owns: bool) -> Self {
        self.owns_process = owns;
        self
    }

    /// The command line the program was started with, as `sys.flags`, `sys.orig_argv`,
    /// `sys.warnoptions` and `sys._xoptions` show it; its flags act as `python3`'s do where
    /// Reap has a use for them (`optimize`, `no_site`, `safe_path`). The default is
    /// `python3`'s with no options.
    ///
    /// ```
    /// use reap_runtime::embed::{Builder, CommandLine, Flags, Output};
    ///
    /// let line = CommandLine { flags: Flags { optimize: 1, ..Flags::default() }, ..CommandLine::default() };
    /// let mut interp = Builder::new().stdout(Output::Buffer).command_line(line).build();
    /// interp.exec("import sys\nassert False\nprint(sys.flags.optimize, __debug__)\n", "o.py").unwrap();
    /// assert_eq!(interp.take_stdout(), "1 False\n");
    /// ```
    pub fn command_line(mut self, line: CommandLine) -> Self {
        self.command_line = line;
        self
    }

    /// [`build`](Self::build), or the reason the settings cannot hold: `max_heap_bytes` without
    /// [`alloc::Counting`] installed as the global allocator.
    ///
    /// ```
    /// use reap_runtime::embed::Builder;
    ///
    /// // This doctest's binary has no counting allocator: the limit could not be enforced.
    /// let refused = Builder::new().max_heap_bytes(1 << 20).try_build();
    /// assert!(refused.is_err());
    /// // Built anyway, it runs nothing rather than run unlimited.
    /// let mut interp = Builder::new().max_heap_bytes(1 << 20).build();
    /// let e = interp.exec("x = 1\n", "x.py").unwrap_err();
    /// assert!(e.message.starts_with("max_heap_bytes needs"));
    /// ```
    pub fn try_build(self) -> Result<Interpreter, Error> {
        if self.limits.max_heap_bytes.is_some() && !alloc::Counting::installed() {
            return Err(Error::host("RuntimeError", HEAP_LIMIT_UNENFORCEABLE));
        }
        Ok(self.build())
    }

    /// Makes the interpreter. With `max_heap_bytes` set but no counting allocator installed,
    /// the limit cannot be enforced, and every run of the interpreter fails saying so
    /// ([`try_build`](Self::try_build) reports it at once).
    pub fn build(self) -> Interpreter {
        let start = crate::heap::alloc::thread_net_bytes();
        let mut interp = Interpreter::new();
        let vm = &mut interp.vm;
        let mut buffers = (None, None);
        for (which, o) in [(0, self.stdout), (1, self.stderr)] {
            let Some(o) = o else { continue };
            let w: Box<dyn std::io::Write + Send> = match o {
                Output::Inherit if which == 0 => Box::new(std::io::stdout()),
                Output::Inherit => Box::new(std::io::stderr()),
                Output::Buffer => {
                    let b = SharedBuffer::default();
                    if which == 0 {
                        buffers.0 = Some(b.clone());
                    } else {
                        buffers.1 = Some(b.clone());
                    }
                    Box::new(b)
                }
                Output::Callback(f) => Box::new(Callback(f)),
                Output::Discard => Box::new(std::io::sink()),
                Output::Writer(w) => w,
            };
            if which == 0 {
                vm.io.out = w;
            } else {
                vm.io.err = w;
            }
        }
        let stdin = self.stdin.unwrap_or(if self.filesystem { Stdin::Inherit } else { Stdin::Empty });
        vm.io.input = match stdin {
            Stdin::Inherit => crate::vm::io::Input::Inherit,
            Stdin::Text(t) => crate::vm::io::Input::Text(std::io::Cursor::new(t.into_bytes())),
            Stdin::Empty => crate::vm::io::Input::Empty,
        };
        vm.host.fs_allowed = self.filesystem;
        vm.host.stdin_thread = !self.standalone;
        vm.host.owns_process = self.owns_process;
        vm.host.environ = self.environ;
        if let Some(clock) = self.clock {
            vm.host.clock = clock;
        }
        vm.host.allowed_modules = self.modules;
        if let Some(bytes) = self.stack_budget {
            vm.recursion.stack_budget = bytes;
        }
        command_line::install(vm, &self.command_line);
        interp.embed = Some(Embedding {
            limits: self.limits,
            stdout: buffers.0,
            stderr: buffers.1,
            path: self.path,
            hosted: !self.standalone,
            safe_path: self.command_line.flags.safe_path,
        });
        // A standalone interpreter's `__main__` is made by the script that runs in it, so that
        // it gets the script's `__file__`.
        if !self.standalone {
            interp.set_sys_for_host();
        }
        interp.vm.limits.heap_held = crate::heap::alloc::thread_net_bytes() - start;
        interp
    }
}

/// Why an interpreter with a heap limit refuses to run without the counting allocator.
const HEAP_LIMIT_UNENFORCEABLE: &str = "max_heap_bytes needs reap_runtime::embed::alloc::Counting as the global \
     allocator (#[global_allocator] static A: Counting = Counting;); without it the limit cannot be enforced";

/// What a builder decided, kept by the interpreter.
pub(crate) struct Embedding {
    limits: Limits,
    stdout: Option<SharedBuffer>,
    stderr: Option<SharedBuffer>,
    path: Vec<String>,
    /// Made by `Builder::new`, not `Builder::standalone`: its drop runs the shutdown under a
    /// budget.
    pub(crate) hosted: bool,
    /// `-P`: a script's folder does not go first on `sys.path`.
    safe_path: bool,
}

/// A Python exception (or a limit) that ended a host's call, detached from the heap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// The exception's class name (`ValueError`, ...).
    pub kind: String,
    pub message: String,
    /// CPython's traceback text.
    pub traceback: String,
    /// Where it was raised: the innermost frame's file and line, or where a syntax error is;
    /// `None` for an error raised outside Python code.
    pub filename: Option<String>,
    pub line: Option<u32>,
    /// Set when a limit stopped the run (the script could not catch it).
    pub limit: Option<LimitKind>,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.kind, self.message)
        }
    }
}

impl std::error::Error for Error {}

impl Error {
    /// An error raised outside any Python frame: its traceback is CPython's last line alone.
    fn host(kind: &str, message: impl Into<String>) -> Error {
        let message = message.into();
        let traceback = if message.is_empty() { format!("{kind}\n") } else { format!("{kind}: {message}\n") };
        Error { kind: kind.into(), message, traceback, filename: None, line: None, limit: None }
    }
}

/// An error a host function returns: raised in the script as `kind(message)`. `kind` names a
/// builtin exception class (`ValueError`), a class the script defined (`ConfigError`, looked
/// up in the calling code's globals, then `__main__`'s), or `module.Name`; a name that is no
/// exception class raises `SystemError` saying so.
///
/// An error a [`Context`] callback returns carries the script's exception itself: returned
/// from the host function, that same exception object goes on (its class, attributes and
/// traceback intact).
#[derive(Debug, Clone)]
pub struct HostError {
    pub kind: Cow<'static, str>,
    pub message: String,
    exception: Option<Handle>,
}

impl HostError {
    pub fn new(kind: impl Into<Cow<'static, str>>, message: impl Into<String>) -> HostError {
        HostError { kind: kind.into(), message: message.into(), exception: None }
    }

    /// The exception `e` raised by a callback (its reference is taken over).
    pub(crate) fn raised(cx: &mut Context<'_>, e: ObjId) -> HostError {
        let kind = cx.vm.type_name(Value::Obj(e));
        let message = cx.vm.str(Value::Obj(e)).unwrap_or_else(|x| {
            cx.vm.decref_id(x);
            String::new()
        });
        let exception = Some(Handle::new(cx, Value::Obj(e)));
        cx.vm.decref_id(e);
        HostError { kind: kind.into(), message, exception }
    }

    /// The exception to raise in the script: the callback's own, or a new `kind(message)`.
    pub(crate) fn raise(self, vm: &mut Vm) -> ObjId {
        match self.exception.as_ref().and_then(|h| h.value_in(vm)) {
            Some(Value::Obj(e)) => {
                vm.incref(Value::Obj(e));
                e
            }
            _ => vm.new_exc_named(&self.kind, &self.message),
        }
    }
}

impl From<String> for HostError {
    fn from(message: String) -> Self {
        HostError::new("RuntimeError", message)
    }
}

impl From<&str> for HostError {
    fn from(message: &str) -> Self {
        HostError::new("RuntimeError", message)
    }
}

/// Stops or interrupts a running script from another thread (made by
/// [`Interpreter::interrupt_handle`]).
#[derive(Clone)]
pub struct InterruptHandle {
    signals: Arc<AtomicU8>,
}

impl InterruptHandle {
    /// Stops the running script: an uncatchable limit error ([`LimitKind::Stopped`]) ends the
    /// host's call.
    pub fn interrupt(&self) {
        self.signals.fetch_or(crate::vm::limits::STOP, Ordering::Relaxed);
    }

    /// Raises `KeyboardInterrupt` in the running script at its next loop iteration or call, as
    /// Ctrl-C does under `python3`: unlike [`interrupt`](Self::interrupt), the script may catch
    /// it, and an uncaught one makes [`Interpreter::run_main`] return 130. With no script
    /// running, the next one raises it at its first loop iteration or call.
    pub fn keyboard_interrupt(&self) {
        self.signals.fetch_or(crate::vm::limits::KEYBOARD, Ordering::Relaxed);
    }
}

/// Arguments a host passes to a script function: tuples of Rust values.
pub trait IntoArgs {
    fn into_args(self, cx: &mut Context<'_>) -> Vec<Value>;
}

macro_rules! into_args {
    ($(($($t:ident $i:tt),*)),*) => {$(
        impl<$($t: IntoPy),*> IntoArgs for ($($t,)*) {
            #[allow(unused_variables)]
            fn into_args(self, cx: &mut Context<'_>) -> Vec<Value> {
                vec![$(self.$i.into_py(cx)),*]
            }
        }
    )*};
}

into_args!((), (A 0), (A 0, B 1), (A 0, B 1, C 2), (A 0, B 1, C 2, D 3), (A 0, B 1, C 2, D 3, E 4), (A 0, B 1, C 2, D 3, E 4, F5 5), (A 0, B 1, C 2, D 3, E 4, F5 5, G 6), (A 0, B 1, C 2, D 3, E 4, F5 5, G 6, H 7));

/// A Rust closure a script can call, with typed positional (or keyword) arguments.
pub trait HostFn<Args>: Send + Sync + 'static {
    fn invoke(&self, cx: &mut Context<'_>, args: &[Value], site: &Site<'_>) -> Result<Value, HostError>;
    fn arity() -> usize;
}

macro_rules! host_fns {
    ($(($($t:ident $i:tt),*)),*) => {$(
        impl<F, R, $($t),*> HostFn<($($t,)*)> for F
        where
            F: Fn($($t),*) -> Result<R, HostError> + Send + Sync + 'static,
            R: IntoPy,
            $($t: FromPy,)*
        {
            #[allow(unused_variables)]
            fn invoke(&self, cx: &mut Context<'_>, args: &[Value], site: &Site<'_>) -> Result<Value, HostError> {
                let r = self($(site.arg::<$t>(cx, args, $i)?),*)?;
                Ok(r.into_py(cx))
            }
            fn arity() -> usize {
                <[usize]>::len(&[$($i),*])
            }
        }

        impl<F, R, $($t),*> HostFn<(WithContext, $($t,)*)> for F
        where
            F: for<'c, 'v> Fn(&'c mut Context<'v>, $($t),*) -> Result<R, HostError> + Send + Sync + 'static,
            R: IntoPy,
            $($t: FromPy,)*
        {
            #[allow(unused_variables)]
            fn invoke(&self, cx: &mut Context<'_>, args: &[Value], site: &Site<'_>) -> Result<Value, HostError> {
                // Converted before the call, which borrows the context.
                let converted = ($(site.arg::<$t>(cx, args, $i)?,)*);
                let r = self(cx, $(converted.$i),*)?;
                Ok(r.into_py(cx))
            }
            fn arity() -> usize {
                <[usize]>::len(&[$($i),*])
            }
        }
    )*};
}

/// Marks a host function whose first parameter is the [`Context`] (which is not an argument
/// the script passes).
pub struct WithContext;

host_fns!((), (A 0), (A 0, B 1), (A 0, B 1, C 2), (A 0, B 1, C 2, D 3), (A 0, B 1, C 2, D 3, E 4), (A 0, B 1, C 2, D 3, E 4, F5 5), (A 0, B 1, C 2, D 3, E 4, F5 5, G 6), (A 0, B 1, C 2, D 3, E 4, F5 5, G 6, H 7));

fn host_function<Args, F: HostFn<Args>>(vm: &mut Vm, name: &str, params: &[&str], f: F) -> Value {
    let sig = Signature::new(name, params, F::arity());
    let call = move |vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]| -> PyResult<Value> {
        let (args, made) = sig.bind(vm, args, kwargs)?;
        let r = f.invoke(&mut Context::new(vm), &args, &sig.site()).map_err(|e| e.raise(vm));
        for v in made {
            vm.decref(v);
        }
        vm.host_returned(r)
    };
    vm.host.functions.push(Arc::new(call));
    let index = vm.host.functions.len() - 1;
    vm.alloc(Object::HostFunction { name: name.into(), index, method: false })
}

/// A module of host functions, made by [`Interpreter::module`].
pub struct HostModule<'a> {
    interp: &'a mut Interpreter,
    dict: ObjId,
}

impl HostModule<'_> {
    /// Adds a function; `params` name its parameters (for keyword arguments and messages;
    /// `name=literal` gives a default, as for [`Interpreter::function`]).
    pub fn function<Args, F: HostFn<Args>>(&mut self, name: &str, params: &[&str], f: F) -> &mut Self {
        let vm = &mut self.interp.vm;
        let v = host_function(vm, name, params, f);
        vm.dict_set_str(self.dict, name, v);
        self
    }

    /// Adds a constant.
    pub fn value(&mut self, name: &str, v: impl IntoPy) -> &mut Self {
        let v = v.into_py(&mut Context::new(&mut self.interp.vm));
        self.interp.vm.dict_set_str(self.dict, name, v);
        self
    }
}

impl Interpreter {
    pub fn builder() -> Builder {
        Builder::new()
    }

    fn set_sys_for_host(&mut self) {
        let path = self.embed.as_ref().map(|e| e.path.clone()).unwrap_or_default();
        self.prepare_main(&[String::new()], &path);
    }

    /// A handle that stops or interrupts the running script from another thread.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle { signals: Arc::clone(&self.vm.limits.signals) }
    }

    /// What the script wrote to a buffered stdout since the last call.
    pub fn take_stdout(&mut self) -> String {
        self.vm.flush();
        self.embed.as_ref().and_then(|e| e.stdout.as_ref()).map(SharedBuffer::take).unwrap_or_default()
    }

    pub fn take_stderr(&mut self) -> String {
        self.vm.flush();
        self.embed.as_ref().and_then(|e| e.stderr.as_ref()).map(SharedBuffer::take).unwrap_or_default()
    }

    /// Runs module source in `__main__` under the file name given.
    pub fn exec(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        self.guarded(|interp| {
            let globals = interp.globals_dict();
            interp.vm.exec_source(source.as_bytes(), filename, globals).map(|()| Value::None)
        })
        .map(|_| ())
    }

    /// Evaluates an expression in `__main__` and converts its value.
    pub fn eval<T: FromPy>(&mut self, expr: &str) -> Result<T, Error> {
        let r = self.guarded(|interp| {
            let globals = interp.globals_dict();
            let expr = match reap_lang::parse_expression(expr, "<string>") {
                Ok(e) => e,
                Err(e) => return Err(interp.vm.syntax_error(&e)),
            };
            let span = expr.span;
            let stmt = reap_lang::ast::Stmt::new(span, reap_lang::ast::StmtKind::Return(Some(expr)));
            let module = reap_lang::ast::Module { body: vec![stmt] };
            interp.vm.run_module_ast(&module, "", "<string>", globals, globals)
        })?;
        self.convert(r)
    }

    /// Calls a function of `__main__` by name with Rust arguments.
    pub fn call<T: FromPy>(&mut self, name: &str, args: impl IntoArgs) -> Result<T, Error> {
        let r = self.guarded(|interp| {
            let globals = interp.globals_dict();
            let Some(f) = interp.vm.dict_get_str(globals, name) else {
                return Err(interp.vm.new_exc(ExcKind::NameError, &format!("name '{name}' is not defined")));
            };
            call_with(&mut interp.vm, f, args)
        })?;
        self.convert(r)
    }

    /// A global of `__main__`, converted.
    pub fn get<T: FromPy>(&mut self, name: &str) -> Result<T, Error> {
        let globals = self.globals_dict();
        let Some(v) = self.vm.dict_get_str(globals, name) else {
            return Err(Error::host("NameError", format!("name '{name}' is not defined")));
        };
        let v = self.vm.share(v);
        self.convert(v)
    }

    /// Sets a global of `__main__` (an error only for a [`Handle`] of another interpreter).
    pub fn set(&mut self, name: &str, value: impl IntoPy) -> Result<(), Error> {
        self.vm.release_handles();
        let globals = self.globals_dict();
        let v = value.into_py(&mut Context::new(&mut self.vm));
        if let Some(m) = self.vm.host.conversion_error.take() {
            self.vm.decref(v);
            return Err(Error::host("TypeError", m));
        }
        self.vm.dict_set_str(globals, name, v);
        // The value it replaced may have had a finalizer: it runs now, not at the next call.
        self.vm.run_doomed();
        self.vm.flush();
        Ok(())
    }

    /// Calls what a handle names (a script function the host kept) with Rust arguments.
    pub fn call_handle<T: FromPy>(&mut self, f: &Handle, args: impl IntoArgs) -> Result<T, Error> {
        let r = self.guarded(|interp| match f.value_in(&interp.vm) {
            Some(f) => call_with(&mut interp.vm, f, args),
            None => Err(interp.vm.new_exc(ExcKind::TypeError, handle::FOREIGN)),
        })?;
        self.convert(r)
    }

    /// `getattr(obj, name)` of what a handle names, converted.
    pub fn getattr<T: FromPy>(&mut self, obj: &Handle, name: &str) -> Result<T, Error> {
        let r = self.guarded(|interp| {
            let Some(obj) = obj.value_in(&interp.vm) else {
                return Err(interp.vm.new_exc(ExcKind::TypeError, handle::FOREIGN));
            };
            let key = interp.vm.intern(name);
            let r = interp.vm.getattr(obj, key);
            interp.vm.decref_id(key);
            r
        })?;
        self.convert(r)
    }

    /// What a handle names, converted to a Rust value.
    pub fn read<T: FromPy>(&mut self, h: &Handle) -> Result<T, Error> {
        self.vm.release_handles();
        let Some(v) = h.value_in(&self.vm) else { return Err(Error::host("TypeError", handle::FOREIGN)) };
        let v = self.vm.share(v);
        self.convert(v)
    }

    /// Adds a function scripts can call as a builtin name. `params` name its parameters, for
    /// keyword arguments and messages; `name=literal` gives one a default (`None`, `True`,
    /// `False`, a number or a quoted string).
    ///
    /// ```
    /// use reap_runtime::embed::{Builder, HostError};
    ///
    /// let mut interp = Builder::new().build();
    /// interp.function("fetch", &["key", "default=None"], |key: String, default: Option<String>| {
    ///     Ok::<_, HostError>(if key == "home" { Some("/home/ada".to_string()) } else { default })
    /// });
    /// assert_eq!(interp.eval::<Option<String>>("fetch('home')").unwrap().as_deref(), Some("/home/ada"));
    /// assert_eq!(interp.eval::<Option<String>>("fetch('port')").unwrap(), None);
    /// assert_eq!(interp.eval::<String>("fetch('port', default='8080')").unwrap(), "8080");
    /// ```
    pub fn function<Args, F: HostFn<Args>>(&mut self, name: &str, params: &[&str], f: F) {
        let v = host_function(&mut self.vm, name, params, f);
        let b = self.vm.builtins;
        self.vm.dict_set_str(b, name, v);
    }

    /// A module scripts can `import`, to which host functions and values are added.
    pub fn module(&mut self, name: &str) -> HostModule<'_> {
        let vm = &mut self.vm;
        let dict = match vm.module_dict(name) {
            Some(d) => d,
            None => {
                let (m, d) = crate::modules::new_module(vm, name);
                let modules = vm.modules;
                vm.dict_set_str(modules, name, m);
                if let Some(allowed) = vm.host.allowed_modules.as_mut() {
                    allowed.push(name.to_string());
                }
                d
            }
        };
        HostModule { interp: self, dict }
    }

    /// Runs `f` under the limits, turning a raised exception into an [`Error`].
    fn guarded(&mut self, f: impl FnOnce(&mut Interpreter) -> PyResult<Value>) -> Result<Value, Error> {
        let limits = self.embed.as_ref().map(|e| e.limits).unwrap_or_default();
        // A heap limit that cannot be enforced is never silently off: every run is refused.
        if limits.max_heap_bytes.is_some() && !alloc::Counting::installed() {
            return Err(Error::host("RuntimeError", HEAP_LIMIT_UNENFORCEABLE));
        }
        self.vm.release_handles();
        self.vm.reset_limits();
        // This call may come on another thread than the last: where its stack ends is
        // worked out again by its first frame.
        self.vm.recursion.stack_floor = 0;
        self.vm.limits.max_steps = limits.max_steps;
        self.vm.limits.deadline = limits.timeout.map(|t| Instant::now() + t);
        self.vm.set_heap_limit(limits.max_heap_bytes);
        if let Some(d) = limits.max_depth {
            self.vm.recursion.limit = d;
        }
        let r = f(self);
        let hit = self.vm.limits.hit.take();
        self.vm.limits.max_steps = None;
        self.vm.limits.deadline = None;
        self.vm.limits.rearm();
        self.vm.set_heap_limit(None);
        let r = match r {
            Ok(v) => Ok(v),
            Err(e) => Err(exception_error(&mut self.vm, e, hit)),
        };
        self.vm.run_doomed();
        self.vm.flush();
        self.vm.settle_heap();
        r
    }

    fn convert<T: FromPy>(&mut self, v: Value) -> Result<T, Error> {
        let r = T::from_py(&mut Context::new(&mut self.vm), v)
            .map_err(|m| Error::host("TypeError", m.to_string()));
        self.vm.decref(v);
        r
    }

    /// The shutdown of a dropped embedded interpreter runs under its own small budget, so a
    /// runaway `__del__` or finalizer at exit is cut off too.
    pub(crate) fn shutdown_budget(&mut self) {
        self.vm.reset_limits();
        self.vm.limits.max_steps = Some(1_000_000);
        self.vm.limits.deadline = Some(Instant::now() + Duration::from_secs(2));
        self.vm.limits.rearm();
    }
}

/// Where a `SyntaxError` (raised before any of its code ran, so without frames) points: its
/// `filename` and `lineno`.
fn syntax_error_place(vm: &mut Vm, e: ObjId) -> (Option<String>, Option<u32>) {
    if !vm.isinstance(Value::Obj(e), vm.exc_type(ExcKind::SyntaxError)) {
        return (None, None);
    }
    let mut attr = |name: &str| {
        let key = vm.intern(name);
        let r = vm.getattr(Value::Obj(e), key);
        vm.decref_id(key);
        match r {
            Ok(v) => Some(v),
            Err(x) => {
                vm.decref_id(x);
                None
            }
        }
    };
    let (file, lineno) = (attr("filename"), attr("lineno"));
    let filename = file.and_then(|f| vm.str_of(f).map(str::to_string));
    let line = match lineno {
        Some(Value::Int(n)) => u32::try_from(n).ok(),
        _ => None,
    };
    for v in [file, lineno].into_iter().flatten() {
        vm.decref(v);
    }
    (filename, line)
}

/// `f(*args)` with Rust arguments (`f` borrowed).
pub(crate) fn call_with(vm: &mut Vm, f: Value, args: impl IntoArgs) -> PyResult<Value> {
    let f = vm.share(f);
    let args = args.into_args(&mut Context::new(vm));
    let r = match vm.host.conversion_error.take() {
        Some(m) => Err(vm.new_exc(ExcKind::TypeError, &m)),
        None => vm.call(f, &args, &[]),
    };
    for a in args {
        vm.decref(a);
    }
    vm.decref(f);
    r
}

/// A raised exception (or the limit error `limit` says it is), detached from the heap; the
/// exception's reference is released.
pub(crate) fn exception_error(vm: &mut Vm, e: ObjId, limit: Option<LimitKind>) -> Error {
    let kind = vm.type_name(Value::Obj(e));
    let message = vm.str(Value::Obj(e)).unwrap_or_default();
    let traceback = vm.format_exception(e);
    let (filename, line) = match vm.heap.get(e) {
        Object::Instance(i) => i
            .exc()
            .and_then(|x| x.traceback.first())
            .map(|t| {
                let line = t.code.spans.get(t.ip).map(|s| s.start.line);
                (Some(t.code.filename.to_string()), line)
            })
            .unwrap_or((None, None)),
        _ => (None, None),
    };
    let (filename, line) = match (filename, line) {
        (None, None) => syntax_error_place(vm, e),
        place => place,
    };
    vm.decref_id(e);
    let (kind, message, traceback) = match limit {
        Some(l) => {
            // The exception that carried the limit out is an implementation detail: the
            // traceback ends with what the host is told.
            let frames = traceback.strip_suffix('\n').unwrap_or(&traceback);
            let frames = frames.rsplit_once('\n').map_or("", |(head, _)| head);
            let last = format!("LimitExceeded: {}", l.message());
            let traceback =
                if frames.is_empty() { format!("{last}\n") } else { format!("{frames}\n{last}\n") };
            ("LimitExceeded".to_string(), l.message().to_string(), traceback)
        }
        None => (kind, message, traceback),
    };
    Error { kind, message, traceback, filename, line, limit }
}
