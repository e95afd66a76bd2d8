//! The methods of `dict_keys`, `dict_values` and `dict_items`: `isdisjoint`, `mapping`, and
//! the slot wrappers a script may call by name (`len`, `in`, iteration, the set operators of
//! keys and items views). The operators themselves run natively (`types/number.rs`).

use super::def;
use crate::object::code::BinOp;
use crate::object::exc_kind::ExcKind;
use crate::object::{DictIterKind, Object};
use crate::value::{ObjId, Value};
use crate::vm::native::def_attr;
use crate::vm::{NativeFn, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    for name in ["dict_keys", "dict_values", "dict_items"] {
        let Some(&ty) = vm.types.views.get(name) else { continue };
        let d = vm.type_obj(ty).dict;
        let mut methods: Vec<(&'static str, NativeFn)> =
            vec![("__len__", view_len), ("__iter__", view_iter), ("__reversed__", view_reversed)];
        def_attr(vm, d, super::dunders::static_name(name, "mapping"), view_mapping);
        if name != "dict_values" {
            methods.extend([
                ("__contains__", view_contains as NativeFn),
                ("isdisjoint", view_isdisjoint),
                ("__and__", view_op::<AND, false>),
                ("__rand__", view_op::<AND, true>),
                ("__or__", view_op::<OR, false>),
                ("__ror__", view_op::<OR, true>),
                ("__xor__", view_op::<XOR, false>),
                ("__rxor__", view_op::<XOR, true>),
                ("__sub__", view_op::<SUB, false>),
                ("__rsub__", view_op::<SUB, true>),
            ]);
        }
        for (m, f) in methods {
            def(vm, d, super::dunders::static_name(name, m), f);
        }
    }
}

/// The receiver: a dict view (its dict and kind).
fn this(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<(ObjId, DictIterKind)> {
    match args.first().and_then(|v| v.as_obj()).map(|id| vm.heap.get(id)) {
        Some(&Object::DictView { dict, kind }) => Ok((dict, kind)),
        _ => Err(vm.new_exc(ExcKind::TypeError, &format!("descriptor '{method}' needs a dict view"))),
    }
}

fn no_args(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<()> {
    this(vm, args, method)?;
    crate::vm::args::arity(vm, method, &args[1..], 0, 0)
}

fn view_len(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    no_args(vm, args, "__len__")?;
    Ok(Value::Int(vm.len(args[0])? as i64))
}

fn view_iter(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    no_args(vm, args, "__iter__")?;
    vm.get_iter(args[0])
}

fn view_reversed(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    no_args(vm, args, "__reversed__")?;
    super::operator_dunders::call_builtin(vm, "reversed", &args[..1])
}

fn view_contains(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    this(vm, args, "__contains__")?;
    crate::vm::args::arity(vm, "__contains__", &args[1..], 1, 1)?;
    vm.contains(args[0], args[1]).map(Value::Bool)
}

/// `view.mapping`: a read-only proxy of the dict the view looks at.
fn view_mapping(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (dict, _) = this(vm, args, "mapping")?;
    vm.call_module_attr("types", "MappingProxyType", &[Value::Obj(dict)])
}

/// `view.isdisjoint(iterable)`: whether no item of the iterable is in the view.
fn view_isdisjoint(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    this(vm, args, "isdisjoint")?;
    crate::vm::args::arity(vm, "isdisjoint", &args[1..], 1, 1)?;
    let items = vm.iterate_to_vec(args[1])?;
    let mut result = Ok(Value::Bool(true));
    for &item in &items {
        match vm.contains(args[0], item) {
            Ok(false) => {}
            Ok(true) => {
                result = Ok(Value::Bool(false));
                break;
            }
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    for item in items {
        vm.decref(item);
    }
    result
}

const AND: u8 = 0;
const OR: u8 = 1;
const XOR: u8 = 2;
const SUB: u8 = 3;

/// `view.__and__(other)` and the other set operators, reflected when `R`: a new set.
fn view_op<const OP: u8, const R: bool>(
    vm: &mut Vm,
    args: &[Value],
    _: &[(ObjId, Value)],
) -> PyResult<Value> {
    let name = [["__and__", "__or__", "__xor__", "__sub__"], ["__rand__", "__ror__", "__rxor__", "__rsub__"]]
        [R as usize][OP as usize];
    this(vm, args, name)?;
    crate::vm::args::wrapper_arity(vm, &args[1..], 1, 1)?;
    let op = [BinOp::And, BinOp::Or, BinOp::Xor, BinOp::Sub][OP as usize];
    let (a, b) = if R { (args[1], args[0]) } else { (args[0], args[1]) };
    super::number::view_set_op(vm, a, b, op)
}
