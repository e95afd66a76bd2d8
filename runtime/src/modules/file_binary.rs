//! What a binary file read buffered has besides `read`: `read1`, `peek`, `readinto` and
//! `readinto1`, as CPython's `BufferedReader`.

use super::def;
use super::io::{check_readable, with_file};
use crate::object::{FileObj, Object};
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    for t in [vm.types.buffered_reader, vm.types.buffered_random] {
        let d = vm.type_obj(t).dict;
        def(vm, d, "file.read1", read1);
        def(vm, d, "file.peek", peek);
        def(vm, d, "file.readinto", readinto);
        def(vm, d, "file.readinto1", readinto1);
    }
    // A writer has the reading methods only to refuse them.
    let d = vm.type_obj(vm.types.buffered_writer).dict;
    def(vm, d, "file.read1", read1);
    def(vm, d, "file.readinto", readinto);
    def(vm, d, "file.readinto1", readinto1);
    let d = vm.type_obj(vm.types.file_io).dict;
    def(vm, d, "file.readinto", readinto);
    def(vm, d, "file.readall", readall);
}

/// Runs a read of the file's buffer, raising what it fails with.
fn take(
    vm: &mut Vm,
    file: Value,
    op: impl FnOnce(&mut FileObj) -> std::io::Result<Vec<u8>>,
) -> PyResult<Vec<u8>> {
    match with_file(vm, file, op)? {
        Ok(data) => Ok(data),
        Err(e) => Err(super::io::os_error(vm, &e, None)),
    }
}

/// `read1(size=-1)`: at most `size` bytes, in one read of the system at most.
fn read1(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::file_args::check(vm, args, kwargs, "read1", 1)?;
    let size = super::file_args::size(vm, args.get(1).copied())?;
    check_readable(vm, args[0], "read1")?;
    let data = take(vm, args[0], |f| f.read1_bytes(size.map(|s| s as usize)))?;
    Ok(vm.alloc(Object::Bytes(data)))
}

/// `readall()` of an unbuffered file: the rest of it.
fn readall(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::file_args::check(vm, args, kwargs, "readall", 0)?;
    check_readable(vm, args[0], "readall")?;
    let data = take(vm, args[0], |f| f.read_bytes(None))?;
    Ok(vm.alloc(Object::Bytes(data)))
}

/// `peek(size=0)`: what is buffered ahead, without moving (at least one byte unless at the
/// end; the size is a hint).
fn peek(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::file_args::check(vm, args, kwargs, "peek", 1)?;
    if let Some(&v) = args.get(1) {
        crate::vm::args::index_arg(vm, v)?;
    }
    check_readable(vm, args[0], "peek")?;
    let data = take(vm, args[0], FileObj::peek_bytes)?;
    Ok(vm.alloc(Object::Bytes(data)))
}

/// `readinto(buffer)`: reads into a writable bytes-like object, and says how many bytes.
fn readinto(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    into(vm, args, kwargs, "readinto")
}

fn readinto1(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    into(vm, args, kwargs, "readinto1")
}

fn into(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)], method: &str) -> PyResult<Value> {
    super::file_args::check(vm, args, kwargs, method, 1)?;
    let Some(&buffer) = args.get(1) else {
        let class = vm.type_obj(vm.type_of(args[0])).name.clone();
        let msg = format!("{class}.{method}() takes exactly one argument (0 given)");
        return Err(vm.new_exc(crate::object::exc_kind::ExcKind::TypeError, &msg));
    };
    let writable = match buffer.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::ByteArray(_) | Object::Array(_)) => true,
        Some(Object::MemoryView(_)) => {
            let readonly = vm.getattr_str(buffer, "readonly")?;
            readonly == Value::Bool(false)
        }
        _ => false,
    };
    if !writable {
        let tn = vm.type_name(buffer);
        let msg = format!("{method}() argument must be read-write bytes-like object, not {tn}");
        return Err(vm.new_exc(crate::object::exc_kind::ExcKind::TypeError, &msg));
    }
    check_readable(vm, args[0], method)?;
    let array_room = match buffer.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Array(a)) => Some(a.data.len()),
        _ => None,
    };
    let room = match array_room {
        Some(n) => n,
        None => vm.len(buffer)?,
    };
    let one = method == "readinto1";
    let data = take(vm, args[0], |f| if one { f.read1_bytes(Some(room)) } else { f.read_bytes(Some(room)) })?;
    let n = data.len();
    if let Some(Object::Array(a)) = buffer.as_obj().map(|id| vm.heap.get_mut(id)) {
        // An array takes the bytes as its items' memory.
        a.data[..n].copy_from_slice(&data);
        return Ok(Value::Int(n as i64));
    }
    let bytes = vm.alloc(Object::Bytes(data));
    let slice =
        vm.alloc(Object::Slice { start: Value::Int(0), stop: Value::Int(n as i64), step: Value::None });
    let r = vm.setitem(buffer, slice, bytes);
    vm.decref(slice);
    vm.decref(bytes);
    r?;
    Ok(Value::Int(n as i64))
}
