//! File descriptors for `os.open`, `os.pipe`, `os.dup` and `tempfile.mkstemp`: each one an
//! `_reap_os.Descriptor` object holding the open file, which `os` keeps in a table by number
//! (`os._fds`). `os.read`, `os.write`, `os.lseek`, `os.fstat`... find the object by number and
//! call its methods here; `os.close` drops it, which closes the descriptor. Reap never makes
//! a file out of a bare number: a descriptor it did not open is not one of its own.

use std::io::{IsTerminal, Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::OpenOptionsExt;

use super::io::{os_error, path_arg, require_fs};
use super::native_class::{
    bytes_arg, c_int_arg, make_class, module_class, new_instance, ssize_arg, with_value,
};
use crate::object::host::HostObject;
use crate::value::{ObjId, Value};
use crate::vm::{NativeFn, PyResult, Vm};

/// An open descriptor (closed when the object goes).
pub struct Descriptor {
    file: std::fs::File,
}

impl HostObject for Descriptor {}

const MODULE: &str = "_reap_os";
const QUAL: &str = "_reap_os.Descriptor";

pub fn install(vm: &mut Vm, d: ObjId) {
    let methods: &[(&str, NativeFn)] = &[
        ("Descriptor.fileno", fileno),
        ("Descriptor.read", read),
        ("Descriptor.write", write),
        ("Descriptor.lseek", lseek),
        ("Descriptor.isatty", isatty),
        ("Descriptor.dup", dup),
        ("Descriptor.fsync", fsync),
        ("Descriptor.ftruncate", ftruncate),
        ("Descriptor.metadata_path", metadata_path),
    ];
    if let Some(cls) = make_class(vm, MODULE, "Descriptor", methods, &[]) {
        vm.dict_set_str(d, "Descriptor", Value::Obj(cls));
    }
    for &(name, f) in &[("_reap_os.fd_open", fd_open as NativeFn), ("_reap_os.fd_pipe", fd_pipe)] {
        super::def(vm, d, name, f);
    }
}

/// A new descriptor object for `file`.
pub fn descriptor(vm: &mut Vm, file: std::fs::File) -> PyResult<Value> {
    let Some(cls) = module_class(vm, MODULE, "Descriptor") else {
        return Err(
            vm.new_exc(crate::object::exc_kind::ExcKind::SystemError, "_reap_os.Descriptor is missing")
        );
    };
    Ok(new_instance(vm, cls, Descriptor { file }))
}

// The flags of Linux's open(2), as os.O_* names them.
const O_ACCMODE: i32 = 3;
const O_WRONLY: i32 = 1;
const O_RDWR: i32 = 2;
const O_CREAT: i32 = 0o100;
const O_EXCL: i32 = 0o200;
const O_TRUNC: i32 = 0o1000;
const O_APPEND: i32 = 0o2000;

/// `_reap_os.fd_open(path, flags, mode)`: `os.open`.
fn fd_open(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    require_fs(vm)?;
    super::arity(vm, "open", args, 3, 3)?;
    let path = path_arg(vm, args[0], "open")?;
    let flags = c_int_arg(vm, args[1])?;
    let mode = c_int_arg(vm, args[2])?;
    let mut opts = std::fs::OpenOptions::new();
    let access = flags & O_ACCMODE;
    opts.read(access != O_WRONLY)
        .write(access == O_WRONLY || access == O_RDWR)
        .append(flags & O_APPEND != 0)
        .truncate(flags & O_TRUNC != 0)
        .mode(mode as u32);
    if flags & O_CREAT != 0 {
        if flags & O_EXCL != 0 {
            opts.create_new(true);
        } else {
            opts.create(true);
        }
    }
    opts.custom_flags(flags & !(O_ACCMODE | O_CREAT | O_EXCL | O_TRUNC | O_APPEND));
    match opts.open(&path) {
        Ok(file) => descriptor(vm, file),
        Err(e) => Err(os_error(vm, &e, Some(&path))),
    }
}

/// `_reap_os.fd_pipe()`: the reading and the writing end of a new pipe.
fn fd_pipe(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    super::arity(vm, "pipe", args, 0, 0)?;
    let (r, w) = std::io::pipe().map_err(|e| os_error(vm, &e, None))?;
    let r = descriptor(vm, std::fs::File::from(std::os::fd::OwnedFd::from(r)))?;
    let w = match descriptor(vm, std::fs::File::from(std::os::fd::OwnedFd::from(w))) {
        Ok(w) => w,
        Err(e) => {
            vm.decref(r);
            return Err(e);
        }
    };
    Ok(vm.new_tuple(vec![r, w]))
}

/// Runs `f` on the descriptor's file, its I/O error raised as CPython's `OSError`.
fn on_file<R>(
    vm: &mut Vm,
    this: Option<&Value>,
    f: impl FnOnce(&mut std::fs::File) -> std::io::Result<R>,
) -> PyResult<R> {
    with_value(vm, this, QUAL, |vm, d: &mut Descriptor| f(&mut d.file).map_err(|e| os_error(vm, &e, None)))
}

fn fileno(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let fd = on_file(vm, args.first(), |f| Ok(f.as_raw_fd()))?;
    Ok(Value::Int(i64::from(fd)))
}

fn read(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let n = ssize_arg(vm, args.get(1).copied().unwrap_or(Value::Int(0)))?;
    if n < 0 {
        return Err(vm.new_exc(crate::object::exc_kind::ExcKind::ValueError, "negative buffersize in read"));
    }
    let data = on_file(vm, args.first(), |f| {
        let mut buf = vec![0; n as usize];
        let got = f.read(&mut buf)?;
        buf.truncate(got);
        Ok(buf)
    })?;
    Ok(vm.alloc(crate::object::Object::Bytes(data)))
}

fn write(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let data = bytes_arg(vm, args.get(1).copied().unwrap_or(Value::None))?;
    let n = on_file(vm, args.first(), |f| f.write(&data))?;
    Ok(Value::Int(n as i64))
}

fn lseek(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let pos = ssize_arg(vm, args.get(1).copied().unwrap_or(Value::Int(0)))?;
    let how = c_int_arg(vm, args.get(2).copied().unwrap_or(Value::Int(0)))?;
    let to = match how {
        0 if pos >= 0 => SeekFrom::Start(pos as u64),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => {
            let e = std::io::Error::from_raw_os_error(22);
            return Err(os_error(vm, &e, None));
        }
    };
    let at = on_file(vm, args.first(), |f| f.seek(to))?;
    Ok(Value::Int(at as i64))
}

fn isatty(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(on_file(vm, args.first(), |f| Ok(f.is_terminal()))?))
}

fn dup(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let file = on_file(vm, args.first(), |f| f.try_clone())?;
    descriptor(vm, file)
}

/// The file of descriptor `fd` if it is one of `os`'s (`os.open`, `os.pipe`,
/// `tempfile.mkstemp`), for `open(fd)`: with `closefd` the file object takes the descriptor
/// over (it leaves `os`'s table, and closing the file closes it, as in CPython), else it gets a
/// duplicate (same position and flags).
pub(crate) fn descriptor_file(vm: &mut Vm, fd: i64, closefd: bool) -> Option<std::fs::File> {
    let table = vm.dict_get_str(vm.module_dict("os")?, "_fds")?;
    let descriptor = vm.dict_get(table, Value::Int(fd)).ok().flatten()?;
    let file = on_file(vm, Some(&descriptor), |f| {
        let dup = f.try_clone()?;
        Ok(if closefd { std::mem::replace(f, dup) } else { dup })
    });
    let file = match file {
        Ok(file) => file,
        Err(e) => {
            vm.decref_id(e);
            return None;
        }
    };
    if closefd {
        // The table's object now holds the duplicate, which closes as it goes.
        match vm.dict_remove(table, Value::Int(fd)) {
            Ok(old) => old.into_iter().for_each(|v| vm.decref(v)),
            Err(e) => vm.decref_id(e),
        }
    }
    Some(file)
}

fn fsync(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    on_file(vm, args.first(), |f| f.sync_all())?;
    Ok(Value::None)
}

fn ftruncate(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let len = ssize_arg(vm, args.get(1).copied().unwrap_or(Value::Int(0)))?;
    on_file(vm, args.first(), |f| f.set_len(len.max(0) as u64))?;
    Ok(Value::None)
}

/// The path `os.fstat` stats: the descriptor's entry under /proc, which follows it to its
/// file (also a deleted one, or a pipe).
fn metadata_path(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let fd = on_file(vm, args.first(), |f| Ok(f.as_raw_fd()))?;
    Ok(vm.new_str(format!("/proc/self/fd/{fd}")))
}
