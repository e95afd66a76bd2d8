//! Attribute lookup through a `super` object: the classes of the MRO after the one named, as
//! CPython's `super_getattro`, then the super object's own attributes.

use crate::object::Object;
use crate::object::frame::FrameState;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `super().name(...)` in a method (`super, __class__, self` on the stack): when `super` is
    /// the builtin, `self` an instance of `__class__` and the MRO after it has a plain function
    /// for `name`, the stack becomes that function and `self`, as `LoadMethod` leaves a method
    /// (CPython 3.12's `LOAD_SUPER_ATTR`). False, and the stack as it was, for anything else.
    pub(crate) fn super_method_quick(&mut self, f: &mut FrameState, name: ObjId) -> bool {
        let n = f.stack.len();
        let (sup, class, me) = (f.stack[n - 3], f.stack[n - 2], f.stack[n - 1]);
        let Value::Obj(class) = class else { return false };
        if !sup.is(Value::Obj(self.types.super_)) || !matches!(self.heap.get(class), Object::Type(_)) {
            return false;
        }
        // A class receiver (`super()` in a class method) binds differently: the long way.
        if matches!(me.as_obj().map(|id| self.heap.get(id)), Some(Object::Type(_))) {
            return false;
        }
        let mro = &self.type_obj(self.type_of(me)).mro;
        let Some(at) = mro.iter().position(|&c| c == class) else { return false };
        let found = mro[at + 1..].iter().find_map(|&c| self.dict_get_name(self.type_obj(c).dict, name));
        let Some(func) =
            found.filter(|v| matches!(v.as_obj().map(|id| self.heap.get(id)), Some(Object::Function(_))))
        else {
            return false;
        };
        self.incref(func);
        f.stack.truncate(n - 3);
        f.stack.push(func);
        f.stack.push(me);
        self.decref(sup);
        // The class is alive: the function's `__class__` cell holds it.
        self.decref_id(class);
        true
    }

    /// `super()`: the super object `super(__class__, self)` in place of the three on the
    /// stack; whatever else the name `super` is bound to is called with no arguments.
    pub(crate) fn make_super(&mut self, f: &mut FrameState) -> PyResult<()> {
        let me = f.pop();
        let class = f.pop();
        let sup = f.pop();
        let args = [class, me];
        let args = if sup.is(Value::Obj(self.types.super_)) { &args[..] } else { &[] };
        let r = self.call(sup, args, &[]);
        self.decref(me);
        self.decref(class);
        self.decref(sup);
        f.stack.push(r?);
        Ok(())
    }

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
        // An unbound `super(C)` searches nothing but itself.
        let after = match receiver {
            Value::None => mro.len(),
            _ => mro.iter().position(|&c| c == class).map_or(mro.len(), |p| p + 1),
        };
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
        if receiver != Value::None
            && let Some(f) = self.dict_get_str(self.object_extras, key)
        {
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
