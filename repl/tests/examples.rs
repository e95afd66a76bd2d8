//! The runnable examples (`examples/*.py`, and `examples/seed/` with every code block of the
//! seed document): each run's exit code, stdout and stderr are snapshotted with insta into
//! `snapshots/examples/`, and each snapshot must equal what CPython 3.11 prints for the same
//! script (so a snapshot can never pin down a behaviour CPython does not have).

use std::path::{Path, PathBuf};
use std::process::Command;

fn examples() -> Vec<PathBuf> {
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../examples"));
    let mut files = Vec::new();
    for dir in [root.clone(), root.join("seed")] {
        for entry in std::fs::read_dir(&dir).expect("examples dir").flatten() {
            let p = entry.path();
            if p.extension().is_some_and(|x| x == "py") {
                files.push(p.canonicalize().expect("path"));
            }
        }
    }
    files.sort();
    files
}

fn name_of(p: &Path) -> String {
    let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    match p.parent().and_then(|d| d.file_name()).and_then(|d| d.to_str()) {
        Some("seed") => format!("seed__{stem}"),
        _ => stem.to_string(),
    }
}

/// Drops traceback frames of library code (CPython's `lib/python3.11/...`, Reap's embedded
/// `<reap:...>` modules), then replaces the folder by `$DIR` and addresses by `0xADDR`.
fn normalise(text: &str, dir: &str) -> String {
    let mut kept = String::new();
    let mut skipping = false;
    for line in text.split_inclusive('\n') {
        let lib = line.starts_with("  File \"<reap:")
            || (line.starts_with("  File \"") && line.contains("/lib/python3."));
        if lib {
            skipping = true;
            continue;
        }
        if skipping && line.starts_with("    ") {
            continue;
        }
        skipping = false;
        kept.push_str(line);
    }
    let text = kept.replace(dir, "$DIR");
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 2..];
        let n = tail.bytes().take_while(u8::is_ascii_hexdigit).count();
        if n == 0 {
            out.push_str("0x");
        } else {
            out.push_str("0xADDR");
        }
        rest = &tail[n..];
    }
    out.push_str(rest);
    out
}

fn run(program: &Path, script: &Path) -> String {
    let dir = script.parent().expect("dir");
    let out = Command::new(program)
        .arg(script)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .expect("runs");
    let d = dir.to_string_lossy();
    format!(
        "--- exit {}\n--- stdout\n{}--- stderr\n{}",
        out.status.code().unwrap_or(-1),
        normalise(&String::from_utf8_lossy(&out.stdout), &d),
        normalise(&String::from_utf8_lossy(&out.stderr), &d)
    )
}

#[test]
fn every_example_runs_as_its_snapshot_says() {
    let files = examples();
    assert!(files.len() >= 27, "the seed's 26 blocks and the basics");
    for f in &files {
        let got = run(Path::new(env!("CARGO_BIN_EXE_reap")), f);
        insta::with_settings!({
            snapshot_path => "../../snapshots/examples",
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!(name_of(f), got);
        });
    }
}

/// The body of an insta snapshot file.
fn snapshot_body(name: &str) -> Option<String> {
    let path = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../snapshots/examples"))
        .join(format!("{name}.snap"));
    let text = std::fs::read_to_string(path).ok()?;
    let body = text.strip_prefix("---\n")?.split_once("\n---\n")?.1;
    Some(body.to_string())
}

#[test]
fn every_snapshot_is_what_cpython_prints() {
    let python = Command::new("python3")
        .args(["-c", "import sys; print(sys.executable, sys.version_info[:2] == (3, 11))"])
        .output();
    let Some(exe) = python.ok().and_then(|o| {
        let s = String::from_utf8_lossy(&o.stdout).trim().to_string();
        s.strip_suffix(" True").map(PathBuf::from)
    }) else {
        eprintln!("python3 3.11 not found: skipping the comparison with CPython");
        return;
    };
    let mut wrong = Vec::new();
    for f in examples() {
        let name = name_of(&f);
        let cpython = run(&exe, &f);
        match snapshot_body(&name) {
            Some(body) if body.trim_end() == cpython.trim_end() => {}
            Some(body) => wrong.push(format!("{name}:\n--- snapshot\n{body}\n--- CPython\n{cpython}")),
            None => wrong.push(format!("{name}: no snapshot")),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
