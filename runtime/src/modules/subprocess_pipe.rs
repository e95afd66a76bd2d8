//! `_subprocess.Pipe`: one end of a pipe to a child process, as `Popen.stdin`, `.stdout` and
//! `.stderr` (binary; `subprocess` wraps them in `io.TextIOWrapper` for text). A reading end
//! behaves as CPython's `io.BufferedReader` (`read(n)` waits for n bytes or the end, `read1`
//! for what one read gives, `readline`, iteration); a writing end writes at once, so `flush()`
//! has nothing to do. `communicate()` takes the ends out (`take_reader`, `take_writer`), which
//! leaves the objects closed, as CPython's communicate closes them.

use std::io::{BufRead, BufReader, Read, Write};

use super::io::os_error;
use super::native_class::{bytes_arg, ssize_arg, with_value};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::object::host::HostObject;
use crate::value::{ObjId, Value};
use crate::vm::{NativeFn, PyResult, Vm};

pub type Reader = BufReader<Box<dyn Read + Send>>;
pub type Writer = Box<dyn Write + Send>;

pub enum End {
    Reader(Reader),
    Writer(Writer),
    Closed,
}

pub struct Pipe {
    pub end: End,
    fd: i64,
    readable: bool,
}

impl HostObject for Pipe {}

impl Pipe {
    pub fn reader(r: Box<dyn Read + Send>, fd: i64) -> Pipe {
        Pipe { end: End::Reader(BufReader::with_capacity(64 * 1024, r)), fd, readable: true }
    }

    pub fn writer(w: Writer, fd: i64) -> Pipe {
        Pipe { end: End::Writer(w), fd, readable: false }
    }
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("Pipe.read", read),
    ("Pipe.read1", read1),
    ("Pipe.readline", readline),
    ("Pipe.readlines", readlines),
    ("Pipe.write", write),
    ("Pipe.flush", flush),
    ("Pipe.close", close),
    ("Pipe.fileno", fileno),
    ("Pipe.readable", readable),
    ("Pipe.writable", writable),
    ("Pipe.seekable", seekable),
    ("Pipe.isatty", seekable),
    ("Pipe.__iter__", iter),
    ("Pipe.__next__", next),
    ("Pipe.__enter__", iter),
    ("Pipe.__exit__", exit),
];

pub const ATTRS: &[(&str, NativeFn)] = &[("_subprocess.Pipe.closed", closed)];

const Q: &str = "_subprocess.Pipe";

/// Runs `f` on the reading end, or raises as CPython's buffered objects do.
fn with_reader<R>(
    vm: &mut Vm,
    args: &[Value],
    what: &str,
    closed: &str,
    f: impl FnOnce(&mut Reader) -> std::io::Result<R>,
) -> PyResult<R> {
    let r = with_value(vm, args.first(), &format!("{Q}.{what}"), |vm, p: &mut Pipe| match &mut p.end {
        End::Reader(r) => Ok(Ok(f(r))),
        End::Closed => Err(vm.new_exc(ExcKind::ValueError, closed)),
        End::Writer(_) => Ok(Err(())),
    })?;
    match r {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(os_error(vm, &e, None)),
        Err(()) => Err(unsupported(vm, what)),
    }
}

/// `io.UnsupportedOperation(what)`, found in `io` (an `OSError` if it cannot be).
fn unsupported(vm: &mut Vm, what: &str) -> ObjId {
    let cls = vm
        .module_dict("io")
        .and_then(|d| vm.dict_get_str(d, "UnsupportedOperation"))
        .and_then(|v| v.as_obj())
        .filter(|&c| matches!(vm.heap.get(c), Object::Type(_)));
    match cls {
        Some(cls) => {
            let m = vm.new_str(what);
            let args = vm.new_tuple(vec![m]);
            vm.exc_with_args(cls, args)
        }
        None => vm.new_exc(ExcKind::OSError, what),
    }
}

fn size_arg(vm: &mut Vm, args: &[Value]) -> PyResult<i64> {
    match args.get(1) {
        None | Some(Value::None) => Ok(-1),
        Some(&v) => ssize_arg(vm, v),
    }
}

fn bytes(vm: &mut Vm, data: Vec<u8>) -> Value {
    vm.alloc(Object::Bytes(data))
}

/// Up to `n` bytes, as many as one read of the pipe gives when nothing is buffered.
fn read_some(r: &mut Reader, n: usize) -> std::io::Result<Vec<u8>> {
    let buf = r.fill_buf()?;
    let k = buf.len().min(n);
    let out = buf[..k].to_vec();
    r.consume(k);
    Ok(out)
}

fn read(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let n = size_arg(vm, args)?;
    if n < -1 {
        return Err(vm.new_exc(ExcKind::ValueError, "read length must be non-negative or -1"));
    }
    let data = with_reader(vm, args, "read", "read of closed file", |r| {
        let mut out = Vec::new();
        if n < 0 {
            r.read_to_end(&mut out)?;
        } else {
            // As a buffered reader: until n bytes or the end of the stream.
            while out.len() < n as usize {
                let piece = read_some(r, n as usize - out.len())?;
                if piece.is_empty() {
                    break;
                }
                out.extend(piece);
            }
        }
        Ok(out)
    })?;
    Ok(bytes(vm, data))
}

fn read1(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let n = size_arg(vm, args)?;
    let n = if n < 0 { 8192 } else { n as usize };
    let data = with_reader(vm, args, "read1", "read of closed file", |r| read_some(r, n))?;
    Ok(bytes(vm, data))
}

/// One line (with its `\n`), at most `limit` bytes; empty at the end.
fn line(r: &mut Reader, limit: i64) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let room = if limit < 0 { usize::MAX } else { limit as usize - out.len() };
        if room == 0 {
            return Ok(out);
        }
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            return Ok(out);
        }
        let window = &buf[..buf.len().min(room)];
        match window.iter().position(|&b| b == b'\n') {
            Some(i) => {
                out.extend_from_slice(&window[..=i]);
                r.consume(i + 1);
                return Ok(out);
            }
            None => {
                let k = window.len();
                out.extend_from_slice(window);
                r.consume(k);
            }
        }
    }
}

fn readline(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let limit = size_arg(vm, args)?;
    let data = with_reader(vm, args, "readline", "readline of closed file", |r| line(r, limit))?;
    Ok(bytes(vm, data))
}

fn readlines(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let hint = size_arg(vm, args)?;
    let lines = with_reader(vm, args, "readlines", "I/O operation on closed file.", |r| {
        let (mut lines, mut total) = (Vec::new(), 0usize);
        loop {
            let l = line(r, -1)?;
            if l.is_empty() {
                return Ok(lines);
            }
            total += l.len();
            lines.push(l);
            if hint > 0 && total >= hint as usize {
                return Ok(lines);
            }
        }
    })?;
    let items = lines.into_iter().map(|l| bytes(vm, l)).collect();
    Ok(vm.new_list(items))
}

fn next(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let l = with_reader(vm, args, "readline", "readline of closed file", |r| line(r, -1))?;
    if l.is_empty() {
        let t = vm.new_tuple(Vec::new());
        return Err(vm.new_exc_args(ExcKind::StopIteration, t));
    }
    Ok(bytes(vm, l))
}

fn iter(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let open = with_value(vm, args.first(), &format!("{Q}.__iter__"), |_, p: &mut Pipe| {
        Ok(!matches!(p.end, End::Closed))
    })?;
    if !open {
        return Err(vm.new_exc(ExcKind::ValueError, "I/O operation on closed file."));
    }
    Ok(vm.share(args[0]))
}

fn write(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    super::arity(vm, "write", args.get(1..).unwrap_or(&[]), 1, 1)?;
    let data = bytes_arg(vm, args[1])?;
    let r = with_value(vm, args.first(), &format!("{Q}.write"), |vm, p: &mut Pipe| match &mut p.end {
        End::Writer(w) => Ok(Some(w.write_all(&data))),
        End::Closed => Err(vm.new_exc(ExcKind::ValueError, "write to closed file")),
        End::Reader(_) => Ok(None),
    })?;
    match r {
        Some(Ok(())) => Ok(Value::Int(data.len() as i64)),
        Some(Err(e)) => Err(os_error(vm, &e, None)),
        None => Err(unsupported(vm, "write")),
    }
}

fn flush(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let r = with_value(vm, args.first(), &format!("{Q}.flush"), |vm, p: &mut Pipe| match &mut p.end {
        End::Writer(w) => Ok(w.flush()),
        End::Closed => Err(vm.new_exc(ExcKind::ValueError, "flush of closed file")),
        End::Reader(_) => Ok(Ok(())),
    })?;
    r.map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::None)
}

fn close(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let r = with_value(vm, args.first(), &format!("{Q}.close"), |_, p: &mut Pipe| {
        let r = match &mut p.end {
            End::Writer(w) => w.flush(),
            _ => Ok(()),
        };
        p.end = End::Closed;
        Ok(r)
    })?;
    // A child that stopped reading makes the last flush fail; the pipe is closed anyway.
    match r {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(os_error(vm, &e, None)),
        _ => Ok(Value::None),
    }
}

fn exit(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    close(vm, &args[..1.min(args.len())], kwargs)
}

fn closed(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let closed = with_value(vm, args.first(), &format!("{Q}.closed"), |_, p: &mut Pipe| {
        Ok(matches!(p.end, End::Closed))
    })?;
    Ok(Value::Bool(closed))
}

fn fileno(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let fd = with_value(vm, args.first(), &format!("{Q}.fileno"), |vm, p: &mut Pipe| match p.end {
        End::Closed => Err(vm.new_exc(ExcKind::ValueError, "I/O operation on closed file")),
        _ => Ok(p.fd),
    })?;
    Ok(Value::Int(fd))
}

fn readable(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let r = with_value(vm, args.first(), &format!("{Q}.readable"), |vm, p: &mut Pipe| match p.end {
        End::Closed => Err(vm.new_exc(ExcKind::ValueError, "I/O operation on closed file")),
        _ => Ok(p.readable),
    })?;
    Ok(Value::Bool(r))
}

fn writable(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let r = with_value(vm, args.first(), &format!("{Q}.writable"), |vm, p: &mut Pipe| match p.end {
        End::Closed => Err(vm.new_exc(ExcKind::ValueError, "I/O operation on closed file")),
        _ => Ok(!p.readable),
    })?;
    Ok(Value::Bool(r))
}

fn seekable(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    with_value(vm, args.first(), &format!("{Q}.seekable"), |_, _: &mut Pipe| Ok(()))?;
    Ok(Value::Bool(false))
}

/// The reading end of a `Pipe` object, taken out (the object is closed after), or `None` for
/// `None` or a pipe already closed.
pub fn take_reader(vm: &mut Vm, v: Value) -> PyResult<Option<Reader>> {
    if v == Value::None {
        return Ok(None);
    }
    with_value(vm, Some(&v), &format!("{Q}.read"), |_, p: &mut Pipe| {
        Ok(match std::mem::replace(&mut p.end, End::Closed) {
            End::Reader(r) => Some(r),
            other => {
                p.end = other;
                None
            }
        })
    })
}

/// The writing end of a `Pipe` object, taken out as `take_reader` takes a reading end.
pub fn take_writer(vm: &mut Vm, v: Value) -> PyResult<Option<Writer>> {
    if v == Value::None {
        return Ok(None);
    }
    with_value(vm, Some(&v), &format!("{Q}.write"), |_, p: &mut Pipe| {
        Ok(match std::mem::replace(&mut p.end, End::Closed) {
            End::Writer(w) => Some(w),
            other => {
                p.end = other;
                None
            }
        })
    })
}
