//! Ranges whose bounds or length do not fit 64 bits (`range(10**20)`,
//! `range(2**63, 2**63 + 5)`): `Object::LongRange`, the same `range` type to scripts, with
//! its arithmetic in big integers. Everything else is an `Object::Range` of machine ints.

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// How many items `range(start, stop, step)` has (step not zero).
pub fn long_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let one = BigInt::one();
    if step.is_positive() && start < stop {
        (stop - start - &one) / step + one
    } else if step.is_negative() && start > stop {
        (start - stop - &one) / (-step) + one
    } else {
        BigInt::zero()
    }
}

impl Vm {
    /// A new range: a machine one when its bounds and length fit, a long one otherwise.
    pub fn new_range(&mut self, start: BigInt, stop: BigInt, step: BigInt) -> Value {
        // A machine-int range keeps `stop - start` in range too: its length is computed so.
        let fits = long_len(&start, &stop, &step).to_i64().is_some() && (&stop - &start).to_i64().is_some();
        match (start.to_i64(), stop.to_i64(), step.to_i64()) {
            (Some(start), Some(stop), Some(step)) if fits => self.alloc(Object::Range { start, stop, step }),
            _ => self.alloc(Object::LongRange(Box::new([start, stop, step]))),
        }
    }

    /// The start, stop and step of any range object.
    pub fn range_parts(&self, id: ObjId) -> Option<[BigInt; 3]> {
        match self.heap.get(id) {
            &Object::Range { start, stop, step } => Some([start.into(), stop.into(), step.into()]),
            Object::LongRange(p) => Some((**p).clone()),
            _ => None,
        }
    }

    /// `len()` of a long range: CPython's OverflowError past `sys.maxsize`.
    pub(crate) fn long_range_len(&mut self, id: ObjId) -> PyResult<usize> {
        let [start, stop, step] = self.range_parts(id).unwrap_or_default();
        match long_len(&start, &stop, &step).to_i64() {
            Some(n) => Ok(n as usize),
            None => Err(self.new_exc(ExcKind::OverflowError, "Python int too large to convert to C ssize_t")),
        }
    }

    /// Whether the long range has items.
    pub(crate) fn long_range_truthy(&self, id: ObjId) -> bool {
        let [start, stop, step] = self.range_parts(id).unwrap_or_default();
        long_len(&start, &stop, &step).is_positive()
    }

    /// Where the int `x` is in the range `id`, if it is there.
    pub(crate) fn range_position(&self, id: ObjId, x: &BigInt) -> Option<BigInt> {
        let [start, stop, step] = self.range_parts(id)?;
        let inside = if step.is_positive() { &start <= x && x < &stop } else { &stop < x && x <= &start };
        let offset = x - &start;
        (inside && (&offset % &step).is_zero()).then(|| offset / step)
    }

    /// `r[i]` for an int `i` of a long range.
    pub(crate) fn long_range_item(&mut self, id: ObjId, i: &BigInt) -> PyResult<Value> {
        let [start, stop, step] = self.range_parts(id).unwrap_or_default();
        let n = long_len(&start, &stop, &step);
        let i = if i.is_negative() { i + &n } else { i.clone() };
        if i.is_negative() || i >= n {
            return Err(self.new_exc(ExcKind::IndexError, "range object index out of range"));
        }
        Ok(self.new_bigint(start + i * step))
    }

    /// `r[a:b:c]` of any range, as a range: the slice's bounds clipped as `slice.indices` does,
    /// in big integers.
    pub(crate) fn range_slice(&mut self, id: ObjId, bounds: [Option<BigInt>; 3]) -> PyResult<Value> {
        let [start, stop, step] = self.range_parts(id).unwrap_or_default();
        let n = long_len(&start, &stop, &step);
        let [lo, hi, by] = bounds;
        let by = by.unwrap_or_else(BigInt::one);
        if by.is_zero() {
            return Err(self.new_exc(ExcKind::ValueError, "slice step cannot be zero"));
        }
        let backwards = by.is_negative();
        let (lower, upper) = if backwards { (BigInt::from(-1), &n - 1) } else { (BigInt::zero(), n.clone()) };
        let clip = |v: Option<BigInt>, default: &BigInt| match v {
            None => default.clone(),
            Some(v) if v.is_negative() => (v + &n).max(lower.clone()),
            Some(v) => v.min(upper.clone()),
        };
        let (a, b) = if backwards {
            (clip(lo, &upper), clip(hi, &lower))
        } else {
            (clip(lo, &lower), clip(hi, &upper))
        };
        let new_start = &start + &a * &step;
        let new_stop = &start + &b * &step;
        Ok(self.new_range(new_start, new_stop, step * by))
    }

    /// `a == b` for two ranges: the same items, as CPython compares them.
    pub(crate) fn ranges_equal(&self, a: ObjId, b: ObjId) -> bool {
        let (Some([s1, e1, t1]), Some([s2, e2, t2])) = (self.range_parts(a), self.range_parts(b)) else {
            return false;
        };
        let (n1, n2) = (long_len(&s1, &e1, &t1), long_len(&s2, &e2, &t2));
        n1 == n2 && (n1.is_zero() || (s1 == s2 && (n1.is_one() || t1 == t2)))
    }

    /// What a range hashes as, CPython's: the hash of `(len, start, step)`, with None for the
    /// parts the items do not depend on.
    pub(crate) fn range_hash_key(&mut self, id: ObjId) -> Value {
        let [start, stop, step] = self.range_parts(id).unwrap_or_default();
        let n = long_len(&start, &stop, &step);
        let items = if n.is_zero() {
            vec![Value::Int(0), Value::None, Value::None]
        } else if n.is_one() {
            vec![Value::Int(1), self.new_bigint(start), Value::None]
        } else {
            vec![self.new_bigint(n), self.new_bigint(start), self.new_bigint(step)]
        };
        self.new_tuple(items)
    }
}
