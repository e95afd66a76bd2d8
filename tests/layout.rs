//! The runtime's layout rules, checked on its sources (ARCHITECTURE.md, "The runtime's layers"):
//! each layer imports only from the layers below it, no file is over 1,200 lines, and no
//! function over 200 except the evaluation loop's `run_steps`.

use std::fs;
use std::path::{Path, PathBuf};

/// Bottom first. `lib` and `embed` are the public API at the top.
const LAYERS: &[&str] = &["value", "object", "heap", "compiler", "vm", "types", "modules", "embed", "lib"];

/// Within a layer, these sit above the others they may use (`modules` may use `types`).
fn rank(top: &str) -> Option<usize> {
    LAYERS.iter().position(|&l| l == top)
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn runtime_sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime/src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    files.sort();
    assert!(files.len() > 50, "found the runtime's sources");
    files
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(&root).unwrap_or(&p).to_string_lossy().replace('\\', "/");
            (rel, fs::read_to_string(&p).unwrap_or_default())
        })
        .collect()
}

/// The top-level module a file belongs to: `vm/eval.rs` -> `vm`, `lib.rs` -> `lib`.
fn top_of(rel: &str) -> &str {
    rel.split('/').next().unwrap_or(rel).trim_end_matches(".rs")
}

/// The top-level modules a file names through `crate::`.
fn crate_refs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            rest = &rest[i + "crate::".len()..];
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if name == "lang" {
                // The crate root's re-export of the front end: name it `reap_lang` instead.
                out.push("lib".to_string());
            } else if !name.is_empty() && rank(&name).is_some() {
                out.push(name);
            } else if name.starts_with(|c: char| c.is_ascii_uppercase()) {
                // An item of the crate root (`crate::Interpreter`): the top layer.
                out.push("lib".to_string());
            }
        }
    }
    out
}

#[test]
fn each_layer_imports_only_from_the_layers_below() {
    let mut wrong = Vec::new();
    for (rel, text) in runtime_sources() {
        let top = top_of(&rel);
        let Some(mine) = rank(top) else { continue };
        for r in crate_refs(&text) {
            let theirs = rank(&r).unwrap_or(0);
            // `lib.rs` re-exports the API; everything else points down.
            if theirs > mine || (theirs == mine && r != top) {
                wrong.push(format!("{rel} uses crate::{r}"));
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "imports that run back up:\n{}", wrong.join("\n"));
}

#[test]
fn no_file_is_over_1200_lines() {
    let long: Vec<String> = runtime_sources()
        .into_iter()
        .filter(|(_, t)| t.lines().count() > 1200)
        .map(|(rel, t)| format!("{rel}: {} lines", t.lines().count()))
        .collect();
    assert!(long.is_empty(), "{}", long.join("\n"));
}

/// Lines of each function (from its `fn` line to its closing brace), by brace counting on the
/// code with strings, characters and comments taken out.
fn function_lengths(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<String> = text.lines().map(strip_literals).collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim_start();
        let Some(at) = t.find("fn ") else { continue };
        let head = &t[..at];
        if !head.split_whitespace().all(|w| matches!(w, "pub" | "pub(crate)" | "const" | "unsafe" | "async"))
        {
            continue;
        }
        let name: String = t[at + 3..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        let (mut depth, mut opened) = (0i64, false);
        for (j, l) in lines.iter().enumerate().skip(i) {
            if !opened && l.trim_end().ends_with(';') {
                break;
            }
            for c in l.chars() {
                match c {
                    '{' => {
                        depth += 1;
                        opened = true;
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
            }
            if opened && depth <= 0 {
                out.push((name.clone(), j - i + 1));
                break;
            }
        }
    }
    out
}

fn strip_literals(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                while let Some(d) = chars.next() {
                    if d == '\\' {
                        chars.next();
                    } else if d == '"' {
                        break;
                    }
                }
            }
            '\'' => {
                // A char literal ('x', '\n', '{'); a lifetime has no closing quote soon after.
                let ahead: String = chars.clone().take(4).collect();
                if let Some(end) = ahead.find('\'')
                    && end <= 2
                {
                    for _ in 0..=end {
                        chars.next();
                    }
                }
            }
            '/' if chars.peek() == Some(&'/') => break,
            _ => out.push(c),
        }
    }
    out
}

#[test]
fn no_function_is_over_200_lines_but_the_evaluation_loop() {
    let mut long = Vec::new();
    for (rel, text) in runtime_sources() {
        for (name, n) in function_lengths(&text) {
            if n > 200 && !(rel == "vm/eval.rs" && name == "run_steps") {
                long.push(format!("{rel}: fn {name} is {n} lines"));
            }
        }
    }
    assert!(long.is_empty(), "{}", long.join("\n"));
}

#[test]
fn the_checks_see_what_they_look_for() {
    let f = "pub fn a() {\n    let s = \"}\";\n    if x { y }\n}\nfn b();\n";
    assert_eq!(function_lengths(f), vec![("a".to_string(), 4)]);
    assert_eq!(crate_refs("use crate::vm::Vm; // crate::embed\nlet x = crate::object::X;"), ["vm", "object"]);
    assert_eq!(crate_refs("use crate::Interpreter;"), ["lib"]);
    assert_eq!(top_of("vm/eval.rs"), "vm");
    assert_eq!(top_of("lib.rs"), "lib");
}
