//! Running code: a script, `-c`, stdin, then (with `-i`) the REPL. Interpreters run on a thread
//! with a large stack (Python frames recurse on it), and Ctrl-C raises `KeyboardInterrupt` in
//! the running code.

use std::process::ExitCode;
use std::sync::Mutex;

use reap_runtime::Interpreter;
use reap_runtime::embed::{Builder, InterruptHandle, Output};

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
        Ok(Ok(status)) => ExitCode::from(status.clamp(0, 255) as u8),
        _ => ExitCode::from(1),
    }
}

/// `reap FILE args...`.
pub fn file(path: &str, args: &[String], inspect: bool) -> ExitCode {
    let Some(source) = crate::read(path) else {
        return ExitCode::from(2);
    };
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.into());
    let file = abs.to_string_lossy().to_string();
    let dir = abs.parent().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
    script(&file, source, args.to_vec(), dir, inspect)
}

/// Runs source as `__main__`; with `inspect`, the REPL follows in the same namespace.
pub fn script(filename: &str, source: Vec<u8>, argv: Vec<String>, path0: String, inspect: bool) -> ExitCode {
    let filename = filename.to_string();
    on_big_stack(move || {
        let terminal = inspect && std::io::IsTerminal::is_terminal(&std::io::stdin());
        let (builder, tail) = if terminal { tracked(builder()) } else { (builder(), LineTail::default()) };
        let mut interp = interpreter(builder);
        let status = interp.run_source(&filename, &source, &argv, &path0);
        let status = if inspect {
            // After a script, as CPython's, without a banner.
            crate::repl::run(&mut interp, terminal.then_some(crate::repl::Screen { banner: false, tail }))
        } else {
            status
        };
        interp.shutdown();
        status
    })
}

/// `PYTHONSTARTUP`: a file run in `__main__` before the first prompt of an interactive
/// session (not after `-i FILE`), as CPython does; an error in it is printed and the session
/// goes on.
fn run_startup(interp: &mut Interpreter) {
    let Some(path) = std::env::var_os("PYTHONSTARTUP").filter(|p| !p.is_empty()) else { return };
    let path = path.to_string_lossy().to_string();
    match std::fs::read(&path) {
        Ok(source) => {
            interp.run_source(&path, &source, &[String::new()], "");
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

/// `reap` alone: the REPL (`prompts`: on a terminal, with a banner unless `-q`, running
/// `PYTHONSTARTUP` first unless `-E`).
pub fn repl_only(prompts: bool, banner: bool, startup: bool) -> ExitCode {
    on_big_stack(move || {
        let (builder, tail) = if prompts { tracked(builder()) } else { (builder(), LineTail::default()) };
        let mut interp = interpreter(builder);
        interp.run_source("<stdin>", b"", &[String::new()], "");
        if prompts && startup {
            run_startup(&mut interp);
        }
        let status = crate::repl::run(&mut interp, prompts.then_some(crate::repl::Screen { banner, tail }));
        interp.shutdown();
        status
    })
}
