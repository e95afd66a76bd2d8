//! `_functools`: the parts of `functools` (`pylib/functools.py`) that CPython writes in C and
//! scripts can tell apart: `reduce`, a builtin function (its repr, its argument checks, no
//! frame of its own in a traceback).

use super::{new_module, register};
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::args::{check_positional, no_kwargs};
use crate::vm::{NativeFn, PyResult, Vm};

pub fn make_functools(vm: &mut Vm) {
    let (m, d) = new_module(vm, "_functools");
    let fns: [(&str, NativeFn); 1] = [("_functools.reduce", reduce)];
    for (name, f) in fns {
        super::def(vm, d, name, f);
    }
    register(vm, "_functools", m);
}

/// `reduce(function, iterable[, initial])`: folds the iterable from the left.
fn reduce(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "reduce", kwargs)?;
    check_positional(vm, "reduce", args, 2, 3)?;
    let (func, seq) = (args[0], args[1]);
    let it = match vm.get_iter(seq) {
        Ok(it) => it,
        Err(e) => {
            if vm.isinstance(Value::Obj(e), vm.exc_type(ExcKind::TypeError)) {
                vm.decref_id(e);
                return Err(vm.new_exc(ExcKind::TypeError, "reduce() arg 2 must support iteration"));
            }
            return Err(e);
        }
    };
    let mut acc = args.get(2).map(|&v| vm.share(v));
    let r = fold(vm, func, it, &mut acc);
    vm.decref(it);
    match (r, acc) {
        (Ok(()), Some(v)) => Ok(v),
        (Ok(()), None) => {
            Err(vm.new_exc(ExcKind::TypeError, "reduce() of empty iterable with no initial value"))
        }
        (Err(e), acc) => {
            if let Some(v) = acc {
                vm.decref(v);
            }
            Err(e)
        }
    }
}

/// Calls `func(acc, item)` for each item of `it`, `acc` holding the running value (a reference
/// of its own), the first item when it starts empty.
fn fold(vm: &mut Vm, func: Value, it: Value, acc: &mut Option<Value>) -> PyResult<()> {
    while let Some(item) = vm.next(it)? {
        let Some(prev) = acc.take() else {
            *acc = Some(item);
            continue;
        };
        let r = vm.call(func, &[prev, item], &[]);
        vm.decref(prev);
        vm.decref(item);
        *acc = Some(r?);
    }
    Ok(())
}
