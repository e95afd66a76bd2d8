//! The bases of a class statement (PEP 560): a base that is not a class but has
//! `__mro_entries__` (`list[int]`, `Generic[T]`, a typing `NamedTuple`) stands for the
//! classes that method returns, and the class keeps the bases as written in `__orig_bases__`.

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// The builtin types CPython does not let a class extend.
pub const FINAL_BUILTINS: &[&str] = &[
    "bool",
    "NoneType",
    "NotImplementedType",
    "ellipsis",
    "range",
    "slice",
    "memoryview",
    "function",
    "builtin_function_or_method",
    "method",
    "generator",
    "coroutine",
    "async_generator",
    "code",
    "frame",
    "traceback",
    "cell",
    "mappingproxy",
    "method-wrapper",
    "wrapper_descriptor",
    "method_descriptor",
    "classmethod_descriptor",
    "getset_descriptor",
    "member_descriptor",
];

impl Vm {
    /// Whether `cls` is one of the runtime's types that CPython does not let a class extend.
    pub(crate) fn is_final_type(&self, cls: ObjId) -> bool {
        self.heap.is_immortal(cls) && FINAL_BUILTINS.contains(&self.type_obj(cls).name.as_str())
    }

    /// PEP 560: a base that is not a class but has `__mro_entries__` (`list[int]`, a typing
    /// generic) stands for the classes that method returns. None when every base is a class;
    /// else the new bases (owned) and the original ones as a tuple, for `__orig_bases__`.
    pub(crate) fn resolve_bases(&mut self, bases: &[Value]) -> PyResult<Option<(Vec<Value>, Value)>> {
        let is_type =
            |vm: &Vm, v: Value| matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Type(_)));
        if bases.iter().all(|&b| is_type(self, b)) {
            return Ok(None);
        }
        let orig = self.tuple_of(bases);
        let mut resolved: Vec<Value> = Vec::new();
        let fail = |vm: &mut Vm, resolved: Vec<Value>, e: ObjId| {
            for v in resolved {
                vm.decref(v);
            }
            vm.decref(orig);
            Err(e)
        };
        for &b in bases {
            if is_type(self, b) {
                resolved.push(self.share(b));
                continue;
            }
            let entries = match self.try_dunder(b, "__mro_entries__", &[orig]) {
                Ok(Some(r)) => r,
                // Not a class and no way to stand for one: the class statement's usual error.
                Ok(None) => {
                    resolved.push(self.share(b));
                    continue;
                }
                Err(e) => return fail(self, resolved, e),
            };
            match entries.as_obj().map(|id| self.heap.get(id)) {
                Some(Object::Tuple(items)) => {
                    let items = items.clone();
                    for v in items {
                        resolved.push(self.share(v));
                    }
                    self.decref(entries);
                }
                _ => {
                    self.decref(entries);
                    let e = self.new_exc(ExcKind::TypeError, "__mro_entries__ must return a tuple");
                    return fail(self, resolved, e);
                }
            }
        }
        Ok(Some((resolved, orig)))
    }
}
