//! int's arithmetic beyond the small-int fast path: arbitrary precision, true division
//! correctly rounded, CPython's errors.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::float::float_pow;
use super::{arity, bind_args, def, def_attr, index_arg, no_kwargs, receiver};
use crate::object::Object;
use crate::object::code::BinOp;
use crate::object::exc_kind::ExcKind;
use crate::value::ObjId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub(crate) fn int_op(vm: &mut Vm, a: BigInt, b: BigInt, op: BinOp) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            a.div_floor(&b)
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            a.mod_floor(&b)
        }
        BinOp::TrueDiv => {
            if b.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            return match int_true_divide(&a, &b) {
                Some(q) => Ok(Value::Float(q)),
                None => {
                    Err(vm.new_exc(ExcKind::OverflowError, "integer division result too large for a float"))
                }
            };
        }
        BinOp::Pow => {
            if b.is_negative() {
                let (fa, fb) = (a.to_f64().unwrap_or(0.0), b.to_f64().unwrap_or(0.0));
                if fa == 0.0 {
                    return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
                }
                return float_pow(vm, fa, fb);
            }
            // 0, 1 and -1 stay small whatever the exponent.
            if a.is_zero() || a.magnitude().is_one() {
                let odd = b.is_odd();
                return Ok(Value::Int(match a.to_i64() {
                    Some(0) if !b.is_zero() => 0,
                    Some(-1) if odd => -1,
                    _ => 1,
                }));
            }
            let Some(e) = b.to_u32() else {
                return Err(vm.new_exc(ExcKind::OverflowError, "exponent too large"));
            };
            num_traits::pow::Pow::pow(a, e)
        }
        BinOp::LShift => {
            if b.is_negative() {
                return Err(vm.new_exc(ExcKind::ValueError, "negative shift count"));
            }
            if a.is_zero() {
                return Ok(Value::Int(0));
            }
            // The result's size is the script's choice: in CPython's 30-bit digits, past
            // what a size can count it is an OverflowError, else an allocation that fails
            // is a MemoryError (not an abort inside the big-integer library).
            const MAX_LONG_DIGITS: u128 = (i64::MAX as u128 - 24) / 4;
            let digits = b.to_u128().map(|s| u128::from(a.bits().div_ceil(30)) + s.div_ceil(30));
            let Some(digits) = digits.filter(|&d| d <= MAX_LONG_DIGITS) else {
                return Err(vm.new_exc(ExcKind::OverflowError, "too many digits in integer"));
            };
            drop(vm.try_vec::<u32>(digits as usize)?);
            a << b.to_u64().unwrap_or(0)
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(vm.new_exc(ExcKind::ValueError, "negative shift count"));
            }
            a >> b.to_usize().unwrap_or(usize::MAX >> 1)
        }
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::MatMul => {
            return Err(vm.new_exc(ExcKind::TypeError, "unsupported operand type(s) for @: 'int' and 'int'"));
        }
    };
    Ok(vm.new_bigint(r))
}

/// `a / b` for ints, correctly rounded as CPython's: exact when both fit a float's mantissa,
/// else from an integer quotient with enough bits and a sticky bit for the remainder. `None`
/// when the result is too large for a float.
pub(crate) fn int_true_divide(a: &BigInt, b: &BigInt) -> Option<f64> {
    const EXACT: u64 = 53;
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    let q = if a.bits() <= EXACT && b.bits() <= EXACT {
        a.to_f64()? / b.to_f64()?
    } else {
        // A quotient of 66 or more bits, rounded here (half to even, the remainder as a
        // sticky bit) to the bits the result can hold: 53, or fewer when it is subnormal.
        // Rounding once matters: converting to a float and then scaling would round twice.
        let shift = 66 - (a.bits() as i64 - b.bits() as i64);
        let (num, den) = if shift >= 0 { (a << shift as usize, b) } else { (a, b << (-shift) as usize) };
        let (quot, rem) = num_integer::Integer::div_rem(&num, &den);
        let top = quot.bits() as i64 - 1 - shift;
        let drop = if top >= -1022 { quot.bits() as i64 - 53 } else { shift - 1074 };
        let drop = drop.max(0) as usize;
        let mut kept = &quot >> drop;
        if drop > 0 {
            let low = &quot - (&kept << drop);
            let half = BigInt::from(1) << (drop - 1);
            let up = match low.cmp(&half) {
                std::cmp::Ordering::Greater => true,
                std::cmp::Ordering::Equal => !rem.is_zero() || kept.bit(0),
                std::cmp::Ordering::Less => false,
            };
            if up {
                kept += 1;
            }
        }
        let m = kept.to_u64()?;
        let exp = drop as i64 - shift;
        if exp <= -1074 {
            // `m` units of the smallest subnormal: that is the float's bit pattern.
            f64::from_bits(m)
        } else {
            // Two steps keep the intermediate power of two finite.
            let exp = exp as i32;
            let half = exp / 2;
            m as f64 * 2f64.powi(half) * 2f64.powi(exp - half)
        }
    };
    if q.is_infinite() {
        return None;
    }
    Some(if negative { -q } else { q })
}

pub fn install(vm: &mut Vm) {
    let int = vm.type_obj(vm.types.int).dict;
    let methods: &[(&'static str, crate::vm::NativeFn)] = &[
        ("int.bit_length", int_bit_length),
        ("int.bit_count", int_bit_count),
        ("int.to_bytes", int_to_bytes),
        ("int.as_integer_ratio", int_as_integer_ratio),
        ("int.conjugate", int_conjugate),
        ("int.__trunc__", int_trunc),
        ("int.__floor__", int_floor),
        ("int.__ceil__", int_ceil),
        ("int.__round__", int_round),
    ];
    for &(name, f) in methods {
        def(vm, int, name, f);
    }
    let fb = vm.new_builtin("int.from_bytes", int_from_bytes, None);
    let cm = vm.alloc(Object::ClassMethod(fb));
    vm.dict_set_str(int, "from_bytes", cm);
    // CPython's getset descriptors: `(5).real`, and `int.real` on the class.
    let attrs: &[(&'static str, crate::vm::NativeFn)] = &[
        ("int.real", int_real),
        ("int.imag", int_imag),
        ("int.numerator", int_numerator),
        ("int.denominator", int_denominator),
    ];
    for &(name, f) in attrs {
        def_attr(vm, int, name, f);
    }
}

/// The receiver of an `int` method as a big integer (see `receiver`), after checking that
/// the method was given no arguments (CPython's `METH_NOARGS` message).
fn noargs_int(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)], qualname: &str) -> PyResult<BigInt> {
    let int = vm.types.int;
    let v = receiver(vm, args, int, qualname)?;
    no_kwargs(vm, qualname, kwargs)?;
    arity(vm, qualname, &args[1..], 0, 0)?;
    Ok(vm.as_bigint(vm.payload(v)).unwrap_or_default())
}

pub(crate) fn int_bit_length(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let b = noargs_int(vm, args, kwargs, "int.bit_length")?;
    Ok(Value::Int(b.bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let b = noargs_int(vm, args, kwargs, "int.bit_count")?;
    Ok(Value::Int(b.magnitude().count_ones() as i64))
}

/// The methods that give the value as an exact int: `True` as 1, an int subclass's instance
/// as a plain int.
macro_rules! exact_int {
    ($($f:ident $qualname:literal),*) => {$(
        fn $f(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
            let b = noargs_int(vm, args, kwargs, $qualname)?;
            Ok(vm.new_bigint(b))
        }
    )*};
}

exact_int!(int_conjugate "int.conjugate", int_trunc "int.__trunc__", int_floor "int.__floor__",
    int_ceil "int.__ceil__", int_real "int.real", int_numerator "int.numerator");

fn int_imag(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    noargs_int(vm, args, kwargs, "int.imag")?;
    Ok(Value::Int(0))
}

fn int_denominator(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    noargs_int(vm, args, kwargs, "int.denominator")?;
    Ok(Value::Int(1))
}

fn int_as_integer_ratio(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let b = noargs_int(vm, args, kwargs, "int.as_integer_ratio")?;
    let n = vm.new_bigint(b);
    Ok(vm.new_tuple(vec![n, Value::Int(1)]))
}

/// `int.__round__(ndigits=None)`: the int itself, or rounded to a multiple of `10**-ndigits`,
/// halves to even, when `ndigits` is negative.
pub(crate) fn int_round(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let int = vm.types.int;
    let v = receiver(vm, args, int, "int.__round__")?;
    no_kwargs(vm, "__round__", kwargs)?;
    arity(vm, "__round__", &args[1..], 0, 1)?;
    let b = vm.as_bigint(vm.payload(v)).unwrap_or_default();
    let Some(&nd) = args.get(1) else { return Ok(vm.new_bigint(b)) };
    let nd = index_arg(vm, nd)?;
    Ok(vm.new_bigint(round_bigint(b, &nd)))
}

/// `b` rounded to `ndigits` decimal places (only a negative count changes an int).
pub(crate) fn round_bigint(b: BigInt, ndigits: &BigInt) -> BigInt {
    if !ndigits.is_negative() {
        return b;
    }
    // Past the int's size (10**k > 2**k > 2*|b|) the result is 0: no power of ten to build.
    let k = match (-ndigits).to_u64() {
        Some(k) if k <= b.bits() => k,
        _ => return BigInt::zero(),
    };
    let p = num_traits::pow(BigInt::from(10), k as usize);
    let (q, r) = b.div_mod_floor(&p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) { q + 1 } else { q };
    q * p
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`: the two's complement (or,
/// unsigned, the plain) representation in exactly `length` bytes.
fn int_to_bytes(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let int = vm.types.int;
    let v = receiver(vm, args, int, "int.to_bytes")?;
    let [length, order, signed] =
        bind_args(vm, "to_bytes", &args[1..], kwargs, ["length", "byteorder", "signed"], 2, 0)?;
    let length = match length {
        Some(l) => index_arg(vm, l)?,
        None => BigInt::from(1),
    };
    if length.is_negative() {
        return Err(vm.new_exc(ExcKind::ValueError, "length argument must be non-negative"));
    }
    let Some(length) = length.to_usize().filter(|&l| l <= isize::MAX as usize) else {
        return Err(vm.new_exc(ExcKind::OverflowError, "Python int too large to convert to C ssize_t"));
    };
    let little = byteorder_arg(vm, "to_bytes", order)?;
    let signed = signed_arg(vm, signed)?;
    let n = vm.as_bigint(vm.payload(v)).unwrap_or_default();
    if !signed && n.is_negative() {
        return Err(vm.new_exc(ExcKind::OverflowError, "can't convert negative int to unsigned"));
    }
    // The bytes the value needs. Signed, one more bit for the sign; -1 needs none at all,
    // as in CPython, whose sign bits past the value are implied.
    let needed = if n.is_zero() {
        0
    } else if signed {
        let m = if n.is_negative() { (-&n - 1u32).bits() } else { n.bits() };
        if m == 0 { 0 } else { (m + 1).div_ceil(8) }
    } else {
        n.bits().div_ceil(8)
    };
    if needed > length as u64 {
        return Err(vm.new_exc(ExcKind::OverflowError, "int too big to convert"));
    }
    let mut out = vm.try_vec::<u8>(length)?;
    let mut le = if signed { n.to_signed_bytes_le() } else { n.to_bytes_le().1 };
    le.truncate(length);
    out.extend_from_slice(&le);
    out.resize(length, if n.is_negative() { 0xff } else { 0 });
    if !little {
        out.reverse();
    }
    Ok(vm.alloc(Object::Bytes(out)))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, a class method: the int the
/// bytes represent, made an instance of the class it was called on.
fn int_from_bytes(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.as_obj()) else {
        return Err(vm.new_exc(ExcKind::TypeError, "from_bytes() needs a class"));
    };
    let [data, order, signed] =
        bind_args(vm, "from_bytes", &args[1..], kwargs, ["bytes", "byteorder", "signed"], 2, 1)?;
    let data = data.unwrap_or(Value::None);
    let little = byteorder_arg(vm, "from_bytes", order)?;
    let signed = signed_arg(vm, signed)?;
    let mut bytes = bytes_like(vm, data)?;
    if !little {
        bytes.reverse();
    }
    let n =
        if signed { BigInt::from_signed_bytes_le(&bytes) } else { BigInt::from_bytes_le(Sign::Plus, &bytes) };
    let r = vm.new_bigint(n);
    if cls == vm.types.int {
        return Ok(r);
    }
    let out = vm.call(Value::Obj(cls), &[r], &[]);
    vm.decref(r);
    out
}

/// The bytes of `v` as `bytes(v)` reads them for `int.from_bytes` (CPython's
/// `PyObject_Bytes`): a bytes-like object or an iterable of ints, never a str or an int.
fn bytes_like(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(Object::Bytes(b) | Object::ByteArray(b)) = vm.payload(v).as_obj().map(|id| vm.heap.get(id)) {
        return Ok(b.clone());
    }
    let cannot = |vm: &mut Vm| {
        let tn = vm.type_name(v);
        vm.new_exc(ExcKind::TypeError, &format!("cannot convert '{tn}' object to bytes"))
    };
    if vm.str_of(v).is_some() || vm.is_int(v) {
        return Err(cannot(vm));
    }
    match vm.get_iter(v) {
        Ok(it) => vm.decref(it),
        Err(e) => {
            vm.decref_id(e);
            return Err(cannot(vm));
        }
    }
    let b = super::construct::bytes_new(vm, &[v], &[])?;
    let out = match b.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Bytes(b)) => b.clone(),
        _ => Vec::new(),
    };
    vm.decref(b);
    Ok(out)
}

/// The `byteorder` argument of `to_bytes` and `from_bytes`: whether it is `'little'`.
fn byteorder_arg(vm: &mut Vm, fname: &str, v: Option<Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    match vm.str_of(v) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(vm.new_exc(ExcKind::ValueError, "byteorder must be either 'little' or 'big'")),
        None => {
            let tn = vm.type_name(v);
            Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("{fname}() argument 'byteorder' must be str, not {tn}"),
            ))
        }
    }
}

/// The keyword-only `signed` flag: any object, by its truth.
fn signed_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    match v {
        Some(v) => vm.truthy(v),
        None => Ok(false),
    }
}
