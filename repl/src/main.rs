//! The `reap` command: `reap FILE [args...]` runs a script as `python3 FILE` would; `reap check
//! FILE...` reports syntax errors as CPython would; `reap dump-ast FILE` prints the AST the way
//! `ast.dump(ast.parse(src), indent=2)` does.

use std::process::ExitCode;

use reap_runtime::lang;

const USAGE: &str =
    "usage: reap FILE [args...]\n       reap check FILE...\n       reap dump-ast [--positions] FILE\n";

/// Python frames recurse on the Rust stack; give them room for CPython's default limit and more.
const STACK_SIZE: usize = 512 * 1024 * 1024;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("check") if args.len() > 1 => check(&args[1..]),
        Some("dump-ast") => dump_ast(&args[1..]),
        Some("--version" | "-V") => {
            println!("reap {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some("--help" | "-h") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(path) if !path.starts_with('-') => run(path, &args),
        _ => {
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
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
            eprintln!("reap: can't open file '{path}': [Errno {errno}] {reason}");
            None
        }
    }
}

fn run(path: &str, args: &[String]) -> ExitCode {
    let Some(source) = read(path) else {
        return ExitCode::from(2);
    };
    let path = path.to_string();
    let argv = args.to_vec();
    let worker = std::thread::Builder::new().stack_size(STACK_SIZE).spawn(move || {
        let mut interp = reap_runtime::Interpreter::new();
        // Leave a margin below the thread's stack for the frames' own use and for errors.
        interp.vm.stack_budget = STACK_SIZE - 16 * 1024 * 1024;
        interp.run_main(std::path::Path::new(&path), &source, &argv)
    });
    match worker.map(|h| h.join()) {
        Ok(Ok(status)) => ExitCode::from(status.clamp(0, 255) as u8),
        _ => ExitCode::from(1),
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
