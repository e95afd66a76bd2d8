//! `_reap_operator`: the plain functions of `operator` (`pylib/operator.py`) that CPython writes
//! in C, native here too, so that they are builtin functions as a script sees them: their repr
//! (`<built-in function add>`), their argument errors ("add expected 2 arguments, got 1", no
//! keywords) and no frame of their own in a traceback. Each is the VM's own operation.

use super::{new_module, register};
use crate::object::code::{BinOp, CmpKind, UnOp};
use crate::value::{ObjId, Value};
use crate::vm::args::{check_positional, no_kwargs};
use crate::vm::{NativeFn, PyResult, Vm};

/// The arguments of `name`, exactly `N` of them, positional.
fn operands<const N: usize>(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
) -> PyResult<[Value; N]> {
    no_kwargs(vm, name, kwargs)?;
    // The one-operand functions take their operand as CPython's METH_O functions do.
    if N == 1 && args.len() != 1 {
        let msg = format!("_operator.{name}() takes exactly one argument ({} given)", args.len());
        return Err(vm.new_exc(crate::object::exc_kind::ExcKind::TypeError, &msg));
    }
    check_positional(vm, name, args, N, N)?;
    Ok(std::array::from_fn(|i| args[i]))
}

macro_rules! binary {
    ($($f:ident $name:literal $op:ident $inplace:literal),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
            let [a, b] = operands(vm, $name, args, kwargs)?;
            vm.binary_op(a, b, BinOp::$op, $inplace)
        })*
    };
}

binary! {
    add "add" Add false, sub "sub" Sub false, mul "mul" Mul false, matmul "matmul" MatMul false,
    truediv "truediv" TrueDiv false, floordiv "floordiv" FloorDiv false, mod_ "mod" Mod false,
    pow "pow" Pow false, lshift "lshift" LShift false, rshift "rshift" RShift false,
    and_ "and_" And false, or_ "or_" Or false, xor "xor" Xor false,
    iadd "iadd" Add true, isub "isub" Sub true, imul "imul" Mul true, imatmul "imatmul" MatMul true,
    itruediv "itruediv" TrueDiv true, ifloordiv "ifloordiv" FloorDiv true, imod "imod" Mod true,
    ipow "ipow" Pow true, ilshift "ilshift" LShift true, irshift "irshift" RShift true,
    iand "iand" And true, ior "ior" Or true, ixor "ixor" Xor true,
}

macro_rules! comparison {
    ($($f:ident $name:literal $op:ident),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
            let [a, b] = operands(vm, $name, args, kwargs)?;
            vm.compare(a, b, CmpKind::$op)
        })*
    };
}

comparison! { lt "lt" Lt, le "le" Le, eq "eq" Eq, ne "ne" Ne, ge "ge" Ge, gt "gt" Gt }

macro_rules! unary {
    ($($f:ident $name:literal $op:ident),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
            let [a] = operands(vm, $name, args, kwargs)?;
            vm.unary_op(a, UnOp::$op)
        })*
    };
}

unary! { neg "neg" Neg, pos "pos" Pos, inv "inv" Invert, invert "invert" Invert }

fn not_(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [a] = operands(vm, "not_", args, kwargs)?;
    Ok(Value::Bool(!vm.truthy(a)?))
}

fn truth(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [a] = operands(vm, "truth", args, kwargs)?;
    Ok(Value::Bool(vm.truthy(a)?))
}

fn is_(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [a, b] = operands(vm, "is_", args, kwargs)?;
    Ok(Value::Bool(a.is(b)))
}

fn is_not(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [a, b] = operands(vm, "is_not", args, kwargs)?;
    Ok(Value::Bool(!a.is(b)))
}

fn contains(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [a, b] = operands(vm, "contains", args, kwargs)?;
    Ok(Value::Bool(vm.contains(a, b)?))
}

fn getitem(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [a, b] = operands(vm, "getitem", args, kwargs)?;
    vm.getitem(a, b)
}

fn setitem(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [a, b, c] = operands(vm, "setitem", args, kwargs)?;
    vm.setitem(a, b, c)?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [a, b] = operands(vm, "delitem", args, kwargs)?;
    vm.delitem(a, b)?;
    Ok(Value::None)
}

pub fn make_operator(vm: &mut Vm) {
    let (m, d) = new_module(vm, "_reap_operator");
    let fns: &[(&str, NativeFn)] = &[
        ("_operator.add", add),
        ("_operator.sub", sub),
        ("_operator.mul", mul),
        ("_operator.matmul", matmul),
        ("_operator.truediv", truediv),
        ("_operator.floordiv", floordiv),
        ("_operator.mod", mod_),
        ("_operator.pow", pow),
        ("_operator.lshift", lshift),
        ("_operator.rshift", rshift),
        ("_operator.and_", and_),
        ("_operator.or_", or_),
        ("_operator.xor", xor),
        ("_operator.iadd", iadd),
        ("_operator.isub", isub),
        ("_operator.imul", imul),
        ("_operator.imatmul", imatmul),
        ("_operator.itruediv", itruediv),
        ("_operator.ifloordiv", ifloordiv),
        ("_operator.imod", imod),
        ("_operator.ipow", ipow),
        ("_operator.ilshift", ilshift),
        ("_operator.irshift", irshift),
        ("_operator.iand", iand),
        ("_operator.ior", ior),
        ("_operator.ixor", ixor),
        ("_operator.lt", lt),
        ("_operator.le", le),
        ("_operator.eq", eq),
        ("_operator.ne", ne),
        ("_operator.ge", ge),
        ("_operator.gt", gt),
        ("_operator.neg", neg),
        ("_operator.pos", pos),
        ("_operator.inv", inv),
        ("_operator.invert", invert),
        ("_operator.not_", not_),
        ("_operator.truth", truth),
        ("_operator.is_", is_),
        ("_operator.is_not", is_not),
        ("_operator.contains", contains),
        ("_operator.getitem", getitem),
        ("_operator.setitem", setitem),
        ("_operator.delitem", delitem),
    ];
    for &(name, f) in fns {
        super::def(vm, d, name, f);
    }
    register(vm, "_reap_operator", m);
}
