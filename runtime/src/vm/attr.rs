//! Reading attributes (setting and deleting them is `attr_store.rs`): the type's MRO,
//! descriptors (functions bind, properties call, static and class methods), instance dicts
//! and slots, `__getattr__`, and the special attributes of builtin objects.

use crate::object::exc_kind::ExcKind;
use crate::object::{Object, PyStr, WeakKind};
use crate::value::ObjId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// The attribute `name` found in the class's MRO dicts (borrowed).
    pub fn lookup_in_mro(&self, cls: ObjId, name: ObjId) -> Option<Value> {
        let epoch = self.caches.type_epoch;
        if let Some(found) = self.caches.mro.get(cls, name, epoch) {
            return found;
        }
        let found = self.lookup_in_mro_uncached(cls, name);
        self.caches.mro.put(cls, name, epoch, found);
        found
    }

    fn lookup_in_mro_uncached(&self, cls: ObjId, name: ObjId) -> Option<Value> {
        let Object::Type(t) = self.heap.get(cls) else { return None };
        t.mro.iter().find_map(|&c| match self.heap.get(c) {
            Object::Type(ct) => self.dict_get_name(ct.dict, name),
            _ => None,
        })
    }

    pub(crate) fn lookup_str(&self, cls: ObjId, key: &str) -> Option<Value> {
        let Object::Type(t) = self.heap.get(cls) else { return None };
        t.mro.iter().find_map(|&c| match self.heap.get(c) {
            Object::Type(ct) => self.dict_get_str(ct.dict, key),
            _ => None,
        })
    }

    /// For `obj.name(...)`: the plain function to call with `obj` first, if that is what the
    /// attribute is (a new reference), or `None` to fall back to `getattr`.
    pub fn lookup_method(&mut self, obj: Value, name: ObjId) -> PyResult<Option<Value>> {
        if let Value::Obj(id) = obj
            && matches!(self.heap.get(id), Object::Type(_) | Object::Module { .. } | Object::Super { .. })
        {
            return Ok(None);
        }
        // A class's own `__getattribute__` sees method lookups too.
        if let Value::Obj(id) = obj
            && let Object::Instance(inst) = self.heap.get(id)
            && (self.caches.hooks_changed || self.type_obj(inst.class).custom_getattribute)
        {
            return Ok(None);
        }
        self.lookup_method_on_type(obj, name)
    }

    /// `lookup_method` past `__getattribute__`: how the runtime finds a special method such as
    /// `__call__`, on the type alone.
    pub(crate) fn lookup_method_on_type(&mut self, obj: Value, name: ObjId) -> PyResult<Option<Value>> {
        let cls = self.type_of(obj);
        let Some(found) = self.lookup_in_mro(cls, name) else { return Ok(None) };
        let plain = matches!(
            found.as_obj().map(|id| self.heap.get(id)),
            Some(Object::Function(_) | Object::Builtin(_))
        ) && self.takes_receiver(found);
        if !plain {
            return Ok(None);
        }
        // An instance attribute of the same name wins.
        if let Value::Obj(id) = obj
            && self.instance_attr(id, name).is_some()
        {
            return Ok(None);
        }
        self.incref(found);
        Ok(Some(found))
    }

    /// Whether what a class holds is a method that takes the instance first when reached
    /// through it: a Python function, or a builtin type's method. A builtin function (`len`,
    /// `print`: named without a type) is no descriptor in CPython, and stays as it is.
    pub(crate) fn takes_receiver(&self, f: Value) -> bool {
        match f.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Function(_) | Object::HostFunction { method: true, .. }) => true,
            Some(Object::Builtin(b)) => b.receiver.is_none() && b.name.contains('.'),
            _ => false,
        }
    }

    /// A special method looked up on the object's type alone and bound to the object (CPython's
    /// `_PyObject_LookupSpecial`): an instance's own attribute of the name does not count.
    pub(crate) fn lookup_special(&mut self, obj: Value, name: &str) -> PyResult<Option<Value>> {
        let cls = self.type_of(obj);
        let Some(f) = self.lookup_str(cls, name) else { return Ok(None) };
        let f = self.share(f);
        let bound = if self.is_user_descriptor(f, false) {
            self.call_get(f, obj, Value::Obj(cls))
        } else {
            self.bind(f, obj, cls)
        };
        self.decref(f);
        bound.map(Some)
    }

    /// Calls what a class holds as a special method that is no plain method (a static or
    /// class method, a descriptor, a callable object), bound as attribute access binds it.
    pub(crate) fn call_special_bound(
        &mut self,
        f: Value,
        obj: Value,
        cls: ObjId,
        args: &[Value],
        kwargs: &[(ObjId, Value)],
    ) -> PyResult<Value> {
        let bound = if self.is_user_descriptor(f, false) {
            self.call_get(f, obj, Value::Obj(cls))
        } else {
            self.bind(f, obj, cls)
        }?;
        let r = self.call(bound, args, kwargs);
        self.decref(bound);
        r
    }

    /// Binds what was found on a type to the object it was reached through.
    pub(crate) fn bind(&mut self, found: Value, obj: Value, cls: ObjId) -> PyResult<Value> {
        let Value::Obj(fid) = found else { return Ok(found) };
        match self.heap.get(fid) {
            Object::Function(_) => {
                self.incref(obj);
                self.incref(found);
                Ok(self.alloc(Object::BoundMethod { receiver: obj, func: found }))
            }
            Object::HostFunction { method: true, .. } => {
                self.incref(obj);
                self.incref(found);
                Ok(self.alloc(Object::BoundMethod { receiver: obj, func: found }))
            }
            Object::Builtin(b) if b.receiver.is_none() && b.name.contains('.') => {
                // The owner stays, for a bound slot method's `__objclass__` (a method-wrapper).
                let (name, native, owner) = (b.name, b.native, b.owner);
                self.incref(obj);
                Ok(self.alloc(Object::Builtin(crate::object::Builtin {
                    name,
                    native,
                    receiver: Some(obj),
                    owner,
                })))
            }
            &Object::ClassMethod(f) => self.classmethod_get(f, cls),
            Object::StaticMethod(f) => {
                let f = *f;
                Ok(self.share(f))
            }
            Object::Property { fget: Value::None, native: Some(_), .. } => self.native_descr_get(fid, obj),
            // An unbound `super(C)` read from an instance binds to it.
            &Object::Super { class, receiver: Value::None } if obj != Value::None => {
                self.heap.incref(class);
                self.incref(obj);
                Ok(self.alloc(Object::Super { class, receiver: obj }))
            }
            Object::Property { fget, .. } => {
                let fget = *fget;
                if fget == Value::None {
                    return Err(self.new_exc(ExcKind::AttributeError, "property has no getter"));
                }
                self.call(fget, &[obj], &[])
            }
            _ => Ok(self.share(found)),
        }
    }

    pub fn getattr(&mut self, obj: Value, name: ObjId) -> PyResult<Value> {
        match self.getattr_unnamed(obj, name) {
            Err(e) => Err(self.name_attribute_error(e, obj, name)),
            r => r,
        }
    }

    /// An `AttributeError` leaving an attribute lookup names the attribute and the object,
    /// unless whoever raised it already did (CPython 3.11's `set_attribute_error_context`).
    #[cold]
    fn name_attribute_error(&mut self, e: ObjId, obj: Value, name: ObjId) -> ObjId {
        if !self.isinstance(Value::Obj(e), self.exc_type(ExcKind::AttributeError)) {
            return e;
        }
        let (name_key, obj_key) = (self.common.name, self.common.obj);
        let unset = |vm: &mut Vm, key: ObjId| match vm.getattr_unnamed(Value::Obj(e), key) {
            Ok(v) => {
                vm.decref(v);
                v == Value::None
            }
            Err(x) => {
                vm.decref_id(x);
                false
            }
        };
        if unset(self, name_key) && unset(self, obj_key) {
            for (key, v) in [(name_key, Value::Obj(name)), (obj_key, obj)] {
                if let Err(x) = self.setattr(Value::Obj(e), key, v) {
                    self.decref_id(x);
                }
            }
        }
        e
    }

    fn getattr_unnamed(&mut self, obj: Value, name: ObjId) -> PyResult<Value> {
        // A class's own `__getattribute__` sees every lookup.
        if let Value::Obj(id) = obj
            && let Object::Instance(inst) = self.heap.get(id)
            && (self.caches.hooks_changed || self.type_obj(inst.class).custom_getattribute)
            && let Some(ga) = self.lookup_in_mro(inst.class, self.common.getattribute)
            && matches!(ga.as_obj().map(|g| self.heap.get(g)), Some(Object::Function(_)))
        {
            let ga = self.share(ga);
            let r = self.call(ga, &[obj, Value::Obj(name)], &[]);
            self.decref(ga);
            return match r {
                Err(e) if self.isinstance(Value::Obj(e), self.exc_type(ExcKind::AttributeError)) => {
                    let cls = self.type_of(obj);
                    match self.lookup_str(cls, "__getattr__") {
                        Some(f) => {
                            self.decref_id(e);
                            let f = self.share(f);
                            let r = self.call(f, &[obj, Value::Obj(name)], &[]);
                            self.decref(f);
                            r
                        }
                        None => Err(e),
                    }
                }
                r => r,
            };
        }
        self.getattr_plain(obj, name)
    }

    /// `object.__getattribute__` itself: no `__getattr__` fallback.
    pub fn getattr_no_hook(&mut self, obj: Value, name: ObjId) -> PyResult<Value> {
        if name == self.common.weakref
            && let Some(w) = self.weakref_attr(obj)
        {
            return Ok(w);
        }
        if let Some(v) = self.getattr_fast(obj, name) {
            return Ok(v);
        }
        let key = self.str_of(Value::Obj(name)).unwrap_or("").to_string();
        match self.getattr_opt(obj, &key, name)? {
            Some(v) => Ok(v),
            None => Err(self.attribute_error(obj, &key)),
        }
    }

    /// `obj.__weakref__` of an instance that can be weakly referenced: its first weak
    /// reference, or None.
    fn weakref_attr(&mut self, obj: Value) -> Option<Value> {
        let id = obj.as_obj()?;
        if !matches!(self.heap.get(id), Object::Instance(_)) || !self.weakrefable(obj) {
            return None;
        }
        Some(match self.weakrefs_of(id).first().copied() {
            Some(w) => {
                let w = crate::vm::weakref::face(self, w);
                self.heap.incref(w);
                Value::Obj(w)
            }
            None => Value::None,
        })
    }

    /// `object.__getattribute__` (and then `__getattr__`).
    pub fn getattr_plain(&mut self, obj: Value, name: ObjId) -> PyResult<Value> {
        match self.getattr_plain_opt(obj, name)? {
            Some(v) => Ok(v),
            None => {
                let key = self.str_of(Value::Obj(name)).unwrap_or("").to_string();
                Err(self.attribute_error(obj, &key))
            }
        }
    }

    /// `getattr(obj, name, default)` and `hasattr`'s lookup: the attribute, or None where
    /// CPython's would end in a plain `AttributeError` (that no hook raised), without making
    /// one.
    pub fn getattr_or_missing(&mut self, obj: Value, name: ObjId) -> PyResult<Option<Value>> {
        let hooked = match obj.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Instance(inst)) => {
                self.caches.hooks_changed || self.type_obj(inst.class).custom_getattribute
            }
            _ => false,
        };
        let r = if hooked { self.getattr(obj, name).map(Some) } else { self.getattr_plain_opt(obj, name) };
        match r {
            Ok(v) => Ok(v),
            Err(e) if self.isinstance(Value::Obj(e), self.exc_type(ExcKind::AttributeError)) => {
                self.decref_id(e);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// `getattr_plain`, answering None for an attribute nothing has.
    fn getattr_plain_opt(&mut self, obj: Value, name: ObjId) -> PyResult<Option<Value>> {
        if let Value::Obj(id) = obj
            && matches!(self.heap.get(id), Object::WeakRef(w) if w.kind != crate::object::WeakKind::Ref)
        {
            let target = crate::vm::weakref::proxy_target(self, id)?;
            return self.getattr(target, name).map(Some);
        }
        if name == self.common.weakref
            && let Some(w) = self.weakref_attr(obj)
        {
            return Ok(Some(w));
        }
        if let Some(v) = self.getattr_fast(obj, name) {
            return Ok(Some(v));
        }
        let key = self.str_of(Value::Obj(name)).unwrap_or("").to_string();
        let found = match self.getattr_opt(obj, &key, name) {
            Ok(found) => found,
            // An `AttributeError` from anywhere in the lookup (a property's getter, say) is
            // the attribute missing: `__getattr__` answers then too, as in CPython.
            Err(e) if self.isinstance(Value::Obj(e), self.exc_type(ExcKind::AttributeError)) => {
                let cls = self.type_of(obj);
                let Some(ga) = self.lookup_str(cls, "__getattr__") else { return Err(e) };
                self.decref_id(e);
                let ga = self.share(ga);
                let r = self.call(ga, &[obj, Value::Obj(name)], &[]);
                self.decref(ga);
                return r.map(Some);
            }
            Err(e) => return Err(e),
        };
        match found {
            Some(v) => Ok(Some(v)),
            None => {
                // `__getattr__` is the last resort.
                let cls = self.type_of(obj);
                if let Some(ga) = self.lookup_str(cls, "__getattr__") {
                    let ga = self.share(ga);
                    let r = self.call(ga, &[obj, Value::Obj(name)], &[]);
                    self.decref(ga);
                    return r.map(Some);
                }
                // PEP 562: a module's own `__getattr__` answers for names it lacks.
                if let Some(&Object::Module { dict, .. }) = obj.as_obj().map(|id| self.heap.get(id))
                    && let Some(ga) = self.dict_get_str(dict, "__getattr__")
                {
                    let ga = self.share(ga);
                    let r = self.call(ga, &[Value::Obj(name)], &[]);
                    self.decref(ga);
                    return r.map(Some);
                }
                Ok(None)
            }
        }
    }

    /// The common cases without allocating: an instance attribute, or a plain method, of an
    /// instance of a script-defined class, for a name that is not a dunder.
    fn getattr_fast(&mut self, obj: Value, name: ObjId) -> Option<Value> {
        let Value::Obj(id) = obj else { return None };
        let inst = match self.heap.get(id) {
            Object::Instance(inst) => inst,
            // A module's attribute is its global (`math.pi`, `weakref.finalize`).
            &Object::Module { dict, .. } => {
                let v = self.dict_get_name(dict, name)?;
                return Some(self.share(v));
            }
            _ => return None,
        };
        if self.str_of(Value::Obj(name)).is_none_or(|s| s.starts_with("__")) {
            return None;
        }
        let cls = inst.class;
        let found = self.lookup_in_mro(cls, name);
        match found {
            None => {
                let v = self.instance_attr(id, name)?;
                Some(self.share(v))
            }
            Some(f @ Value::Obj(fid)) if matches!(self.heap.get(fid), Object::Function(_)) => {
                if let Some(v) = self.instance_attr(id, name) {
                    return Some(self.share(v));
                }
                self.incref(obj);
                self.incref(f);
                Some(self.alloc(Object::BoundMethod { receiver: obj, func: f }))
            }
            Some(_) => None,
        }
    }

    /// `getattr(obj, name)` by string, for builtins.
    pub fn getattr_str(&mut self, obj: Value, name: &str) -> PyResult<Value> {
        // Interned names are immortal: one found needs no reference of ours.
        if let Some(id) = self.name_id(name) {
            return self.getattr(obj, id);
        }
        let id = self.intern(name);
        let r = self.getattr(obj, id);
        self.decref_id(id);
        r
    }

    pub fn attribute_error(&mut self, obj: Value, key: &str) -> ObjId {
        let msg = match obj.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Type(t)) => format!("type object '{}' has no attribute '{key}'", t.name),
            Some(Object::Module { name, .. }) => format!("module '{name}' has no attribute '{key}'"),
            _ => format!("'{}' object has no attribute '{key}'", self.type_name(obj)),
        };
        let e = self.new_exc(ExcKind::AttributeError, &msg);
        crate::vm::suggestions::mark_attribute(self, e);
        e
    }

    /// What `dir(obj)` would list, for suggestions.
    pub(crate) fn attribute_names(&self, obj: Value) -> Vec<String> {
        let mut dicts = Vec::new();
        let mut names: Vec<String> = Vec::new();
        match obj.as_obj().map(|id| (id, self.heap.get(id))) {
            Some((_, Object::Module { dict, .. })) => dicts.push(*dict),
            Some((_, Object::Type(t))) => dicts.extend(t.mro.iter().map(|&c| self.type_obj(c).dict)),
            Some((id, Object::Instance(i))) => {
                names = self.instance_attr_names(id);
                dicts.extend(self.type_obj(i.class).mro.iter().map(|&c| self.type_obj(c).dict));
            }
            _ => {
                let t = self.type_of(obj);
                dicts.extend(self.type_obj(t).mro.iter().map(|&c| self.type_obj(c).dict));
            }
        }
        for d in dicts {
            for n in crate::vm::suggestions::dict_names(self, d) {
                if !names.contains(&n) {
                    names.push(n);
                }
            }
        }
        names.sort();
        names
    }

    /// The attribute, or `None` when it does not exist (so `__getattr__` may be tried).
    fn getattr_opt(&mut self, obj: Value, key: &str, name: ObjId) -> PyResult<Option<Value>> {
        if let Some(v) = self.special_attr(obj, key)? {
            return Ok(Some(v));
        }
        if let Value::Obj(id) = obj {
            match self.heap.get(id) {
                Object::Type(_) => return self.class_attr(id, key),
                Object::Module { dict, .. } => {
                    let dict = *dict;
                    if let Some(v) = self.dict_get_str(dict, key) {
                        return Ok(Some(self.share(v)));
                    }
                    // A module's annotations: made, empty, on first read (CPython 3.10+).
                    if key == "__annotations__" {
                        let d = self.new_dict();
                        self.heap.incref(d);
                        self.dict_set_str(dict, key, Value::Obj(d));
                        return Ok(Some(Value::Obj(d)));
                    }
                    // Then what every object has from `object` (`__reduce_ex__`, `__class__`).
                    return self.object_extra(obj, key);
                }
                Object::Super { class, receiver } => {
                    let (class, receiver) = (*class, *receiver);
                    return self.super_attr(class, receiver, key, obj);
                }
                _ => {}
            }
        }
        let cls = self.type_of(obj);
        let found = self.lookup_in_mro(cls, name);
        if let Some(f) = found
            && self.is_view(f)
            && let Value::Obj(id) = obj
            && self.is_exc_field(id, key)
        {
            // Unset, CPython's members read as None; `characters_written` is a computed
            // attribute that is missing until a write sets it.
            return Ok(match self.exc_field_value(id, key) {
                Some(v) => Some(self.share(v)),
                None if key == "characters_written" => {
                    return Err(self.new_exc(ExcKind::AttributeError, "characters_written"));
                }
                None if key.starts_with("__reap_") => None,
                None => Some(Value::None),
            });
        }
        let found = match found {
            Some(f) if self.is_view(f) => match self.payload_view(obj, key) {
                Some(v) => return Ok(Some(v)),
                None => None,
            },
            found => found,
        };
        // Data descriptors (properties, classes with `__set__`) take precedence over the
        // instance dict.
        if let Some(f) = found {
            if matches!(f.as_obj().map(|id| self.heap.get(id)), Some(Object::Property { .. })) {
                return self.bind(f, obj, cls).map(Some);
            }
            if self.is_user_descriptor(f, true) {
                return self.call_get(f, obj, Value::Obj(cls)).map(Some);
            }
        }
        if let Value::Obj(id) = obj {
            match self.heap.get(id) {
                Object::Instance(inst) => {
                    // Slots are descriptors of the class: they come before the instance dict.
                    let slot_index = self
                        .type_obj(inst.class)
                        .slots
                        .as_ref()
                        .and_then(|s| s.iter().position(|n| n == key));
                    if let Some(i) = slot_index {
                        return match inst.slots().get(i).copied().flatten() {
                            Some(v) => Ok(Some(self.share(v))),
                            None => Err(self.attribute_error(obj, key)),
                        };
                    }
                    if let Some(v) = self.instance_attr(id, name) {
                        return Ok(Some(self.share(v)));
                    }
                }
                Object::Function(func) => {
                    if let Some(d) = func.dict
                        && let Some(v) = self.dict_get_str(d, key)
                    {
                        return Ok(Some(self.share(v)));
                    }
                }
                _ => {}
            }
        }
        match found {
            Some(f) if self.is_user_descriptor(f, false) => self.call_get(f, obj, Value::Obj(cls)).map(Some),
            Some(f) => self.bind(f, obj, cls).map(Some),
            // A bound method answers for its function (`__doc__`, `__name__`, attributes set on
            // the function), as CPython's method objects do.
            None => match obj.as_obj().map(|id| self.heap.get(id)) {
                // What a method has from `object` (`__reduce_ex__`, `__eq__`) is its own: CPython's
                // method type finds those in its MRO before it asks the function.
                Some(Object::BoundMethod { .. })
                    if key != "__doc__" && self.dict_get_str(self.object_extras, key).is_some() =>
                {
                    self.object_extra(obj, key)
                }
                Some(&Object::BoundMethod { func, .. }) => match self.getattr_opt(func, key, name)? {
                    Some(v) => Ok(Some(v)),
                    None => Err(self.attribute_error(func, key)),
                },
                _ => self.object_extra(obj, key),
            },
        }
    }

    /// One of the attributes every object has from `object` that live outside its dict
    /// (`Vm::object_extras`), bound to `obj`.
    fn object_extra(&mut self, obj: Value, key: &str) -> PyResult<Option<Value>> {
        let Some(f) = self.dict_get_str(self.object_extras, key) else { return Ok(None) };
        let cls = self.type_of(obj);
        self.bind(f, obj, cls).map(Some)
    }

    /// Whether `v` is an instance of a script-defined class with `__get__` (and, for a data
    /// descriptor, `__set__` or `__delete__`).
    /// Whether `f`, found as a class's attribute hook `name` (`__setattr__`...), is the class's
    /// own: Python code, or a builtin other than a type's native hook (the AttrDict recipe's
    /// `__setattr__ = dict.__setitem__` is; `object.__setattr__` is not).
    /// A class's `__dict__`: its namespace is read-only to scripts, which the caches of lookups
    /// rely on, so they get a mappingproxy of it, as in CPython. `object`'s methods kept
    /// outside its dict (`Vm::object_extras`) are in its `__dict__` for scripts (`'__hash__'
    /// in object.__dict__`, which `collections.abc` asks); `object` cannot change, so a proxy
    /// of a copy serves.
    fn class_dict_proxy(&mut self, cls: ObjId, d: ObjId) -> PyResult<Value> {
        if cls != self.types.object {
            return self.call_module_attr("_reap_mappingproxy", "mappingproxy", &[Value::Obj(d)]);
        }
        let merged = Value::Obj(self.new_dict());
        let extras = self.object_extras;
        for part in [d, extras] {
            if let Err(e) = self.dict_update(merged, Value::Obj(part)) {
                self.decref(merged);
                return Err(e);
            }
        }
        let r = self.call_module_attr("_reap_mappingproxy", "mappingproxy", &[merged]);
        self.decref(merged);
        r
    }

    /// A classmethod's function bound to `cls`. A builtin type's own class methods
    /// (`dict.fromkeys`, `int.from_bytes`) bind as CPython's C class methods do, to a builtin
    /// method whose `__self__` is the class; any other callable to a bound method.
    /// A classmethod read from `cls`: its function bound to the class, or, for a descriptor
    /// it wraps (`@classmethod` over `@property`, allowed in 3.11), that descriptor's
    /// `__get__(cls, cls)`, as CPython's `cm_descr_get`.
    fn classmethod_get(&mut self, f: Value, cls: ObjId) -> PyResult<Value> {
        if let Some(Object::Property { .. }) = f.as_obj().map(|id| self.heap.get(id)) {
            let meta = self.type_of(Value::Obj(cls));
            return self.bind(f, Value::Obj(cls), meta);
        }
        if self.is_user_descriptor(f, false) {
            return self.call_get(f, Value::Obj(cls), Value::Obj(cls));
        }
        Ok(self.bind_classmethod(f, cls))
    }

    fn bind_classmethod(&mut self, f: Value, cls: ObjId) -> Value {
        self.heap.incref(cls);
        if let Some(Object::Builtin(b)) = f.as_obj().map(|id| self.heap.get(id))
            && b.receiver.is_none()
            && (b.name.contains('.') || b.owner.is_some())
        {
            let (name, native) = (b.name, b.native);
            return self.alloc(Object::Builtin(crate::object::Builtin {
                name,
                native,
                receiver: Some(Value::Obj(cls)),
                owner: None,
            }));
        }
        self.incref(f);
        self.alloc(Object::BoundMethod { receiver: Value::Obj(cls), func: f })
    }

    pub(crate) fn is_custom_hook(&self, f: Value, name: &str) -> bool {
        match f.as_obj().map(|i| self.heap.get(i)) {
            Some(Object::Builtin(b)) => !b.name.ends_with(name),
            _ => true,
        }
    }

    pub(crate) fn is_user_descriptor(&self, v: Value, data: bool) -> bool {
        if !matches!(v.as_obj().map(|id| self.heap.get(id)), Some(Object::Instance(_))) {
            return false;
        }
        let t = self.type_of(v);
        if self.lookup_str(t, "__get__").is_none() {
            return false;
        }
        !data || self.lookup_str(t, "__set__").is_some() || self.lookup_str(t, "__delete__").is_some()
    }

    pub(crate) fn call_get(&mut self, descr: Value, obj: Value, owner: Value) -> PyResult<Value> {
        let t = self.type_of(descr);
        let get = self.lookup_str(t, "__get__").unwrap_or(Value::None);
        let get = self.share(get);
        let r = self.call(get, &[descr, obj, owner], &[]);
        self.decref(get);
        r
    }

    fn class_attr(&mut self, cls: ObjId, key: &str) -> PyResult<Option<Value>> {
        // The metaclass's data attributes come first (`type.__flags__` of a class, a
        // metaclass's property); under `type` only dunders are looked for, where its live.
        let meta = self.type_of(Value::Obj(cls));
        if key.starts_with("__") || meta != self.types.type_ {
            if let Some(f) = self.lookup_str(meta, key)
                && matches!(f.as_obj().map(|id| self.heap.get(id)), Some(Object::Property { .. }))
            {
                return self.bind(f, Value::Obj(cls), meta).map(Some);
            }
            // A metaclass's own data descriptor written in Python, as `type.__getattribute__`.
            if meta != self.types.type_
                && let Some(f) = self.lookup_str(meta, key)
                && self.is_user_descriptor(f, true)
            {
                return self.call_get(f, Value::Obj(cls), Value::Obj(meta)).map(Some);
            }
        }
        let Some(found) = self.lookup_str(cls, key) else {
            // Attributes every class has through its metaclass (`type` unless given).
            let type_t = self.type_of(Value::Obj(cls));
            return match self.lookup_str(type_t, key) {
                // A metaclass's non-data descriptor written in Python gives its `__get__`'s.
                Some(f) if self.is_user_descriptor(f, false) => {
                    self.call_get(f, Value::Obj(cls), Value::Obj(type_t)).map(Some)
                }
                Some(f) => self.bind(f, Value::Obj(cls), type_t).map(Some),
                None => match self.dict_get_str(self.object_extras, key) {
                    Some(found) => match found.as_obj().map(|id| self.heap.get(id)) {
                        Some(&Object::ClassMethod(f)) => self.classmethod_get(f, cls).map(Some),
                        _ => Ok(Some(self.share(found))),
                    },
                    None => Ok(None),
                },
            };
        };
        if self.is_user_descriptor(found, false) {
            return self.call_get(found, Value::None, Value::Obj(cls)).map(Some);
        }
        match found.as_obj().map(|id| self.heap.get(id)) {
            Some(&Object::ClassMethod(f)) => self.classmethod_get(f, cls).map(Some),
            Some(Object::StaticMethod(f)) => {
                let f = *f;
                Ok(Some(self.share(f)))
            }
            _ => Ok(Some(self.share(found))),
        }
    }

    /// Whether `obj` is an instance of a class that defines `__class__` itself (shadowing
    /// `object`'s, which gives the type).
    pub(crate) fn has_own_class_attr(&mut self, obj: Value) -> bool {
        let class = match obj.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Instance(inst)) => inst.class,
            // A proxy's `__class__` is its referent's.
            Some(Object::WeakRef(w)) => return w.kind != WeakKind::Ref,
            _ => return false,
        };
        let Some(name) = self.name_id("__class__") else { return false };
        let Some(found) = self.lookup_in_mro(class, name) else { return false };
        let object_dict = self.type_obj(self.types.object).dict;
        !self.dict_get_str(object_dict, "__class__").is_some_and(|v| v.is(found))
    }

    /// The module a builtin function of this name belongs to: `builtins` for `len`, `math`
    /// for `math.sqrt`; `None` for a method of a builtin type (`list.append`).
    fn builtin_module(&self, name: &'static str) -> Option<&'static str> {
        match name.rsplit_once('.') {
            None => Some("builtins"),
            // (Or a module the runtime registers under a private name, `_heapq`.)
            Some((owner, _)) => (self.slots.module_names.contains(&owner)
                || matches!(
                    self.dict_get_str(self.modules, owner).and_then(|m| m.as_obj()).map(|m| self.heap.get(m)),
                    Some(Object::Module { .. })
                ))
            .then_some(owner),
        }
    }

    /// A builtin's `__qualname__`: a type's method is named by its type (`zip.__next__`, even
    /// where one native serves several types), a module's function by itself.
    fn builtin_qualname(&self, b: &crate::object::Builtin) -> String {
        let short = b.name.rsplit('.').next().unwrap_or(b.name);
        let class = match (b.owner, b.receiver) {
            (Some(owner), _) if owner != self.types.object => Some(owner),
            // A builtin type's class method bound to its class (`list.__class_getitem__`).
            (None, Some(Value::Obj(r)))
                if !b.name.contains('.') && matches!(self.heap.get(r), Object::Type(_)) =>
            {
                Some(r)
            }
            _ => None,
        };
        match class {
            Some(c) => format!("{}.{short}", self.type_obj(c).name),
            None if self.builtin_module(b.name).is_some() => short.to_string(),
            None => b.name.to_string(),
        }
    }

    /// A builtin's `__text_signature__`: CPython's for the same builtin, else None.
    fn text_signature(&mut self, qualname: &str, name: &str) -> Value {
        // By its class first (a native several types share); a module's function by its name.
        let table = super::text_signatures::text_signature;
        let by_class = if qualname.contains('.') { table(qualname) } else { None };
        match by_class.or_else(|| table(name)) {
            Some(sig) => self.new_str(sig),
            None => Value::None,
        }
    }

    /// A builtin type's class method (a classmethod_descriptor) answers as its function.
    fn classmethod_descriptor_attr(&mut self, id: ObjId, key: &str) -> PyResult<Option<Value>> {
        match self.heap.get(id) {
            &Object::ClassMethod(f)
                if matches!(key, "__name__" | "__qualname__" | "__text_signature__" | "__objclass__")
                    && self.is_builtin_method(f) =>
            {
                self.getattr_str(f, key).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// A function's `__builtins__`, a builtin's `__self__`, a cell's contents (borrowed).
    fn function_or_cell_attr(&mut self, id: ObjId, key: &str) -> PyResult<Option<Value>> {
        Ok(match (self.heap.get(id), key) {
            (Object::Function(f), "__builtins__") => Some(Value::Obj(self.builtins_of(f.globals))),
            (Object::Cell(Some(v)), "cell_contents") => Some(*v),
            (Object::Cell(None), "cell_contents") => {
                return Err(self.new_exc(ExcKind::ValueError, "Cell is empty"));
            }
            // What a builtin is bound to: its receiver, else the module it belongs to. (A
            // type's method taken from the type has none, as CPython's method descriptors.)
            // The type whose method it is, for CPython's descriptors and method-wrappers.
            (Object::Builtin(b), "__objclass__")
                if let Some(owner) = b.owner
                    && self.builtin_type(b) != self.types.builtin_function =>
            {
                Some(Value::Obj(owner))
            }
            // A builtin type's `__new__` is bound to the type, as CPython's.
            (Object::Builtin(b), "__self__") if b.receiver.is_none() && b.name.ends_with(".__new__") => {
                b.owner.map(Value::Obj)
            }
            (Object::Builtin(b), "__self__") if b.receiver.is_some() || b.owner.is_none() => {
                match (b.receiver, self.builtin_module(b.name)) {
                    (Some(r), _) => Some(r),
                    (None, Some(m)) => Some(self.dict_get_str(self.modules, m).unwrap_or(Value::None)),
                    (None, None) => Some(Value::None),
                }
            }
            _ => None,
        })
    }

    /// A file object's data attributes (also of its byte layer, `buffer` or `raw`).
    fn file_attr(&mut self, id: ObjId, key: &str) -> Option<Value> {
        let (file, layer) = match self.heap.get(id) {
            Object::File(_) => (id, None),
            &Object::FileLayer { file, raw } => (file, Some(raw)),
            _ => return None,
        };
        let Object::File(f) = self.heap.get(file) else { return None };
        let text_file = !f.binary && layer.is_none();
        let text = |s: &str| Some(PyStr::new(s.to_string()));
        let s = match key {
            "name" => match f.descriptor {
                Some(fd) => return Some(Value::Int(fd)),
                None if f.name_is_bytes => {
                    let b = f.name.clone().into_bytes();
                    return Some(self.alloc(Object::Bytes(b)));
                }
                None => text(&f.name),
            },
            "mode" if layer.is_some() => text(&crate::object::file::raw_mode(&f.mode)),
            "mode" => text(&f.mode),
            "encoding" if text_file => text(&f.encoding),
            "errors" if text_file => text(&f.errors),
            "closed" => return Some(Value::Bool(f.handle.is_none())),
            "line_buffering" if text_file => return Some(Value::Bool(f.buffering == 1)),
            "write_through" if text_file => return Some(Value::Bool(f.text.write_through)),
            "newlines" if text_file => {
                // The line endings met so far, in CPython's order.
                let seen: Vec<&str> = [(1, "\r"), (2, "\n"), (4, "\r\n")]
                    .iter()
                    .filter(|(bit, _)| f.text.seen & bit != 0)
                    .map(|&(_, s)| s)
                    .collect();
                return Some(match seen.as_slice() {
                    [] => Value::None,
                    [one] => self.new_str(one.to_string()),
                    many => {
                        let items = many.iter().map(|s| self.new_str(s.to_string())).collect();
                        self.new_tuple(items)
                    }
                });
            }
            // The layer below: a text file's buffer, a buffered file's raw file.
            "buffer" if text_file => return Some(self.file_layer(file, false)),
            "raw" if (f.binary && f.buffering != 0 && layer.is_none()) || layer == Some(false) => {
                return Some(self.file_layer(file, true));
            }
            _ => None,
        };
        s.map(|s| self.alloc(Object::Str(s)))
    }

    fn file_layer(&mut self, file: ObjId, raw: bool) -> Value {
        self.heap.incref(file);
        self.alloc(Object::FileLayer { file, raw })
    }

    /// A builtin type's data attribute (`fget` of a property) read through an instance of a
    /// subclass, from the builtin value inside it.
    fn payload_view(&mut self, obj: Value, key: &str) -> Option<Value> {
        let payload = self.payload(obj).as_obj().filter(|_| !self.payload(obj).is(obj))?;
        let g = (self.slots.getsets)(self.heap.get(payload)).iter().find(|g| g.name == key)?;
        Some((g.get)(self, payload))
    }

    /// Attributes that are not in any dict: `__class__`, `__dict__`, `__name__` of functions
    /// and classes, exception fields.
    fn special_attr(&mut self, obj: Value, key: &str) -> PyResult<Option<Value>> {
        // The data attributes a builtin type declares in its own file (`types/`).
        if let Value::Obj(id) = obj
            && let Some(g) = (self.slots.getsets)(self.heap.get(id)).iter().find(|g| g.name == key)
        {
            return Ok(Some((g.get)(self, id)));
        }
        if let Value::Obj(id) = obj
            && let Some(v) = self.file_attr(id, key)
        {
            return Ok(Some(v));
        }
        if !key.starts_with("__")
            && !key.starts_with("co_")
            && !matches!(
                key,
                "args"
                    | "start"
                    | "stop"
                    | "step"
                    | "value"
                    | "code"
                    | "name"
                    | "gi_running"
                    | "tb_next"
                    | "tb_lineno"
                    | "tb_lasti"
                    | "tb_frame"
                    | "f_code"
                    | "f_lineno"
                    | "f_globals"
                    | "f_back"
                    | "f_locals"
                    | "f_builtins"
                    | "f_lasti"
                    | "f_trace"
                    | "f_trace_lines"
                    | "f_trace_opcodes"
                    | "cell_contents"
            )
        {
            return Ok(None);
        }
        // Functions and methods are callable: their `__call__` calls them (CPython hands out
        // a method-wrapper; the object itself calls the same).
        if key == "__call__"
            && matches!(
                obj.as_obj().map(|id| self.heap.get(id)),
                Some(Object::Function(_) | Object::Builtin(_) | Object::BoundMethod { .. })
            )
        {
            return Ok(Some(self.share(obj)));
        }
        if key == "__class__" {
            // A class may define its own `__class__` (a property, say): the lookup finds it.
            if self.has_own_class_attr(obj) {
                return Ok(None);
            }
            let t = self.type_of(obj);
            self.heap.incref(t);
            return Ok(Some(Value::Obj(t)));
        }
        let Value::Obj(id) = obj else {
            return Ok(None);
        };
        if let Some(v) = self.traceback_attr(id, key) {
            return Ok(Some(v));
        }
        if let Some(v) = self.code_attr(id, key) {
            return Ok(Some(v));
        }
        if key == "__closure__"
            && let Object::Function(f) = self.heap.get(id)
            && !f.closure.is_empty()
        {
            let cells: Vec<Value> = f.closure.iter().map(|&c| Value::Obj(c)).collect();
            for &c in &cells {
                self.incref(c);
            }
            return Ok(Some(self.new_tuple(cells)));
        }
        let v = match (self.heap.get(id), key) {
            (Object::Type(t), "__name__") => Some(PyStr::new(t.name.clone())),
            (Object::Type(t), "__qualname__") => Some(PyStr::new(t.qualname.clone())),
            // A builtin type's module (`builtins`, or `array` for `array.array`): it has no dict
            // entry for it, as a class a script makes does.
            (Object::Type(t), "__module__")
                if t.module == "builtins" || (t.layout == crate::object::Layout::Builtin && !t.has_dict) =>
            {
                Some(PyStr::new(t.module.clone()))
            }
            (Object::Function(f), "__name__") => Some(PyStr::new(&*f.name)),
            (Object::Function(f), "__qualname__") => Some(PyStr::new(&*f.qualname)),
            (Object::Builtin(b), "__name__") => {
                Some(PyStr::new(b.name.rsplit('.').next().unwrap_or(b.name).to_string()))
            }
            (Object::Builtin(b), "__qualname__") => Some(PyStr::new(self.builtin_qualname(b))),
            (Object::Builtin(b), "__module__") => match self.builtin_module(b.name) {
                Some(m) => Some(PyStr::new(m.to_string())),
                // A method of a builtin type (`[].append`) belongs to no module.
                None => return Ok(Some(Value::None)),
            },
            // CPython reads it off a docstring; Reap keeps CPython's in a table.
            (Object::Builtin(b), "__text_signature__") => {
                let (qualname, name) = (self.builtin_qualname(b), b.name);
                return Ok(Some(self.text_signature(&qualname, name)));
            }
            _ => None,
        };
        if let Some(s) = v {
            return Ok(Some(self.alloc(Object::Str(s))));
        }
        let v = match (self.heap.get(id), key) {
            (Object::Type(t), "__mro__") => {
                let items: Vec<Value> = t.mro.iter().map(|&c| Value::Obj(c)).collect();
                Some(items)
            }
            (Object::Type(t), "__bases__") => Some(t.bases.iter().map(|&c| Value::Obj(c)).collect()),
            (Object::Function(f), "__defaults__") if !f.defaults.is_empty() => Some(f.defaults.clone()),
            _ => None,
        };
        if let Some(items) = v {
            for &i in &items {
                self.incref(i);
            }
            return Ok(Some(self.new_tuple(items)));
        }
        if key == "__dict__"
            && let Object::Type(t) = self.heap.get(id)
        {
            return self.class_dict_proxy(id, t.dict).map(Some);
        }
        if let Some(v) = self.function_or_cell_attr(id, key)? {
            return Ok(Some(self.share(v)));
        }
        if let Some(v) = self.classmethod_descriptor_attr(id, key)? {
            return Ok(Some(v));
        }
        let dict = match key {
            "__dict__" => self.instance_dict(id, true),
            _ => None,
        };
        let v = match (self.heap.get(id), key) {
            (Object::Instance(_), "__dict__") => dict.map(Value::Obj),
            (Object::Module { dict, .. }, "__dict__") => Some(Value::Obj(*dict)),
            (Object::Function(f), "__doc__") => Some(f.doc),
            (Object::Function(f), "__module__") => Some(f.module),
            (Object::Function(f), "__globals__") => Some(Value::Obj(f.globals)),
            (Object::Function(f), "__defaults__") if f.defaults.is_empty() => Some(Value::None),
            (Object::Function(f), "__kwdefaults__") => Some(f.kwdefaults.map_or(Value::None, Value::Obj)),
            (Object::Function(f), "__closure__") if f.closure.is_empty() => Some(Value::None),
            (Object::Type(t), "__base__") => Some(t.bases.first().map_or(Value::None, |&b| Value::Obj(b))),
            (Object::Instance(i), "args") => i.exc().map(|e| e.args),
            (Object::Instance(i), "__cause__") => i.exc().map(|e| e.cause),
            (Object::Instance(i), "__context__") => i.exc().map(|e| e.context),
            (Object::Instance(i), "__suppress_context__") => i.exc().map(|e| Value::Bool(e.suppress_context)),
            (Object::Instance(i), "__traceback__") if i.exc().is_some_and(|e| e.traceback.is_empty()) => {
                Some(Value::None)
            }
            _ => None,
        };
        if let Some(v) = v {
            return Ok(Some(self.share(v)));
        }
        // A function's `__annotations__` and `__dict__` are made on first use.
        let field: Option<fn(&mut crate::object::Function) -> &mut Option<ObjId>> = match key {
            "__annotations__" => Some(|f| &mut f.annotations),
            "__dict__" => Some(|f| &mut f.dict),
            _ => None,
        };
        if let Some(field) = field
            && matches!(self.heap.get(id), Object::Function(_))
        {
            let existing = match self.heap.get_mut(id) {
                Object::Function(f) => *field(f),
                _ => None,
            };
            let d = match existing {
                Some(d) => d,
                None => {
                    let d = self.new_dict();
                    if let Object::Function(f) = self.heap.get_mut(id) {
                        *field(f) = Some(d);
                    }
                    d
                }
            };
            self.heap.incref(d);
            return Ok(Some(Value::Obj(d)));
        }
        if key == "__doc__"
            && let Object::Type(t) = self.heap.get(id)
        {
            let d = self.dict_get_str(t.dict, "__doc__").unwrap_or(Value::None);
            return Ok(Some(self.share(d)));
        }
        Ok(None)
    }
}
