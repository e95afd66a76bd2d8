//! Modules: the native ones (`sys`, `math`, `time`), `import` of `.py` files and packages, and
//! running a script as `__main__`.

pub mod atexit;
pub mod builtins;
pub mod gc;
pub mod io;
pub mod weakref;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::object::frame::Frame;
use crate::object::{Layout, Object};
use crate::value::ObjId;
use crate::value::Value;
pub use crate::vm::args::{arity, kwarg, no_kwargs};
pub use crate::vm::native::def;
use crate::vm::{PyResult, Vm};

/// Every builtin name and module, in the order their objects are made.
pub fn install_all(vm: &mut Vm) {
    builtins::install(vm);
    crate::types::methods::install(vm);
    install(vm);
    io::install(vm);
    weakref::install(vm);
    gc::install(vm);
    atexit::install(vm);
}

pub fn install(vm: &mut Vm) {
    let b = vm.builtins;
    def(vm, b, "__import__", import_builtin);
    def(vm, b, "eval", eval);
    def(vm, b, "globals", globals);
    def(vm, b, "locals", locals);
    def(vm, b, "exec", exec);
    let builtins_mod = vm.alloc(Object::Module { name: "builtins".into(), dict: b });
    vm.heap.incref(b);
    register(vm, "builtins", builtins_mod);
    make_sys(vm);
    // `site` gives CPython these two; the REPL's users reach for them.
    def(vm, b, "exit", sys_exit);
    def(vm, b, "quit", sys_exit);
    make_math(vm);
    make_time(vm);
}

fn register(vm: &mut Vm, name: &str, module: Value) {
    let modules = vm.modules;
    vm.dict_set_str(modules, name, module);
}

pub fn new_module(vm: &mut Vm, name: &str) -> (Value, ObjId) {
    let dict = vm.new_dict();
    let n = vm.new_str(name);
    vm.dict_set_str(dict, "__name__", n);
    let m = vm.alloc(Object::Module { name: name.into(), dict });
    (m, dict)
}

/// A file-like object for `sys.stdout` and `sys.stderr`.
fn make_stream(vm: &mut Vm, fd: i64) -> Value {
    let ns = vm.new_dict();
    def(vm, ns, "TextIOWrapper.write", stream_write);
    def(vm, ns, "TextIOWrapper.flush", stream_flush);
    let cls = match vm.make_type("TextIOWrapper", vec![vm.types.object], ns) {
        Ok(c) => c,
        Err(_) => vm.types.object,
    };
    if let Object::Type(t) = vm.heap.get_mut(cls) {
        t.module = "_io".into();
        t.layout = Layout::Object;
    }
    let inst = vm.new_instance(cls);
    if cls != vm.types.object {
        vm.decref_id(cls);
    }
    let fdv = Value::Int(fd);
    if let Some(id) = inst.as_obj() {
        vm.set_instance_attr_str(id, "_fd", fdv);
    }
    inst
}

fn stream_write(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "write", &args[1..], 1, 1)?;
    let Some(s) = vm.str_of(args[1]).map(str::to_string) else {
        let tn = vm.type_name(args[1]);
        return Err(vm.new_exc("TypeError", &format!("write() argument must be str, not {tn}")));
    };
    let fd = args[0].as_obj().and_then(|id| vm.instance_attr_str(id, "_fd")).and_then(|v| vm.as_i64(v));
    if fd == Some(2) {
        vm.flush();
        let _ = std::io::Write::write_all(&mut vm.err, s.as_bytes());
    } else {
        vm.write_out(&s);
    }
    Ok(Value::Int(s.chars().count() as i64))
}

fn stream_flush(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    vm.flush();
    Ok(Value::None)
}

fn make_sys(vm: &mut Vm) {
    let (m, d) = new_module(vm, "sys");
    let out = make_stream(vm, 1);
    let err = make_stream(vm, 2);
    vm.dict_set_str(d, "stdout", out);
    vm.dict_set_str(d, "stderr", err);
    vm.incref(out);
    vm.incref(err);
    vm.dict_set_str(d, "__stdout__", out);
    vm.dict_set_str(d, "__stderr__", err);
    let modules = vm.modules;
    vm.heap.incref(modules);
    vm.dict_set_str(d, "modules", Value::Obj(modules));
    let path = vm.new_list(Vec::new());
    vm.dict_set_str(d, "path", path);
    let argv = vm.new_list(Vec::new());
    vm.dict_set_str(d, "argv", argv);
    let vi: Vec<Value> =
        [3, 11, 7].iter().map(|&n| Value::Int(n)).chain([vm.new_str("final"), Value::Int(0)]).collect();
    let vi = vm.new_tuple(vi);
    vm.dict_set_str(d, "version_info", vi);
    let version = vm.new_str("3.11.7 (reap)");
    vm.dict_set_str(d, "version", version);
    let platform = vm.new_str(std::env::consts::OS);
    vm.dict_set_str(d, "platform", platform);
    vm.dict_set_str(d, "maxsize", Value::Int(i64::MAX));
    def(vm, d, "sys.exit", sys_exit);
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
    def(vm, d, "sys.getrefcount", sys_getrefcount);
    register(vm, "sys", m);
}

fn sys_exit(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let items: Vec<Value> = args.iter().map(|&a| vm.share(a)).collect();
    let t = vm.new_tuple(items);
    Err(vm.new_exc_args("SystemExit", t))
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
    let text = vm.repr(v)?;
    vm.write_out(&text);
    vm.write_out("\n");
    vm.incref(v);
    vm.dict_set_str(b, "_", v);
    Ok(Value::None)
}

impl Vm {
    /// What the REPL does with an expression statement's value: `sys.displayhook(value)`.
    pub fn display(&mut self, v: Value) -> PyResult<()> {
        let hook = self.module_dict("sys").and_then(|d| self.dict_get_str(d, "displayhook"));
        let r = match hook {
            Some(h) => {
                let h = self.share(h);
                let r = self.call(h, &[v], &[]);
                self.decref(h);
                r
            }
            None => sys_displayhook(self, &[v], &[]),
        }?;
        self.decref(r);
        Ok(())
    }
}

/// The default `sys.excepthook`: prints the exception as an uncaught one.
fn sys_excepthook(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "excepthook", args, 3, 3)?;
    if let Some(e) = args[1].as_obj().filter(|_| vm.isinstance(args[1], vm.exc_type("BaseException"))) {
        let text = vm.format_exception(e);
        vm.flush();
        let _ = std::io::Write::write_all(&mut vm.err, text.as_bytes());
    }
    Ok(Value::None)
}

fn sys_getrecursionlimit(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "setrecursionlimit", args, 1, 1)?;
    match vm.as_i64(args[0]) {
        Some(n) if n >= 1 => {
            vm.recursion_limit = n as usize;
            Ok(Value::None)
        }
        _ => Err(vm.new_exc("ValueError", "recursion limit must be greater or equal than 1")),
    }
}

fn sys_get_int_max_str_digits(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "get_int_max_str_digits", args, 0, 0)?;
    Ok(Value::Int(vm.int_max_str_digits as i64))
}

fn sys_set_int_max_str_digits(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let Some(v) = args.first().copied().or_else(|| kwarg(vm, kwargs, "maxdigits")) else {
        return Err(
            vm.new_exc("TypeError", "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
        );
    };
    let Some(n) = vm.as_i64(v).filter(|&n| i32::try_from(n).is_ok()) else {
        if vm.is_int(v) {
            return Err(vm.new_exc("OverflowError", "Python int too large to convert to C int"));
        }
        let tn = vm.type_name(v);
        return Err(vm.new_exc("TypeError", &format!("'{tn}' object cannot be interpreted as an integer")));
    };
    if n != 0 && n < 640 {
        return Err(vm.new_exc("ValueError", "maxdigits must be 0 or larger than 640"));
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

fn sys_getrefcount(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "getrefcount", args, 1, 1)?;
    Ok(Value::Int(match args[0] {
        // The argument itself holds one reference, as in CPython.
        Value::Obj(id) => i64::from(vm.heap.refcount(id)) + 1,
        _ => 1_000_000_000,
    }))
}

fn float_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f),
        // An int too large for a float is an OverflowError, not a wrong type.
        _ if vm.is_int(v) => match crate::types::construct::float_new(vm, &[v])? {
            Value::Float(f) => Ok(f),
            _ => Ok(0.0),
        },
        _ => match crate::types::construct::float_new(vm, &[v]) {
            Ok(Value::Float(f)) => Ok(f),
            _ => {
                let tn = vm.type_name(v);
                Err(vm.new_exc("TypeError", &format!("must be real number, not {tn}")))
            }
        },
    }
}

/// A one-argument function of `math`: a NaN from a number is outside the domain; with
/// `overflows`, an infinity from a finite number is too large a result (`exp`, `cosh`).
fn math1_apply(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    f: fn(f64) -> f64,
    overflows: bool,
) -> PyResult<Value> {
    arity(vm, name, args, 1, 1)?;
    let x = float_arg(vm, args[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(vm.new_exc("ValueError", "math domain error"));
    }
    if overflows && r.is_infinite() && x.is_finite() {
        return Err(vm.new_exc("OverflowError", "math range error"));
    }
    Ok(Value::Float(r))
}

macro_rules! math1 {
    ($name:ident, $f:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
            math1_apply(vm, args, stringify!($name), $f, false)
        }
    };
}

macro_rules! math1_range {
    ($name:ident, $f:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
            math1_apply(vm, args, stringify!($name), $f, true)
        }
    };
}

math1!(sqrt, |x| if x < 0.0 { f64::NAN } else { x.sqrt() });
math1_range!(exp, f64::exp);
math1_range!(expm1, f64::exp_m1);
math1_range!(sinh, f64::sinh);
math1_range!(cosh, f64::cosh);
math1!(tanh, f64::tanh);
math1!(asinh, f64::asinh);
math1!(acosh, |x| if x < 1.0 { f64::NAN } else { x.acosh() });
math1!(atanh, |x| if x.abs() >= 1.0 { f64::NAN } else { x.atanh() });
math1!(log1p, |x| if x <= -1.0 { f64::NAN } else { x.ln_1p() });
math1!(sin, f64::sin);
math1!(cos, f64::cos);
math1!(tan, f64::tan);
math1!(fabs, f64::abs);
/// `func(x)` for the logarithms, with CPython's domain errors; an int too large for a float
/// is taken as `m * 2**e` and gives `func(m) + func(2) * e`.
fn log_of(vm: &mut Vm, v: Value, func: fn(f64) -> f64) -> PyResult<f64> {
    use num_traits::{Signed, ToPrimitive};
    if let Some(b) = vm.as_bigint(v)
        && b.to_f64().is_none_or(f64::is_infinite)
    {
        if !b.is_positive() {
            return Err(vm.new_exc("ValueError", "math domain error"));
        }
        let bits = b.bits();
        let top = &b >> (bits - 64) as usize;
        let sticky =
            if (&top << (bits - 64) as usize) == b { top } else { top | num_bigint::BigInt::from(1) };
        let m = sticky.to_f64().unwrap_or(0.0) / 2f64.powi(64);
        return Ok(func(m) + func(2.0) * bits as f64);
    }
    let x = float_arg(vm, v)?;
    if x <= 0.0 {
        return Err(vm.new_exc("ValueError", "math domain error"));
    }
    Ok(func(x))
}

fn log10(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "log10", args, 1, 1)?;
    Ok(Value::Float(log_of(vm, args[0], f64::log10)?))
}

fn log2(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "log2", args, 1, 1)?;
    Ok(Value::Float(log_of(vm, args[0], f64::log2)?))
}

fn log(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "log", args, 1, 2)?;
    let x = log_of(vm, args[0], f64::ln)?;
    match args.get(1) {
        Some(&b) => {
            let b = log_of(vm, b, f64::ln)?;
            if b == 0.0 {
                return Err(vm.new_exc("ZeroDivisionError", "float division by zero"));
            }
            Ok(Value::Float(x / b))
        }
        None => Ok(Value::Float(x)),
    }
}

fn floor_ceil(vm: &mut Vm, args: &[Value], up: bool) -> PyResult<Value> {
    arity(vm, if up { "ceil" } else { "floor" }, args, 1, 1)?;
    if vm.is_int(args[0]) {
        return Ok(vm.share(args[0]));
    }
    let x = float_arg(vm, args[0])?;
    let r = if up { x.ceil() } else { x.floor() };
    crate::types::construct::int_new(vm, &[Value::Float(r)], &[])
}

fn floor(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    floor_ceil(vm, args, false)
}

fn ceil(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    floor_ceil(vm, args, true)
}

fn trunc(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    crate::types::construct::int_new(vm, args, &[])
}

fn gcd(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let mut acc = num_bigint::BigInt::from(0);
    for b in int_args(vm, args)? {
        acc = num_integer::Integer::gcd(&acc, &b);
    }
    Ok(vm.new_bigint(acc))
}

fn factorial(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "factorial", args, 1, 1)?;
    let Some(n) = vm.as_i64(args[0]) else {
        return Err(vm.new_exc("TypeError", "'float' object cannot be interpreted as an integer"));
    };
    if n < 0 {
        return Err(vm.new_exc("ValueError", "factorial() not defined for negative values"));
    }
    let mut acc = num_bigint::BigInt::from(1);
    for i in 2..=n {
        acc *= i;
    }
    Ok(vm.new_bigint(acc))
}

fn isnan(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let x = float_arg(vm, args.first().copied().unwrap_or(Value::None))?;
    Ok(Value::Bool(x.is_nan()))
}

fn isinf(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let x = float_arg(vm, args.first().copied().unwrap_or(Value::None))?;
    Ok(Value::Bool(x.is_infinite()))
}

fn isclose(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "isclose", args, 2, 2)?;
    let (a, b) = (float_arg(vm, args[0])?, float_arg(vm, args[1])?);
    let rel = match kwarg(vm, kwargs, "rel_tol") {
        Some(v) => float_arg(vm, v)?,
        None => 1e-9,
    };
    let abs = match kwarg(vm, kwargs, "abs_tol") {
        Some(v) => float_arg(vm, v)?,
        None => 0.0,
    };
    if a == b {
        return Ok(Value::Bool(true));
    }
    let diff = (a - b).abs();
    Ok(Value::Bool(diff <= (rel * b.abs()).max(rel * a.abs()) || diff <= abs))
}

fn hypot(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for &a in args {
        let x = float_arg(vm, a)?;
        acc = acc.hypot(x);
    }
    Ok(Value::Float(acc))
}

/// `math.pow`: C's `pow` with its errors raised (a negative base to a fractional power and
/// zero to a negative power are outside the domain; a finite result too large overflows).
fn math_pow(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "pow", args, 2, 2)?;
    let (a, b) = (float_arg(vm, args[0])?, float_arg(vm, args[1])?);
    let r = a.powf(b);
    if a.is_finite() && b.is_finite() {
        if (a == 0.0 && b < 0.0) || (a < 0.0 && b.fract() != 0.0) {
            return Err(vm.new_exc("ValueError", "math domain error"));
        }
        if r.is_infinite() {
            return Err(vm.new_exc("OverflowError", "math range error"));
        }
    }
    Ok(Value::Float(r))
}

/// `math.fmod`: C's `fmod`, the remainder with the sign of `x`.
fn fmod(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "fmod", args, 2, 2)?;
    let (x, y) = (float_arg(vm, args[0])?, float_arg(vm, args[1])?);
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(vm.new_exc("ValueError", "math domain error"));
    }
    Ok(Value::Float(r))
}

/// `math.ldexp(x, i)`: `x * 2**i`, overflowing as CPython's does.
fn ldexp(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "ldexp", args, 2, 2)?;
    let x = float_arg(vm, args[0])?;
    let Some(e) = vm.as_bigint(args[1]) else {
        return Err(vm.new_exc("TypeError", "Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = num_traits::ToPrimitive::to_i64(&e).unwrap_or(if num_traits::Signed::is_negative(&e) {
        i64::MIN
    } else {
        i64::MAX
    });
    // Scale in steps a float exponent can take, so that subnormal results round once.
    let mut r = x;
    let mut left = e.clamp(-2200, 2200);
    while left != 0 {
        let step = left.clamp(-1000, 1000);
        r *= 2f64.powi(step as i32);
        left -= step;
    }
    if r.is_infinite() {
        return Err(vm.new_exc("OverflowError", "math range error"));
    }
    Ok(Value::Float(r))
}

math1!(degrees, f64::to_degrees);
math1!(radians, f64::to_radians);
math1!(atan, f64::atan);
math1!(asin, |x| if x.abs() > 1.0 { f64::NAN } else { x.asin() });
math1!(acos, |x| if x.abs() > 1.0 { f64::NAN } else { x.acos() });

fn isfinite(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let x = float_arg(vm, args.first().copied().unwrap_or(Value::None))?;
    Ok(Value::Bool(x.is_finite()))
}

fn atan2(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "atan2", args, 2, 2)?;
    let (y, x) = (float_arg(vm, args[0])?, float_arg(vm, args[1])?);
    Ok(Value::Float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "copysign", args, 2, 2)?;
    let (a, b) = (float_arg(vm, args[0])?, float_arg(vm, args[1])?);
    Ok(Value::Float(a.copysign(b)))
}

fn fsum(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "fsum", args, 1, 1)?;
    let mut values = Vec::new();
    for v in vm.iterate_to_vec(args[0])? {
        let x = float_arg(vm, v);
        vm.decref(v);
        values.push(x?);
    }
    match exact_sum(&values) {
        Ok(s) => Ok(Value::Float(s)),
        Err((kind, msg)) => Err(vm.new_exc(kind, msg)),
    }
}

fn int_args(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<num_bigint::BigInt>> {
    args.iter()
        .map(|&a| match vm.as_bigint(a) {
            Some(b) => Ok(b),
            None => {
                let tn = vm.type_name(a);
                Err(vm.new_exc("TypeError", &format!("'{tn}' object cannot be interpreted as an integer")))
            }
        })
        .collect()
}

fn isqrt(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "isqrt", args, 1, 1)?;
    let n = int_args(vm, args)?.remove(0);
    if n < 0.into() {
        return Err(vm.new_exc("ValueError", "isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

fn lcm(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let mut acc = num_bigint::BigInt::from(1);
    for b in int_args(vm, args)? {
        acc = num_integer::Integer::lcm(&acc, &b);
    }
    Ok(vm.new_bigint(acc))
}

fn comb(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "comb", args, 2, 2)?;
    let v = int_args(vm, args)?;
    let (n, k) = (v[0].clone(), v[1].clone());
    if n < 0.into() || k < 0.into() {
        return Err(vm.new_exc("ValueError", "n must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let mut acc = num_bigint::BigInt::from(1);
    let mut i = num_bigint::BigInt::from(0);
    while i < k {
        acc = acc * (&n - &i) / (&i + 1);
        i += 1;
    }
    Ok(vm.new_bigint(acc))
}

fn perm(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "perm", args, 1, 2)?;
    let v = int_args(vm, &args[..1])?;
    let n = v[0].clone();
    let k = match args.get(1) {
        Some(&k) if k != Value::None => int_args(vm, &[k])?[0].clone(),
        _ => n.clone(),
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    let mut acc = num_bigint::BigInt::from(1);
    let mut i = num_bigint::BigInt::from(0);
    while i < k {
        acc *= &n - &i;
        i += 1;
    }
    Ok(vm.new_bigint(acc))
}

fn prod(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "prod", args, 1, 1)?;
    let start = kwarg(vm, kwargs, "start").unwrap_or(Value::Int(1));
    let mut acc = vm.share(start);
    for v in vm.iterate_to_vec(args[0])? {
        let r = vm.binary_op(acc, v, crate::object::code::BinOp::Mul, false);
        vm.decref(acc);
        vm.decref(v);
        acc = r?;
    }
    Ok(acc)
}

fn make_math(vm: &mut Vm) {
    let (m, d) = new_module(vm, "math");
    vm.dict_set_str(d, "pi", Value::Float(std::f64::consts::PI));
    vm.dict_set_str(d, "e", Value::Float(std::f64::consts::E));
    vm.dict_set_str(d, "tau", Value::Float(std::f64::consts::TAU));
    vm.dict_set_str(d, "inf", Value::Float(f64::INFINITY));
    vm.dict_set_str(d, "nan", Value::Float(f64::NAN));
    let fns: &[(&'static str, crate::vm::NativeFn)] = &[
        ("math.sqrt", sqrt),
        ("math.exp", exp),
        ("math.sin", sin),
        ("math.cos", cos),
        ("math.tan", tan),
        ("math.fabs", fabs),
        ("math.log", log),
        ("math.log10", log10),
        ("math.log2", log2),
        ("math.floor", floor),
        ("math.ceil", ceil),
        ("math.trunc", trunc),
        ("math.gcd", gcd),
        ("math.factorial", factorial),
        ("math.isnan", isnan),
        ("math.isinf", isinf),
        ("math.isclose", isclose),
        ("math.hypot", hypot),
        ("math.pow", math_pow),
        ("math.lcm", lcm),
        ("math.isqrt", isqrt),
        ("math.comb", comb),
        ("math.perm", perm),
        ("math.prod", prod),
        ("math.copysign", copysign),
        ("math.degrees", degrees),
        ("math.radians", radians),
        ("math.atan2", atan2),
        ("math.atan", atan),
        ("math.asin", asin),
        ("math.acos", acos),
        ("math.isfinite", isfinite),
        ("math.fsum", fsum),
        ("math.fmod", fmod),
        ("math.ldexp", ldexp),
        ("math.expm1", expm1),
        ("math.sinh", sinh),
        ("math.cosh", cosh),
        ("math.tanh", tanh),
        ("math.asinh", asinh),
        ("math.acosh", acosh),
        ("math.atanh", atanh),
        ("math.log1p", log1p),
    ];
    for &(name, f) in fns {
        def(vm, d, name, f);
    }
    register(vm, "math", m);
}

fn time_time(_: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let t =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64());
    Ok(Value::Float(t))
}

fn time_perf_counter(_: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    thread_local! {
        static START: std::time::Instant = std::time::Instant::now();
    }
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn time_sleep(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let s = float_arg(vm, args.first().copied().unwrap_or(Value::Float(0.0)))?;
    if s < 0.0 {
        return Err(vm.new_exc("ValueError", "sleep length must be non-negative"));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(s));
    Ok(Value::None)
}

fn make_time(vm: &mut Vm) {
    let (m, d) = new_module(vm, "time");
    def(vm, d, "time.time", time_time);
    def(vm, d, "time.perf_counter", time_perf_counter);
    def(vm, d, "time.monotonic", time_perf_counter);
    def(vm, d, "time.sleep", time_sleep);
    register(vm, "time", m);
}

/// Modules written in Python and built into the binary, so `reap` needs no files beside it.
/// The modules built into the binary, native or written in Python (for the REPL's completion).
pub const MODULE_NAMES: &[&str] = &[
    "abc",
    "atexit",
    "bisect",
    "builtins",
    "collections",
    "contextlib",
    "functools",
    "gc",
    "heapq",
    "importlib",
    "io",
    "itertools",
    "json",
    "math",
    "os",
    "shutil",
    "string",
    "sys",
    "tempfile",
    "time",
    "weakref",
];

fn embedded_module(name: &str) -> Option<&'static str> {
    Some(match name {
        "functools" => include_str!("pylib/functools.py"),
        "itertools" => include_str!("pylib/itertools.py"),
        "contextlib" => include_str!("pylib/contextlib.py"),
        "io" => include_str!("pylib/io.py"),
        "collections" => include_str!("pylib/collections.py"),
        "heapq" => include_str!("pylib/heapq.py"),
        "string" => include_str!("pylib/string.py"),
        "bisect" => include_str!("pylib/bisect.py"),
        "os" => include_str!("pylib/os.py"),
        "posixpath" => include_str!("pylib/posixpath.py"),
        "shutil" => include_str!("pylib/shutil.py"),
        "tempfile" => include_str!("pylib/tempfile.py"),
        "abc" => include_str!("pylib/abc.py"),
        "importlib" => include_str!("pylib/importlib.py"),
        "json" => include_str!("pylib/json.py"),
        "weakref" => include_str!("pylib/weakref.py"),
        "collections.abc" => include_str!("pylib/collections_abc.py"),
        _ => return None,
    })
}

/// The namespaces `eval`/`exec` run in: the ones given, else the caller's globals.
fn eval_namespaces(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    fname: &str,
) -> PyResult<(ObjId, ObjId)> {
    let g = args.get(1).copied().or_else(|| kwarg(vm, kwargs, "globals")).filter(|v| *v != Value::None);
    let l = args.get(2).copied().or_else(|| kwarg(vm, kwargs, "locals")).filter(|v| *v != Value::None);
    let dict_of = |vm: &mut Vm, v: Value, what: &str| -> PyResult<ObjId> {
        match v.as_obj().filter(|id| matches!(vm.heap.get(*id), Object::Dict(_))) {
            Some(id) => Ok(id),
            None => {
                let tn = vm.type_name(v);
                Err(vm.new_exc("TypeError", &format!("{fname}() {what} must be a dict, not {tn}")))
            }
        }
    };
    let globals = match g {
        Some(g) => dict_of(vm, g, "globals")?,
        None => match vm.globals_stack.last() {
            Some(&g) => g,
            None => vm.builtins,
        },
    };
    let locals = match l {
        Some(l) => dict_of(vm, l, "locals")?,
        None => globals,
    };
    Ok((globals, locals))
}

fn globals(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "globals", args, 0, 0)?;
    let g = vm.globals_stack.last().copied().unwrap_or(vm.builtins);
    vm.heap.incref(g);
    Ok(Value::Obj(g))
}

fn locals(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "locals", args, 0, 0)?;
    match vm.locals_stack.last().copied().flatten() {
        Some(l) => {
            vm.heap.incref(l);
            Ok(Value::Obj(l))
        }
        None => Err(vm.new_exc(
            "NotImplementedError",
            "locals() called indirectly inside a function is not supported by Reap yet",
        )),
    }
}

fn eval(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "eval", args, 1, 3)?;
    let Some(src) = vm.str_of(args[0]).map(|s| s.trim_start_matches([' ', '\t']).to_string()) else {
        return Err(vm.new_exc("TypeError", "eval() arg 1 must be a string, bytes or code object"));
    };
    let (globals, locals) = eval_namespaces(vm, args, kwargs, "eval")?;
    let expr = match reap_lang::parse_expression(&src, "<string>") {
        Ok(e) => e,
        Err(e) => return Err(vm.syntax_error(&e)),
    };
    let span = expr.span;
    let stmt = reap_lang::ast::Stmt::new(span, reap_lang::ast::StmtKind::Return(Some(expr)));
    let module = reap_lang::ast::Module { body: vec![stmt] };
    vm.run_module_ast(&module, &src, "<string>", globals, locals)
}

fn exec(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "exec", args, 1, 3)?;
    let Some(src) = vm.str_of(args[0]).map(str::to_string) else {
        return Err(vm.new_exc("TypeError", "exec() arg 1 must be a string, bytes or code object"));
    };
    let (globals, locals) = eval_namespaces(vm, args, kwargs, "exec")?;
    let module = match reap_lang::check_module(&src, "<string>") {
        Ok(m) => m,
        Err(e) => return Err(vm.syntax_error(&e)),
    };
    let v = vm.run_module_ast(&module, &src, "<string>", globals, locals)?;
    vm.decref(v);
    Ok(Value::None)
}

fn import_builtin(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__import__", args, 1, 5)?;
    let name = vm.str_of(args[0]).unwrap_or("").to_string();
    let globals = vm.builtins;
    vm.import(&name, 0, Value::None, globals)
}

impl Vm {
    fn module_path_dirs(&self) -> Vec<PathBuf> {
        let Some(dict) = self.module_dict("sys") else { return Vec::new() };
        let Some(path) = self.dict_get_str(dict, "path") else { return Vec::new() };
        match path.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::List(items)) => {
                items.iter().filter_map(|&v| self.str_of(v)).map(PathBuf::from).collect()
            }
            _ => Vec::new(),
        }
    }

    /// `import name` (level 0) or a relative import; returns the top-level package for a plain
    /// `import a.b`, the module itself when there is a fromlist.
    pub fn import(&mut self, name: &str, level: u32, fromlist: Value, globals: ObjId) -> PyResult<Value> {
        // A host may allow only some modules; Reap's own modules import what they need.
        if level == 0
            && let Some(allowed) = &self.allowed_modules
        {
            let top = name.split('.').next().unwrap_or(name);
            let importer = self.dict_get_str(globals, "__name__").and_then(|n| self.str_of(n)).unwrap_or("");
            let internal = embedded_module(importer).is_some()
                || MODULE_NAMES.contains(&importer.split('.').next().unwrap_or(importer));
            if !internal && !allowed.iter().any(|a| a == top || a == name) {
                let msg = format!("No module named '{name}'");
                return Err(self.import_error("ModuleNotFoundError", &msg, name));
            }
        }
        let full = if level > 0 {
            let package = self
                .dict_get_str(globals, "__package__")
                .and_then(|p| self.str_of(p).map(str::to_string))
                .filter(|p| !p.is_empty())
                .or_else(|| {
                    let n = self
                        .dict_get_str(globals, "__name__")
                        .and_then(|p| self.str_of(p).map(str::to_string))?;
                    Some(n.rsplit_once('.').map_or(String::new(), |(a, _)| a.to_string()))
                })
                .unwrap_or_default();
            let mut parts: Vec<&str> =
                if package.is_empty() { Vec::new() } else { package.split('.').collect() };
            for _ in 1..level {
                parts.pop();
            }
            if parts.is_empty() && package.is_empty() {
                return Err(
                    self.new_exc("ImportError", "attempted relative import with no known parent package")
                );
            }
            let base = parts.join(".");
            if name.is_empty() { base } else { format!("{base}.{name}") }
        } else {
            name.to_string()
        };
        let mut module = Value::None;
        let mut prefix = String::new();
        let mut top = Value::None;
        for part in full.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            module = self.import_one(&prefix, module)?;
            if top == Value::None {
                top = module;
            }
        }
        let has_fromlist = fromlist != Value::None
            && matches!(fromlist.as_obj().map(|id| self.heap.get(id)), Some(Object::Tuple(t)) if !t.is_empty());
        if has_fromlist || level > 0 {
            // Submodules named in the fromlist are imported too.
            let names: Vec<String> = match fromlist.as_obj().map(|id| self.heap.get(id)) {
                Some(Object::Tuple(t)) => {
                    t.iter().filter_map(|&v| self.str_of(v).map(str::to_string)).collect()
                }
                _ => Vec::new(),
            };
            for n in names {
                if n == "*" {
                    continue;
                }
                let has = match module.as_obj().map(|id| self.heap.get(id)) {
                    Some(Object::Module { dict, .. }) => self.dict_get_str(*dict, &n).is_some(),
                    _ => true,
                };
                if !has {
                    let sub = format!("{full}.{n}");
                    match self.import_one(&sub, module) {
                        Ok(_) => {}
                        Err(e) => self.decref_id(e),
                    }
                }
            }
            Ok(self.share(module))
        } else {
            Ok(self.share(top))
        }
    }

    /// An `ImportError` (or subclass) with its `name`, `path` and `msg` attributes set.
    pub fn import_error(&mut self, kind: &str, msg: &str, module: &str) -> ObjId {
        let e = self.new_exc(kind, msg);
        let fields = [
            ("name", self.new_str(module.to_string())),
            ("path", Value::None),
            ("msg", self.new_str(msg.to_string())),
        ];
        for (attr, v) in fields {
            let key = self.intern(attr);
            let r = self.setattr(Value::Obj(e), key, v);
            self.decref_id(key);
            self.decref(v);
            if let Err(x) = r {
                self.decref_id(x);
            }
        }
        e
    }

    /// Imports one dotted name, its parent (a package module, or None) already imported.
    fn import_one(&mut self, full: &str, parent: Value) -> PyResult<Value> {
        if let Some(m) = self.dict_get_str(self.modules, full) {
            return Ok(m);
        }
        if let Some(source) = embedded_module(full) {
            let (m, d) = new_module(self, full);
            let modules = self.modules;
            self.incref(m);
            self.dict_set_str(modules, full, m);
            let filename = format!("<reap:{full}>");
            if let Err(e) = self.exec_source(source.as_bytes(), &filename, d) {
                self.dict_del_str(modules, full);
                self.decref(m);
                return Err(e);
            }
            self.decref(m);
            let m = self.dict_get_str(modules, full).unwrap_or(Value::None);
            if let (Some(Object::Module { dict, .. }), Some((_, short))) =
                (parent.as_obj().map(|id| self.heap.get(id)), full.rsplit_once('.'))
            {
                let d = *dict;
                self.incref(m);
                self.dict_set_str(d, short, m);
            }
            return Ok(m);
        }
        let dirs = match parent.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Module { dict, .. }) => {
                let d = *dict;
                match self.dict_get_str(d, "__path__").and_then(|p| self.str_of(p).map(PathBuf::from)) {
                    Some(p) => vec![p],
                    None => Vec::new(),
                }
            }
            _ => self.module_path_dirs(),
        };
        let short = full.rsplit('.').next().unwrap_or(full);
        for dir in dirs {
            let file = dir.join(format!("{short}.py"));
            let package = dir.join(short).join("__init__.py");
            let (path, is_package) = if package.is_file() {
                (package, true)
            } else if file.is_file() {
                (file, false)
            } else {
                continue;
            };
            let m = self.load_module(full, &path, is_package)?;
            if let Some(Object::Module { dict, .. }) = parent.as_obj().map(|id| self.heap.get(id)) {
                let d = *dict;
                self.incref(m);
                self.dict_set_str(d, short, m);
            }
            return Ok(m);
        }
        Err(self.import_error("ModuleNotFoundError", &format!("No module named '{full}'"), full))
    }

    fn load_module(&mut self, name: &str, path: &Path, is_package: bool) -> PyResult<Value> {
        let (m, d) = {
            let dict = self.new_dict();
            let n = self.new_str(name);
            self.dict_set_str(dict, "__name__", n);
            let m = self.alloc(Object::Module { name: name.into(), dict });
            (m, dict)
        };
        let file = path.to_string_lossy().to_string();
        let f = self.new_str(file.clone());
        self.dict_set_str(d, "__file__", f);
        let package = if is_package {
            let p = self.new_str(path.parent().map(|p| p.to_string_lossy().to_string()).unwrap_or_default());
            self.dict_set_str(d, "__path__", p);
            name.to_string()
        } else {
            name.rsplit_once('.').map_or(String::new(), |(a, _)| a.to_string())
        };
        let p = self.new_str(package);
        self.dict_set_str(d, "__package__", p);
        let modules = self.modules;
        self.incref(m);
        self.dict_set_str(modules, name, m);
        let source = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => return Err(self.new_exc("ImportError", &e.to_string())),
        };
        if let Err(e) = self.exec_source(&source, &file, d) {
            self.dict_del_str(modules, name);
            self.decref(m);
            return Err(e);
        }
        self.decref(m);
        Ok(self.dict_get_str(modules, name).unwrap_or(Value::None))
    }

    /// Compiles and runs source in the namespace `globals`.
    pub fn exec_source(&mut self, source: &[u8], filename: &str, globals: ObjId) -> PyResult<()> {
        let text = match reap_lang::decode_source(source, filename) {
            Ok(t) => t,
            Err(e) => return Err(self.syntax_error(&e)),
        };
        let module = match reap_lang::check_module(&text, filename) {
            Ok(m) => m,
            Err(e) => return Err(self.syntax_error(&e)),
        };
        let v = self.run_module_ast(&module, &text, filename, globals, globals)?;
        self.decref(v);
        Ok(())
    }

    /// Compiles a parsed module and runs it with the given namespaces; returns what the code
    /// returned (`None` for a module; the value for `eval`).
    pub fn run_module_ast(
        &mut self,
        module: &reap_lang::ast::Module,
        text: &str,
        filename: &str,
        globals: ObjId,
        locals: ObjId,
    ) -> PyResult<Value> {
        self.run_module_ast_mode(module, text, filename, globals, locals, false)
    }

    /// `run_module_ast`, or (`interactive`) a REPL entry whose expression statements print.
    pub fn run_module_ast_mode(
        &mut self,
        module: &reap_lang::ast::Module,
        text: &str,
        filename: &str,
        globals: ObjId,
        locals: ObjId,
        interactive: bool,
    ) -> PyResult<Value> {
        let code = crate::compiler::compile_module_mode(
            module,
            filename,
            &mut self.heap,
            &mut self.interner,
            self.ellipsis,
            interactive,
        );
        // What the compiler held, and what a failed compile made, goes now.
        self.release_dead_code();
        let code = match code {
            Ok(c) => c,
            Err(e) => {
                let lines = reap_lang::LineIndex::new(text);
                let pe = reap_lang::ParseError::new(e.msg, e.span.start, e.span.end);
                let se = reap_lang::SyntaxError::from_parse_error(&pe, text, &lines, filename);
                return Err(self.syntax_error(&se));
            }
        };
        // CPython shows no source lines for code typed at the REPL or given to exec/-c.
        if !filename.starts_with('<') {
            self.sources.insert(Arc::clone(&code.filename), text.into());
        }
        if self.dict_get_str(globals, "__builtins__").is_none() {
            let b = self.dict_get_str(self.modules, "builtins").unwrap_or(Value::None);
            self.incref(b);
            self.dict_set_str(globals, "__builtins__", b);
        }
        self.heap.incref(globals);
        self.heap.incref(locals);
        let mut frame = Frame {
            code,
            ip: 0,
            stack: Vec::new(),
            fast: Vec::new(),
            cells: Vec::new(),
            globals,
            locals: Some(locals),
            blocks: Vec::new(),
            pending: None,
            obj: None,
        };
        let r = self.run_frame(&mut frame);
        // The frame usually holds the last reference to the code: its constants go with it.
        drop(frame);
        self.release_dead_code();
        match r? {
            crate::vm::eval::FrameExit::Return(v) | crate::vm::eval::FrameExit::Yield(v) => Ok(v),
        }
    }

    /// A `SyntaxError` exception object for a front-end error; its printed form is the text
    /// CPython prints, kept in the exception's args for `print_uncaught`.
    pub fn syntax_error(&mut self, e: &reap_lang::SyntaxError) -> ObjId {
        let kind = e.kind.name();
        let cls = self.types.exc.get(kind).copied().unwrap_or_else(|| self.exc_type("SyntaxError"));
        // CPython's shape: args = (msg, (filename, lineno, offset, text, end_lineno, end_offset)),
        // and the same fields as attributes.
        let msg = self.new_str(e.msg.clone());
        let filename = self.new_str(e.filename.clone());
        let text = match &e.text {
            Some(t) => self.new_str(t.clone()),
            None => Value::None,
        };
        let fields = [
            ("filename", filename),
            ("lineno", Value::Int(i64::from(e.lineno))),
            ("offset", Value::Int(i64::from(e.offset))),
            ("text", text),
            ("end_lineno", Value::Int(i64::from(e.end_lineno))),
            ("end_offset", Value::Int(i64::from(e.end_offset))),
        ];
        for (_, v) in &fields {
            self.incref(*v);
        }
        let details = self.new_tuple(fields.iter().map(|(_, v)| *v).collect());
        self.incref(msg);
        let args = self.new_tuple(vec![msg, details]);
        let exc = self.exc_with_args(cls, args);
        if self.has_instance_dict(exc) {
            self.set_instance_attr_str(exc, "msg", msg);
            for (k, v) in fields {
                self.set_instance_attr_str(exc, k, v);
            }
            let shown = if e.lineno > 0 {
                format!("{} ({}, line {})", e.msg, e.filename, e.lineno)
            } else {
                e.msg.clone()
            };
            let s = self.new_str(shown);
            self.set_instance_attr_str(exc, "__reap_str__", s);
            let rendered = self.new_str(e.render());
            self.set_instance_attr_str(exc, "__reap_rendered__", rendered);
        } else {
            self.decref(msg);
            for (_, v) in fields {
                self.decref(v);
            }
        }
        exc
    }

    pub fn import_star(&mut self, module: Value, ns: ObjId) -> PyResult<()> {
        let Some(Object::Module { dict, .. }) = module.as_obj().map(|id| self.heap.get(id)) else {
            return Ok(());
        };
        let d = *dict;
        let entries: Vec<(String, Value)> = match self.heap.get(d) {
            Object::Dict(t) => {
                t.iter().filter_map(|(_, e)| self.str_of(e.key).map(|k| (k.to_string(), e.value))).collect()
            }
            _ => Vec::new(),
        };
        for (k, v) in entries {
            if !k.starts_with('_') {
                self.incref(v);
                self.dict_set_str(ns, &k, v);
            }
        }
        Ok(())
    }

    pub fn module_name(&self, m: Value) -> String {
        match m.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Module { name, .. }) => name.clone(),
            _ => "?".into(),
        }
    }
}

/// The correctly rounded sum of `values`, as `math.fsum`: Shewchuk's non-overlapping partial
/// sums, each exact, then added from the largest down with care for ties.
fn exact_sum(values: &[f64]) -> Result<f64, (&'static str, &'static str)> {
    let mut partials: Vec<f64> = Vec::new();
    // Infinities and NaNs never enter the partials: they decide the result alone.
    let (mut special, mut infinities) = (0.0f64, 0.0f64);
    for &value in values {
        if !value.is_finite() {
            if value.is_infinite() {
                infinities += value;
            }
            special += value;
            continue;
        }
        let mut x = value;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                return Err(("OverflowError", "intermediate overflow in fsum"));
            }
            partials.push(x);
        }
    }
    if special != 0.0 || special.is_nan() {
        if infinities.is_nan() {
            return Err(("ValueError", "-inf + inf in fsum"));
        }
        return Ok(special);
    }
    let Some(mut hi) = partials.pop() else { return Ok(0.0) };
    let mut lo = 0.0;
    while let Some(y) = partials.pop() {
        let x = hi;
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    // A remainder exactly half a unit away rounds by the sign of what is below it.
    if let Some(&below) = partials.last()
        && ((lo < 0.0 && below < 0.0) || (lo > 0.0 && below > 0.0))
    {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    Ok(hi)
}
