//! The Python corpus (`tests/py/`): every script's stdout, stderr and exit code under `reap`
//! must equal what CPython 3.11 printed for it (recorded in `NAME.expected` by
//! `tests/py/record.py`), after replacing the script folder by `$DIR` and addresses by `0xADDR`.
//!
//! Scripts listed in `tests/py/xfail.txt` are known not to match yet, each with a reason. A listed
//! script that starts matching fails the test too, so the list only ever shrinks.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/py"))
        .canonicalize()
        .expect("tests/py exists")
}

/// Drops traceback frames of the modules embedded in Reap (`File "<reap:weakref>"`), as
/// `record.py` drops those in CPython's library, with the indented lines under them.
fn drop_library_frames(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut skipping = false;
    for line in text.split_inclusive('\n') {
        if line.starts_with("  File \"<reap:") {
            skipping = true;
            continue;
        }
        if skipping && line.starts_with("    ") {
            continue;
        }
        skipping = false;
        out.push_str(line);
    }
    out
}

/// Replaces what differs between runs and machines, as `record.py` does.
fn normalise(text: &str, dir: &str) -> String {
    common::mask_addresses(&drop_library_frames(&text.replace(dir, "$DIR")))
}

fn run(script: &Path, dir: &str, stress: bool) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_reap"));
    cmd.arg(script).current_dir(dir).env("PYTHONHASHSEED", "0");
    if stress {
        cmd.env("REAP_GC_STRESS", "1");
    }
    let out = cmd.output().expect("reap runs");
    let code = out.status.code().unwrap_or(-1);
    format!(
        "--- exit {code}\n--- stdout\n{}--- stderr\n{}",
        normalise(&String::from_utf8_lossy(&out.stdout), dir),
        normalise(&String::from_utf8_lossy(&out.stderr), dir)
    )
}

/// Runs every script, as many at once as the machine has cores, and returns their outputs in
/// the order given.
fn run_all(scripts: &[&Path], dir: &str, stress: bool) -> Vec<String> {
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(vec![String::new(); scripts.len()]);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(script) = scripts.get(i) else { break };
                    let got = run(script, dir, stress);
                    results.lock().expect("no worker panics holding the lock")[i] = got;
                }
            });
        }
    });
    results.into_inner().expect("no worker panicked")
}

/// The names listed in a file of `tests/py/` (one a line, `#` comments).
fn listed(dir: &Path, file: &str) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join(file)).unwrap_or_default();
    text.lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|l| !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

#[test]
fn every_script_prints_what_cpython_printed() {
    check_corpus(false);
}

/// `REAP_GC_STRESS=1` collects every generation at each chance: the corpus must still print
/// what CPython printed, except the scripts in `stress_skip.txt` that watch when collections
/// happen (their output depends on the schedule by design) and the slow library scripts of
/// `stress_slow.txt`. A debug build runs only the families named in `stress_in_debug.txt`;
/// `.ci/run` runs this test with the release build too.
#[test]
fn every_script_passes_under_gc_stress() {
    check_corpus(true);
}

fn check_corpus(stress: bool) {
    let dir = corpus_dir();
    let dir_s = dir.to_string_lossy().to_string();
    let mut xfail = listed(&dir, "xfail.txt");
    if stress {
        xfail.extend(listed(&dir, "stress_skip.txt"));
        xfail.extend(listed(&dir, "stress_slow.txt"));
    }
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "py") && p.file_name().is_some_and(|n| n != "record.py")
        })
        .collect();
    scripts.sort();
    assert!(scripts.len() >= 150);
    if stress && cfg!(debug_assertions) {
        let families = listed(&dir, "stress_in_debug.txt");
        scripts.retain(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            name.split_once("__").is_some_and(|(family, _)| families.iter().any(|f| f == family))
        });
        assert!(scripts.len() >= 100, "the families of stress_in_debug.txt name the finalization scripts");
    }
    let to_run: Vec<(&PathBuf, String, bool)> = scripts
        .iter()
        .map(|script| {
            let name = script.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
            let listed = xfail.contains(&name);
            (script, name, listed)
        })
        .filter(|(_, _, listed)| !(stress && *listed))
        .collect();
    // Each script is its own process, and the scripts that touch files make their own temporary
    // folders: they can run side by side, which keeps the debug build's GC-stress pass in minutes.
    let outputs = run_all(&to_run.iter().map(|(s, _, _)| s.as_path()).collect::<Vec<_>>(), &dir_s, stress);
    let mut unexpected_failures = Vec::new();
    let mut unexpected_passes = Vec::new();
    let mut passed = 0;
    for ((script, name, listed), got) in to_run.into_iter().zip(outputs) {
        let expected =
            std::fs::read_to_string(script.with_extension("expected")).expect("a recording per script");
        if got == expected {
            passed += 1;
            if listed {
                unexpected_passes.push(name);
            }
        } else if !listed {
            unexpected_failures.push(format!("{name}:\n--- CPython\n{expected}\n--- reap\n{got}"));
        }
    }
    eprintln!("{passed} of {} corpus scripts match CPython", scripts.len());
    assert!(unexpected_failures.is_empty(), "{}", unexpected_failures.join("\n"));
    assert!(
        unexpected_passes.is_empty(),
        "now passing, remove from tests/py/xfail.txt: {unexpected_passes:?}"
    );
}

#[test]
fn recordings_of_cpython_are_current() {
    let ok =
        Command::new("python3").args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"]).output();
    if !ok.is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "True") {
        eprintln!("python3 3.11 not found: skipping the check of the recordings");
        return;
    }
    let out = Command::new("python3")
        .arg(corpus_dir().join("record.py"))
        .arg("--check")
        .output()
        .expect("record.py runs");
    assert!(
        out.status.success(),
        "re-record with tests/py/record.py:\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
