//! The command line as `python3`'s: each case runs `reap` and `python3` with the same
//! arguments, environment, stdin and files, and expects the same stdout, stderr and exit
//! status. The program's own name (which both print in some messages) and the `<frozen runpy>`
//! frames of CPython's `-m` tracebacks are the only differences allowed. Skipped when
//! `python3` is not 3.11.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What a run printed and how it ended, with the program's name replaced by `PROG`.
#[derive(Debug, PartialEq, Eq)]
struct Run {
    status: Option<i32>,
    stdout: String,
    stderr: String,
}

fn python3() -> Option<String> {
    let out = Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11)); print(sys.executable)"])
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut lines = text.lines();
    (lines.next() == Some("True")).then(|| lines.next().unwrap_or("python3").to_string())
}

/// A folder with the files the cases use: a package with a `__main__`, one without, modules.
fn playground() -> PathBuf {
    // One folder per test: the tests run at once and each removes its own.
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("reap-cli-twin-{}-{n}", std::process::id()));
    let files: &[(&str, &str)] = &[
        ("pkg/__init__.py", "print('init', __name__)\n"),
        (
            "pkg/__main__.py",
            "import sys\nprint('main', __name__, __package__, __file__, sys.argv, sys.path[0])\n",
        ),
        ("pkg/sub.py", "import sys\nprint('sub', __name__, __package__, sys.argv)\n"),
        ("nomain/__init__.py", ""),
        ("app/__main__.py", "import sys, helper\nprint('app', __file__, sys.argv, sys.path[0], helper.X)\n"),
        ("app/helper.py", "X = 'helped'\n"),
        ("mod.py", "import sys\nprint(__name__, sys.argv)\nraise ValueError('from mod')\n"),
        ("bad.py", "raise ValueError('x')\n"),
        ("lib/extra.py", "WHERE = 'lib'\n"),
        ("uses_extra.py", "import extra, sys\nprint(extra.WHERE, sys.path[1:2] == [sys.argv[1]])\n"),
        ("dos.py", "this line is not Python\nprint('ran')\n1/0\n"),
        (
            "docs.py",
            "'''Module doc.'''\ndef f():\n    'f doc'\nprint(__doc__, f.__doc__)\nassert False, 'kept'\n",
        ),
        ("echo.py", "import sys\nfor line in sys.stdin:\n    print(repr(line))\n"),
    ];
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, text).expect("write");
    }
    // A zip application: `app/` archived (deflated), and an archive without `__main__.py`.
    let zip = "import zipfile\nwith zipfile.ZipFile('app.zip', 'w', zipfile.ZIP_DEFLATED) as z:\n    \
               z.write('app/__main__.py', '__main__.py'); z.write('app/helper.py', 'helper.py')\n    \
               z.writestr('pkg/__init__.py', ''); z.writestr('pkg/inner.py', 'Y = 1/0\\n')\n\
               with zipfile.ZipFile('nomain.zip', 'w') as z:\n    z.writestr('notes.txt', 'hi')\n";
    let made = Command::new("python3").args(["-c", zip]).current_dir(&dir).status();
    assert!(made.is_ok_and(|s| s.success()), "zip archives made");
    dir
}

fn run(program: &str, args: &[&str], stdin: &str, cwd: &Path, env: &[(&str, &str)], names: &[&str]) -> Run {
    use std::io::Write;
    let mut cmd = Command::new(program);
    cmd.args(args).current_dir(cwd).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    // The environment both see: the caller's, without what would make the runs differ.
    for var in
        ["PYTHONSTARTUP", "PYTHONPATH", "PYTHONINSPECT", "PYTHONOPTIMIZE", "PYTHONWARNINGS", "PYTHONDEVMODE"]
    {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied());
    let mut child = cmd.spawn().expect("runs");
    if let Some(mut pipe) = child.stdin.take() {
        let _ = pipe.write_all(stdin.as_bytes());
    }
    let out = child.wait_with_output().expect("ends");
    let clean = |b: &[u8]| {
        let mut text = String::from_utf8_lossy(b).into_owned();
        for name in names {
            text = text.replace(name, "PROG");
        }
        // CPython's `-m` runs through its `runpy` module, whose frames Reap's native runner has not.
        text.lines()
            .filter(|l| !l.starts_with("  File \"<frozen runpy>\""))
            .map(|l| format!("{l}\n"))
            .collect::<String>()
            .replace("Try `python -h'", "Try `reap -h'")
    };
    let clean = |b: &[u8]| common::mask_addresses(&clean(b));
    Run { status: out.status.code(), stdout: clean(&out.stdout), stderr: clean(&out.stderr) }
}

/// A case: the arguments, what stdin holds, and environment variables to set.
type Case<'a> = (&'a [&'a str], &'a str, &'a [(&'a str, &'a str)]);

/// Runs each case under both and collects the differences.
fn compare(cases: &[Case]) {
    let Some(python) = python3() else {
        eprintln!("skipped: python3 3.11 not found");
        return;
    };
    let dir = playground();
    let reap = env!("CARGO_BIN_EXE_reap");
    let names = [reap, python.as_str(), "python3"];
    let mut differences = Vec::new();
    for (args, stdin, env) in cases {
        // `$DIR` stands for the playground folder.
        let here = dir.to_string_lossy().to_string();
        let env: Vec<(String, String)> =
            env.iter().map(|&(k, v)| (k.to_string(), v.replace("$DIR", &here))).collect();
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let args: Vec<String> = args.iter().map(|a| a.replace("$DIR", &here)).collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let ours = run(reap, &args, stdin, &dir, &env, &names);
        let theirs = run("python3", &args, stdin, &dir, &env, &names);
        if ours != theirs {
            differences
                .push(format!("{args:?} (stdin {stdin:?}):\n  reap:    {ours:?}\n  python3: {theirs:?}"));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}

const NO_ENV: &[(&str, &str)] = &[];

#[test]
fn options_combine_and_show_in_sys_flags() {
    compare(&[
        (&["-c", "import sys; print(sys.flags)"], "", NO_ENV),
        (&["-OO", "-Bs", "-c", "import sys; print(sys.flags, sys.dont_write_bytecode)"], "", NO_ENV),
        (&["-bdqRu", "-c", "import sys; print(sys.flags)"], "", NO_ENV),
        (
            &["-I", "-c", "import sys; print(sys.flags.isolated, sys.flags.safe_path, sys.path[:1] != [''])"],
            "",
            NO_ENV,
        ),
        (&["-P", "-c", "import sys; print(sys.flags.safe_path)"], "", NO_ENV),
        (
            &["-E", "-c", "import sys; print(sys.flags.ignore_environment, sys.flags.optimize)"],
            "",
            &[("PYTHONOPTIMIZE", "2")],
        ),
        (&["-c", "import sys; print(sys.flags.optimize, __debug__)"], "", &[("PYTHONOPTIMIZE", "1")]),
        (
            &[
                "-Wignore",
                "-W",
                "error::DeprecationWarning",
                "-Xfoo=1",
                "-X",
                "dev",
                "-c",
                "import sys; print(sys.warnoptions, sys._xoptions, sys.flags.dev_mode)",
            ],
            "",
            NO_ENV,
        ),
        (&["-c", "import sys; print(sys.orig_argv[1:], sys.argv)", "a", "-q"], "", NO_ENV),
        (&["-qc", "print('combined')"], "", NO_ENV),
    ]);
}

#[test]
fn optimize_strips_asserts_and_docstrings() {
    compare(&[
        (&["docs.py"], "", NO_ENV),
        (&["-O", "docs.py"], "", NO_ENV),
        (&["-OO", "docs.py"], "", NO_ENV),
        (&["-O", "-c", "if __debug__: print('debug')\nelse: print('optimized')"], "", NO_ENV),
    ]);
}

#[test]
fn site_builtins_go_with_dash_s() {
    compare(&[
        (&["-S", "-c", "print('exit' in dir(__builtins__))\nexit()"], "", NO_ENV),
        (&["-c", "exit(3)"], "", NO_ENV),
    ]);
}

#[test]
fn dash_m_runs_modules_and_packages_as_runpy_does() {
    compare(&[
        (&["-m", "pkg", "a", "b"], "", NO_ENV),
        (&["-m", "pkg.sub", "-q"], "", NO_ENV),
        (&["-mpkg.sub"], "", NO_ENV),
        (&["-m", "mod", "x"], "", NO_ENV),
        (&["-m", "nomain"], "", NO_ENV),
        (&["-m", "nosuch"], "", NO_ENV),
        (&["-m", "nosuch.x"], "", NO_ENV),
        (&["-m", "pkg.nosuch"], "", NO_ENV),
        (&["-m", "bad.x"], "", NO_ENV),
    ]);
}

#[test]
fn a_folder_or_zip_runs_its_main_with_it_first_on_the_path() {
    compare(&[
        (&["app", "x"], "", NO_ENV),
        (&["./app/"], "", NO_ENV),
        (&["nomain"], "", NO_ENV),
        (&["app.zip", "z"], "", NO_ENV),
        (&["nomain.zip"], "", NO_ENV),
        (
            &[
                "-c",
                "import sys; sys.path.insert(0, 'app.zip'); import helper; print(helper.X); import pkg.inner",
            ],
            "",
            NO_ENV,
        ),
        (&["-x", "dos.py"], "", NO_ENV),
    ]);
}

#[test]
fn pythonpath_follows_the_script_folder_unless_e() {
    compare(&[
        (&["uses_extra.py", "$DIR/lib"], "", &[("PYTHONPATH", "$DIR/lib")]),
        (&["-E", "uses_extra.py"], "", &[("PYTHONPATH", "$DIR/lib")]),
    ]);
}

#[test]
fn usage_errors_exit_2_with_python3s_messages() {
    compare(&[
        (&["-z"], "", NO_ENV),
        (&["--foo"], "", NO_ENV),
        (&["-c"], "", NO_ENV),
        (&["-m"], "", NO_ENV),
        (&["-W"], "", NO_ENV),
        (&["-qX"], "", NO_ENV),
        (&["no_such_file.py"], "", NO_ENV),
    ]);
}

#[test]
fn stdin_is_read_by_sys_stdin_and_input_alike() {
    compare(&[
        (&["echo.py"], "one\ntwo\nno newline", NO_ENV),
        (
            &[
                "-c",
                "import sys\nprint(repr(sys.stdin.readline()), repr(sys.stdin.read(3)), repr(input()), sys.stdin.readlines())",
            ],
            "first\nsecond line\nthird\nfourth\n",
            NO_ENV,
        ),
        (
            &[
                "-c",
                "import sys\nprint(sys.stdin, sys.stdin.fileno(), sys.stdin.readable(), sys.stdin.writable(), sys.stdin.read())",
            ],
            "all\n",
            NO_ENV,
        ),
        (&["-c", "print(input('? '))\nprint(input())"], "only one\n", NO_ENV),
        (&["-", "a", "b"], "import sys\nprint(sys.argv)\n", NO_ENV),
        (&[], "import sys\nprint(sys.argv)\n", NO_ENV),
    ]);
}

#[test]
fn dash_i_on_a_pipe_prompts_on_stderr() {
    compare(&[
        (&["-q", "-i"], "x = 2\nif x:\n    print(x)\n\nx * 3\nundefined\n", NO_ENV),
        (&["-i", "-c", "y = 5"], "y + 1\ninput()\nread by input\n", NO_ENV),
    ]);
}

#[test]
fn a_block_a_blank_line_ends_unfinished_is_reported() {
    compare(&[
        (&["-q", "-i"], "try:\n    1/0\n\nprint(2)\n", NO_ENV),
        (&["-q", "-i"], "if 1:\n\nprint(2)\n", NO_ENV),
        (&["-q", "-i"], "def f():\n\nprint(2)\n", NO_ENV),
        (&["-q", "-i"], "x = (1,\n\n2)\nprint(x)\n", NO_ENV),
        (&["-q", "-i"], "try:\n    pass\nx = 1\nprint(3)\n", NO_ENV),
    ]);
}

#[test]
fn errors_at_the_prompt_and_at_exit_are_reported() {
    let session = "class R:\n    def __repr__(self): raise ValueError('bad repr')\n\nR()\n\
                   import sys\nsys.displayhook = lambda v: 1/0\n5\nsys.displayhook = sys.__displayhook__\n\
                   class D:\n    def __del__(self): raise KeyError('in del')\n    __repr__ = lambda self: 'D()'\n\n\
                   D()\n_\nraise SystemExit('bye from the prompt')\nprint('not reached')\n";
    compare(&[(&["-q", "-i"], session, NO_ENV)]);
}
