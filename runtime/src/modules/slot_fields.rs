//! The fields a library class written in Python keeps in `__slots__`, as the natives that run
//! its hot methods (`deque_ops.rs`, `itertools_next.rs`) reach them. A slotted class lays out
//! its own slots sorted by name, before its bases' (`TypeObj::slots`): a class's fields are a
//! block, found where its first name is, so a subclass's extra slots move them as a whole.

use crate::object::Object;
use crate::value::{ObjId, Value};
use crate::vm::Vm;

/// Where the instance `this` keeps the fields `names` (sorted): the instance and the slot of
/// the first. `None` for any other object.
pub fn block<const N: usize>(vm: &Vm, this: Value, names: [&str; N]) -> Option<Fields> {
    let id = this.as_obj()?;
    let Object::Instance(i) = vm.heap.get(id) else { return None };
    let order = vm.type_obj(i.class).slots.as_deref()?;
    let at = order.iter().position(|n| n == names[0])?;
    let found = order.get(at..at + N)?;
    found.iter().zip(names).all(|(a, b)| a == b).then_some(Fields { this: id, at })
}

/// The fields of one instance, found by `block`.
#[derive(Clone, Copy)]
pub struct Fields {
    pub this: ObjId,
    at: usize,
}

impl Fields {
    /// Field `k` (borrowed), `None` if it was never set (or deleted).
    pub fn get_raw(self, vm: &Vm, k: usize) -> Option<Value> {
        match vm.heap.get(self.this) {
            Object::Instance(i) => i.slots().get(self.at + k).copied().flatten(),
            _ => None,
        }
    }

    /// Field `k` (borrowed); an unset one reads as None.
    pub fn get(self, vm: &Vm, k: usize) -> Value {
        self.get_raw(vm, k).unwrap_or(Value::None)
    }

    /// Field `k` as an int (0 for anything else).
    pub fn int(self, vm: &Vm, k: usize) -> i64 {
        match self.get(vm, k) {
            Value::Int(n) => n,
            Value::Bool(b) => i64::from(b),
            _ => 0,
        }
    }

    /// Sets field `k` to `v` (taking its reference, `None` unsets it) and releases what it held,
    /// once the instance holds the new value (the release may run Python code).
    pub fn set(self, vm: &mut Vm, k: usize, v: Option<Value>) {
        let old = match vm.heap.get_mut(self.this) {
            Object::Instance(i) => i.slots_mut().get_mut(self.at + k).map(|slot| std::mem::replace(slot, v)),
            _ => None,
        };
        match old {
            Some(old) => {
                if let Some(old) = old {
                    vm.decref(old);
                }
            }
            // No such slot (cannot happen for a block `block` found): the value is released.
            None => {
                if let Some(v) = v {
                    vm.decref(v);
                }
            }
        }
    }

    /// Puts `v` (its reference taken) in field `k` and hands back what it held, unreleased:
    /// the caller releases it when CPython would.
    pub fn replace(self, vm: &mut Vm, k: usize, v: Option<Value>) -> Option<Value> {
        match vm.heap.get_mut(self.this) {
            Object::Instance(i) => match i.slots_mut().get_mut(self.at + k) {
                Some(slot) => std::mem::replace(slot, v),
                None => v,
            },
            _ => v,
        }
    }

    /// Sets an int field (ints hold no reference).
    pub fn set_int(self, vm: &mut Vm, k: usize, n: i64) {
        self.set(vm, k, Some(Value::Int(n)));
    }
}
