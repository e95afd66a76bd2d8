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

/// `reap doc` run from `dir` (tracebacks and headers name the file as it is given).
fn doc_in(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_reap"))
        .current_dir(dir)
        .arg("doc")
        .args(args)
        .output()
        .expect("reap runs")
}

#[test]
fn a_failing_block_is_reported_at_its_line_in_the_document_and_the_run_goes_on() {
    // Run from the repository's `tests`, the document given as `doc/failing.md`: the output
    // names it so, not by an absolute path, so a recorded traceback holds on any machine.
    let tests = fixture("failing.md").parent().and_then(|d| d.parent()).expect("tests dir").to_path_buf();
    let out = doc_in(&tests, &["doc/failing.md"]);
    assert_eq!(out.status.code(), Some(1));
    let expected = "─── doc/failing.md:3 ───
Traceback (most recent call last):
  File \"doc/failing.md\", line 7, in <module>
    print(divide(1, 0))
          ^^^^^^^^^^^^
  File \"doc/failing.md\", line 5, in divide
    return a / b
           ~~^~~
ZeroDivisionError: division by zero
[block at line 3 failed]
─── doc/failing.md:12 ───
second block runs
2 blocks run, 1 failed, 0 output mismatches
";
    assert_eq!(stdout(&out), expected);
}

#[test]
fn file_names_the_document_as_given() {
    let dir = std::env::temp_dir().join(format!("reap-doc-file-{}", std::process::id()));
    let sub = dir.join("sub");
    std::fs::create_dir_all(&sub).expect("temp dir");
    std::fs::write(dir.join("helper.py"), "WHERE = 'beside the document'\n").expect("helper");
    let md = "```python\nimport sys, helper\nprint(__file__, sys.argv[0], helper.WHERE)\n```\n";
    std::fs::write(dir.join("x.md"), md).expect("doc");
    let out = doc_in(&sub, &["../x.md"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(
        stdout(&out),
        "─── ../x.md:1 ───\n../x.md ../x.md beside the document\n1 block run, 0 failed, 0 output mismatches\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
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
fn update_moves_the_tracebacks_of_later_blocks_with_the_lines_it_adds() {
    let dir = std::env::temp_dir().join(format!("reap-doc-shift-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::copy(fixture("shifting.md"), dir.join("shifting.md")).expect("copy");
    let updated = doc_in(&dir, &["--update", "shifting.md"]);
    // The second block raises: the update reports it, and records its traceback.
    assert_eq!(updated.status.code(), Some(1), "{}", stdout(&updated));
    let text = std::fs::read_to_string(dir.join("shifting.md")).expect("read back");
    let lines: Vec<&str> = text.lines().collect();
    let call = lines.iter().position(|l| *l == "check(3)").expect("the call") + 1;
    let raise = lines.iter().position(|l| l.trim_start().starts_with("raise ValueError")).expect("raise") + 1;
    assert!(
        text.contains(&format!(
            "  File \"shifting.md\", line {call}, in <module>\n    check(3)\n  File \"shifting.md\", line {raise}, in check\n"
        )),
        "{text}"
    );
    // The fixture's first output block had one line of four.
    assert_eq!(call, 23);
    let again = doc_in(&dir, &["shifting.md"]);
    assert_eq!(again.status.code(), Some(0), "{}", stdout(&again));
    assert!(stdout(&again).ends_with("2 blocks run, 0 failed, 0 output mismatches\n"), "{}", stdout(&again));
    let shared = doc_in(&dir, &["--shared", "shifting.md"]);
    assert_eq!(shared.status.code(), Some(0), "{}", stdout(&shared));
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
