//! The number protocol: binary and unary operators with CPython's dunder dispatch (reflected
//! methods, subclasses first, in-place forms), truth, and reading ints and floats out of values.
//! The builtin types' own operators are in `types/number.rs`, reached through `Slots::binary`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::object::Object;
use crate::object::code::{BinOp, UnOp};
use crate::object::exc_kind::ExcKind;
use crate::value::ObjId;
use crate::value::Value;
use crate::vm::sequence::range_len;
use crate::vm::{PyResult, Vm};

/// A numeric operand, widened as Python widens it.
pub(crate) enum Num {
    Int(BigInt),
    Float(f64),
}

impl Vm {
    pub(crate) fn as_num(&self, v: Value) -> Option<Num> {
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
                // A shift that loses no bits stays small; a negative count raises below.
                BinOp::LShift if (0..64).contains(&y) => {
                    let r = x << y;
                    (r >> y == x).then_some(r)
                }
                // Shifting right rounds down, as an arithmetic shift does.
                BinOp::RShift if y >= 0 => Some(x >> y.min(63)),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Value::Int(r));
            }
        }
        if let Some(r) = (self.slots.binary)(self, a, b, op, inplace)? {
            return Ok(r);
        }
        if let Some((a, b)) = self.through_proxies(a, b)? {
            return self.binary_op(a, b, op, inplace);
        }
        let (name, rname, iname) = op.dunders();
        let repeat_last = inplace && op == BinOp::Mul && self.repeat_comes_last(a);
        if inplace
            && !repeat_last
            && let Some(r) = self.try_dunder(a, iname, &[b])?
        {
            return Ok(r);
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        // A subclass's reflected method goes first.
        let b_first = self.reflected_goes_first(ta, tb, rname);
        if b_first && let Some(r) = self.try_dunder(b, rname, &[a])? {
            return Ok(r);
        }
        if let Some(r) = self.try_dunder(a, name, &[b])? {
            return Ok(r);
        }
        self.binary_op_after_left(a, b, op, inplace, b_first, repeat_last)
    }

    /// The rest of `binary_op` once the left operand's method declined (or had none): the right
    /// one's reflected method (unless it went first), the in-place repeat left for last, a
    /// builtin payload's own operator, and else CPython's TypeError.
    pub(crate) fn binary_op_after_left(
        &mut self,
        a: Value,
        b: Value,
        op: BinOp,
        inplace: bool,
        b_first: bool,
        repeat_last: bool,
    ) -> PyResult<Value> {
        let (_, rname, iname) = op.dunders();
        if self.type_of(a) != self.type_of(b)
            && !b_first
            && let Some(r) = self.try_dunder(b, rname, &[a])?
        {
            return Ok(r);
        }
        if repeat_last && let Some(r) = self.try_dunder(a, iname, &[b])? {
            return Ok(r);
        }
        // A subclass of a builtin value type without a method of its own for this operator
        // (`class Flags(int)`: `f & 4`, `-f`) computes with the value it is, as CPython's
        // inherited slots do.
        let (va, vb) = (self.instance_base(a), self.instance_base(b));
        let sym = if inplace { format!("{}=", op.symbol()) } else { op.symbol().to_string() };
        if va.is_some() || vb.is_some() {
            let r = self.binary_op(va.unwrap_or(a), vb.unwrap_or(b), op, inplace);
            // Refused, the operator names the operands' own types, not the values they extend.
            return match r {
                Err(e)
                    if self.isinstance(Value::Obj(e), self.exc_type(ExcKind::TypeError))
                        && self.exc_str(e).starts_with("unsupported operand type(s) for") =>
                {
                    self.decref_id(e);
                    let (an, bn) = (self.type_name(a), self.type_name(b));
                    let msg = if op == BinOp::Pow && !inplace {
                        format!("unsupported operand type(s) for ** or pow(): '{an}' and '{bn}'")
                    } else {
                        format!("unsupported operand type(s) for {sym}: '{an}' and '{bn}'")
                    };
                    Err(self.new_exc(ExcKind::TypeError, &msg))
                }
                r => r,
            };
        }
        let (an, bn) = (self.type_name(a), self.type_name(b));
        let is_seq = |vm: &Vm, v: Value| {
            matches!(
                v.as_obj().map(|id| vm.heap.get(id)),
                Some(
                    Object::Str(_) | Object::List(_) | Object::Tuple(_) | Object::Bytes(_) | Object::Array(_)
                )
            )
        };
        if op == BinOp::Mul && (is_seq(self, a) || is_seq(self, b)) {
            let other = if is_seq(self, a) { bn } else { an };
            return Err(self.new_exc(
                ExcKind::TypeError,
                &format!("can't multiply sequence by non-int of type '{other}'"),
            ));
        }
        // A sequence's concatenation (CPython's `sq_concat`, tried after both operands'
        // number methods declined) words its own error.
        if op == BinOp::Add
            && let Some(own) = concat_error(self, a, b, inplace)
        {
            return Err(self.new_exc(ExcKind::TypeError, &own));
        }
        if op == BinOp::Pow && !inplace {
            return Err(self.new_exc(
                ExcKind::TypeError,
                &format!("unsupported operand type(s) for ** or pow(): '{an}' and '{bn}'"),
            ));
        }
        Err(self.new_exc(
            ExcKind::TypeError,
            &format!("unsupported operand type(s) for {sym}: '{an}' and '{bn}'"),
        ))
    }

    /// Whether the right operand's reflected method `rname` is tried before the left's method:
    /// its class derives from the left's and overrides `rname` (CPython's
    /// `method_is_overloaded`), not merely inherits it.
    pub(crate) fn reflected_goes_first(&self, ta: ObjId, tb: ObjId, rname: &str) -> bool {
        if ta == tb || !self.is_subtype(tb, ta) {
            return false;
        }
        match (self.lookup_str(tb, rname), self.lookup_str(ta, rname)) {
            (Some(on_b), Some(on_a)) => !on_b.is(on_a),
            (Some(_), None) => true,
            (None, _) => false,
        }
    }

    pub(crate) fn has_attr_on_type(&self, t: ObjId, name: &str) -> bool {
        let Object::Type(ty) = self.heap.get(t) else { return false };
        ty.mro.iter().any(|&c| self.dict_get_str(self.type_obj(c).dict, name).is_some())
    }

    /// Whether `v` is an instance of a class with `__index__` (an int subclass's too): an
    /// object that stands for an int where CPython asks `PyIndex_Check`.
    pub(crate) fn has_index_method(&self, v: Value) -> bool {
        matches!(v.as_obj().map(|id| self.heap.get(id)), Some(Object::Instance(_)))
            && self.has_attr_on_type(self.type_of(v), "__index__")
    }

    /// Calls the dunder `name` on `obj` if its type defines one; `None` if it does not exist or
    /// returned `NotImplemented`.
    /// The builtin payload of an instance whose class derives from a builtin type and leaves
    /// `name` to it (no override in Python): the builtin's answer is then the payload's, got
    /// without calling the method object (`len(todo)` on a `list` subclass).
    pub(crate) fn payload_leaving(&mut self, v: Value, name: &str) -> Option<Value> {
        let Some(Object::Instance(inst)) = v.as_obj().map(|id| self.heap.get(id)) else { return None };
        let (class, payload) = (inst.class, inst.base()?);
        let name = self.name_id(name)?;
        let f = self.lookup_in_mro(class, name)?;
        let builtin = matches!(f.as_obj().map(|id| self.heap.get(id)), Some(Object::Builtin(b))
            if b.name.split_once('.').is_some_and(|(t, _)| super::call::PAYLOAD_TYPES.contains(&t)));
        builtin.then_some(payload)
    }

    /// The binary-operator protocol by method names alone (`divmod`'s `__divmod__` and
    /// `__rdivmod__`): a subclass's reflected method first, then the left operand's, then the
    /// right operand's; `None` when every one is missing or gives `NotImplemented`.
    pub fn binary_dunders(&mut self, a: Value, b: Value, name: &str, rname: &str) -> PyResult<Option<Value>> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let b_first = self.reflected_goes_first(ta, tb, rname);
        if b_first && let Some(r) = self.try_dunder(b, rname, &[a])? {
            return Ok(Some(r));
        }
        if let Some(r) = self.try_dunder(a, name, &[b])? {
            return Ok(Some(r));
        }
        if ta != tb && !b_first {
            return self.try_dunder(b, rname, &[a]);
        }
        Ok(None)
    }

    pub fn try_dunder(&mut self, obj: Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        let r = self.try_dunder_as_is(obj, name, args)?;
        if let Some(r) = r
            && r.is(Value::Obj(self.not_implemented))
        {
            self.decref(r);
            return Ok(None);
        }
        Ok(r)
    }

    /// The truth of an object of a Python class: its `__bool__`, else its `__len__`, else that
    /// of the builtin value it extends, else true.
    fn truthy_by_dunders(&mut self, v: Value) -> PyResult<bool> {
        // `__bool__ = None` (or `__len__ = None`) is called like any value there, and fails.
        let t = self.type_of(v);
        for name in ["__bool__", "__len__"] {
            if let Some(id) = self.name_id(name)
                && self.lookup_in_mro(t, id) == Some(Value::None)
            {
                return Err(self.new_exc(ExcKind::TypeError, "'NoneType' object is not callable"));
            }
            if self.has_attr_on_type(t, name) {
                break;
            }
        }
        if let Some(r) = self.try_dunder(v, "__bool__", &[])? {
            let b = matches!(r, Value::Bool(true));
            if !matches!(r, Value::Bool(_)) {
                let tn = self.type_name(r);
                self.decref(r);
                return Err(
                    self.new_exc(ExcKind::TypeError, &format!("__bool__ should return bool, returned {tn}"))
                );
            }
            return Ok(b);
        }
        if let Some(r) = self.try_dunder(v, "__len__", &[])? {
            return Ok(self.len_from_dunder(r)? != 0);
        }
        // A subclass of a builtin number or container (`class Flag(int)`) is as true as the
        // builtin value it is.
        match self.instance_base(v) {
            Some(base) => self.truthy(base),
            None => Ok(true),
        }
    }

    /// Whether `class` (through its MRO) defines `__bool__` or `__len__`, remembered on the
    /// class until a class changes.
    fn class_has_truth(&mut self, class: ObjId) -> bool {
        let epoch = self.caches.type_epoch;
        if let Object::Type(t) = self.heap.get(class)
            && let Some((at, has)) = t.has_truth
            && at == epoch
        {
            return has;
        }
        let has = self.class_defines(class, "__bool__") || self.class_defines(class, "__len__");
        if let Object::Type(t) = self.heap.get_mut(class) {
            t.has_truth = Some((epoch, has));
        }
        has
    }

    /// Whether `class` or a class of its MRO has `name` in its namespace, as `try_dunder`
    /// looks it up.
    fn class_defines(&mut self, class: ObjId, name: &str) -> bool {
        match self.name_id(name) {
            Some(id) => self.lookup_in_mro(class, id).is_some(),
            None => {
                let Object::Type(ty) = self.heap.get(class) else { return true };
                ty.mro.iter().any(|&c| self.dict_get_str(self.type_obj(c).dict, name).is_some())
            }
        }
    }

    /// `try_dunder`, with a `NotImplemented` result given back as it is (what a unary
    /// operator returns, as CPython's do).
    pub fn try_dunder_as_is(&mut self, obj: Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        let t = self.type_of(obj);
        // No interned string has the name: then no class can have it as an attribute name
        // either but through a key built at run time, which the lookup by text finds.
        let found = match self.name_id(name) {
            Some(id) => self.lookup_in_mro(t, id),
            None => {
                let Object::Type(ty) = self.heap.get(t) else { return Ok(None) };
                ty.mro.iter().find_map(|&c| self.dict_get_str(self.type_obj(c).dict, name))
            }
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
        let bound_call = match f.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Function(_) | Object::HostFunction { method: true, .. }) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(obj);
                full.extend_from_slice(args);
                self.call(f, &full, &[])
            }
            Some(Object::Builtin(b)) if b.receiver.is_none() && b.name.contains('.') => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(obj);
                full.extend_from_slice(args);
                self.call(f, &full, &[])
            }
            // Anything else the class holds is bound as attribute access binds it (a property
            // gives its getter's result, a descriptor its `__get__`'s) or, callable as it is
            // (an object with `__call__`), called without the instance.
            _ => self.call_special_bound(f, obj, t, args, &[]),
        };
        self.decref(f);
        Ok(Some(bound_call?))
    }

    pub(crate) fn zero_division(&mut self, msg: &str) -> ObjId {
        self.new_exc(ExcKind::ZeroDivisionError, msg)
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

    pub(crate) fn is_complex(&self, v: Value) -> bool {
        matches!(v.as_obj().map(|id| self.heap.get(id)), Some(Object::Complex { .. }))
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
                _ => return Err(self.new_exc(ExcKind::TypeError, "bad operand type for unary ~: 'complex'")),
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
        if let Some(r) = self.try_dunder_as_is(a, name, &[])? {
            return Ok(r);
        }
        if let Some(base) = self.instance_base(a) {
            return self.unary_op(base, op);
        }
        let sym = match op {
            UnOp::Neg => "-",
            UnOp::Pos => "+",
            _ => "~",
        };
        let tn = self.type_name(a);
        Err(self.new_exc(ExcKind::TypeError, &format!("bad operand type for unary {sym}: '{tn}'")))
    }

    /// The builtin value an instance of a subclass of a builtin type is (`class Flags(int)`).
    pub fn instance_base(&self, v: Value) -> Option<Value> {
        match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Instance(inst)) => inst.extra.as_ref().and_then(|e| e.base),
            _ => None,
        }
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
                Object::Array(a) => !a.is_empty(),
                Object::MemoryView(m) => m.shape.first().is_none_or(|&n| n > 0),
                Object::BigInt(b) => !b.is_zero(),
                Object::Complex { re, im } => *re != 0.0 || *im != 0.0,
                Object::Tuple(t) | Object::List(t) => !t.is_empty(),
                Object::Dict(d) => !d.is_empty(),
                Object::DictView { dict, .. } => {
                    matches!(self.heap.get(*dict), Object::Dict(d) if !d.is_empty())
                }
                Object::Set { table, .. } => !table.is_empty(),
                Object::Range { start, stop, step } => range_len(*start, *stop, *step) > 0,
                Object::LongRange(_) => self.long_range_truthy(id),
                Object::WeakRef(w) if w.kind != crate::object::WeakKind::Ref => {
                    let target = crate::vm::weakref::proxy_target(self, id)?;
                    return self.truthy(target);
                }
                Object::Instance(inst) => {
                    // CPython reads the type's slots, not the instance: most classes have
                    // neither method, and their instances are true without a call.
                    if inst.base().is_none() && !self.class_has_truth(inst.class) {
                        return Ok(true);
                    }
                    return self.truthy_by_dunders(v);
                }
                // A class is true unless its metaclass says otherwise.
                Object::Type(t) => match t.metaclass {
                    Some(_) => return self.truthy_by_dunders(v),
                    None => true,
                },
                _ if id == self.not_implemented => {
                    self.warn(
                        ExcKind::DeprecationWarning,
                        "NotImplemented should not be used in a boolean context",
                    )?;
                    true
                }
                _ => true,
            },
        })
    }

    /// Operands that are weak proxies stand for their referents (`ReferenceError` once dead):
    /// both operands, or `None` when neither is a proxy.
    pub(crate) fn through_proxies(&mut self, a: Value, b: Value) -> PyResult<Option<(Value, Value)>> {
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

    // ---- dict and set tables -----------------------------------------------------------------

    // ---- Containers --------------------------------------------------------------------------

    // ---- Iteration ---------------------------------------------------------------------------

    // ---- Subscripts --------------------------------------------------------------------------
}

pub(crate) fn num_to_f64(n: &Num) -> Option<f64> {
    match n {
        Num::Float(f) => Some(*f),
        Num::Int(b) => b.to_f64().filter(|f| f.is_finite()),
    }
}

/// Two operands that are floats, or a float and an int the float type holds exactly, as the
/// floats the arithmetic would use. Larger ints go the slow way: Python compares them exactly
/// and converts them with an overflow check.
#[inline(always)]
pub(crate) fn float_pair(a: Value, b: Value) -> Option<(f64, f64)> {
    const EXACT: i64 = 1 << 53;
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => Some((x, y)),
        (Value::Float(x), Value::Int(y)) if (-EXACT..=EXACT).contains(&y) => Some((x, y as f64)),
        (Value::Int(x), Value::Float(y)) if (-EXACT..=EXACT).contains(&x) => Some((x as f64, y)),
        _ => None,
    }
}

/// The message of a failed `a + b` whose left operand is a builtin sequence.
impl Vm {
    /// Whether `a *= n` on a subclass of list or bytearray that has its own `__mul__` but
    /// inherits the builtin `__imul__` tries `__mul__` first: CPython repeats such a sequence
    /// in place through its sequence slot, consulted after the number slots where the
    /// subclass's `__mul__` sits. (`+=` is not so: the inherited `__iadd__` comes first.)
    fn repeat_comes_last(&mut self, a: Value) -> bool {
        if !matches!(a.as_obj().map(|id| self.heap.get(id)), Some(Object::Instance(_))) {
            return false;
        }
        let cls = self.type_of(a);
        let builtin_seq =
            |vm: &Vm, v: Option<Value>| match v.and_then(|v| v.as_obj()).map(|id| vm.heap.get(id)) {
                Some(Object::Builtin(b)) => {
                    b.owner.is_some_and(|t| t == vm.types.list || t == vm.types.bytearray)
                }
                _ => false,
            };
        let (imul, mul) = (self.lookup_str(cls, "__imul__"), self.lookup_str(cls, "__mul__"));
        builtin_seq(self, imul) && mul.is_some() && !builtin_seq(self, mul)
    }
}

fn concat_error(vm: &Vm, a: Value, b: Value, inplace: bool) -> Option<String> {
    let bn = vm.type_name(b);
    Some(match a.as_obj().map(|id| vm.heap.get(id))? {
        Object::Str(_) => format!("can only concatenate str (not \"{bn}\") to str"),
        Object::List(_) => format!("can only concatenate list (not \"{bn}\") to list"),
        Object::Tuple(_) => format!("can only concatenate tuple (not \"{bn}\") to tuple"),
        Object::Bytes(_) => format!("can't concat {bn} to bytes"),
        Object::ByteArray(_) => format!("can't concat {bn} to bytearray"),
        Object::Array(_) if inplace => format!("can only extend array with array (not \"{bn}\")"),
        Object::Array(_) => format!("can only append array (not \"{bn}\") to array"),
        _ => return None,
    })
}
