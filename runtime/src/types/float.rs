//! float's arithmetic: IEEE operations with Python's floor division, modulo and power rules.

use super::complex::complex_op;
use super::def;
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
    let t = |vm: &Vm, f: fn(&crate::vm::Types) -> ObjId| vm.type_obj(f(&vm.types)).dict;
    let float = t(vm, |t| t.float);
    def(vm, float, "float.is_integer", float_is_integer);
}

pub(crate) fn float_is_integer(_: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(matches!(args[0], Value::Float(f) if f.is_finite() && f.fract() == 0.0)))
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
