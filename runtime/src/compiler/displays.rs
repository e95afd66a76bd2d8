//! Displays: tuples, lists, sets and dicts written out, with `*` and `**` unpacking.

use reap_lang::ast::*;

use super::unit::Unit;
use super::{CResult, Compiler};
use crate::object::code::Instr;

/// How many `key: value` pairs of a dict display CPython 3.11 puts on the stack before it
/// builds the dict (its compiler's `STACK_USE_GUIDELINE` of 30 items).
const MAX_PAIRS_ON_STACK: usize = 15;

impl<'a> Compiler<'a> {
    pub(super) fn tuple_display<'s>(&mut self, u: &mut Unit<'s>, elts: &'s [Expr]) -> CResult {
        if elts.iter().any(|x| matches!(x.kind, ExprKind::Starred { .. })) {
            self.starred_list(u, elts)?;
            self.emit(u, Instr::ListToTuple);
        } else {
            for x in elts {
                self.expr(u, x)?;
            }
            self.emit(u, Instr::BuildTuple(elts.len() as u32));
        }
        Ok(())
    }

    pub(super) fn list_display<'s>(&mut self, u: &mut Unit<'s>, elts: &'s [Expr]) -> CResult {
        if elts.iter().any(|x| matches!(x.kind, ExprKind::Starred { .. })) {
            self.starred_list(u, elts)?;
        } else {
            for x in elts {
                self.expr(u, x)?;
            }
            self.emit(u, Instr::BuildList(elts.len() as u32));
        }
        Ok(())
    }

    pub(super) fn set_display<'s>(&mut self, u: &mut Unit<'s>, elts: &'s [Expr]) -> CResult {
        self.emit(u, Instr::BuildSet(0));
        if let Some(frozen) = self.constant_frozenset(elts, 3) {
            let i = self.new_const(u, frozen);
            self.emit(u, Instr::LoadConst(i));
            self.emit(u, Instr::SetUpdate(1));
            return Ok(());
        }
        for x in elts {
            match &x.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(u, value)?;
                    self.emit(u, Instr::SetUpdate(1));
                }
                _ => {
                    self.expr(u, x)?;
                    self.emit(u, Instr::SetAdd(1));
                }
            }
        }
        Ok(())
    }

    /// A dict display, in CPython's chunks: a run of up to 16 `key: value` pairs is evaluated
    /// onto the stack and built at once (every key and value exists before the first is hashed,
    /// and the stack is released after, from its top); a longer run goes in a pair at a time;
    /// each later chunk and each `**mapping` is merged into the first.
    pub(super) fn dict_display<'s>(
        &mut self,
        u: &mut Unit<'s>,
        keys: &'s [Option<Expr>],
        values: &'s [Expr],
    ) -> CResult {
        let mut have_dict = false;
        let mut start = 0;
        for (i, k) in keys.iter().enumerate() {
            let chunk_end = if k.is_none() {
                i
            } else if i - start > MAX_PAIRS_ON_STACK {
                i + 1
            } else {
                continue;
            };
            if chunk_end > start {
                self.dict_chunk(u, &keys[start..chunk_end], &values[start..chunk_end])?;
                if have_dict {
                    self.emit(u, Instr::DictUpdate(1));
                }
                have_dict = true;
            }
            if k.is_none() {
                if !have_dict {
                    self.emit(u, Instr::BuildMap(0));
                    have_dict = true;
                }
                self.expr(u, &values[i])?;
                self.emit(u, Instr::DictUpdate(1));
            }
            start = i + 1;
        }
        if start < keys.len() {
            self.dict_chunk(u, &keys[start..], &values[start..])?;
            if have_dict {
                self.emit(u, Instr::DictUpdate(1));
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(u, Instr::BuildMap(0));
        }
        Ok(())
    }

    /// Pairs of a dict display without `**` among them.
    fn dict_chunk<'s>(&mut self, u: &mut Unit<'s>, keys: &'s [Option<Expr>], values: &'s [Expr]) -> CResult {
        let at_once = keys.len() <= MAX_PAIRS_ON_STACK;
        if !at_once {
            self.emit(u, Instr::BuildMap(0));
        }
        for (k, v) in keys.iter().zip(values) {
            if let Some(k) = k {
                self.expr(u, k)?;
            }
            self.expr(u, v)?;
            if !at_once {
                self.emit(u, Instr::MapAdd(1));
            }
        }
        if at_once {
            self.emit(u, Instr::BuildMap(keys.len() as u32));
        }
        Ok(())
    }

    /// Builds a list from elements some of which are `*iterable`.
    pub(super) fn starred_list<'s>(&mut self, u: &mut Unit<'s>, elts: &'s [Expr]) -> CResult {
        self.emit(u, Instr::BuildList(0));
        for x in elts {
            match &x.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(u, value)?;
                    self.emit(u, Instr::ListExtend(1));
                }
                _ => {
                    self.expr(u, x)?;
                    self.emit(u, Instr::ListAppend(1));
                }
            }
        }
        Ok(())
    }
}
