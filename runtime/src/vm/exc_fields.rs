//! The fields an exception class declares in C in CPython (`OSError.errno`, `SyntaxError.msg`,
//! `ImportError.name`, `StopIteration.value`...): kept beside the exception, not in its
//! `__dict__`, so that `vars(e)`, `dir(e)` and pickling see what CPython's do, and assigning
//! `e.errno` changes what `str(e)` says. Reap's own notes on an exception (`__reap_str__`,
//! the rendered text of a `SyntaxError`) live there too.

use crate::object::Object;
use crate::value::{ObjId, Value};
use crate::vm::Vm;

/// What `BaseException` itself declares: kept in `ExcData`'s own fields.
const BASE_ATTRIBUTES: &[&str] =
    &["args", "__cause__", "__context__", "__suppress_context__", "__traceback__", "__dict__"];

impl Vm {
    fn fields_dict(&self, id: ObjId) -> Option<ObjId> {
        match self.heap.get(id) {
            Object::Instance(i) => i.exc()?.fields.as_obj(),
            _ => None,
        }
    }

    /// Whether `key` of the exception `id` is one of those fields: a note of Reap's, or a
    /// data attribute its builtin class declares (and no class of the script's redefines).
    pub(crate) fn is_exc_field(&self, id: ObjId, key: &str) -> bool {
        let Object::Instance(inst) = self.heap.get(id) else { return false };
        if inst.exc().is_none() {
            return false;
        }
        if key.starts_with("__reap_") {
            return true;
        }
        !BASE_ATTRIBUTES.contains(&key) && self.lookup_str(inst.class, key).is_some_and(|f| self.is_view(f))
    }

    /// The field `key` of the exception `id`, if set (borrowed).
    pub(crate) fn exc_field_value(&self, id: ObjId, key: &str) -> Option<Value> {
        self.fields_dict(id).and_then(|d| self.dict_get_str(d, key))
    }

    /// Sets a field of the exception `id`; takes ownership of `value`.
    pub(crate) fn set_exc_field(&mut self, id: ObjId, key: &str, value: Value) {
        let d = match self.fields_dict(id) {
            Some(d) => d,
            None => {
                let d = self.new_dict();
                match self.heap.get_mut(id) {
                    Object::Instance(i) if i.exc().is_some() => {
                        if let Some(e) = i.exc_mut() {
                            e.fields = Value::Obj(d);
                        }
                    }
                    _ => {
                        self.decref_id(d);
                        self.decref(value);
                        return;
                    }
                }
                d
            }
        };
        self.dict_set_str(d, key, value);
    }

    /// Removes a field; false if it was not set.
    pub(crate) fn del_exc_field(&mut self, id: ObjId, key: &str) -> bool {
        self.fields_dict(id).is_some_and(|d| self.dict_del_str(d, key))
    }
}
