//! `sys.stdin.buffer`, `sys.stdout.buffer` and `sys.stderr.buffer`: the binary streams under
//! the text ones, as CPython's `_io.BufferedReader`/`BufferedWriter` over descriptors 0, 1
//! and 2. They read the VM's input and write its outputs, so bytes and text written to one
//! stream keep their order.

use super::std_streams::{fd_of, fileno, readable, seekable, writable};
use super::{arity, def};
use crate::object::exc_kind::ExcKind;
use crate::object::{Layout, Object};
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// The reader's and the writer's classes (references of ours).
pub struct BufferClasses {
    reader: ObjId,
    writer: ObjId,
}

pub fn make_classes(vm: &mut Vm) -> Option<BufferClasses> {
    let reader = make_class(vm, "BufferedReader")?;
    let Some(writer) = make_class(vm, "BufferedWriter") else {
        vm.decref_id(reader);
        return None;
    };
    Some(BufferClasses { reader, writer })
}

pub fn release_classes(vm: &mut Vm, classes: BufferClasses) {
    vm.decref_id(classes.reader);
    vm.decref_id(classes.writer);
}

fn make_class(vm: &mut Vm, name: &'static str) -> Option<ObjId> {
    let ns = vm.new_dict();
    let methods: &[(&'static str, crate::vm::NativeFn)] = &[
        ("buffer.write", write),
        ("buffer.writelines", writelines),
        ("buffer.read", read),
        ("buffer.readline", readline),
        ("buffer.flush", flush),
        ("buffer.fileno", fileno),
        ("buffer.readable", readable),
        ("buffer.writable", writable),
        ("buffer.seekable", seekable),
        ("buffer.__repr__", repr),
    ];
    for &(method, f) in methods {
        def(vm, ns, method, f);
    }
    let cls = match vm.make_type(name, vec![vm.types.object], ns) {
        Ok(c) => c,
        Err(e) => {
            vm.decref_id(e);
            return None;
        }
    };
    if let Object::Type(t) = vm.heap.get_mut(cls) {
        t.module = "_io".into();
        t.layout = Layout::Object;
    }
    vm.mark_methods_of(cls);
    Some(cls)
}

/// The binary stream over descriptor `fd` (0, 1 or 2).
pub fn make_buffer(vm: &mut Vm, classes: &BufferClasses, fd: i64) -> Value {
    let (cls, name, mode) = match fd {
        0 => (classes.reader, "<stdin>", "rb"),
        1 => (classes.writer, "<stdout>", "wb"),
        _ => (classes.writer, "<stderr>", "wb"),
    };
    let inst = vm.new_instance(cls);
    if let Some(id) = inst.as_obj() {
        vm.set_instance_attr_str(id, "_fd", Value::Int(fd));
        for (key, text) in [("name", name), ("mode", mode)] {
            let v = vm.new_str(text);
            vm.set_instance_attr_str(id, key, v);
        }
        vm.set_instance_attr_str(id, "closed", Value::Bool(false));
    }
    inst
}

fn write(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "write", &args[1..], 1, 1)?;
    let fd = fd_of(vm, args[0]);
    if fd == 0 {
        return Err(super::io::unsupported(vm, "write"));
    }
    let data = match args[1].as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Bytes(b) | Object::ByteArray(b)) => b.clone(),
        Some(Object::MemoryView(_)) => vm.view_bytes(args[1]).unwrap_or_default(),
        _ => {
            let tn = vm.type_name(args[1]);
            return Err(
                vm.new_exc(ExcKind::TypeError, &format!("a bytes-like object is required, not '{tn}'"))
            );
        }
    };
    if fd == 2 {
        vm.flush();
        let _ = std::io::Write::write_all(&mut vm.io.err, &data);
    } else {
        let _ = std::io::Write::write_all(&mut vm.io.out, &data);
    }
    Ok(Value::Int(data.len() as i64))
}

fn writelines(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::io::write_each(vm, args, kwargs, write)
}

fn readable_buffer(vm: &mut Vm, stream: Value) -> PyResult<()> {
    if fd_of(vm, stream) == 0 { Ok(()) } else { Err(super::io::unsupported(vm, "read")) }
}

/// `read(size=-1)`: everything left, or at most `size` bytes.
fn read(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "read", &args[1..], 0, 1)?;
    readable_buffer(vm, args[0])?;
    let size = match args.get(1).copied() {
        None | Some(Value::None) => None,
        Some(v) => usize::try_from(crate::vm::args::index_arg(vm, v)?).ok(),
    };
    vm.flush();
    let data = match size {
        None => vm.input_all()?,
        Some(n) => {
            let mut data = Vec::new();
            while data.len() < n {
                match vm.input_line()? {
                    Ok(line) if !line.is_empty() => data.extend_from_slice(&line),
                    Ok(_) => break,
                    Err(e) => return Err(super::io::os_error(vm, &e, None)),
                }
            }
            if data.len() > n {
                vm.io.unread(data.split_off(n));
            }
            Ok(data)
        }
    };
    let data = data.map_err(|e| super::io::os_error(vm, &e, None))?;
    Ok(vm.alloc(Object::Bytes(data)))
}

fn readline(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "readline", &args[1..], 0, 1)?;
    readable_buffer(vm, args[0])?;
    vm.flush();
    let line = vm.input_line()?.map_err(|e| super::io::os_error(vm, &e, None))?;
    Ok(vm.alloc(Object::Bytes(line)))
}

fn flush(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    vm.flush();
    Ok(Value::None)
}

fn repr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__repr__", &args[1..], 0, 0)?;
    let (kind, name) = match fd_of(vm, args[0]) {
        0 => ("BufferedReader", "<stdin>"),
        1 => ("BufferedWriter", "<stdout>"),
        _ => ("BufferedWriter", "<stderr>"),
    };
    Ok(vm.new_str(format!("<_io.{kind} name='{name}'>")))
}
