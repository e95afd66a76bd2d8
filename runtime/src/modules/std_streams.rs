//! `sys.stdin`, `sys.stdout` and `sys.stderr`: three instances of one `_io.TextIOWrapper`
//! class, writing to the VM's output streams and reading from its input (the same input as
//! `input()`), as CPython's text streams over file descriptors 0, 1 and 2.

use super::{arity, def};
use crate::object::exc_kind::ExcKind;
use crate::object::{Layout, Object};
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// The class of the three streams (a reference of ours, or `object` if it could not be made).
pub fn make_class(vm: &mut Vm) -> ObjId {
    let ns = vm.new_dict();
    def(vm, ns, "TextIOWrapper.write", write);
    def(vm, ns, "TextIOWrapper.reconfigure", reconfigure);
    def(vm, ns, "TextIOWrapper.writelines", writelines);
    def(vm, ns, "TextIOWrapper.flush", flush);
    def(vm, ns, "TextIOWrapper.read", read);
    def(vm, ns, "TextIOWrapper.readline", readline);
    def(vm, ns, "TextIOWrapper.readlines", readlines);
    def(vm, ns, "TextIOWrapper.__iter__", iter);
    def(vm, ns, "TextIOWrapper.__next__", next);
    def(vm, ns, "TextIOWrapper.__repr__", repr);
    def(vm, ns, "TextIOWrapper.fileno", fileno);
    def(vm, ns, "TextIOWrapper.isatty", isatty);
    def(vm, ns, "TextIOWrapper.readable", readable);
    def(vm, ns, "TextIOWrapper.writable", writable);
    def(vm, ns, "TextIOWrapper.seekable", seekable);
    def(vm, ns, "TextIOWrapper.__enter__", enter);
    def(vm, ns, "TextIOWrapper.__exit__", exit);
    def(vm, ns, "TextIOWrapper.close", close);
    crate::vm::native::def_attr(vm, ns, "TextIOWrapper.closed", closed);
    let cls = match vm.make_type("TextIOWrapper", vec![vm.types.object], ns) {
        Ok(c) => c,
        Err(e) => {
            vm.decref_id(e);
            return vm.types.object;
        }
    };
    if let Object::Type(t) = vm.heap.get_mut(cls) {
        t.module = "_io".into();
        t.layout = Layout::Object;
    }
    vm.mark_methods_of(cls);
    cls
}

/// The stream over file descriptor `fd` (0, 1 or 2).
pub fn make_stream(vm: &mut Vm, cls: ObjId, fd: i64) -> Value {
    let inst = vm.new_instance(cls);
    let (name, mode) = match fd {
        0 => ("<stdin>", "r"),
        1 => ("<stdout>", "w"),
        _ => ("<stderr>", "w"),
    };
    if let Some(id) = inst.as_obj() {
        vm.set_instance_attr_str(id, "_fd", Value::Int(fd));
        let errors = stdio_errors(fd);
        for (key, text) in [("name", name), ("mode", mode), ("encoding", "utf-8"), ("errors", errors)] {
            let v = vm.new_str(text);
            vm.set_instance_attr_str(id, key, v);
        }
        // stdout is line buffered on a terminal (CPython's stderr writes through instead).
        let line_buffering = fd == 1 && std::io::IsTerminal::is_terminal(&std::io::stdout());
        vm.set_instance_attr_str(id, "line_buffering", Value::Bool(line_buffering));
        // (CPython's is True under `-u`; Reap's unbuffered streams still say False.)
        vm.set_instance_attr_str(id, "write_through", Value::Bool(false));
    }
    inst
}

/// The error handler of a standard stream, as CPython chooses it: stderr escapes what it
/// cannot encode; stdin and stdout pass undecodable bytes through as surrogates, as under the C
/// locale and its UTF-8 forms (the only locales Reap has: see the `locale` module).
fn stdio_errors(fd: i64) -> &'static str {
    if fd == 2 { "backslashreplace" } else { "surrogateescape" }
}

/// The descriptor a std stream (text or binary) stands for.
pub(super) fn fd_of(vm: &Vm, stream: Value) -> i64 {
    stream.as_obj().and_then(|id| vm.instance_attr_str(id, "_fd")).and_then(|v| vm.as_i64(v)).unwrap_or(1)
}

use super::io::unsupported;

fn write(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "write", &args[1..], 1, 1)?;
    check_open(vm, args[0])?;
    let Some(s) = vm.str_of(args[1]).map(str::to_string) else {
        let tn = vm.type_name(args[1]);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("write() argument must be str, not {tn}")));
    };
    let fd = fd_of(vm, args[0]);
    if fd == 0 {
        return Err(unsupported(vm, "not writable"));
    }
    // The text in the stream's encoding: UTF-8 unless `reconfigure` chose another.
    let id = args[0].as_obj();
    let attr = |vm: &Vm, key: &str| id.and_then(|id| vm.instance_attr_str(id, key));
    let text_attr = |vm: &Vm, key: &str| attr(vm, key).and_then(|v| vm.str_of(v)).map(str::to_string);
    // `reconfigure(newline=...)`: line endings written as it says.
    let s = match text_attr(vm, "_newline").as_deref() {
        Some(nl @ ("\r" | "\r\n")) => s.replace('\n', nl),
        _ => s,
    };
    let encoding = text_attr(vm, "encoding").unwrap_or_else(|| "utf-8".into());
    let bytes = if matches!(encoding.to_ascii_lowercase().replace('_', "-").as_str(), "utf-8" | "utf8") {
        None
    } else {
        let errors = text_attr(vm, "errors").unwrap_or_else(|| "strict".into());
        match crate::types::codecs::encode(&s, &encoding, &errors) {
            Ok(b) => Some(b),
            Err(e) => {
                return Err(crate::types::exception::codec_exception(vm, e, |vm| vm.new_str(s.clone())));
            }
        }
    };
    let data = bytes.as_deref().unwrap_or(s.as_bytes());
    let r = if fd == 2 {
        vm.flush();
        std::io::Write::write_all(&mut vm.io.err, data)
    } else {
        std::io::Write::write_all(&mut vm.io.out, data)
    };
    if let Err(e) = r {
        return Err(super::io::os_error(vm, &e, None));
    }
    if fd == 1 && s.contains('\n') && attr(vm, "line_buffering") == Some(Value::Bool(true)) {
        let _ = std::io::Write::flush(&mut vm.io.out);
    }
    Ok(Value::Int(s.chars().count() as i64))
}

/// `reconfigure(*, encoding, errors, newline, line_buffering, write_through)`: a new encoding
/// (its error handler back to 'strict' unless one is given), error handler or line buffering
/// for what is written from now on.
fn reconfigure(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let names = ["encoding", "errors", "newline", "line_buffering", "write_through"];
    let given = crate::vm::args::bind_args(vm, "reconfigure", &args[1..], kwargs, names, 0, 0)?;
    let Some(id) = args[0].as_obj() else { return Ok(Value::None) };
    let [encoding, errors, newline, line_buffering, write_through] = given;
    // `print` then writes through the stream's `write`, which knows the new settings.
    vm.set_instance_attr_str(id, "_reconfigured", Value::Bool(true));
    let text = |vm: &mut Vm, v: Option<Value>, what: &str| -> PyResult<Option<String>> {
        match v {
            None | Some(Value::None) => Ok(None),
            Some(v) => match vm.str_of(v) {
                Some(s) => Ok(Some(s.to_string())),
                None => {
                    let tn = vm.type_name(v);
                    Err(vm.new_exc(
                        ExcKind::TypeError,
                        &format!("reconfigure() argument '{what}' must be str or None, not {tn}"),
                    ))
                }
            },
        }
    };
    let encoding = text(vm, encoding, "encoding")?;
    let errors = text(vm, errors, "errors")?;
    if let Some(enc) = &encoding {
        // An unknown encoding is refused before anything changes.
        if let Err(e) = crate::types::codecs::encode("", enc, "strict") {
            return Err(crate::types::exception::codec_exception(vm, e, |vm| vm.new_str("")));
        }
        let v = vm.new_str(enc.as_str());
        vm.set_instance_attr_str(id, "encoding", v);
    }
    let errors = errors.or_else(|| encoding.is_some().then(|| "strict".to_string()));
    if let Some(err) = errors {
        let v = vm.new_str(err);
        vm.set_instance_attr_str(id, "errors", v);
    }
    if let Some(lb) = line_buffering.filter(|&v| v != Value::None) {
        let on = vm.truthy(lb)?;
        vm.set_instance_attr_str(id, "line_buffering", Value::Bool(on));
    }
    if let Some(wt) = write_through.filter(|&v| v != Value::None) {
        let on = vm.truthy(wt)?;
        vm.set_instance_attr_str(id, "write_through", Value::Bool(on));
    }
    if let Some(nl) = newline {
        let text = if nl == Value::None { None } else { text(vm, Some(nl), "newline")? };
        if let Some(t) = &text
            && !matches!(t.as_str(), "" | "\n" | "\r" | "\r\n")
        {
            return Err(vm.new_exc(ExcKind::ValueError, &format!("illegal newline value: {t}")));
        }
        let v = match text {
            Some(t) => vm.new_str(t),
            None => Value::None,
        };
        vm.set_instance_attr_str(id, "_newline", v);
    }
    Ok(Value::None)
}

fn writelines(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::io::write_each(vm, args, kwargs, write)
}

fn flush(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    check_open(vm, args[0])?;
    let r = if fd_of(vm, args[0]) == 1 { std::io::Write::flush(&mut vm.io.out) } else { Ok(()) };
    vm.flush();
    if let Err(e) = r {
        return Err(super::io::os_error(vm, &e, None));
    }
    Ok(Value::None)
}

/// `with sys.stdin as f:` (json.tool reads its input so).
fn enter(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__enter__", args, 1, 1)?;
    Ok(vm.share(args[0]))
}

/// Leaving a `with` over a standard stream closes it, as CPython's.
fn exit(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    close(vm, &args[..1], kwargs)
}

/// `close()`: flushes, and the script's stream object is closed from then on (writes raise).
/// The interpreter's own output (its host's) stays open: tracebacks and the host still use it.
fn close(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    vm.flush();
    if let Some(id) = args.first().and_then(|v| v.as_obj()) {
        vm.set_instance_attr_str(id, "_closed", Value::Bool(true));
    }
    Ok(Value::None)
}

/// Whether the script closed this stream.
pub(crate) fn is_closed(vm: &Vm, stream: Value) -> bool {
    stream.as_obj().and_then(|id| vm.instance_attr_str(id, "_closed")).is_some_and(|v| v == Value::Bool(true))
}

fn check_open(vm: &mut Vm, stream: Value) -> PyResult<()> {
    if is_closed(vm, stream) {
        return Err(vm.new_exc(ExcKind::ValueError, "I/O operation on closed file."));
    }
    Ok(())
}

fn closed(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(args.first().is_some_and(|&s| is_closed(vm, s))))
}

/// A size argument: `None` or negative means all.
fn size_arg(vm: &mut Vm, args: &[Value]) -> PyResult<Option<usize>> {
    match args.get(1).copied() {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.as_i64(v) {
            Some(n) => Ok(usize::try_from(n).ok()),
            None => {
                let tn = vm.type_name(v);
                Err(vm
                    .new_exc(ExcKind::TypeError, &format!("argument should be integer or None, not '{tn}'")))
            }
        },
    }
}

fn readable_stream(vm: &mut Vm, stream: Value) -> PyResult<()> {
    if fd_of(vm, stream) == 0 { Ok(()) } else { Err(unsupported(vm, "not readable")) }
}

/// Reads from the input, mapping an I/O failure to `OSError`.
fn io_result(vm: &mut Vm, r: std::io::Result<Vec<u8>>) -> PyResult<String> {
    match r {
        Ok(bytes) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) => Err(vm.new_exc(ExcKind::OSError, &e.to_string())),
    }
}

/// Splits `text` after `n` characters, giving the rest back to the input.
fn keep_chars(vm: &mut Vm, text: String, n: Option<usize>) -> String {
    let Some(n) = n else { return text };
    match text.char_indices().nth(n) {
        Some((at, _)) => {
            vm.io.unread(text.as_bytes()[at..].to_vec());
            text[..at].to_string()
        }
        None => text,
    }
}

fn read(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "read", &args[1..], 0, 1)?;
    readable_stream(vm, args[0])?;
    let size = size_arg(vm, args)?;
    // What the script printed before it waits for input is on the screen first.
    vm.flush();
    let text = match size {
        None => {
            let r = vm.input_all()?;
            io_result(vm, r)?
        }
        Some(n) => {
            let mut text = String::new();
            while text.chars().count() < n {
                let r = vm.input_line()?;
                let line = io_result(vm, r)?;
                if line.is_empty() {
                    break;
                }
                text.push_str(&line);
            }
            keep_chars(vm, text, Some(n))
        }
    };
    Ok(vm.new_str(text))
}

fn readline(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "readline", &args[1..], 0, 1)?;
    readable_stream(vm, args[0])?;
    let size = size_arg(vm, args)?;
    // What the script printed before it waits for input is on the screen first.
    vm.flush();
    let r = vm.input_line()?;
    let line = io_result(vm, r)?;
    let line = keep_chars(vm, line, size);
    Ok(vm.new_str(line))
}

fn readlines(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "readlines", &args[1..], 0, 1)?;
    readable_stream(vm, args[0])?;
    vm.flush();
    let r = vm.input_all()?;
    let text = io_result(vm, r)?;
    let lines: Vec<Value> = text.split_inclusive('\n').map(|l| vm.new_str(l)).collect();
    Ok(vm.new_list(lines))
}

fn iter(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__iter__", &args[1..], 0, 0)?;
    Ok(vm.share(args[0]))
}

fn next(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__next__", &args[1..], 0, 0)?;
    readable_stream(vm, args[0])?;
    vm.flush();
    let r = vm.input_line()?;
    let line = io_result(vm, r)?;
    if line.is_empty() {
        let no_args = vm.new_tuple(Vec::new());
        return Err(vm.new_exc_args(ExcKind::StopIteration, no_args));
    }
    Ok(vm.new_str(line))
}

fn repr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__repr__", &args[1..], 0, 0)?;
    let (name, mode) = match fd_of(vm, args[0]) {
        0 => ("<stdin>", "r"),
        1 => ("<stdout>", "w"),
        _ => ("<stderr>", "w"),
    };
    Ok(vm.new_str(format!("<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>")))
}

pub(super) fn fileno(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "fileno", &args[1..], 0, 0)?;
    Ok(Value::Int(fd_of(vm, args[0])))
}

fn isatty(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "isatty", &args[1..], 0, 0)?;
    let tty = match fd_of(vm, args[0]) {
        0 => vm.io.input.is_terminal(),
        1 => std::io::IsTerminal::is_terminal(&std::io::stdout()),
        _ => std::io::IsTerminal::is_terminal(&std::io::stderr()),
    };
    Ok(Value::Bool(tty))
}

pub(super) fn readable(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "readable", &args[1..], 0, 0)?;
    Ok(Value::Bool(fd_of(vm, args[0]) == 0))
}

pub(super) fn writable(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "writable", &args[1..], 0, 0)?;
    Ok(Value::Bool(fd_of(vm, args[0]) != 0))
}

pub(super) fn seekable(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "seekable", &args[1..], 0, 0)?;
    Ok(Value::Bool(false))
}
