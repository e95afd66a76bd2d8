//! The statements that open blocks (`try`, `with`), and the code `return`, `break` and
//! `continue` emit to leave the blocks open around them.

use reap_lang::ast::*;
use reap_lang::span::Span;

use super::unit::{FBlock, Unit};
use super::{CResult, CompileError, Compiler};
use crate::object::code::Instr;
use crate::value::Value;

impl<'a> Compiler<'a> {
    /// Emits what leaving every enclosing block needs, for a `return`: the value to return is on
    /// the stack and stays on top.
    pub(super) fn unwind_all<'s>(&mut self, u: &mut Unit<'s>) -> CResult {
        // Innermost first, each with the blocks around it still open: a `finally` body run
        // here may `break` or `continue` an enclosing loop.
        let mut left = Vec::new();
        let mut r = Ok(());
        while let Some(b) = u.blocks.pop() {
            r = self.unwind_one(u, &b, true);
            left.push(b);
            if r.is_err() {
                break;
            }
        }
        u.blocks.extend(left.into_iter().rev());
        r
    }

    fn unwind_one<'s>(&mut self, u: &mut Unit<'s>, b: &FBlock<'s>, preserve_tos: bool) -> CResult {
        match b {
            FBlock::Loop { .. } => {}
            FBlock::ForIter => {
                if preserve_tos {
                    self.emit(u, Instr::Rot2);
                }
                self.emit(u, Instr::Pop);
            }
            FBlock::Try => {
                self.emit(u, Instr::PopBlock);
            }
            FBlock::Finally(body) => {
                // The finally body runs with the return value saved under it.
                if preserve_tos {
                    u.blocks.push(FBlock::PopValue);
                }
                let r = self.stmts(u, body);
                if preserve_tos {
                    u.blocks.pop();
                }
                r?;
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(u, Instr::Rot2);
                }
                self.emit(u, Instr::Pop);
            }
            // `return`, `break` and `continue` are refused before they unwind one of these.
            FBlock::ExceptStar => {}
            FBlock::Handler(name) => {
                self.emit(u, Instr::PopExcept);
                if let Some(n) = name {
                    self.load_const(u, Value::None);
                    self.store_name(u, n);
                    self.delete_name(u, n);
                }
            }
            FBlock::With => {
                self.emit(u, Instr::PopBlock);
                if preserve_tos {
                    self.emit(u, Instr::Rot2);
                }
                self.emit(u, Instr::WithExit);
            }
            FBlock::AsyncWith => {
                self.emit(u, Instr::PopBlock);
                if preserve_tos {
                    self.emit(u, Instr::Rot2);
                }
                self.emit(u, Instr::AsyncWithExit);
                self.await_top(u);
                self.emit(u, Instr::Pop);
            }
        }
        Ok(())
    }

    pub(super) fn unwind_to_loop<'s>(&mut self, u: &mut Unit<'s>, is_break: bool) -> CResult {
        let Some(pos) = u.blocks.iter().rposition(|b| matches!(b, FBlock::Loop { .. })) else {
            if u.blocks.iter().any(|b| matches!(b, FBlock::ExceptStar)) {
                let msg = super::try_star::JUMP_OUT_OF_EXCEPT_STAR;
                return Err(CompileError { msg: msg.into(), span: u.span });
            }
            let msg = if is_break { "'break' outside loop" } else { "'continue' not properly in loop" };
            return Err(CompileError { msg: msg.into(), span: u.span });
        };
        if u.blocks[pos + 1..].iter().any(|b| matches!(b, FBlock::ExceptStar)) {
            let msg = super::try_star::JUMP_OUT_OF_EXCEPT_STAR;
            return Err(CompileError { msg: msg.into(), span: u.span });
        }
        let inner: Vec<FBlock<'s>> = u.blocks.drain(pos + 1..).collect();
        for b in inner.iter().rev() {
            self.unwind_one(u, b, false)?;
        }
        u.blocks.extend(inner);
        if is_break {
            // Leaving the loop also drops its iterator (for `for` loops).
            if pos > 0 && matches!(u.blocks[pos - 1], FBlock::ForIter) {
                self.emit(u, Instr::Pop);
            }
            let j = self.emit(u, Instr::Jump(0));
            if let FBlock::Loop { breaks, .. } = &mut u.blocks[pos] {
                breaks.push(j);
            }
        } else if let FBlock::Loop { start, .. } = u.blocks[pos] {
            self.emit(u, Instr::Jump(start));
        }
        Ok(())
    }

    /// Counts a block CPython's compiler opens at `span`: past 20 in one function it gives up.
    pub(super) fn open_block(u: &mut Unit<'_>, span: Span) -> CResult {
        if u.nested_blocks >= 20 {
            return Err(CompileError { msg: "too many statically nested blocks".into(), span });
        }
        u.nested_blocks += 1;
        Ok(())
    }

    pub(super) fn try_stmt<'s>(&mut self, u: &mut Unit<'s>, t: &'s Try, span: Span) -> CResult {
        let has_finally = !t.finalbody.is_empty();
        if has_finally {
            Self::open_block(u, span)?;
        }
        let finally_setup = if has_finally {
            let i = self.emit(u, Instr::SetupFinally(0));
            // Unwinding runs these innermost first: pop the block, then run the body inline.
            u.blocks.push(FBlock::Finally(&t.finalbody));
            u.blocks.push(FBlock::Try);
            Some(i)
        } else {
            None
        };
        if t.handlers.is_empty() {
            self.stmts(u, &t.body)?;
        } else if t.is_star {
            self.try_star_handlers(u, t, span)?;
        } else {
            let setup = self.emit(u, Instr::SetupExcept(0));
            u.blocks.push(FBlock::Try);
            Self::open_block(u, span)?;
            self.stmts(u, &t.body)?;
            u.nested_blocks -= 1;
            u.blocks.pop();
            self.emit(u, Instr::PopBlock);
            self.stmts(u, &t.orelse)?;
            let mut ends = vec![self.emit(u, Instr::Jump(0))];
            Self::patch(u, setup);
            // One block around all the handlers, one more around each handler's body.
            Self::open_block(u, span)?;
            for h in &t.handlers {
                u.span = h.span;
                let next = match &h.type_ {
                    Some(ty) => {
                        self.expr(u, ty)?;
                        u.span = h.span;
                        self.emit(u, Instr::ExcMatch);
                        Some(self.emit(u, Instr::PopJumpIfFalse(0)))
                    }
                    None => None,
                };
                // The exception is the one being handled until the clause ends.
                match &h.name {
                    Some(n) => self.store_name(u, n),
                    None => {
                        self.emit(u, Instr::Pop);
                    }
                }
                u.blocks.push(FBlock::Handler(h.name.as_deref()));
                Self::open_block(u, h.span)?;
                if let Some(n) = &h.name {
                    // `except E as e:` deletes `e` however the clause ends.
                    let cleanup = self.emit(u, Instr::SetupFinally(0));
                    u.blocks.push(FBlock::Try);
                    self.stmts(u, &h.body)?;
                    u.blocks.pop();
                    self.emit(u, Instr::PopBlock);
                    self.load_const(u, Value::None);
                    self.store_name(u, n);
                    self.delete_name(u, n);
                    let skip = self.emit(u, Instr::Jump(0));
                    Self::patch(u, cleanup);
                    self.load_const(u, Value::None);
                    self.store_name(u, n);
                    self.delete_name(u, n);
                    self.emit(u, Instr::Reraise);
                    Self::patch(u, skip);
                } else {
                    self.stmts(u, &h.body)?;
                }
                u.nested_blocks -= 1;
                u.blocks.pop();
                self.emit(u, Instr::PopExcept);
                ends.push(self.emit(u, Instr::Jump(0)));
                if let Some(next) = next {
                    Self::patch(u, next);
                }
            }
            u.nested_blocks -= 1;
            self.emit(u, Instr::Reraise);
            for e in ends {
                Self::patch(u, e);
            }
        }
        if let Some(setup) = finally_setup {
            u.nested_blocks -= 1;
            u.blocks.pop();
            u.blocks.pop();
            self.emit(u, Instr::PopBlock);
            self.stmts(u, &t.finalbody)?;
            let end = self.emit(u, Instr::Jump(0));
            Self::patch(u, setup);
            // Only the copy that runs while an exception is pending counts as a block.
            Self::open_block(u, span)?;
            self.stmts(u, &t.finalbody)?;
            u.nested_blocks -= 1;
            self.emit(u, Instr::Reraise);
            Self::patch(u, end);
        }
        Ok(())
    }

    /// `yield` of TOS; an async generator's yields are wrapped (see `Instr::AsyncGenWrap`).
    pub(super) fn emit_yield(&mut self, u: &mut Unit<'_>) {
        let scope = &self.table.scopes[u.scope];
        if scope.is_async && scope.has_yield {
            self.emit(u, Instr::AsyncGenWrap);
        }
        self.emit(u, Instr::YieldValue);
    }

    /// Awaits TOS: the awaitable is replaced by its result.
    pub(super) fn await_top(&mut self, u: &mut Unit<'_>) {
        self.emit(u, Instr::GetAwaitable);
        self.load_const(u, Value::None);
        self.emit(u, Instr::YieldFrom);
    }

    /// `async with`: `__aenter__` and `__aexit__` awaited where `with` calls them.
    pub(super) fn async_with_stmt<'s>(
        &mut self,
        u: &mut Unit<'s>,
        items: &'s [WithItem],
        body: &'s [Stmt],
        span: Span,
    ) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(u, body);
        };
        self.expr(u, &item.context_expr)?;
        u.span = span;
        self.emit(u, Instr::BeforeAsyncWith);
        self.await_top(u);
        let setup = self.emit(u, Instr::SetupAsyncWith(0));
        u.blocks.push(FBlock::AsyncWith);
        Self::open_block(u, span)?;
        match &item.optional_vars {
            Some(t) => self.store_target(u, t)?,
            None => {
                self.emit(u, Instr::Pop);
            }
        }
        self.async_with_stmt(u, rest, body, span)?;
        u.nested_blocks -= 1;
        u.blocks.pop();
        u.span = span;
        self.emit(u, Instr::PopBlock);
        self.emit(u, Instr::AsyncWithExit);
        self.await_top(u);
        self.emit(u, Instr::Pop);
        let end = self.emit(u, Instr::Jump(0));
        Self::patch(u, setup);
        self.emit(u, Instr::AsyncWithExcept);
        self.await_top(u);
        let exc = self.emit(u, Instr::AsyncWithExceptEnd(0));
        Self::patch(u, end);
        Self::patch(u, exc);
        Ok(())
    }

    pub(super) fn with_stmt<'s>(
        &mut self,
        u: &mut Unit<'s>,
        items: &'s [WithItem],
        body: &'s [Stmt],
        span: Span,
    ) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(u, body);
        };
        self.expr(u, &item.context_expr)?;
        u.span = span;
        let setup = self.emit(u, Instr::SetupWith(0));
        u.blocks.push(FBlock::With);
        Self::open_block(u, span)?;
        match &item.optional_vars {
            Some(t) => self.store_target(u, t)?,
            None => {
                self.emit(u, Instr::Pop);
            }
        }
        self.with_stmt(u, rest, body, span)?;
        u.nested_blocks -= 1;
        u.blocks.pop();
        u.span = span;
        self.emit(u, Instr::PopBlock);
        self.emit(u, Instr::WithExit);
        let end = self.emit(u, Instr::Jump(0));
        Self::patch(u, setup);
        let exc = self.emit(u, Instr::WithExcept(0));
        Self::patch(u, end);
        Self::patch(u, exc);
        Ok(())
    }
}
