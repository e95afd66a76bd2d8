//! The `reap` command, following `python3`'s conventions: `reap FILE [args...]`, `reap -c CODE`,
//! `reap -` or a pipe on stdin, `reap -i` (the REPL after a script, or on a pipe), and the
//! tools: `reap doc FILE.md` (run a Markdown file's Python blocks, or with `--doctest` the
//! `>>>` examples of a file or of a module's docstrings), `reap check FILE...`,
//! `reap dump-ast FILE`.

mod doc;
mod doctest;
mod highlight;
mod line_tail;
mod repl;
mod run;

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

use reap_runtime::lang;

const USAGE: &str = "usage: reap [option] ... [-c cmd | file | -] [arg] ...
       reap doc [--shared] [--update] [--doctest] FILE
       reap check FILE...
       reap dump-ast [--positions] FILE
Options:
-c cmd : program passed in as string (terminates option list)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-E     : ignore PYTHON* environment variables (such as PYTHONSTARTUP)
-I     : isolate Reap from the user's environment (implies -E)
-q     : don't print version and copyright messages on interactive startup
-h     : print this help message and exit (also --help)
-V     : print the Python version number and exit (also --version)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("{msg}");
    eprintln!("usage: reap [option] ... [-c cmd | file | -] [arg] ...");
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
    let mut inspect = false;
    let mut quiet = false;
    let mut ignore_env = false;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "-h" | "--help" => {
                print!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "-V" | "--version" => {
                println!("Reap {} (Python 3.11 subset)", env!("CARGO_PKG_VERSION"));
                return ExitCode::SUCCESS;
            }
            "-i" => inspect = true,
            "-q" => quiet = true,
            // -I isolates: it implies -E (and -s, which Reap has no use for).
            "-E" | "-I" => ignore_env = true,
            // Accepted for compatibility; Reap's output is already flushed as CPython's is.
            "-u" | "-B" | "-s" | "-S" => {}
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    return usage_error("Argument expected for the -c option");
                };
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                let source = code.clone().into_bytes();
                return run::script("<string>", source, argv, String::new(), inspect);
            }
            "-" => return stdin_script(&args[i + 1..], inspect),
            a if a.starts_with("-c") && a.len() > 2 => {
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 1..].iter().cloned());
                return run::script("<string>", a.as_bytes()[2..].to_vec(), argv, String::new(), inspect);
            }
            a if a.starts_with('-') && a.len() > 1 => {
                return usage_error(&format!("Unknown option: {a}"));
            }
            path => return run::file(path, &args[i..], inspect),
        }
        i += 1;
    }
    if std::io::stdin().is_terminal() {
        run::repl_only(true, !quiet, !ignore_env)
    } else if inspect {
        // `reap -i < session`: the REPL, scriptable: no prompts, no colour.
        run::repl_only(false, false, false)
    } else {
        stdin_script(&[], false)
    }
}

/// `reap -` or a pipe: the program is read from stdin.
fn stdin_script(rest: &[String], inspect: bool) -> ExitCode {
    let mut source = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut source) {
        eprintln!("reap: can't read stdin: {e}");
        return ExitCode::from(2);
    }
    let mut argv = vec![if rest.is_empty() && !inspect { String::new() } else { "-".to_string() }];
    argv.extend(rest.iter().cloned());
    run::script("<stdin>", source, argv, String::new(), inspect)
}

/// Reads a file, or prints CPython's message for one that cannot be opened.
fn read(path: &str) -> Option<Vec<u8>> {
    match std::fs::read(path) {
        Ok(bytes) => Some(bytes),
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(0);
            let reason = e.to_string();
            let reason = reason.split(" (os error").next().unwrap_or(&reason);
            let shown =
                std::path::absolute(path).map_or(path.to_string(), |p| p.to_string_lossy().to_string());
            eprintln!("reap: can't open file '{shown}': [Errno {errno}] {reason}");
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
        eprint!("{USAGE}");
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
