//! Instance attributes, kept as CPython 3.11 keeps them: the names once per class (its shared
//! keys), the values in each instance, and a dict only for an instance that needs one.
//!
//! A million instances with two attributes then cost a million small arrays, not a million
//! dicts. An instance moves to a dict of its own when its attributes stop following the
//! class's order (set out of order, deleted), when the class has too many names, or when a
//! script asks for its `__dict__`. Only the last counts as a dict for the collector
//! (`Heap::inline_dict`): CPython 3.11 makes no dict in the other cases, so `gc.collect()`
//! must not count one.

use crate::heap::{ObjId, flags};
use crate::object::exc_kind::ExcKind;
use crate::object::{Attrs, Object};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Names a class shares at most (CPython's `SHARED_KEYS_MAX_SIZE`); an instance that sets
/// more gets a dict.
const MAX_KEYS: usize = 30;

impl Vm {
    /// The interned string for an attribute name, if there is one: shared keys hold only
    /// those, so a name without one is in no class's keys.
    fn canonical_name(&self, name: ObjId) -> Option<ObjId> {
        if self.heap.flags(name) & flags::INTERNED != 0 {
            return Some(name);
        }
        self.interner.get(self.str_of(Value::Obj(name))?)
    }

    fn key_position(&self, class: ObjId, name: ObjId) -> Option<usize> {
        self.type_obj(class).keys.iter().position(|&k| k == name)
    }

    /// An instance's attribute (borrowed), by name.
    pub fn instance_attr(&self, id: ObjId, name: ObjId) -> Option<Value> {
        let Object::Instance(inst) = self.heap.get(id) else { return None };
        match &inst.attrs {
            Attrs::Dict(d) => self.dict_get_name(*d, name),
            attrs => {
                let p = self.key_position(inst.class, self.canonical_name(name)?)?;
                attrs.values()?.get(p).copied().flatten()
            }
        }
    }

    /// `isinstance` without any `__instancecheck__` (CPython's `recursive_isinstance`): the
    /// class, or the one an object's own `__class__` claims (a proxy, a mock with a spec).
    pub fn real_isinstance(&mut self, obj: Value, cls: ObjId) -> PyResult<bool> {
        if self.isinstance(obj, cls) {
            return Ok(true);
        }
        if !self.has_own_class_attr(obj) {
            return Ok(false);
        }
        let claimed = self.getattr_str(obj, "__class__")?;
        let r = claimed
            .as_obj()
            .filter(|&c| matches!(self.heap.get(c), Object::Type(_)))
            .is_some_and(|c| self.is_subtype(c, cls));
        self.decref(claimed);
        Ok(r)
    }

    /// An instance's attribute (borrowed), by text.
    pub fn instance_attr_str(&self, id: ObjId, key: &str) -> Option<Value> {
        let Object::Instance(inst) = self.heap.get(id) else { return None };
        if inst.exc().is_some()
            && let Some(v) = self.exc_field_value(id, key)
        {
            return Some(v);
        }
        match &inst.attrs {
            Attrs::Dict(d) => self.dict_get_str(*d, key),
            attrs => {
                let p = self.key_position(inst.class, self.interner.get(key)?)?;
                attrs.values()?.get(p).copied().flatten()
            }
        }
    }

    /// The names of an instance's attributes, in `__dict__` order.
    pub fn instance_attr_names(&self, id: ObjId) -> Vec<String> {
        let Object::Instance(inst) = self.heap.get(id) else { return Vec::new() };
        match &inst.attrs {
            Attrs::Dict(d) => crate::vm::suggestions::dict_names(self, *d),
            attrs => {
                let keys = &self.type_obj(inst.class).keys;
                (attrs.values().unwrap_or_default().iter().zip(keys))
                    .filter(|(v, _)| v.is_some())
                    .filter_map(|(_, &k)| self.str_of(Value::Obj(k)).map(str::to_string))
                    .collect()
            }
        }
    }

    /// Whether the object is an instance with a `__dict__` (not `__slots__` only).
    pub fn has_instance_dict(&self, id: ObjId) -> bool {
        matches!(self.heap.get(id), Object::Instance(i) if !matches!(i.attrs, Attrs::None))
    }

    /// Sets an instance attribute, taking the reference to `value`. Gives `value` back if the
    /// instance has no `__dict__`.
    pub fn set_instance_attr(&mut self, id: ObjId, name: ObjId, value: Value) -> Result<(), Value> {
        let Object::Instance(inst) = self.heap.get(id) else { return Err(value) };
        let class = inst.class;
        match inst.attrs {
            Attrs::None => return Err(value),
            Attrs::Dict(d) => {
                self.dict_set_name(d, name, value);
                return Ok(());
            }
            Attrs::Inline(_) | Attrs::Values(_) => {}
        }
        if let Some(name) = self.canonical_name(name)
            && let Some(p) = self.shared_key(class, name)
        {
            let size = self.type_obj(class).keys.len();
            if let Object::Instance(inst) = self.heap.get_mut(id)
                && let Some(held) = inst.attrs.values()
            {
                if p >= held.len() {
                    // Sized for every name the class has seen: later ones then need no growth.
                    let mut grown = held.to_vec();
                    grown.resize(size, None);
                    inst.attrs = Attrs::Values(grown.into_boxed_slice());
                }
                let Some(values) = inst.attrs.values_mut() else { return Err(value) };
                // Otherwise the instance needs a dict to keep its order.
                if Attrs::settable_in_place(values, p) {
                    if let Some(old) = values[p].replace(value) {
                        self.decref(old);
                    }
                    return Ok(());
                }
            }
        }
        // CPython 3.11 makes a dict, a real one, only when the class has no room for the name.
        let keys = &self.type_obj(class).keys;
        let full = keys.len() >= MAX_KEYS && !keys.contains(&name);
        match self.instance_dict(id, full) {
            Some(d) => {
                self.dict_set_name(d, name, value);
                Ok(())
            }
            None => Err(value),
        }
    }

    /// `dir(obj)` on an instance that keeps its attributes in values: CPython's `object.__dir__`
    /// copies the instance's `__dict__` (a dict sharing the class's keys) and merges every
    /// class namespace of the hierarchy into the copy, and each new name lands in the shared
    /// keys while they have room. The class then has fewer free names, so later instances
    /// that set new attributes may need a dict of their own, which the collector counts.
    pub fn dir_fills_shared_keys(&mut self, id: ObjId) {
        let class = match self.heap.get(id) {
            Object::Instance(inst) if inst.attrs.values().is_some() => inst.class,
            _ => return,
        };
        // Immortal once interned: the class's keys hold them without a reference.
        let added = ["__dict__", "__weakref__", "__doc__"].map(|n| self.interner.intern(&mut self.heap, n));
        let mut names = Vec::new();
        self.class_namespace_names(class, &added, &mut names);
        let Object::Type(t) = self.heap.get_mut(class) else { return };
        let before = t.keys.len();
        for name in names {
            if t.keys.len() >= MAX_KEYS {
                break;
            }
            if !t.keys.contains(&name) {
                t.keys.push(name);
            }
        }
        if t.keys.len() != before {
            self.caches.type_epoch += 1;
        }
    }

    /// The interned names of `class`'s namespace as CPython's holds them, then of its bases'
    /// (depth first, as `merge_class_dict` walks `__bases__`). Reap's namespaces differ: a
    /// class keeps `__qualname__` and lacks the `__doc__`, `__dict__` and `__weakref__`
    /// entries CPython adds, and `object`'s are partly kept aside.
    fn class_namespace_names(&self, class: ObjId, added: &[ObjId; 3], names: &mut Vec<ObjId>) {
        let t = self.type_obj(class);
        let mut dicts = vec![t.dict];
        if t.bases.is_empty() {
            dicts.push(self.object_extras);
        }
        // The class that first gives instances a dict also holds their descriptors.
        // (Builtin classes are the immortal ones.)
        let first_dict = t.has_dict && t.bases.iter().all(|&b| self.heap.is_immortal(b));
        for d in dicts {
            if let Object::Dict(table) = self.heap.get(d) {
                let own =
                    table.iter().filter_map(|(_, e)| e.key.as_obj()).filter_map(|k| self.canonical_name(k));
                names.extend(own.filter(|&k| self.str_of(Value::Obj(k)) != Some("__qualname__")));
            }
        }
        if !t.bases.is_empty() {
            names.extend_from_slice(if first_dict { &added[..] } else { &added[2..] });
        }
        for &base in self.type_obj(class).bases.iter() {
            self.class_namespace_names(base, added, names);
        }
    }

    /// `set_instance_attr` by text.
    pub fn set_instance_attr_str(&mut self, id: ObjId, key: &str, value: Value) {
        if self.is_exc_field(id, key) {
            return self.set_exc_field(id, key, value);
        }
        let name = self.intern(key);
        if let Err(v) = self.set_instance_attr(id, name, value) {
            self.decref(v);
        }
        self.decref_id(name);
    }

    /// The position of `name` in the class's keys, added if there is room.
    fn shared_key(&mut self, class: ObjId, name: ObjId) -> Option<usize> {
        if let Some(p) = self.key_position(class, name) {
            return Some(p);
        }
        let Object::Type(t) = self.heap.get_mut(class) else { return None };
        if t.keys.len() >= MAX_KEYS {
            return None;
        }
        t.keys.push(name);
        // Attribute caches that found no such name on this class must look again.
        self.caches.type_epoch += 1;
        Some(t.keys.len() - 1)
    }

    /// Removes an instance attribute; false if there was none of that name.
    pub fn del_instance_attr(&mut self, id: ObjId, key: &str) -> bool {
        if self.instance_attr_str(id, key).is_none() {
            return false;
        }
        // A name set again after a deletion goes last in `__dict__` order: only a dict keeps
        // that.
        match self.instance_dict(id, false) {
            Some(d) => self.dict_del_str(d, key),
            None => false,
        }
    }

    /// `obj.__dict__ = d`: the instance's attributes are `d` from now on (borrowed; the
    /// instance takes its own reference).
    pub fn replace_instance_dict(&mut self, id: ObjId, d: Value) -> crate::vm::PyResult<()> {
        let is_dict = d.as_obj().is_some_and(|o| matches!(self.heap.get(o), Object::Dict(_)));
        let Some(new) = d.as_obj().filter(|_| is_dict) else {
            let tn = self.type_name(d);
            return Err(self.new_exc(
                ExcKind::TypeError,
                &format!("__dict__ must be set to a dictionary, not a '{tn}'"),
            ));
        };
        self.heap.incref(new);
        let old = match self.heap.get_mut(id) {
            Object::Instance(inst) => std::mem::replace(&mut inst.attrs, Attrs::Dict(new)),
            _ => Attrs::Dict(new),
        };
        old.each(|v| self.decref(v));
        Ok(())
    }

    /// The instance's dict, made from its values if it has none yet. `seen`: a script asked
    /// for it (`__dict__`, `vars`, `dir`), so it counts as a dict from now on, as in CPython.
    pub fn instance_dict(&mut self, id: ObjId, seen: bool) -> Option<ObjId> {
        let Object::Instance(inst) = self.heap.get_mut(id) else { return None };
        let class = inst.class;
        let values = match &inst.attrs {
            Attrs::None => return None,
            &Attrs::Dict(d) => {
                if seen {
                    self.heap.materialize_dict(d);
                }
                return Some(d);
            }
            attrs => attrs.values().unwrap_or_default().to_vec(),
        };
        let d = self.new_dict();
        if !seen {
            self.heap.inline_dict(d);
        }
        if let Object::Instance(inst) = self.heap.get_mut(id) {
            inst.attrs = Attrs::Dict(d);
        }
        for (p, v) in values.iter().enumerate() {
            let name = self.type_obj(class).keys.get(p).copied();
            match (name, *v) {
                (Some(name), Some(v)) => self.dict_set_name(d, name, v),
                (None, Some(v)) => self.decref(v),
                _ => {}
            }
        }
        Some(d)
    }

    /// `obj.__class__ = cls` for an instance of a class of a script: to another such class
    /// whose instances are laid out alike (CPython's `compatible_for_assignment`).
    pub(crate) fn set_instance_class(&mut self, id: ObjId, value: Value) -> crate::vm::PyResult<()> {
        use crate::object::exc_kind::ExcKind;
        let Some(new) = value.as_obj().filter(|&c| matches!(self.heap.get(c), Object::Type(_))) else {
            let tn = self.type_name(value);
            return Err(self.new_exc(
                ExcKind::TypeError,
                &format!("__class__ must be set to a class, not '{tn}' object"),
            ));
        };
        let old = match self.heap.get(id) {
            Object::Instance(inst) => inst.class,
            _ => self.types.object,
        };
        if self.heap.is_immortal(new) || self.heap.is_immortal(old) {
            return Err(self.new_exc(
                ExcKind::TypeError,
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        let (a, b) = (self.type_obj(old), self.type_obj(new));
        if a.has_dict != b.has_dict || a.slots != b.slots || a.layout != b.layout {
            let (an, bn) = (b.name.to_string(), a.name.to_string());
            return Err(self.new_exc(
                ExcKind::TypeError,
                &format!("__class__ assignment: '{an}' object layout differs from '{bn}'"),
            ));
        }
        // The attributes are kept by position in the old class's names: a dict keeps them.
        self.instance_dict(id, false);
        self.heap.incref(new);
        if let Object::Instance(inst) = self.heap.get_mut(id) {
            inst.class = new;
        }
        self.decref_id(old);
        Ok(())
    }
}
