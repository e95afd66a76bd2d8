//! `reap doc FILE.md`: runs the ```python (and ```py) blocks of a Markdown file. Each block
//! runs in a fresh interpreter (with `--shared`, all in one, in order, as a reader would type
//! them), under the Markdown file's name and at its real lines, so tracebacks point into the
//! document. Per block it prints a header with the block's line, then the block's output.
//! A block followed by an ```output block is checked against it (`--update` rewrites those
//! blocks instead, shifting the blocks below by the lines those gained or lost, so the
//! tracebacks recorded point at the updated file); a block whose info string says `no-run` is
//! skipped. Exit status 1 if a block raised (unless its output block shows that traceback) or
//! its output differed.

use std::io::Write;
use std::process::ExitCode;

use reap_runtime::Interpreter;
use reap_runtime::embed::Output;

/// A fenced code block of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The info string's first word (`python`, `output`, ...) and the rest of it.
    pub lang: String,
    pub info: String,
    /// Line of the opening fence (1-based) and of the first content line.
    pub fence_line: usize,
    pub code: String,
    /// Byte range of the content within the document (for `--update`).
    pub content: std::ops::Range<usize>,
}

/// The fenced blocks of a Markdown text, in order.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut offset = 0;
    let mut open: Option<(String, String, usize, usize, String, usize)> = None;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let trimmed = line.trim_end_matches(['\n', '\r']);
        let fence = trimmed.trim_start();
        match &mut open {
            None if fence.starts_with("```") => {
                let indent = trimmed.len() - fence.len();
                let info = fence.trim_start_matches('`').trim().to_string();
                let lang = info.split_whitespace().next().unwrap_or("").to_string();
                open = Some((lang, info, n + 1, offset + line.len(), String::new(), indent));
            }
            Some((lang, info, fence_line, start, code, _)) if fence.starts_with("```") => {
                out.push(Block {
                    lang: std::mem::take(lang),
                    info: std::mem::take(info),
                    fence_line: *fence_line,
                    code: std::mem::take(code),
                    content: *start..offset,
                });
                open = None;
            }
            Some((_, _, _, _, code, indent)) => {
                let strip = line.len() - line.trim_start().len();
                code.push_str(&line[strip.min(*indent)..]);
            }
            None => {}
        }
        offset += line.len();
    }
    out
}

fn is_python(b: &Block) -> bool {
    (b.lang == "python" || b.lang == "py") && !b.info.split_whitespace().any(|w| w == "no-run")
}

/// Output captured from an interpreter: stdout and stderr interleaved as a reader sees them.
type Capture = reap_runtime::embed::SharedBuffer;

fn captured_interpreter(capture: &Capture) -> Interpreter {
    let builder = crate::run::builder()
        .stdout(Output::Writer(Box::new(capture.clone())))
        .stderr(Output::Writer(Box::new(capture.clone())));
    crate::run::interpreter(builder)
}

/// A block's code placed below `fence_line` lines, so line numbers are the file's.
fn positioned(fence_line: usize, code: &str) -> String {
    let mut src = "\n".repeat(fence_line);
    src.push_str(code);
    src
}

/// The lines a block's content takes in the file.
fn line_count(content: &str) -> usize {
    content.matches('\n').count()
}

struct Options {
    shared: bool,
    update: bool,
    doctest: bool,
    verbose: bool,
    flags: crate::doctest::Flags,
    path: String,
}

const USAGE: &str =
    "usage: reap doc [--shared] [--update] FILE.md\n       reap doc --doctest [-v] [-o OPTION] [-f] FILE";

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        shared: false,
        update: false,
        doctest: false,
        verbose: false,
        flags: 0,
        path: String::new(),
    };
    let mut args = args.iter();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--shared" => o.shared = true,
            "--update" => o.update = true,
            "--doctest" => o.doctest = true,
            // doctest's own options, as `python3 -m doctest` takes them.
            "-v" | "--verbose" => o.verbose = true,
            "-f" | "--fail-fast" => o.flags |= crate::doctest::FAIL_FAST,
            "-o" | "--option" => {
                let name = args.next().map(String::as_str).unwrap_or("");
                match crate::doctest::flag_named(name) {
                    Some(f) => o.flags |= f,
                    None => return Err(format!("reap doc: unknown doctest option {name:?}\n{USAGE}")),
                }
            }
            s if s.starts_with('-') => return Err(format!("reap doc: unknown option {s}\n{USAGE}")),
            s if o.path.is_empty() => o.path = s.to_string(),
            _ => return Err(format!("reap doc: one file at a time\n{USAGE}")),
        }
    }
    if o.path.is_empty() {
        return Err(USAGE.into());
    }
    let doctest_only = o.verbose || o.flags != 0;
    if (o.doctest && (o.shared || o.update)) || (!o.doctest && doctest_only) {
        return Err(format!(
            "reap doc: --shared and --update are for Markdown blocks, -v, -o and -f for --doctest\n{USAGE}"
        ));
    }
    Ok(o)
}

pub fn main(args: &[String]) -> ExitCode {
    let opts = match parse_args(args) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    if opts.doctest {
        let opts = crate::doctest::Options { path: opts.path, verbose: opts.verbose, flags: opts.flags };
        return crate::run::on_big_stack(move || crate::doctest::main(&opts));
    }
    let Some(bytes) = crate::read(&opts.path) else {
        return ExitCode::from(2);
    };
    let text = String::from_utf8_lossy(&bytes).into_owned();
    crate::run::on_big_stack(move || run_doc(&opts, &text))
}

/// What one block did.
struct Outcome {
    output: String,
    failed: bool,
}

fn run_doc(opts: &Options, text: &str) -> i32 {
    let all = blocks(text);
    // Output names the document as the command line did, so recorded tracebacks stay true
    // wherever the document is checked from; imports still look beside the document.
    let file = opts.path.clone();
    let abs = std::path::absolute(&opts.path).unwrap_or_else(|_| opts.path.clone().into());
    let dir = abs.parent().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
    let capture = Capture::default();
    let mut shared = opts.shared.then(|| captured_interpreter(&capture));
    let mut results: Vec<(usize, usize, Outcome)> = Vec::new();
    let argv = vec![file.clone()];
    let python: Vec<usize> = (0..all.len()).filter(|&i| is_python(&all[i])).collect();
    // Lines gained (or lost) by the output blocks `--update` rewrites above the running block:
    // the block sits that much lower in the updated file, and its tracebacks must say so.
    let mut shift: isize = 0;
    for (k, &i) in python.iter().enumerate() {
        let line = all[i].fence_line.saturating_add_signed(shift);
        let source = positioned(line, &all[i].code);
        let status = match shared.as_mut() {
            Some(interp) => {
                let s = interp.run_source(&file, source.as_bytes(), &argv, &dir);
                // At the last block the shared interpreter shuts down: what runs at exit is
                // that block's output.
                if k + 1 == python.len() {
                    interp.shutdown();
                }
                s
            }
            None => {
                let mut interp = captured_interpreter(&capture);
                let s = interp.run_source(&file, source.as_bytes(), &argv, &dir);
                interp.shutdown();
                s
            }
        };
        let output = capture.take();
        if let Some(expected) = all.get(i + 1).filter(|n| n.lang == "output" && opts.update) {
            shift += line_count(&output) as isize - line_count(&expected.code) as isize;
        }
        results.push((i, line, Outcome { output, failed: status != 0 }));
    }
    drop(shared);

    let mut out = std::io::stdout().lock();
    let mut failures = 0;
    let mut mismatches = 0;
    let mut updated = text.to_string();
    let mut moved: isize = 0;
    for (i, line, outcome) in &results {
        let _ = writeln!(out, "─── {}:{} ───", opts.path, line);
        let _ = write!(out, "{}", outcome.output);
        let expected = all.get(i + 1).filter(|n| n.lang == "output");
        // A block that raises as its output block shows is documenting the error: it passes.
        let documented = !opts.update && expected.is_some_and(|e| e.code == outcome.output);
        if outcome.failed && !documented {
            failures += 1;
            let _ = writeln!(out, "[block at line {line} failed]");
        }
        if let Some(expected) = expected {
            if opts.update {
                let start = (expected.content.start as isize + moved) as usize;
                let end = (expected.content.end as isize + moved) as usize;
                updated.replace_range(start..end, &outcome.output);
                moved += outcome.output.len() as isize - expected.content.len() as isize;
            } else if expected.code != outcome.output {
                mismatches += 1;
                let _ = writeln!(out, "[output differs from the block at line {}]", expected.fence_line);
                let _ = write!(out, "{}", diff(&expected.code, &outcome.output));
            }
        }
    }
    if opts.update && updated != text {
        if let Err(e) = std::fs::write(&opts.path, &updated) {
            eprintln!("reap doc: can't write {}: {e}", opts.path);
            return 2;
        }
        let _ = writeln!(out, "updated the output blocks of {}", opts.path);
    }
    let _ = writeln!(
        out,
        "{} block{} run, {} failed{}",
        results.len(),
        if results.len() == 1 { "" } else { "s" },
        failures,
        if opts.update {
            String::new()
        } else {
            format!(", {mismatches} output mismatch{}", if mismatches == 1 { "" } else { "es" })
        }
    );
    i32::from(failures > 0 || mismatches > 0)
}

/// A line diff: `-` lines expected, `+` lines printed (a longest-common-subsequence alignment).
pub fn diff(expected: &str, got: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = got.lines().collect();
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            out.push_str(&format!("  {}\n", a[i]));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push_str(&format!("- {}\n", a[i]));
            i += 1;
        } else {
            out.push_str(&format!("+ {}\n", b[j]));
            j += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{blocks, diff};

    #[test]
    fn fenced_blocks_are_found_with_their_lines() {
        let md = "# T\n\n```python\nprint(1)\n```\n\ntext\n```output\n1\n```\n";
        let b = blocks(md);
        assert_eq!(b.len(), 2);
        assert_eq!((b[0].lang.as_str(), b[0].fence_line, b[0].code.as_str()), ("python", 3, "print(1)\n"));
        assert_eq!((b[1].lang.as_str(), b[1].code.as_str()), ("output", "1\n"));
        assert_eq!(&md[b[1].content.clone()], "1\n");
    }

    #[test]
    fn the_diff_marks_what_changed() {
        assert_eq!(diff("a\nb\n", "a\nc\n"), "  a\n- b\n+ c\n");
    }
}
