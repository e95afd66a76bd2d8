//! `BaseException`'s methods, and making `OSError` and its errno subclasses.

use super::{arity, def};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let exc = vm.type_obj(vm.exc_type(ExcKind::BaseException)).dict;
    def(vm, exc, "BaseException.__init__", exc_init);
    def(vm, exc, "BaseException.with_traceback", exc_with_traceback);
    def(vm, exc, "BaseException.__str__", exc_str);
    def(vm, exc, "BaseException.add_note", exc_add_note);
    def(vm, exc, "BaseException.__setstate__", exc_setstate);
    let key_error = vm.type_obj(vm.exc_type(ExcKind::KeyError)).dict;
    def(vm, key_error, "KeyError.__str__", key_error_str);
}

/// The exceptions whose constructors take keyword arguments, and which (CPython 3.11).
const KEYWORD_FIELDS: [(ExcKind, &[&str]); 3] = [
    (ExcKind::AttributeError, &["name", "obj"]),
    (ExcKind::NameError, &["name"]),
    (ExcKind::ImportError, &["name", "path"]),
];

/// The attributes a constructor's arguments give beyond `args`: `name=`, `obj=`, `path=`, and
/// `ImportError('text')`'s `msg`.
pub(crate) fn exc_fields(vm: &mut Vm, exc: Value, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<()> {
    exc_keywords(vm, exc, kwargs)?;
    unicode_error_fields(vm, exc, args)?;
    let t = vm.type_of(exc);
    if vm.is_subtype(t, vm.exc_type(ExcKind::SyntaxError)) {
        syntax_error_fields(vm, exc, args)?;
    }
    // A script's OSError subclass parses them as OSError does (the builtin ones are made by
    // `os_error_from_args`).
    if let Some(id) = exc.as_obj()
        && os_error_shaped(vm, t, args)
        && vm.type_obj(t).module != "builtins"
    {
        os_error_fields(vm, id, args);
    }
    if vm.is_subtype(t, vm.exc_type(ExcKind::ImportError)) {
        put(vm, exc, "msg", if args.len() == 1 { args[0] } else { Value::None });
    }
    // Set once, by the constructor: a later change of `args` leaves them as they are.
    if vm.is_subtype(t, vm.exc_type(ExcKind::StopIteration)) {
        put(vm, exc, "value", args.first().copied().unwrap_or(Value::None));
    }
    if vm.is_subtype(t, vm.exc_type(ExcKind::SystemExit)) {
        match args {
            // `__init__()` without arguments keeps the code it has.
            [] => {}
            [code] => put(vm, exc, "code", *code),
            _ => {
                let items: Vec<Value> = args.iter().map(|&a| vm.share(a)).collect();
                let t = vm.new_tuple(items);
                put(vm, exc, "code", t);
                vm.decref(t);
            }
        }
    }
    Ok(())
}

/// Sets a field as CPython's constructors do, into the exception itself: past any attribute
/// of the same name a subclass defines (`v` borrowed).
fn put(vm: &mut Vm, exc: Value, name: &str, v: Value) {
    if let Some(id) = exc.as_obj() {
        vm.incref(v);
        vm.set_exc_field(id, name, v);
    }
}

/// A `SyntaxError`'s fields from its arguments, as CPython's constructor sets them: `msg`
/// from the first, and with two, `(filename, lineno, offset, text[, end_lineno, end_offset])`
/// from the second; the others are None.
fn syntax_error_fields(vm: &mut Vm, exc: Value, args: &[Value]) -> PyResult<()> {
    const FIELDS: [&str; 8] =
        ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"];
    let mut values = [Value::None; 8];
    if let Some(&msg) = args.first() {
        values[0] = msg;
    }
    let mut info = Vec::new();
    if args.len() == 2 {
        let it = vm.get_iter(args[1])?;
        info = vm.collect_iter(it)?;
        let n = info.len();
        let problem = match n {
            0..=3 => Some(format!("function takes at least 4 arguments ({n} given)")),
            7.. => Some(format!("function takes at most 6 arguments ({n} given)")),
            5 => Some("end_offset must be provided when end_lineno is provided".to_string()),
            _ => None,
        };
        if let Some(msg) = problem {
            for v in info {
                vm.decref(v);
            }
            return Err(vm.new_exc(ExcKind::TypeError, &msg));
        }
        values[1..=n].copy_from_slice(&info);
    }
    // Only the fields given are set: `__init__` called again keeps the others.
    let given = if args.is_empty() { 0 } else { 1 + info.len() };
    for (name, value) in FIELDS.iter().zip(values).take(given) {
        put(vm, exc, name, value);
    }
    for v in info {
        vm.decref(v);
    }
    Ok(())
}

/// Sets the attributes `name=`/`obj=`/`path=` gave, refusing keywords the class does not
/// take, as CPython's constructors do.
fn exc_keywords(vm: &mut Vm, exc: Value, kwargs: &[(ObjId, Value)]) -> PyResult<()> {
    let t = vm.type_of(exc);
    let fields = KEYWORD_FIELDS.iter().find(|(kind, _)| vm.is_subtype(t, vm.exc_type(*kind)));
    // Each call sets them all: those not given are None again.
    if let Some((_, names)) = fields {
        for name in names.iter() {
            put(vm, exc, name, Value::None);
        }
    }
    if kwargs.is_empty() {
        return Ok(());
    }
    for &(key, v) in kwargs {
        let name = vm.str_of(Value::Obj(key)).unwrap_or_default().to_string();
        match fields {
            Some((kind, names)) if !names.contains(&name.as_str()) => {
                let msg = format!("'{name}' is an invalid keyword argument for {kind:?}()");
                return Err(vm.new_exc(ExcKind::TypeError, &msg));
            }
            Some(_) => put(vm, exc, &name, v),
            None => {
                let msg = format!("{}() takes no keyword arguments", vm.type_name(exc));
                return Err(vm.new_exc(ExcKind::TypeError, &msg));
            }
        }
    }
    Ok(())
}

/// `exc.add_note(note)`: appends to `exc.__notes__`, made a list on first use (PEP 678).
pub(crate) fn exc_add_note(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!(
                "BaseException.add_note() takes exactly one argument ({} given)",
                args.len().saturating_sub(1)
            ),
        ));
    }
    let (exc, note) = (args[0], args[1]);
    if vm.str_of(note).is_none() {
        let tn = vm.type_name(note);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("note must be a str, not '{tn}'")));
    }
    let name = vm.intern("__notes__");
    let r = add_note_to(vm, exc, name, note);
    vm.decref_id(name);
    r.map(|()| Value::None)
}

fn add_note_to(vm: &mut Vm, exc: Value, name: ObjId, note: Value) -> PyResult<()> {
    let notes = match vm.getattr(exc, name) {
        Ok(n) => n,
        Err(e) if vm.isinstance(Value::Obj(e), vm.exc_type(ExcKind::AttributeError)) => {
            vm.decref_id(e);
            let list = vm.new_list(Vec::new());
            let r = vm.setattr(exc, name, list);
            if let Err(e) = r {
                vm.decref(list);
                return Err(e);
            }
            list
        }
        Err(e) => return Err(e),
    };
    let Some(Object::List(items)) = notes.as_obj().map(|id| vm.heap.get_mut(id)) else {
        vm.decref(notes);
        return Err(vm.new_exc(ExcKind::TypeError, "Cannot add note: __notes__ is not a list"));
    };
    items.push(note);
    vm.incref(note);
    vm.decref(notes);
    Ok(())
}

pub(crate) fn exc_init(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    exc_fields(vm, args[0], &args[1..], kwargs)?;
    let mut rest = &args[1..];
    // An OSError with a filename keeps only errno and strerror in `args`.
    let t = vm.type_of(args[0]);
    if os_error_shaped(vm, t, rest) && rest.get(2).is_some_and(|&f| f != Value::None) {
        rest = &rest[..2];
    }
    let rest: Vec<Value> = rest.iter().map(|&v| vm.share(v)).collect();
    let t = vm.new_tuple(rest);
    if let Some(id) = args[0].as_obj() {
        vm.set_exc_args(id, t);
    }
    Ok(Value::None)
}

pub(crate) fn exc_str(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    str_as(vm, args, false)
}

/// `KeyError.__str__`: the key's repr when it is the only argument.
fn key_error_str(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    str_as(vm, args, true)
}

fn str_as(vm: &mut Vm, args: &[Value], key_error: bool) -> PyResult<Value> {
    arity(vm, "__str__", args, 1, 1)?;
    let Some(id) =
        args[0].as_obj().filter(|&id| matches!(vm.heap.get(id), Object::Instance(i) if i.exc().is_some()))
    else {
        let tn = vm.type_name(args[0]);
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("descriptor '__str__' requires a 'BaseException' object but received a '{tn}'"),
        ));
    };
    let s = vm.exc_str_as(id, key_error)?;
    Ok(vm.new_str(s))
}

pub(crate) fn exc_with_traceback(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "with_traceback", args, 2, 2)?;
    if let Some(id) =
        args[0].as_obj().filter(|&id| matches!(vm.heap.get(id), Object::Instance(i) if i.exc().is_some()))
    {
        vm.set_exception_link(id, "__traceback__", args[1])?;
    }
    Ok(vm.share(args[0]))
}

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`, as CPython's
/// `oserror_init` takes it: a filename (not None) leaves only errno and strerror in `args`.
pub(crate) fn os_error_from_args(vm: &mut Vm, cls: ObjId, args: &[Value]) -> ObjId {
    // An int errno (an IntEnum's too) picks the subclass.
    let errno = vm.as_i64(vm.payload(args[0]));
    let cls = if let Some(errno) = errno
        && cls == vm.exc_type(ExcKind::OSError)
    {
        vm.exc_type(crate::vm::exc::errno_class(errno))
    } else {
        cls
    };
    let written =
        args.len() == 3 && vm.is_int(args[2]) && vm.is_subtype(cls, vm.exc_type(ExcKind::BlockingIOError));
    let filename = args.get(2).copied().filter(|&f| f != Value::None && !written);
    let kept = if filename.is_some() { &args[..2] } else { args };
    let kept: Vec<Value> = kept.iter().map(|&a| vm.share(a)).collect();
    let t = vm.new_tuple(kept);
    let e = vm.exc_with_args(cls, t);
    set_context_none(vm, e);
    os_error_fields(vm, e, args);
    e
}

/// The fields of an OSError made with `(errno, strerror[, filename[, winerror[, filename2]]])`
/// (its `str` is made from them when asked for). A filename of None is no filename; a
/// BlockingIOError's third argument, an int, is `characters_written`.
fn os_error_fields(vm: &mut Vm, e: ObjId, args: &[Value]) {
    let exc = Value::Obj(e);
    put(vm, exc, "errno", args[0]);
    put(vm, exc, "strerror", args[1]);
    let t = vm.type_of(exc);
    if let Some(&written) = args.get(2).filter(|&&w| vm.is_int(w))
        && args.len() == 3
        && vm.is_subtype(t, vm.exc_type(ExcKind::BlockingIOError))
    {
        put(vm, exc, "characters_written", written);
        return;
    }
    let filename = args.get(2).copied().filter(|&f| f != Value::None);
    let filename2 = args.get(4).copied().filter(|&f| f != Value::None && filename.is_some());
    for (key, v) in [("filename", filename), ("filename2", filename2)] {
        if let Some(v) = v {
            put(vm, exc, key, v);
        }
    }
}

/// Whether an exception's arguments are an OSError's `(errno, strerror, ...)`.
fn os_error_shaped(vm: &Vm, t: ObjId, args: &[Value]) -> bool {
    (2..=5).contains(&args.len()) && vm.is_subtype(t, vm.exc_type(ExcKind::OSError))
}

pub(crate) fn set_context_none(vm: &mut Vm, e: ObjId) {
    let old = match vm.heap.get_mut(e) {
        Object::Instance(i) => i.exc_mut().map(|x| std::mem::replace(&mut x.context, Value::None)),
        _ => None,
    };
    if let Some(o) = old {
        vm.decref(o);
    }
}

/// The fields of `UnicodeEncodeError(encoding, object, start, end, reason)`, its decoding
/// twin, and `UnicodeTranslateError(object, start, end, reason)`, checked as CPython's
/// constructors check them.
fn unicode_error_fields(vm: &mut Vm, exc: Value, args: &[Value]) -> PyResult<()> {
    let t = vm.type_of(exc);
    // One check for the common case, an exception of another kind.
    if !vm.is_subtype(t, vm.exc_type(ExcKind::UnicodeError)) {
        return Ok(());
    }
    let kinds = [ExcKind::UnicodeEncodeError, ExcKind::UnicodeDecodeError, ExcKind::UnicodeTranslateError];
    let Some(kind) = kinds.into_iter().find(|&k| vm.is_subtype(t, vm.exc_type(k))) else {
        return Ok(());
    };
    let names: &[&str] = match kind {
        ExcKind::UnicodeTranslateError => &["object", "start", "end", "reason"],
        _ => &["encoding", "object", "start", "end", "reason"],
    };
    if args.len() != names.len() {
        let msg = format!("function takes exactly {} arguments ({} given)", names.len(), args.len());
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    }
    for (i, (&name, &v)) in names.iter().zip(args).enumerate() {
        let wanted = match name {
            "start" | "end" => "int",
            "object" if kind == ExcKind::UnicodeDecodeError => "bytes-like",
            _ => "str",
        };
        let ok = match wanted {
            "int" => vm.is_int(v),
            "str" => vm.str_of(v).is_some(),
            _ => matches!(
                vm.payload(v).as_obj().map(|id| vm.heap.get(id)),
                Some(Object::Bytes(_) | Object::ByteArray(_))
            ),
        };
        if !ok {
            let tn = vm.type_name(v);
            let msg = if wanted == "bytes-like" {
                format!("a bytes-like object is required, not '{tn}'")
            } else if wanted == "int" {
                format!("'{tn}' object cannot be interpreted as an integer")
            } else {
                format!("argument {} must be {wanted}, not {tn}", i + 1)
            };
            return Err(vm.new_exc(ExcKind::TypeError, &msg));
        }
    }
    for (&name, &v) in names.iter().zip(args) {
        // The decoded object is kept as bytes, whatever buffer it came in.
        let v = match vm.payload(v).as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::ByteArray(b)) if name == "object" => {
                let b = b.clone();
                vm.alloc(Object::Bytes(b))
            }
            _ => vm.share(v),
        };
        put(vm, exc, name, v);
        vm.decref(v);
    }
    Ok(())
}

/// `str()` of a Unicode error, worked out from its fields (which a handler may have changed);
/// `None` for other exceptions, and for a Unicode error without them.
pub(crate) fn unicode_error_text(vm: &mut Vm, exc: ObjId) -> Option<String> {
    let t = vm.type_of(Value::Obj(exc));
    if !vm.is_subtype(t, vm.exc_type(ExcKind::UnicodeError)) {
        return None;
    }
    let exc = Value::Obj(exc);
    // Borrowed values: the exception's own attributes stay alive while it does.
    let field = |vm: &mut Vm, name: &str| -> Option<Value> {
        match vm.getattr_str(exc, name) {
            Ok(r) => {
                vm.decref(r);
                Some(r)
            }
            Err(x) => {
                vm.decref_id(x);
                None
            }
        }
    };
    let encoding = field(vm, "encoding").and_then(|v| vm.str_of(v).map(str::to_string));
    let (object, reason) = (field(vm, "object"), field(vm, "reason"));
    let (start, end) = (field(vm, "start"), field(vm, "end"));
    let (Some(object), Some(reason), Some(Value::Int(start)), Some(Value::Int(end))) =
        (object, reason, start, end)
    else {
        return None;
    };
    let reason = vm.str_of(reason).unwrap_or_default().to_string();
    let span = (usize::try_from(start).unwrap_or(0), usize::try_from(end).unwrap_or(0));
    let text: Option<Vec<char>> = vm.str_of(object).map(|s| s.chars().collect());
    let msg = match (encoding, text) {
        (None, Some(chars)) => {
            // UnicodeTranslateError: no codec to name.
            let m = crate::types::codecs::unicode_error_message("", Some(&chars), &[], span, &reason);
            m.replacen("'' codec can't encode", "can't translate", 1)
        }
        (Some(encoding), text) => {
            let data = match vm.payload(object).as_obj().map(|id| vm.heap.get(id)) {
                Some(Object::Bytes(b) | Object::ByteArray(b)) => b.clone(),
                _ => Vec::new(),
            };
            crate::types::codecs::unicode_error_message(&encoding, text.as_deref(), &data, span, &reason)
        }
        (None, None) => return None,
    };
    Some(msg)
}

/// The exception a codec failure raises. A Unicode error carries the input (`object`, made
/// only then) and the failure's place in it.
pub(crate) fn codec_exception(
    vm: &mut Vm,
    e: crate::types::codecs::CodecError,
    object: impl FnOnce(&mut Vm) -> Value,
) -> ObjId {
    let Some(span) = e.span else { return vm.new_exc(e.kind, &e.msg) };
    let mut object = object(vm);
    if span.skip > 0
        && let Some(Object::Bytes(b)) = object.as_obj().map(|id| vm.heap.get(id))
    {
        let rest = b[span.skip.min(b.len())..].to_vec();
        vm.decref(object);
        object = vm.alloc(Object::Bytes(rest));
    }
    let encoding = vm.new_str(span.encoding.to_string());
    let reason = vm.new_str(span.reason);
    let items = vec![encoding, object, Value::Int(span.start as i64), Value::Int(span.end as i64), reason];
    let cls = vm.exc_type(e.kind);
    let t = vm.new_tuple(items.clone());
    let exc = vm.exc_with_args(cls, t);
    if let Err(x) = unicode_error_fields(vm, Value::Obj(exc), &items) {
        vm.decref_id(x);
    }
    exc
}

/// `exc.__setstate__(state)`: the attributes of a dict (or nothing for None), as unpickling
/// restores them.
fn exc_setstate(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__setstate__", &args[1..], 1, 1)?;
    let (exc, state) = (args[0], args[1]);
    if state == Value::None {
        return Ok(Value::None);
    }
    let Some(Object::Dict(table)) = state.as_obj().map(|id| vm.heap.get(id)) else {
        return Err(vm.new_exc(ExcKind::TypeError, "state is not a dictionary"));
    };
    let items: Vec<(Value, Value)> = table.iter().map(|(_, e)| (e.key, e.value)).collect();
    for (k, v) in items {
        let Some(key) = k.as_obj() else { continue };
        vm.setattr(exc, key, v)?;
    }
    Ok(Value::None)
}
