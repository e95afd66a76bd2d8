//! The table of Rust functions scripts can call. A builtin object (`object::Builtin`) names
//! its function by `NativeId`; the table here turns the id back into the pointer. Registering
//! the same function again gives the same id, so making builtins at run time (bound methods,
//! module attributes) never grows the table.

use std::sync::Arc;

use crate::object::NativeId;
use crate::value::{ObjId, Value};

use super::{PyResult, Vm};

/// A function implemented in Rust: the VM, positional arguments, keyword (name, value) pairs.
pub type NativeFn = fn(&mut Vm, &[Value], &[(ObjId, Value)]) -> PyResult<Value>;

#[derive(Default, Clone)]
pub struct Natives {
    funcs: Vec<NativeFn>,
    /// Shared by the interpreters copied from one (`vm/image.rs`) until one registers a
    /// function the others lack: the map is larger than the rest of a copy's tables.
    ids: Arc<hashbrown::HashMap<usize, NativeId>>,
    /// The natives the VM recognises when it meets them, by id (set by `types/`).
    pub known: KnownNatives,
}

/// Builtins whose presence changes what the VM does: a metaclass whose `__call__` is still
/// `type.__call__`, a class whose `__init__` or `__new__` is still `object`'s.
#[derive(Default, Clone, Copy)]
pub struct KnownNatives {
    pub type_call: Option<NativeId>,
    pub object_init: Option<NativeId>,
    pub object_new: Option<NativeId>,
    /// The builtin `len`, which `len(list)` and its kind skip the call machinery for.
    pub len: Option<NativeId>,
    pub isinstance: Option<NativeId>,
}

impl Natives {
    pub fn register(&mut self, func: NativeFn) -> NativeId {
        let key = func as usize;
        if let Some(&id) = self.ids.get(&key) {
            return id;
        }
        let id = NativeId(self.funcs.len() as u32);
        self.funcs.push(func);
        Arc::make_mut(&mut self.ids).insert(key, id);
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

/// Puts a read-only data attribute of a builtin type into its dict (CPython's getset
/// descriptors, `int.real`): a property whose getter is `get`, so that the attribute is found
/// as methods are, is listed by `dir`, and reads on the class give the descriptor.
pub fn def_attr(vm: &mut Vm, dict: ObjId, name: &'static str, get: NativeFn) {
    let short = name.rsplit('.').next().unwrap_or(name);
    let fget = vm.new_builtin(name, get, None);
    let p = vm.alloc(crate::object::Object::Property {
        fget,
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    });
    vm.dict_set_str(dict, short, p);
}

/// The body of a `def_attr` getter that reads a field of the receiver with a slot getter
/// (`range.start`): the receiver is the first argument; anything else reads as None.
pub fn getset_field(vm: &mut Vm, args: &[Value], get: fn(&mut Vm, ObjId) -> Value) -> Value {
    match args.first().and_then(|v| v.as_obj()) {
        Some(id) => get(vm, id),
        None => Value::None,
    }
}
