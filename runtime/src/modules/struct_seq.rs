//! Struct sequences: tuples whose items also have names (`sys.flags`), as CPython's
//! `Objects/structseq.c` makes them. The type is a `tuple` subclass; its `__match_args__`
//! names the items, which `__getattr__` reads and `__repr__` shows as `module.name(a=1, ...)`.

use super::{arity, def};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// A new struct sequence type named `module.name` with these fields.
pub fn new_type(vm: &mut Vm, module: &str, name: &str, fields: &[&str]) -> PyResult<ObjId> {
    let ns = vm.new_dict();
    let names: Vec<Value> = fields.iter().map(|f| vm.new_str(*f)).collect();
    let names = vm.new_tuple(names);
    vm.dict_set_str(ns, "__match_args__", names);
    for key in ["n_fields", "n_sequence_fields"] {
        vm.dict_set_str(ns, key, Value::Int(fields.len() as i64));
    }
    vm.dict_set_str(ns, "n_unnamed_fields", Value::Int(0));
    let m = vm.new_str(module);
    vm.dict_set_str(ns, "__module__", m);
    def(vm, ns, "structseq.__repr__", repr);
    def(vm, ns, "structseq.__getattr__", getattr);
    let tuple = vm.types.tuple;
    // The type takes our reference to its namespace.
    vm.make_type(name, vec![tuple], ns)
}

/// An instance of a struct sequence type holding `values` (whose references it takes).
pub fn new(vm: &mut Vm, cls: ObjId, values: Vec<Value>) -> PyResult<Value> {
    let t = vm.new_tuple(values);
    let r = vm.call(Value::Obj(cls), &[t], &[]);
    vm.decref(t);
    r
}

/// The field names of `v`'s type.
fn fields(vm: &mut Vm, v: Value) -> PyResult<Vec<String>> {
    let cls = vm.type_of(v);
    let names = vm.getattr_str(Value::Obj(cls), "__match_args__")?;
    let out = match names.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(t)) => t.iter().filter_map(|&n| vm.str_of(n).map(str::to_string)).collect(),
        _ => Vec::new(),
    };
    vm.decref(names);
    Ok(out)
}

/// `module.name`, as CPython's struct sequences name themselves in reprs and errors.
fn full_name(vm: &mut Vm, v: Value) -> PyResult<String> {
    let cls = vm.type_of(v);
    let module = vm.getattr_str(Value::Obj(cls), "__module__")?;
    let name = format!("{}.{}", vm.str_of(module).unwrap_or("?"), vm.type_name(v));
    vm.decref(module);
    Ok(name)
}

fn repr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__repr__", args, 1, 1)?;
    let me = args[0];
    let names = fields(vm, me)?;
    let mut text = format!("{}(", full_name(vm, me)?);
    for (i, name) in names.iter().enumerate() {
        let item = vm.getitem(me, Value::Int(i as i64))?;
        let shown = vm.repr(item);
        vm.decref(item);
        if i > 0 {
            text.push_str(", ");
        }
        text.push_str(&format!("{name}={}", shown?));
    }
    text.push(')');
    Ok(vm.new_str(text))
}

fn getattr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__getattr__", args, 2, 2)?;
    let me = args[0];
    let wanted = vm.str_of(args[1]).unwrap_or("").to_string();
    let names = fields(vm, me)?;
    match names.iter().position(|n| *n == wanted) {
        Some(i) => vm.getitem(me, Value::Int(i as i64)),
        None => {
            let tn = full_name(vm, me)?;
            Err(vm.new_exc(ExcKind::AttributeError, &format!("'{tn}' object has no attribute '{wanted}'")))
        }
    }
}
