//! float's arithmetic: IEEE operations with Python's floor division, modulo and power rules.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::complex::complex_op;
use super::int::int_true_divide;
use super::{arity, def, def_attr, index_arg, no_kwargs, receiver};
use crate::object::Object;
use crate::object::code::BinOp;
use crate::object::exc_kind::ExcKind;
use crate::value::ObjId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub(crate) fn float_op(vm: &mut Vm, a: f64, b: f64, op: BinOp) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float_divmod(a, b).0
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            float_divmod(a, b).1
        }
        BinOp::Pow => return float_pow(vm, a, b),
        _ => {
            let (sym, an) = (op.symbol(), "float");
            return Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("unsupported operand type(s) for {sym}: '{an}' and 'float'"),
            ));
        }
    };
    Ok(Value::Float(r))
}

/// `a ** b` for floats, with CPython's errors: a negative base to a fractional power is a
/// complex number, zero to a negative power divides by zero, and a finite result too large
/// for a float overflows (C's `pow` sets `ERANGE`; CPython raises it as `OverflowError`).
pub(crate) fn float_pow(vm: &mut Vm, a: f64, b: f64) -> PyResult<Value> {
    if b == 0.0 {
        return Ok(Value::Float(1.0));
    }
    if a.is_nan() || b.is_nan() || a.is_infinite() || b.is_infinite() {
        // IEEE's special cases are Python's: 1 ** nan is 1, 0 ** -inf is inf, and so on.
        return Ok(Value::Float(a.powf(b)));
    }
    if a == 0.0 && b < 0.0 {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && b.fract() != 0.0 {
        return Ok(complex_op(vm, (a, 0.0), (b, 0.0), BinOp::Pow)?.unwrap_or(Value::None));
    }
    let r = a.powf(b);
    if r.is_infinite() {
        let code = Value::Int(34);
        let text = vm.new_str("Numerical result out of range");
        let args = vm.new_tuple(vec![code, text]);
        return Err(vm.new_exc_args(ExcKind::OverflowError, args));
    }
    Ok(Value::Float(r))
}

pub fn install(vm: &mut Vm) {
    let float = vm.type_obj(vm.types.float).dict;
    let methods: &[(&'static str, crate::vm::NativeFn)] = &[
        ("float.is_integer", float_is_integer),
        ("float.as_integer_ratio", float_as_integer_ratio),
        ("float.hex", float_hex),
        ("float.conjugate", float_conjugate),
        ("float.__trunc__", float_trunc),
        ("float.__floor__", float_floor),
        ("float.__ceil__", float_ceil),
        ("float.__round__", float_round),
    ];
    for &(name, f) in methods {
        def(vm, float, name, f);
    }
    for (name, f) in
        [("float.fromhex", float_fromhex as crate::vm::NativeFn), ("float.__getformat__", float_getformat)]
    {
        let b = vm.new_builtin(name, f, None);
        let cm = vm.alloc(Object::ClassMethod(b));
        vm.dict_set_str(float, name.rsplit('.').next().unwrap_or(name), cm);
    }
    def_attr(vm, float, "float.real", float_real);
    def_attr(vm, float, "float.imag", float_imag);
}

/// The receiver of a `float` method (see `receiver`), after checking that the method was
/// given no arguments (CPython's `METH_NOARGS` message).
fn noargs_float(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)], qualname: &str) -> PyResult<f64> {
    let float = vm.types.float;
    let v = receiver(vm, args, float, qualname)?;
    no_kwargs(vm, qualname, kwargs)?;
    arity(vm, qualname, &args[1..], 0, 0)?;
    Ok(match vm.payload(v) {
        Value::Float(x) => x,
        _ => 0.0,
    })
}

pub(crate) fn float_is_integer(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let x = noargs_float(vm, args, kwargs, "float.is_integer")?;
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

/// The methods that give the value as an exact float (a float subclass's instance as a
/// plain float).
macro_rules! exact_float {
    ($($f:ident $qualname:literal),*) => {$(
        fn $f(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
            Ok(Value::Float(noargs_float(vm, args, kwargs, $qualname)?))
        }
    )*};
}

exact_float!(float_conjugate "float.conjugate", float_real "float.real");

fn float_imag(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    noargs_float(vm, args, kwargs, "float.imag")?;
    Ok(Value::Float(0.0))
}

/// A float's exact value as `(m, e)` with `x == m * 2**e`, `m` an integer (finite `x` only).
fn decompose(x: f64) -> (BigInt, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) };
    let m = BigInt::from(m);
    (if x.is_sign_negative() { -m } else { m }, e)
}

/// The integer a float converts to (`int(x)` after `trunc`, `floor`...), with CPython's
/// errors for infinities and NaN.
pub(crate) fn float_to_int(vm: &mut Vm, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(vm.new_exc(ExcKind::ValueError, "cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.new_exc(ExcKind::OverflowError, "cannot convert float infinity to integer"));
    }
    let (m, e) = decompose(x);
    let n = if e >= 0 { m << e as usize } else { m.abs() >> (-e) as usize };
    let n = if x < 0.0 && e < 0 { -n } else { n };
    Ok(vm.new_bigint(n))
}

macro_rules! float_to_int_method {
    ($($f:ident $qualname:literal $op:expr),*) => {$(
        fn $f(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
            let x = noargs_float(vm, args, kwargs, $qualname)?;
            float_to_int(vm, $op(x))
        }
    )*};
}

float_to_int_method!(float_trunc "float.__trunc__" f64::trunc, float_floor "float.__floor__" f64::floor,
    float_ceil "float.__ceil__" f64::ceil);

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let x = noargs_float(vm, args, kwargs, "float.as_integer_ratio")?;
    if x.is_nan() {
        return Err(vm.new_exc(ExcKind::ValueError, "cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(vm.new_exc(ExcKind::OverflowError, "cannot convert Infinity to integer ratio"));
    }
    let (m, e) = decompose(x);
    let (n, d) = if m.is_zero() {
        (m, BigInt::from(1))
    } else if e >= 0 {
        (m << e as usize, BigInt::from(1))
    } else {
        // Lowest terms: the denominator is a power of two, so only twos cancel.
        let twos = m.trailing_zeros().unwrap_or(0).min((-e) as u64);
        (m >> twos as usize, BigInt::from(1) << ((-e) as u64 - twos) as usize)
    };
    let (n, d) = (vm.new_bigint(n), vm.new_bigint(d));
    Ok(vm.new_tuple(vec![n, d]))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exponent>` (`0x0.` for subnormals), as C's `%a`
/// with every digit written.
fn float_hex(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let x = noargs_float(vm, args, kwargs, "float.hex")?;
    Ok(vm.new_str(hex_of(x)))
}

pub(crate) fn hex_of(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    format!("{sign}0x{lead}.{frac:013x}p{e:+}")
}

/// `float.fromhex(s)`, a class method: the float a hexadecimal string names, correctly
/// rounded, made an instance of the class it was called on.
fn float_fromhex(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.as_obj()) else {
        return Err(vm.new_exc(ExcKind::TypeError, "fromhex() needs a class"));
    };
    no_kwargs(vm, "float.fromhex", kwargs)?;
    arity(vm, "float.fromhex", &args[1..], 1, 1)?;
    let Some(text) = vm.str_of(args[1]).map(str::to_string) else {
        return Err(vm.new_exc(ExcKind::TypeError, "bad argument type for built-in operation"));
    };
    let x = match parse_hex_float(&text) {
        Ok(x) => x,
        Err(HexError::Invalid) => {
            return Err(vm.new_exc(ExcKind::ValueError, "invalid hexadecimal floating-point string"));
        }
        Err(HexError::Overflow) => {
            return Err(
                vm.new_exc(ExcKind::OverflowError, "hexadecimal value too large to represent as a float")
            );
        }
    };
    if cls == vm.types.float {
        return Ok(Value::Float(x));
    }
    vm.call(Value::Obj(cls), &[Value::Float(x)], &[])
}

pub(crate) enum HexError {
    Invalid,
    Overflow,
}

/// CPython's `float_fromhex` grammar: `[ws] [sign] ['0x'] digits ['.' digits] ['p' [sign]
/// decimal] [ws]` with one hex digit at least, or an infinity or NaN; ASCII whitespace only.
pub(crate) fn parse_hex_float(text: &str) -> Result<f64, HexError> {
    let t = text.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r'));
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let signed = |x: f64| if negative { -x } else { x };
    let lower = body.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity") {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let b = lower.as_bytes();
    let mut i = if b.starts_with(b"0x") { 2 } else { 0 };
    let mut mantissa = num_bigint::BigUint::default();
    let (mut digits, mut fraction_digits) = (0u64, 0i64);
    let mut seen_point = false;
    while i < b.len() {
        match b[i] {
            b'.' if !seen_point => seen_point = true,
            c if c.is_ascii_hexdigit() => {
                mantissa = (mantissa << 4u32) + (c as char).to_digit(16).unwrap_or(0);
                digits += 1;
                if seen_point {
                    fraction_digits += 1;
                }
            }
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return Err(HexError::Invalid);
    }
    let mut exp: i64 = 0;
    if i < b.len() && b[i] == b'p' {
        i += 1;
        let start = i;
        if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
            i += 1;
        }
        if i >= b.len() || !b[i].is_ascii_digit() {
            return Err(HexError::Invalid);
        }
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        // As C's `strtol`: an exponent past the range saturates.
        let digits = &lower[start..i];
        exp = digits.parse().unwrap_or(if digits.starts_with('-') { i64::MIN } else { i64::MAX });
    }
    if i != b.len() {
        return Err(HexError::Invalid);
    }
    if mantissa.bits() == 0 || exp < i64::MIN / 2 {
        return Ok(signed(0.0));
    }
    if exp > i64::MAX / 2 {
        return Err(HexError::Overflow);
    }
    let e = exp.saturating_sub(fraction_digits.saturating_mul(4));
    match scaled(mantissa, e) {
        Some(x) => Ok(signed(x)),
        None => Err(HexError::Overflow),
    }
}

/// `m * 2**e` correctly rounded (halves to even) to a float; `None` when it overflows.
pub(crate) fn scaled(m: num_bigint::BigUint, e: i64) -> Option<f64> {
    let top = (m.bits() as i64).saturating_add(e);
    if top > 1025 {
        return None;
    }
    if top < -1076 {
        return Some(0.0);
    }
    // The weight of the last bit the result keeps: 53 significant bits, or fewer below the
    // normal range.
    let lsb = (top - 53).max(-1074);
    let shift = lsb - e;
    let mut q: u64 = if shift <= 0 {
        (m << (-shift) as u64).try_into().ok()?
    } else {
        let shift = shift as u64;
        let q: u64 = (&m >> shift).try_into().ok()?;
        let rem = &m - (num_bigint::BigUint::from(q) << shift);
        let half = num_bigint::BigUint::from(1u32) << (shift - 1);
        if rem > half || (rem == half && q & 1 == 1) { q + 1 } else { q }
    };
    let mut lsb = lsb;
    if q == 1u64 << 53 {
        q >>= 1;
        lsb += 1;
    }
    if q == 0 {
        return Some(0.0);
    }
    let width = 64 - i64::from(q.leading_zeros());
    let exponent = lsb + width - 1;
    if exponent > 1023 {
        return None;
    }
    let bits = if exponent >= -1022 {
        let frac = (q << (53 - width)) & ((1u64 << 52) - 1);
        ((exponent + 1023) as u64) << 52 | frac
    } else {
        q << (lsb + 1074)
    };
    Some(f64::from_bits(bits))
}

/// `float.__getformat__(typestr)`: how this machine stores a C double or float.
fn float_getformat(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "float.__getformat__", kwargs)?;
    arity(vm, "float.__getformat__", args.get(1..).unwrap_or(&[]), 1, 1)?;
    match vm.str_of(args[1]) {
        Some("double" | "float") => {
            let order = if cfg!(target_endian = "little") { "little" } else { "big" };
            Ok(vm.new_str(format!("IEEE, {order}-endian")))
        }
        Some(_) => {
            Err(vm.new_exc(ExcKind::ValueError, "__getformat__() argument 1 must be 'double' or 'float'"))
        }
        None => {
            let tn = vm.type_name(args[1]);
            Err(vm.new_exc(ExcKind::TypeError, &format!("__getformat__() argument must be str, not {tn}")))
        }
    }
}

/// `float.__round__(ndigits=None)`: without `ndigits`, the nearest int (halves to even);
/// with it, a float.
pub(crate) fn float_round(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let float = vm.types.float;
    let v = receiver(vm, args, float, "float.__round__")?;
    no_kwargs(vm, "__round__", kwargs)?;
    arity(vm, "__round__", &args[1..], 0, 1)?;
    let x = match vm.payload(v) {
        Value::Float(x) => x,
        _ => 0.0,
    };
    let nd = match args.get(1) {
        Some(&nd) if nd != Value::None => Some(nd),
        _ => None,
    };
    round_float_value(vm, x, nd)
}

/// `round(x, ndigits)` for a float, as `float.__round__`; `ndigits` `None` when not given.
pub(crate) fn round_float_value(vm: &mut Vm, x: f64, ndigits: Option<Value>) -> PyResult<Value> {
    let Some(nd) = ndigits else {
        return float_to_int(vm, x.round_ties_even());
    };
    // An ndigits past what a C `Py_ssize_t` holds is clamped, as `PyNumber_AsSsize_t` does.
    let nd = index_arg(vm, nd)?;
    let nd = nd.to_i64().unwrap_or(if nd.is_negative() { i64::MIN } else { i64::MAX });
    // CPython's NDIGITS_MAX and NDIGITS_MIN: past them every float rounds to itself, or to zero.
    if !x.is_finite() || nd > 323 {
        return Ok(Value::Float(x));
    }
    if nd < -308 {
        return Ok(Value::Float(0.0 * x));
    }
    match round_decimal(x, nd) {
        Some(r) => Ok(Value::Float(r)),
        None => Err(vm.new_exc(ExcKind::OverflowError, "rounded value too large to represent")),
    }
}

/// `x` rounded to `nd` decimal places, on its exact binary value, halves to even, and the
/// decimal result then correctly rounded back to a float (CPython goes through a correctly
/// rounded decimal string for the same result). `None` when the result overflows.
fn round_decimal(x: f64, nd: i64) -> Option<f64> {
    if x == 0.0 {
        return Some(x);
    }
    let (m, e) = decompose(x.abs());
    let ten = num_traits::pow(BigInt::from(10), nd.unsigned_abs() as usize);
    let two = |k: i64| BigInt::from(1) << k.max(0) as usize;
    let (num, den) = if nd >= 0 { (m * &ten * two(e), two(-e)) } else { (m * two(e), &ten * two(-e)) };
    let (q, r) = num.div_rem(&den);
    let twice = r * 2;
    let q = if twice > den || (twice == den && q.is_odd()) { q + 1 } else { q };
    let r = if nd >= 0 { int_true_divide(&q, &ten) } else { int_true_divide(&(q * ten), &BigInt::from(1)) }?;
    Some(r.copysign(x))
}

/// Floor division and modulo of floats together, as Python defines them: the remainder is
/// exact (`fmod`, moved to the divisor's sign), and the quotient is derived from it and then
/// rounded to the nearest whole number, so that `q * b + r` comes as close to `a` as floats
/// allow. Dividing first and flooring can be off by one: `-1e16 // 3` is
/// -3333333333333335.0, where `(-1e16 / 3).floor()` gives ...334.0.
pub(crate) fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let q = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(a / b)
    };
    (q, m)
}
