//! A unit: the code of one scope while it is compiled, and what turns it into a code object.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::AtomicU32;

use reap_lang::ast::Stmt;
use reap_lang::span::Span;

use super::Compiler;

use super::scope::ScopeKind;
use crate::heap::ObjId;
use crate::object::code::{Code, CodeFlags, Constants, Instr};
use crate::value::Value;

pub(super) struct Unit<'a> {
    pub(super) scope: usize,
    pub(super) instrs: Vec<Instr>,
    pub(super) spans: Vec<Span>,
    pub(super) consts: Constants,
    pub(super) codes: Vec<Arc<Code>>,
    pub(super) names: Vec<ObjId>,
    pub(super) name_strs: Vec<String>,
    pub(super) name_index: HashMap<String, u32>,
    pub(super) varnames: Vec<String>,
    pub(super) cells: Vec<String>,
    pub(super) freevars: Vec<String>,
    pub(super) blocks: Vec<FBlock<'a>>,
    /// How many blocks CPython's compiler would have open here (its `u_nfblocks`): loops,
    /// `with` items, `try` bodies and handlers, `finally` bodies. At most 20 per function.
    pub(super) nested_blocks: usize,
    pub(super) span: Span,
    pub(super) qualname: String,
}

impl<'a> Compiler<'a> {
    pub(super) fn new_unit<'b>(&self, scope: usize, qualname: String) -> Unit<'b> {
        let s = &self.table.scopes[scope];
        let mut cells = s.cellvars.clone();
        cells.sort();
        Unit {
            scope,
            instrs: Vec::new(),
            spans: Vec::new(),
            consts: Constants::new(&self.heap.dead_code),
            codes: Vec::new(),
            names: Vec::new(),
            name_strs: Vec::new(),
            name_index: HashMap::new(),
            varnames: s.varnames.clone(),
            cells,
            freevars: s.freevars.clone(),
            blocks: Vec::new(),
            nested_blocks: 0,
            span: Span::default(),
            qualname,
        }
    }

    pub(super) fn finish(
        &mut self,
        mut u: Unit<'_>,
        name: &str,
        argcount: u32,
        first_line: u32,
        flags: CodeFlags,
        doc: Value,
    ) -> Arc<Code> {
        // The code owns its docstring as one of its constants, as CPython's does.
        if let Value::Obj(_) = doc {
            self.const_index(&mut u, doc);
        }
        // Parameters that are also cells start out in their cell; the parameters are the first
        // varnames of a function scope (positional, keyword-only, `*args`, `**kwargs`).
        let nparams = self.table.scopes[u.scope].param_count;
        let cell_params = u
            .cells
            .iter()
            .enumerate()
            .filter_map(|(ci, c)| u.varnames.iter().position(|v| v == c).map(|vi| (ci as u32, vi as u32)))
            .filter(|&(_, vi)| (vi as usize) < nparams)
            .collect();
        super::fuse::fuse(&mut u.instrs);
        Arc::new(Code {
            name: name.into(),
            qualname: u.qualname.into(),
            filename: self.filename.clone(),
            first_line,
            instrs: u.instrs,
            spans: u.spans,
            consts: u.consts,
            codes: u.codes,
            cache_base: AtomicU32::new(u32::MAX),
            names: u.names,
            name_strs: u.name_strs,
            varnames: u.varnames,
            cellvars: u.cells,
            freevars: u.freevars,
            cell_params,
            argcount,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags,
            doc,
        })
    }

    pub(super) fn emit(&mut self, u: &mut Unit<'_>, i: Instr) -> usize {
        u.instrs.push(i);
        u.spans.push(u.span);
        u.instrs.len() - 1
    }

    pub(super) fn here(u: &Unit<'_>) -> u32 {
        u.instrs.len() as u32
    }

    /// Points the jump at `at` to the current position.
    pub(super) fn patch(u: &mut Unit<'_>, at: usize) {
        let target = u.instrs.len() as u32;
        Self::patch_to(u, at, target);
    }

    pub(super) fn patch_to(u: &mut Unit<'_>, at: usize, target: u32) {
        u.instrs[at] = match u.instrs[at] {
            Instr::Jump(_) => Instr::Jump(target),
            Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(target),
            Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(target),
            Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(target),
            Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(target),
            Instr::ForIter(_) => Instr::ForIter(target),
            Instr::SetupExcept(_) => Instr::SetupExcept(target),
            Instr::ExcStarMatch(_) => Instr::ExcStarMatch(target),
            Instr::SetupFinally(_) => Instr::SetupFinally(target),
            Instr::SetupWith(_) => Instr::SetupWith(target),
            Instr::WithExcept(_) => Instr::WithExcept(target),
            Instr::SetupAsyncWith(_) => Instr::SetupAsyncWith(target),
            Instr::AsyncWithExceptEnd(_) => Instr::AsyncWithExceptEnd(target),
            other => other,
        };
    }

    pub(super) fn child_qualname(&self, u: &Unit<'_>, name: &str) -> String {
        let scope = &self.table.scopes[u.scope];
        match scope.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{name}", u.qualname),
            ScopeKind::Function => format!("{}.<locals>.{name}", u.qualname),
        }
    }
}

/// What a `return`, `break` or `continue` must undo on its way out.
pub(super) enum FBlock<'a> {
    Loop {
        start: u32,
        breaks: Vec<usize>,
    },
    /// A `SetupExcept`/`SetupFinally`/`SetupWith` block is active.
    Try,
    /// A `finally` body to run on the way out.
    Finally(&'a [Stmt]),
    /// Inside an `except` clause: the handled exception must be popped, and the name it was
    /// bound to (`except E as name`) unbound, so that a `return` from the clause leaves no
    /// cycle from the frame through the exception's traceback back to the frame.
    Handler(Option<&'a str>),
    /// Inside an `except*` clause, which no `return`, `break` or `continue` may leave.
    ExceptStar,
    With,
    AsyncWith,
    /// Inside a loop's iterator: `ForIter` holds the iterator on the stack.
    ForIter,
    /// A `finally` body run by a `return` on its way out, the value to return under it: a
    /// `break` or `continue` in the body drops that value (CPython's `POP_VALUE`).
    PopValue,
}
