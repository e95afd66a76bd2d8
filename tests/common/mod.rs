//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root (the root package's manifest directory).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `.py` files of a folder, sorted by name.
pub fn py_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    files
}

/// CPython 3.11, if this machine has it. CI always does; without it the differential checks
/// are skipped (and say so), while checks against committed recordings still run.
pub fn python3() -> Option<PathBuf> {
    let out =
        Command::new("python3").args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"]).output();
    match out {
        Ok(o) if String::from_utf8_lossy(&o.stdout).trim() == "True" => Some(PathBuf::from("python3")),
        _ => {
            eprintln!("python3 3.11 not found: skipping the comparison with CPython");
            None
        }
    }
}

/// CPython's AST dumps (with positions) of many files, in one run of CPython.
pub fn cpython_ast_dumps(python: &Path, files: &[PathBuf]) -> Vec<String> {
    let script = root().join("tests/syntax/astdump.py");
    let out = Command::new(python).arg(script).args(files).output().expect("running python3");
    assert!(out.status.success(), "astdump.py failed: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).expect("utf-8 dumps");
    let mut dumps: Vec<String> = text.split("\x00\n").map(|s| s.trim_end_matches('\n').to_string()).collect();
    dumps.pop();
    assert_eq!(dumps.len(), files.len());
    dumps
}

/// The directory holding CPython's standard library, if python3 is here.
pub fn cpython_lib(python: &Path) -> PathBuf {
    let out = Command::new(python)
        .args(["-c", "import os, weakref; print(os.path.dirname(weakref.__file__))"])
        .output()
        .expect("running python3");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}
