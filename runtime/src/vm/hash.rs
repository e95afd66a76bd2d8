//! `hash()`: the builtin types' hashes, `__hash__` for the rest, CPython's errors for
//! unhashable values.

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::object::hash::{bigint_hash, float_hash, int_hash};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        Ok(match v {
            Value::None => 0x0fe3_9c34,
            Value::Bool(b) => i64::from(b),
            Value::Int(i) => int_hash(i),
            Value::Float(f) => float_hash(f),
            Value::Obj(id) => match self.heap.get(id) {
                Object::Str(s) => s.hash(),
                Object::Bytes(b) => crate::object::hash::bytes_hash(b),
                Object::BigInt(b) => bigint_hash(b),
                Object::Complex { re, im } => {
                    let h = float_hash(*re).wrapping_add(float_hash(*im).wrapping_mul(1_000_003));
                    if h == -1 { -2 } else { h }
                }
                Object::Tuple(items) => {
                    let items = items.clone();
                    let len = items.len();
                    if self.stack_exhausted() {
                        return Err(self.new_exc(ExcKind::RecursionError, "maximum recursion depth exceeded"));
                    }
                    self.recursion.depth += 1;
                    let mut hashes = Vec::with_capacity(len);
                    for item in items {
                        match self.hash(item) {
                            Ok(h) => hashes.push(h),
                            Err(e) => {
                                self.recursion.depth -= 1;
                                return Err(e);
                            }
                        }
                    }
                    self.recursion.depth -= 1;
                    crate::object::hash::tuple_hash(hashes.into_iter())
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
                Object::Range { .. } | Object::LongRange(_) => {
                    let key = self.range_hash_key(id);
                    let h = self.hash(key);
                    self.decref(key);
                    return h;
                }
                Object::WeakRef(w) if w.kind == crate::object::WeakKind::Ref => {
                    return crate::vm::weakref::weakref_hash(self, id);
                }
                Object::WeakRef(_) => {
                    // CPython names the proxy types with their module here.
                    let tn = self.type_name(v);
                    return Err(self.new_exc(ExcKind::TypeError, &format!("unhashable type: 'weakref.{tn}'")));
                }
                Object::List(_)
                | Object::Dict(_)
                | Object::Slice { .. }
                | Object::Set { frozen: false, .. }
                | Object::ByteArray(_)
                | Object::Array(_) => {
                    let tn = self.type_name(v);
                    return Err(self.new_exc(ExcKind::TypeError, &format!("unhashable type: '{tn}'")));
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
                            return Err(self.new_exc(ExcKind::TypeError, &format!("unhashable type: '{tn}'")));
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
                            // An int that fits is the hash as it is (-1 is kept for errors);
                            // a larger one is reduced as int's own hash reduces it.
                            // An int subclass's value counts as the int.
                            let h = match self.payload(r) {
                                Value::Int(-1) => Some(-2),
                                Value::Int(i) => Some(i),
                                Value::Bool(b) => Some(i64::from(b)),
                                Value::Obj(rid) => match self.heap.get(rid) {
                                    Object::BigInt(b) => Some(bigint_hash(b)),
                                    _ => None,
                                },
                                _ => None,
                            };
                            self.decref(r);
                            match h {
                                Some(h) => h,
                                None => {
                                    return Err(self.new_exc(
                                        ExcKind::TypeError,
                                        "__hash__ method should return an integer",
                                    ));
                                }
                            }
                        }
                        // object's own `__hash__` (also when a subclass of list puts it back)
                        // is the identity's.
                        Some(f) if Some(f) == self.dict_get_str(self.object_extras, "__hash__") => {
                            (id.index() as i64) << 4
                        }
                        // A subclass of a builtin value type (`class Point(tuple)`, an
                        // IntEnum) hashes as the value it is, so it finds equal keys.
                        _ => match self.instance_base(v) {
                            Some(base) => return self.hash(base),
                            None => (id.index() as i64) << 4,
                        },
                    }
                }
                // By what it says, as equality compares it (`Vm::codes_equal`).
                Object::Code(c) => crate::vm::code_attrs::code_hash(c),
                // Its type's `__hash__` (`types/memoryview.rs`): that of the bytes viewed.
                Object::MemoryView(_) => {
                    let d = self.type_obj(self.types.memoryview).dict;
                    let Some(f) = self.dict_get_str(d, "__hash__") else { return Ok(0) };
                    let f = self.share(f);
                    let r = self.call(f, &[v], &[]);
                    self.decref(f);
                    match r? {
                        Value::Int(h) => h,
                        other => {
                            self.decref(other);
                            0
                        }
                    }
                }
                _ => (id.index() as i64) << 4,
            },
        })
    }
}
