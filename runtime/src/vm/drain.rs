//! Builtins that consume an iterator whole (`list()`, `tuple()`, `set()`, `sum()`...) take its
//! items one at a time, as CPython's do, so that a generator's side effects and the
//! builtin's interleave in CPython's order and an error stops both at the same item.
//!
//! A generator is not resumed once per item: it runs on in its own evaluation loop, handing
//! each yield to the builtin there (`Vm::eval`'s sink). The generator is still running while
//! the builtin takes an item, so only items the builtin takes without running Python code go
//! that way; any other is handed back, the generator suspends as usual, and the builtin takes
//! it outside.

use crate::object::{GenKind, Object};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Every this many items a native loop checks for an interrupt and the heap limit, as loops
/// in Python code do (`list(itertools.count())` must stop).
const CHECK_EVERY: usize = 4096;

impl Vm {
    /// Calls `take` with each item of iterator `it` (a new reference, `take`'s), in order,
    /// until the iterator ends, `take` fails or `take` says to stop (`Ok(false)`: the iterator
    /// is left where it is, as `any()` leaves it); takes over the reference to `it`. For items
    /// `quiet` accepts, `take` must run no Python code (see the module's comment).
    pub(crate) fn drain(
        &mut self,
        it: Value,
        quiet: impl Fn(&Vm, Value) -> bool,
        mut take: impl FnMut(&mut Vm, Value) -> PyResult<bool>,
    ) -> PyResult<()> {
        let generator = match it {
            Value::Obj(id) if matches!(self.heap.get(id), Object::Generator(g) if g.kind == GenKind::Generator) => {
                Some(id)
            }
            _ => None,
        };
        let mut count = 0usize;
        let r = loop {
            if count % CHECK_EVERY == CHECK_EVERY - 1
                && let Err(e) = self.check_interrupt().and_then(|()| self.check_memory())
            {
                break Err(e);
            }
            let next = match generator {
                Some(g) => {
                    let mut stopped = None;
                    let mut sink = |vm: &mut Vm, v: Value| {
                        if count % CHECK_EVERY == CHECK_EVERY - 2 || !quiet(vm, v) {
                            return Some(v);
                        }
                        count += 1;
                        match take(vm, v) {
                            Ok(true) => None,
                            // Stops the generator there; the None it yields is no item.
                            done => {
                                stopped = Some(done.map(|_| ()));
                                Some(Value::None)
                            }
                        }
                    };
                    let r = self.gen_send_into(g, Value::None, Some(&mut sink));
                    if let Some(done) = stopped {
                        break done;
                    }
                    match r {
                        Ok(Ok(v)) => Ok(Some(v)),
                        Ok(Err(returned)) => {
                            self.decref(returned);
                            Ok(None)
                        }
                        Err(e) => Err(e),
                    }
                }
                None => self.next(it),
            };
            match next {
                Ok(Some(v)) => {
                    count += 1;
                    match take(self, v) {
                        Ok(true) => {}
                        done => break done.map(|_| ()),
                    }
                }
                Ok(None) => break Ok(()),
                Err(e) => break Err(e),
            }
        };
        self.decref(it);
        r
    }

    /// Whether `v`'s truth is known without running Python code: builtin atoms, strings and
    /// containers.
    pub(crate) fn truthy_natively(&self, v: Value) -> bool {
        match v {
            Value::Obj(id) => matches!(
                self.heap.get(id),
                Object::Str(_)
                    | Object::Bytes(_)
                    | Object::BigInt(_)
                    | Object::List(_)
                    | Object::Tuple(_)
                    | Object::Dict(_)
                    | Object::Set { .. }
            ),
            _ => true,
        }
    }

    /// Whether hashing `v` and comparing it with an equal hash of its own kind runs no Python
    /// code: builtin atoms and strings.
    pub(crate) fn hashes_natively(&self, v: Value) -> bool {
        match v {
            Value::Obj(id) => {
                matches!(self.heap.get(id), Object::Str(_) | Object::Bytes(_) | Object::BigInt(_))
            }
            _ => true,
        }
    }
}
