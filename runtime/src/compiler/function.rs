//! Functions and lambdas: defaults, annotations and closure evaluated where they are defined,
//! the body compiled in a unit of its own.

use std::sync::Arc;

use reap_lang::ast::*;
use reap_lang::span::Span;

use super::unit::Unit;
use super::{CResult, Compiler};
use crate::object::code::{Code, CodeFlags, Instr, MakeFunction};
use crate::value::Value;

/// What a `def` or `lambda` is made of.
pub(super) struct FunctionParts<'s> {
    pub(super) name: &'s str,
    pub(super) args: &'s Arguments,
    pub(super) returns: Option<&'s Expr>,
    pub(super) body: FunctionBody<'s>,
    /// `co_firstlineno`: a decorated function's is its first decorator's line.
    pub(super) first_line: u32,
}

pub(super) enum FunctionBody<'s> {
    Stmts(&'s [Stmt]),
    Expr(&'s Expr),
}

impl<'a> Compiler<'a> {
    pub(super) fn make_function(
        &mut self,
        u: &mut Unit<'_>,
        code: Arc<Code>,
        defaults: bool,
        kwdefaults: bool,
        annotations: bool,
    ) -> CResult {
        let closure = !code.freevars.is_empty();
        if closure {
            for name in &code.freevars {
                let i = Self::cell_index(u, name).unwrap_or(0);
                self.emit(u, Instr::LoadClosure(i));
            }
            self.emit(u, Instr::BuildTuple(code.freevars.len() as u32));
        }
        u.codes.push(code);
        let code = u.codes.len() as u32 - 1;
        let parts = [
            (defaults, MakeFunction::DEFAULTS),
            (kwdefaults, MakeFunction::KWDEFAULTS),
            (annotations, MakeFunction::ANNOTATIONS),
            (closure, MakeFunction::CLOSURE),
        ];
        let parts = parts.iter().filter(|(on, _)| *on).fold(0, |acc, (_, bit)| acc | bit);
        self.emit(u, Instr::MakeFunction { code, parts });
        Ok(())
    }

    /// Compiles a `def` or `lambda` (`key`: the node's identity in the symbol table) and pushes
    /// the function object.
    pub(super) fn function<'s>(
        &mut self,
        u: &mut Unit<'s>,
        key: usize,
        def: FunctionParts<'s>,
        span: Span,
    ) -> CResult {
        let FunctionParts { name, args, returns, body, first_line } = def;
        let scope = self.table.by_node[&key];
        // Defaults are evaluated where the function is defined.
        let defaults = !args.defaults.is_empty();
        if defaults {
            for d in &args.defaults {
                self.expr(u, d)?;
            }
            self.emit(u, Instr::BuildTuple(args.defaults.len() as u32));
        }
        let kw: Vec<(&Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        let kwdefaults = !kw.is_empty();
        if kwdefaults {
            for (a, d) in &kw {
                let k = self.str_const(&self.table.mangled(u.scope, &a.arg));
                self.load_const(u, k);
                self.expr(u, d)?;
            }
            self.emit(u, Instr::BuildMap(kw.len() as u32));
        }
        // Annotations are evaluated at definition too, into a dict (parameters, then 'return').
        let params = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        let mut count = 0;
        for p in params {
            if let Some(a) = &p.annotation {
                let k = self.str_const(&self.table.mangled(u.scope, &p.arg));
                self.load_const(u, k);
                self.annotation(u, a)?;
                count += 1;
            }
        }
        if let Some(r) = returns {
            let k = self.str_const("return");
            self.load_const(u, k);
            self.annotation(u, r)?;
            count += 1;
        }
        let annotations = count > 0;
        if annotations {
            self.emit(u, Instr::BuildMap(count));
        }
        let qualname = self.child_qualname(u, name);
        let mut inner = self.new_unit(scope, qualname);
        inner.span = span;
        let mut doc = Value::None;
        match body {
            FunctionBody::Stmts(stmts) => {
                let d = self.docstring(stmts);
                if let Some(d) = d {
                    doc = d;
                }
                let stmts = if d.is_some() { &stmts[1..] } else { stmts };
                self.stmts(&mut inner, stmts)?;
                if !matches!(inner.instrs.last(), Some(Instr::Return)) || stmts.is_empty() {
                    inner.span = stmts.last().map_or(span, |s| s.span);
                    self.load_const(&mut inner, Value::None);
                    self.emit(&mut inner, Instr::Return);
                }
            }
            FunctionBody::Expr(e) => {
                self.expr(&mut inner, e)?;
                if self.table.scopes[scope].is_generator {
                    self.emit(&mut inner, Instr::Pop);
                    self.load_const(&mut inner, Value::None);
                }
                self.emit(&mut inner, Instr::Return);
            }
        }
        let argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        let flags = CodeFlags {
            varargs: args.vararg.is_some(),
            varkw: args.kwarg.is_some(),
            generator: self.table.scopes[scope].is_generator,
            coroutine: self.table.scopes[scope].is_async && !self.table.scopes[scope].has_yield,
            async_generator: self.table.scopes[scope].is_async && self.table.scopes[scope].has_yield,
            uses_locals_dict: false,
        };
        let mut code = self.finish(inner, name, argcount, first_line, flags, doc);
        if let Some(c) = Arc::get_mut(&mut code) {
            c.posonlyargcount = args.posonlyargs.len() as u32;
            c.kwonlyargcount = args.kwonlyargs.len() as u32;
        }
        u.span = span;
        self.make_function(u, code, defaults, kwdefaults, annotations)
    }
}
