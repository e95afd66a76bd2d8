//! The argument checks of a file object's methods, in the words of CPython's `_io` classes
//! (`TextIOWrapper.read() takes no keyword arguments`, `read expected at most 1 argument`),
//! and their size and position arguments.

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// Refuses keywords, and more than `max` positional arguments after the file itself.
/// Methods without arguments (`max` 0) say so; the others give the count they expect.
pub(super) fn check(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    method: &str,
    max: usize,
) -> PyResult<()> {
    let class = vm.type_obj(vm.type_of(args[0])).name.clone();
    if !kwargs.is_empty() {
        let msg = format!("{class}.{method}() takes no keyword arguments");
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    }
    let n = args.len() - 1;
    if n <= max {
        return Ok(());
    }
    let msg = match max {
        0 => format!("{class}.{method}() takes no arguments ({n} given)"),
        1 if method == "write" => format!("{class}.{method}() takes exactly one argument ({n} given)"),
        _ => {
            let s = if max == 1 { "" } else { "s" };
            format!("{method} expected at most {max} argument{s}, got {n}")
        }
    };
    Err(vm.new_exc(ExcKind::TypeError, &msg))
}

/// A size (`read(n)`, `readlines(hint)`): an int or None (all); negative also means all.
pub(super) fn size(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    let Some(v) = v.filter(|v| *v != Value::None) else { return Ok(None) };
    if !vm.is_int(v) && vm.lookup_str(vm.type_of(v), "__index__").is_none() {
        let tn = vm.type_name(v);
        let msg = format!("argument should be integer or None, not '{tn}'");
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    }
    let n = crate::vm::args::index_arg(vm, v)?;
    Ok(num_traits::ToPrimitive::to_i64(&n).filter(|n| *n >= 0))
}

/// A text file's `readline(size)`: an index (None is no index there, as in CPython).
pub(super) fn text_line_size(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    let n = crate::vm::args::index_arg(vm, v)?;
    Ok(num_traits::ToPrimitive::to_i64(&n).filter(|n| *n >= 0))
}

/// `seek(offset, whence)`'s checks: the whence a file takes, and what a text file cannot do
/// (it seeks only to a position `tell()` gave, or to its end).
pub(super) fn seek(vm: &mut Vm, file: Value, offset: i64, whence: i64) -> PyResult<()> {
    let binary = matches!(file.as_obj().map(|id| vm.heap.get(id)),
        Some(Object::File(f)) if f.binary)
        || matches!(file.as_obj().map(|id| vm.heap.get(id)), Some(Object::FileLayer { .. }));
    // A binary file also takes Linux's SEEK_DATA (3) and SEEK_HOLE (4).
    let known = (0..=2).contains(&whence) || binary && (3..=4).contains(&whence);
    if !known {
        let msg = if binary {
            format!("whence value {whence} unsupported")
        } else {
            format!("invalid whence ({whence}, should be 0, 1 or 2)")
        };
        return Err(vm.new_exc(ExcKind::ValueError, &msg));
    }
    if binary {
        if whence == 0 && offset < 0 {
            let e = std::io::Error::from_raw_os_error(22);
            return Err(super::io::os_error(vm, &e, None));
        }
        return Ok(());
    }
    match whence {
        1 if offset != 0 => Err(super::io::unsupported(vm, "can't do nonzero cur-relative seeks")),
        2 if offset != 0 => Err(super::io::unsupported(vm, "can't do nonzero end-relative seeks")),
        0 if offset < 0 => Err(vm.new_exc(ExcKind::ValueError, &format!("negative seek position {offset}"))),
        _ => Ok(()),
    }
}
