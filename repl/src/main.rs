//! The `reap` command, following `python3`'s conventions: `reap FILE [args...]`, `reap -c CODE`,
//! `reap -m MODULE`, `reap DIR` (its `__main__.py`), `reap -` or a pipe on stdin, `reap -i` (the
//! REPL after a script, or on a pipe), with `python3`'s options (`cli.rs`), and the tools:
//! `reap doc FILE.md` (run a Markdown file's Python blocks, or with `--doctest` the `>>>`
//! examples of a file or of a module's docstrings), `reap check FILE...`,
//! `reap dump-ast FILE`.

mod cli;
mod doc;
mod doctest;
mod highlight;
mod line_tail;
mod repl;
mod run;

use std::process::ExitCode;

use reap_runtime::lang;

const USAGE: &str = "Options:
-b     : issue warnings about str(bytes_instance), str(bytearray_instance)
         and comparing bytes/bytearray with str. (-bb: issue errors)
-B     : don't write .pyc files on import (Reap writes none); also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : turn on parser debugging output (accepted; no effect); also PYTHONDEBUG=x
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Reap from the user's environment (implies -E, -P and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings
-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization (no exit, quit, help...)
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (accepted; sys.flags.verbose); also PYTHONVERBOSE=x
-V     : print the version number and exit (also --version)
-W arg : warning control (kept in sys.warnoptions); also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option (kept in sys._xoptions)
Arguments:
file   : program read from script file, or a folder with a __main__.py
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
Tools:
reap doc [--shared] [--update] [--doctest] FILE : run a Markdown file's Python blocks
                                  (--doctest: the >>> examples of a file or module)
reap check FILE...               : report syntax errors as python3 would
reap dump-ast [--positions] FILE : print the syntax tree as ast.dump does
";

/// The program's name as it was started, for messages (`python3` uses its own the same way).
pub fn program_name() -> String {
    std::env::args().next().unwrap_or_else(|| "reap".into())
}

fn usage_line() -> String {
    format!("usage: {} [option] ... [-c cmd | -m mod | file | -] [arg] ...", program_name())
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("{msg}");
    eprintln!("{}", usage_line());
    eprintln!("Try `reap -h' for more information.");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("check") if args.len() > 1 => return check(&args[1..]),
        Some("dump-ast") => return dump_ast(&args[1..]),
        Some("doc") => return doc::main(&args[1..]),
        _ => {}
    }
    let mut opts = match cli::parse(&args, &|name| std::env::var(name).ok()) {
        Ok(o) => o,
        Err(cli::Stop::Help) => {
            println!("{}", usage_line());
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(cli::Stop::Version(_)) => {
            println!("Reap {} (Python 3.11 subset)", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Err(cli::Stop::Usage(msg)) => return usage_error(&msg),
    };
    opts.line.orig_argv = std::env::args().collect();
    run::program(opts)
}

/// `path` made absolute as CPython does for a script: the current folder joined to it as
/// written (`/home/me/./x.py`), nothing resolved.
pub fn joined_absolute(path: &str) -> String {
    if std::path::Path::new(path).is_absolute() {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{path}", cwd.to_string_lossy().trim_end_matches('/')),
        Err(_) => path.to_string(),
    }
}

/// Reads a file, or prints CPython's message for one that cannot be opened.
fn read(path: &str) -> Option<Vec<u8>> {
    match std::fs::read(path) {
        Ok(bytes) => Some(bytes),
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(0);
            let reason = e.to_string();
            let reason = reason.split(" (os error").next().unwrap_or(&reason);
            let shown = joined_absolute(path);
            eprintln!("{}: can't open file '{shown}': [Errno {errno}] {reason}", program_name());
            None
        }
    }
}

fn check(paths: &[String]) -> ExitCode {
    let mut failed = false;
    for path in paths {
        let Some(bytes) = read(path) else {
            failed = true;
            continue;
        };
        if let Err(e) = lang::check_module_bytes(&bytes, path) {
            eprint!("{}", e.render());
            failed = true;
        }
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

fn dump_ast(args: &[String]) -> ExitCode {
    let positions = args.iter().any(|a| a == "--positions");
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let [path] = files.as_slice() else {
        eprintln!("usage: reap dump-ast [--positions] FILE");
        return ExitCode::from(2);
    };
    let Some(bytes) = read(path) else {
        return ExitCode::FAILURE;
    };
    match lang::parse_module_bytes(&bytes, path) {
        Ok(module) => {
            println!("{}", lang::dump::dump_module(&module, positions));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprint!("{}", e.render());
            ExitCode::FAILURE
        }
    }
}
