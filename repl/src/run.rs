//! Running code: a script, `-c`, stdin, then (with `-i`) the REPL. Interpreters run on a thread
//! with a large stack (Python frames recurse on it), and Ctrl-C raises `KeyboardInterrupt` in
//! the running code.

use std::io::{IsTerminal, Read};
use std::process::ExitCode;
use std::sync::Mutex;

use reap_runtime::Interpreter;
use reap_runtime::embed::main_module::is_zip_archive;
use reap_runtime::embed::{Builder, InterruptHandle, NotRunnable, Output};

use crate::cli::{Options, Program};
use crate::line_tail::LineTail;

/// Python frames recurse on the Rust stack; give them room for CPython's default limit and more.
const STACK_SIZE: usize = 512 * 1024 * 1024;

/// Where Ctrl-C goes: the interpreter made last (one runs at a time here).
static INTERRUPT: Mutex<Option<InterruptHandle>> = Mutex::new(None);

fn install_ctrl_c(handle: InterruptHandle) {
    if let Ok(mut slot) = INTERRUPT.lock() {
        let first = slot.is_none();
        *slot = Some(handle);
        if first {
            let _ = ctrlc::set_handler(|| {
                if let Ok(slot) = INTERRUPT.lock()
                    && let Some(h) = slot.as_ref()
                {
                    h.keyboard_interrupt();
                }
            });
        }
    }
}

/// The settings of the command's interpreters: `python3`'s, with a stack budget matched to the
/// thread they run on (see `on_big_stack`).
pub fn builder() -> Builder {
    // Leave a margin below the thread's stack for the frames' own use and for errors.
    Builder::standalone().stack_budget(STACK_SIZE - 16 * 1024 * 1024)
}

/// `builder` with both streams noting what follows their last line break (for the REPL on a
/// terminal): stdout line-buffered, stderr unbuffered, as CPython's on a terminal.
fn tracked(builder: Builder) -> (Builder, LineTail) {
    let tail = LineTail::default();
    let out = tail.writer(Box::new(std::io::LineWriter::new(std::io::stdout())));
    let err = tail.writer(Box::new(std::io::stderr()));
    (builder.stdout(Output::Writer(out)).stderr(Output::Writer(err)), tail)
}

/// A new interpreter made by `builder`, Ctrl-C wired to it.
pub fn interpreter(builder: Builder) -> Interpreter {
    let interp = builder.build();
    install_ctrl_c(interp.interrupt_handle());
    interp
}

/// Runs `f` on a thread with a stack deep enough for Python's recursion limit.
pub fn on_big_stack(f: impl FnOnce() -> i32 + Send + 'static) -> ExitCode {
    let worker = std::thread::Builder::new().stack_size(STACK_SIZE).spawn(f);
    match worker.map(|h| h.join()) {
        // The status the OS keeps is its low 8 bits, as CPython's `exit(status)`: -1 is 255.
        Ok(Ok(status)) => ExitCode::from(status as u8),
        _ => ExitCode::from(1),
    }
}

/// Runs what the command line names, as `python3` would.
pub fn program(opts: Options) -> ExitCode {
    let inspect = opts.line.flags.inspect > 0;
    match opts.program.clone() {
        Program::Code(code) => {
            let mut argv = vec!["-c".to_string()];
            argv.extend(opts.args.iter().cloned());
            script(opts, "<string>".into(), code.into_bytes(), argv, String::new())
        }
        Program::Module(name) => module(opts, name),
        Program::Path(path) if std::path::Path::new(&path).is_dir() || is_zip_archive(&path) => {
            folder(opts, path)
        }
        Program::Path(path) => file(opts, &path),
        Program::Dash => stdin_script(opts, true),
        Program::Default if std::io::stdin().is_terminal() => repl_only(opts, true),
        // `reap -i < session`: the REPL, reading the pipe.
        Program::Default if inspect => repl_only(opts, false),
        Program::Default => stdin_script(opts, false),
    }
}

/// `reap -` or a pipe: the program is read from stdin.
fn stdin_script(opts: Options, dash: bool) -> ExitCode {
    let mut source = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut source) {
        eprintln!("{}: can't read stdin: {e}", crate::program_name());
        return ExitCode::from(2);
    }
    let inspect = opts.line.flags.inspect > 0;
    let mut argv =
        vec![if dash || inspect || !opts.args.is_empty() { "-".to_string() } else { String::new() }];
    argv.extend(opts.args.iter().cloned());
    script(opts, "<stdin>".into(), source, argv, String::new())
}

/// `reap FILE args...`.
fn file(opts: Options, path: &str) -> ExitCode {
    let Some(mut source) = crate::read(path) else {
        return ExitCode::from(2);
    };
    if opts.skip_first_line {
        // The line goes, its line break stays: line numbers are the file's.
        let end = source.iter().position(|&b| b == b'\n').unwrap_or(source.len());
        source.drain(..end);
    }
    // `__file__` is the path as written, made absolute; `sys.path[0]` its folder with links
    // resolved, as CPython's.
    let file = crate::joined_absolute(path);
    let parent = std::path::Path::new(&file).parent().map(std::path::Path::to_path_buf).unwrap_or_default();
    let dir = std::fs::canonicalize(&parent).unwrap_or(parent).to_string_lossy().to_string();
    let mut argv = vec![path.to_string()];
    argv.extend(opts.args.iter().cloned());
    script(opts, file, source, argv, dir)
}

/// The settings of the command's interpreters for these options.
fn configured(opts: &Options) -> Builder {
    // A script or the REPL is the program: `os._exit` ends the process (not in `reap doc`,
    // whose examples share one).
    let mut b = builder().command_line(opts.line.clone()).owns_process(true);
    for dir in &opts.python_path {
        b = b.module_path(dir.clone());
    }
    if opts.unbuffered {
        b = b.stdout(Output::Writer(Box::new(Unbuffered)));
    }
    b
}

/// `-u`: every write reaches the process's stdout at once.
struct Unbuffered;

impl std::io::Write for Unbuffered {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut out = std::io::stdout().lock();
        out.write_all(buf)?;
        out.flush()?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stdout().flush()
    }
}

/// Runs `run` in a new interpreter for `opts` on a big stack; with `-i`, the REPL follows in
/// the same namespace (without a banner, as CPython's).
fn session(opts: Options, run: impl FnOnce(&mut Interpreter) -> i32 + Send + 'static) -> ExitCode {
    on_big_stack(move || {
        let inspect = opts.line.flags.inspect > 0;
        let terminal = inspect && std::io::stdin().is_terminal();
        let b = configured(&opts);
        let (b, tail) = if terminal { tracked(b) } else { (b, LineTail::default()) };
        let mut interp = interpreter(b);
        let status = run(&mut interp);
        let (status, mut interp) = if inspect {
            let screen = crate::repl::Screen { banner: false, tail };
            crate::repl::run(interp, terminal.then_some(screen), false)
        } else {
            (status, interp)
        };
        interp.shutdown();
        if interp.shutdown_flush_failed() { 120 } else { status }
    })
}

/// Runs source as `__main__` (`path0` first on `sys.path`).
fn script(opts: Options, filename: String, source: Vec<u8>, argv: Vec<String>, path0: String) -> ExitCode {
    session(opts, move |interp| interp.run_source(&filename, &source, &argv, &path0))
}

/// `reap -m NAME args...`, from the current folder.
fn module(opts: Options, name: String) -> ExitCode {
    let cwd = std::env::current_dir().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
    let args = opts.args.clone();
    session(opts, move |interp| report(interp.run_module(&name, &args, &cwd)))
}

/// `reap DIR args...` (or a zip archive): its `__main__.py`.
fn folder(opts: Options, dir: String) -> ExitCode {
    let args = opts.args.clone();
    session(opts, move |interp| report(interp.run_main_dir(&dir, &args)))
}

/// `python3`'s report of a module or folder it cannot run.
fn report(r: Result<i32, NotRunnable>) -> i32 {
    r.unwrap_or_else(|NotRunnable(msg)| {
        eprintln!("{}: {msg}", crate::program_name());
        1
    })
}

/// `PYTHONSTARTUP`: a file run in `__main__` before the first prompt of an interactive
/// session (not after `-i FILE`), as CPython does; an error in it is printed and the session
/// goes on.
fn run_startup(interp: &mut Interpreter, path: &str) {
    match std::fs::read(path) {
        Ok(source) => {
            interp.run_source(path, &source, &[String::new()], "");
        }
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(0);
            let kind = if e.kind() == std::io::ErrorKind::NotFound { "FileNotFoundError" } else { "OSError" };
            let reason = e.to_string();
            let reason = reason.split(" (os error").next().unwrap_or(&reason).to_string();
            eprintln!("Could not open PYTHONSTARTUP\n{kind}: [Errno {errno}] {reason}: '{path}'");
        }
    }
}

/// `reap` alone: the REPL, with prompts, a banner (unless `-q`) and `PYTHONSTARTUP` on a
/// terminal; reading a pipe (`reap -i < session`), prompts and banner go to stderr as CPython's.
fn repl_only(opts: Options, terminal: bool) -> ExitCode {
    on_big_stack(move || {
        let b = configured(&opts);
        let (b, tail) = if terminal { tracked(b) } else { (b, LineTail::default()) };
        let mut interp = interpreter(b);
        interp.start_interactive();
        if terminal && let Some(path) = &opts.startup {
            run_startup(&mut interp, path);
        }
        let banner = opts.line.flags.quiet == 0;
        let screen = crate::repl::Screen { banner, tail };
        let (status, mut interp) = if terminal {
            crate::repl::run(interp, Some(screen), false)
        } else {
            crate::repl::run(interp, None, banner)
        };
        interp.shutdown();
        status
    })
}
