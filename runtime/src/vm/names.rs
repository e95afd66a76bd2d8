//! Names in code objects, and the `NameError`s (with suggestions) when a lookup fails.

use crate::object::code::Code;
use crate::object::exc_kind::ExcKind;
use crate::object::frame::FrameState;
use crate::value::{ObjId, Value};
use crate::vm::Vm;

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
        let builtins = dict_names(self, self.builtins);
        let hint = closest(&locals, name)
            .or_else(|| closest(&globals, name))
            .or_else(|| closest(&builtins, name))
            .map(str::to_string);
        record(self, e, hint);
        e
    }
}
