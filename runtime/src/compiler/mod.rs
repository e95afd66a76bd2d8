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
mod function;
mod interner;
mod names;
pub mod scope;
mod stmt;
mod unit;

use std::sync::Arc;

use reap_lang::ast::*;
use reap_lang::span::Span;

use crate::heap::{Heap, ObjId};
use crate::object::code::{Code, CodeFlags, Instr};
use crate::value::Value;
pub use interner::Interner;
use scope::SymbolTable;

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
    table: SymbolTable,
    filename: Arc<str>,
    heap: &'a mut Heap,
    interner: &'a mut Interner,
}

/// Compiles a module, or (`interactive`) one entry of the REPL.
pub fn compile_module_mode(
    module: &Module,
    filename: &str,
    heap: &mut Heap,
    interner: &mut Interner,
    ellipsis: ObjId,
    interactive: bool,
) -> CResult<Arc<Code>> {
    let table = SymbolTable::build(module).map_err(|e| CompileError { msg: e.msg, span: e.span })?;
    let mut c = Compiler { ellipsis, interactive, table, filename: filename.into(), heap, interner };
    let mut unit = c.new_unit(0, "<module>".into());
    let doc = c.docstring(&module.body);
    if module.body.iter().any(has_annotation) {
        c.emit(&mut unit, Instr::SetupAnnotations);
    }
    if let Some(doc) = doc {
        c.load_const(&mut unit, doc);
        let i = c.name(&mut unit, "__doc__");
        c.emit(&mut unit, Instr::StoreName(i));
    }
    let body = if doc.is_some() { &module.body[1..] } else { &module.body[..] };
    c.stmts(&mut unit, body)?;
    c.load_const(&mut unit, Value::None);
    c.emit(&mut unit, Instr::Return);
    let code = c.finish(
        unit,
        "<module>",
        0,
        1,
        CodeFlags { uses_locals_dict: true, ..CodeFlags::default() },
        Value::None,
    );
    Ok(code)
}

fn has_annotation(s: &Stmt) -> bool {
    matches!(s.kind, StmtKind::AnnAssign { .. })
}
