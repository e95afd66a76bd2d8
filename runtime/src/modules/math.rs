//! `math`: CPython's functions, domain and range errors included.

use super::{arity, def, new_module, register};
use crate::object::exc_kind::ExcKind;
use crate::types::bind_args;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

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
math1!(asinh, super::math_hyperbolic::asinh);
math1!(acosh, super::math_hyperbolic::acosh);
math1!(atanh, super::math_hyperbolic::atanh);
math1!(log1p, |x| if x <= -1.0 { f64::NAN } else { x.ln_1p() });
math1!(sin, f64::sin);
math1!(cos, f64::cos);
math1!(tan, f64::tan);
math1!(fabs, f64::abs);
math1!(cbrt, f64::cbrt);
math1_range!(exp2, f64::exp2);

math1!(degrees, f64::to_degrees);
math1!(radians, f64::to_radians);
math1!(atan, f64::atan);
math1!(asin, |x| if x.abs() > 1.0 { f64::NAN } else { x.asin() });
math1!(acos, |x| if x.abs() > 1.0 { f64::NAN } else { x.acos() });

pub fn float_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f),
        // Rounded to nearest, ties to even, as CPython converts an int.
        Value::Int(i) => Ok(i as f64),
        // An int too large for a float is an OverflowError, not a wrong type.
        _ if vm.is_int(v) => match crate::types::construct::float_new(vm, &[v])? {
            Value::Float(f) => Ok(f),
            _ => Ok(0.0),
        },
        // float() would parse a string; math takes only numbers (`__float__`/`__index__`).
        _ if [vm.types.str_, vm.types.bytes, vm.types.bytearray].into_iter().any(|t| vm.isinstance(v, t)) => {
            Err(not_real(vm, v))
        }
        _ => match crate::types::construct::float_new(vm, &[v]) {
            Ok(Value::Float(f)) => Ok(f),
            Ok(other) => {
                vm.decref(other);
                Err(not_real(vm, v))
            }
            // An error of the number's own `__float__` (or `__index__`) is what math raises.
            Err(e) => {
                let t = vm.type_of(v);
                if vm.has_attr_on_type(t, "__float__") || vm.has_attr_on_type(t, "__index__") {
                    return Err(e);
                }
                vm.decref_id(e);
                Err(not_real(vm, v))
            }
        },
    }
}

fn not_real(vm: &mut Vm, v: Value) -> ObjId {
    let tn = vm.type_name(v);
    vm.new_exc(ExcKind::TypeError, &format!("must be real number, not {tn}"))
}

/// The argument count of a one-argument function of `math` (CPython's `METH_O`, whose
/// message names the module).
fn one_arg(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<()> {
    crate::vm::args::arity_in(vm, "math", name, args, 1, 1)
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
    one_arg(vm, name, args)?;
    let x = float_arg(vm, args[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(vm.new_exc(ExcKind::ValueError, "math domain error"));
    }
    if overflows && r.is_infinite() && x.is_finite() {
        return Err(vm.new_exc(ExcKind::OverflowError, "math range error"));
    }
    Ok(Value::Float(r))
}

/// `func(x)` for the logarithms, with CPython's domain errors; an int too large for a float
/// is taken as `m * 2**e` and gives `func(m) + func(2) * e`.
fn log_of(vm: &mut Vm, v: Value, func: fn(f64) -> f64) -> PyResult<f64> {
    use num_traits::{Signed, ToPrimitive};
    if let Some(b) = vm.as_bigint(v)
        && b.to_f64().is_none_or(f64::is_infinite)
    {
        if !b.is_positive() {
            return Err(vm.new_exc(ExcKind::ValueError, "math domain error"));
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
        return Err(vm.new_exc(ExcKind::ValueError, "math domain error"));
    }
    Ok(func(x))
}

fn log10(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "math.log10", args, 1, 1)?;
    Ok(Value::Float(log_of(vm, args[0], f64::log10)?))
}

fn log2(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "math.log2", args, 1, 1)?;
    Ok(Value::Float(log_of(vm, args[0], f64::log2)?))
}

fn log(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    if !(1..=2).contains(&args.len()) {
        return Err(vm.new_exc(ExcKind::TypeError, "math.log requires 1 to 2 arguments"));
    }
    let x = log_of(vm, args[0], f64::ln)?;
    match args.get(1) {
        Some(&b) => {
            let b = log_of(vm, b, f64::ln)?;
            if b == 0.0 {
                return Err(vm.new_exc(ExcKind::ZeroDivisionError, "float division by zero"));
            }
            Ok(Value::Float(x / b))
        }
        None => Ok(Value::Float(x)),
    }
}

fn floor_ceil(vm: &mut Vm, args: &[Value], up: bool) -> PyResult<Value> {
    arity(vm, if up { "math.ceil" } else { "math.floor" }, args, 1, 1)?;
    // `int.__floor__` gives an exact int: a bool's or a subclass's value, not the object.
    if let Value::Bool(b) = args[0] {
        return Ok(Value::Int(i64::from(b)));
    }
    if vm.is_int(args[0])
        && !matches!(args[0].as_obj().map(|id| vm.heap.get(id)), Some(crate::object::Object::Instance(_)))
    {
        return Ok(vm.share(args[0]));
    }
    // A type's own rounding comes before any conversion to float (a big Fraction's floor).
    if !matches!(args[0], Value::Float(_))
        && let Some(r) = vm.try_dunder(args[0], if up { "__ceil__" } else { "__floor__" }, &[])?
    {
        return Ok(r);
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

/// `math.trunc(x)`: a float's integer part, or what the object's `__trunc__` gives.
fn trunc(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    one_arg(vm, "trunc", args)?;
    let x = args[0];
    if let Value::Float(f) = x {
        return crate::types::float::float_to_int(vm, f.trunc());
    }
    if vm.is_int(x)
        && !matches!(x.as_obj().map(|id| vm.heap.get(id)), Some(crate::object::Object::Instance(_)))
    {
        let b = vm.as_bigint(x).unwrap_or_default();
        return Ok(vm.new_bigint(b));
    }
    match vm.try_dunder(x, "__trunc__", &[])? {
        Some(r) => Ok(r),
        None => {
            let tn = vm.type_name(x);
            Err(vm.new_exc(ExcKind::TypeError, &format!("type {tn} doesn't define __trunc__ method")))
        }
    }
}

fn gcd(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let mut acc = num_bigint::BigInt::from(0);
    for b in int_args(vm, args)? {
        acc = num_integer::Integer::gcd(&acc, &b);
    }
    Ok(vm.new_bigint(acc))
}

fn factorial(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    one_arg(vm, "factorial", args)?;
    let n = int_args(vm, args)?.remove(0);
    let Some(n) = num_traits::ToPrimitive::to_i64(&n) else {
        let msg = if num_traits::Signed::is_negative(&n) {
            "factorial() not defined for negative values"
        } else {
            "factorial() argument should not exceed 9223372036854775807"
        };
        let kind =
            if num_traits::Signed::is_negative(&n) { ExcKind::ValueError } else { ExcKind::OverflowError };
        return Err(vm.new_exc(kind, msg));
    };
    if n < 0 {
        return Err(vm.new_exc(ExcKind::ValueError, "factorial() not defined for negative values"));
    }
    let mut acc = num_bigint::BigInt::from(1);
    for i in 2..=n {
        acc *= i;
    }
    Ok(vm.new_bigint(acc))
}

fn isnan(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    one_arg(vm, "isnan", args)?;
    let x = float_arg(vm, args[0])?;
    Ok(Value::Bool(x.is_nan()))
}

fn isinf(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    one_arg(vm, "isinf", args)?;
    let x = float_arg(vm, args[0])?;
    Ok(Value::Bool(x.is_infinite()))
}

fn isclose(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [a, b, rel, abs] = bind_args(vm, "isclose", args, kwargs, ["a", "b", "rel_tol", "abs_tol"], 2, 2)?;
    let a = float_arg(vm, a.unwrap_or(Value::None))?;
    let b = float_arg(vm, b.unwrap_or(Value::None))?;
    let rel = match rel {
        Some(v) => float_arg(vm, v)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(v) => float_arg(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.new_exc(ExcKind::ValueError, "tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    // Only equal infinities are close: the difference from any other value is infinite.
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (a - b).abs();
    Ok(Value::Bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

fn hypot(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let mut coords = Vec::with_capacity(args.len());
    for &a in args {
        coords.push(float_arg(vm, a)?);
    }
    Ok(Value::Float(norm(&coords)))
}

/// `math.pow`: C's `pow` with its errors raised (a negative base to a fractional power and
/// zero to a negative power are outside the domain; a finite result too large overflows).
fn math_pow(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "pow", args, 2, 2)?;
    let (a, b) = (float_arg(vm, args[0])?, float_arg(vm, args[1])?);
    let r = a.powf(b);
    if a.is_finite() && b.is_finite() {
        if (a == 0.0 && b < 0.0) || (a < 0.0 && b.fract() != 0.0) {
            return Err(vm.new_exc(ExcKind::ValueError, "math domain error"));
        }
        if r.is_infinite() {
            return Err(vm.new_exc(ExcKind::OverflowError, "math range error"));
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
        return Err(vm.new_exc(ExcKind::ValueError, "math domain error"));
    }
    Ok(Value::Float(r))
}

/// `math.ldexp(x, i)`: `x * 2**i`, overflowing as CPython's does.
fn ldexp(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "ldexp", args, 2, 2)?;
    let x = float_arg(vm, args[0])?;
    let Some(e) = vm.as_bigint(args[1]) else {
        return Err(vm.new_exc(ExcKind::TypeError, "Expected an int as second argument to ldexp."));
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
        return Err(vm.new_exc(ExcKind::OverflowError, "math range error"));
    }
    Ok(Value::Float(r))
}

fn isfinite(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    one_arg(vm, "isfinite", args)?;
    let x = float_arg(vm, args[0])?;
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
    arity(vm, "math.fsum", args, 1, 1)?;
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

/// Integer arguments: ints, or objects with `__index__`.
fn int_args(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<num_bigint::BigInt>> {
    args.iter().map(|&a| crate::vm::args::index_arg(vm, a)).collect()
}

fn isqrt(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "math.isqrt", args, 1, 1)?;
    let n = int_args(vm, args)?.remove(0);
    if n < 0.into() {
        return Err(vm.new_exc(ExcKind::ValueError, "isqrt() argument must be nonnegative"));
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
    check_n_k(vm, &n, &k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    // The smaller of k and n - k: comb(n, k) == comb(n, n - k).
    let k = std::cmp::min(k.clone(), &n - &k);
    let mut acc = num_bigint::BigInt::from(1);
    let mut i = num_bigint::BigInt::from(0);
    while i < k {
        acc = acc * (&n - &i) / (&i + 1);
        i += 1;
    }
    Ok(vm.new_bigint(acc))
}

/// `comb` and `perm` take counts: neither may be negative.
fn check_n_k(vm: &mut Vm, n: &num_bigint::BigInt, k: &num_bigint::BigInt) -> PyResult<()> {
    for (v, name) in [(n, "n"), (k, "k")] {
        if num_traits::Signed::is_negative(v) {
            return Err(vm.new_exc(ExcKind::ValueError, &format!("{name} must be a non-negative integer")));
        }
    }
    Ok(())
}

fn perm(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "perm", args, 1, 2)?;
    let v = int_args(vm, &args[..1])?;
    let n = v[0].clone();
    let k = match args.get(1) {
        Some(&k) if k != Value::None => int_args(vm, &[k])?[0].clone(),
        _ => {
            // `perm(n)` is `factorial(n)`, and says so when `n` is negative.
            if n.sign() == num_bigint::Sign::Minus {
                return Err(vm.new_exc(ExcKind::ValueError, "factorial() not defined for negative values"));
            }
            n.clone()
        }
    };
    check_n_k(vm, &n, &k)?;
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
    // The iterable is positional-only, and a call without it says so as CPython's clinic does.
    if args.is_empty() {
        return Err(vm.new_exc(ExcKind::TypeError, "prod() takes exactly 1 positional argument (0 given)"));
    }
    let [iterable, start] = bind_args(vm, "prod", args, kwargs, ["iterable", "start"], 1, 1)?;
    let mut acc = vm.share(start.unwrap_or(Value::Int(1)));
    let items = match vm.iterate_to_vec(iterable.unwrap_or(Value::None)) {
        Ok(items) => items,
        Err(e) => {
            vm.decref(acc);
            return Err(e);
        }
    };
    for v in items {
        let r = vm.binary_op(acc, v, crate::object::code::BinOp::Mul, false);
        vm.decref(acc);
        vm.decref(v);
        acc = r?;
    }
    Ok(acc)
}

pub fn make_math(vm: &mut Vm) {
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
        ("math.frexp", frexp),
        ("math.modf", modf),
        ("math.nextafter", nextafter),
        ("math.ulp", ulp),
        ("math.remainder", remainder),
        ("math.cbrt", cbrt),
        ("math.exp2", exp2),
        ("math.dist", dist),
        ("math.erf", super::math_special::math_erf),
        ("math.erfc", super::math_special::math_erfc),
        ("math.gamma", super::math_special::math_gamma),
        ("math.lgamma", super::math_special::math_lgamma),
    ];
    for &(name, f) in fns {
        def(vm, d, name, f);
    }
    // Old-style functions without a text signature in CPython, which refuse keywords all the same.
    vm.function_shapes(d, &["math.log", "math.hypot"]);
    register(vm, "math", m);
}

/// The correctly rounded sum of `values`, as `math.fsum`: Shewchuk's non-overlapping partial
/// sums, each exact, then added from the largest down with care for ties.
fn exact_sum(values: &[f64]) -> Result<f64, (ExcKind, &'static str)> {
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
                return Err((ExcKind::OverflowError, "intermediate overflow in fsum"));
            }
            partials.push(x);
        }
    }
    if special != 0.0 || special.is_nan() {
        if infinities.is_nan() {
            return Err((ExcKind::ValueError, "-inf + inf in fsum"));
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

/// `math.frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= abs(m) < 1`; zero, infinities
/// and NaN come back as they are, with exponent 0.
fn frexp(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    one_arg(vm, "frexp", args)?;
    let x = float_arg(vm, args[0])?;
    let (m, e) = split_exponent(x);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e)]))
}

fn split_exponent(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    // A subnormal is scaled into the normal range first, so its exponent field means something.
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE { (x * 2f64.powi(64), -64) } else { (x, 0) };
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64 - 1022;
    // The mantissa with the exponent of 0.5..1: the biased exponent field of 2**-1.
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e + bias)
}

/// `math.modf(x)`: the fractional and integer parts, both with the sign of `x`.
fn modf(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    one_arg(vm, "modf", args)?;
    let x = float_arg(vm, args[0])?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        let int = x.trunc();
        ((x - int).copysign(x), int)
    };
    Ok(vm.new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

/// The next float after `x` in the direction of `y` (C's `nextafter`).
fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    // Away from zero is one more in the bits' magnitude, toward zero one less.
    let bits = x.to_bits();
    if (y > x) == (x > 0.0) { f64::from_bits(bits + 1) } else { f64::from_bits(bits - 1) }
}

fn nextafter(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "nextafter", args, 2, 2)?;
    let (x, y) = (float_arg(vm, args[0])?, float_arg(vm, args[1])?);
    Ok(Value::Float(next_toward(x, y)))
}

/// `math.ulp(x)`: the value of the least significant bit of `abs(x)`.
fn ulp(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    one_arg(vm, "ulp", args)?;
    let x = float_arg(vm, args[0])?.abs();
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let up = next_toward(x, f64::INFINITY);
    // Past the largest float, the gap below it.
    Ok(Value::Float(if up.is_infinite() { x - next_toward(x, f64::NEG_INFINITY) } else { up - x }))
}

/// `math.remainder(x, y)`: IEEE 754's remainder, `x - n*y` for the integer `n` nearest
/// `x / y` (the even one on a tie), exact.
fn remainder(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "remainder", args, 2, 2)?;
    let (x, y) = (float_arg(vm, args[0])?, float_arg(vm, args[1])?);
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(x + y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(vm.new_exc(ExcKind::ValueError, "math domain error"));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let (ax, ay) = (x.abs(), y.abs());
    // `m` is exact, and so is `ay - m`; the quotient's parity settles a tie.
    let m = ax % ay;
    let gap = ay - m;
    let r = if m < gap {
        m
    } else if m > gap {
        -gap
    } else {
        let even = if ay > f64::MAX / 2.0 { ax - m == 0.0 } else { (ax - m) % (2.0 * ay) == 0.0 };
        if even { m } else { -gap }
    };
    Ok(Value::Float(if x < 0.0 { -r } else { r }))
}

/// `math.dist(p, q)`: the Euclidean distance between two points of the same dimension.
fn dist(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "dist", args, 2, 2)?;
    let p = vm.iterate_to_vec(args[0])?;
    let q = match vm.iterate_to_vec(args[1]) {
        Ok(q) => q,
        Err(e) => {
            p.into_iter().for_each(|v| vm.decref(v));
            return Err(e);
        }
    };
    let r = (|| {
        if p.len() != q.len() {
            return Err(
                vm.new_exc(ExcKind::ValueError, "both points must have the same number of dimensions")
            );
        }
        let mut diffs = Vec::with_capacity(p.len());
        for (&a, &b) in p.iter().zip(&q) {
            diffs.push(float_arg(vm, a)? - float_arg(vm, b)?);
        }
        Ok(Value::Float(norm(&diffs)))
    })();
    p.into_iter().chain(q).for_each(|v| vm.decref(v));
    r
}

/// The Euclidean norm of `coords`, correctly rounded: the sum of the squares exactly, as an
/// integer times a power of two, and its square root rounded once. An infinity wins over a
/// NaN, as in CPython.
fn norm(coords: &[f64]) -> f64 {
    use num_bigint::BigUint;
    if coords.iter().any(|c| c.is_infinite()) {
        return f64::INFINITY;
    }
    if coords.iter().any(|c| c.is_nan()) {
        return f64::NAN;
    }
    let parts: Vec<(u64, i64)> =
        coords.iter().filter(|c| **c != 0.0).map(|c| mantissa_exponent(c.abs())).collect();
    let Some(low) = parts.iter().map(|&(_, e)| e).min() else { return 0.0 };
    // Every square is m*m * 4**(e - low) times 4**low: an integer sum, then its square root
    // times 2**low.
    let mut sum = BigUint::default();
    for &(m, e) in &parts {
        sum += (BigUint::from(m) * m) << (2 * (e - low)) as u64;
    }
    // Enough bits that the root has at least 55, and a sticky bit for an inexact root.
    let shift = 110u64.saturating_sub(sum.bits()).div_ceil(2);
    let scaled = sum << (2 * shift);
    let root = scaled.sqrt();
    let sticky = u32::from(&root * &root != scaled);
    let m = (root << 1u32) | BigUint::from(sticky);
    crate::types::float::scaled(m, low - shift as i64 - 1).unwrap_or(f64::INFINITY)
}

/// A positive finite float as `(m, e)` with `x == m * 2**e`.
fn mantissa_exponent(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) }
}
