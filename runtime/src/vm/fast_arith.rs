//! Arithmetic and comparison on numbers the evaluation loop does without a call: small
//! ints and floats whose result cannot raise. Anything else goes the long way
//! (`Vm::binary_op`, `Vm::compare`).

use crate::object::code::{CmpKind, Code, Instr};
use crate::object::frame::FrameState;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::number::float_pair;

impl Vm {
    /// A test's result: when the next instruction is a conditional jump on it (`if a < b:`,
    /// `while x is not None:`), takes the jump at once instead of pushing a bool for it to pop.
    /// Nothing observable happens between the two instructions, so finalizers due meanwhile
    /// still run before anything else does.
    #[inline(always)]
    pub(crate) fn push_or_jump(f: &mut FrameState, code: &Code, r: bool) {
        match code.instrs.get(f.ip) {
            Some(&Instr::PopJumpIfFalse(t)) => f.ip = if r { f.ip + 1 } else { t as usize },
            Some(&Instr::PopJumpIfTrue(t)) => f.ip = if r { t as usize } else { f.ip + 1 },
            _ => f.stack.push(Value::Bool(r)),
        }
    }
}

/// `x op y` for two small ints, when the result is a small int too (the rest goes through
/// `Vm::binary_op`).
#[inline(always)]
pub(crate) fn small_int_op(x: i64, y: i64, op: crate::object::code::BinOp) -> Option<i64> {
    use crate::object::code::BinOp;
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        // Python gives the remainder the divisor's sign.
        BinOp::Mod if y != 0 => {
            x.checked_rem(y).map(|r| if r != 0 && ((r < 0) != (y < 0)) { r + y } else { r })
        }
        _ => None,
    }
}

/// Float arithmetic that cannot raise: `+`, `-`, `*`, and `/` by a non-zero divisor. The rest
/// (division by zero, `//`, `%`, `**`) has Python's own rules for signs and errors.
#[inline(always)]
pub(crate) fn float_op(a: Value, b: Value, op: crate::object::code::BinOp) -> Option<f64> {
    use crate::object::code::BinOp;
    const EXACT: i64 = 1 << 53;
    // Both exact as floats, so one rounding: the correctly rounded quotient Python gives.
    if let (Value::Int(x), Value::Int(y), BinOp::TrueDiv) = (a, b, op)
        && y != 0
        && (-EXACT..=EXACT).contains(&x)
        && (-EXACT..=EXACT).contains(&y)
    {
        return Some(x as f64 / y as f64);
    }
    let (x, y) = float_pair(a, b)?;
    match op {
        BinOp::Add => Some(x + y),
        BinOp::Sub => Some(x - y),
        BinOp::Mul => Some(x * y),
        BinOp::TrueDiv if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// `x op y` for two numbers of one kind (a NaN is unordered: only `!=` holds).
#[inline(always)]
pub(crate) fn ordered<T: PartialOrd>(x: T, y: T, op: CmpKind) -> bool {
    match op {
        CmpKind::Lt => x < y,
        CmpKind::Le => x <= y,
        CmpKind::Eq => x == y,
        CmpKind::Ne => x != y,
        CmpKind::Gt => x > y,
        CmpKind::Ge => x >= y,
    }
}
