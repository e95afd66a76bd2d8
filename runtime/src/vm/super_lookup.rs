//! Attribute lookup through a `super` object: the classes of the MRO after the one named, as
//! CPython's `super_getattro`, then the super object's own attributes.

use crate::object::Object;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `super(class, receiver).key` (`me` is the super object).
    pub(crate) fn super_attr(
        &mut self,
        class: ObjId,
        receiver: Value,
        key: &str,
        me: Value,
    ) -> PyResult<Option<Value>> {
        // As CPython's `supercheck`: a class receiver that derives from `class` is searched
        // itself (class methods); any other receiver, a class under a metaclass's methods
        // included, is searched through its type.
        let is_type = match receiver.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Type(t)) => t.mro.contains(&class),
            _ => false,
        };
        let start_type = match receiver.as_obj() {
            Some(id) if is_type => id,
            _ => self.type_of(receiver),
        };
        let mro = self.type_obj(start_type).mro.clone();
        let after = mro.iter().position(|&c| c == class).map_or(mro.len(), |p| p + 1);
        for &c in &mro[after..] {
            let dict = self.type_obj(c).dict;
            if let Some(f) = self.dict_get_str(dict, key) {
                if is_type && matches!(f.as_obj().map(|id| self.heap.get(id)), Some(Object::Function(_))) {
                    return Ok(Some(self.share(f)));
                }
                // `__new__` is a static method: `super().__new__(Other)` makes an `Other`.
                if key == "__new__"
                    && matches!(f.as_obj().map(|id| self.heap.get(id)), Some(Object::Builtin(b)) if b.receiver.is_none())
                {
                    return Ok(Some(self.share(f)));
                }
                return self.bind(f, receiver, start_type).map(Some);
            }
        }
        if let Some(f) = self.dict_get_str(self.object_extras, key) {
            return self.bind(f, receiver, start_type).map(Some);
        }
        // Last, the super object's own attributes (`__self__`, `__thisclass__`, `__get__`).
        let own = self.type_obj(self.types.super_).dict;
        match self.dict_get_str(own, key) {
            Some(f) => self.bind(f, me, self.types.super_).map(Some),
            None => Ok(None),
        }
    }
}
