//! Checking the arguments a native function receives, with CPython's messages.

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};

use super::{PyResult, Vm};

/// The keyword argument `name`, if given (borrowed).
pub fn kwarg(vm: &Vm, kwargs: &[(ObjId, Value)], name: &str) -> Option<Value> {
    kwargs.iter().find(|(k, _)| vm.str_of(Value::Obj(*k)) == Some(name)).map(|&(_, v)| v)
}

/// Rejects keyword arguments a builtin does not take.
pub fn no_kwargs(vm: &mut Vm, fname: &str, kwargs: &[(ObjId, Value)]) -> PyResult<()> {
    if kwargs.is_empty() {
        return Ok(());
    }
    Err(vm.new_exc(ExcKind::TypeError, &format!("{fname}() takes no keyword arguments")))
}

/// Checks a builtin's positional argument count, with CPython's messages.
pub fn arity(vm: &mut Vm, fname: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{fname}() takes no arguments ({n} given)"),
            1 => format!("{fname}() takes exactly one argument ({n} given)"),
            _ => format!("{fname} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!("{fname} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{fname} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    };
    Err(vm.new_exc(ExcKind::TypeError, &msg))
}

/// Normalises a Python index against a length (negative counts from the end).
pub fn norm_index(vm: &mut Vm, key: Value, len: usize, what: &str) -> PyResult<Option<usize>> {
    let key = if vm.as_i64(key).is_none()
        && matches!(key.as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_)))
        && let Some(i) = vm.try_dunder(key, "__index__", &[])?
    {
        i
    } else {
        key
    };
    let Some(i) = vm.as_i64(key) else {
        if vm.is_int(key) {
            return Err(vm.new_exc(ExcKind::IndexError, "cannot fit 'int' into an index-sized integer"));
        }
        let tn = vm.type_name(key);
        return Err(
            vm.new_exc(ExcKind::TypeError, &format!("{what} indices must be integers or slices, not {tn}"))
        );
    };
    let i = if i < 0 { i + len as i64 } else { i };
    Ok((i >= 0 && (i as usize) < len).then_some(i as usize))
}
