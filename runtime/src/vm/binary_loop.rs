//! `a + b` (any binary operator) or `a < b` (any comparison but `!=`) where `a` is an
//! instance whose class defines the operator in Python: the loop runs that method as one of
//! its own frames (as it runs plain calls, `frame_run`) instead of recursing through
//! `binary_op` or `compare` and a new `eval`. The frame keeps the operands, for the right
//! operand's reflected method if the left's returns NotImplemented. So does a `for` loop's
//! Python `__next__`, whose StopIteration ends the loop.

use crate::object::Object;
use crate::object::code::{BinOp, CmpKind};
use crate::object::frame::Frame;
use crate::value::{ObjId, Value};
use crate::vm::frame_run::{LoopFrames, running};
use crate::vm::{PyResult, Vm};

/// The operator a method the loop runs stands for (`Pushed::operands_of`).
#[derive(Clone, Copy)]
pub(crate) enum Operator {
    /// A binary operator, and whether in place.
    Binary(BinOp, bool),
    Compare(CmpKind),
    /// `in` (or `not in`, negated): the operands are the container and the item, and the
    /// method's result counts by its truth.
    Contains(bool),
}

impl Vm {
    /// The method `a <op> b` runs first, when it is a plain Python function the loop can run
    /// with `(a, b)` (a new reference): `a` is a plain instance, `b` no weak proxy and not of a
    /// subclass whose reflected method goes first (`reflected_goes_first`); for an in-place
    /// operator, the class has no in-place method.
    #[inline]
    pub(crate) fn binary_in_loop(&mut self, a: Value, b: Value, op: BinOp, inplace: bool) -> Option<ObjId> {
        let Object::Instance(inst) = self.heap.get(a.as_obj()?) else { return None };
        if inst.base().is_some() {
            return None;
        }
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        if ta != tb && matches!(b.as_obj().map(|id| self.heap.get(id)), Some(Object::WeakRef(_))) {
            return None;
        }
        let (name, rname, iname) = op.dunders();
        if self.reflected_goes_first(ta, tb, rname) {
            return None;
        }
        if inplace {
            if op == BinOp::Mul {
                return None;
            }
            let iname = self.name_id(iname);
            if iname.is_some_and(|n| self.lookup_in_mro(ta, n).is_some()) {
                return None;
            }
        }
        let name = self.name_id(name)?;
        self.method_in_loop(a, name, 2, true)
    }

    /// The `__next__` a `for` loop over `it` runs in the loop (a new reference): `it` is a
    /// plain instance whose class's `__next__` is a Python function binding `(self)` simply.
    #[inline]
    pub(crate) fn next_in_loop(&mut self, it: Value) -> Option<ObjId> {
        let name = self.name_id("__next__")?;
        self.method_in_loop(it, name, 1, true)
    }

    /// The method `a <op> b` (a comparison) runs first, when it is a plain Python function the
    /// loop can run with `(a, b)` (a new reference): `a` is a plain instance, `b` no weak proxy
    /// and not of a subclass of `a`'s class (whose reflected method goes first); not for `!=`,
    /// which may fall back to `__eq__`.
    #[inline]
    pub(crate) fn compare_in_loop(&mut self, a: Value, b: Value, op: CmpKind) -> Option<ObjId> {
        if op == CmpKind::Ne {
            return None;
        }
        let Object::Instance(inst) = self.heap.get(a.as_obj()?) else { return None };
        if inst.base().is_some() {
            return None;
        }
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        if ta != tb
            && (matches!(b.as_obj().map(|id| self.heap.get(id)), Some(Object::WeakRef(_)))
                || self.is_subtype(tb, ta))
        {
            return None;
        }
        let name = match op {
            CmpKind::Eq => self.common.eq,
            _ => self.name_id(op.dunders().0)?,
        };
        self.method_in_loop(a, name, 2, true)
    }

    /// Pushes the frame of `__next__` for a `for` loop, marked so that its StopIteration ends
    /// the loop (`raise_in_loop`); its value lands above the iterator, as `ForIter` pushes it.
    pub(crate) fn call_next_in_loop(
        &mut self,
        entry: &mut Frame,
        frames: &mut LoopFrames,
        func: ObjId,
        base: usize,
    ) -> PyResult<()> {
        self.call_in_loop(entry, frames, func, base, base + 1)?;
        if let Some(p) = frames.live.checked_sub(1).and_then(|i| frames.slots.get_mut(i)) {
            p.for_next = true;
        }
        Ok(())
    }

    /// Pushes the frame of `func(a, b)`, the callable at `base` of the running frame's stack and
    /// the operands after it; the frame holds a reference of its own to each operand.
    pub(crate) fn call_binary_in_loop(
        &mut self,
        entry: &mut Frame,
        frames: &mut LoopFrames,
        func: ObjId,
        base: usize,
        op: Operator,
    ) -> PyResult<()> {
        self.call_in_loop(entry, frames, func, base, base + 1)?;
        // The operands now are the callee's first two variables.
        let Some(p) = frames.live.checked_sub(1).and_then(|i| frames.slots.get_mut(i)) else { return Ok(()) };
        let at = p.frame.state.base;
        let (a, b) = match self.frames.fast.get(at..at + 2) {
            Some(&[Some(a), Some(b)]) => (a, b),
            _ => return Ok(()),
        };
        self.incref(a);
        self.incref(b);
        p.operands_of = Some((a, b, op));
        Ok(())
    }

    /// The operator method returned `v`: the caller gets it, or, for NotImplemented, what the
    /// rest of the operator gives (the reflected method, or CPython's TypeError, raised at
    /// the operator).
    #[cold]
    #[inline(never)]
    pub(crate) fn return_from_binary(
        &mut self,
        entry: &mut Frame,
        frames: &mut LoopFrames,
        v: Value,
    ) -> bool {
        let held = frames
            .live
            .checked_sub(1)
            .and_then(|i| frames.slots.get_mut(i))
            .and_then(|p| p.operands_of.take());
        if !self.back_to_caller(entry, frames) {
            self.decref(v);
            return false;
        }
        let Some((a, b, op)) = held else {
            running(entry, frames).state.stack.push(v);
            return true;
        };
        let r = match op {
            Operator::Contains(negate) => {
                let truth = match v {
                    Value::Bool(t) => Ok(t),
                    _ => self.truthy(v),
                };
                self.decref(v);
                truth.map(|t| Value::Bool(t != negate))
            }
            _ if v != Value::Obj(self.not_implemented) => Ok(v),
            Operator::Binary(op, inplace) => {
                self.decref(v);
                self.binary_op_after_left(a, b, op, inplace, false, false)
            }
            Operator::Compare(op) => {
                self.decref(v);
                self.compare_after_left(a, b, op, false)
            }
        };
        self.decref(a);
        self.decref(b);
        let f = running(entry, frames);
        match r {
            Ok(v) => f.state.stack.push(v),
            Err(e) => {
                f.state.pending = Some(e);
                self.heap.attention = true;
            }
        }
        true
    }
}
