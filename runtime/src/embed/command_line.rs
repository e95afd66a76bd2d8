//! How the program was started, as `sys` tells scripts: `sys.flags`, `sys.orig_argv`,
//! `sys.warnoptions`, `sys._xoptions`, and what `-O`, `-S` and `-P` change. The `reap` command
//! fills a [`CommandLine`] from its arguments and environment as `python3` does; a host may set
//! one with [`crate::embed::Builder::command_line`].

use crate::value::Value;
use crate::vm::Vm;

/// `sys.flags`: the options that shaped the interpreter (CPython's names and meanings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flags {
    pub debug: u8,
    /// `-i`: the REPL follows the script.
    pub inspect: u8,
    pub interactive: u8,
    /// `-O` (1) and `-OO` (2): `assert` statements and `if __debug__:` blocks are left out;
    /// at 2, docstrings too.
    pub optimize: u8,
    pub dont_write_bytecode: u8,
    pub no_user_site: u8,
    /// `-S`: no `site`, so no `exit`, `quit`, `help`, `copyright`, `credits`, `license`.
    pub no_site: u8,
    pub ignore_environment: u8,
    pub verbose: u8,
    pub bytes_warning: u8,
    pub quiet: u8,
    pub hash_randomization: u8,
    pub isolated: u8,
    pub dev_mode: bool,
    pub utf8_mode: u8,
    pub warn_default_encoding: u8,
    /// `-P` (and `-I`): the script's folder is not put first on `sys.path`.
    pub safe_path: bool,
    pub int_max_str_digits: i64,
}

impl Default for Flags {
    fn default() -> Self {
        Flags {
            debug: 0,
            inspect: 0,
            interactive: 0,
            optimize: 0,
            dont_write_bytecode: 0,
            no_user_site: 0,
            no_site: 0,
            ignore_environment: 0,
            verbose: 0,
            bytes_warning: 0,
            quiet: 0,
            hash_randomization: 1,
            isolated: 0,
            dev_mode: false,
            utf8_mode: 0,
            warn_default_encoding: 0,
            safe_path: false,
            int_max_str_digits: -1,
        }
    }
}

/// The command line of the program that runs the interpreter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommandLine {
    pub flags: Flags,
    /// `sys.orig_argv`: the arguments as the process got them, the program's name first.
    pub orig_argv: Vec<String>,
    /// `sys.warnoptions`: each `-W` option (and `PYTHONWARNINGS`'s) in order.
    pub warn_options: Vec<String>,
    /// `-X` options as given (`dev`, `name=value`); `sys._xoptions` maps each name to its value,
    /// or `True`.
    pub x_options: Vec<String>,
}

/// The builtins `site` adds, which `-S` leaves out.
const SITE_BUILTINS: &[&str] = &["exit", "quit", "help", "copyright", "credits", "license"];

/// Makes `sys` (and the builtins, and the compiler) reflect the command line.
pub(crate) fn install(vm: &mut Vm, line: &CommandLine) {
    let Some(sys) = vm.module_dict("sys") else { return };
    let f = &line.flags;
    let ints = [
        f.debug,
        f.inspect,
        f.interactive,
        f.optimize,
        f.dont_write_bytecode,
        f.no_user_site,
        f.no_site,
        f.ignore_environment,
        f.verbose,
        f.bytes_warning,
        f.quiet,
        f.hash_randomization,
        f.isolated,
    ];
    let mut values: Vec<Value> = ints.iter().map(|&n| Value::Int(i64::from(n))).collect();
    values.push(Value::Bool(f.dev_mode));
    values.push(Value::Int(i64::from(f.utf8_mode)));
    values.push(Value::Int(i64::from(f.warn_default_encoding)));
    values.push(Value::Bool(f.safe_path));
    values.push(Value::Int(f.int_max_str_digits));
    let flags = match crate::modules::struct_seq::new_type(vm, "sys", "flags", FLAG_NAMES) {
        Ok(cls) => {
            let made = crate::modules::struct_seq::new(vm, cls, values);
            vm.decref_id(cls);
            made
        }
        Err(e) => Err(e),
    };
    match flags {
        Ok(v) => vm.dict_set_str(sys, "flags", v),
        Err(e) => vm.decref_id(e),
    }
    let strings = |vm: &mut Vm, items: &[String]| {
        let items: Vec<Value> = items.iter().map(|s| vm.new_str(s.clone())).collect();
        vm.new_list(items)
    };
    let orig = strings(vm, &line.orig_argv);
    vm.dict_set_str(sys, "orig_argv", orig);
    let warn = strings(vm, &line.warn_options);
    vm.dict_set_str(sys, "warnoptions", warn);
    let xopts = vm.new_dict();
    for opt in &line.x_options {
        let (name, value) = match opt.split_once('=') {
            Some((n, v)) => (n, vm.new_str(v)),
            None => (opt.as_str(), Value::Bool(true)),
        };
        vm.dict_set_str(xopts, name, value);
    }
    vm.dict_set_str(sys, "_xoptions", Value::Obj(xopts));
    // CPython reads the -W options at start-up: one it cannot use is reported then, whether
    // or not the script imports `warnings`.
    if !line.warn_options.is_empty() {
        let globals = vm.builtins;
        match vm.import("warnings", 0, Value::None, globals) {
            Ok(m) => vm.decref(m),
            Err(e) => vm.decref_id(e),
        }
    }
    vm.dict_set_str(sys, "dont_write_bytecode", Value::Bool(f.dont_write_bytecode > 0));
    vm.optimize = f.optimize;
    let b = vm.builtins;
    vm.dict_set_str(b, "__debug__", Value::Bool(f.optimize == 0));
    if f.no_site > 0 {
        for name in SITE_BUILTINS {
            vm.dict_del_str(b, name);
        }
    }
}

const FLAG_NAMES: &[&str] = &[
    "debug",
    "inspect",
    "interactive",
    "optimize",
    "dont_write_bytecode",
    "no_user_site",
    "no_site",
    "ignore_environment",
    "verbose",
    "bytes_warning",
    "quiet",
    "hash_randomization",
    "isolated",
    "dev_mode",
    "utf8_mode",
    "warn_default_encoding",
    "safe_path",
    "int_max_str_digits",
];
