//! Operators and protocols: arithmetic, comparison, truth, hashing, containers, iteration,
//! `repr`/`str`, as CPython defines them for the builtin types, with dunder dispatch for others.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::object::code::{BinOp, CmpKind, UnOp};
use crate::object::dict::Table;
use crate::object::{DictIterKind, Iter, Object};
use crate::value::ObjId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The modulus of Python's numeric hash.
const HASH_MODULUS: i64 = (1 << 61) - 1;

/// A string's hash: fixed (CPython randomises it per process, so no output may depend on it).
pub fn str_hash(s: &str) -> i64 {
    // FNV-1a: fast and good enough for tables keyed mostly by identifiers.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let h = h as i64;
    if h == -1 { -2 } else { h }
}

pub fn int_hash(i: i64) -> i64 {
    let h = (i.unsigned_abs() % HASH_MODULUS as u64) as i64;
    let h = if i < 0 { -h } else { h };
    if h == -1 { -2 } else { h }
}

fn bigint_hash(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 { -2 } else { h }
}

/// CPython's hash of a float: equal to the hash of an equal int.
pub fn float_hash(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314_159 } else { -314_159 };
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return int_hash(x as i64);
    }
    let (mut m, mut e) = frexp(x.abs());
    let sign = if x < 0.0 { -1 } else { 1 };
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & HASH_MODULUS as u64) | (h >> (61 - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= HASH_MODULUS as u64 {
            h -= HASH_MODULUS as u64;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    h = ((h << e) & HASH_MODULUS as u64) | (h >> (61 - e));
    let h = h as i64 * sign;
    if h == -1 { -2 } else { h }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// A numeric operand, widened as Python widens it.
enum Num {
    Int(BigInt),
    Float(f64),
}

impl Vm {
    fn as_num(&self, v: Value) -> Option<Num> {
        match v {
            Value::Bool(b) => Some(Num::Int(BigInt::from(i64::from(b)))),
            Value::Int(i) => Some(Num::Int(BigInt::from(i))),
            Value::Float(f) => Some(Num::Float(f)),
            Value::Obj(id) => match self.heap.get(id) {
                Object::BigInt(b) => Some(Num::Int(b.clone())),
                _ => None,
            },
            Value::None => None,
        }
    }

    pub fn as_bigint(&self, v: Value) -> Option<BigInt> {
        match self.as_num(v) {
            Some(Num::Int(b)) => Some(b),
            _ => None,
        }
    }

    /// An int value as i64, if it is an int (or bool) and fits.
    pub fn as_i64(&self, v: Value) -> Option<i64> {
        match v {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(i64::from(b)),
            Value::Obj(id) => match self.heap.get(id) {
                Object::BigInt(b) => b.to_i64(),
                _ => None,
            },
            _ => None,
        }
    }

    /// An int value as i64, saturated when it does not fit (how CPython clamps slice bounds).
    pub fn as_i64_saturating(&self, v: Value) -> Option<i64> {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Object::BigInt(b) => {
                    Some(b.to_i64().unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }))
                }
                _ => None,
            },
            _ => self.as_i64(v),
        }
    }

    pub fn is_int(&self, v: Value) -> bool {
        matches!(v, Value::Int(_) | Value::Bool(_))
            || matches!(v.as_obj().map(|id| self.heap.get(id)), Some(Object::BigInt(_)))
            || (matches!(v, Value::Obj(_)) && self.isinstance(v, self.types.int))
    }

    pub fn binary_op(&mut self, a: Value, b: Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        // Fast path: small ints.
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::And => return Ok(Value::Bool(x & y)),
                BinOp::Or => return Ok(Value::Bool(x | y)),
                BinOp::Xor => return Ok(Value::Bool(x ^ y)),
                _ => {}
            }
        }
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            let r = match op {
                BinOp::Add => x.checked_add(y),
                BinOp::Sub => x.checked_sub(y),
                BinOp::Mul => x.checked_mul(y),
                BinOp::And => Some(x & y),
                BinOp::Or => Some(x | y),
                BinOp::Xor => Some(x ^ y),
                // Python rounds the quotient down and gives the remainder the divisor's sign.
                BinOp::FloorDiv if y != 0 => {
                    x.checked_div(y).map(|q| if x % y != 0 && ((x < 0) != (y < 0)) { q - 1 } else { q })
                }
                BinOp::Mod if y != 0 => {
                    x.checked_rem(y).map(|r| if r != 0 && ((r < 0) != (y < 0)) { r + y } else { r })
                }
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Value::Int(r));
            }
        }
        if let Some(r) = self.builtin_binary(a, b, op, inplace)? {
            return Ok(r);
        }
        if let Some((a, b)) = self.through_proxies(a, b)? {
            return self.binary_op(a, b, op, inplace);
        }
        let (name, rname, iname) = op.dunders();
        if inplace && let Some(r) = self.try_dunder(a, iname, &[b])? {
            return Ok(r);
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        // A subclass's reflected method goes first.
        let b_first = ta != tb && self.is_subtype(tb, ta) && self.has_attr_on_type(tb, rname);
        if b_first && let Some(r) = self.try_dunder(b, rname, &[a])? {
            return Ok(r);
        }
        if let Some(r) = self.try_dunder(a, name, &[b])? {
            return Ok(r);
        }
        if ta != tb
            && !b_first
            && let Some(r) = self.try_dunder(b, rname, &[a])?
        {
            return Ok(r);
        }
        let sym = if inplace { format!("{}=", op.symbol()) } else { op.symbol().to_string() };
        let (an, bn) = (self.type_name(a), self.type_name(b));
        let is_seq = |vm: &Vm, v: Value| {
            matches!(
                v.as_obj().map(|id| vm.heap.get(id)),
                Some(Object::Str(_) | Object::List(_) | Object::Tuple(_) | Object::Bytes(_))
            )
        };
        if op == BinOp::Mul && (is_seq(self, a) || is_seq(self, b)) {
            let other = if is_seq(self, a) { bn } else { an };
            return Err(
                self.new_exc("TypeError", &format!("can't multiply sequence by non-int of type '{other}'"))
            );
        }
        if op == BinOp::Pow && !inplace {
            return Err(self.new_exc(
                "TypeError",
                &format!("unsupported operand type(s) for ** or pow(): '{an}' and '{bn}'"),
            ));
        }
        Err(self.new_exc("TypeError", &format!("unsupported operand type(s) for {sym}: '{an}' and '{bn}'")))
    }

    pub(crate) fn has_attr_on_type(&self, t: ObjId, name: &str) -> bool {
        let Object::Type(ty) = self.heap.get(t) else { return false };
        ty.mro.iter().any(|&c| self.dict_get_str(self.type_obj(c).dict, name).is_some())
    }

    /// Calls the dunder `name` on `obj` if its type defines one; `None` if it does not exist or
    /// returned `NotImplemented`.
    pub fn try_dunder(&mut self, obj: Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        let t = self.type_of(obj);
        let found = {
            let Object::Type(ty) = self.heap.get(t) else { return Ok(None) };
            ty.mro.iter().find_map(|&c| self.dict_get_str(self.type_obj(c).dict, name))
        };
        let Some(f) = found else { return Ok(None) };
        if f == Value::None {
            return Ok(None);
        }
        // The builtin types' dunders exist for subclasses; builtin values themselves are
        // handled natively, and calling the dunder from here would only come back here.
        let container_dunder = matches!(f.as_obj().map(|id| self.heap.get(id)), Some(Object::Builtin(b))
            if b.name.split_once('.').is_some_and(|(t, _)| super::call::PAYLOAD_TYPES.contains(&t)));
        if container_dunder
            && !matches!(obj.as_obj().map(|id| self.heap.get(id)), Some(Object::Instance(i)) if i.base().is_some())
        {
            return Ok(None);
        }
        let f = self.share(f);
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(obj);
        full.extend_from_slice(args);
        let bound_call = match f.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::StaticMethod(s)) => {
                let s = *s;
                self.call(s, args, &[])
            }
            _ => self.call(f, &full, &[]),
        };
        self.decref(f);
        let r = bound_call?;
        if r.is(Value::Obj(self.not_implemented)) {
            self.decref(r);
            return Ok(None);
        }
        Ok(Some(r))
    }

    pub(crate) fn zero_division(&mut self, msg: &str) -> ObjId {
        self.new_exc("ZeroDivisionError", msg)
    }

    /// Arithmetic among the builtin types; `None` when the operand types are not builtin ones
    /// this operator applies to.
    /// A complex operand: a complex, or a real number widened.
    pub fn as_complex(&self, v: Value) -> Option<(f64, f64)> {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Complex { re, im } => Some((*re, *im)),
                Object::BigInt(b) => b.to_f64().map(|f| (f, 0.0)),
                _ => None,
            },
            Value::Int(i) => Some((i as f64, 0.0)),
            Value::Float(f) => Some((f, 0.0)),
            Value::Bool(b) => Some((f64::from(u8::from(b)), 0.0)),
            Value::None => None,
        }
    }

    fn is_complex(&self, v: Value) -> bool {
        matches!(v.as_obj().map(|id| self.heap.get(id)), Some(Object::Complex { .. }))
    }

    fn complex_op(&mut self, (a, b): (f64, f64), (c, d): (f64, f64), op: BinOp) -> PyResult<Option<Value>> {
        let (re, im) = match op {
            BinOp::Add => (a + c, b + d),
            BinOp::Sub => (a - c, b - d),
            BinOp::Mul => (a * c - b * d, a * d + b * c),
            BinOp::TrueDiv => {
                if c == 0.0 && d == 0.0 {
                    return Err(self.zero_division("complex division by zero"));
                }
                let den = c * c + d * d;
                ((a * c + b * d) / den, (b * c - a * d) / den)
            }
            BinOp::Pow => {
                if c == 0.0 && d == 0.0 {
                    (1.0, 0.0)
                } else if a == 0.0 && b == 0.0 {
                    if d != 0.0 || c < 0.0 {
                        return Err(self.zero_division("0.0 to a negative or complex power"));
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
        Ok(Some(self.alloc(Object::Complex { re, im })))
    }

    fn builtin_binary(&mut self, a: Value, b: Value, op: BinOp, inplace: bool) -> PyResult<Option<Value>> {
        if (self.is_complex(a) || self.is_complex(b))
            && let (Some(x), Some(y)) = (self.as_complex(a), self.as_complex(b))
        {
            return self.complex_op(x, y, op);
        }
        let a_user = matches!(a.as_obj().map(|id| self.heap.get(id)), Some(Object::Instance(_)));
        let b_user = matches!(b.as_obj().map(|id| self.heap.get(id)), Some(Object::Instance(_)));
        if !a_user
            && !b_user
            && let (Some(x), Some(y)) = (self.as_num(a), self.as_num(b))
        {
            return self.numeric(x, y, op).map(Some);
        }
        let (Value::Obj(ia), bv) = (a, b) else {
            // int * str and friends.
            if op == BinOp::Mul
                && self.is_repeatable(b)
                && let Some(n) = self.repeat_count(a)?
            {
                return self.repeat(b, n, false).map(Some);
            }
            return Ok(None);
        };
        if op == BinOp::Mul && self.is_repeatable(a) {
            if let Some(n) = self.repeat_count(bv)? {
                return self.repeat(a, n, inplace).map(Some);
            }
        } else if op == BinOp::Mul
            && self.is_repeatable(bv)
            && let Some(n) = self.repeat_count(a)?
        {
            // A big int on the left: `2**70 * 'a'`.
            return self.repeat(bv, n, false).map(Some);
        }
        match (self.heap.get(ia), op) {
            (Object::Str(x), BinOp::Add) => {
                if let Some(y) = self.str_of(bv) {
                    let s = format!("{}{}", x.s, y);
                    return Ok(Some(self.new_str(s)));
                }
                if !b_user {
                    let bn = self.type_name(bv);
                    return Err(
                        self.new_exc("TypeError", &format!("can only concatenate str (not \"{bn}\") to str"))
                    );
                }
            }
            (Object::Str(_), BinOp::Mod) => {
                let s = (self.slots.str_percent)(self, a, b)?;
                return Ok(Some(self.new_str(s)));
            }
            (Object::List(x), BinOp::Add) => {
                // In place, only the new items are touched: `l += chunk` in a loop is linear.
                if !inplace && let Some(Object::List(y)) = bv.as_obj().map(|id| self.heap.get(id)) {
                    let items: Vec<Value> = x.iter().chain(y.iter()).copied().collect();
                    for &v in &items {
                        self.incref(v);
                    }
                    return Ok(Some(self.new_list(items)));
                }
                if inplace {
                    let extra = self.iterate_to_vec(bv)?;
                    if let Object::List(l) = self.heap.get_mut(ia) {
                        l.extend(extra);
                    }
                    return Ok(Some(self.share(a)));
                }
                let bn = self.type_name(bv);
                return Err(
                    self.new_exc("TypeError", &format!("can only concatenate list (not \"{bn}\") to list"))
                );
            }
            (Object::Tuple(x), BinOp::Add) => {
                if let Some(Object::Tuple(y)) = bv.as_obj().map(|id| self.heap.get(id)) {
                    let items: Vec<Value> = x.iter().chain(y.iter()).copied().collect();
                    for &v in &items {
                        self.incref(v);
                    }
                    return Ok(Some(self.new_tuple(items)));
                }
            }
            (Object::Bytes(x), BinOp::Add) => {
                if let Some(Object::Bytes(y)) = bv.as_obj().map(|id| self.heap.get(id)) {
                    let v: Vec<u8> = x.iter().chain(y.iter()).copied().collect();
                    return Ok(Some(self.alloc(Object::Bytes(v))));
                }
            }
            (
                Object::DictView { kind: DictIterKind::Keys | DictIterKind::Items, .. },
                BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
            ) => {
                // As CPython: the view's items as a set, combined with the other iterable's.
                let left =
                    (self.slots.construct)(self, self.types.set, &[a], &[]).unwrap_or(Ok(Value::None))?;
                let right = match (self.slots.construct)(self, self.types.set, &[bv], &[])
                    .unwrap_or(Ok(Value::None))
                {
                    Ok(r) => r,
                    Err(e) => {
                        self.decref(left);
                        return Err(e);
                    }
                };
                let r = (self.slots.set_binary)(self, left, right, op, false);
                self.decref(left);
                self.decref(right);
                return r.map(Some);
            }
            (Object::Set { .. }, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
                if matches!(bv.as_obj().map(|id| self.heap.get(id)), Some(Object::Set { .. })) {
                    return (self.slots.set_binary)(self, a, b, op, inplace).map(Some);
                }
            }
            (Object::Dict(_), BinOp::Or) => {
                if matches!(bv.as_obj().map(|id| self.heap.get(id)), Some(Object::Dict(_))) {
                    let d = if inplace { self.share(a) } else { self.dict_copy(a)? };
                    self.dict_update(d, bv)?;
                    return Ok(Some(d));
                }
            }
            _ => {}
        }
        Ok(None)
    }

    /// A str, bytes, bytearray, list or tuple (not a subclass): what `*` repeats natively.
    fn is_repeatable(&self, v: Value) -> bool {
        matches!(
            v.as_obj().map(|id| self.heap.get(id)),
            Some(
                Object::Str(_) | Object::Bytes(_) | Object::ByteArray(_) | Object::List(_) | Object::Tuple(_)
            )
        )
    }

    /// The count of a repetition: an int that fits, CPython's `OverflowError` for one that
    /// does not, or `None` for what is not an int.
    fn repeat_count(&mut self, v: Value) -> PyResult<Option<i64>> {
        if matches!(v, Value::Obj(_))
            && !matches!(v.as_obj().map(|id| self.heap.get(id)), Some(Object::BigInt(_)))
        {
            return Ok(None);
        }
        match self.as_i64(v) {
            Some(n) => Ok(Some(n)),
            None if self.is_int(v) => {
                Err(self.new_exc("OverflowError", "cannot fit 'int' into an index-sized integer"))
            }
            None => Ok(None),
        }
    }

    /// `seq * n` (`inplace`: `seq *= n`, which changes a list or bytearray itself). The size
    /// is checked and allocated fallibly first: a script's count must raise CPython's
    /// `OverflowError` or `MemoryError`, never abort the process.
    fn repeat(&mut self, seq: Value, n: i64, inplace: bool) -> PyResult<Value> {
        let n = n.max(0) as usize;
        let id = seq.as_obj().unwrap_or(self.not_implemented);
        // Items (code points for a str) against CPython's bound, PY_SSIZE_T_MAX.
        let (count, unit) = match self.heap.get(id) {
            Object::Str(s) => (s.char_len(), s.s.len()),
            Object::Bytes(b) | Object::ByteArray(b) => (b.len(), b.len()),
            Object::List(l) | Object::Tuple(l) => (l.len(), l.len()),
            _ => (0, 0),
        };
        if n > 0 && count > i64::MAX as usize / n {
            return Err(match self.heap.get(id) {
                Object::Str(_) => self.new_exc("OverflowError", "repeated string is too long"),
                Object::Bytes(_) => self.new_exc("OverflowError", "repeated bytes are too long"),
                _ => self.memory_error(),
            });
        }
        let total = unit * n;
        match self.heap.get(id) {
            Object::Str(_) => {
                let mut out = self.try_vec::<u8>(total)?;
                if let Object::Str(s) = self.heap.get(id) {
                    fill_repeated(&mut out, s.s.as_bytes(), n);
                }
                let s = String::from_utf8(out).unwrap_or_default();
                Ok(self.new_str(s))
            }
            Object::Bytes(_) | Object::ByteArray(_) => {
                let mut out = self.try_vec::<u8>(total)?;
                let is_array = match self.heap.get(id) {
                    Object::Bytes(b) => {
                        fill_repeated(&mut out, b, n);
                        false
                    }
                    Object::ByteArray(b) => {
                        fill_repeated(&mut out, b, n);
                        true
                    }
                    _ => false,
                };
                if inplace && is_array {
                    if let Object::ByteArray(b) = self.heap.get_mut(id) {
                        *b = out;
                    }
                    return Ok(self.share(seq));
                }
                Ok(self.alloc(if is_array { Object::ByteArray(out) } else { Object::Bytes(out) }))
            }
            Object::List(_) | Object::Tuple(_) => {
                let is_list = matches!(self.heap.get(id), Object::List(_));
                if inplace && is_list && n == 0 {
                    // CPython clears the list, releasing its items last to first.
                    let items = match self.heap.get_mut(id) {
                        Object::List(l) => std::mem::take(l),
                        _ => Vec::new(),
                    };
                    super::collect::release_in_order(self, items.into_iter().rev().collect());
                    return Ok(self.share(seq));
                }
                let mut out = self.try_vec::<Value>(total)?;
                if let Object::List(l) | Object::Tuple(l) = self.heap.get(id) {
                    fill_repeated(&mut out, l, n);
                }
                if inplace && is_list {
                    // The list keeps its own references; the copies after them are new ones.
                    for &v in &out[count.min(out.len())..] {
                        self.incref(v);
                    }
                    if let Object::List(l) = self.heap.get_mut(id) {
                        *l = out;
                    }
                    return Ok(self.share(seq));
                }
                for &v in &out {
                    self.incref(v);
                }
                Ok(if is_list { self.new_list(out) } else { self.new_tuple(out) })
            }
            _ => Ok(self.share(seq)),
        }
    }

    fn numeric(&mut self, x: Num, y: Num, op: BinOp) -> PyResult<Value> {
        match (x, y) {
            (Num::Int(a), Num::Int(b)) => self.int_op(a, b, op),
            (x, y) => {
                let a = num_to_f64(&x);
                let b = num_to_f64(&y);
                let (Some(a), Some(b)) = (a, b) else {
                    return Err(self.new_exc("OverflowError", "int too large to convert to float"));
                };
                self.float_op(a, b, op)
            }
        }
    }

    fn int_op(&mut self, a: BigInt, b: BigInt, op: BinOp) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => a * b,
            BinOp::FloorDiv => {
                if b.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                a.div_floor(&b)
            }
            BinOp::Mod => {
                if b.is_zero() {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                a.mod_floor(&b)
            }
            BinOp::TrueDiv => {
                if b.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                return match int_true_divide(&a, &b) {
                    Some(q) => Ok(Value::Float(q)),
                    None => {
                        Err(self.new_exc("OverflowError", "integer division result too large for a float"))
                    }
                };
            }
            BinOp::Pow => {
                if b.is_negative() {
                    let (fa, fb) = (a.to_f64().unwrap_or(0.0), b.to_f64().unwrap_or(0.0));
                    if fa == 0.0 {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return self.float_pow(fa, fb);
                }
                let Some(e) = b.to_u32() else {
                    return Err(self.new_exc("OverflowError", "exponent too large"));
                };
                num_traits::pow::Pow::pow(a, e)
            }
            BinOp::LShift => {
                if b.is_negative() {
                    return Err(self.new_exc("ValueError", "negative shift count"));
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
                    return Err(self.new_exc("OverflowError", "too many digits in integer"));
                };
                drop(self.try_vec::<u32>(digits as usize)?);
                a << b.to_u64().unwrap_or(0)
            }
            BinOp::RShift => {
                if b.is_negative() {
                    return Err(self.new_exc("ValueError", "negative shift count"));
                }
                a >> b.to_usize().unwrap_or(usize::MAX >> 1)
            }
            BinOp::And => a & b,
            BinOp::Or => a | b,
            BinOp::Xor => a ^ b,
            BinOp::MatMul => {
                return Err(self.new_exc("TypeError", "unsupported operand type(s) for @: 'int' and 'int'"));
            }
        };
        Ok(self.new_bigint(r))
    }

    fn float_op(&mut self, a: f64, b: f64, op: BinOp) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => a * b,
            BinOp::TrueDiv => {
                if b == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                a / b
            }
            BinOp::FloorDiv => {
                if b == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                (a / b).floor()
            }
            BinOp::Mod => {
                if b == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                let m = a % b;
                if m != 0.0 && ((m < 0.0) != (b < 0.0)) {
                    m + b
                } else if m == 0.0 {
                    0.0f64.copysign(b)
                } else {
                    m
                }
            }
            BinOp::Pow => return self.float_pow(a, b),
            _ => {
                let (sym, an) = (op.symbol(), "float");
                return Err(self.new_exc(
                    "TypeError",
                    &format!("unsupported operand type(s) for {sym}: '{an}' and 'float'"),
                ));
            }
        };
        Ok(Value::Float(r))
    }

    /// `a ** b` for floats, with CPython's errors: a negative base to a fractional power is a
    /// complex number, zero to a negative power divides by zero, and a finite result too large
    /// for a float overflows (C's `pow` sets `ERANGE`; CPython raises it as `OverflowError`).
    fn float_pow(&mut self, a: f64, b: f64) -> PyResult<Value> {
        if b == 0.0 {
            return Ok(Value::Float(1.0));
        }
        if a.is_nan() || b.is_nan() || a.is_infinite() || b.is_infinite() {
            // IEEE's special cases are Python's: 1 ** nan is 1, 0 ** -inf is inf, and so on.
            return Ok(Value::Float(a.powf(b)));
        }
        if a == 0.0 && b < 0.0 {
            return Err(self.zero_division("0.0 cannot be raised to a negative power"));
        }
        if a < 0.0 && b.fract() != 0.0 {
            return Ok(self.complex_op((a, 0.0), (b, 0.0), BinOp::Pow)?.unwrap_or(Value::None));
        }
        let r = a.powf(b);
        if r.is_infinite() {
            let code = Value::Int(34);
            let text = self.new_str("Numerical result out of range");
            let args = self.new_tuple(vec![code, text]);
            return Err(self.new_exc_args("OverflowError", args));
        }
        Ok(Value::Float(r))
    }

    pub fn unary_op(&mut self, a: Value, op: UnOp) -> PyResult<Value> {
        if op == UnOp::Not {
            return Ok(Value::Bool(!self.truthy(a)?));
        }
        match (op, a) {
            (UnOp::Neg, Value::Int(i)) if i != i64::MIN => return Ok(Value::Int(-i)),
            (UnOp::Neg, Value::Float(f)) => return Ok(Value::Float(-f)),
            (UnOp::Pos, Value::Int(_) | Value::Float(_)) => return Ok(a),
            (UnOp::Pos, Value::Bool(b)) => return Ok(Value::Int(i64::from(b))),
            (UnOp::Invert, Value::Int(i)) => return Ok(Value::Int(!i)),
            _ => {}
        }
        if let Some(Object::Complex { re, im }) = a.as_obj().map(|id| self.heap.get(id)) {
            let (re, im) = (*re, *im);
            return Ok(match op {
                UnOp::Neg => self.alloc(Object::Complex { re: -re, im: -im }),
                UnOp::Pos => self.alloc(Object::Complex { re, im }),
                _ => return Err(self.new_exc("TypeError", "bad operand type for unary ~: 'complex'")),
            });
        }
        if let Some(b) = self.as_bigint(a)
            && !matches!(a.as_obj().map(|id| self.heap.get(id)), Some(Object::Instance(_)))
        {
            let r = match op {
                UnOp::Neg => -b,
                UnOp::Pos => b,
                _ => !b,
            };
            return Ok(self.new_bigint(r));
        }
        let name = match op {
            UnOp::Neg => "__neg__",
            UnOp::Pos => "__pos__",
            _ => "__invert__",
        };
        if let Some(r) = self.try_dunder(a, name, &[])? {
            return Ok(r);
        }
        let sym = match op {
            UnOp::Neg => "-",
            UnOp::Pos => "+",
            _ => "~",
        };
        let tn = self.type_name(a);
        Err(self.new_exc("TypeError", &format!("bad operand type for unary {sym}: '{tn}'")))
    }

    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::Obj(id) => match self.heap.get(id) {
                Object::Str(s) => !s.s.is_empty(),
                Object::Bytes(b) | Object::ByteArray(b) => !b.is_empty(),
                Object::BigInt(b) => !b.is_zero(),
                Object::Complex { re, im } => *re != 0.0 || *im != 0.0,
                Object::Tuple(t) | Object::List(t) => !t.is_empty(),
                Object::Dict(d) => !d.is_empty(),
                Object::DictView { dict, .. } => {
                    matches!(self.heap.get(*dict), Object::Dict(d) if !d.is_empty())
                }
                Object::Set { table, .. } => !table.is_empty(),
                Object::Range { start, stop, step } => range_len(*start, *stop, *step) > 0,
                Object::WeakRef(w) if w.kind != crate::object::WeakKind::Ref => {
                    let target = crate::vm::weakref::proxy_target(self, id)?;
                    return self.truthy(target);
                }
                Object::Instance(_) => {
                    if let Some(r) = self.try_dunder(v, "__bool__", &[])? {
                        let b = matches!(r, Value::Bool(true));
                        if !matches!(r, Value::Bool(_)) {
                            let tn = self.type_name(r);
                            self.decref(r);
                            return Err(self.new_exc(
                                "TypeError",
                                &format!("__bool__ should return bool, returned {tn}"),
                            ));
                        }
                        return Ok(b);
                    }
                    if let Some(r) = self.try_dunder(v, "__len__", &[])? {
                        let n = self.as_i64(r).unwrap_or(0);
                        self.decref(r);
                        return Ok(n != 0);
                    }
                    true
                }
                _ => true,
            },
        })
    }

    /// Operands that are weak proxies stand for their referents (`ReferenceError` once dead):
    /// both operands, or `None` when neither is a proxy.
    fn through_proxies(&mut self, a: Value, b: Value) -> PyResult<Option<(Value, Value)>> {
        let proxy = |vm: &Vm, v: Value| {
            v.as_obj().filter(
                |&id| matches!(vm.heap.get(id), Object::WeakRef(w) if w.kind != crate::object::WeakKind::Ref),
            )
        };
        let (pa, pb) = (proxy(self, a), proxy(self, b));
        if pa.is_none() && pb.is_none() {
            return Ok(None);
        }
        let a = match pa {
            Some(p) => crate::vm::weakref::proxy_target(self, p)?,
            None => a,
        };
        let b = match pb {
            Some(p) => crate::vm::weakref::proxy_target(self, p)?,
            None => b,
        };
        Ok(Some((a, b)))
    }

    pub fn compare(&mut self, a: Value, b: Value, op: CmpKind) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Value::Bool(cmp_result(x.cmp(&y), op)));
        }
        if let Some(r) = self.builtin_compare(a, b, op)? {
            return Ok(Value::Bool(r));
        }
        if let Some((a, b)) = self.through_proxies(a, b)? {
            return self.compare(a, b, op);
        }
        let (name, reflected) = op.dunders();
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let b_first = ta != tb && self.is_subtype(tb, ta);
        if b_first && let Some(r) = self.try_dunder(b, reflected, &[a])? {
            return Ok(r);
        }
        if let Some(r) = self.try_dunder(a, name, &[b])? {
            return Ok(r);
        }
        if !b_first && let Some(r) = self.try_dunder(b, reflected, &[a])? {
            return Ok(r);
        }
        // `!=` without `__ne__` is the negation of `==` (object.__ne__).
        if op == CmpKind::Ne {
            let eq = if b_first { self.try_dunder(b, "__eq__", &[a])? } else { None };
            let eq = match eq {
                Some(r) => Some(r),
                None => match self.try_dunder(a, "__eq__", &[b])? {
                    Some(r) => Some(r),
                    None if !b_first => self.try_dunder(b, "__eq__", &[a])?,
                    None => None,
                },
            };
            if let Some(r) = eq {
                let t = self.truthy(r);
                self.decref(r);
                return Ok(Value::Bool(!t?));
            }
        }
        match op {
            CmpKind::Eq => Ok(Value::Bool(a.is(b))),
            CmpKind::Ne => Ok(Value::Bool(!a.is(b))),
            _ => {
                let (an, bn) = (self.type_name(a), self.type_name(b));
                Err(self.new_exc(
                    "TypeError",
                    &format!("'{}' not supported between instances of '{an}' and '{bn}'", op.symbol()),
                ))
            }
        }
    }

    /// Comparison among builtin types; `None` when a dunder method must decide.
    fn builtin_compare(&mut self, a: Value, b: Value, op: CmpKind) -> PyResult<Option<bool>> {
        let user =
            |v: Value, vm: &Vm| matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_)));
        if user(a, self) || user(b, self) {
            return Ok(None);
        }
        if (self.is_complex(a) || self.is_complex(b))
            && let (Some(x), Some(y)) = (self.as_complex(a), self.as_complex(b))
        {
            return Ok(match op {
                CmpKind::Eq => Some(x == y),
                CmpKind::Ne => Some(x != y),
                _ => None,
            });
        }
        if let (Some(x), Some(y)) = (self.as_num(a), self.as_num(b)) {
            let ord = match (&x, &y) {
                (Num::Int(p), Num::Int(q)) => Some(p.cmp(q)),
                _ => {
                    let (p, q) =
                        (num_to_f64(&x).unwrap_or(f64::INFINITY), num_to_f64(&y).unwrap_or(f64::INFINITY));
                    p.partial_cmp(&q)
                }
            };
            return Ok(Some(match ord {
                Some(o) => cmp_result(o, op),
                None => op == CmpKind::Ne,
            }));
        }
        let (Value::Obj(ia), Value::Obj(ib)) = (a, b) else {
            return Ok(match op {
                CmpKind::Eq => Some(a.is(b)),
                CmpKind::Ne => Some(!a.is(b)),
                _ => None,
            });
        };
        match (self.heap.get(ia), self.heap.get(ib)) {
            (Object::Str(x), Object::Str(y)) => Ok(Some(cmp_result(x.s.cmp(&y.s), op))),
            (Object::Bytes(x) | Object::ByteArray(x), Object::Bytes(y) | Object::ByteArray(y)) => {
                Ok(Some(cmp_result(x.cmp(y), op)))
            }
            (Object::List(x), Object::List(y)) | (Object::Tuple(x), Object::Tuple(y)) => {
                let (x, y) = (x.clone(), y.clone());
                self.sequence_compare(&x, &y, op).map(Some)
            }
            (Object::Dict(_), Object::Dict(_)) if matches!(op, CmpKind::Eq | CmpKind::Ne) => {
                let eq = self.dict_equal(a, b)?;
                Ok(Some(eq == (op == CmpKind::Eq)))
            }
            (Object::Set { .. }, Object::Set { .. }) => (self.slots.set_compare)(self, a, b, op).map(Some),
            (Object::Range { .. }, Object::Range { .. }) | (Object::Slice { .. }, Object::Slice { .. }) => {
                if matches!(op, CmpKind::Eq | CmpKind::Ne) {
                    let eq = self.repr(a)? == self.repr(b)?;
                    Ok(Some(eq == (op == CmpKind::Eq)))
                } else {
                    Ok(None)
                }
            }
            (Object::Instance(_), _) | (_, Object::Instance(_)) => Ok(None),
            (Object::WeakRef(w), _) | (_, Object::WeakRef(w)) if w.kind != crate::object::WeakKind::Ref => {
                Ok(None)
            }
            // Bound methods are equal when bound to the same object and equal functions.
            (
                Object::BoundMethod { receiver: r1, func: f1 },
                Object::BoundMethod { receiver: r2, func: f2 },
            ) if matches!(op, CmpKind::Eq | CmpKind::Ne) => {
                let (same_self, f1, f2) = (r1.is(*r2), *f1, *f2);
                let same = same_self && self.eq(f1, f2)?;
                Ok(Some(same == (op == CmpKind::Eq)))
            }
            (Object::WeakRef(x), Object::WeakRef(y))
                if matches!(op, CmpKind::Eq | CmpKind::Ne)
                    && x.kind == crate::object::WeakKind::Ref
                    && y.kind == crate::object::WeakKind::Ref =>
            {
                let same = crate::vm::weakref::weakref_eq(self, ia, ib)?;
                Ok(Some(same == (op == CmpKind::Eq)))
            }
            _ => Ok(match op {
                CmpKind::Eq => Some(ia == ib),
                CmpKind::Ne => Some(ia != ib),
                _ => None,
            }),
        }
    }

    fn sequence_compare(&mut self, x: &[Value], y: &[Value], op: CmpKind) -> PyResult<bool> {
        if self.stack_exhausted() {
            return Err(self.new_exc("RecursionError", "maximum recursion depth exceeded in comparison"));
        }
        self.depth += 1;
        let r = self.sequence_compare_items(x, y, op);
        self.depth -= 1;
        r
    }

    fn sequence_compare_items(&mut self, x: &[Value], y: &[Value], op: CmpKind) -> PyResult<bool> {
        for (p, q) in x.iter().zip(y) {
            if p.is(*q) {
                continue;
            }
            if !self.eq(*p, *q)? {
                return match op {
                    CmpKind::Eq => Ok(false),
                    CmpKind::Ne => Ok(true),
                    _ => {
                        let r = self.compare(*p, *q, op)?;
                        let t = self.truthy(r);
                        self.decref(r);
                        t
                    }
                };
            }
        }
        Ok(cmp_result(x.len().cmp(&y.len()), op))
    }

    fn dict_equal(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let (ea, lb) = match (
            self.heap.get(a.as_obj().unwrap_or(self.not_implemented)),
            self.heap.get(b.as_obj().unwrap_or(self.not_implemented)),
        ) {
            (Object::Dict(x), Object::Dict(y)) => {
                (x.iter().map(|(_, e)| (e.key, e.hash, e.value)).collect::<Vec<_>>(), y.len())
            }
            _ => return Ok(false),
        };
        if ea.len() != lb {
            return Ok(false);
        }
        for (k, h, v) in ea {
            // Held while `__eq__` runs, which may change either dict. The stored hash is used,
            // as CPython does: `__hash__` is not called.
            self.incref(k);
            self.incref(v);
            let r = self.dict_get_hashed(b, k, h).and_then(|w| match w {
                Some(w) => {
                    self.incref(w);
                    let r = self.eq(v, w);
                    self.decref(w);
                    r
                }
                None => Ok(false),
            });
            self.decref(k);
            self.decref(v);
            if !r? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a.is(b) && !matches!(a, Value::Float(f) if f.is_nan()) {
            return Ok(true);
        }
        let r = self.compare(a, b, CmpKind::Eq)?;
        let t = self.truthy(r);
        self.decref(r);
        t
    }

    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        Ok(match v {
            Value::None => 0x0fe3_9c34,
            Value::Bool(b) => i64::from(b),
            Value::Int(i) => int_hash(i),
            Value::Float(f) => float_hash(f),
            Value::Obj(id) => match self.heap.get(id) {
                Object::Str(s) => {
                    if let Some(h) = s.hash.get() {
                        return Ok(h);
                    }
                    let h = str_hash(&s.s);
                    s.hash.set(Some(h));
                    h
                }
                Object::Bytes(b) => str_hash(&String::from_utf8_lossy(b)),
                Object::BigInt(b) => bigint_hash(b),
                Object::Complex { re, im } => {
                    let h = float_hash(*re).wrapping_add(float_hash(*im).wrapping_mul(1_000_003));
                    if h == -1 { -2 } else { h }
                }
                Object::Tuple(items) => {
                    let items = items.clone();
                    if self.stack_exhausted() {
                        return Err(self.new_exc("RecursionError", "maximum recursion depth exceeded"));
                    }
                    let mut acc: u64 = 0x27D4_EB2F_1656_67C5;
                    self.depth += 1;
                    for item in items {
                        let h = match self.hash(item) {
                            Ok(h) => h as u64,
                            Err(e) => {
                                self.depth -= 1;
                                return Err(e);
                            }
                        };
                        acc = acc.wrapping_add(h.wrapping_mul(0xC2B2_AE3D_27D4_EB4F));
                        acc = acc.rotate_left(31).wrapping_mul(0x9E37_79B1_85EB_CA87);
                    }
                    self.depth -= 1;
                    let h = acc as i64;
                    if h == -1 { 1_546_275_796 } else { h }
                }
                Object::Set { frozen: true, table } => {
                    // CPython's frozenset hash: order-independent, from the element hashes.
                    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
                    let mut h: u64 = 0;
                    for (eh, _) in table.entries() {
                        h ^= shuffle(eh as u64);
                    }
                    h ^= (table.len() as u64 + 1).wrapping_mul(1_927_868_237);
                    h ^= (h >> 11) ^ (h >> 25);
                    h = h.wrapping_mul(69069).wrapping_add(907_133_923);
                    let h = h as i64;
                    if h == -1 { 590_923_713 } else { h }
                }
                Object::WeakRef(w) if w.kind == crate::object::WeakKind::Ref => {
                    return crate::vm::weakref::weakref_hash(self, id);
                }
                Object::WeakRef(_) => {
                    // CPython names the proxy types with their module here.
                    let tn = self.type_name(v);
                    return Err(self.new_exc("TypeError", &format!("unhashable type: 'weakref.{tn}'")));
                }
                Object::List(_)
                | Object::Dict(_)
                | Object::Set { frozen: false, .. }
                | Object::ByteArray(_) => {
                    let tn = self.type_name(v);
                    return Err(self.new_exc("TypeError", &format!("unhashable type: '{tn}'")));
                }
                Object::Instance(_) => {
                    let t = self.type_of(v);
                    let hash_fn = {
                        let Object::Type(ty) = self.heap.get(t) else { return Ok(0) };
                        ty.mro.iter().find_map(|&c| self.dict_get_str(self.type_obj(c).dict, "__hash__"))
                    };
                    match hash_fn {
                        Some(Value::None) => {
                            let tn = self.type_name(v);
                            return Err(self.new_exc("TypeError", &format!("unhashable type: '{tn}'")));
                        }
                        Some(f)
                            if !matches!(
                                f.as_obj().map(|id| self.heap.get(id)),
                                Some(Object::Builtin(_))
                            ) =>
                        {
                            let f = self.share(f);
                            let r = self.call(f, &[v], &[]);
                            self.decref(f);
                            let r = r?;
                            let h = self.as_i64(r);
                            self.decref(r);
                            match h {
                                Some(h) => int_hash(h),
                                None => {
                                    return Err(
                                        self.new_exc("TypeError", "__hash__ method should return an integer")
                                    );
                                }
                            }
                        }
                        _ => (id.index() as i64) << 4,
                    }
                }
                _ => (id.index() as i64) << 4,
            },
        })
    }

    // ---- dict and set tables -----------------------------------------------------------------

    /// The slot holding `key`, if any. A key's `__eq__` may mutate the table it is being looked
    /// up in; then the lookup starts again, as CPython's dict lookup does, so a slot returned is
    /// always current.
    fn table_find(&mut self, container: ObjId, key: Value, hash: i64) -> PyResult<Option<usize>> {
        'restart: loop {
            let stamp = self.table_stamp(container);
            // Candidates are taken one at a time, stopping at the key: collecting them all first
            // made every lookup walk the whole probe sequence. After a comparison (which may
            // run Python code) the walk starts again and skips the candidates already refused.
            let mut refused = 0;
            loop {
                let next = match self.heap.get(container) {
                    Object::Dict(t) => {
                        t.candidates(hash).filter_map(|i| t.entry(i).map(|e| (i, e.key))).nth(refused)
                    }
                    Object::Set { table, .. } => table
                        .candidates(hash)
                        .into_iter()
                        .filter_map(|i| table.key_at(i).map(|k| (i, k)))
                        .nth(refused),
                    _ => return Ok(None),
                };
                let Some((i, k)) = next else { return Ok(None) };
                if k.is(key) {
                    return Ok(Some(i));
                }
                // The comparison may drop the table's reference to `k`: hold one meanwhile.
                self.incref(k);
                let equal = self.eq(k, key);
                self.decref(k);
                let equal = equal?;
                if self.table_stamp(container) != stamp {
                    continue 'restart;
                }
                if equal {
                    return Ok(Some(i));
                }
                refused += 1;
            }
        }
    }

    /// Changes whenever the table's slots may have moved: a dict's version, a set's size and
    /// capacity.
    fn table_stamp(&self, container: ObjId) -> (u64, usize) {
        match self.heap.get(container) {
            Object::Dict(t) => (t.version(), 0),
            Object::Set { table, .. } => (table.len() as u64, table.capacity()),
            _ => (0, 0),
        }
    }

    fn table_mut(&mut self, id: ObjId) -> Option<&mut Table> {
        match self.heap.get_mut(id) {
            Object::Dict(t) => Some(t),
            _ => None,
        }
    }

    /// `d[key] = value` (both borrowed).
    /// A new dict with the items of `d` (a dict, or any mapping `dict.update` accepts).
    pub fn dict_copy(&mut self, d: Value) -> PyResult<Value> {
        let nd = Value::Obj(self.new_dict());
        self.dict_update(nd, d)?;
        Ok(nd)
    }

    pub fn dict_set(&mut self, d: Value, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        self.dict_set_hashed(d, key, h, value)
    }

    /// `dict_set` with the key's hash known (kept by the dict it comes from: CPython does not
    /// call `__hash__` again when it merges one dict into another).
    pub fn dict_set_hashed(&mut self, d: Value, key: Value, h: i64, value: Value) -> PyResult<()> {
        let Some(id) = d.as_obj() else { return Ok(()) };
        let found = self.table_find(id, key, h)?;
        self.incref(value);
        match found {
            Some(i) => {
                // `table_find` returns only live slots; were it not, the new value is dropped.
                let old = self.table_mut(id).and_then(|t| t.set_value(i, value)).unwrap_or(value);
                self.decref(old);
            }
            None => {
                self.incref(key);
                if let Some(t) = self.table_mut(id) {
                    t.push(h, key, value);
                }
            }
        }
        self.heap.maybe_track(id, key, value);
        Ok(())
    }

    /// `d.get(key)`, borrowed.
    pub fn dict_get(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        self.dict_get_hashed(d, key, h)
    }

    /// `dict_get` with the key's hash known.
    pub fn dict_get_hashed(&mut self, d: Value, key: Value, h: i64) -> PyResult<Option<Value>> {
        let Some(id) = d.as_obj() else { return Ok(None) };
        let i = self.table_find(id, key, h)?;
        Ok(i.and_then(|i| match self.heap.get(id) {
            Object::Dict(t) => t.entry(i).map(|e| e.value),
            _ => None,
        }))
    }

    /// Removes `key`; returns the value (owned) if it was there.
    pub fn dict_remove(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let Some(id) = d.as_obj() else { return Ok(None) };
        let h = self.hash(key)?;
        let Some(i) = self.table_find(id, key, h)? else { return Ok(None) };
        let e = self.table_mut(id).and_then(|t| t.remove(i));
        Ok(e.map(|e| {
            self.decref(e.key);
            e.value
        }))
    }

    pub fn set_add(&mut self, s: Value, key: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        self.set_add_hashed(s, key, h)
    }

    /// `set_add` with the key's hash known (kept by the set it comes from).
    pub fn set_add_hashed(&mut self, s: Value, key: Value, h: i64) -> PyResult<()> {
        let Some(id) = s.as_obj() else { return Ok(()) };
        if self.table_find(id, key, h)?.is_none() {
            self.incref(key);
            if let Object::Set { table, .. } = self.heap.get_mut(id) {
                table.insert(h, key);
            }
        }
        Ok(())
    }

    pub fn set_contains(&mut self, s: Value, key: Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        self.set_contains_hashed(s, key, h)
    }

    pub fn set_contains_hashed(&mut self, s: Value, key: Value, h: i64) -> PyResult<bool> {
        let Some(id) = s.as_obj() else { return Ok(false) };
        Ok(self.table_find(id, key, h)?.is_some())
    }

    pub fn set_discard(&mut self, s: Value, key: Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        self.set_discard_hashed(s, key, h)
    }

    /// `set_discard` with the key's hash known (kept by the set it comes from).
    pub fn set_discard_hashed(&mut self, s: Value, key: Value, h: i64) -> PyResult<bool> {
        let Some(id) = s.as_obj() else { return Ok(false) };
        let Some(i) = self.table_find(id, key, h)? else { return Ok(false) };
        let removed = match self.heap.get_mut(id) {
            Object::Set { table, .. } => table.remove(i),
            _ => Value::None,
        };
        self.decref(removed);
        Ok(true)
    }

    /// `d.update(other)`: from a dict, or from an iterable of pairs.
    pub fn dict_update(&mut self, d: Value, other: Value) -> PyResult<()> {
        let entries: Vec<(Value, i64, Value)> = match other.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Dict(t)) => t.iter().map(|(_, e)| (e.key, e.hash, e.value)).collect(),
            _ => {
                if self.has_attr_on_type(self.type_of(other), "keys") {
                    let keys = self.getattr_str(other, "keys")?;
                    let ks = self.call(keys, &[], &[]);
                    self.decref(keys);
                    let ks = ks?;
                    let items = self.iterate_to_vec(ks);
                    self.decref(ks);
                    for k in items? {
                        let v = self.getitem(other, k)?;
                        self.dict_set(d, k, v)?;
                        self.decref(k);
                        self.decref(v);
                    }
                    return Ok(());
                }
                // Pair by pair, as they come (the iterable may be a generator).
                let it = self.get_iter(other)?;
                let mut n = 0;
                let r = loop {
                    let item = match self.next(it) {
                        Ok(Some(item)) => item,
                        Ok(None) => break Ok(()),
                        Err(e) => break Err(e),
                    };
                    let r = self.dict_set_pair(d, item, n);
                    self.decref(item);
                    if r.is_err() {
                        break r;
                    }
                    n += 1;
                };
                self.decref(it);
                return r;
            }
        };
        for &(k, _, v) in &entries {
            self.incref(k);
            self.incref(v);
        }
        let mut entries = entries.into_iter();
        while let Some((k, h, v)) = entries.next() {
            let r = self.dict_set_hashed(d, k, h, v);
            self.decref(k);
            self.decref(v);
            if let Err(e) = r {
                for (k, _, v) in entries {
                    self.decref(k);
                    self.decref(v);
                }
                return Err(e);
            }
        }
        Ok(())
    }

    /// One element of `dict.update(pairs)`: a `(key, value)` sequence, the `n`th.
    fn dict_set_pair(&mut self, d: Value, item: Value, n: usize) -> PyResult<()> {
        let it = match self.get_iter(item) {
            Ok(it) => it,
            Err(e) => {
                if !self.isinstance(Value::Obj(e), self.exc_type("TypeError")) {
                    return Err(e);
                }
                self.decref_id(e);
                let msg = format!("cannot convert dictionary update sequence element #{n} to a sequence");
                return Err(self.new_exc("TypeError", &msg));
            }
        };
        let pair = self.iterate_to_vec(it);
        self.decref(it);
        let pair = pair?;
        if pair.len() != 2 {
            let len = pair.len();
            for p in pair {
                self.decref(p);
            }
            let msg = format!("dictionary update sequence element #{n} has length {len}; 2 is required");
            return Err(self.new_exc("ValueError", &msg));
        }
        let r = self.dict_set(d, pair[0], pair[1]);
        self.decref(pair[0]);
        self.decref(pair[1]);
        r
    }

    /// Merges a mapping into a call's keyword dict, rejecting keys given twice as CPython does.
    pub fn dict_merge(&mut self, d: Value, other: Value, func: Value) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match other.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Dict(t)) => t.iter().map(|(_, e)| (e.key, e.value)).collect(),
            _ => {
                let tn = self.type_name(other);
                let f = self.function_str(func);
                return Err(
                    self.new_exc("TypeError", &format!("{f} argument after ** must be a mapping, not {tn}"))
                );
            }
        };
        for (k, v) in pairs {
            if self.dict_get(d, k)?.is_some() {
                let f = self.function_str(func);
                let key = self.str(k)?;
                return Err(self
                    .new_exc("TypeError", &format!("{f} got multiple values for keyword argument '{key}'")));
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    /// How CPython names a callable in call errors: `module.qualname()`.
    pub fn function_str(&mut self, func: Value) -> String {
        match func.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Function(f)) => {
                let module = self.str_of(f.module).unwrap_or("").to_string();
                if module.is_empty() || module == "builtins" {
                    format!("{}()", f.qualname)
                } else {
                    format!("{module}.{}()", f.qualname)
                }
            }
            Some(Object::Builtin(b)) => format!("{}()", b.name),
            _ => format!("{}()", self.repr(func).unwrap_or_default()),
        }
    }

    // ---- Containers --------------------------------------------------------------------------

    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Value::Obj(id) = container {
            match self.heap.get(id) {
                Object::WeakRef(w) if w.kind != crate::object::WeakKind::Ref => {
                    let t = crate::vm::weakref::proxy_target(self, id)?;
                    return self.contains(t, item);
                }
                Object::Str(s) => {
                    let Some(sub) = self.str_of(item) else {
                        let tn = self.type_name(item);
                        return Err(self.new_exc(
                            "TypeError",
                            &format!("'in <string>' requires string as left operand, not {tn}"),
                        ));
                    };
                    return Ok(s.s.contains(sub));
                }
                Object::List(v) | Object::Tuple(v) => {
                    let v = v.clone();
                    for x in v {
                        if x.is(item) || self.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Object::Bytes(hay) | Object::ByteArray(hay) => {
                    if let Some(n) = self.as_i64(item) {
                        return Ok(hay.iter().any(|&b| i64::from(b) == n));
                    }
                    let needle = match item.as_obj().map(|i| self.heap.get(i)) {
                        Some(Object::Bytes(n) | Object::ByteArray(n)) => n.clone(),
                        _ => return Err(self.new_exc("TypeError", "a bytes-like object is required")),
                    };
                    return Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle.as_slice()));
                }
                Object::Dict(_) | Object::Set { .. } => {
                    let h = self.hash(item)?;
                    return Ok(self.table_find(id, item, h)?.is_some());
                }
                Object::DictView { dict, kind: DictIterKind::Keys } => {
                    let d = *dict;
                    let h = self.hash(item)?;
                    return Ok(self.table_find(d, item, h)?.is_some());
                }
                Object::DictView { dict, kind: DictIterKind::Items } => {
                    let d = *dict;
                    let pair = match item.as_obj().map(|i| self.heap.get(i)) {
                        Some(Object::Tuple(t)) if t.len() == 2 => (t[0], t[1]),
                        _ => return Ok(false),
                    };
                    return match self.dict_get(Value::Obj(d), pair.0)? {
                        Some(v) => self.eq(v, pair.1),
                        None => Ok(false),
                    };
                }
                Object::Range { start, stop, step } => {
                    let (start, stop, step) = (*start, *stop, *step);
                    if let Some(i) = self.as_i64(item) {
                        let inside = if step > 0 { i >= start && i < stop } else { i <= start && i > stop };
                        return Ok(inside && (i - start) % step == 0);
                    }
                }
                _ => {}
            }
            if let Some(r) = self.try_dunder(container, "__contains__", &[item])? {
                let t = self.truthy(r);
                self.decref(r);
                return t;
            }
        }
        let it = self.get_iter(container)?;
        loop {
            match self.next(it) {
                Ok(Some(x)) => {
                    let found = x.is(item) || self.eq(x, item)?;
                    self.decref(x);
                    if found {
                        self.decref(it);
                        return Ok(true);
                    }
                }
                Ok(None) => {
                    self.decref(it);
                    return Ok(false);
                }
                Err(e) => {
                    self.decref(it);
                    return Err(e);
                }
            }
        }
    }

    /// The length of a sized object.
    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        if let Value::Obj(id) = v {
            match self.heap.get(id) {
                Object::WeakRef(w) if w.kind != crate::object::WeakKind::Ref => {
                    let t = crate::vm::weakref::proxy_target(self, id)?;
                    return self.len(t);
                }
                Object::Str(s) => return Ok(s.char_len()),
                Object::Bytes(b) | Object::ByteArray(b) => return Ok(b.len()),
                Object::List(l) | Object::Tuple(l) => return Ok(l.len()),
                Object::Dict(t) => return Ok(t.len()),
                Object::DictView { dict, .. } => {
                    if let Object::Dict(t) = self.heap.get(*dict) {
                        return Ok(t.len());
                    }
                }
                Object::Set { table, .. } => return Ok(table.len()),
                Object::Range { start, stop, step } => return Ok(range_len(*start, *stop, *step) as usize),
                _ => {}
            }
            if let Some(r) = self.try_dunder(v, "__len__", &[])? {
                let n = self.as_i64(r);
                let tn = self.type_name(r);
                self.decref(r);
                return match n {
                    Some(n) if n >= 0 => Ok(n as usize),
                    Some(_) => Err(self.new_exc("ValueError", "__len__() should return >= 0")),
                    None => Err(self
                        .new_exc("TypeError", &format!("'{tn}' object cannot be interpreted as an integer"))),
                };
            }
        }
        let tn = self.type_name(v);
        Err(self.new_exc("TypeError", &format!("object of type '{tn}' has no len()")))
    }

    // ---- Iteration ---------------------------------------------------------------------------

    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Obj(id) = v
            && matches!(self.heap.get(id), Object::WeakRef(w) if w.kind != crate::object::WeakKind::Ref)
        {
            let t = crate::vm::weakref::proxy_target(self, id)?;
            return self.get_iter(t);
        }
        if let Value::Obj(id) = v {
            let it = match self.heap.get(id) {
                Object::List(_) => Some(Iter::Seq { seq: id, index: 0, kind: "list_iterator" }),
                Object::Tuple(_) => Some(Iter::Seq { seq: id, index: 0, kind: "tuple_iterator" }),
                Object::Str(_) => Some(Iter::Str { s: id, byte: 0 }),
                Object::Bytes(b) | Object::ByteArray(b) => {
                    let items: Vec<Value> = b.iter().map(|&x| Value::Int(i64::from(x))).collect();
                    let t = self.heap.alloc(Object::Tuple(items));
                    return Ok(self.alloc(Object::Iter(Iter::Seq {
                        seq: t,
                        index: 0,
                        kind: "bytes_iterator",
                    })));
                }
                Object::Range { start, stop, step } => {
                    Some(Iter::Range { next: *start, stop: *stop, step: *step })
                }
                Object::Dict(t) => {
                    Some(Iter::Dict { dict: id, pos: 0, kind: DictIterKind::Keys, len: t.len() })
                }
                Object::DictView { dict, kind } => {
                    let (dict, kind) = (*dict, *kind);
                    let len = match self.heap.get(dict) {
                        Object::Dict(t) => t.len(),
                        _ => 0,
                    };
                    self.heap.incref(dict);
                    return Ok(self.alloc(Object::Iter(Iter::Dict { dict, pos: 0, kind, len })));
                }
                Object::Set { table, .. } => Some(Iter::Set { set: id, pos: 0, len: table.len() }),
                Object::Iter(_) | Object::Generator(_) => return Ok(self.share(v)),
                _ => None,
            };
            if let Some(it) = it {
                // Only iterators that read their source hold a reference to it.
                if !matches!(it, Iter::Range { .. }) {
                    self.heap.incref(id);
                }
                return Ok(self.alloc(Object::Iter(it)));
            }
            if let Some(r) = self.try_dunder(v, "__iter__", &[])? {
                return Ok(r);
            }
            if self.has_attr_on_type(self.type_of(v), "__getitem__") {
                // The old sequence protocol: index from 0 until IndexError.
                let items = self.getitem_sequence(v)?;
                let t = self.heap.alloc(Object::Tuple(items));
                return Ok(self.alloc(Object::Iter(Iter::Seq { seq: t, index: 0, kind: "iterator" })));
            }
        }
        let tn = self.type_name(v);
        Err(self.new_exc("TypeError", &format!("'{tn}' object is not iterable")))
    }

    fn getitem_sequence(&mut self, v: Value) -> PyResult<Vec<Value>> {
        let mut out = Vec::new();
        let mut i = 0;
        loop {
            match self.getitem(v, Value::Int(i)) {
                Ok(x) => out.push(x),
                Err(e) => {
                    if self.isinstance(Value::Obj(e), self.exc_type("IndexError")) {
                        self.decref_id(e);
                        return Ok(out);
                    }
                    for x in out {
                        self.decref(x);
                    }
                    return Err(e);
                }
            }
            i += 1;
        }
    }

    /// The next item (owned), or `None` when the iterator is exhausted.
    pub fn next(&mut self, it: Value) -> PyResult<Option<Value>> {
        match self.next_or_stop(it)? {
            Ok(v) => Ok(Some(v)),
            Err(v) => {
                self.decref(v);
                Ok(None)
            }
        }
    }

    /// The next item, or `Err(value)` with the `StopIteration` value when exhausted.
    pub fn next_or_stop(&mut self, it: Value) -> PyResult<Result<Value, Value>> {
        let Value::Obj(id) = it else {
            let tn = self.type_name(it);
            return Err(self.new_exc("TypeError", &format!("'{tn}' object is not an iterator")));
        };
        let step = match self.heap.get_mut(id) {
            Object::Iter(iter) => match iter {
                Iter::Seq { seq, index, .. } => {
                    let (seq, i) = (*seq, *index);
                    let item = match self.heap.get(seq) {
                        Object::List(v) | Object::Tuple(v) => v.get(i).copied(),
                        _ => None,
                    };
                    if item.is_some()
                        && let Object::Iter(Iter::Seq { index, .. }) = self.heap.get_mut(id)
                    {
                        *index += 1;
                    }
                    Some(item.map(|v| self.share(v)))
                }
                Iter::Str { s, byte } => {
                    let (s, b) = (*s, *byte);
                    let ch = match self.heap.get(s) {
                        Object::Str(st) => st.s[b..].chars().next(),
                        _ => None,
                    };
                    if let Some(c) = ch
                        && let Object::Iter(Iter::Str { byte, .. }) = self.heap.get_mut(id)
                    {
                        *byte += c.len_utf8();
                    }
                    Some(ch.map(|c| self.new_str(c.to_string())))
                }
                Iter::Range { next, stop, step } => {
                    let n = *next;
                    if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                        *next = n.saturating_add(*step);
                        Some(Some(Value::Int(n)))
                    } else {
                        Some(None)
                    }
                }
                Iter::Dict { dict, pos, kind, len } => {
                    let (dict, p, kind, len) = (*dict, *pos, *kind, *len);
                    let (entry, cur_len) = match self.heap.get(dict) {
                        Object::Dict(t) => (t.next_from(p).map(|(i, e)| (i, *e)), t.len()),
                        _ => (None, 0),
                    };
                    if cur_len != len {
                        if let Object::Iter(Iter::Dict { len, .. }) = self.heap.get_mut(id) {
                            *len = usize::MAX;
                        }
                        return Err(self.new_exc("RuntimeError", "dictionary changed size during iteration"));
                    }
                    match entry {
                        Some((i, e)) => {
                            if let Object::Iter(Iter::Dict { pos, .. }) = self.heap.get_mut(id) {
                                *pos = i + 1;
                            }
                            Some(Some(match kind {
                                DictIterKind::Keys => self.share(e.key),
                                DictIterKind::Values => self.share(e.value),
                                DictIterKind::Items => {
                                    self.incref(e.key);
                                    self.incref(e.value);
                                    self.new_tuple(vec![e.key, e.value])
                                }
                            }))
                        }
                        None => Some(None),
                    }
                }
                Iter::Set { set, pos, len } => {
                    let (set, p, len) = (*set, *pos, *len);
                    let (entry, cur_len) = match self.heap.get(set) {
                        Object::Set { table, .. } => (table.next_from(p), table.len()),
                        _ => (None, 0),
                    };
                    if cur_len != len {
                        if let Object::Iter(Iter::Set { len, .. }) = self.heap.get_mut(id) {
                            *len = usize::MAX;
                        }
                        return Err(self.new_exc("RuntimeError", "Set changed size during iteration"));
                    }
                    match entry {
                        Some((i, key)) => {
                            if let Object::Iter(Iter::Set { pos, .. }) = self.heap.get_mut(id) {
                                *pos = i + 1;
                            }
                            Some(Some(self.share(key)))
                        }
                        None => Some(None),
                    }
                }
                Iter::Reversed { seq, index } => {
                    let (seq, i) = (*seq, *index);
                    if i == 0 {
                        Some(None)
                    } else {
                        if let Object::Iter(Iter::Reversed { index, .. }) = self.heap.get_mut(id) {
                            *index -= 1;
                        }
                        let item = match self.heap.get(seq) {
                            Object::List(v) | Object::Tuple(v) => v.get(i - 1).copied(),
                            _ => None,
                        };
                        Some(item.map(|v| self.share(v)))
                    }
                }
                Iter::Exhausted => Some(None),
                _ => None,
            },
            Object::Generator(_) => {
                return match self.gen_send(id, Value::None)? {
                    Ok(v) => Ok(Ok(v)),
                    Err(v) => Ok(Err(v)),
                };
            }
            _ => {
                return match self.try_dunder(it, "__next__", &[]) {
                    Ok(Some(v)) => Ok(Ok(v)),
                    Ok(None) => {
                        let tn = self.type_name(it);
                        Err(self.new_exc("TypeError", &format!("'{tn}' object is not an iterator")))
                    }
                    Err(e) => {
                        if self.isinstance(Value::Obj(e), self.exc_type("StopIteration")) {
                            let v = self.stop_iteration_value(e);
                            self.decref_id(e);
                            Ok(Err(v))
                        } else {
                            Err(e)
                        }
                    }
                };
            }
        };
        if let Some(r) = step {
            return Ok(r.ok_or(Value::None));
        }
        // Iterators that call back into Python.
        (self.slots.next_lazy)(self, id)
    }

    pub fn stop_iteration_value(&mut self, e: ObjId) -> Value {
        let args = match self.heap.get(e) {
            Object::Instance(i) => i.exc().map(|x| x.args),
            _ => None,
        };
        let first = args.and_then(|a| match self.heap.get(a.as_obj()?) {
            Object::Tuple(t) => t.first().copied(),
            _ => None,
        });
        first.map_or(Value::None, |v| self.share(v))
    }

    /// All items of an iterable (owned).
    /// `list.extend`: each item goes into the list as it comes, so those read before an error
    /// stay there, as in CPython.
    pub fn extend_list(&mut self, list: Value, v: Value) -> PyResult<()> {
        let Some(list) = list.as_obj() else { return Ok(()) };
        if let Value::Obj(id) = v
            && let Object::List(_) | Object::Tuple(_) = self.heap.get(id)
        {
            let items = self.iterate_to_vec(v)?;
            if let Object::List(l) = self.heap.get_mut(list) {
                l.extend(items);
            }
            return Ok(());
        }
        // Room for an iterable of known size is reserved first: `[*range(10**12)]` is a
        // `MemoryError` at once.
        if let Some(hint) = self.length_hint_fast(v) {
            let mut room = match self.heap.get_mut(list) {
                Object::List(l) => std::mem::take(l),
                _ => Vec::new(),
            };
            let reserved = self.try_reserve(&mut room, hint);
            if let Object::List(l) = self.heap.get_mut(list) {
                *l = room;
            }
            reserved?;
        }
        let it = self.get_iter(v)?;
        let mut n = 0usize;
        let r = loop {
            // A native loop can grow without bound: it meets the limits as `iterate_to_vec` does.
            if n % 4096 == 4095
                && let Err(e) = self.check_interrupt().and_then(|()| self.check_memory())
            {
                break Err(e);
            }
            n += 1;
            match self.next(it) {
                Ok(Some(x)) => match self.heap.get_mut(list) {
                    Object::List(l) => l.push(x),
                    _ => self.decref(x),
                },
                Ok(None) => break Ok(()),
                Err(e) => break Err(e),
            }
        };
        self.decref(it);
        r
    }

    pub fn iterate_to_vec(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(id) = v
            && let Object::List(items) | Object::Tuple(items) = self.heap.get(id)
        {
            let items = items.clone();
            for &i in &items {
                self.incref(i);
            }
            return Ok(items);
        }
        let it = self.get_iter(v)?;
        self.collect_iter(it)
    }

    /// How many items an iterable will yield, when that is known without running Python code
    /// (CPython's length hint, for the iterables that can be huge without taking memory).
    pub fn length_hint_fast(&self, v: Value) -> Option<usize> {
        match *self.heap.get(v.as_obj()?) {
            Object::Range { start, stop, step } => Some(range_len(start, stop, step) as usize),
            Object::Iter(Iter::Range { next, stop, step }) => Some(range_len(next, stop, step) as usize),
            _ => None,
        }
    }

    /// The items an iterator yields (new references); takes over the reference to `it`. The
    /// room for them is reserved up front when their number is known, as CPython's list()
    /// does: `list(range(10**12))` is a `MemoryError` at once, not an hour of work.
    pub fn collect_iter(&mut self, it: Value) -> PyResult<Vec<Value>> {
        let mut out = Vec::new();
        if let Some(hint) = self.length_hint_fast(it)
            && let Err(e) = self.try_reserve(&mut out, hint)
        {
            self.decref(it);
            return Err(e);
        }
        loop {
            // A native loop can grow without bound (`list(itertools.count())`): it meets the
            // heap limit and interrupts as loops in Python code do.
            if out.len() % 4096 == 4095
                && let Err(e) = self.check_interrupt().and_then(|()| self.check_memory())
            {
                self.decref(it);
                for x in out.into_iter().rev() {
                    self.decref(x);
                }
                return Err(e);
            }
            match self.next(it) {
                Ok(Some(x)) => out.push(x),
                Ok(None) => break,
                Err(e) => {
                    // What was read goes as the list CPython was filling would: last item first.
                    self.decref(it);
                    for x in out.into_iter().rev() {
                        self.decref(x);
                    }
                    return Err(e);
                }
            }
        }
        self.decref(it);
        Ok(out)
    }

    /// Unpacks exactly `n` items, or (with `after`) `n` items, a list of the rest, `after` items.
    pub fn unpack(&mut self, seq: Value, n: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        let want = n + after.unwrap_or(0);
        // A list or tuple of a size that fits is taken as it is (CPython's fast path).
        if let Some(Object::List(items) | Object::Tuple(items)) = seq.as_obj().map(|id| self.heap.get(id))
            && (items.len() == want || (after.is_some() && items.len() > want))
        {
            let mut items = items.clone();
            for &v in &items {
                self.incref(v);
            }
            if let Some(after) = after {
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(n);
                let list = self.new_list(middle);
                items.push(list);
                items.extend(tail);
            }
            return Ok(items);
        }
        let it = match self.get_iter(seq) {
            Ok(it) => it,
            Err(e) => {
                let t = self.type_of(seq);
                let not_iterable = self.isinstance(Value::Obj(e), self.exc_type("TypeError"))
                    && !self.has_attr_on_type(t, "__iter__")
                    && !self.has_attr_on_type(t, "__getitem__");
                if !not_iterable {
                    return Err(e);
                }
                self.decref_id(e);
                let tn = self.type_name(seq);
                return Err(self.new_exc("TypeError", &format!("cannot unpack non-iterable {tn} object")));
            }
        };
        // As CPython's `unpack_iterable`: no more items are read than the targets need (one more
        // to tell there are too many), and on an error what was read goes last to first.
        let mut got = Vec::with_capacity(want + 1);
        let error = 'read: {
            for i in 0..n {
                match self.next(it) {
                    Ok(Some(w)) => got.push(w),
                    Ok(None) => {
                        let msg = match after {
                            None => format!("not enough values to unpack (expected {n}, got {i})"),
                            Some(a) => {
                                format!("not enough values to unpack (expected at least {}, got {i})", n + a)
                            }
                        };
                        break 'read self.new_exc("ValueError", &msg);
                    }
                    Err(e) => break 'read e,
                }
            }
            let Some(after) = after else {
                match self.next(it) {
                    Ok(None) => {
                        self.decref(it);
                        return Ok(got);
                    }
                    Ok(Some(w)) => {
                        self.decref(w);
                        break 'read self
                            .new_exc("ValueError", &format!("too many values to unpack (expected {n})"));
                    }
                    Err(e) => break 'read e,
                }
            };
            let mut rest = match self.iterate_to_vec(it) {
                Ok(rest) => rest,
                Err(e) => break 'read e,
            };
            if rest.len() < after {
                let msg =
                    format!("not enough values to unpack (expected at least {want}, got {})", n + rest.len());
                let e = self.new_exc("ValueError", &msg);
                let list = self.new_list(rest);
                got.push(list);
                break 'read e;
            }
            let tail = rest.split_off(rest.len() - after);
            let list = self.new_list(rest);
            got.push(list);
            got.extend(tail);
            self.decref(it);
            return Ok(got);
        };
        for v in got.into_iter().rev() {
            self.decref(v);
        }
        self.decref(it);
        Err(error)
    }

    // ---- Subscripts --------------------------------------------------------------------------

    pub fn getitem(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        if let Value::Obj(id) = obj {
            match self.heap.get(id) {
                Object::WeakRef(w) if w.kind != crate::object::WeakKind::Ref => {
                    let t = crate::vm::weakref::proxy_target(self, id)?;
                    return self.getitem(t, key);
                }
                Object::List(_)
                | Object::Tuple(_)
                | Object::Str(_)
                | Object::Bytes(_)
                | Object::ByteArray(_)
                | Object::Range { .. } => {
                    return (self.slots.sequence_getitem)(self, obj, key);
                }
                Object::Dict(_) => {
                    return match self.dict_get(obj, key)? {
                        Some(v) => Ok(self.share(v)),
                        None => {
                            if matches!(self.heap.get(id), Object::Instance(_)) {
                                unreachable!()
                            }
                            let k = self.share(key);
                            let t = self.new_tuple(vec![k]);
                            let e = self.new_exc_args("KeyError", t);
                            Err(e)
                        }
                    };
                }
                Object::Type(_) => {
                    if let Some(r) = self.try_dunder(obj, "__class_getitem__", &[key])? {
                        return Ok(r);
                    }
                    // `list[int]` and friends: generic aliases are not modelled; return the class.
                    return Ok(self.share(obj));
                }
                _ => {}
            }
            if let Some(r) = self.try_dunder(obj, "__getitem__", &[key])? {
                return Ok(r);
            }
        }
        let tn = self.type_name(obj);
        Err(self.new_exc("TypeError", &format!("'{tn}' object is not subscriptable")))
    }

    pub fn setitem(&mut self, obj: Value, key: Value, value: Value) -> PyResult<()> {
        if let Value::Obj(id) = obj {
            match self.heap.get(id) {
                Object::WeakRef(w) if w.kind != crate::object::WeakKind::Ref => {
                    let t = crate::vm::weakref::proxy_target(self, id)?;
                    return self.setitem(t, key, value);
                }
                Object::List(_) => return (self.slots.list_setitem)(self, obj, key, value),
                Object::ByteArray(b) => {
                    let len = b.len();
                    let Some(i) = super::args::norm_index(self, key, len, "bytearray")? else {
                        return Err(self.new_exc("IndexError", "bytearray index out of range"));
                    };
                    let Some(byte) = self.as_i64(value).filter(|v| (0..256).contains(v)) else {
                        return Err(self.new_exc("ValueError", "byte must be in range(0, 256)"));
                    };
                    if let Object::ByteArray(b) = self.heap.get_mut(id) {
                        b[i] = byte as u8;
                    }
                    return Ok(());
                }
                Object::Dict(_) => return self.dict_set(obj, key, value),
                _ => {}
            }
            if let Some(r) = self.try_dunder(obj, "__setitem__", &[key, value])? {
                self.decref(r);
                return Ok(());
            }
        }
        let tn = self.type_name(obj);
        Err(self.new_exc("TypeError", &format!("'{tn}' object does not support item assignment")))
    }

    pub fn delitem(&mut self, obj: Value, key: Value) -> PyResult<()> {
        if let Value::Obj(id) = obj {
            match self.heap.get(id) {
                Object::List(_) => return (self.slots.list_delitem)(self, obj, key),
                Object::Dict(_) => {
                    return match self.dict_remove(obj, key)? {
                        Some(v) => {
                            self.decref(v);
                            Ok(())
                        }
                        None => {
                            let k = self.share(key);
                            let t = self.new_tuple(vec![k]);
                            Err(self.new_exc_args("KeyError", t))
                        }
                    };
                }
                _ => {}
            }
            if let Some(r) = self.try_dunder(obj, "__delitem__", &[key])? {
                self.decref(r);
                return Ok(());
            }
        }
        let tn = self.type_name(obj);
        Err(self.new_exc("TypeError", &format!("'{tn}' object doesn't support item deletion")))
    }
}

fn num_to_f64(n: &Num) -> Option<f64> {
    match n {
        Num::Float(f) => Some(*f),
        Num::Int(b) => b.to_f64().filter(|f| f.is_finite()),
    }
}

fn cmp_result(o: std::cmp::Ordering, op: CmpKind) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpKind::Lt => o == Less,
        CmpKind::Le => o != Greater,
        CmpKind::Eq => o == Equal,
        CmpKind::Ne => o != Equal,
        CmpKind::Gt => o == Greater,
        CmpKind::Ge => o != Less,
    }
}

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

/// `a / b` for ints, correctly rounded as CPython's: exact when both fit a float's mantissa,
/// else from an integer quotient with enough bits and a sticky bit for the remainder. `None`
/// when the result is too large for a float.
fn int_true_divide(a: &BigInt, b: &BigInt) -> Option<f64> {
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

/// Appends `unit` `n` times to the empty `out`, doubling what is there (`out` has the room).
fn fill_repeated<T: Copy>(out: &mut Vec<T>, unit: &[T], n: usize) {
    if unit.is_empty() || n == 0 {
        return;
    }
    out.extend_from_slice(unit);
    let total = unit.len() * n;
    while out.len() < total {
        let take = (total - out.len()).min(out.len());
        out.extend_from_within(..take);
    }
}
