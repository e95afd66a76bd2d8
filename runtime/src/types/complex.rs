//! complex's arithmetic.

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
            let den = c * c + d * d;
            ((a * c + b * d) / den, (b * c - a * d) / den)
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
                // Integer powers by repeated multiplication, as CPython does for small ones.
                let n = c as i64;
                let (mut rr, mut ri) = (1.0, 0.0);
                for _ in 0..n.abs() {
                    let t = rr * a - ri * b;
                    ri = rr * b + ri * a;
                    rr = t;
                }
                if n < 0 {
                    let den = rr * rr + ri * ri;
                    (rr / den, -ri / den)
                } else {
                    (rr, ri)
                }
            } else {
                let r = a.hypot(b);
                let theta = b.atan2(a);
                let len = r.powf(c) * (-d * theta).exp();
                let phase = theta * c + d * r.ln();
                (len * phase.cos(), len * phase.sin())
            }
        }
        _ => return Ok(None),
    };
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
