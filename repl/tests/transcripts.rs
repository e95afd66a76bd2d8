//! The REPL transcripts (`examples/repl/*.txt`) and the Markdown examples checked by
//! `reap doc` (`examples/doc/*.md`): each replays under `reap` as written, and CPython 3.11
//! prints the same (through `code.InteractiveConsole` for a transcript), so the examples can
//! never show a behaviour CPython does not have.

use std::path::PathBuf;
use std::process::Command;

fn files(dir: &str, ext: &str) -> Vec<PathBuf> {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../examples")).join(dir);
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("examples")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    out.sort();
    out
}

/// A transcript's typed lines and the output it shows.
fn parse(text: &str) -> (String, String) {
    let (mut input, mut output) = (String::new(), String::new());
    for line in text.lines().filter(|l| !l.starts_with("# ")) {
        if let Some(rest) = line.strip_prefix(">>> ").or_else(|| line.strip_prefix("... ")) {
            input.push_str(rest);
            input.push('\n');
        } else if line == "..." || line == ">>>" {
            input.push('\n');
        } else {
            output.push_str(line);
            output.push('\n');
        }
    }
    (input, output)
}

/// Runs a shell command with `input` on stdin; stdout and stderr together.
fn sh(cmd: &str, input: &str) -> String {
    use std::io::Write;
    let mut child = Command::new("sh")
        .args(["-c", cmd])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("sh");
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(input.as_bytes()).expect("stdin");
    }
    let out = child.wait_with_output().expect("ends");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Output of the REPL on a pipe without the prompts it writes to stderr (as CPython's does):
/// a transcript shows what the code printed.
fn without_prompts(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut rest = line;
        while let Some(r) = rest.strip_prefix(">>> ").or_else(|| rest.strip_prefix("... ")) {
            rest = r;
        }
        // A line of prompts only (the last one, ended by the end of input) showed nothing.
        if rest.is_empty() && !line.is_empty() {
            continue;
        }
        out.push_str(rest);
        out.push('\n');
    }
    out
}

fn python3_311() -> bool {
    Command::new("python3")
        .args(["-c", "import sys; assert sys.version_info[:2] == (3, 11)"])
        .status()
        .is_ok_and(|s| s.success())
}

/// Feeds lines to CPython's own REPL machinery, errors to stdout as a terminal would show them.
const CONSOLE: &str = "import code, sys
sys.stderr = sys.stdout
console = code.InteractiveConsole(locals={'__name__': '__main__'})
for line in sys.stdin.read().splitlines():
    console.push(line)
console.push('')
";

#[test]
fn transcripts_replay_as_written_under_reap_and_cpython() {
    let transcripts = files("repl", "txt");
    assert!(!transcripts.is_empty());
    for t in transcripts {
        let (input, expected) = parse(&std::fs::read_to_string(&t).expect("transcript"));
        let got = without_prompts(&sh(&format!("{} -q -i 2>&1", env!("CARGO_BIN_EXE_reap")), &input));
        assert_eq!(got, expected, "{} under reap", t.display());
        if python3_311() {
            let script = std::env::temp_dir().join(format!("reap-console-{}.py", std::process::id()));
            std::fs::write(&script, CONSOLE).expect("driver");
            let got = sh(&format!("python3 {} 2>&1", script.display()), &input);
            let _ = std::fs::remove_file(&script);
            assert_eq!(got, expected, "{} under CPython", t.display());
        }
    }
}

#[test]
fn markdown_examples_pass_reap_doc_and_their_output_blocks_are_cpythons() {
    let docs = files("doc", "md");
    assert!(!docs.is_empty());
    for d in docs {
        let out = Command::new(env!("CARGO_BIN_EXE_reap")).arg("doc").arg(&d).output().expect("reap doc");
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
        if !python3_311() {
            continue;
        }
        // Each python block, run alone by CPython, prints its output block.
        let text = std::fs::read_to_string(&d).expect("doc");
        let mut blocks = text.split("```").skip(1).step_by(2);
        while let Some(block) = blocks.next() {
            let Some(code) = block.strip_prefix("python\n") else { continue };
            let Some(expected) = blocks.next().and_then(|b| b.strip_prefix("output\n")) else { continue };
            let got = sh("python3 - 2>&1", code);
            assert_eq!(got, expected, "{}: a block's output under CPython", d.display());
        }
    }
}
