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
    let out = reap(&["check", "no/such/file.py"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "reap: can't open file 'no/such/file.py': [Errno 2] No such file or directory\n"
    );
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
    assert_eq!(reap(&[]).status.code(), Some(2));
    assert_eq!(reap(&["check"]).status.code(), Some(2));
    assert_eq!(reap(&["dump-ast", "a.py", "b.py"]).status.code(), Some(2));
}

#[test]
fn deep_recursion_is_a_recursion_error_whatever_the_limit() {
    let script = temp_file(
        "deep.py",
        b"import sys\nsys.setrecursionlimit(10**8)\ndef deep(n):\n    return 0 if n == 0 else 1 + deep(n - 1)\ntry:\n    deep(10**7)\nexcept RecursionError:\n    print('frames')\nx = []\nfor i in range(1_000_000):\n    x = [x]\ntry:\n    repr(x)\nexcept RecursionError:\n    print('repr')\nt = ()\nfor i in range(1_000_000):\n    t = (t,)\ntry:\n    hash(t)\nexcept RecursionError:\n    print('hash')\n",
    );
    let out = reap(&[script.to_str().unwrap()]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "frames\nrepr\nhash\n");
    assert_eq!(out.status.code(), Some(0));
}
