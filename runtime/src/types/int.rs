//! int's arithmetic beyond the small-int fast path: arbitrary precision, true division
//! correctly rounded, CPython's errors.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::def;
use super::float::float_pow;
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
        // Scale so the quotient has 64 or more significant bits, then let the conversion round.
        let shift = 66 - (a.bits() as i64 - b.bits() as i64);
        let (num, den) = if shift >= 0 { (a << shift as usize, b) } else { (a, b << (-shift) as usize) };
        let (quot, rem) = num_integer::Integer::div_rem(&num, &den);
        let sticky = if rem.is_zero() { quot } else { (quot << 1usize) | BigInt::from(1) };
        let extra = i32::from(!rem.is_zero());
        let m = sticky.to_f64()?;
        let exp = -(shift as i32) - extra;
        // Two steps keep the intermediate power of two finite.
        let half = exp / 2;
        m * 2f64.powi(half) * 2f64.powi(exp - half)
    };
    if q.is_infinite() {
        return None;
    }
    Some(if negative { -q } else { q })
}

pub fn install(vm: &mut Vm) {
    let t = |vm: &Vm, f: fn(&crate::vm::Types) -> ObjId| vm.type_obj(f(&vm.types)).dict;
    let int = t(vm, |t| t.int);
    def(vm, int, "int.bit_length", int_bit_length);
}

pub(crate) fn int_bit_length(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let b = vm.as_bigint(args[0]).unwrap_or_default();
    Ok(Value::Int(b.bits() as i64))
}
