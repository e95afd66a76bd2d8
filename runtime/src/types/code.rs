//! `code`: the `co_*` attributes in the type's namespace (for `dir()` and reads on the class;
//! instances answer them natively, `vm/code_attrs.rs`) and the methods `co_lines` and
//! `co_positions`.

use super::{def, def_attr};
use crate::value::Value;
use crate::vm::code_attrs::{co_lines, co_positions};
use crate::vm::{PyResult, Vm};

macro_rules! code_getsets {
    ($($name:literal),*) => {
        &[$((concat!("code.", $name), |vm: &mut Vm, args: &[Value], _: &[(crate::value::ObjId, Value)]| -> PyResult<Value> {
            let v = args.first().and_then(|v| v.as_obj()).and_then(|id| vm.code_attr(id, $name));
            Ok(v.unwrap_or(Value::None))
        })),*]
    };
}

const GETSETS: &[(&str, crate::vm::NativeFn)] = code_getsets!(
    "co_argcount",
    "co_cellvars",
    "co_consts",
    "co_filename",
    "co_firstlineno",
    "co_flags",
    "co_freevars",
    "co_kwonlyargcount",
    "co_name",
    "co_names",
    "co_nlocals",
    "co_posonlyargcount",
    "co_qualname",
    "co_varnames"
);

pub fn install(vm: &mut Vm) {
    let d = vm.type_obj(vm.types.code).dict;
    for &(name, get) in GETSETS {
        def_attr(vm, d, name, get);
    }
    def(vm, d, "code.co_lines", co_lines);
    def(vm, d, "code.co_positions", co_positions);
}
