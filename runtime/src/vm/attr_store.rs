//! Setting and deleting attributes: `setattr`/`delattr` with the class's hooks, and
//! `object.__setattr__`/`__delattr__` (data descriptors, the instance dict or slots, a class's
//! namespace, the links of exceptions).

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::ObjId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    pub fn setattr(&mut self, obj: Value, name: ObjId, value: Value) -> PyResult<()> {
        if let Value::Obj(id) = obj
            && matches!(self.heap.get(id), Object::WeakRef(w) if w.kind != crate::object::WeakKind::Ref)
        {
            let target = crate::vm::weakref::proxy_target(self, id)?;
            return self.setattr(target, name, value);
        }
        let cls = self.type_of(obj);
        // The common case: an instance with a dict, no `__setattr__` of its own, and no
        // descriptor for the name.
        if let Value::Obj(id) = obj
            && self.has_instance_dict(id)
            && name != self.common.dict
            && name != self.common.class
            && !matches!(self.heap.get(id), Object::Instance(i) if i.exc().is_some())
            && !(self.caches.hooks_changed
                || self.type_obj(cls).custom_setattr
                || self.type_obj(cls).slots.is_some())
            && self.lookup_in_mro(cls, name).is_none()
        {
            self.incref(value);
            if let Err(v) = self.set_instance_attr(id, name, value) {
                self.decref(v);
            }
            return Ok(());
        }
        if let Some(sa) = self.lookup_str(cls, "__setattr__")
            && self.is_custom_hook(sa, "__setattr__")
        {
            let sa = self.share(sa);
            let r = self.call(sa, &[obj, Value::Obj(name), value], &[]);
            self.decref(sa);
            let v = r?;
            self.decref(v);
            return Ok(());
        }
        self.generic_setattr(obj, name, value)
    }

    /// The error for changing an attribute of a builtin class (made by the runtime, so
    /// immortal), which CPython's classes refuse as theirs are immutable. `weakref.finalize`
    /// is native here but a Python class in CPython, so it stays open.
    fn immutable_type_error(&mut self, obj: Value, key: &str) -> Option<ObjId> {
        let id = obj.as_obj()?;
        let Object::Type(t) = self.heap.get(id) else { return None };
        if !self.heap.is_immortal(id) || (t.module == "weakref" && t.name == "finalize") {
            return None;
        }
        let tname = if t.module == "builtins" {
            t.qualname.to_string()
        } else {
            format!("{}.{}", t.module, t.qualname)
        };
        Some(self.new_exc(
            ExcKind::TypeError,
            &format!("cannot set '{key}' attribute of immutable type '{tname}'"),
        ))
    }

    /// `exc.__cause__ = ...` and the other links of an exception, checked as CPython checks
    /// them; setting a cause also suppresses the context, as `raise ... from` does.
    pub(crate) fn set_exception_link(&mut self, id: ObjId, key: &str, value: Value) -> PyResult<()> {
        let is_exc = |vm: &Vm, v: Value| {
            v == Value::None
                || matches!(v.as_obj().map(|i| vm.heap.get(i)), Some(Object::Instance(i)) if i.exc().is_some())
        };
        let error = match key {
            "__cause__" if !is_exc(self, value) => {
                Some("exception cause must be None or derive from BaseException")
            }
            "__context__" if !is_exc(self, value) => {
                Some("exception context must be None or derive from BaseException")
            }
            "__suppress_context__" if !matches!(value, Value::Bool(_)) => {
                Some("attribute value type must be bool")
            }
            "__traceback__" if value != Value::None => {
                if let Some(Object::Traceback { entries }) = value.as_obj().map(|i| self.heap.get(i)) {
                    let entries = entries.to_vec();
                    self.attach_traceback(id, entries);
                    return Ok(());
                }
                Some("__traceback__ must be a traceback or None")
            }
            _ => None,
        };
        if let Some(msg) = error {
            return Err(self.new_exc(ExcKind::TypeError, msg));
        }
        self.incref(value);
        let Object::Instance(inst) = self.heap.get_mut(id) else { unreachable!("checked by the caller") };
        let Some(exc) = inst.exc_mut() else { unreachable!("checked by the caller") };
        let old = match key {
            "__cause__" => {
                exc.suppress_context = true;
                Some(std::mem::replace(&mut exc.cause, value))
            }
            "__context__" => Some(std::mem::replace(&mut exc.context, value)),
            "__suppress_context__" => {
                exc.suppress_context = value == Value::Bool(true);
                None
            }
            _ => {
                let entries = std::mem::take(&mut exc.traceback);
                for e in entries {
                    if let Some(f) = e.frame {
                        self.decref_id(f);
                    }
                }
                None
            }
        };
        if let Some(old) = old {
            self.decref(old);
        }
        Ok(())
    }

    /// `cls.__name__ = ...` and `cls.__qualname__ = ...`: strings only, as CPython checks.
    fn rename_class(&mut self, id: ObjId, key: &str, value: Value) -> PyResult<()> {
        let Some(text) = self.str_of(value).map(str::to_string) else {
            let (cls, tn) = (self.type_obj(id).name.clone(), self.type_name(value));
            return Err(self
                .new_exc(ExcKind::TypeError, &format!("can only assign string to {cls}.{key}, not '{tn}'")));
        };
        if let Object::Type(t) = self.heap.get_mut(id) {
            if key == "__name__" {
                t.name = text.into();
            } else {
                t.qualname = text.into();
            }
        }
        self.caches.type_epoch += 1;
        Ok(())
    }

    /// `exc.__traceback__ = tb`: `exc` records the traceback object's levels (taking
    /// references to their frames).
    fn attach_traceback(&mut self, id: ObjId, entries: Vec<crate::object::TracebackEntry>) {
        for f in entries.iter().filter_map(|e| e.frame) {
            self.heap.incref(f);
        }
        let old = match self.heap.get_mut(id) {
            Object::Instance(i) => i.exc_mut().map(|e| std::mem::replace(&mut e.traceback, entries)),
            _ => None,
        };
        for f in old.into_iter().flatten().filter_map(|e| e.frame) {
            self.decref_id(f);
        }
    }

    /// The builtin type whose read-only data attribute `found` is (`native::def_attr`'s
    /// property: no setter, and a getter that is the builtin `type.key`).
    /// CPython's refusal to change a builtin type's read-only attribute, when `found` is one:
    /// a struct member is a "readonly attribute", a computed attribute is "not writable".
    fn read_only_native(&self, found: Value) -> Option<String> {
        let Some(Object::Property { fset: Value::None, native: Some(n), .. }) =
            found.as_obj().map(|id| self.heap.get(id))
        else {
            return None;
        };
        Some(match n.kind {
            crate::object::DescrKind::Member => "readonly attribute".to_string(),
            crate::object::DescrKind::GetSet => {
                format!("attribute '{}' of '{}' objects is not writable", n.name, n.owner_name)
            }
        })
    }

    /// Whether `found` is a namedtuple's field (`modules/tuple_getter.rs`), which CPython's
    /// `_tuplegetter` refuses to set or delete in words of its own.
    fn is_tuple_getter(&self, found: Value) -> bool {
        matches!(found.as_obj().map(|id| self.heap.get(id)),
            Some(Object::Property { fget: Value::Obj(g), .. })
                if matches!(self.heap.get(*g), Object::Builtin(b) if b.name == "_tuplegetter.__get__"))
    }

    fn getset_owner(&self, found: Value, key: &str) -> Option<&'static str> {
        let Some(Object::Property { fget: Value::Obj(g), fset: Value::None, .. }) =
            found.as_obj().map(|id| self.heap.get(id))
        else {
            return None;
        };
        match self.heap.get(*g) {
            // `type.attr`, or `module.type.attr` for a type of one of CPython's C modules.
            Object::Builtin(b) => b.name.rsplit_once('.').filter(|&(_, k)| k == key).map(|(owner, _)| owner),
            _ => None,
        }
    }

    /// Whether `key` is one of `type`'s data attributes that a class may change or delete:
    /// the class's own business (a rename, its namespace), not its metaclass's descriptors'.
    fn class_owns(&self, obj: Value, key: &str) -> bool {
        matches!(
            key,
            "__name__"
                | "__qualname__"
                | "__module__"
                | "__doc__"
                | "__annotations__"
                | "__abstractmethods__"
                | "__bases__"
        ) && matches!(obj.as_obj().map(|id| self.heap.get(id)), Some(Object::Type(_)))
    }

    /// `object.__setattr__`: properties, then the instance dict or slots.
    pub fn generic_setattr(&mut self, obj: Value, name: ObjId, value: Value) -> PyResult<()> {
        let key = self.str_of(Value::Obj(name)).unwrap_or("").to_string();
        if let Some(e) = self.immutable_type_error(obj, &key) {
            return Err(e);
        }
        if key == "__dict__"
            && let Some(id) = obj.as_obj()
            && self.has_instance_dict(id)
        {
            return self.replace_instance_dict(id, value);
        }
        if key == "__class__" {
            return match obj.as_obj() {
                Some(id) if matches!(self.heap.get(id), Object::Instance(_)) => {
                    self.set_instance_class(id, value)
                }
                // Any other value's class is its builtin type's, fixed.
                _ => self.set_instance_class(self.not_implemented, value),
            };
        }
        if matches!(key.as_str(), "__cause__" | "__context__" | "__suppress_context__" | "__traceback__")
            && let Some(id) = obj.as_obj()
            && matches!(self.heap.get(id), Object::Instance(i) if i.exc().is_some())
        {
            return self.set_exception_link(id, &key, value);
        }
        // A field its builtin class declares (`OSError.errno`): beside the exception, not in
        // its `__dict__`.
        if let Some(id) = obj.as_obj()
            && self.is_exc_field(id, &key)
        {
            self.incref(value);
            self.set_exc_field(id, &key, value);
            return Ok(());
        }
        // An exception's `args` is its arguments (what `str()` shows), made a tuple.
        if key == "args"
            && let Some(id) = obj.as_obj()
            && matches!(self.heap.get(id), Object::Instance(i) if i.exc().is_some())
        {
            let it = self.get_iter(value)?;
            let items = self.collect_iter(it)?;
            let args = self.new_tuple(items);
            self.set_exc_args(id, args);
            return Ok(());
        }
        // A property's docstring is writable (namedtuple's fields get theirs that way).
        if key == "__doc__"
            && let Some(Object::Property { doc, .. }) = obj.as_obj().map(|id| self.heap.get_mut(id))
        {
            let old = std::mem::replace(doc, value);
            self.incref(value);
            self.decref(old);
            return Ok(());
        }
        let cls = self.type_of(obj);
        if !self.class_owns(obj, &key)
            && let Some(found) = self.lookup_in_mro(cls, name).filter(|&f| !self.is_view(f))
            && let Some(Object::Property { fset, .. }) = found.as_obj().map(|id| self.heap.get(id))
        {
            let fset = *fset;
            if let Some(d) = found.as_obj().filter(|&d| self.native_descr(d).is_some()) {
                return self.native_descr_set(d, obj, Some(value));
            }
            if let Some(msg) = self.read_only_native(found) {
                return Err(self.new_exc(ExcKind::AttributeError, &msg));
            }
            if let Some(owner) = self.getset_owner(found, &key) {
                return Err(self.new_exc(
                    ExcKind::AttributeError,
                    &format!("attribute '{key}' of '{owner}' objects is not writable"),
                ));
            }
            if fset == Value::None && self.is_tuple_getter(found) {
                return Err(self.new_exc(ExcKind::AttributeError, "can't set attribute"));
            }
            if fset == Value::None {
                let tname = self.type_name(obj);
                return Err(self.new_exc(
                    ExcKind::AttributeError,
                    &format!("property '{key}' of '{tname}' object has no setter"),
                ));
            }
            let r = self.call(fset, &[obj, value], &[])?;
            self.decref(r);
            return Ok(());
        }
        // A class attribute whose type has `__set__` takes the assignment, with or without a
        // `__get__` (a set-only descriptor is still a data descriptor).
        if let Some(found) = self.lookup_in_mro(cls, name).filter(|&f| !self.is_view(f))
            && matches!(found.as_obj().map(|id| self.heap.get(id)), Some(Object::Instance(_)))
            && let Some(set) = self.lookup_str(self.type_of(found), "__set__")
        {
            let set = self.share(set);
            let r = self.call(set, &[found, obj, value], &[]);
            self.decref(set);
            let r = r?;
            self.decref(r);
            return Ok(());
        }
        let Value::Obj(id) = obj else {
            return Err(self.attribute_error(obj, &key));
        };
        match self.heap.get(id) {
            Object::Instance(inst) => {
                let class = inst.class;
                let slot = self.type_obj(class).slots.as_ref().and_then(|s| s.iter().position(|n| *n == key));
                match slot {
                    Some(i) => {
                        self.incref(value);
                        let old = match self.heap.get_mut(id) {
                            Object::Instance(inst) => {
                                inst.slots_mut().get_mut(i).and_then(|s| s.replace(value))
                            }
                            _ => None,
                        };
                        if let Some(o) = old {
                            self.decref(o);
                        }
                        Ok(())
                    }
                    None => {
                        self.incref(value);
                        let Err(value) = self.set_instance_attr(id, name, value) else { return Ok(()) };
                        self.decref(value);
                        Err(self.attribute_error(obj, &key))
                    }
                }
            }
            Object::Type(t) => {
                let d = t.dict;
                if matches!(key.as_str(), "__name__" | "__qualname__") {
                    return self.rename_class(id, &key, value);
                }
                if key == "__module__"
                    && let Some(m) = self.str_of(value).map(str::to_string)
                    && let Object::Type(t) = self.heap.get_mut(id)
                {
                    t.module = m.into();
                }
                self.incref(value);
                self.dict_set_str(d, &key, value);
                self.caches.type_epoch += 1;
                if matches!(key.as_str(), "__getattribute__" | "__setattr__") {
                    self.caches.hooks_changed = true;
                }
                Ok(())
            }
            Object::Module { dict, .. } => {
                let d = *dict;
                self.incref(value);
                self.dict_set_str(d, &key, value);
                Ok(())
            }
            Object::Function(_) | Object::Cell(_) => self.set_native_attr(obj, id, &key, value),
            _ => {
                let tname = self.type_name(obj);
                // What the class has (a method) cannot be replaced on an object without a dict.
                let msg = if self.lookup_str(self.type_of(obj), &key).is_some() {
                    format!("'{tname}' object attribute '{key}' is read-only")
                } else {
                    format!("'{tname}' object has no attribute '{key}'")
                };
                Err(self.new_exc(ExcKind::AttributeError, &msg))
            }
        }
    }

    /// Setting an attribute of a function (its names, defaults, annotations, own dict) or a
    /// cell's contents.
    fn set_native_attr(&mut self, obj: Value, id: ObjId, key: &str, value: Value) -> PyResult<()> {
        match self.heap.get(id) {
            // CPython's read-only struct members of a function.
            Object::Function(_) if matches!(key, "__globals__" | "__closure__" | "__builtins__") => {
                Err(self.new_exc(ExcKind::AttributeError, "readonly attribute"))
            }
            Object::Function(_) if matches!(key, "__name__" | "__qualname__" | "__doc__" | "__module__") => {
                let text = self.str_of(value).map(str::to_string);
                if text.is_none() && matches!(key, "__name__" | "__qualname__") {
                    let msg = format!("{key} must be set to a string object");
                    return Err(self.new_exc(ExcKind::TypeError, &msg));
                }
                self.incref(value);
                let old = match self.heap.get_mut(id) {
                    Object::Function(f) => match key {
                        "__name__" => {
                            f.name = text.unwrap_or_default().into();
                            None
                        }
                        "__qualname__" => {
                            f.qualname = text.unwrap_or_default().into();
                            None
                        }
                        "__doc__" => Some(std::mem::replace(&mut f.doc, value)),
                        _ => Some(std::mem::replace(&mut f.module, value)),
                    },
                    _ => None,
                };
                match old {
                    Some(o) => self.decref(o),
                    None => self.decref(value),
                }
                Ok(())
            }
            Object::Function(_) if key == "__defaults__" => {
                let items = match value.as_obj().map(|v| self.heap.get(v)) {
                    _ if value == Value::None => Vec::new(),
                    Some(Object::Tuple(items)) => items.to_vec(),
                    _ => {
                        let msg = "__defaults__ must be set to a tuple object";
                        return Err(self.new_exc(ExcKind::TypeError, msg));
                    }
                };
                for &v in &items {
                    self.incref(v);
                }
                let old = match self.heap.get_mut(id) {
                    Object::Function(f) => std::mem::replace(&mut f.defaults, items),
                    _ => items,
                };
                for v in old {
                    self.decref(v);
                }
                Ok(())
            }
            Object::Function(_) if key == "__kwdefaults__" => {
                let dict = value.as_obj().filter(|&d| matches!(self.heap.get(d), Object::Dict(_)));
                if dict.is_none() && value != Value::None {
                    return Err(
                        self.new_exc(ExcKind::TypeError, "__kwdefaults__ must be set to a dict object")
                    );
                }
                self.incref(value);
                let old = match self.heap.get_mut(id) {
                    Object::Function(f) => std::mem::replace(&mut f.kwdefaults, dict),
                    _ => None,
                };
                if let Some(o) = old {
                    self.decref_id(o);
                }
                Ok(())
            }
            Object::Cell(_) if key == "cell_contents" => {
                self.incref(value);
                let old = match self.heap.get_mut(id) {
                    Object::Cell(slot) => slot.replace(value),
                    _ => None,
                };
                if let Some(o) = old {
                    self.decref(o);
                }
                Ok(())
            }
            Object::Function(f) if key == "__code__" => {
                let nfree = f.closure.len();
                let code = match value.as_obj().map(|i| self.heap.get(i)) {
                    Some(Object::Code(c)) => std::sync::Arc::clone(c),
                    _ => {
                        return Err(self.new_exc(ExcKind::TypeError, "__code__ must be set to a code object"));
                    }
                };
                if code.freevars.len() != nfree {
                    let name = f.name.clone();
                    let msg = format!(
                        "{name}() requires a code object with {nfree} free vars, not {}",
                        code.freevars.len()
                    );
                    return Err(self.new_exc(ExcKind::ValueError, &msg));
                }
                if let Object::Function(f) = self.heap.get_mut(id) {
                    f.code = code;
                }
                Ok(())
            }
            Object::Function(_) if key == "__annotations__" => {
                let dict = value.as_obj().filter(|&d| matches!(self.heap.get(d), Object::Dict(_)));
                if dict.is_none() && value != Value::None {
                    return Err(
                        self.new_exc(ExcKind::TypeError, "__annotations__ must be set to a dict object")
                    );
                }
                self.incref(value);
                let old = match self.heap.get_mut(id) {
                    Object::Function(f) => std::mem::replace(&mut f.annotations, dict),
                    _ => None,
                };
                if let Some(o) = old {
                    self.decref_id(o);
                }
                Ok(())
            }
            Object::Function(_) => {
                let d = self.getattr_str(obj, "__dict__")?;
                self.incref(value);
                if let Some(did) = d.as_obj() {
                    self.dict_set_str(did, key, value);
                }
                self.decref(d);
                Ok(())
            }
            _ => {
                let tname = self.type_name(obj);
                Err(self
                    .new_exc(ExcKind::AttributeError, &format!("'{tname}' object has no attribute '{key}'")))
            }
        }
    }

    pub fn delattr(&mut self, obj: Value, name: ObjId) -> PyResult<()> {
        let cls = self.type_of(obj);
        if let Some(da) = self.lookup_str(cls, "__delattr__")
            && self.is_custom_hook(da, "__delattr__")
        {
            let da = self.share(da);
            let r = self.call(da, &[obj, Value::Obj(name)], &[]);
            self.decref(da);
            let v = r?;
            self.decref(v);
            return Ok(());
        }
        self.generic_delattr(obj, name)
    }

    /// `object.__delattr__`: deletion without the class's `__delattr__` hook.
    pub fn generic_delattr(&mut self, obj: Value, name: ObjId) -> PyResult<()> {
        let key = self.str_of(Value::Obj(name)).unwrap_or("").to_string();
        if let Some(id) = obj.as_obj()
            && self.is_exc_field(id, &key)
        {
            // As CPython's members: deleted, the field reads None (characters_written, a
            // computed attribute, must be there to be deleted).
            if self.del_exc_field(id, &key) || key != "characters_written" {
                return Ok(());
            }
            return Err(self.new_exc(ExcKind::AttributeError, "characters_written"));
        }
        let cls = self.type_of(obj);
        if let Some(e) = self.immutable_type_error(obj, &key) {
            return Err(e);
        }
        if key == "args"
            && matches!(obj.as_obj().map(|id| self.heap.get(id)), Some(Object::Instance(i)) if i.exc().is_some())
        {
            return Err(self.new_exc(ExcKind::TypeError, "args may not be deleted"));
        }
        if !self.class_owns(obj, &key)
            && let Some(found) = self.lookup_in_mro(cls, name).filter(|&f| !self.is_view(f))
            && let Some(Object::Property { fdel, .. }) = found.as_obj().map(|id| self.heap.get(id))
        {
            let fdel = *fdel;
            if let Some(d) = found.as_obj().filter(|&d| self.native_descr(d).is_some()) {
                return self.native_descr_set(d, obj, None);
            }
            if let Some(msg) = self.read_only_native(found) {
                return Err(self.new_exc(ExcKind::AttributeError, &msg));
            }
            if fdel == Value::None && self.is_tuple_getter(found) {
                return Err(self.new_exc(ExcKind::AttributeError, "can't delete attribute"));
            }
            if fdel == Value::None {
                let tname = self.type_name(obj);
                return Err(self.new_exc(
                    ExcKind::AttributeError,
                    &format!("property '{key}' of '{tname}' object has no deleter"),
                ));
            }
            let r = self.call(fdel, &[obj], &[])?;
            self.decref(r);
            return Ok(());
        }
        // A descriptor of the class with `__delete__` (or a data descriptor without one, whose
        // deletion fails as CPython's does).
        if let Some(found) = self.lookup_in_mro(cls, name).filter(|&f| !self.is_view(f))
            && matches!(found.as_obj().map(|id| self.heap.get(id)), Some(Object::Instance(_)))
        {
            let t = self.type_of(found);
            if let Some(delete) = self.lookup_str(t, "__delete__") {
                let delete = self.share(delete);
                let r = self.call(delete, &[found, obj], &[]);
                self.decref(delete);
                self.decref(r?);
                return Ok(());
            }
            if self.lookup_str(t, "__set__").is_some() {
                return Err(self.new_exc(ExcKind::AttributeError, "__delete__"));
            }
        }
        let target = match obj.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Instance(inst)) => {
                let class = inst.class;
                let id = obj.as_obj().unwrap_or(class);
                let slot = self.type_obj(class).slots.as_ref().and_then(|s| s.iter().position(|n| *n == key));
                if let Some(i) = slot {
                    let old = match self.heap.get_mut(id) {
                        Object::Instance(inst) => inst.slots_mut().get_mut(i).and_then(Option::take),
                        _ => None,
                    };
                    return match old {
                        Some(o) => {
                            self.decref(o);
                            Ok(())
                        }
                        // CPython's member descriptor names only the slot.
                        None => Err(self.new_exc(ExcKind::AttributeError, &key)),
                    };
                }
                return match self.del_instance_attr(id, &key) {
                    true => Ok(()),
                    false => Err(self.attribute_error(obj, &key)),
                };
            }
            Some(Object::Type(t)) => Some(t.dict),
            Some(Object::Module { dict, .. }) => Some(*dict),
            Some(Object::Function(_))
                if matches!(key.as_str(), "__globals__" | "__closure__" | "__builtins__") =>
            {
                return Err(self.new_exc(ExcKind::AttributeError, "readonly attribute"));
            }
            // A function's own attributes live in its `__dict__`.
            Some(Object::Function(f)) => f.dict,
            _ => None,
        };
        self.caches.type_epoch += 1;
        match target {
            Some(d) if self.dict_del_str(d, &key) => Ok(()),
            _ => Err(self.attribute_error(obj, &key)),
        }
    }
}
