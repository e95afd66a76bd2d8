//! Comprehensions and generator expressions: a function of their own, called at once with the
//! first iterator.

use reap_lang::ast::*;
use reap_lang::span::Span;

use super::scope::node_key;
use super::unit::Unit;
use super::{CResult, Compiler};
use crate::object::code::{CodeFlags, Instr};
use crate::value::Value;

pub(super) enum Comp<'s> {
    List(&'s Expr),
    Set(&'s Expr),
    Dict(&'s Expr, &'s Expr),
    Gen(&'s Expr),
}

impl<'a> Compiler<'a> {
    pub(super) fn comprehension<'s>(
        &mut self,
        u: &mut Unit<'s>,
        e: &'s Expr,
        name: &str,
        generators: &'s [Comprehension],
        kind: Comp<'s>,
    ) -> CResult {
        let scope = self.table.by_node[&node_key(e)];
        let qualname = self.child_qualname(u, name);
        let mut inner = self.new_unit(scope, qualname);
        inner.span = e.span;
        match kind {
            Comp::List(_) => {
                self.emit(&mut inner, Instr::BuildList(0));
            }
            Comp::Set(_) => {
                self.emit(&mut inner, Instr::BuildSet(0));
            }
            Comp::Dict(..) => {
                self.emit(&mut inner, Instr::BuildMap(0));
            }
            Comp::Gen(_) => {}
        }
        self.comp_generator(&mut inner, generators, 0, &kind, e.span)?;
        if let Comp::Gen(_) = kind {
            self.load_const(&mut inner, Value::None);
        }
        self.emit(&mut inner, Instr::Return);
        let is_async = self.table.scopes[scope].is_async;
        let is_gen = matches!(kind, Comp::Gen(_));
        let flags = CodeFlags {
            generator: is_gen || is_async,
            coroutine: is_async && !is_gen,
            async_generator: is_async && is_gen,
            ..CodeFlags::default()
        };
        let code = self.finish(inner, name, 1, e.span.start.line, flags, Value::None);
        u.span = e.span;
        self.make_function(u, code, false, false, false)?;
        self.iterable(u, &generators[0].iter)?;
        u.span = e.span;
        self.emit(u, if generators[0].is_async { Instr::GetAIter } else { Instr::GetIter });
        self.emit(u, Instr::Call(1));
        if is_async && !is_gen {
            self.await_top(u);
        }
        Ok(())
    }

    fn comp_generator<'s>(
        &mut self,
        u: &mut Unit<'s>,
        generators: &'s [Comprehension],
        i: usize,
        kind: &Comp<'s>,
        span: Span,
    ) -> CResult {
        let g = &generators[i];
        if i == 0 {
            self.emit(u, Instr::LoadFast(0));
        } else {
            self.iterable(u, &g.iter)?;
            self.emit(u, if g.is_async { Instr::GetAIter } else { Instr::GetIter });
        }
        let start = Self::here(u);
        // `async for`: the loop ends at the handler of `StopAsyncIteration` instead.
        let fi = if g.is_async {
            let setup = self.emit(u, Instr::SetupExcept(0));
            self.emit(u, Instr::GetANext);
            self.await_top(u);
            self.emit(u, Instr::PopBlock);
            setup
        } else {
            self.emit(u, Instr::ForIter(0))
        };
        self.store_target(u, &g.target)?;
        let mut skips = Vec::new();
        for cond in &g.ifs {
            skips.extend(self.jump_if(u, cond, false)?);
        }
        if i + 1 < generators.len() {
            self.comp_generator(u, generators, i + 1, kind, span)?;
        } else {
            // The result sits under the iterators: one per generator.
            let depth = generators.len() as u32 + 1;
            match kind {
                Comp::List(elt) => {
                    self.expr(u, elt)?;
                    self.emit(u, Instr::ListAppend(depth));
                }
                Comp::Set(elt) => {
                    self.expr(u, elt)?;
                    self.emit(u, Instr::SetAdd(depth));
                }
                Comp::Dict(k, v) => {
                    self.expr(u, k)?;
                    self.expr(u, v)?;
                    self.emit(u, Instr::MapAdd(depth));
                }
                Comp::Gen(elt) => {
                    self.expr(u, elt)?;
                    u.span = span;
                    self.emit_yield(u);
                    self.emit(u, Instr::Pop);
                }
            }
        }
        for s in skips {
            Self::patch_to(u, s, start);
        }
        self.emit(u, Instr::Jump(start));
        Self::patch(u, fi);
        if g.is_async {
            self.emit(u, Instr::EndAsyncFor);
        }
        Ok(())
    }
}
