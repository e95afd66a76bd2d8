//! Module objects: their data attributes (a module's namespace is its dict, `vm/import.rs`
//! makes and fills them).

use crate::object::Object;
use crate::value::{ObjId, Value};
use crate::vm::Vm;
use crate::vm::slots::GetSet;

/// The data attributes of the type.
pub(crate) const ATTRS: &[GetSet] = &[GetSet { name: "__name__", get: module_name }];

fn module_name(vm: &mut Vm, id: ObjId) -> Value {
    let name = match vm.heap.get(id) {
        Object::Module { name, .. } => name.clone(),
        _ => String::new(),
    };
    vm.new_str(name)
}
