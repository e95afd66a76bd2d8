//! `code`: the `co_*` attributes in the type's namespace (for `dir()` and reads on the class;
//! instances answer them natively, `vm/code_attrs.rs`) and the methods `co_lines`,
//! `co_positions`, `replace` and `_varname_from_oparg`.

use std::sync::Arc;

use super::{def, def_attr};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::code_attrs::{co_lines, co_positions, receiver_code};
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
    "co_code",
    "_co_code_adaptive",
    "co_consts",
    "co_exceptiontable",
    "co_filename",
    "co_firstlineno",
    "co_flags",
    "co_freevars",
    "co_kwonlyargcount",
    "co_linetable",
    "co_lnotab",
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
    def(vm, d, "code.replace", replace);
    def(vm, d, "code._varname_from_oparg", varname_from_oparg);
}

/// The fields `code.replace()` takes, as CPython 3.11's.
const FIELDS: &[&str] = &[
    "co_argcount",
    "co_posonlyargcount",
    "co_kwonlyargcount",
    "co_nlocals",
    "co_stacksize",
    "co_flags",
    "co_firstlineno",
    "co_code",
    "co_consts",
    "co_names",
    "co_varnames",
    "co_freevars",
    "co_cellvars",
    "co_filename",
    "co_name",
    "co_qualname",
    "co_linetable",
    "co_exceptiontable",
];

/// `code.replace(**changes)`: a copy with another name, qualname, file or first line. The
/// other fields describe Reap's compiled instructions, which cannot be rebuilt from them: they
/// are accepted unchanged (`c.replace(co_consts=c.co_consts)`), else a ValueError says so.
fn replace(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let code = receiver_code(vm, args, "replace")?;
    if args.len() > 1 {
        return Err(vm.new_exc(ExcKind::TypeError, "replace() takes no positional arguments"));
    }
    let (mut name, mut qualname, mut filename) =
        (Arc::clone(&code.name), Arc::clone(&code.qualname), Arc::clone(&code.filename));
    let mut first_line = code.first_line;
    for &(key, value) in kwargs {
        let key = vm.str_of(Value::Obj(key)).unwrap_or_default().to_string();
        if !FIELDS.contains(&key.as_str()) {
            return Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("'{key}' is an invalid keyword argument for replace()"),
            ));
        }
        match key.as_str() {
            "co_name" | "co_qualname" | "co_filename" => {
                let Some(text) = vm.str_of(value).map(Arc::<str>::from) else {
                    let tn = vm.type_name(value);
                    let msg = format!("replace() argument '{key}' must be str, not {tn}");
                    return Err(vm.new_exc(ExcKind::TypeError, &msg));
                };
                match key.as_str() {
                    "co_name" => name = text,
                    "co_qualname" => qualname = text,
                    _ => filename = text,
                }
            }
            "co_firstlineno" => {
                let n = crate::vm::args::index_arg(vm, value)?;
                first_line = u32::try_from(n).map_err(|_| {
                    vm.new_exc(ExcKind::OverflowError, "Python int too large to convert to C int")
                })?;
            }
            _ => {
                let current = vm.getattr_str(args[0], &key)?;
                let same = vm.eq(current, value);
                vm.decref(current);
                if !same? {
                    let msg = format!("code.replace(): Reap cannot change {key} (its bytecode is its own)");
                    return Err(vm.new_exc(ExcKind::ValueError, &msg));
                }
            }
        }
    }
    let copy = code.renamed(name, qualname, filename, first_line);
    for &v in copy.consts.iter() {
        vm.incref(v);
    }
    Ok(vm.alloc(Object::Code(Arc::new(copy))))
}

/// `code._varname_from_oparg(i)`: the name of local slot `i` (variables, then cells that are
/// not also variables, then free variables), as CPython numbers them.
fn varname_from_oparg(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let code = receiver_code(vm, args, "_varname_from_oparg")?;
    crate::vm::args::arity(vm, "_varname_from_oparg", &args[1..], 1, 1)?;
    let i = crate::vm::args::index_arg(vm, args[1])?;
    let locals = crate::vm::code_attrs::local_names(&code);
    let cells = code.cellvars.iter().filter(|c| !locals.contains(c));
    let names: Vec<&String> = locals.iter().copied().chain(cells).chain(code.freevars.iter()).collect();
    match usize::try_from(i).ok().and_then(|i| names.get(i)) {
        Some(n) => Ok(vm.new_str(n.to_string())),
        None => Err(vm.new_exc(ExcKind::IndexError, "tuple index out of range")),
    }
}
