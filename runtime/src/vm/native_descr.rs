//! CPython's C-level descriptors as the attribute machinery meets them: a class's `__slots__`
//! members and its `__dict__` and `__weakref__` (`getset_descriptor`, `member_descriptor`).
//! They are properties without functions (`Object::Property` with `native`), which reading,
//! writing and deleting through an instance come here to do natively.

use crate::object::exc_kind::ExcKind;
use crate::object::{DescrKind, NativeDescr, Object};
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// A new descriptor of `owner` (a class just made) for `name`.
    pub(crate) fn new_native_descr(&mut self, kind: DescrKind, name: &str, owner: ObjId) -> Value {
        self.heap.incref(owner);
        let owner_name = self.type_obj(owner).name.clone();
        let native = Some(Box::new(NativeDescr {
            kind,
            name: name.into(),
            owner: Value::Obj(owner),
            owner_name,
            view: false,
        }));
        self.alloc(Object::Property {
            fget: Value::None,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
            native,
        })
    }

    /// Whether instances of class `b` have a `__dict__` already, so that a subclass adds none.
    pub(crate) fn instances_have_dict(&self, b: ObjId) -> bool {
        if b == self.types.object {
            return false;
        }
        let t = self.type_obj(b);
        if !self.heap.is_immortal(b) {
            return t.has_dict;
        }
        t.layout == crate::object::Layout::Exception
            || matches!(t.name.as_str(), "type" | "function" | "module")
    }

    /// Whether instances of class `b` take weak references already (or, as CPython's
    /// variable-size objects, never can), so that a subclass adds no `__weakref__`.
    pub(crate) fn instances_have_weakrefs(&self, b: ObjId) -> bool {
        self.type_obj(b).mro.iter().any(|&c| {
            let t = self.type_obj(c);
            if self.heap.is_immortal(c) {
                matches!(
                    t.name.as_str(),
                    "type" | "function" | "module" | "set" | "frozenset" | "int" | "bool" | "tuple" | "bytes"
                )
            } else {
                self.dict_get_str(t.dict, "__weakref__").is_some()
            }
        })
    }

    /// What a native descriptor without functions describes: (kind, name, owner class).
    pub(crate) fn native_descr(&self, descr: ObjId) -> Option<(DescrKind, &str, Option<ObjId>)> {
        match self.heap.get(descr) {
            Object::Property { fget: Value::None, native: Some(d), .. } => {
                Some((d.kind, &d.name, d.owner.as_obj()))
            }
            _ => None,
        }
    }

    /// Whether `found` (an attribute found on a class) is a view of a native attribute
    /// (`NativeDescr::view`), which lookups through objects pass by.
    pub(crate) fn is_view(&self, found: Value) -> bool {
        found
            .as_obj()
            .is_some_and(|id| matches!(self.heap.get(id), Object::Property { native: Some(d), .. } if d.view))
    }

    /// Whether `found` (an attribute found on a class) is the `__slots__` member `key`.
    pub(crate) fn is_slot_member(&self, found: Value, key: &str) -> bool {
        found
            .as_obj()
            .and_then(|id| self.native_descr(id))
            .is_some_and(|(k, n, _)| k == DescrKind::Member && n == key)
    }

    /// CPython's check that a descriptor is used on an instance of its class.
    fn descr_applies(&mut self, name: &str, owner: Option<ObjId>, obj: Value) -> PyResult<()> {
        let Some(owner) = owner else { return Ok(()) };
        if self.isinstance(obj, owner) {
            return Ok(());
        }
        let (on, tn) = (self.type_obj(owner).name.to_string(), self.type_name(obj));
        Err(self.new_exc(
            ExcKind::TypeError,
            &format!("descriptor '{name}' for '{on}' objects doesn't apply to a '{tn}' object"),
        ))
    }

    /// The slot of instance `id` that holds `name`.
    fn slot_index(&self, id: ObjId, name: &str) -> Option<usize> {
        let Object::Instance(inst) = self.heap.get(id) else { return None };
        self.type_obj(inst.class).slots.as_ref()?.iter().position(|n| n == name)
    }

    /// `descr.__get__(obj)` for a native descriptor without functions (a new reference).
    pub(crate) fn native_descr_get(&mut self, descr: ObjId, obj: Value) -> PyResult<Value> {
        let Some((kind, name, owner)) = self.native_descr(descr) else {
            return Ok(self.share(Value::Obj(descr)));
        };
        let name = name.to_string();
        self.descr_applies(&name, owner, obj)?;
        if self.is_view(Value::Obj(descr)) {
            return self.getattr_str(obj, &name);
        }
        let id = obj.as_obj();
        match (kind, name.as_str()) {
            (DescrKind::Member, _) => {
                let v = id.and_then(|id| {
                    let i = self.slot_index(id, &name)?;
                    match self.heap.get(id) {
                        Object::Instance(inst) => inst.slots().get(i).copied().flatten(),
                        _ => None,
                    }
                });
                match v {
                    Some(v) => Ok(self.share(v)),
                    None => Err(self.attribute_error(obj, &name)),
                }
            }
            (DescrKind::GetSet, "__dict__") => match id.and_then(|id| self.instance_dict(id, true)) {
                Some(d) => Ok(self.share(Value::Obj(d))),
                None => Err(self.attribute_error(obj, "__dict__")),
            },
            (DescrKind::GetSet, _) => {
                let first = id.and_then(|id| self.weakrefs_of(id).first().copied());
                let first = first.map(|w| crate::vm::weakref::face(self, w));
                Ok(first.map_or(Value::None, |w| self.share(Value::Obj(w))))
            }
        }
    }

    /// `descr.__set__(obj, value)` (`Some`) or `descr.__delete__(obj)` (`None`) for a native
    /// descriptor without functions.
    pub(crate) fn native_descr_set(
        &mut self,
        descr: ObjId,
        obj: Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        let Some((kind, name, owner)) = self.native_descr(descr) else { return Ok(()) };
        let name = name.to_string();
        self.descr_applies(&name, owner, obj)?;
        if self.is_view(Value::Obj(descr)) {
            let key = self.intern(&name);
            return match value {
                Some(v) => self.setattr(obj, key, v),
                None => self.delattr(obj, key),
            };
        }
        let id = obj.as_obj();
        match (kind, name.as_str()) {
            (DescrKind::Member, _) => {
                let Some((id, i)) = id.and_then(|id| Some((id, self.slot_index(id, &name)?))) else {
                    return Err(self.attribute_error(obj, &name));
                };
                if let Some(v) = value {
                    self.incref(v);
                }
                let old = match self.heap.get_mut(id) {
                    Object::Instance(inst) => {
                        inst.slots_mut().get_mut(i).and_then(|s| std::mem::replace(s, value))
                    }
                    _ => None,
                };
                match old {
                    Some(o) => self.decref(o),
                    None if value.is_none() => return Err(self.new_exc(ExcKind::AttributeError, &name)),
                    None => {}
                }
                Ok(())
            }
            (DescrKind::GetSet, "__dict__") => match (id, value) {
                (Some(id), Some(v)) if self.has_instance_dict(id) => self.replace_instance_dict(id, v),
                (_, None) => Err(self.new_exc(ExcKind::TypeError, "cannot delete __dict__")),
                _ => Err(self.attribute_error(obj, "__dict__")),
            },
            (DescrKind::GetSet, _) => {
                let on = self.type_obj(owner.unwrap_or(self.types.object)).name.to_string();
                Err(self.new_exc(
                    ExcKind::AttributeError,
                    &format!("attribute '{name}' of '{on}' objects is not writable"),
                ))
            }
        }
    }
}
