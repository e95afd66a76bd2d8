//! What a binary file read buffered has besides `read`: `read1`, `peek`, `readinto` and
//! `readinto1`, as CPython's `BufferedReader` (Reap's files hold what they read in memory, so
//! `read1` reads as `read` does and `peek` shows what is left, up to a buffer's worth).

use super::def;
use super::io::{check_readable, with_file};
use crate::object::Object;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// CPython's default buffer size: the most `peek` shows.
const BUFFER_SIZE: usize = 8192;

pub fn install(vm: &mut Vm) {
    let d = vm.type_obj(vm.types.buffered_reader).dict;
    def(vm, d, "file.read1", read1);
    def(vm, d, "file.peek", peek);
    def(vm, d, "file.readinto", readinto);
    def(vm, d, "file.readinto1", readinto1);
}

/// Takes up to `size` bytes (all when None) from where the file is.
fn take(vm: &mut Vm, file: Value, size: Option<usize>, advance: bool) -> PyResult<Vec<u8>> {
    with_file(vm, file, |f| {
        let rest = &f.buffer[f.pos.min(f.buffer.len())..];
        let n = size.map_or(rest.len(), |s| s.min(rest.len()));
        let out = rest[..n].to_vec();
        if advance {
            f.pos += n;
        }
        out
    })
}

/// `read1(size=-1)`: at most `size` bytes, in one read of the system at most.
fn read1(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::file_args::check(vm, args, kwargs, "read1", 1)?;
    let size = super::file_args::size(vm, args.get(1).copied())?;
    check_readable(vm, args[0])?;
    let data = take(vm, args[0], size.map(|s| s as usize), true)?;
    Ok(vm.alloc(Object::Bytes(data)))
}

/// `peek(size=0)`: what is buffered ahead, without moving (at least one byte unless at the
/// end; the size is a hint).
fn peek(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::file_args::check(vm, args, kwargs, "peek", 1)?;
    if let Some(&v) = args.get(1) {
        crate::vm::args::index_arg(vm, v)?;
    }
    check_readable(vm, args[0])?;
    let data = take(vm, args[0], Some(BUFFER_SIZE), false)?;
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
        Some(Object::ByteArray(_)) => true,
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
    check_readable(vm, args[0])?;
    let room = vm.len(buffer)?;
    let data = take(vm, args[0], Some(room), true)?;
    let n = data.len();
    let bytes = vm.alloc(Object::Bytes(data));
    let slice =
        vm.alloc(Object::Slice { start: Value::Int(0), stop: Value::Int(n as i64), step: Value::None });
    let r = vm.setitem(buffer, slice, bytes);
    vm.decref(slice);
    vm.decref(bytes);
    r?;
    Ok(Value::Int(n as i64))
}
