//! `reap doc --doctest` beside `python3 -m doctest` on the documents of `tests/doc/`: a
//! Markdown guide and a module that pass, and a guide and a module that fail, reported as
//! CPython reports them. The Markdown ones are also checked against CPython's output recorded
//! beside them (`*.md.cpython`), so they hold without `python3`. CPython's tracebacks show the
//! frame of doctest's own `exec` from its installed `doctest.py`; Reap's leave it out, so it
//! is taken out of CPython's output before comparing.

use std::path::PathBuf;
use std::process::Command;

fn tests_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests")).canonicalize().expect("tests dir")
}

/// Exit status and stdout of a command run in `tests/`.
fn run(program: &str, args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(program).current_dir(tests_dir()).args(args).output().expect("runs");
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned())
}

fn reap_doctest(path: &str) -> (Option<i32>, String) {
    run(env!("CARGO_BIN_EXE_reap"), &["doc", "--doctest", path])
}

fn python3_311() -> bool {
    Command::new("python3")
        .args(["-c", "import sys; assert sys.version_info[:2] == (3, 11)"])
        .status()
        .is_ok_and(|s| s.success())
}

/// CPython's report without the frame of `doctest.py` in each traceback: its `File` line, the
/// source line under it and, when compiling failed, the carets under that.
fn without_doctest_frame(report: &str) -> String {
    let mut out = String::new();
    let mut lines = report.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        if line.trim_start().starts_with("File \"")
            && line.contains("doctest.py\", line ")
            && line.ends_with("in __run\n")
        {
            lines.next();
            if lines
                .peek()
                .is_some_and(|l| l.trim().chars().all(|c| c == '^' || c == '~') && !l.trim().is_empty())
            {
                lines.next();
            }
            continue;
        }
        out.push_str(line);
    }
    out
}

/// `reap doc --doctest` and `python3 -m doctest` agree on a document (skipped without 3.11).
fn same_as_cpython(path: &str) -> (Option<i32>, String) {
    let reap = reap_doctest(path);
    if python3_311() {
        let (status, report) = run("python3", &["-m", "doctest", path]);
        assert_eq!(reap, (status, without_doctest_frame(&report)), "{path}: reap beside CPython");
    }
    reap
}

fn recorded(name: &str) -> String {
    let text = std::fs::read_to_string(tests_dir().join("doc").join(name)).expect("recording");
    without_doctest_frame(&text)
}

#[test]
fn a_markdown_guide_whose_examples_hold_prints_nothing() {
    let (status, report) = same_as_cpython("doc/doctest_guide.md");
    assert_eq!((status, report.as_str()), (Some(0), ""));
    assert_eq!(recorded("doctest_guide.md.cpython"), "");
}

#[test]
fn a_stale_markdown_guide_is_reported_as_cpython_reports_it() {
    let (status, report) = same_as_cpython("doc/doctest_stale.md");
    assert_eq!(status, Some(1));
    assert_eq!(report, recorded("doctest_stale.md.cpython"));
    // Checks that the comparison sees what it is about.
    assert!(report.contains("File \"<doctest doctest_stale.md[5]>\", line 2, in average\n"), "{report}");
    assert!(report.ends_with(
        "1 items had failures:\n   7 of  10 in doctest_stale.md\n***Test Failed*** 7 failures.\n"
    ));
}

#[test]
fn a_module_whose_docstrings_hold_prints_nothing() {
    let (status, report) = same_as_cpython("doc/doctest_stack.py");
    assert_eq!((status, report.as_str()), (Some(0), ""));
}

#[test]
fn a_modules_failing_docstrings_are_reported_by_name_and_line() {
    let (status, report) = same_as_cpython("doc/doctest_shapes.py");
    assert_eq!(status, Some(1));
    let file = tests_dir().join("doc/doctest_shapes.py");
    let file = file.display();
    assert!(
        report.contains(&format!("File \"{file}\", line 54, in doctest_shapes.circle_area\n")),
        "{report}"
    );
    assert!(
        report.contains(&format!("File \"{file}\", line ?, in doctest_shapes.Square.diagonal\n")),
        "{report}"
    );
    assert!(report.contains(&format!("      File \"{file}\", line 58, in circle_area\n")), "{report}");
    assert!(report.ends_with(
        "2 items had failures:\n   1 of   1 in doctest_shapes.Square.diagonal\n   2 of   2 in doctest_shapes.circle_area\n***Test Failed*** 3 failures.\n"
    ));
}

#[test]
fn verbose_output_is_doctests_too() {
    for path in ["doc/doctest_stack.py", "doc/doctest_guide.md"] {
        let reap = run(env!("CARGO_BIN_EXE_reap"), &["doc", "--doctest", "-v", path]);
        assert!(reap.1.ends_with("Test passed.\n"), "{}", reap.1);
        if python3_311() {
            let (status, report) = run("python3", &["-m", "doctest", "-v", path]);
            assert_eq!(reap, (status, without_doctest_frame(&report)), "{path} -v");
        }
    }
}

#[test]
fn bad_input_is_reported_not_a_panic() {
    let dir = std::env::temp_dir().join(format!("reap-doctest-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let cases: &[(&str, &str)] = &[
        ("prompt.txt", ">>>print(1)\n"),
        ("indent.txt", "  >>> if 1:\n ...   pass\n"),
        ("option.txt", ">>> 1  # doctest: +NO_SUCH_FLAG\n1\n"),
        ("broken.py", "def f(:\n    '''\n    >>> 1\n    '''\n"),
        ("raises.py", "raise RuntimeError('at import')\n"),
    ];
    for (name, text) in cases {
        let path = dir.join(name);
        std::fs::write(&path, text).expect("write");
        let out = Command::new(env!("CARGO_BIN_EXE_reap"))
            .args(["doc", "--doctest"])
            .arg(&path)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"), "{name}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn doctest_options_are_checked() {
    let (status, _) =
        run(env!("CARGO_BIN_EXE_reap"), &["doc", "--doctest", "--update", "doc/doctest_guide.md"]);
    assert_eq!(status, Some(2));
    let (status, _) = run(env!("CARGO_BIN_EXE_reap"), &["doc", "-v", "doc/passing.md"]);
    assert_eq!(status, Some(2));
    let (status, _) =
        run(env!("CARGO_BIN_EXE_reap"), &["doc", "--doctest", "-o", "NOPE", "doc/doctest_guide.md"]);
    assert_eq!(status, Some(2));
}
