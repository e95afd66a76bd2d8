//! Class creation: `class name(bases, **kwargs): body` runs its body in a namespace the
//! metaclass prepares, makes the class, and tells the class and its bases
//! (`__set_name__`, `__init_subclass__`).

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::flow::FrameExit;
use crate::vm::frame_stack::FrameSource;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// A class namespace without `__module__` takes the caller's module name, as CPython's
    /// `type.__new__` gives it (`type(name, bases, ns)`, a body that did not set it).
    pub(crate) fn default_module(&mut self, ns: ObjId) {
        if self.dict_get_str(ns, "__module__").is_some() {
            return;
        }
        if let Some(g) = self.frames.current_globals()
            && let Some(name) = self.dict_get_str(g, "__name__")
        {
            self.incref(name);
            self.dict_set_str(ns, "__module__", name);
        }
    }

    /// Runs a class body and makes the class: `class name(bases, **kwargs): body`. Borrows
    /// every argument.
    pub fn build_class(
        &mut self,
        body: Value,
        name: Value,
        bases: &[Value],
        kwargs: Option<Value>,
    ) -> PyResult<Value> {
        // `metaclass=` picks the metaclass; the other keywords go to it and to `__init_subclass__`.
        let mut metaclass = None;
        let mut copy = None;
        if let Some(Value::Obj(kd)) = kwargs
            && let Some(m) = self.dict_get_str(kd, "metaclass")
        {
            metaclass = Some(m);
            let c = self.dict_copy(Value::Obj(kd))?;
            self.dict_del_str(c.as_obj().unwrap_or(kd), "metaclass");
            copy = Some(c);
        }
        let r = match self.resolve_bases(bases) {
            Ok(None) => self.build_class_with(body, name, bases, metaclass, copy.or(kwargs), None),
            Ok(Some((resolved, orig))) => {
                let r = self.build_class_with(body, name, &resolved, metaclass, copy.or(kwargs), Some(orig));
                for v in resolved {
                    self.decref(v);
                }
                self.decref(orig);
                r
            }
            Err(e) => Err(e),
        };
        if let Some(c) = copy {
            self.decref(c);
        }
        r
    }

    fn build_class_with(
        &mut self,
        body: Value,
        name: Value,
        bases: &[Value],
        metaclass: Option<Value>,
        kwargs: Option<Value>,
        orig_bases: Option<Value>,
    ) -> PyResult<Value> {
        let Some(fid) = body.as_obj() else { return Err(self.new_exc(ExcKind::TypeError, "bad class body")) };
        let name_s = self.str_of(name).unwrap_or("?").to_string();
        let mut base_ids = Vec::new();
        for &b in bases {
            match b.as_obj().filter(|&id| matches!(self.heap.get(id), Object::Type(_))) {
                Some(id) => base_ids.push(id),
                None => return Err(self.new_exc(ExcKind::TypeError, "bases must be types")),
            }
        }
        if base_ids.is_empty() {
            base_ids.push(self.types.object);
        }
        // The metaclass: the most derived of the one given and the bases' metaclasses (a
        // callable that is not a class is called as it is).
        if let Some(m) = metaclass.filter(|m| m.as_obj().is_none()) {
            // `metaclass=5`: called in the end, and not callable (the body is not run).
            let tn = self.type_name(m);
            return Err(self.new_exc(ExcKind::TypeError, &format!("'{tn}' object is not callable")));
        }
        let metaclass = match metaclass.and_then(|m| m.as_obj()) {
            Some(m) if !matches!(self.heap.get(m), Object::Type(_)) => Some(m),
            given => {
                let start = given.unwrap_or_else(|| self.type_of(Value::Obj(base_ids[0])));
                let bases: Vec<Value> = base_ids.iter().map(|&b| Value::Obj(b)).collect();
                Some(self.calculate_metaclass(start, &bases)?)
            }
        };
        let kw = self.keywords_of(kwargs);
        let ns = self.prepare_namespace(metaclass, name, bases, &kw)?;
        if let Some(orig) = orig_bases {
            self.incref(orig);
            let key = self.intern("__orig_bases__");
            let r = self.namespace_set(ns, key, orig);
            self.decref_id(key);
            if let Err(e) = r {
                self.decref_id(ns);
                return Err(e);
            }
        }
        let mut frame = self.frame_without_arguments(fid)?;
        frame.locals = Some(ns);
        self.heap.incref(ns);
        let class_cell = match self.run_frame(&mut frame, FrameSource::Function(fid)) {
            Ok(FrameExit::Return(v)) | Ok(FrameExit::Yield(v)) => v,
            Err(e) => {
                self.decref_id(ns);
                return Err(e);
            }
        };
        // A body that did not set `__module__` (`__build_class__` given any function).
        self.default_module(ns);
        if let Some(meta) = metaclass.filter(|&m| m != self.types.type_) {
            // `Meta(name, bases, namespace, **kwargs)`: its `__new__` makes the class via
            // `type.__new__`.
            let bases_t = self.tuple_of(bases);
            let r = self.call(Value::Obj(meta), &[name, bases_t, Value::Obj(ns)], &kw);
            self.decref(bases_t);
            self.decref_id(ns);
            let cls = match r {
                Ok(c) => c,
                Err(e) => {
                    self.decref(class_cell);
                    return Err(e);
                }
            };
            if let (Value::Obj(cell), Value::Obj(_)) = (class_cell, cls)
                && let Object::Cell(slot) = self.heap.get_mut(cell)
            {
                *slot = Some(cls);
                self.incref(cls);
            }
            self.decref(class_cell);
            return Ok(cls);
        }
        let cls = match self.make_type(&name_s, base_ids, ns) {
            Ok(c) => c,
            Err(e) => {
                self.decref(class_cell);
                return Err(e);
            }
        };
        if let Value::Obj(cell) = class_cell
            && let Object::Cell(slot) = self.heap.get_mut(cell)
        {
            *slot = Some(Value::Obj(cls));
            self.heap.incref(cls);
        }
        self.decref(class_cell);
        if let Err(e) = self.class_created(cls, kwargs) {
            self.decref_id(cls);
            return Err(e);
        }
        Ok(Value::Obj(cls))
    }

    /// The metaclass of a class with these bases whose metaclass is at least `start`: the
    /// most derived of them all, which must be a subclass of every other, as CPython's
    /// `_PyType_CalculateMetaclass` requires.
    pub(crate) fn calculate_metaclass(&mut self, start: ObjId, bases: &[Value]) -> PyResult<ObjId> {
        let mut winner = start;
        for &b in bases {
            let meta = self.type_of(b);
            if self.is_subtype(winner, meta) {
                continue;
            }
            if self.is_subtype(meta, winner) {
                winner = meta;
                continue;
            }
            return Err(self.new_exc(
                ExcKind::TypeError,
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// What `type.__new__` does after making a class: `__set_name__` on the descriptors of its
    /// namespace, then the parent's `__init_subclass__` with the class keywords. (Metaclasses
    /// run it through `type.__new__`.)
    /// The namespace a class body runs in: `Meta.__prepare__(name, bases, **kwargs)` when the
    /// metaclass defines one, else a new dict.
    fn prepare_namespace(
        &mut self,
        metaclass: Option<ObjId>,
        name: Value,
        bases: &[Value],
        kw: &[(ObjId, Value)],
    ) -> PyResult<ObjId> {
        let Some(meta) = metaclass.filter(|&m| m != self.types.type_) else { return Ok(self.new_dict()) };
        let prepare = match self.getattr_str(Value::Obj(meta), "__prepare__") {
            Ok(p) => p,
            Err(e) => {
                self.decref_id(e);
                return Ok(self.new_dict());
            }
        };
        let bases_t = self.tuple_of(bases);
        let r = self.call(prepare, &[name, bases_t], kw);
        self.decref(bases_t);
        self.decref(prepare);
        let ns = r?;
        // Any mapping will do (its `__getitem__` and `__setitem__` see the body's names).
        let t = self.type_of(ns);
        match ns.as_obj() {
            Some(id) if self.lookup_str(t, "__getitem__").is_some() => Ok(id),
            _ => {
                let tn = self.type_name(ns);
                self.decref(ns);
                let meta_name = self.type_obj(meta).name.clone();
                Err(self.new_exc(
                    ExcKind::TypeError,
                    &format!("{meta_name}.__prepare__() must return a mapping, not {tn}"),
                ))
            }
        }
    }

    /// The entries of a class's keyword dict as call keywords; borrowed from the dict.
    fn keywords_of(&self, kwargs: Option<Value>) -> Vec<(ObjId, Value)> {
        match kwargs.and_then(|k| k.as_obj()).map(|id| self.heap.get(id)) {
            Some(Object::Dict(t)) => {
                t.iter().filter_map(|(_, e)| e.key.as_obj().map(|k| (k, e.value))).collect()
            }
            _ => Vec::new(),
        }
    }

    /// A new tuple holding (new references to) `items`.
    pub(crate) fn tuple_of(&mut self, items: &[Value]) -> Value {
        for &v in items {
            self.incref(v);
        }
        self.new_tuple(items.to_vec())
    }

    pub fn class_created(&mut self, cls: ObjId, kwargs: Option<Value>) -> PyResult<()> {
        let dict = self.type_obj(cls).dict;
        let entries: Vec<(Value, Value)> = match self.heap.get(dict) {
            Object::Dict(t) => t.iter().map(|(_, e)| (e.key, e.value)).collect(),
            _ => Vec::new(),
        };
        for (k, v) in entries {
            if matches!(v.as_obj().map(|id| self.heap.get(id)), Some(Object::Instance(_))) {
                self.incref(v);
                let r = self.try_dunder(v, "__set_name__", &[Value::Obj(cls), k]);
                self.decref(v);
                match r {
                    Ok(Some(r)) => self.decref(r),
                    Ok(None) => {}
                    // CPython 3.11 says which descriptor failed, with the error as the cause.
                    Err(e) => {
                        let (tn, cn) = (self.type_name(v), self.type_obj(cls).name.clone());
                        let name = self.str_of(k).unwrap_or("").to_string();
                        let msg = format!("Error calling __set_name__ on '{tn}' instance '{name}' in '{cn}'");
                        let wrapped = self.new_exc(ExcKind::RuntimeError, &msg);
                        self.set_cause(wrapped, Value::Obj(e));
                        self.set_context(wrapped, Value::Obj(e));
                        self.decref_id(e);
                        return Err(wrapped);
                    }
                }
            }
        }
        let mro = self.type_obj(cls).mro.clone();
        let hook =
            mro[1..].iter().find_map(|&c| self.dict_get_str(self.type_obj(c).dict, "__init_subclass__"));
        let kw = self.keywords_of(kwargs);
        match hook {
            // `__init_subclass__` is implicitly a class method.
            Some(f) if matches!(f.as_obj().map(|id| self.heap.get(id)), Some(Object::Function(_))) => {
                let f = self.share(f);
                let r = self.call(f, &[Value::Obj(cls)], &kw);
                self.decref(f);
                let r = r?;
                self.decref(r);
            }
            Some(f) if matches!(f.as_obj().map(|id| self.heap.get(id)), Some(Object::ClassMethod(_))) => {
                let inner = match f.as_obj().map(|id| self.heap.get(id)) {
                    Some(Object::ClassMethod(i)) => *i,
                    _ => Value::None,
                };
                let r = self.call(inner, &[Value::Obj(cls)], &kw)?;
                self.decref(r);
            }
            _ if !kw.is_empty() => {
                let name = self.type_obj(cls).name.clone();
                return Err(self.new_exc(
                    ExcKind::TypeError,
                    &format!("{name}.__init_subclass__() takes no keyword arguments"),
                ));
            }
            _ => {}
        }
        Ok(())
    }
}
