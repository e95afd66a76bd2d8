//! Comparison: `==`, `<` and friends, with CPython's rich-comparison protocol and the builtin
//! types' own orderings (sequences item by item, sets by inclusion, dicts by items).

use crate::object::code::CmpKind;
use crate::object::exc_kind::ExcKind;
use crate::object::{DictIterKind, Object};
use crate::value::{ObjId, Value};
use crate::vm::number::{Num, float_pair, num_to_f64};
use crate::vm::{PyResult, Vm};

impl Vm {
    pub fn compare(&mut self, a: Value, b: Value, op: CmpKind) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Value::Bool(cmp_result(x.cmp(&y), op)));
        }
        if let Some(o) = self.str_order(a, b) {
            return Ok(Value::Bool(cmp_result(o, op)));
        }
        if let Some(r) = float_order(a, b, op) {
            return Ok(Value::Bool(r));
        }
        if let Some(same) = self.identity_equality(a, b, op) {
            return Ok(Value::Bool(same));
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
        self.compare_after_left(a, b, op, b_first)
    }

    /// The rest of `compare` once the left operand's method declined (or had none): the
    /// right one's reflected method (unless it went first), `!=` as the negation of `==`,
    /// a builtin payload's own comparison, identity for `==` and `!=`, else CPython's
    /// TypeError.
    pub(crate) fn compare_after_left(
        &mut self,
        a: Value,
        b: Value,
        op: CmpKind,
        b_first: bool,
    ) -> PyResult<Value> {
        let (_, reflected) = op.dunders();
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        if !b_first && let Some(r) = self.try_dunder(b, reflected, &[a])? {
            return Ok(r);
        }
        // `!=` without `__ne__` is the negation of `==` (object.__ne__); a side whose class
        // has its own `__ne__` answered above, `NotImplemented` included.
        if op == CmpKind::Ne {
            let a_eq = !self.has_attr_on_type(ta, "__ne__");
            let b_eq = !self.has_attr_on_type(tb, "__ne__");
            let eq = if b_first && b_eq { self.try_dunder(b, "__eq__", &[a])? } else { None };
            let eq = match eq {
                Some(r) => Some(r),
                None => match if a_eq { self.try_dunder(a, "__eq__", &[b])? } else { None } {
                    Some(r) => Some(r),
                    None if !b_first && b_eq => self.try_dunder(b, "__eq__", &[a])?,
                    None => None,
                },
            };
            if let Some(r) = eq {
                let t = self.truthy(r);
                self.decref(r);
                return Ok(Value::Bool(!t?));
            }
        }
        // A subclass of a builtin value type without a comparison of its own (`class
        // C(complex)`) compares as the value it is, as CPython's inherited slots do.
        // Their error names the subclasses, as CPython's inherited slot answers NotImplemented.
        let (va, vb) = (self.instance_base(a), self.instance_base(b));
        if (va.is_some() || vb.is_some())
            && let Some(r) = self.native_compare(va.unwrap_or(a), vb.unwrap_or(b), op)?
        {
            return Ok(Value::Bool(r));
        }
        match op {
            CmpKind::Eq => Ok(Value::Bool(a.is(b))),
            CmpKind::Ne => Ok(Value::Bool(!a.is(b))),
            _ => {
                let (an, bn) = (self.type_name(a), self.type_name(b));
                Err(self.new_exc(
                    ExcKind::TypeError,
                    &format!("'{}' not supported between instances of '{an}' and '{bn}'", op.symbol()),
                ))
            }
        }
    }

    /// The comparison builtin values make among themselves, without any dunder method (what
    /// `int.__lt__(1, 2)` answers); `None` when they do not know how (`NotImplemented`).
    pub(crate) fn native_compare(&mut self, a: Value, b: Value, op: CmpKind) -> PyResult<Option<bool>> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Some(cmp_result(x.cmp(&y), op)));
        }
        if let Some(o) = self.str_order(a, b) {
            return Ok(Some(cmp_result(o, op)));
        }
        if let Some(r) = float_order(a, b, op) {
            return Ok(Some(r));
        }
        self.builtin_compare(a, b, op)
    }

    /// `==` / `!=` between instances of classes that define neither `__eq__` nor `__ne__`
    /// anywhere in their MRO: `object`'s, identity, decided without looking up four dunders
    /// (`c != determining` in a constraint solver's inner loop).
    fn identity_equality(&self, a: Value, b: Value, op: CmpKind) -> Option<bool> {
        if !matches!(op, CmpKind::Eq | CmpKind::Ne) {
            return None;
        }
        let plain = |v: Value| match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Instance(i)) => {
                self.lookup_in_mro(i.class, self.common.eq).is_none()
                    && self.lookup_in_mro(i.class, self.common.ne).is_none()
            }
            _ => false,
        };
        (plain(a) && plain(b)).then(|| a.is(b) == (op == CmpKind::Eq))
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
                // Exactly, as CPython: a big int is not rounded to a float first.
                (Num::Int(p), Num::Float(q)) => int_float_order(p, *q),
                (Num::Float(p), Num::Int(q)) => int_float_order(q, *p).map(std::cmp::Ordering::reverse),
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
            (Object::Bytes(x) | Object::ByteArray(x), Object::Bytes(y) | Object::ByteArray(y)) => {
                Ok(Some(cmp_result(x.cmp(y), op)))
            }
            (Object::List(x), Object::List(y)) | (Object::Tuple(x), Object::Tuple(y)) => {
                if let Some(r) = self.sequence_compare_quick(x, y, op) {
                    return Ok(Some(r));
                }
                let (x, y) = (x.clone(), y.clone());
                self.sequence_compare(&x, &y, op).map(Some)
            }
            (Object::Array(_), Object::Array(_)) => self.array_compare(ia, ib, op).map(Some),
            (Object::Dict(_), Object::Dict(_)) if matches!(op, CmpKind::Eq | CmpKind::Ne) => {
                let eq = self.dict_equal(a, b)?;
                Ok(Some(eq == (op == CmpKind::Eq)))
            }
            (Object::Set { .. }, Object::Set { .. }) => (self.slots.set_compare)(self, a, b, op).map(Some),
            // Keys and items views compare as sets, with sets and with each other.
            (x, y) if is_set_like(x) && is_set_like(y) && (is_set_view(x) || is_set_view(y)) => {
                let (sa, sb) = (self.as_set(a)?, self.as_set(b));
                let sb = match sb {
                    Ok(sb) => sb,
                    Err(e) => {
                        self.decref(sa);
                        return Err(e);
                    }
                };
                let r = (self.slots.set_compare)(self, sa, sb, op);
                self.decref(sa);
                self.decref(sb);
                r.map(Some)
            }
            (Object::Range { .. } | Object::LongRange(_), Object::Range { .. } | Object::LongRange(_)) => {
                if matches!(op, CmpKind::Eq | CmpKind::Ne) {
                    let (Value::Obj(x), Value::Obj(y)) = (a, b) else { return Ok(None) };
                    Ok(Some(self.ranges_equal(x, y) == (op == CmpKind::Eq)))
                } else {
                    Ok(None)
                }
            }
            // Slices compare as the tuples of their start, stop and step.
            (&Object::Slice { start, stop, step }, &Object::Slice { start: s2, stop: e2, step: t2 }) => {
                let tuple = |vm: &mut Vm, items: [Value; 3]| {
                    items.iter().for_each(|&v| vm.incref(v));
                    vm.new_tuple(items.to_vec())
                };
                let (x, y) = (tuple(self, [start, stop, step]), tuple(self, [s2, e2, t2]));
                let r = self.compare(x, y, op);
                self.decref(x);
                self.decref(y);
                let r = r?;
                let truth = self.truthy(r);
                self.decref(r);
                truth.map(Some)
            }
            (Object::Code(x), Object::Code(y)) if matches!(op, CmpKind::Eq | CmpKind::Ne) => {
                let (x, y) = (std::sync::Arc::clone(x), std::sync::Arc::clone(y));
                Ok(Some(self.codes_equal(&x, &y)? == (op == CmpKind::Eq)))
            }
            (Object::Instance(_), _) | (_, Object::Instance(_)) => Ok(None),
            // A view compares through its type's `__eq__` (`types/memoryview_ops.rs`).
            (Object::MemoryView(_), _) | (_, Object::MemoryView(_)) => Ok(None),
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
            // So are a builtin's methods: the same native bound to the same object.
            (Object::Builtin(b1), Object::Builtin(b2))
                if matches!(op, CmpKind::Eq | CmpKind::Ne) && b1.receiver.is_some() =>
            {
                let same = b1.native == b2.native
                    && b1.name == b2.name
                    && b1.receiver.zip(b2.receiver).is_some_and(|(x, y)| x.is(y));
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

    /// Two arrays, as CPython's `array_richcompare`: of different lengths they are unequal;
    /// else the first items that differ decide (compared as the Python values they are, any
    /// type codes), and failing that the lengths.
    fn array_compare(&mut self, a: ObjId, b: ObjId, op: CmpKind) -> PyResult<bool> {
        let len = |vm: &Vm, id: ObjId| match vm.heap.get(id) {
            Object::Array(x) => x.len(),
            _ => 0,
        };
        if len(self, a) != len(self, b) && matches!(op, CmpKind::Eq | CmpKind::Ne) {
            return Ok(op == CmpKind::Ne);
        }
        // Arrays of one integer type code compare their machine values (CPython 3.11's
        // `compareitems`; a `u` item is a signed `wchar_t`), so no item becomes an object.
        if let (Object::Array(x), Object::Array(y)) = (self.heap.get(a), self.heap.get(b))
            && x.code == y.code
            && let Some(o) = x.compare_items(y)
        {
            return Ok(cmp_result(o, op));
        }
        let mut i = 0;
        // Item by item, as the Python values they are (a float's NaN is unequal to itself).
        while i < len(self, a) && i < len(self, b) {
            let (Some(x), Some(y)) = (self.array_item(a, i)?, self.array_item(b, i)?) else { break };
            let same = self.eq(x, y);
            if !matches!(same, Ok(true)) {
                let r = match (same, op) {
                    (Err(e), _) => Err(e),
                    (Ok(_), CmpKind::Eq) => Ok(false),
                    (Ok(_), CmpKind::Ne) => Ok(true),
                    (Ok(_), _) => self.compare(x, y, op).and_then(|r| {
                        let t = self.truthy(r);
                        self.decref(r);
                        t
                    }),
                };
                self.decref(x);
                self.decref(y);
                return r;
            }
            self.decref(x);
            self.decref(y);
            i += 1;
        }
        Ok(cmp_result(len(self, a).cmp(&len(self, b)), op))
    }

    fn sequence_compare(&mut self, x: &[Value], y: &[Value], op: CmpKind) -> PyResult<bool> {
        if self.stack_exhausted() {
            return Err(
                self.new_exc(ExcKind::RecursionError, "maximum recursion depth exceeded in comparison")
            );
        }
        self.recursion.depth += 1;
        let r = self.sequence_compare_items(x, y, op);
        self.recursion.depth -= 1;
        r
    }

    /// `sequence_compare` when it needs no Python code: the items up to the first difference
    /// are identical, or ints or strs. `None` when some pair needs more.
    fn sequence_compare_quick(&self, x: &[Value], y: &[Value], op: CmpKind) -> Option<bool> {
        for (p, q) in x.iter().zip(y) {
            if p.is(*q) {
                continue;
            }
            let o = self.item_order(*p, *q)?;
            if o.is_ne() {
                return Some(decided_by(o, op));
            }
        }
        Some(cmp_result(x.len().cmp(&y.len()), op))
    }

    fn sequence_compare_items(&mut self, x: &[Value], y: &[Value], op: CmpKind) -> PyResult<bool> {
        for (p, q) in x.iter().zip(y) {
            if p.is(*q) {
                continue;
            }
            // Ints and strs decide at once: equal, or ordered as the first difference.
            if let Some(o) = self.item_order(*p, *q) {
                if o.is_eq() {
                    continue;
                }
                return Ok(decided_by(o, op));
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
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x == y),
            (Value::Float(x), Value::Float(y)) => return Ok(x == y),
            _ => {}
        }
        if a.is(b) {
            return Ok(true);
        }
        if let Some(o) = self.str_order(a, b) {
            return Ok(o.is_eq());
        }
        let r = self.compare(a, b, CmpKind::Eq)?;
        let t = self.truthy(r);
        self.decref(r);
        t
    }
}

impl Vm {
    /// Two exact strs in code point order (UTF-8's byte order is the code points' order), the
    /// commonest comparison of all (dict keys, `==` on names); `None` for anything else.
    #[inline]
    fn str_order(&self, a: Value, b: Value) -> Option<std::cmp::Ordering> {
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else { return None };
        match (self.heap.get(x), self.heap.get(y)) {
            (Object::Str(sa), Object::Str(sb)) => Some(sa.s.as_bytes().cmp(sb.s.as_bytes())),
            _ => None,
        }
    }
}

/// How the int `i` compares with the float `f`, exactly; `None` for a NaN.
/// A comparison with floats on both sides (or a float and an int): NaN is unordered.
fn float_order(a: Value, b: Value, op: CmpKind) -> Option<bool> {
    let (x, y) = float_pair(a, b)?;
    Some(match x.partial_cmp(&y) {
        Some(o) => cmp_result(o, op),
        None => op == CmpKind::Ne,
    })
}

fn int_float_order(i: &num_bigint::BigInt, f: f64) -> Option<std::cmp::Ordering> {
    use num_traits::FromPrimitive;
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let floor = f.floor();
    let whole = num_bigint::BigInt::from_f64(floor)?;
    // Against a fraction, an int equal to its floor is below it.
    Some(match i.cmp(&whole) {
        Ordering::Equal if floor != f => Ordering::Less,
        o => o,
    })
}

impl Vm {
    /// Two sequence items that are both ints or both strs, in order; `None` for the rest.
    fn item_order(&self, p: Value, q: Value) -> Option<std::cmp::Ordering> {
        match (p, q) {
            (Value::Int(a), Value::Int(b)) => Some(a.cmp(&b)),
            _ => self.str_order(p, q),
        }
    }
}

/// What `op` says of two sequences whose first differing items are ordered `o`.
fn decided_by(o: std::cmp::Ordering, op: CmpKind) -> bool {
    match op {
        CmpKind::Eq => false,
        CmpKind::Ne => true,
        _ => cmp_result(o, op),
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

fn is_set_view(o: &Object) -> bool {
    matches!(o, Object::DictView { kind: DictIterKind::Keys | DictIterKind::Items, .. })
}

fn is_set_like(o: &Object) -> bool {
    matches!(o, Object::Set { .. }) || is_set_view(o)
}

impl Vm {
    /// A set (new) of the items of a set or a view; a set itself, shared.
    pub(crate) fn as_set(&mut self, v: Value) -> PyResult<Value> {
        if matches!(v.as_obj().map(|id| self.heap.get(id)), Some(Object::Set { .. })) {
            return Ok(self.share(v));
        }
        let items = self.iterate_to_vec(v)?;
        self.set_of_items(items)
    }
}
