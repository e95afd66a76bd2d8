//! Statements: the dispatch on their kind, and the simple ones (`if`, loops, `return`, `raise`,
//! `assert`, `def`, imports). Assignments, blocks, functions and classes have files of their own.

use reap_lang::ast::*;
use reap_lang::span::Span;

use super::function::{FunctionBody, FunctionParts};
use super::scope::node_key;
use super::unit::FBlock;
use super::unit::Unit;
use super::{CResult, CompileError, Compiler};
use crate::object::code::Instr;
use crate::value::Value;

impl<'a> Compiler<'a> {
    pub(super) fn stmts<'s>(&mut self, u: &mut Unit<'s>, body: &'s [Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.stmt(u, s))
    }

    pub(super) fn stmt<'s>(&mut self, u: &mut Unit<'s>, s: &'s Stmt) -> CResult {
        u.span = s.span;
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(u, e)?;
                self.emit(u, if self.interactive && u.scope == 0 { Instr::PrintExpr } else { Instr::Pop });
            }
            StmtKind::Pass => {}
            StmtKind::Assign { targets, value } => self.assign(u, targets, value)?,
            StmtKind::AugAssign { target, op, value } => self.aug_assign(u, target, *op, value, s.span)?,
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.ann_assign(u, target, annotation, value.as_ref(), *simple)?
            }
            StmtKind::If { test, body, orelse } => self.if_stmt(u, test, body, orelse)?,
            StmtKind::While { test, body, orelse } => self.while_stmt(u, test, body, orelse, s.span)?,
            StmtKind::For(f) => self.for_stmt(u, f, s.span)?,
            StmtKind::Break | StmtKind::Continue => {
                let is_break = matches!(s.kind, StmtKind::Break);
                self.unwind_to_loop(u, is_break)?;
            }
            StmtKind::Return(v) => self.return_stmt(u, v.as_ref(), s.span)?,
            StmtKind::FunctionDef(f) => self.function_def(u, s, f)?,
            StmtKind::ClassDef(c) => self.class_def(u, s, c)?,
            StmtKind::Raise { exc, cause } => self.raise_stmt(u, exc.as_ref(), cause.as_ref(), s.span)?,
            StmtKind::Try(t) => self.try_stmt(u, t, s.span)?,
            StmtKind::With { items, body, is_async: false } => self.with_stmt(u, items, body, s.span)?,
            StmtKind::With { items, body, is_async: true } => self.async_with_stmt(u, items, body, s.span)?,
            StmtKind::Match(m) => self.match_stmt(u, m)?,
            StmtKind::Assert { test, msg } => self.assert_stmt(u, test, msg.as_ref(), s.span)?,
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(u, t)?;
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Import(names) => self.import(u, names),
            StmtKind::ImportFrom { module, names, level } => {
                self.import_from(u, module.as_deref(), names, *level)
            }
        }
        Ok(())
    }

    fn if_stmt<'s>(
        &mut self,
        u: &mut Unit<'s>,
        test: &'s Expr,
        body: &'s [Stmt],
        orelse: &'s [Stmt],
    ) -> CResult {
        let jf = self.jump_if(u, test, false)?;
        self.stmts(u, body)?;
        if orelse.is_empty() {
            for jf in jf {
                Self::patch(u, jf);
            }
        } else {
            let j = self.emit(u, Instr::Jump(0));
            for jf in jf {
                Self::patch(u, jf);
            }
            self.stmts(u, orelse)?;
            Self::patch(u, j);
        }
        Ok(())
    }

    fn while_stmt<'s>(
        &mut self,
        u: &mut Unit<'s>,
        test: &'s Expr,
        body: &'s [Stmt],
        orelse: &'s [Stmt],
        span: Span,
    ) -> CResult {
        let start = Self::here(u);
        let jf = self.jump_if(u, test, false)?;
        u.blocks.push(FBlock::Loop { start, breaks: Vec::new() });
        Self::open_block(u, span)?;
        self.stmts(u, body)?;
        u.nested_blocks -= 1;
        self.emit(u, Instr::Jump(start));
        let Some(FBlock::Loop { breaks, .. }) = u.blocks.pop() else { unreachable!("loop block") };
        for jf in jf {
            Self::patch(u, jf);
        }
        self.stmts(u, orelse)?;
        for b in breaks {
            Self::patch(u, b);
        }
        Ok(())
    }

    fn for_stmt<'s>(&mut self, u: &mut Unit<'s>, f: &'s For, span: Span) -> CResult {
        if f.is_async {
            return self.async_for_stmt(u, f, span);
        }
        self.iterable(u, &f.iter)?;
        // A value that is not iterable is reported at the whole statement (no carets), as
        // CPython reports it.
        u.span = span;
        self.emit(u, Instr::GetIter);
        let start = Self::here(u);
        u.span = span;
        let fi = self.emit(u, Instr::ForIter(0));
        u.blocks.push(FBlock::ForIter);
        u.blocks.push(FBlock::Loop { start, breaks: Vec::new() });
        Self::open_block(u, span)?;
        self.store_target(u, &f.target)?;
        self.stmts(u, &f.body)?;
        u.nested_blocks -= 1;
        self.emit(u, Instr::Jump(start));
        let Some(FBlock::Loop { breaks, .. }) = u.blocks.pop() else { unreachable!("loop block") };
        u.blocks.pop();
        Self::patch(u, fi);
        self.stmts(u, &f.orelse)?;
        let end = Self::here(u);
        for b in breaks {
            Self::patch_to(u, b, end);
        }
        Ok(())
    }

    /// `async for`: each item is the awaited `__anext__()`, until it raises
    /// `StopAsyncIteration`.
    fn async_for_stmt<'s>(&mut self, u: &mut Unit<'s>, f: &'s For, span: Span) -> CResult {
        self.expr(u, &f.iter)?;
        u.span = f.iter.span;
        self.emit(u, Instr::GetAIter);
        let start = Self::here(u);
        u.span = span;
        let setup = self.emit(u, Instr::SetupExcept(0));
        self.emit(u, Instr::GetANext);
        self.await_top(u);
        self.emit(u, Instr::PopBlock);
        u.blocks.push(FBlock::ForIter);
        u.blocks.push(FBlock::Loop { start, breaks: Vec::new() });
        Self::open_block(u, span)?;
        self.store_target(u, &f.target)?;
        self.stmts(u, &f.body)?;
        u.nested_blocks -= 1;
        self.emit(u, Instr::Jump(start));
        let Some(FBlock::Loop { breaks, .. }) = u.blocks.pop() else { unreachable!("loop block") };
        u.blocks.pop();
        Self::patch(u, setup);
        u.span = span;
        self.emit(u, Instr::EndAsyncFor);
        self.stmts(u, &f.orelse)?;
        let end = Self::here(u);
        for b in breaks {
            Self::patch_to(u, b, end);
        }
        Ok(())
    }

    fn return_stmt<'s>(&mut self, u: &mut Unit<'s>, value: Option<&'s Expr>, span: Span) -> CResult {
        let scope = &self.table.scopes[u.scope];
        if scope.is_async && scope.has_yield && value.is_some() {
            return Err(CompileError { msg: "'return' with value in async generator".into(), span });
        }
        Self::check_return_in_except_star(u, value, span)?;
        match value {
            Some(v) => self.expr(u, v)?,
            None => self.load_const(u, Value::None),
        }
        self.unwind_all(u)?;
        u.span = span;
        self.emit(u, Instr::Return);
        Ok(())
    }

    fn function_def<'s>(&mut self, u: &mut Unit<'s>, s: &'s Stmt, f: &'s FunctionDef) -> CResult {
        for d in &f.decorator_list {
            self.expr(u, d)?;
        }
        let parts = FunctionParts {
            name: &f.name,
            args: &f.args,
            returns: f.returns.as_ref(),
            body: FunctionBody::Stmts(&f.body),
            first_line: f.decorator_list.first().map_or(s.span.start.line, |d| d.span.start.line),
        };
        self.function(u, node_key(s), parts, s.span)?;
        self.apply_decorators(u, &f.decorator_list);
        u.span = s.span;
        self.store_name(u, &f.name);
        Ok(())
    }

    /// Calls the decorators on what is on the stack, innermost first, each call placed at its
    /// decorator (a decorator that raises is reported at its `@` line, as in CPython).
    pub(super) fn apply_decorators(&mut self, u: &mut Unit<'_>, decorators: &[Expr]) {
        for d in decorators.iter().rev() {
            u.span = d.span;
            self.emit(u, Instr::Call(1));
        }
    }

    fn raise_stmt<'s>(
        &mut self,
        u: &mut Unit<'s>,
        exc: Option<&'s Expr>,
        cause: Option<&'s Expr>,
        span: Span,
    ) -> CResult {
        let n = match (exc, cause) {
            (None, _) => 0,
            (Some(e), None) => {
                self.expr(u, e)?;
                1
            }
            (Some(e), Some(c)) => {
                self.expr(u, e)?;
                self.expr(u, c)?;
                2
            }
        };
        u.span = span;
        self.emit(u, Instr::Raise(n));
        Ok(())
    }

    fn assert_stmt<'s>(
        &mut self,
        u: &mut Unit<'s>,
        test: &'s Expr,
        msg: Option<&'s Expr>,
        span: Span,
    ) -> CResult {
        // `-O`: asserts are not compiled at all (their expressions never run).
        if self.optimize > 0 {
            return Ok(());
        }
        self.check_assert(test, span);
        let ok = self.jump_if(u, test, true)?;
        let at = assert_location(test).unwrap_or(span);
        u.span = at;
        self.emit(u, Instr::LoadAssertionError);
        if let Some(m) = msg {
            self.expr(u, m)?;
            u.span = at;
            self.emit(u, Instr::Call(1));
        }
        self.emit(u, Instr::Raise(1));
        for ok in ok {
            Self::patch(u, ok);
        }
        Ok(())
    }

    fn import(&mut self, u: &mut Unit<'_>, names: &[Alias]) {
        for a in names {
            let none = self.const_index(u, Value::None);
            // A failed import is placed at the whole statement, as CPython's (no markers).
            let name = self.name(u, &a.name);
            self.emit(u, Instr::LoadConst(none));
            self.emit(u, Instr::ImportName { name, level: 0 });
            match &a.asname {
                Some(asname) => {
                    // `import a.b as c` binds the submodule.
                    for part in a.name.split('.').skip(1) {
                        let i = self.name(u, part);
                        self.emit(u, Instr::ImportFrom(i));
                        self.emit(u, Instr::Rot2);
                        self.emit(u, Instr::Pop);
                    }
                    self.store_name(u, asname);
                }
                None => {
                    let first = a.name.split('.').next().unwrap_or(&a.name).to_string();
                    self.store_name(u, &first);
                }
            }
        }
    }

    fn import_from(&mut self, u: &mut Unit<'_>, module: Option<&str>, names: &[Alias], level: u32) {
        let fromlist: Vec<Value> = names.iter().map(|a| self.str_const(&a.name)).collect();
        let fl = self.tuple_const(u, fromlist);
        let name = self.name(u, module.unwrap_or(""));
        self.emit(u, Instr::LoadConst(fl));
        // A level past any package's depth fails the same way, saturated or not.
        let level = u16::try_from(level).unwrap_or(u16::MAX);
        self.emit(u, Instr::ImportName { name, level });
        if names.len() == 1 && &*names[0].name == "*" {
            self.emit(u, Instr::ImportStar);
        } else {
            for a in names {
                let i = self.name(u, &a.name);
                self.emit(u, Instr::ImportFrom(i));
                self.store_name(u, a.asname.as_deref().unwrap_or(&a.name));
            }
            self.emit(u, Instr::Pop);
        }
    }
}

/// Where CPython places a failed `assert`: at the last comparison its conditional jump looked
/// through (`not`, `and`/`or` operands, the parts of a conditional expression), else at the
/// statement, which a traceback then shows without markers.
fn assert_location(test: &Expr) -> Option<Span> {
    match &test.kind {
        ExprKind::Compare { .. } => Some(test.span),
        ExprKind::UnaryOp { op: UnaryOp::Not, operand } => assert_location(operand),
        ExprKind::BoolOp { values, .. } => values.iter().filter_map(assert_location).next_back(),
        ExprKind::IfExp { test, body, orelse } => {
            [test, body, orelse].into_iter().filter_map(|e| assert_location(e)).next_back()
        }
        _ => None,
    }
}
