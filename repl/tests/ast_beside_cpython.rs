//! `ast` beside CPython's on real code: CPython's own standard library files are parsed by
//! both interpreters, and the full dump (with every position) and `ast.unparse` text must be
//! the same. Skipped when `python3` is not 3.11.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Prints the tree of the file named by argv[1] with its positions, then its unparsed text.
const SHOW: &str = "import ast, sys\n\
src = open(sys.argv[1], encoding='utf-8').read()\n\
tree = ast.parse(src, sys.argv[1])\n\
print(ast.dump(tree, include_attributes=True, indent=1))\n\
print(ast.unparse(tree))\n";

/// CPython 3.11's standard library folder, if `python3` is 3.11.
fn cpython_stdlib() -> Option<PathBuf> {
    let out = Command::new("python3")
        .args(["-c", "import sys, sysconfig; print(sys.version_info[:2] == (3, 11)); print(sysconfig.get_paths()['stdlib'])"])
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut lines = text.lines();
    (lines.next() == Some("True")).then(|| PathBuf::from(lines.next().unwrap_or_default()))
}

fn show(program: &Path, script: &Path, file: &Path) -> String {
    let out = Command::new(program).arg(script).arg(file).output().expect("runs");
    format!("{}\n--- stderr\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

#[test]
fn trees_and_unparsed_text_of_the_standard_library_match_cpython() {
    let Some(stdlib) = cpython_stdlib() else {
        eprintln!("skipped: python3 is not 3.11");
        return;
    };
    // Every fifth of the library's top-level modules under 40 kB (debug builds parse slowly),
    // in name order: a fixed sample of ordinary, decorated, typed, f-string-heavy code.
    let mut files: Vec<PathBuf> = std::fs::read_dir(&stdlib)
        .expect("stdlib folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| std::fs::metadata(p).is_ok_and(|m| m.len() < 40_000))
        .collect();
    files.sort();
    let sample: Vec<&PathBuf> = files.iter().step_by(5).collect();
    assert!(sample.len() >= 20, "the sample holds a fair share of the library");
    let script = std::env::temp_dir().join(format!("reap-ast-twin-{}.py", std::process::id()));
    std::fs::write(&script, SHOW).expect("write the script");
    let reap = PathBuf::from(env!("CARGO_BIN_EXE_reap"));
    let mut differ = Vec::new();
    for file in &sample {
        if show(&reap, &script, file) != show(Path::new("python3"), &script, file) {
            differ.push(file.display().to_string());
        }
    }
    let _ = std::fs::remove_file(&script);
    assert!(differ.is_empty(), "ast.dump or ast.unparse differ from CPython's for {differ:?}");
}
