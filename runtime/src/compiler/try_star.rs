//! `try` with `except*` clauses (PEP 654), compiled as CPython 3.11 does: each clause takes the
//! part of the exception group its types match, exceptions its body raises are collected, and
//! what is left at the end is raised again as one group (`vm/exc_group.rs`).
//!
//! The stack through the clauses is `orig, raised, rest`: the exception caught, the list of
//! what the clauses raised, and the part of `orig` no clause has matched yet.

use reap_lang::ast::*;
use reap_lang::span::Span;

use super::unit::{FBlock, Unit};
use super::{CResult, CompileError, Compiler};
use crate::object::code::Instr;
use crate::value::Value;

/// CPython's compiler error for leaving an `except*` clause by a jump.
pub(super) const JUMP_OUT_OF_EXCEPT_STAR: &str =
    "'break', 'continue' and 'return' cannot appear in an except* block";

impl<'a> Compiler<'a> {
    /// The clauses of a `try` whose handlers are `except*`: the caller has opened the `finally`
    /// block, if any, around it.
    pub(super) fn try_star_handlers<'s>(&mut self, u: &mut Unit<'s>, t: &'s Try, span: Span) -> CResult {
        let setup = self.emit(u, Instr::SetupExcept(0));
        u.blocks.push(FBlock::Try);
        Self::open_block(u, span)?;
        self.stmts(u, &t.body)?;
        u.nested_blocks -= 1;
        u.blocks.pop();
        self.emit(u, Instr::PopBlock);
        self.stmts(u, &t.orelse)?;
        let end = self.emit(u, Instr::Jump(0));
        Self::patch(u, setup);
        Self::open_block(u, span)?;
        u.span = span;
        self.emit(u, Instr::ExcStarBegin);
        for h in &t.handlers {
            let Some(ty) = &h.type_ else { continue };
            self.expr(u, ty)?;
            u.span = h.span;
            let no_match = self.emit(u, Instr::ExcStarMatch(0));
            match &h.name {
                Some(n) => self.store_name(u, n),
                None => {
                    self.emit(u, Instr::Pop);
                }
            }
            // What the body raises joins the list; the clauses after it still run.
            let cleanup = self.emit(u, Instr::SetupExcept(0));
            u.blocks.push(FBlock::ExceptStar);
            Self::open_block(u, h.span)?;
            self.stmts(u, &h.body)?;
            u.nested_blocks -= 1;
            u.blocks.pop();
            self.emit(u, Instr::PopBlock);
            self.unbind_handler_name(u, h.name.as_deref());
            let next = self.emit(u, Instr::Jump(0));
            Self::patch(u, cleanup);
            self.unbind_handler_name(u, h.name.as_deref());
            self.emit(u, Instr::ExcStarAppend);
            Self::patch(u, next);
            Self::patch(u, no_match);
        }
        u.nested_blocks -= 1;
        u.span = span;
        self.emit(u, Instr::ExcStarEnd);
        Self::patch(u, end);
        Ok(())
    }

    /// `except* E as name:` unbinds the name however the clause ends.
    fn unbind_handler_name(&mut self, u: &mut Unit<'_>, name: Option<&str>) {
        if let Some(n) = name {
            self.load_const(u, Value::None);
            self.store_name(u, n);
            self.delete_name(u, n);
        }
    }

    /// A `return` inside an `except*` clause is an error at compile time; CPython places it at
    /// the returned constant when there is one on the statement's line.
    pub(super) fn check_return_in_except_star(u: &Unit<'_>, value: Option<&Expr>, span: Span) -> CResult {
        if !u.blocks.iter().any(|b| matches!(b, FBlock::ExceptStar)) {
            return Ok(());
        }
        let span = match value {
            Some(v) if matches!(v.kind, ExprKind::Constant(_)) && v.span.start.line == span.start.line => {
                v.span
            }
            _ => span,
        };
        Err(CompileError { msg: JUMP_OUT_OF_EXCEPT_STAR.into(), span })
    }
}
