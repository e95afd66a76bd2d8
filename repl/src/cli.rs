//! The command line, read as `python3` reads its own (`Modules/main.c`, `Python/getopt.c`):
//! single-letter options that combine (`-qi`, `-Wignore`, `-OO`), `-c` and `-m` ending the
//! options, `--` ending them too, then the environment variables `-E` and `-I` silence.

use reap_runtime::embed::{CommandLine, Flags};

/// What the command runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Program {
    /// `-c CODE`.
    Code(String),
    /// `-m MODULE`.
    Module(String),
    /// A script file, a directory or a zip archive with a `__main__.py`.
    Path(String),
    /// `-`: the program is read from stdin.
    Dash,
    /// Nothing named: the REPL on a terminal, else the program on stdin.
    Default,
}

/// Everything the command line and the environment decided.
#[derive(Debug, Clone)]
pub struct Options {
    pub program: Program,
    /// What follows the program: `sys.argv[1:]`.
    pub args: Vec<String>,
    pub line: CommandLine,
    /// `-u` / `PYTHONUNBUFFERED`.
    pub unbuffered: bool,
    /// `-x`: the script's first line is skipped (a non-Unix `#!` line).
    pub skip_first_line: bool,
    /// `PYTHONPATH`'s folders, for `sys.path` after the script's own.
    pub python_path: Vec<String>,
    /// `PYTHONSTARTUP`, unless `-E`/`-I`.
    pub startup: Option<String>,
}

/// Why the command stops before running anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    /// `-h`: the usage text.
    Help,
    /// `-V` (`-VV` counts 2).
    Version(u8),
    /// A usage error: the message, then the short usage, exit status 2.
    Usage(String),
}

/// Reads `argv` (without the program name) and the environment through `env`.
pub fn parse(argv: &[String], env: &dyn Fn(&str) -> Option<String>) -> Result<Options, Stop> {
    let mut flags = Flags::default();
    let mut warn = Vec::new();
    let mut xopts = Vec::new();
    let mut unbuffered = false;
    let mut skip_first_line = false;
    let mut version = 0u8;
    let mut help = false;
    let mut program = Program::Default;
    let mut i = 0;
    'args: while i < argv.len() {
        let arg = &argv[i];
        i += 1;
        if arg == "--" {
            if let Some(p) = argv.get(i) {
                program = Program::Path(p.clone());
                i += 1;
            }
            break;
        }
        if arg == "-" {
            program = Program::Dash;
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            match long {
                "help" | "help-env" | "help-xoptions" | "help-all" => help = true,
                "version" => version += 1,
                "check-hash-based-pycs" => match argv.get(i).map(String::as_str) {
                    Some("always" | "default" | "never") => i += 1,
                    Some(_) => {
                        return Err(Stop::Usage(
                            "--check-hash-based-pycs must be one of 'default', 'always', or 'never'".into(),
                        ));
                    }
                    None => {
                        return Err(Stop::Usage(
                            "Argument expected for the --check-hash-based-pycs option".into(),
                        ));
                    }
                },
                _ => return Err(Stop::Usage(format!("unknown option {arg}"))),
            }
            continue;
        }
        let Some(letters) = arg.strip_prefix('-').filter(|l| !l.is_empty()) else {
            program = Program::Path(arg.clone());
            break;
        };
        for (at, c) in letters.char_indices() {
            // Options with an argument take the rest of this word, or the next word.
            if matches!(c, 'c' | 'm' | 'W' | 'X') {
                let rest = &letters[at + c.len_utf8()..];
                let value = if !rest.is_empty() {
                    rest.to_string()
                } else if let Some(next) = argv.get(i) {
                    i += 1;
                    next.clone()
                } else {
                    return Err(Stop::Usage(format!("Argument expected for the -{c} option")));
                };
                match c {
                    'c' => program = Program::Code(value),
                    'm' => program = Program::Module(value),
                    'W' => warn.push(value),
                    _ => xopts.push(value),
                }
                if matches!(c, 'c' | 'm') {
                    break 'args;
                }
                continue 'args;
            }
            match c {
                'b' => flags.bytes_warning += 1,
                'B' => flags.dont_write_bytecode = 1,
                'd' => flags.debug += 1,
                'E' => flags.ignore_environment = 1,
                'h' | '?' => help = true,
                'i' => {
                    flags.inspect = 1;
                    flags.interactive = 1;
                }
                'I' => {
                    flags.isolated = 1;
                    flags.no_user_site = 1;
                    flags.ignore_environment = 1;
                    flags.safe_path = true;
                }
                'O' => flags.optimize += 1,
                'P' => flags.safe_path = true,
                'q' => flags.quiet = 1,
                // Hash randomization is on by default since 3.3; `-R` is kept for scripts.
                'R' => {}
                's' => flags.no_user_site = 1,
                'S' => flags.no_site = 1,
                'u' => unbuffered = true,
                'v' => flags.verbose += 1,
                'V' => version += 1,
                'x' => skip_first_line = true,
                _ => return Err(Stop::Usage(format!("Unknown option: -{c}"))),
            }
        }
    }
    if help {
        return Err(Stop::Help);
    }
    if version > 0 {
        return Err(Stop::Version(version));
    }
    let args = argv[i..].to_vec();

    // The environment, unless -E or -I: what it sets, options given on the line still win.
    let env =
        |name: &str| if flags.ignore_environment > 0 { None } else { env(name).filter(|v| !v.is_empty()) };
    let level = |v: Option<String>| v.map(|v| v.parse::<u8>().unwrap_or(1));
    if env("PYTHONDONTWRITEBYTECODE").is_some() {
        flags.dont_write_bytecode = 1;
    }
    flags.optimize = flags.optimize.max(level(env("PYTHONOPTIMIZE")).unwrap_or(0));
    flags.verbose = flags.verbose.max(level(env("PYTHONVERBOSE")).unwrap_or(0));
    flags.debug = flags.debug.max(level(env("PYTHONDEBUG")).unwrap_or(0));
    if env("PYTHONINSPECT").is_some() {
        flags.inspect = 1;
    }
    if env("PYTHONNOUSERSITE").is_some() {
        flags.no_user_site = 1;
    }
    if env("PYTHONSAFEPATH").is_some() {
        flags.safe_path = true;
    }
    if env("PYTHONHASHSEED").is_some_and(|s| s == "0") {
        flags.hash_randomization = 0;
    }
    if env("PYTHONUTF8").is_some_and(|s| s == "1") {
        flags.utf8_mode = 1;
    }
    unbuffered |= env("PYTHONUNBUFFERED").is_some();
    if let Some(n) = env("PYTHONINTMAXSTRDIGITS").and_then(|s| s.parse().ok()) {
        flags.int_max_str_digits = n;
    }
    for x in &xopts {
        let (name, value) = x.split_once('=').map_or((x.as_str(), None), |(n, v)| (n, Some(v)));
        match name {
            "dev" => flags.dev_mode = true,
            "utf8" => flags.utf8_mode = u8::from(value != Some("0")),
            "int_max_str_digits" => {
                if let Some(n) = value.and_then(|v| v.parse().ok()) {
                    flags.int_max_str_digits = n;
                }
            }
            "warn_default_encoding" => flags.warn_default_encoding = 1,
            _ => {}
        }
    }
    if env("PYTHONDEVMODE").is_some() {
        flags.dev_mode = true;
    }
    // Warning options: the environment's first, the command line's after (later ones win),
    // dev mode's "default" before both, as CPython orders `sys.warnoptions`.
    let mut warn_options: Vec<String> = Vec::new();
    if flags.dev_mode {
        warn_options.push("default".into());
    }
    if let Some(w) = env("PYTHONWARNINGS") {
        warn_options.extend(w.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from));
    }
    warn_options.extend(warn);
    let python_path = env("PYTHONPATH").map(|p| p.split(':').map(String::from).collect()).unwrap_or_default();
    let startup = env("PYTHONSTARTUP");
    Ok(Options {
        program,
        args,
        line: CommandLine { flags, orig_argv: Vec::new(), warn_options, x_options: xopts },
        unbuffered,
        skip_first_line,
        python_path,
        startup,
    })
}

#[cfg(test)]
mod tests {
    use super::{Program, Stop, parse};

    fn args(words: &[&str]) -> Vec<String> {
        words.iter().map(|s| s.to_string()).collect()
    }

    fn no_env(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn letters_combine_and_c_takes_the_rest_of_the_word() {
        let o = parse(&args(&["-qiOO", "-cprint(1)", "a"]), &no_env).unwrap();
        assert_eq!(o.program, Program::Code("print(1)".into()));
        assert_eq!((o.line.flags.quiet, o.line.flags.inspect, o.line.flags.optimize), (1, 1, 2));
        assert_eq!(o.args, args(&["a"]));
    }

    #[test]
    fn m_ends_the_options_and_what_follows_is_argv() {
        let o = parse(&args(&["-m", "json.tool", "-q", "x"]), &no_env).unwrap();
        assert_eq!(o.program, Program::Module("json.tool".into()));
        assert_eq!(o.args, args(&["-q", "x"]));
        assert_eq!(o.line.flags.quiet, 0);
    }

    #[test]
    fn w_and_x_collect_their_values_in_order() {
        let o = parse(&args(&["-Wignore", "-W", "error", "-Xdev", "-X", "a=b", "f.py"]), &no_env).unwrap();
        assert_eq!(o.line.warn_options, args(&["default", "ignore", "error"]));
        assert_eq!(o.line.x_options, args(&["dev", "a=b"]));
        assert!(o.line.flags.dev_mode);
        assert_eq!(o.program, Program::Path("f.py".into()));
    }

    #[test]
    fn usage_errors_name_the_option() {
        assert_eq!(parse(&args(&["-z"]), &no_env).unwrap_err(), Stop::Usage("Unknown option: -z".into()));
        assert_eq!(
            parse(&args(&["-m"]), &no_env).unwrap_err(),
            Stop::Usage("Argument expected for the -m option".into())
        );
        assert_eq!(
            parse(&args(&["--foo"]), &no_env).unwrap_err(),
            Stop::Usage("unknown option --foo".into())
        );
        assert_eq!(parse(&args(&["-VV"]), &no_env).unwrap_err(), Stop::Version(2));
    }

    #[test]
    fn the_environment_counts_unless_e_or_i() {
        let env = |name: &str| (name == "PYTHONPATH").then(|| "/a:/b".to_string());
        assert_eq!(parse(&args(&[]), &env).unwrap().python_path, args(&["/a", "/b"]));
        assert!(parse(&args(&["-E"]), &env).unwrap().python_path.is_empty());
        let isolated = parse(&args(&["-I", "f.py"]), &env).unwrap();
        assert!(isolated.python_path.is_empty() && isolated.line.flags.safe_path);
    }
}
