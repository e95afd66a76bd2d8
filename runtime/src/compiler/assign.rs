//! Assignment targets: storing to and deleting names, attributes, subscripts and unpacked
//! sequences, and augmented assignment.

use reap_lang::ast::*;
use reap_lang::span::Span;

use super::expr::{attr_site, bin_op};
use super::scope::ScopeKind;
use super::unit::Unit;
use super::{CResult, CompileError, Compiler};
use crate::object::code::Instr;

impl<'a> Compiler<'a> {
    pub(super) fn assign<'s>(&mut self, u: &mut Unit<'s>, targets: &'s [Expr], value: &'s Expr) -> CResult {
        if let [target] = targets
            && let Some((names, values)) = parallel_pair(target, value)
        {
            // `a, b = b, a`: the values in order, reversed on the stack, stored in order, with
            // no tuple between (CPython's SWAP).
            for v in values {
                self.expr(u, v)?;
            }
            if values.len() == 3 {
                self.emit(u, Instr::Rot3);
            }
            self.emit(u, Instr::Rot2);
            for t in names {
                self.store_target(u, t)?;
            }
            return Ok(());
        }
        self.expr(u, value)?;
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.emit(u, Instr::Dup);
            }
            self.store_target(u, t)?;
        }
        Ok(())
    }

    /// An annotation's value: the expression's, or under `from __future__ import annotations`
    /// its source text (CPython gives its normalised unparsing, the same for annotations
    /// written the usual way).
    pub(super) fn annotation<'s>(&mut self, u: &mut Unit<'s>, annotation: &'s Expr) -> CResult {
        if !self.future_annotations {
            return self.expr(u, annotation);
        }
        let (start, end) = (annotation.span.start.offset as usize, annotation.span.end.offset as usize);
        let text = self.source.get(start..end).unwrap_or("").to_string();
        let k = self.str_const(&text);
        self.load_const(u, k);
        Ok(())
    }

    pub(super) fn ann_assign<'s>(
        &mut self,
        u: &mut Unit<'s>,
        target: &'s Expr,
        annotation: &'s Expr,
        value: Option<&'s Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(v) = value {
            self.expr(u, v)?;
            self.store_target(u, target)?;
        }
        let kind = self.table.scopes[u.scope].kind;
        if kind != ScopeKind::Function
            && let (true, ExprKind::Name { id, .. }) = (simple, &target.kind)
        {
            self.annotation(u, annotation)?;
            let ann = self.name(u, "__annotations__");
            self.emit(u, Instr::LoadName(ann));
            let key = self.str_const(id);
            self.load_const(u, key);
            self.emit(u, Instr::StoreSubscript);
        }
        Ok(())
    }

    pub(super) fn aug_assign<'s>(
        &mut self,
        u: &mut Unit<'s>,
        target: &'s Expr,
        op: Operator,
        value: &'s Expr,
        span: Span,
    ) -> CResult {
        let op = bin_op(op);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                u.span = target.span;
                self.load_name(u, id);
                self.expr(u, value)?;
                u.span = span;
                self.emit(u, Instr::Inplace(op));
                self.store_name(u, id);
            }
            ExprKind::Attribute { value: obj, attr, .. } => {
                self.expr(u, obj)?;
                self.emit(u, Instr::Dup);
                let i = self.attr_name(u, attr);
                u.span = target.span;
                self.emit(u, Instr::LoadAttr(i));
                self.expr(u, value)?;
                u.span = span;
                self.emit(u, Instr::Inplace(op));
                // The store is the target's, as CPython places it.
                u.span = target.span;
                self.emit(u, Instr::Rot2);
                self.emit(u, Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                self.expr(u, obj)?;
                self.expr(u, slice)?;
                self.emit(u, Instr::Dup2);
                u.span = target.span;
                self.emit(u, Instr::Subscript);
                self.expr(u, value)?;
                u.span = span;
                self.emit(u, Instr::Inplace(op));
                u.span = target.span;
                self.emit(u, Instr::Rot3);
                self.emit(u, Instr::StoreSubscript);
            }
            _ => {
                return Err(CompileError { msg: "illegal expression for augmented assignment".into(), span });
            }
        }
        Ok(())
    }

    pub(super) fn store_target<'s>(&mut self, u: &mut Unit<'s>, t: &'s Expr) -> CResult {
        u.span = t.span;
        match &t.kind {
            ExprKind::Name { id, .. } => self.store_name(u, id),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(u, value)?;
                let i = self.attr_name(u, attr);
                u.span = attr_site(t.span, attr, t.span);
                self.emit(u, Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(u, value)?;
                if let ExprKind::Slice { lower, upper, step } = &slice.kind {
                    let n = self.slice_parts(u, lower.as_deref(), upper.as_deref(), step.as_deref())?;
                    u.span = t.span;
                    self.emit(u, Instr::StoreSlice(n));
                } else {
                    self.expr(u, slice)?;
                    u.span = t.span;
                    self.emit(u, Instr::StoreSubscript);
                }
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                match elts.iter().position(|e| matches!(e.kind, ExprKind::Starred { .. })) {
                    Some(star) => {
                        let after = elts.len() - star - 1;
                        // The validator refused 256 or more targets before the star.
                        let before = u8::try_from(star).unwrap_or(u8::MAX);
                        self.emit(u, Instr::UnpackEx { before, after: after as u32 });
                    }
                    None => {
                        self.emit(u, Instr::UnpackSequence(elts.len() as u32));
                    }
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.store_target(u, value)?,
                        _ => self.store_target(u, e)?,
                    }
                }
            }
            ExprKind::Starred { value, .. } => self.store_target(u, value)?,
            _ => return Err(CompileError { msg: "cannot assign to expression".into(), span: t.span }),
        }
        Ok(())
    }

    pub(super) fn delete_target<'s>(&mut self, u: &mut Unit<'s>, t: &'s Expr) -> CResult {
        u.span = t.span;
        match &t.kind {
            ExprKind::Name { id, .. } => self.delete_name(u, id),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(u, value)?;
                let i = self.attr_name(u, attr);
                u.span = attr_site(t.span, attr, t.span);
                self.emit(u, Instr::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(u, value)?;
                self.expr(u, slice)?;
                u.span = t.span;
                self.emit(u, Instr::DeleteSubscript);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete_target(u, e)?;
                }
            }
            _ => return Err(CompileError { msg: "cannot delete expression".into(), span: t.span }),
        }
        Ok(())
    }
}

/// The targets and values of `a, b = x, y` (two or three of each, none starred), which need no
/// tuple between them.
fn parallel_pair<'s>(target: &'s Expr, value: &'s Expr) -> Option<(&'s [Expr], &'s [Expr])> {
    let (ExprKind::Tuple { elts: targets, .. } | ExprKind::List { elts: targets, .. }) = &target.kind else {
        return None;
    };
    let ExprKind::Tuple { elts: values, .. } = &value.kind else { return None };
    let starred = |e: &Expr| matches!(e.kind, ExprKind::Starred { .. });
    (targets.len() == values.len()
        && (2..=3).contains(&values.len())
        && !targets.iter().any(starred)
        && !values.iter().any(starred))
    .then_some((targets, values))
}
