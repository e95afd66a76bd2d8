//! `reap doc` on the Markdown fixtures of `tests/doc/`: blocks run and report under their
//! lines, failures and stale output blocks make the exit status 1, `--shared` runs the blocks
//! in one interpreter, `--update` rewrites output blocks.

use std::path::PathBuf;
use std::process::{Command, Output};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/doc"))
        .join(name)
        .canonicalize()
        .expect("fixture")
}

fn doc(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_reap")).arg("doc").args(args).output().expect("reap runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn a_document_whose_examples_hold_passes() {
    let path = fixture("passing.md");
    let p = path.to_str().unwrap();
    let out = doc(&[p]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "─── {p}:5 ───\nalive: True\nreleased\nalive: False\n─── {p}:30 ───\n6\n2 blocks run, 0 failed, 0 output mismatches\n"
        )
    );
}

#[test]
fn a_failing_block_is_reported_at_its_line_in_the_document_and_the_run_goes_on() {
    let path = fixture("failing.md");
    let p = path.to_str().unwrap();
    let out = doc(&[p]);
    assert_eq!(out.status.code(), Some(1));
    let expected = format!(
        "─── {p}:3 ───
Traceback (most recent call last):
  File \"{p}\", line 7, in <module>
    print(divide(1, 0))
          ^^^^^^^^^^^^
  File \"{p}\", line 5, in divide
    return a / b
           ~~^~~
ZeroDivisionError: division by zero
[block at line 3 failed]
─── {p}:12 ───
second block runs
2 blocks run, 1 failed, 0 output mismatches
"
    );
    assert_eq!(stdout(&out), expected);
}

#[test]
fn output_that_differs_from_its_output_block_is_shown_as_a_diff() {
    let path = fixture("mismatch.md");
    let p = path.to_str().unwrap();
    let out = doc(&[p]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        format!(
            "─── {p}:3 ───\nactual\nsame\n[output differs from the block at line 8]\n- expected\n+ actual\n  same\n1 block run, 0 failed, 1 output mismatch\n"
        )
    );
}

#[test]
fn shared_runs_the_blocks_in_one_interpreter() {
    let path = fixture("shared.md");
    let p = path.to_str().unwrap();
    let alone = doc(&[p]);
    assert_eq!(alone.status.code(), Some(1));
    assert!(stdout(&alone).contains("NameError: name 'greeting' is not defined"));
    let shared = doc(&["--shared", p]);
    assert_eq!(shared.status.code(), Some(0), "{}", stdout(&shared));
    assert!(stdout(&shared).ends_with("hello world\n2 blocks run, 0 failed, 0 output mismatches\n"));
}

#[test]
fn update_rewrites_output_blocks_with_what_the_code_prints() {
    let dir = std::env::temp_dir().join(format!("reap-doc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let copy = dir.join("mismatch.md");
    std::fs::copy(fixture("mismatch.md"), &copy).expect("copy");
    let c = copy.to_str().unwrap();
    let out = doc(&["--update", c]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let text = std::fs::read_to_string(&copy).expect("read back");
    assert!(text.contains("```output\nactual\nsame\n```"), "{text}");
    assert!(text.starts_with("# An output block that is out of date\n"));
    assert_eq!(doc(&[c]).status.code(), Some(0));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_seed_document_runs_block_by_block() {
    let path = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/seed/weakref-finalize.md"));
    let out = doc(&[path.to_str().unwrap()]);
    let text = stdout(&out);
    // Several blocks use names the document never defines: those fail, honestly reported.
    assert_eq!(out.status.code(), Some(1));
    assert!(text.contains("NameError: name 'weakref' is not defined"));
    assert!(text.ends_with(" failed, 0 output mismatches\n"), "{text}");
    assert_eq!(text.matches("─── ").count(), 26, "every python block of the seed runs");
}

#[test]
fn bad_arguments_exit_2() {
    assert_eq!(doc(&[]).status.code(), Some(2));
    assert_eq!(doc(&["--nope", "x.md"]).status.code(), Some(2));
    assert_eq!(doc(&["/no/such.md"]).status.code(), Some(2));
}
