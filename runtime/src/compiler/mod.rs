//! AST to bytecode. One `Unit` per scope being compiled; names resolved by the symbol table.
//!
//! One `Compiler`, its methods grouped in files by the construct they compile, so that adding
//! a statement or expression touches its dispatch (`stmt.rs`, `expr.rs`) and one file.

mod assign;
mod blocks;
mod call;
mod class;
mod comprehension;
mod constants;
mod displays;
mod expr;
mod fold;
mod function;
mod fuse;
mod interner;
mod matching;
mod names;
pub mod scope;
mod stmt;
mod try_star;
mod unit;
mod warnings;

use std::collections::HashMap;
use std::sync::Arc;

use reap_lang::ast::*;
use reap_lang::span::Span;

use crate::heap::{Heap, ObjId};
use crate::object::code::{Code, CodeFlags, Instr};
use crate::value::Value;
pub use interner::Interner;
use scope::SymbolTable;
pub use warnings::CompileWarning;

#[derive(Debug)]
pub struct CompileError {
    pub msg: String,
    pub span: Span,
}

type CResult<T = ()> = Result<T, CompileError>;

pub struct Compiler<'a> {
    ellipsis: ObjId,
    /// Compiling a REPL entry: expression statements of the top-level code print their value
    /// (CPython's 'single' mode).
    interactive: bool,
    /// `-O`'s level (see `Mode`).
    optimize: u8,
    table: SymbolTable,
    filename: Arc<str>,
    heap: &'a mut Heap,
    interner: &'a mut Interner,
    /// String constants not interned, each made once per compilation (a reference of ours).
    strings: HashMap<String, ObjId>,
    /// Folded tuple constants, and bytes, big int and imaginary literals, each made once per
    /// compilation (a reference of ours).
    tuples: HashMap<fold::LitKey, ObjId>,
    /// The `SyntaxWarning`s found, for the VM to issue.
    warnings: Vec<CompileWarning>,
    /// The module's text: `from __future__ import annotations` keeps annotations as it.
    source: &'a str,
    /// The module began with `from __future__ import annotations`: annotations are not
    /// evaluated but kept as their source text (PEP 563).
    future_annotations: bool,
}

/// Whether the module's future statements (a docstring, then `from __future__ import ...`)
/// turn on PEP 563's string annotations.
fn wants_future_annotations(module: &Module) -> bool {
    use reap_lang::ast::{ExprKind, StmtKind};
    let mut body = module.body.iter().peekable();
    if let Some(first) = body.peek()
        && let StmtKind::Expr(e) = &first.kind
        && matches!(e.kind, ExprKind::Constant(reap_lang::ast::Constant::Str { .. }))
    {
        body.next();
    }
    body.map_while(|s| match &s.kind {
        StmtKind::ImportFrom { module: Some(m), names, level: 0 } if &**m == "__future__" => Some(names),
        _ => None,
    })
    .flatten()
    .any(|a| &*a.name == "annotations")
}

/// How to compile a module.
#[derive(Debug, Clone, Copy, Default)]
pub struct Mode {
    /// One entry of the REPL (CPython's 'single' mode).
    pub interactive: bool,
    /// `-O`: 1 leaves asserts out, 2 docstrings too.
    pub optimize: u8,
}

/// Compiles a module, or (`mode.interactive`) one entry of the REPL.
pub fn compile_module_mode(
    module: &Module,
    filename: &str,
    heap: &mut Heap,
    interner: &mut Interner,
    ellipsis: ObjId,
    mode: Mode,
    source: &str,
) -> CResult<(Arc<Code>, Vec<CompileWarning>)> {
    let table = SymbolTable::build(module).map_err(|e| CompileError { msg: e.msg, span: e.span })?;
    let strings = HashMap::new();
    let future_annotations = wants_future_annotations(module);
    let mut c = Compiler {
        ellipsis,
        interactive: mode.interactive,
        optimize: mode.optimize,
        table,
        filename: filename.into(),
        heap,
        interner,
        strings,
        tuples: HashMap::new(),
        warnings: Vec::new(),
        source,
        future_annotations,
    };
    let code = c.module(module);
    // The code holds its own references; ours go (the VM releases them with dead code's).
    let ours = c
        .strings
        .drain()
        .map(|(_, id)| id)
        .chain(c.tuples.drain().map(|(_, id)| id))
        .map(Value::Obj)
        .collect();
    c.heap.dead_code.bury(ours, None);
    code.map(|code| (code, c.warnings))
}

impl Compiler<'_> {
    fn module(&mut self, module: &Module) -> CResult<Arc<Code>> {
        let mut unit = self.new_unit(0, "<module>".into());
        // A REPL entry has no docstring: a string typed alone is echoed, as in CPython.
        let doc = if self.interactive { None } else { self.docstring(&module.body) };
        if module.body.iter().any(has_annotation) {
            self.emit(&mut unit, Instr::SetupAnnotations);
        }
        if let Some(doc) = doc {
            self.load_const(&mut unit, doc);
            let i = self.name(&mut unit, "__doc__");
            self.emit(&mut unit, Instr::StoreName(i));
        }
        let body = if doc.is_some() { &module.body[1..] } else { &module.body[..] };
        self.stmts(&mut unit, body)?;
        self.load_const(&mut unit, Value::None);
        self.emit(&mut unit, Instr::Return);
        let flags = CodeFlags { uses_locals_dict: true, ..CodeFlags::default() };
        Ok(self.finish(unit, "<module>", 0, 1, flags, Value::None))
    }
}

fn has_annotation(s: &Stmt) -> bool {
    matches!(s.kind, StmtKind::AnnAssign { .. })
}
