//! The standard library's module groups (the runtime's cargo features): a module is importable
//! exactly when its group is built in, every module a build lists imports with the groups that
//! build has, and a new interpreter makes none of the optional modules until they are imported.
//! CI runs this file with every group (the default) and with none (`--no-default-features`).

use reap_runtime::embed::{Builder, Output};

/// What `import name` gives in a fresh interpreter: "ok", or the exception's type and message.
fn import(name: &str) -> String {
    let mut interp = Builder::new().stdout(Output::Buffer).stderr(Output::Buffer).build();
    let src = format!(
        "try:\n    import {name}\n    r = 'ok'\nexcept Exception as e:\n    r = type(e).__name__ + ': ' + str(e)\n"
    );
    if let Err(e) = interp.exec(&src, "features.py") {
        panic!("import {name}: {}", e.traceback);
    }
    interp.get::<String>("r").unwrap()
}

/// Each group's modules, and whether the build has the group.
const GROUPS: &[(&str, bool, &[&str])] = &[
    (
        "text",
        cfg!(feature = "text"),
        &[
            "re",
            "string",
            "textwrap",
            "difflib",
            "fnmatch",
            "shlex",
            "unicodedata",
            "locale",
            "html",
            "html.parser",
            "html.entities",
            "pprint",
            "reprlib",
            "urllib.parse",
        ],
    ),
    (
        "data",
        cfg!(feature = "data"),
        &[
            "json",
            "csv",
            "struct",
            "array",
            "base64",
            "binascii",
            "quopri",
            "hashlib",
            "hmac",
            "secrets",
            "uuid",
            "zlib",
            "gzip",
            "tomllib",
            "configparser",
            "pickle",
            "graphlib",
        ],
    ),
    (
        "files",
        cfg!(feature = "files"),
        &["pathlib", "shutil", "tempfile", "glob", "fileinput", "filecmp", "subprocess", "platform"],
    ),
    (
        "numbers",
        cfg!(feature = "numbers"),
        &["decimal", "fractions", "statistics", "random", "cmath", "datetime", "calendar", "zoneinfo"],
    ),
    (
        "devtools",
        cfg!(feature = "devtools"),
        &[
            "unittest",
            "unittest.mock",
            "doctest",
            "logging",
            "argparse",
            "getopt",
            "cmd",
            "code",
            "codeop",
            "inspect",
            "timeit",
            "reap",
        ],
    ),
    ("asyncio", cfg!(feature = "asyncio"), &["asyncio"]),
];

/// Always there, whatever the groups: what the runtime and the core modules need.
const CORE: &[&str] = &[
    "sys",
    "builtins",
    "gc",
    "atexit",
    "weakref",
    "io",
    "os",
    "os.path",
    "math",
    "time",
    "abc",
    "collections",
    "collections.abc",
    "functools",
    "itertools",
    "operator",
    "types",
    "typing",
    "enum",
    "dataclasses",
    "copy",
    "copyreg",
    "contextlib",
    "heapq",
    "bisect",
    "codecs",
    "warnings",
    "traceback",
    "linecache",
    "threading",
    "queue",
    "sched",
    "contextvars",
    "keyword",
    "numbers",
    "errno",
    "stat",
    "importlib",
    "__future__",
];

#[test]
fn the_core_modules_import_whatever_the_groups() {
    for name in CORE {
        assert_eq!(import(name), "ok", "import {name}");
    }
}

#[test]
fn a_groups_modules_import_exactly_when_it_is_built_in() {
    for &(group, on, names) in GROUPS {
        for name in names {
            let got = import(name);
            if on {
                assert_eq!(got, "ok", "import {name} (group {group})");
            } else {
                let top = name.split('.').next().unwrap_or(name);
                let missing = format!("ModuleNotFoundError: No module named '{top}'");
                assert_eq!(got, missing, "import {name} without the group {group}");
            }
        }
    }
}

/// `sys.builtin_module_names` names the modules this build has; each of them imports (which
/// checks that a group turns on the groups its modules import at their top).
#[test]
fn every_module_the_build_lists_imports() {
    let mut interp = Builder::new().stdout(Output::Buffer).stderr(Output::Buffer).build();
    let names: Vec<String> = interp.eval("list(__import__('sys').builtin_module_names)").unwrap();
    for name in &names {
        assert_eq!(import(name), "ok", "import {name}");
    }
    for &(_, on, group) in GROUPS {
        for name in group.iter().filter(|n| !n.contains('.')) {
            assert_eq!(names.iter().any(|n| n == name), on, "{name} in sys.builtin_module_names");
        }
    }
}

/// Native modules are made on first import: creating an interpreter costs the same however
/// many a build has.
#[test]
fn an_interpreter_makes_its_native_modules_on_first_import() {
    let mut interp = Builder::new().stdout(Output::Buffer).build();
    let before: Vec<String> = interp.eval("sorted(__import__('sys').modules)").unwrap();
    for name in ["math", "_reap_time", "_random", "array", "_struct", "_zlib", "_sre", "unicodedata", "reap"]
    {
        assert!(!before.iter().any(|n| n == name), "{name} made before its import");
    }
    interp.exec("import math\nx = math.sqrt(16.0)\n", "first.py").unwrap();
    assert_eq!(interp.get::<f64>("x").unwrap(), 4.0);
    assert!(interp.eval::<bool>("'math' in __import__('sys').modules").unwrap());
}

/// With `re` built in, a pattern matches; without it, only the import fails: the rest of the
/// interpreter runs as before.
#[test]
fn re_matches_or_is_absent() {
    let mut interp = Builder::new().stdout(Output::Buffer).stderr(Output::Buffer).build();
    let src = "try:\n    import re\n    r = re.sub(r'(\\w+)@', r'<\\1>', 'ann@ bob@')\nexcept ModuleNotFoundError as e:\n    r = e.name\n";
    interp.exec(src, "re_or_not.py").unwrap();
    let expected = if cfg!(feature = "text") { "<ann> <bob>" } else { "re" };
    assert_eq!(interp.get::<String>("r").unwrap(), expected);
}
