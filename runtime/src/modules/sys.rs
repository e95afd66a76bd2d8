//! `sys`: the interpreter's own state as scripts see it (streams, hooks, limits, `exc_info`).

use super::{arity, def, kwarg, new_module, register};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

pub fn make_sys(vm: &mut Vm) {
    let (m, d) = new_module(vm, "sys");
    let cls = super::std_streams::make_class(vm);
    let buffers = super::std_buffers::make_classes(vm);
    for (fd, name, original) in
        [(0, "stdin", "__stdin__"), (1, "stdout", "__stdout__"), (2, "stderr", "__stderr__")]
    {
        let stream = super::std_streams::make_stream(vm, cls, fd);
        if let (Some(classes), Some(id)) = (&buffers, stream.as_obj()) {
            let buffer = super::std_buffers::make_buffer(vm, classes, fd);
            vm.set_instance_attr_str(id, "buffer", buffer);
        }
        vm.incref(stream);
        vm.dict_set_str(d, name, stream);
        vm.dict_set_str(d, original, stream);
    }
    if cls != vm.types.object {
        vm.decref_id(cls);
    }
    if let Some(classes) = buffers {
        super::std_buffers::release_classes(vm, classes);
    }
    let modules = vm.modules;
    vm.heap.incref(modules);
    vm.dict_set_str(d, "modules", Value::Obj(modules));
    let path = vm.new_list(Vec::new());
    vm.dict_set_str(d, "path", path);
    let argv = vm.new_list(Vec::new());
    vm.dict_set_str(d, "argv", argv);
    let version = vm.new_str("3.11.7 (reap)");
    vm.dict_set_str(d, "version", version);
    let platform = vm.new_str(std::env::consts::OS);
    vm.dict_set_str(d, "platform", platform);
    vm.dict_set_str(d, "maxsize", Value::Int(i64::MAX));
    info_sequences(vm, d);
    super::sys_more::install(vm, d);
    super::sys_breakpoint::install_hook(vm, d);
    super::sys_internals::install(vm, d);
    def(vm, d, "sys.exit", sys_exit);
    def(vm, d, "sys._getframe", getframe);
    def(vm, d, "sys.displayhook", sys_displayhook);
    if let Some(h) = vm.dict_get_str(d, "displayhook") {
        vm.incref(h);
        vm.dict_set_str(d, "__displayhook__", h);
    }
    def(vm, d, "sys.excepthook", sys_excepthook);
    if let Some(h) = vm.dict_get_str(d, "excepthook") {
        vm.incref(h);
        vm.dict_set_str(d, "__excepthook__", h);
    }
    let imp = {
        let ns = vm.new_dict();
        let name = vm.new_str("reap");
        vm.dict_set_str(ns, "name", name);
        let cache = vm.new_str("reap-01");
        vm.dict_set_str(ns, "cache_tag", cache);
        let cls_ns = vm.new_dict();
        let object = vm.types.object;
        let cls = vm.make_type("SimpleNamespace", vec![object], cls_ns);
        match cls {
            Ok(cls) => {
                let inst = vm.new_instance(cls);
                vm.decref_id(cls);
                if let Some(idict) = inst.as_obj().and_then(|id| vm.instance_dict(id, false)) {
                    let _ = vm.dict_update(Value::Obj(idict), Value::Obj(ns));
                }
                vm.decref_id(ns);
                inst
            }
            Err(e) => {
                vm.decref_id(e);
                Value::Obj(ns)
            }
        }
    };
    vm.dict_set_str(d, "implementation", imp);
    def(vm, d, "sys.getrecursionlimit", sys_getrecursionlimit);
    def(vm, d, "sys.setrecursionlimit", sys_setrecursionlimit);
    def(vm, d, "sys.get_int_max_str_digits", sys_get_int_max_str_digits);
    def(vm, d, "sys.set_int_max_str_digits", sys_set_int_max_str_digits);
    def(vm, d, "sys.exc_info", sys_exc_info);
    def(vm, d, "sys.exception", sys_exception);
    def(vm, d, "sys.getrefcount", sys_getrefcount);
    def(vm, d, "sys.getdefaultencoding", sys_getdefaultencoding);
    register(vm, "sys", m);
}

pub fn sys_exit(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "exit", args, 0, 1)?;
    // As CPython raises `SystemExit` with a value: a SystemExit itself, a tuple as the
    // arguments, None as none.
    let status = args.first().copied().unwrap_or(Value::None);
    if let Some(id) = status.as_obj()
        && vm.isinstance(status, vm.exc_type(ExcKind::SystemExit))
    {
        vm.heap.incref(id);
        return Err(id);
    }
    let t = match status.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(_)) => vm.share(status),
        _ if status == Value::None => vm.new_tuple(Vec::new()),
        _ => {
            let s = vm.share(status);
            vm.new_tuple(vec![s])
        }
    };
    Err(vm.new_exc_args(ExcKind::SystemExit, t))
}

/// `exit(code=None)` and `quit(code=None)`, `site`'s callables: `SystemExit(code)`.
pub fn quitter(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    if args.len() > 1 {
        let given = args.len() + 1;
        let msg = format!("Quitter.__call__() takes from 1 to 2 positional arguments but {given} were given");
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    }
    let [code] = crate::vm::args::bind_args(vm, "Quitter.__call__", args, kwargs, ["code"], 1, 0)?;
    let code = vm.share(code.unwrap_or(Value::None));
    let t = vm.new_tuple(vec![code]);
    Err(vm.new_exc_args(ExcKind::SystemExit, t))
}

/// The default `sys.displayhook`: the REPL's echo of an expression's value, kept in `_`.
fn sys_displayhook(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "displayhook", args, 1, 1)?;
    let v = args[0];
    if v == Value::None {
        return Ok(Value::None);
    }
    let b = vm.builtins;
    vm.dict_set_str(b, "_", Value::None);
    // What only `_` held dies here, and its finalizer runs before the new value is printed.
    vm.run_doomed();
    let mut text = vm.repr(v)?;
    text.push('\n');
    // A script that replaced `sys.stdout` (doctest, a capturing test) gets the output.
    write_to_stream(vm, "stdout", "__stdout__", &text)?;
    vm.incref(v);
    vm.dict_set_str(b, "_", v);
    Ok(Value::None)
}

/// The default `sys.excepthook`: prints the exception as an uncaught one.
fn sys_excepthook(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "excepthook", args, 3, 3)?;
    if let Some(e) = args[1].as_obj().filter(|_| vm.isinstance(args[1], vm.exc_type(ExcKind::BaseException)))
    {
        let text = vm.format_exception(e);
        write_to_stderr(vm, &text)?;
    }
    Ok(Value::None)
}

/// Writes to `sys.stderr`: the process's stream unless a script replaced it.
fn write_to_stderr(vm: &mut Vm, text: &str) -> PyResult<()> {
    write_to_stream(vm, "stderr", "__stderr__", text)
}

/// Writes to `sys.<name>`: the process's stream unless a script replaced it.
fn write_to_stream(vm: &mut Vm, name: &str, original_name: &str, text: &str) -> PyResult<()> {
    let sys = vm.dict_get_str(vm.modules, "sys");
    let dict = match sys.and_then(Value::as_obj).map(|id| vm.heap.get(id)) {
        Some(Object::Module { dict, .. }) => Some(*dict),
        _ => None,
    };
    let stream = dict.and_then(|d| Some((vm.dict_get_str(d, name)?, vm.dict_get_str(d, original_name)?)));
    match stream {
        Some((now, _)) if now == Value::None && name == "stdout" => {
            Err(vm.new_exc(ExcKind::RuntimeError, "lost sys.stdout"))
        }
        Some((now, original)) if !now.is(original) => {
            let write = vm.getattr_str(now, "write")?;
            let s = vm.new_str(text);
            let r = vm.call(write, &[s], &[]);
            vm.decref(write);
            vm.decref(s);
            vm.decref(r?);
            Ok(())
        }
        _ if name == "stdout" => {
            vm.write_out(text);
            Ok(())
        }
        _ => {
            vm.flush();
            let _ = std::io::Write::write_all(&mut vm.io.err, text.as_bytes());
            Ok(())
        }
    }
}

/// The codec `str.encode` and `bytes.decode` use when none is named: UTF-8, as CPython 3's.
fn sys_getdefaultencoding(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    crate::types::no_kwargs(vm, "getdefaultencoding", kwargs)?;
    arity(vm, "getdefaultencoding", args, 0, 0)?;
    Ok(vm.new_str("utf-8"))
}

fn sys_getrecursionlimit(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion.limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "setrecursionlimit", args, 1, 1)?;
    match vm.as_i64(args[0]) {
        Some(n) if n >= 1 => {
            vm.recursion.limit = n as usize;
            Ok(Value::None)
        }
        _ => Err(vm.new_exc(ExcKind::ValueError, "recursion limit must be greater or equal than 1")),
    }
}

fn sys_get_int_max_str_digits(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "get_int_max_str_digits", args, 0, 0)?;
    Ok(Value::Int(vm.int_max_str_digits as i64))
}

fn sys_set_int_max_str_digits(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let Some(v) = args.first().copied().or_else(|| kwarg(vm, kwargs, "maxdigits")) else {
        return Err(vm.new_exc(
            ExcKind::TypeError,
            "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
        ));
    };
    let Some(n) = vm.as_i64(v).filter(|&n| i32::try_from(n).is_ok()) else {
        if vm.is_int(v) {
            return Err(vm.new_exc(ExcKind::OverflowError, "Python int too large to convert to C int"));
        }
        let tn = vm.type_name(v);
        return Err(
            vm.new_exc(ExcKind::TypeError, &format!("'{tn}' object cannot be interpreted as an integer"))
        );
    };
    if n != 0 && n < 640 {
        return Err(vm.new_exc(ExcKind::ValueError, "maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits = n as usize;
    Ok(Value::None)
}

fn sys_exc_info(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    match vm.handled.last().copied() {
        Some(e) => {
            let t = vm.type_of(Value::Obj(e));
            vm.heap.incref(t);
            vm.heap.incref(e);
            let tb = vm.traceback_attr(e, "__traceback__").unwrap_or(Value::None);
            Ok(vm.new_tuple(vec![Value::Obj(t), Value::Obj(e), tb]))
        }
        None => Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None])),
    }
}

/// `sys.exception()`: the exception being handled, or None (new in 3.11).
fn sys_exception(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "exception", args, 0, 0)?;
    Ok(vm.handled.last().copied().map_or(Value::None, |e| {
        vm.heap.incref(e);
        Value::Obj(e)
    }))
}

fn sys_getrefcount(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "getrefcount", args, 1, 1)?;
    Ok(Value::Int(match args[0] {
        // The count already holds the caller's reference on the operand stack, which is
        // CPython's "one more than you might expect".
        Value::Obj(id) => i64::from(vm.heap.refcount(id)),
        _ => 1_000_000_000,
    }))
}

/// `sys.version_info`, `sys.float_info`, `sys.hash_info` and `sys.int_info`: the version Reap
/// matches, this machine's IEEE doubles, and the numeric hash Reap shares with 64-bit CPython.
fn info_sequences(vm: &mut Vm, d: ObjId) {
    use super::struct_seq;
    let float_fields = [
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ];
    let float_values = vec![
        Value::Float(f64::MAX),
        Value::Int(i64::from(f64::MAX_EXP)),
        Value::Int(i64::from(f64::MAX_10_EXP)),
        Value::Float(f64::MIN_POSITIVE),
        Value::Int(i64::from(f64::MIN_EXP)),
        Value::Int(i64::from(f64::MIN_10_EXP)),
        Value::Int(i64::from(f64::DIGITS)),
        Value::Int(i64::from(f64::MANTISSA_DIGITS)),
        Value::Float(f64::EPSILON),
        Value::Int(i64::from(f64::RADIX)),
        Value::Int(1),
    ];
    let algorithm = vm.new_str("siphash13");
    let hash_values = vec![
        Value::Int(64),
        Value::Int((1 << 61) - 1),
        Value::Int(314_159),
        Value::Int(0),
        Value::Int(1_000_003),
        algorithm,
        Value::Int(64),
        Value::Int(128),
        Value::Int(0),
    ];
    let hash_fields =
        ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"];
    let int_fields =
        ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"];
    let int_values = vec![Value::Int(30), Value::Int(4), Value::Int(4300), Value::Int(640)];
    let version_fields = ["major", "minor", "micro", "releaselevel", "serial"];
    let final_ = vm.new_str("final");
    let version_values = vec![Value::Int(3), Value::Int(11), Value::Int(7), final_, Value::Int(0)];
    let infos: [(&str, &[&str], Vec<Value>); 4] = [
        ("version_info", &version_fields, version_values),
        ("float_info", &float_fields, float_values),
        ("hash_info", &hash_fields, hash_values),
        ("int_info", &int_fields, int_values),
    ];
    for (name, fields, values) in infos {
        let made = struct_seq::new_type(vm, "sys", name, fields).and_then(|cls| {
            let v = struct_seq::new(vm, cls, values);
            vm.decref_id(cls);
            v
        });
        match made {
            Ok(v) => vm.dict_set_str(d, name, v),
            Err(e) => vm.decref_id(e),
        }
    }
}

/// `sys._getframe(depth=0)`: the caller's frame, or one `depth` calls further out.
fn getframe(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [depth] = crate::vm::args::bind_args(vm, "_getframe", args, kwargs, ["depth"], 1, 0)?;
    let depth = match depth {
        None => 0,
        Some(d) => match vm.as_i64(vm.payload(d)) {
            Some(n) => n,
            None if vm.is_int(d) => i64::MAX,
            None => {
                let tn = vm.type_name(d);
                return Err(vm.new_exc(
                    ExcKind::TypeError,
                    &format!("'{tn}' object cannot be interpreted as an integer"),
                ));
            }
        },
    };
    match vm.frame_at_depth(depth.max(0)) {
        Some(f) => {
            vm.heap.incref(f);
            Ok(Value::Obj(f))
        }
        None => Err(vm.new_exc(ExcKind::ValueError, "call stack is not deep enough")),
    }
}
