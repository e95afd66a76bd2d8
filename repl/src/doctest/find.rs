//! The docstrings of a Python file that `doctest` tests, found in its syntax tree: the
//! module's, and those of the functions and classes it defines at its top level, and of their
//! methods, nested classes and properties, named `mod.func`, `mod.Class.method`, and placed at
//! the line doctest gives them (the first line at or below the `def`, or the first `class`
//! line of that name, that starts a string).

use reap_runtime::lang;
use reap_runtime::lang::ast::{Constant, ExprKind, Stmt, StmtKind};

/// One docstring to test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Docstring {
    pub name: String,
    pub text: String,
    /// The 0-based line its examples count from; `None` where doctest cannot tell (a property).
    pub lineno: Option<usize>,
}

/// The docstrings of `source` (module `module`), sorted by name as doctest runs them; an
/// error is the syntax error's report.
pub fn docstrings(source: &str, module: &str, filename: &str) -> Result<Vec<Docstring>, String> {
    let tree = lang::parse_module(source, filename).map_err(|e| e.render())?;
    let lines: Vec<&str> = source.split_inclusive('\n').collect();
    let mut found = Vec::new();
    // Without a docstring, an item is still a test, of no examples (`-v` lists it).
    let text = docstring(&tree.body).unwrap_or_default();
    let lineno = if text.is_empty() { None } else { string_start(&lines, 0) };
    found.push(Docstring { name: module.to_string(), text, lineno });
    scope(&tree.body, module, &lines, &mut found);
    // A name defined twice is tested once, as the namespace holds only the last definition.
    let mut by_name: Vec<Docstring> = Vec::new();
    for d in found {
        match by_name.iter_mut().find(|e| e.name == d.name) {
            Some(e) => *e = d,
            None => by_name.push(d),
        }
    }
    by_name.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(by_name)
}

/// The docstring a body starts with, if any.
fn docstring(body: &[Stmt]) -> Option<String> {
    let StmtKind::Expr(e) = &body.first()?.kind else { return None };
    match &e.kind {
        ExprKind::Constant(Constant::Str { value, .. }) => Some(value.clone()),
        _ => None,
    }
}

/// The functions and classes of a module or class body, and what their classes hold.
fn scope(body: &[Stmt], prefix: &str, lines: &[&str], found: &mut Vec<Docstring>) {
    for stmt in body {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => {
                let decorators: Vec<String> = def.decorator_list.iter().map(decorator_name).collect();
                // `@x.setter` keeps the property `x` and its docstring.
                if decorators.iter().any(|d| d.ends_with(".setter") || d.ends_with(".deleter")) {
                    continue;
                }
                let Some(text) = docstring(&def.body) else {
                    found.push(Docstring {
                        name: format!("{prefix}.{}", def.name),
                        text: String::new(),
                        lineno: None,
                    });
                    continue;
                };
                let lineno = if decorators.iter().any(|d| d == "property") {
                    None
                } else {
                    // A function's code starts at its first decorator.
                    let first = def
                        .decorator_list
                        .iter()
                        .map(|d| d.span.start.line)
                        .chain([stmt.span.start.line])
                        .min();
                    first.and_then(|l| string_start(lines, (l as usize).saturating_sub(1)))
                };
                found.push(Docstring { name: format!("{prefix}.{}", def.name), text, lineno });
            }
            StmtKind::ClassDef(class) => {
                let name = format!("{prefix}.{}", class.name);
                let text = docstring(&class.body).unwrap_or_default();
                let lineno = class_line(lines, &class.name).and_then(|l| string_start(lines, l));
                found.push(Docstring { name: name.clone(), text, lineno });
                scope(&class.body, &name, lines, found);
            }
            _ => {}
        }
    }
}

/// `property`, `x.setter`, `staticmethod`: a decorator's dotted name (empty for a call).
fn decorator_name(e: &lang::ast::Expr) -> String {
    match &e.kind {
        ExprKind::Name { id, .. } => id.to_string(),
        ExprKind::Attribute { value, attr, .. } => format!("{}.{attr}", decorator_name(value)),
        _ => String::new(),
    }
}

/// The first line (0-based) matching `^\s*class\s*NAME\b`, as doctest looks for a class.
fn class_line(lines: &[&str], name: &str) -> Option<usize> {
    lines.iter().position(|line| {
        let Some(rest) = line.trim_start().strip_prefix("class") else { return false };
        let Some(after) = rest.trim_start().strip_prefix(name) else { return false };
        !after.starts_with(|c: char| c.is_alphanumeric() || c == '_')
    })
}

/// From line `from` on, the first that starts a string: `(^|.*:)\s*\w*("|')`.
fn string_start(lines: &[&str], from: usize) -> Option<usize> {
    (from..lines.len()).find(|&i| {
        let line = lines[i].trim_end_matches('\n');
        let starts = std::iter::once(0).chain(line.match_indices(':').map(|(at, _)| at + 1));
        starts.into_iter().any(|at| {
            let rest = line[at..].trim_start();
            let rest = rest.trim_start_matches(|c: char| c.is_alphanumeric() || c == '_');
            rest.starts_with(['"', '\''])
        })
    })
}

#[cfg(test)]
mod tests {
    use super::docstrings;

    #[test]
    fn docstrings_are_named_and_placed_as_doctest_does() {
        let src = "\"\"\"Module.\"\"\"\n\n@deco\ndef f():\n    '''F.'''\n\nclass C:\n    \"\"\"C.\"\"\"\n    def m(self):\n        \"M.\"\n    @property\n    def p(self):\n        \"P.\"\n";
        let d = docstrings(src, "mod", "mod.py").unwrap();
        let got: Vec<(&str, Option<usize>)> = d.iter().map(|d| (d.name.as_str(), d.lineno)).collect();
        assert_eq!(
            got,
            vec![
                ("mod", Some(0)),
                ("mod.C", Some(7)),
                ("mod.C.m", Some(9)),
                ("mod.C.p", None),
                ("mod.f", Some(4))
            ]
        );
        let bare = docstrings("def g():\n    pass\n", "m", "m.py").unwrap();
        assert_eq!(bare.iter().map(|d| d.name.as_str()).collect::<Vec<_>>(), ["m", "m.g"]);
        assert!(docstrings("def (:\n", "m", "m.py").is_err());
    }
}
