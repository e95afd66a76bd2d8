//! The `reap` binary's front-end commands, as a user runs them.

use std::path::PathBuf;
use std::process::{Command, Output};

fn reap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_reap")).args(args).output().expect("reap runs")
}

fn temp_file(name: &str, text: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("reap-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write temp file");
    path
}

#[test]
fn check_prints_nothing_and_succeeds_on_valid_files() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let example = format!("{root}/examples/finalize_basics.py");
    let out = reap(&["check", &example]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
}

#[test]
fn check_reports_each_bad_file_like_cpython_and_exits_1() {
    let good = temp_file("good.py", b"x = 1\n");
    let bad = temp_file("bad.py", b"x = 1\ny = (1,\n");
    let out = reap(&["check", good.to_str().unwrap(), bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let expected = format!(
        "  File \"{}\", line 2\n    y = (1,\n        ^\nSyntaxError: '(' was never closed\n",
        bad.display()
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr), expected);
}

#[test]
fn a_missing_file_is_reported_with_its_errno() {
    // As python3: the path made absolute, exit status 2 when it was the script.
    let cwd = std::env::current_dir().expect("cwd");
    let expected = format!(
        "{}: can't open file '{}': [Errno 2] No such file or directory\n",
        env!("CARGO_BIN_EXE_reap"),
        cwd.join("no/such/file.py").display()
    );
    let out = reap(&["check", "no/such/file.py"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stderr), expected);
    let out = reap(&["no/such/file.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stderr), expected);
}

#[test]
fn dump_ast_prints_the_tree_as_ast_dump_does() {
    let f = temp_file("tiny.py", b"print(1)\n");
    let out = reap(&["dump-ast", f.to_str().unwrap()]);
    assert!(out.status.success());
    let expected = "Module(\n  body=[\n    Expr(\n      value=Call(\n        func=Name(id='print', ctx=Load()),\n        args=[\n          Constant(value=1)],\n        keywords=[]))],\n  type_ignores=[])\n";
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected);
    let with_positions = reap(&["dump-ast", "--positions", f.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&with_positions.stdout).contains("end_col_offset=8"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(reap(&["check"]).status.code(), Some(2));
    let out = reap(&["-Z"]);
    assert_eq!(out.status.code(), Some(2));
    let usage = format!("Unknown option: -Z\nusage: {} [option] ...", env!("CARGO_BIN_EXE_reap"));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with(&usage));
    let out = reap(&["-c"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("Argument expected for the -c option\n"));
    assert_eq!(reap(&["dump-ast", "a.py", "b.py"]).status.code(), Some(2));
}

/// Whether a deep structure's hash fits the stack depends on the build (a release build's
/// frames are small enough for this one): either way the process must not overflow its stack.
#[test]
fn deep_recursion_is_a_recursion_error_whatever_the_limit() {
    let script = temp_file(
        "deep.py",
        b"import sys\nsys.setrecursionlimit(10**8)\ndef deep(n):\n    return 0 if n == 0 else 1 + deep(n - 1)\ntry:\n    deep(10**7)\nexcept RecursionError:\n    print('frames')\nx = []\nfor i in range(1_000_000):\n    x = [x]\ntry:\n    repr(x)\nexcept RecursionError:\n    print('repr')\nt = ()\nfor i in range(1_000_000):\n    t = (t,)\ntry:\n    hash(t)\n    print('hash')\nexcept RecursionError:\n    print('hash')\n",
    );
    let out = reap(&[script.to_str().unwrap()]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "frames\nrepr\nhash\n");
    assert_eq!(out.status.code(), Some(0));
}

/// Runs `reap` with `input` on stdin.
fn reap_with_stdin(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_reap"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("reap runs");
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(input.as_bytes()).expect("stdin");
    }
    child.wait_with_output().expect("reap ends")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn dash_c_runs_code_with_argv_like_python() {
    let out = reap(&["-c", "import sys; print(sys.argv, __name__)", "a", "b"]);
    assert_eq!(text(&out.stdout), "['-c', 'a', 'b'] __main__\n");
    let out = reap(&["-c", "1/0"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nZeroDivisionError: division by zero\n"
    );
}

#[test]
fn a_pipe_or_dash_is_read_as_the_program() {
    let out = reap_with_stdin(&[], "import sys\nprint(sys.argv)\n");
    assert_eq!(text(&out.stdout), "['']\n");
    let out = reap_with_stdin(&["-", "x"], "import sys\nprint(sys.argv)\n1 + 1\n");
    assert_eq!(text(&out.stdout), "['-', 'x']\n", "a script does not echo values");
}

#[test]
fn exit_statuses_are_pythons() {
    assert_eq!(reap(&["-c", "pass"]).status.code(), Some(0));
    assert_eq!(reap(&["-c", "import sys; sys.exit(3)"]).status.code(), Some(3));
    assert_eq!(reap(&["-c", "raise SystemExit"]).status.code(), Some(0));
    assert_eq!(reap(&["-c", "raise ValueError"]).status.code(), Some(1));
    let out = reap(&["-c", "import sys; sys.exit('bye')"]);
    assert_eq!((out.status.code(), text(&out.stderr)), (Some(1), "bye\n".to_string()));
    let out = reap(&["-c", "raise KeyboardInterrupt"]);
    assert_eq!(out.status.code(), Some(130));
}

#[test]
fn version_and_help() {
    let out = reap(&["--version"]);
    assert!(out.status.success());
    assert!(text(&out.stdout).starts_with("Reap "));
    let out = reap(&["-h"]);
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("reap doc [--shared] [--update] [--doctest] FILE"));
}

#[test]
fn dash_i_on_a_pipe_prompts_on_stderr() {
    // As CPython's REPL on a pipe: values on stdout, prompts and errors on stderr.
    let session = "x = 5\nx * 2\ndef f(a):\n    return a + 1\n\nf(x)\n_ + 1\n1/0\nprint('still here')\n";
    let out = reap_with_stdin(&["-q", "-i"], session);
    assert_eq!(text(&out.stdout), "10\n6\n7\nstill here\n");
    assert_eq!(
        text(&out.stderr),
        ">>> >>> >>> ... ... >>> >>> >>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> >>> \n"
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn leaving_the_repl_runs_the_shutdown_sequence() {
    let session = "import weakref\nclass R: pass\n\nr = R()\nf = weakref.finalize(r, print, 'finalized at exit')\nimport atexit\natexit.register(print, 'atexit handler')\n";
    let out = reap_with_stdin(&["-i"], session);
    // atexit is last in, first out: the finalizers' hook was registered first.
    assert_eq!(
        text(&out.stdout),
        "<function print>\natexit handler\nfinalized at exit\n"
            .replace("<function print>", "<built-in function print>")
    );
    let out = reap_with_stdin(&["-i"], "exit(4)\nprint('not reached')\n");
    assert_eq!((out.status.code(), text(&out.stdout)), (Some(4), String::new()));
}

#[test]
fn dash_i_after_a_script_keeps_its_names() {
    let script = temp_file("inspect.py", b"answer = 42\n");
    let out = reap_with_stdin(&["-i", script.to_str().unwrap()], "answer + 1\n");
    assert_eq!(text(&out.stdout), "43\n");
}

#[test]
fn ctrl_c_raises_keyboard_interrupt_and_finally_blocks_run() {
    let script = temp_file(
        "spin.py",
        b"import weakref\nclass R: pass\nr = R()\nweakref.finalize(r, print, 'finalizer ran')\ntry:\n    print('ready', flush=True)\n    while True:\n        pass\nfinally:\n    print('finally ran')\n",
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_reap"))
        .arg(&script)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("reap runs");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 6];
    std::io::Read::read_exact(&mut stdout, &mut first).expect("the script started");
    let killed = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
    assert!(killed.is_ok_and(|s| s.success()));
    let out = child.wait_with_output().expect("reap ends");
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stdout, &mut rest).expect("stdout");
    assert_eq!(out.status.code(), Some(130));
    assert_eq!(rest, "finally ran\nfinalizer ran\n");
    assert!(text(&out.stderr).ends_with("KeyboardInterrupt\n"), "{}", text(&out.stderr));
}

#[test]
fn exit_without_parentheses_tells_how_to_leave_as_python_does() {
    let out = reap_with_stdin(&["-i"], "exit\nquit\n");
    assert_eq!(
        text(&out.stdout),
        "Use exit() or Ctrl-D (i.e. EOF) to exit\nUse quit() or Ctrl-D (i.e. EOF) to exit\n"
    );
}
