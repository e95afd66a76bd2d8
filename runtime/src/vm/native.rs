//! The table of Rust functions scripts can call. A builtin object (`object::Builtin`) names
//! its function by `NativeId`; the table here turns the id back into the pointer. Registering
//! the same function again gives the same id, so making builtins at run time (bound methods,
//! module attributes) never grows the table.

use std::collections::HashMap;

use crate::object::NativeId;
use crate::value::{ObjId, Value};

use super::{PyResult, Vm};

/// A function implemented in Rust: the VM, positional arguments, keyword (name, value) pairs.
pub type NativeFn = fn(&mut Vm, &[Value], &[(ObjId, Value)]) -> PyResult<Value>;

#[derive(Default)]
pub struct Natives {
    funcs: Vec<NativeFn>,
    ids: HashMap<usize, NativeId>,
}

impl Natives {
    pub fn register(&mut self, func: NativeFn) -> NativeId {
        let key = func as usize;
        if let Some(&id) = self.ids.get(&key) {
            return id;
        }
        let id = NativeId(self.funcs.len() as u32);
        self.funcs.push(func);
        self.ids.insert(key, id);
        id
    }

    #[inline]
    pub fn get(&self, id: NativeId) -> NativeFn {
        self.funcs[id.0 as usize]
    }
}

/// Puts a native function into a namespace dict.
pub fn def(vm: &mut Vm, dict: ObjId, name: &'static str, func: NativeFn) {
    let short = name.rsplit('.').next().unwrap_or(name);
    let f = vm.new_builtin(name, func, None);
    vm.dict_set_str(dict, short, f);
}
