//! The front end against its corpora: every valid snippet parses to the AST CPython builds (same
//! dump, same positions), every malformed one fails with CPython's recorded error text, and no
//! input, however mangled, makes the parser panic.

mod common;

use std::path::Path;

use common::{cpython_ast_dumps, cpython_lib, py_files, python3, root};
use reap_lang as lang;

fn file_name(path: &Path) -> String {
    path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string()
}

fn dump(path: &Path, positions: bool) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    lang::parse_module_bytes(&bytes, &file_name(path))
        .map(|m| lang::dump::dump_module(&m, positions))
        .map_err(|e| e.render())
}

macro_rules! snapshot {
    ($folder:expr, $name:expr, $value:expr) => {
        insta::with_settings!({
            snapshot_path => concat!("../snapshots/", $folder),
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!($name, $value);
        })
    };
}

#[test]
fn valid_snippets_parse_to_the_ast_cpython_builds() {
    let files = py_files(&root().join("tests/syntax/valid"));
    assert!(files.len() >= 45, "the corpus covers every construct");
    for f in &files {
        let text = dump(f, false).unwrap_or_else(|e| panic!("{} does not parse:\n{e}", f.display()));
        snapshot!("syntax/valid", file_name(f).trim_end_matches(".py"), text);
    }
    let Some(python) = python3() else { return };
    let expected = cpython_ast_dumps(&python, &files);
    let differing: Vec<String> = files
        .iter()
        .zip(&expected)
        .filter(|(f, want)| dump(f, true).as_ref() != Ok(*want))
        .map(|(f, _)| file_name(f))
        .collect();
    assert!(differing.is_empty(), "dumps differ from CPython's ast.dump (with positions): {differing:?}");
}

#[test]
fn malformed_snippets_fail_with_cpythons_error_text() {
    let dir = root().join("tests/syntax/invalid");
    let files = py_files(&dir);
    assert!(files.len() >= 25);
    let mut wrong = Vec::new();
    for f in &files {
        let name = file_name(f);
        let bytes = std::fs::read(f).expect("readable");
        let got = match lang::check_module_bytes(&bytes, &name) {
            Ok(_) => format!("(no error for {name})\n"),
            Err(e) => e.render(),
        };
        let expected = std::fs::read_to_string(f.with_extension("expected")).expect("a recording per file");
        if got != expected {
            wrong.push(format!("{name}:\n--- CPython\n{expected}--- reap\n{got}"));
        }
        snapshot!("syntax/invalid", name.trim_end_matches(".py"), got);
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn recordings_of_cpython_are_current() {
    let Some(python) = python3() else { return };
    let out = std::process::Command::new(python)
        .arg(root().join("tests/syntax/record.py"))
        .arg("--check")
        .output()
        .expect("running record.py");
    assert!(
        out.status.success(),
        "re-record with tests/syntax/record.py:\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn every_python_block_of_the_seed_document_parses() {
    let doc = std::fs::read_to_string(root().join("docs/seed/weakref-finalize.md")).expect("seed document");
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in doc.lines() {
        match &mut current {
            None if line.trim_start() == "```python" => current = Some(String::new()),
            Some(block) if line.trim_start() == "```" => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            Some(block) => {
                block.push_str(line);
                block.push('\n');
            }
            None => {}
        }
    }
    assert!(blocks.len() >= 25, "found {} blocks", blocks.len());
    for (i, block) in blocks.iter().enumerate() {
        if let Err(e) = lang::check_module(block, "seed.md") {
            panic!("block {i} does not parse:\n{block}\n{}", e.render());
        }
    }
}

/// Files of CPython 3.11's standard library whose dumps differ from `ast.dump` on purpose.
const KNOWN_DIFFERENCES: &[(&str, &str)] = &[
    ("dataclasses.py", "uses `match`, which Reap does not parse yet"),
    ("traceback.py", "uses `match`, which Reap does not parse yet"),
    (
        "datetime.py",
        "CPython 3.11 misplaces f-string fields of the second line of an implicitly concatenated \
         string (a known 3.11 bug, fixed by PEP 701); Reap gives their true positions",
    ),
    ("threading.py", "the same 3.11 f-string position bug"),
];

#[test]
fn cpythons_weakref_sources_parse_identically() {
    let Some(python) = python3() else { return };
    let lib = cpython_lib(&python);
    let files = [lib.join("weakref.py"), lib.join("_weakrefset.py")];
    let expected = cpython_ast_dumps(&python, &files);
    for (f, want) in files.iter().zip(&expected) {
        assert_eq!(dump(f, true).as_ref(), Ok(want), "{}", f.display());
    }
}

/// Parses every `Lib/*.py` of the local CPython and compares each AST with CPython's, reporting
/// the share that parses (a figure we track) and the first error of each file that does not.
#[test]
fn standard_library_parses_like_cpython() {
    let Some(python) = python3() else { return };
    let files = py_files(&cpython_lib(&python));
    let expected = cpython_ast_dumps(&python, &files);
    let mut parsed = 0;
    let mut differing = Vec::new();
    for (f, want) in files.iter().zip(&expected) {
        let name = file_name(f);
        match dump(f, true) {
            Ok(got) => {
                parsed += 1;
                if &got != want {
                    differing.push(name);
                }
            }
            Err(e) => {
                eprintln!("{name}: {}", e.lines().last().unwrap_or_default());
                differing.push(name);
            }
        }
    }
    let share = parsed as f64 / files.len() as f64;
    eprintln!("parsed {parsed} of {} Lib/*.py files ({:.1}%)", files.len(), share * 100.0);
    let unexpected: Vec<&String> =
        differing.iter().filter(|n| !KNOWN_DIFFERENCES.iter().any(|(k, _)| k == n)).collect();
    assert!(unexpected.is_empty(), "ASTs differ from CPython's for {unexpected:?}");
    assert!(share >= 0.98, "share fell to {share}");
}

#[test]
fn incomplete_input_is_told_apart_from_invalid_input() {
    let incomplete =
        ["if x:\n", "x = (1,\n", "def f():\n    return [\n", "s = '''abc\n", "x = 1 + \\\n", "@dec\n"];
    for src in incomplete {
        let e = lang::parse_module(src, "<stdin>").expect_err(src);
        assert!(e.incomplete, "{src:?} should ask for more input, got {}", e.render());
    }
    let invalid = ["x = )\n", "x = 'abc\n", "if x:\npass\n", "1 = 2\n", "x = (1 2\n"];
    for src in invalid {
        let e = lang::parse_module(src, "<stdin>").expect_err(src);
        assert!(!e.incomplete, "{src:?} is invalid whatever follows");
    }
}

#[test]
fn nesting_too_deep_is_an_error_not_a_crash() {
    let cases = [
        format!("x = {}1\n", "-".repeat(100_000)),
        format!("x = 1{}\n", "+1".repeat(100_000)),
        format!("x = a{}\n", ".b".repeat(100_000)),
        format!("x = {}1\n", "lambda:".repeat(100_000)),
        format!("x = {}\n", "(".repeat(10_000)),
        format!("x = f'{{{}1}}'\n", "-".repeat(100_000)),
    ];
    for src in &cases {
        let e = lang::parse_module(src, "deep.py").expect_err("too deep");
        assert!(
            e.msg.contains("recursion depth") || e.msg.contains("too many nested parentheses"),
            "{}",
            e.msg
        );
    }
    // Up to CPython's limit, nesting is fine.
    lang::parse_module(&format!("x = {}1\n", "-".repeat(2992)), "deep.py").expect("within the limit");
}

/// A small deterministic generator, so failures reproduce without a seed file.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const FRAGMENTS: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ":", ",", "\n", "    ", "\t", "\\\n", "'", "\"", "'''", "f'{", "}", "=",
    "**", "lambda", "if", "else", "for", "in", "yield", "*", "@", "#", "0x", "1e", "_", "é", "\r", ":=", "!",
    "async", "with (", "def f(", "class", "\u{a0}", "\0", "\\", "\"\"\"", "rb'", "{{", "}}", "not", "is",
    "del", ";",
];

#[test]
fn thousands_of_mutated_snippets_never_panic() {
    let mut sources: Vec<String> = py_files(&root().join("tests/syntax/valid"))
        .iter()
        .map(|f| String::from_utf8_lossy(&std::fs::read(f).expect("readable")).into_owned())
        .collect();
    sources.retain(|s| !s.is_empty());
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut errors = 0;
    for _ in 0..6000 {
        let mut s = sources[rng.below(sources.len())].clone();
        for _ in 0..1 + rng.below(4) {
            let mut at = rng.below(s.len() + 1);
            while !s.is_char_boundary(at) {
                at -= 1;
            }
            match rng.below(3) {
                0 => s.insert_str(at, FRAGMENTS[rng.below(FRAGMENTS.len())]),
                1 => {
                    let mut end = (at + rng.below(12)).min(s.len());
                    while !s.is_char_boundary(end) {
                        end -= 1;
                    }
                    s.replace_range(at..end, "");
                }
                _ => {
                    let piece: String = s[at..].chars().take(rng.below(20)).collect();
                    s.insert_str(at, &piece);
                }
            }
        }
        if lang::check_module(&s, "fuzz.py").is_err() {
            errors += 1;
        }
    }
    // Most mutations break the program; the point is that each one came back as a value.
    assert!(errors > 1000, "only {errors} mutations were rejected");
}

#[test]
fn arbitrary_bytes_never_panic() {
    let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
    for _ in 0..3000 {
        let len = rng.below(200);
        let bytes: Vec<u8> = (0..len)
            .map(|_| match rng.below(4) {
                0 => b"()[]{}:,=\n \t'\"\\#"[rng.below(16)],
                1 => b"abcdefxyz_019"[rng.below(13)],
                _ => (rng.next() & 0xff) as u8,
            })
            .collect();
        let _ = lang::check_module_bytes(&bytes, "fuzz.py");
    }
}

#[test]
fn undecodable_source_names_the_byte_and_line() {
    let e = lang::check_module_bytes(b"x = 1\ny = '\xff'\n", "bad.py").expect_err("not UTF-8");
    assert_eq!(
        e.render(),
        "SyntaxError: Non-UTF-8 code starting with '\\xff' in file bad.py on line 2, but no encoding \
         declared; see https://peps.python.org/pep-0263/ for details\n"
    );
    assert_eq!(e.offset, 12, "the offset counts bytes from the start of the file, 1-based");
}
