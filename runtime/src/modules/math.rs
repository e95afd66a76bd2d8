//! `math`: CPython's functions, domain and range errors included.

use super::{arity, def, kwarg, new_module, register};
use crate::object::exc_kind::ExcKind;
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
math1!(asinh, f64::asinh);
math1!(acosh, |x| if x < 1.0 { f64::NAN } else { x.acosh() });
math1!(atanh, |x| if x.abs() >= 1.0 { f64::NAN } else { x.atanh() });
math1!(log1p, |x| if x <= -1.0 { f64::NAN } else { x.ln_1p() });
math1!(sin, f64::sin);
math1!(cos, f64::cos);
math1!(tan, f64::tan);
math1!(fabs, f64::abs);

math1!(degrees, f64::to_degrees);
math1!(radians, f64::to_radians);
math1!(atan, f64::atan);
math1!(asin, |x| if x.abs() > 1.0 { f64::NAN } else { x.asin() });
math1!(acos, |x| if x.abs() > 1.0 { f64::NAN } else { x.acos() });

pub fn float_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
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
                Err(vm.new_exc(ExcKind::TypeError, &format!("must be real number, not {tn}")))
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
                return Err(vm.new_exc(ExcKind::ZeroDivisionError, "float division by zero"));
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
        return Err(vm.new_exc(ExcKind::TypeError, "'float' object cannot be interpreted as an integer"));
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
                Err(vm.new_exc(
                    ExcKind::TypeError,
                    &format!("'{tn}' object cannot be interpreted as an integer"),
                ))
            }
        })
        .collect()
}

fn isqrt(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "isqrt", args, 1, 1)?;
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
    if n < 0.into() || k < 0.into() {
        return Err(vm.new_exc(ExcKind::ValueError, "n must be a non-negative integer"));
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
    ];
    for &(name, f) in fns {
        def(vm, d, name, f);
    }
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
