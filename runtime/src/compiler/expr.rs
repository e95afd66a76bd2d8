//! Expressions: the dispatch on their kind, and operators, conditionals, f-strings and `yield`.
//! Calls, displays and comprehensions have files of their own.

use reap_lang::ast::*;
use reap_lang::span::{Pos, Span};

use super::comprehension::Comp;
use super::fold;
use super::function::{FunctionBody, FunctionParts};
use super::scope::node_key;
use super::unit::Unit;
use super::{CResult, CompileError, Compiler};
use crate::object::code::{BinOp, CmpKind, Instr, UnOp};
use crate::value::Value;

impl<'a> Compiler<'a> {
    pub(super) fn expr<'s>(&mut self, u: &mut Unit<'s>, e: &'s Expr) -> CResult {
        reap_lang::grow_stack(|| self.expr_emitted(u, e))
    }

    fn expr_emitted<'s>(&mut self, u: &mut Unit<'s>, e: &'s Expr) -> CResult {
        let saved = u.span;
        u.span = e.span;
        if let Some(lit) = fold::folds(e) {
            self.load_lit(u, &lit);
            u.span = saved;
            return Ok(());
        }
        match &e.kind {
            ExprKind::Constant(c) => self.load_constant(u, c),
            ExprKind::Name { id, .. } => self.load_name(u, id),
            ExprKind::BinOp { left, op, right } => {
                self.expr(u, left)?;
                self.expr(u, right)?;
                u.span = e.span;
                self.emit(u, Instr::Binary(bin_op(*op)));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(u, operand)?;
                u.span = e.span;
                self.emit(u, Instr::Unary(unary_op(*op)));
            }
            ExprKind::BoolOp { op, values } => self.bool_op(u, *op, values)?,
            ExprKind::Compare { left, ops, comparators } => self.compare(u, e, left, ops, comparators)?,
            ExprKind::IfExp { test, body, orelse } => {
                let jf = self.jump_if(u, test, false)?;
                self.expr(u, body)?;
                let j = self.emit(u, Instr::Jump(0));
                for jf in jf {
                    Self::patch(u, jf);
                }
                self.expr(u, orelse)?;
                Self::patch(u, j);
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(u, value)?;
                let i = self.attr_name(u, attr);
                u.span = attr_site(e.span, attr, e.span);
                self.emit(u, Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.check_subscript(e, value, slice);
                self.expr(u, value)?;
                // `x[a:b]` slices without making a slice object where it can (see
                // `Instr::BinarySlice`).
                if let ExprKind::Slice { lower, upper, step } = &slice.kind {
                    let n = self.slice_parts(u, lower.as_deref(), upper.as_deref(), step.as_deref())?;
                    u.span = e.span;
                    self.emit(u, Instr::BinarySlice(n));
                } else {
                    self.expr(u, slice)?;
                    u.span = e.span;
                    self.emit(u, Instr::Subscript);
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                self.slice(u, lower.as_deref(), upper.as_deref(), step.as_deref())?
            }
            ExprKind::Call { func, args, keywords } => self.call(u, e, func, args, keywords)?,
            ExprKind::Tuple { elts, .. } => self.tuple_display(u, elts)?,
            ExprKind::List { elts, .. } => self.list_display(u, elts)?,
            ExprKind::Set(elts) => self.set_display(u, elts)?,
            ExprKind::Dict { keys, values } => self.dict_display(u, keys, values)?,
            ExprKind::Starred { .. } => {
                return Err(CompileError { msg: "can't use starred expression here".into(), span: e.span });
            }
            ExprKind::Lambda { args, body } => {
                let parts = FunctionParts {
                    name: "<lambda>",
                    args,
                    returns: None,
                    body: FunctionBody::Expr(body),
                    first_line: e.span.start.line,
                };
                self.function(u, node_key(e), parts, e.span)?;
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(u, e, "<listcomp>", generators, Comp::List(elt))?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(u, e, "<setcomp>", generators, Comp::Set(elt))?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(u, e, "<genexpr>", generators, Comp::Gen(elt))?
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(u, e, "<dictcomp>", generators, Comp::Dict(key, value))?
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(u, value)?;
                self.emit(u, Instr::Dup);
                self.store_target(u, target)?;
            }
            ExprKind::JoinedStr(values) => self.joined_str(u, values)?,
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                self.formatted_value(u, e, value, *conversion, format_spec.as_deref())?
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(u, v)?,
                    None => self.load_const(u, Value::None),
                }
                u.span = e.span;
                self.emit_yield(u);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(u, v)?;
                u.span = e.span;
                self.emit(u, Instr::GetIter);
                self.load_const(u, Value::None);
                self.emit(u, Instr::YieldFrom);
            }
            ExprKind::Await(v) => {
                self.expr(u, v)?;
                u.span = e.span;
                self.await_top(u);
            }
        }
        u.span = saved;
        Ok(())
    }

    /// Compiles `test` for its truth alone, with jumps taken when it is `when`, which the
    /// caller points at their target. `not` turns the jump around and `and`/`or` become chains
    /// of jumps, as CPython compiles conditions: each operand's truth is asked once (`if a and
    /// b:` with a false `a` calls its `__bool__` once, not again for the `if`), and no bool is
    /// made to be tested.
    pub(super) fn jump_if<'s>(
        &mut self,
        u: &mut Unit<'s>,
        test: &'s Expr,
        when: bool,
    ) -> CResult<Vec<usize>> {
        match &test.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } if fold::folds(test).is_none() => {
                reap_lang::grow_stack(|| self.jump_if(u, operand, !when))
            }
            ExprKind::BoolOp { op, values } if fold::folds(test).is_none() && !values.is_empty() => {
                // `a and b` is false as soon as one is, `a or b` true as soon as one is: those
                // operands jump to the target; in the other case they jump past the last one.
                let decides = matches!(op, BoolOp::Or);
                let (last, rest) = values.split_last().unwrap_or((&values[0], &[]));
                let (mut taken, mut past) = (Vec::new(), Vec::new());
                for v in rest {
                    let jumps = reap_lang::grow_stack(|| self.jump_if(u, v, decides))?;
                    if decides == when { taken.extend(jumps) } else { past.extend(jumps) }
                }
                taken.extend(reap_lang::grow_stack(|| self.jump_if(u, last, when))?);
                for j in past {
                    Self::patch(u, j);
                }
                Ok(taken)
            }
            _ => {
                self.expr(u, test)?;
                let jump = if when { Instr::PopJumpIfTrue(0) } else { Instr::PopJumpIfFalse(0) };
                Ok(vec![self.emit(u, jump)])
            }
        }
    }

    fn bool_op<'s>(&mut self, u: &mut Unit<'s>, op: BoolOp, values: &'s [Expr]) -> CResult {
        let mut jumps = Vec::new();
        for (i, v) in values.iter().enumerate() {
            self.expr(u, v)?;
            if i + 1 < values.len() {
                let j = match op {
                    BoolOp::And => Instr::JumpIfFalseOrPop(0),
                    BoolOp::Or => Instr::JumpIfTrueOrPop(0),
                };
                jumps.push(self.emit(u, j));
            }
        }
        for j in jumps {
            Self::patch(u, j);
        }
        Ok(())
    }

    fn compare<'s>(
        &mut self,
        u: &mut Unit<'s>,
        e: &'s Expr,
        left: &'s Expr,
        ops: &[CmpOp],
        comparators: &'s [Expr],
    ) -> CResult {
        self.check_compare(e, left, ops, comparators);
        self.expr(u, left)?;
        if ops.len() == 1 {
            match ops[0] {
                CmpOp::In | CmpOp::NotIn => self.iterable(u, &comparators[0])?,
                _ => self.expr(u, &comparators[0])?,
            }
            u.span = e.span;
            self.emit(u, compare_instr(ops[0]));
            return Ok(());
        }
        let mut cleanups = Vec::new();
        for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
            self.expr(u, c)?;
            u.span = e.span;
            if i + 1 < ops.len() {
                self.emit(u, Instr::Dup);
                self.emit(u, Instr::Rot3);
                self.emit(u, compare_instr(*op));
                cleanups.push(self.emit(u, Instr::JumpIfFalseOrPop(0)));
            } else {
                self.emit(u, compare_instr(*op));
            }
        }
        let end = self.emit(u, Instr::Jump(0));
        for c in cleanups {
            Self::patch(u, c);
        }
        self.emit(u, Instr::Rot2);
        self.emit(u, Instr::Pop);
        Self::patch(u, end);
        Ok(())
    }

    fn slice<'s>(
        &mut self,
        u: &mut Unit<'s>,
        lower: Option<&'s Expr>,
        upper: Option<&'s Expr>,
        step: Option<&'s Expr>,
    ) -> CResult {
        let n = self.slice_parts(u, lower, upper, step)?;
        self.emit(u, Instr::BuildSlice(n));
        Ok(())
    }

    /// Pushes a slice's bounds (None for one left out) and its step if it has one; returns
    /// how many it pushed.
    pub(super) fn slice_parts<'s>(
        &mut self,
        u: &mut Unit<'s>,
        lower: Option<&'s Expr>,
        upper: Option<&'s Expr>,
        step: Option<&'s Expr>,
    ) -> CResult<u32> {
        for part in [lower, upper] {
            match part {
                Some(p) => self.expr(u, p)?,
                None => self.load_const(u, Value::None),
            }
        }
        match step {
            Some(s) => {
                self.expr(u, s)?;
                Ok(3)
            }
            None => Ok(2),
        }
    }

    fn joined_str<'s>(&mut self, u: &mut Unit<'s>, values: &'s [Expr]) -> CResult {
        for v in values {
            self.expr(u, v)?;
        }
        if values.len() != 1 || !matches!(values[0].kind, ExprKind::FormattedValue { .. }) {
            self.emit(u, Instr::BuildString(values.len() as u32));
        }
        Ok(())
    }

    fn formatted_value<'s>(
        &mut self,
        u: &mut Unit<'s>,
        e: &'s Expr,
        value: &'s Expr,
        conversion: Option<char>,
        format_spec: Option<&'s Expr>,
    ) -> CResult {
        self.expr(u, value)?;
        if let Some(spec) = format_spec {
            self.expr(u, spec)?;
        }
        u.span = e.span;
        self.emit(
            u,
            Instr::FormatValue { conversion: conversion.map_or(0, |c| c as u8), spec: format_spec.is_some() },
        );
        Ok(())
    }
}

fn unary_op(op: UnaryOp) -> UnOp {
    match op {
        UnaryOp::Invert => UnOp::Invert,
        UnaryOp::Not => UnOp::Not,
        UnaryOp::UAdd => UnOp::Pos,
        UnaryOp::USub => UnOp::Neg,
    }
}

pub(super) fn bin_op(op: Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Sub,
        Operator::Mult => BinOp::Mul,
        Operator::MatMult => BinOp::MatMul,
        Operator::Div => BinOp::TrueDiv,
        Operator::Mod => BinOp::Mod,
        Operator::Pow => BinOp::Pow,
        Operator::LShift => BinOp::LShift,
        Operator::RShift => BinOp::RShift,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
        Operator::BitAnd => BinOp::And,
        Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn compare_instr(op: CmpOp) -> Instr {
    match op {
        CmpOp::Eq => Instr::Compare(CmpKind::Eq),
        CmpOp::NotEq => Instr::Compare(CmpKind::Ne),
        CmpOp::Lt => Instr::Compare(CmpKind::Lt),
        CmpOp::LtE => Instr::Compare(CmpKind::Le),
        CmpOp::Gt => Instr::Compare(CmpKind::Gt),
        CmpOp::GtE => Instr::Compare(CmpKind::Ge),
        CmpOp::Is => Instr::Is(false),
        CmpOp::IsNot => Instr::Is(true),
        CmpOp::In => Instr::Contains(false),
        CmpOp::NotIn => Instr::Contains(true),
    }
}

/// Where CPython places the instructions of an attribute (`attr_expr`, the `.name` node) or of
/// a method call on it (`outer`): at `outer`, unless the name is on a later line than the
/// expression starts (a chain split over lines), when they start at the name. A traceback
/// then shows the line of the failing `.method()`, not the chain's first.
pub(super) fn attr_site(attr_expr: Span, attr: &str, outer: Span) -> Span {
    let len = attr.len() as u32;
    if attr_expr.end.line == outer.start.line || len > attr_expr.end.col {
        return outer;
    }
    let end = attr_expr.end;
    let start = Pos { offset: end.offset - len, line: end.line, col: end.col - len };
    Span { start, end: outer.end.max(start) }
}
