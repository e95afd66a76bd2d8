//! `s = s + t` on a str only its variable holds: appended in place.

use crate::object::Object;
use crate::object::code::{Code, Instr};
use crate::object::frame::FrameState;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `s = s + t` / `s += t` where the variable about to be assigned holds the only other
    /// reference to the str `s`: appends to it in place, as CPython 3.11 does for locals, so
    /// that building a string in a loop is linear, not quadratic. Nothing else can see the
    /// string change: the variable is about to hold the result anyway.
    pub(crate) fn append_in_place(&mut self, f: &FrameState, code: &Code, a: Value, b: Value) -> bool {
        let (Value::Obj(ia), Value::Obj(ib)) = (a, b) else { return false };
        // Two references: the operand on the stack and the variable's.
        if ia == ib || self.heap.refcount(ia) != 2 || !matches!(self.heap.get(ia), Object::Str(_)) {
            return false;
        }
        let held_by_target = match code.instrs.get(f.ip) {
            Some(&Instr::StoreFast(j)) => {
                self.frames.fast.get(f.base + j as usize).copied().flatten().is_some_and(|v| v.is(a))
            }
            Some(&Instr::StoreFastLoadFast(j, _)) => {
                self.frames.fast.get(f.base + j as usize).copied().flatten().is_some_and(|v| v.is(a))
            }
            Some(&Instr::StoreName(j)) if f.locals.is_none_or(|l| l == f.globals) => {
                self.dict_get_name(f.globals, code.names[j as usize]).is_some_and(|v| v.is(a))
            }
            Some(&Instr::StoreGlobal(j)) => {
                self.dict_get_name(f.globals, code.names[j as usize]).is_some_and(|v| v.is(a))
            }
            _ => false,
        };
        if !held_by_target {
            return false;
        }
        let tail = match self.heap.get(ib) {
            Object::Str(t) => t.s.clone(),
            _ => return false,
        };
        if let Object::Str(s) = self.heap.get_mut(ia) {
            if s.s.try_reserve(tail.len()).is_err() {
                return false;
            }
            s.push_str(&tail);
        }
        true
    }
}
