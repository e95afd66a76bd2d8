//! The `with` statement's entry: finding a context manager's `__enter__` and `__exit__` and
//! calling the first (the exit is the evaluation loop's, at `WithExit`/`WithExcept`).

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `with mgr:` begins: returns (`mgr.__exit__` bound, the result of `mgr.__enter__()`).
    pub fn enter_with(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        // A class whose `__enter__` and `__exit__` are plain functions (what a `class` statement
        // makes): found on the type, as CPython looks special methods up, and `__enter__`
        // called without a bound method.
        if let Some((enter, exit)) = self.plain_with_methods(mgr) {
            self.incref(mgr);
            self.incref(exit);
            let exit = self.alloc(Object::BoundMethod { receiver: mgr, func: exit });
            // Held while it runs: it may take itself off its class.
            self.incref(enter);
            let entered = self.call(enter, &[mgr], &[]);
            self.decref(enter);
            return match entered {
                Ok(v) => Ok((exit, v)),
                Err(e) => {
                    self.decref(exit);
                    Err(e)
                }
            };
        }
        let enter = match self.lookup_special(mgr, "__enter__")? {
            Some(e) => e,
            None => {
                let tn = self.type_name(mgr);
                return Err(self.new_exc(
                    ExcKind::TypeError,
                    &format!("'{tn}' object does not support the context manager protocol"),
                ));
            }
        };
        let exit = match self.lookup_special(mgr, "__exit__") {
            Ok(Some(x)) => x,
            Err(e) => {
                self.decref(enter);
                return Err(e);
            }
            Ok(None) => {
                self.decref(enter);
                let tn = self.type_name(mgr);
                return Err(self.new_exc(
                    ExcKind::TypeError,
                    &format!(
                        "'{tn}' object does not support the context manager protocol (missed __exit__ method)"
                    ),
                ));
            }
        };
        let entered = self.call(enter, &[], &[]);
        self.decref(enter);
        match entered {
            Ok(v) => Ok((exit, v)),
            Err(e) => {
                self.decref(exit);
                Err(e)
            }
        }
    }

    /// `__enter__` and `__exit__` of an instance's class when both are plain functions and the
    /// instance has no attributes of its own that could shadow them.
    fn plain_with_methods(&mut self, mgr: Value) -> Option<(Value, Value)> {
        let Value::Obj(id) = mgr else { return None };
        let Object::Instance(inst) = self.heap.get(id) else { return None };
        if inst.attrs.values().is_none() && !matches!(inst.attrs, crate::object::Attrs::None) {
            return None;
        }
        let class = inst.class;
        let (enter_name, exit_name) = (self.name_id("__enter__")?, self.name_id("__exit__")?);
        let plain = |vm: &Vm, v: Option<Value>| {
            v.filter(|f| matches!(f.as_obj().map(|id| vm.heap.get(id)), Some(Object::Function(_))))
        };
        let enter = plain(self, self.lookup_in_mro(class, enter_name))?;
        let exit = plain(self, self.lookup_in_mro(class, exit_name))?;
        // An instance attribute of either name would win in getattr's order; leave that to it.
        let keys = &self.type_obj(class).keys;
        if keys.contains(&enter_name) || keys.contains(&exit_name) {
            return None;
        }
        Some((enter, exit))
    }
}
