//! complex's arithmetic, methods and data attributes.

use super::{arity, def, def_attr, no_kwargs, receiver};
use crate::object::Object;
use crate::object::code::BinOp;
use crate::value::{ObjId, Value};
use crate::vm::slots::GetSet;
use crate::vm::{PyResult, Vm};

pub(crate) fn complex_op(
    vm: &mut Vm,
    (a, b): (f64, f64),
    (c, d): (f64, f64),
    op: BinOp,
) -> PyResult<Option<Value>> {
    let (re, im) = match op {
        BinOp::Add => (a + c, b + d),
        BinOp::Sub => (a - c, b - d),
        BinOp::Mul => (a * c - b * d, a * d + b * c),
        BinOp::TrueDiv => {
            if c == 0.0 && d == 0.0 {
                return Err(vm.zero_division("complex division by zero"));
            }
            complex_quotient((a, b), (c, d))
        }
        BinOp::Pow => {
            if c == 0.0 && d == 0.0 {
                (1.0, 0.0)
            } else if a == 0.0 && b == 0.0 {
                if d != 0.0 || c < 0.0 {
                    return Err(vm.zero_division("0.0 to a negative or complex power"));
                }
                (0.0, 0.0)
            } else if d == 0.0 && c.fract() == 0.0 && c.abs() <= 100.0 {
                let n = c as i64;
                // By squaring, as CPython does: its roundings are the ones scripts see.
                let (mut rr, mut ri) = (1.0, 0.0);
                let (mut pr, mut pi) = (a, b);
                let mut rest = n.unsigned_abs();
                while rest > 0 {
                    if rest & 1 == 1 {
                        (rr, ri) = (rr * pr - ri * pi, rr * pi + ri * pr);
                    }
                    (pr, pi) = (pr * pr - pi * pi, pr * pi + pi * pr);
                    rest >>= 1;
                }
                if n < 0 { complex_quotient((1.0, 0.0), (rr, ri)) } else { (rr, ri) }
            } else {
                // In CPython's order of operations, so that the roundings are its own.
                let r = a.hypot(b);
                let theta = b.atan2(a);
                let mut len = r.powf(c);
                let mut phase = theta * c;
                if d != 0.0 {
                    len /= (theta * d).exp();
                    phase += d * r.ln();
                }
                (len * phase.cos(), len * phase.sin())
            }
        }
        _ => return Ok(None),
    };
    if op == BinOp::Pow && (re.is_infinite() || im.is_infinite()) {
        return Err(vm.new_exc(crate::object::exc_kind::ExcKind::OverflowError, "complex exponentiation"));
    }
    Ok(Some(vm.alloc(Object::Complex { re, im })))
}

/// The data attributes of the type.
pub(crate) const ATTRS: &[GetSet] =
    &[GetSet { name: "real", get: complex_real }, GetSet { name: "imag", get: complex_imag }];

fn complex_real(vm: &mut Vm, id: ObjId) -> Value {
    match vm.heap.get(id) {
        &Object::Complex { re, .. } => Value::Float(re),
        _ => Value::None,
    }
}

fn complex_imag(vm: &mut Vm, id: ObjId) -> Value {
    match vm.heap.get(id) {
        &Object::Complex { im, .. } => Value::Float(im),
        _ => Value::None,
    }
}

pub fn install(vm: &mut Vm) {
    let complex = vm.type_obj(vm.types.complex).dict;
    def(vm, complex, "complex.conjugate", complex_conjugate);
    // Values find `real` and `imag` through `ATTRS`; the class lists them for `dir`.
    def_attr(vm, complex, "complex.real", complex_real_attr);
    def_attr(vm, complex, "complex.imag", complex_imag_attr);
}

/// The receiver of a `complex` method as `(re, im)`, after checking it takes no arguments.
fn noargs_complex(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    qualname: &str,
) -> PyResult<(f64, f64)> {
    let complex = vm.types.complex;
    let v = receiver(vm, args, complex, qualname)?;
    no_kwargs(vm, qualname, kwargs)?;
    arity(vm, qualname, &args[1..], 0, 0)?;
    Ok(match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(&Object::Complex { re, im }) => (re, im),
        _ => (0.0, 0.0),
    })
}

fn complex_conjugate(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let (re, im) = noargs_complex(vm, args, kwargs, "complex.conjugate")?;
    Ok(vm.alloc(Object::Complex { re, im: -im }))
}

fn complex_real_attr(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Float(noargs_complex(vm, args, kwargs, "complex.real")?.0))
}

fn complex_imag_attr(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Float(noargs_complex(vm, args, kwargs, "complex.imag")?.1))
}

/// `(a + bi) / (c + di)` by Smith's method, as CPython divides: scaling by the ratio of the
/// divisor's parts avoids the overflow of `c*c + d*d`, and its roundings are CPython's.
fn complex_quotient((a, b): (f64, f64), (c, d): (f64, f64)) -> (f64, f64) {
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let den = c + d * ratio;
        ((a + b * ratio) / den, (b - a * ratio) / den)
    } else if d.abs() >= c.abs() {
        let ratio = c / d;
        let den = c * ratio + d;
        ((a * ratio + b) / den, (b * ratio - a) / den)
    } else {
        // A NaN in the divisor.
        (f64::NAN, f64::NAN)
    }
}
