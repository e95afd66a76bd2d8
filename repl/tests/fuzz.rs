//! The program fuzzer (`tests/fuzz/progfuzz.py`, a copy of the team's `progfuzz`) over a fixed
//! range of seeds: each generated program must print under `reap` exactly what CPython 3.11
//! prints, and none may crash or time out. The divergences still known are listed, each with
//! its reason, in `tests/fuzz/known_divergences.txt`; a listed seed that starts matching fails
//! the test too, so the list only shrinks. Skipped when `python3` 3.11 is not on `PATH`.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

/// The seeds the suite runs: a few hundred programs, about half a minute on two cores.
const FIRST_SEED: u64 = 1_000;
const COUNT: u64 = 300;

fn fuzz_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fuzz"))
}

fn python311() -> bool {
    Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "True")
}

/// `seed -> reason` from the known-divergences file (`SEED  reason...`, `#` comments).
fn known() -> BTreeMap<u64, String> {
    let text = std::fs::read_to_string(fuzz_dir().join("known_divergences.txt")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (seed, reason) = l.split_once(char::is_whitespace).unwrap_or((l, ""));
            Some((seed.parse().ok()?, reason.trim().to_string()))
        })
        .collect()
}

#[test]
fn generated_programs_print_what_cpython_prints() {
    if !python311() {
        eprintln!("python3 3.11 not found: skipping the fuzz corpus");
        return;
    }
    let out_dir = std::env::temp_dir().join(format!("reap-fuzz-{}", std::process::id()));
    let out = Command::new("python3")
        .arg(fuzz_dir().join("progfuzz.py"))
        .args(["--interp", env!("CARGO_BIN_EXE_reap")])
        .args(["--seed", &FIRST_SEED.to_string(), "--count", &COUNT.to_string()])
        .args(["--jobs", "2", "--min-budget", "0", "--timeout", "30"])
        .arg("--out")
        .arg(&out_dir)
        .output()
        .expect("progfuzz runs");
    let report = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        report.contains(&format!("progfuzz: {COUNT} programs")),
        "progfuzz did not finish:\n{report}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // `seed N: diverged (...)`, `seed N: crashed (...)`, `seed N: timeout (...)`.
    let mut failing = BTreeMap::new();
    for line in report.lines() {
        let Some(rest) = line.strip_prefix("seed ") else { continue };
        let Some((seed, kind)) = rest.split_once(": ") else { continue };
        let (Ok(seed), Some(kind)) = (seed.parse::<u64>(), kind.split_whitespace().next()) else { continue };
        failing.insert(seed, kind.to_string());
    }
    let known = known();
    let mut problems = Vec::new();
    for (seed, kind) in &failing {
        let listed = known.contains_key(seed);
        if kind != "diverged" || !listed {
            let diff =
                std::fs::read_to_string(out_dir.join(format!("seed-{seed}/diff.txt"))).unwrap_or_default();
            problems.push(format!("seed {seed}: {kind}\n{diff}"));
        }
    }
    for (seed, reason) in known.iter().filter(|(s, _)| (FIRST_SEED..FIRST_SEED + COUNT).contains(*s)) {
        if !failing.contains_key(seed) {
            problems.push(format!(
                "seed {seed} now matches CPython: remove it from known_divergences.txt ({reason})"
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&out_dir);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
