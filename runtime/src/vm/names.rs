//! Names in code objects, and the `NameError`s (with suggestions) when a lookup fails.

use crate::object::Object;
use crate::object::code::Code;
use crate::object::exc_kind::ExcKind;
use crate::object::frame::FrameState;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    pub(crate) fn name_str(code: &Code, i: u32) -> &str {
        &code.name_strs[i as usize]
    }

    pub(crate) fn cell_name(code: &Code, i: u32) -> String {
        let i = i as usize;
        if i < code.cellvars.len() {
            code.cellvars[i].clone()
        } else {
            code.freevars[i - code.cellvars.len()].clone()
        }
    }

    pub fn name_error(&mut self, name: &str) -> ObjId {
        let e = self.new_exc(ExcKind::NameError, &format!("name '{name}' is not defined"));
        let (field, v) = (self.intern("name"), self.new_str(name.to_string()));
        if let Err(x) = self.setattr(Value::Obj(e), field, v) {
            self.decref_id(x);
        }
        self.decref_id(field);
        self.decref(v);
        e
    }

    /// A `NameError` with CPython's suggestion: from the locals, else the globals, else builtins.
    pub(crate) fn name_error_in(&mut self, name: &str, f: &FrameState, code: &Code) -> ObjId {
        use crate::vm::suggestions::{closest, dict_names, record};
        let e = self.name_error(name);
        let locals: Vec<String> = match f.locals {
            Some(l) => dict_names(self, l),
            None => code
                .varnames
                .iter()
                .zip(self.frames.fast.get(f.base..).unwrap_or_default())
                .filter(|(_, v)| v.is_some())
                .map(|(n, _)| n.clone())
                .collect(),
        };
        let globals = dict_names(self, f.globals);
        let builtins = dict_names(self, self.builtins_of(f.globals));
        let hint = closest(&locals, name)
            .or_else(|| closest(&globals, name))
            .or_else(|| closest(&builtins, name))
            .map(str::to_string);
        record(self, e, hint);
        e
    }

    /// `name` read by `LoadName` where the frame has a namespace of its own (a class body,
    /// `exec` with locals): there, then the globals, then the builtins. A new reference.
    pub(crate) fn load_name(&mut self, f: &FrameState, code: &Code, i: u32) -> PyResult<Value> {
        let id = code.names[i as usize];
        if let Some(ns) = f.locals
            && let Some(v) = self.namespace_get(ns, id)?
        {
            return Ok(v);
        }
        match self
            .dict_get_name(f.globals, id)
            .or_else(|| self.dict_get_name(self.builtins_of(f.globals), id))
        {
            Some(v) => Ok(self.share(v)),
            None => Err(self.name_error_in(Self::name_str(code, i), f, code)),
        }
    }

    /// `name` in a local namespace: a dict's entry, or what another mapping's `__getitem__`
    /// gives (a metaclass's `__prepare__` may return any), its KeyError meaning "not there".
    /// A new reference.
    pub(crate) fn namespace_get(&mut self, ns: ObjId, name: ObjId) -> PyResult<Option<Value>> {
        if let Object::Dict(_) = self.heap.get(ns) {
            return Ok(self.dict_get_name(ns, name).map(|v| self.share(v)));
        }
        match self.getitem(Value::Obj(ns), Value::Obj(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.isinstance(Value::Obj(e), self.exc_type(ExcKind::KeyError)) => {
                self.decref_id(e);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// `name = v` in a local namespace (a dict, or any mapping's `__setitem__`). Takes `v`.
    pub(crate) fn namespace_set(&mut self, ns: ObjId, name: ObjId, v: Value) -> PyResult<()> {
        if let Object::Dict(_) = self.heap.get(ns) {
            self.dict_set_name(ns, name, v);
            return Ok(());
        }
        let r = self.setitem(Value::Obj(ns), Value::Obj(name), v);
        self.decref(v);
        r
    }

    /// `del name` in a local namespace: whether it was there.
    pub(crate) fn namespace_del(&mut self, ns: ObjId, name: ObjId) -> PyResult<bool> {
        if let Object::Dict(_) = self.heap.get(ns) {
            return Ok(self.dict_del_name(ns, name));
        }
        match self.delitem(Value::Obj(ns), Value::Obj(name)) {
            Ok(()) => Ok(true),
            Err(e) if self.isinstance(Value::Obj(e), self.exc_type(ExcKind::KeyError)) => {
                self.decref_id(e);
                Ok(false)
            }
            Err(e) => Err(e),
        }
    }
}
